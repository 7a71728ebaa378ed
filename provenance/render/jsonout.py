"""The graph as JSON for machines; the format is documented in docs/json-format.md.

Keys are written in a fixed order and lists are sorted, so the same input gives
byte-identical output.
"""

from __future__ import annotations

import json
from typing import Any

from provenance.models import (
    ArticleResult,
    Attribution,
    DateCandidate,
    Edge,
    Evidence,
    Node,
    OutletCandidate,
    ProvenanceGraph,
    Span,
)

SCHEMA_VERSION = 1


def to_json(graph: ProvenanceGraph) -> str:
    return json.dumps(to_dict(graph), ensure_ascii=False, indent=2) + "\n"


def to_dict(graph: ProvenanceGraph) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "origin": graph.origins[0] if graph.origins else None,
        "origins": list(graph.origins),
        "articles": [_article(a) for a in graph.articles],
        "nodes": [_node(n) for n in graph.nodes],
        "edges": [_edge(e) for e in graph.edges],
        "findings": [{"kind": f.kind, "message": f.message, "nodes": list(f.nodes)} for f in graph.findings],
        "problems": [{"path": p.path, "message": p.message, "ignored": p.ignored} for p in graph.problems],
    }


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def _article(article: ArticleResult) -> dict[str, Any]:
    identity = article.identity
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "url": article.url,
        "outlet": identity.outlet.name if identity.outlet else None,
        "outlet_id": identity.outlet.outlet_id if identity.outlet else None,
        "outlet_candidates": [_outlet_candidate(c, c is identity.outlet) for c in identity.outlet_candidates],
        "outlet_reason": _why(identity.outlet, len(identity.outlet_candidates)),
        "published": identity.published.value.isoformat() if identity.published else None,
        "published_range": {"earliest": article.published_range.earliest, "latest": article.published_range.latest},
        "date_candidates": [_date_candidate(c, c is identity.published) for c in identity.date_candidates],
        "date_reason": _why(identity.published, len(identity.date_candidates)),
        "direct_sources": list(article.direct_sources),
        "root": article.root,
        "chain": list(article.chain),
        "language": article.language,
        "attributions": [_attribution(a) for a in article.attributions],
        "chrome": [{"start": b.start, "end": b.end, "reason": b.reason} for b in article.chrome],
    }


def _outlet_candidate(candidate: OutletCandidate, chosen: bool) -> dict[str, Any]:
    return {"name": candidate.name, "outlet_id": candidate.outlet_id, "method": candidate.method,
            "strength": candidate.strength, "chosen": chosen, "evidence": _span(candidate.span)}


def _why(chosen: OutletCandidate | DateCandidate | None, count: int) -> str:
    """Why the winner won, in words: its kind of evidence and how many it outranked."""
    if chosen is None:
        return "no usable evidence" if count == 0 else "no candidate may be chosen (page chrome or story dates only)"
    kind = chosen.method if isinstance(chosen, OutletCandidate) else chosen.kind
    others = f", outranking {count - 1} other candidate{'s' if count > 2 else ''}" if count > 1 else ""
    return f"strongest evidence: {kind} (strength {chosen.strength}){others}"


def _date_candidate(candidate: DateCandidate, chosen: bool) -> dict[str, Any]:
    return {"value": candidate.value.isoformat(), "kind": candidate.kind, "strength": candidate.strength,
            "chosen": chosen, "evidence": _span(candidate.span), "note": candidate.note}


def _attribution(attribution: Attribution) -> dict[str, Any]:
    return {
        "kind": attribution.kind,
        "label": attribution.label,
        "outlet_id": attribution.outlet_id,
        "source": _span(attribution.source),
        "cue": _span(attribution.cue),
        "phrase": _span(attribution.phrase),
        "sentence": {"start": attribution.sentence.start, "end": attribution.sentence.end},
        "relative_day": attribution.relative_day,
        "via": attribution.via,
        "role": attribution.role,
        "chain": list(attribution.chain),
        "url": attribution.url,
    }


def _node(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "kind": node.kind,
        "label": node.label,
        "outlet": node.outlet,
        "outlet_id": node.outlet_id,
        "published": node.published,
        "published_range": {"earliest": node.published_range.earliest, "latest": node.published_range.latest},
        "in_corpus": node.in_corpus,
        "title": node.title,
        "path": node.path,
        "note": node.note,
        "role": node.role,
        "person": node.person,
        "platform": node.platform,
        "url": node.url,
        "parent": node.parent,
    }


def _edge(edge: Edge) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "relation": edge.relation,
            "confidence": edge.confidence, "evidence": [_evidence(e) for e in edge.evidence]}


def _evidence(item: Evidence) -> dict[str, Any]:
    return {"kind": item.kind, "article": item.article, "text": item.text, "start": item.start, "end": item.end,
            "detail": item.detail, "other_article": item.other_article, "other_start": item.other_start,
            "other_end": item.other_end, "other_text": item.other_text, "similarity": item.similarity}
