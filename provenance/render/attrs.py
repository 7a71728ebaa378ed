"""`provenance attributions`: every attribution found, one per line, or as JSON."""

from __future__ import annotations

import json

from provenance.models import Attribution, ProvenanceGraph
from provenance.render.jsonout import article_dict, problem_dict
from provenance.render.safe import display_text, shorten

PHRASE_CHARS = 90


#: The header row: the columns of every line below it (tab-separated).
HEADER = "article\toffsets\tkind\tsource\tphrase  (how it was resolved)"


def to_attribution_lines(graph: ProvenanceGraph) -> str:
    """A header row, then ``article  offsets  kind  resolved source  “phrase”  (how it was resolved)``."""
    lines = [HEADER]
    for article in graph.articles:
        for attribution in article.attributions:
            lines.append(_line(article.id, attribution))
    return "\n".join(lines) + "\n"


def _line(article_id: str, attribution: Attribution) -> str:
    phrase = attribution.phrase or attribution.source
    flat = shorten(phrase.text, PHRASE_CHARS)
    notes = [n for n in (attribution.via, attribution.role if attribution.role != "source" else "",
                         f"day: {attribution.relative_day}" if attribution.relative_day else "",
                         "chain: " + " ← ".join(attribution.chain) if attribution.chain else "") if n]
    extra = f"  ({'; '.join(notes)})" if notes else ""
    return (f"{article_id}\t{phrase.start}-{phrase.end}\t{attribution.kind}\t{display_text(attribution.label)}\t"
            f"“{flat}”{extra}")


def to_attribution_json(graph: ProvenanceGraph) -> str:
    keep = ("id", "path", "title", "outlet", "outlet_id", "published", "language", "attributions")
    articles = [{key: value for key, value in article_dict(article).items() if key in keep}
                for article in graph.articles]
    problems = [problem_dict(problem) for problem in graph.problems]
    return json.dumps({"articles": articles, "problems": problems}, ensure_ascii=False, indent=2) + "\n"
