"""The HTML evidence report: one self-contained file a fact-checker reads in a browser.

Order: the findings grouped by kind (a big group folded after its first few), the diagram
at its natural size in a scrolling box (each node links to its section; without Graphviz a
note stands in its place), an overview table of every article, then per article its
outlet, dates with their evidence, its chain to the origin, its attributions, and its
passages side by side with its source's, with what it added, dropped or changed marked;
each section links back to its node in the diagram.
One script of our own (sorting the overview table), allowed by its hash in the page's
Content-Security-Policy, which forbids every other script; all page text is escaped
(pages are hostile input).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Mapping
from dataclasses import replace

import graphviz

from provenance.models import ArticleResult, Attribution, Edge, Node, ProvenanceGraph
from provenance.render import diff
from provenance.render.dot import DiagramOptions, build
from provenance.render.safe import display_text
from provenance.render.view import GraphView

#: The one script of the report: click a column's head to sort the overview table by it
#: (numbers as numbers). Our own fixed text; no page text is ever put in a script.
SORT_SCRIPT = (
    "document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',"
    "function(){var t=th.closest('table'),rows=Array.prototype.slice.call(t.rows,1),"
    "d=th.getAttribute('data-dir')==='asc'?-1:1;th.setAttribute('data-dir',d===1?'asc':'desc');"
    "rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent,"
    "p=parseFloat(x),q=parseFloat(y);return d*(!isNaN(p)&&!isNaN(q)?p-q:x.localeCompare(y));});"
    "rows.forEach(function(r){t.tBodies[0].appendChild(r);});});});")
#: Only that script may run (its hash); nothing else: no other script, no network, no form.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
       f"script-src 'sha256-{base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode()).digest()).decode()}'")
STYLE = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;
padding:0 24px 48px;color:#1b1b1b}
h1{font-size:24px;margin:24px 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:17px;margin:24px 0 4px}.muted{color:#666}
.diagram{overflow:auto;max-height:85vh;border:1px solid #ddd;padding:8px;resize:vertical}
.diagram svg{max-width:none;height:auto}
details.more>summary{cursor:pointer;color:#0072B2}.overview td{font-size:13px}
.finding{border-left:4px solid #D55E00;background:#fdf1ea;padding:6px 10px;margin:6px 0}
table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border:1px solid #ddd;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#f5f5f5}
.pair td{width:50%}ins{background:#cde8d8;text-decoration:none}del{background:#f6d3c2}
mark{background:#f3e3a2}.chain{font-family:ui-monospace,Menlo,monospace;font-size:13px}
.kind{font-size:12px;padding:1px 6px;border-radius:8px;background:#e8eef7}
section{scroll-margin-top:12px}
"""


def to_html(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> str:
    view = GraphView.of(graph)
    nodes = view.nodes
    anchors = {node.id: f"n{index}" for index, node in enumerate(graph.nodes)}
    links = {node_id: f"#{anchor}" for node_id, anchor in anchors.items()}
    diagram = replace(options, links=links) if options else DiagramOptions(links=links)
    parts = [_head(graph, nodes), _findings(graph, anchors), _diagram(graph, diagram),
             _overview(graph, view, anchors)]
    parts.append("<h2>Articles</h2>")
    parts.extend(_article(article, nodes, anchors, view) for article in graph.articles)
    others = [node for node in graph.nodes if not node.in_corpus]
    if others:
        parts.append("<h2>Sources outside the corpus</h2>")
        parts.extend(_outside_node(node, anchors, graph.edges) for node in others)
    parts.append(_problems(graph))
    return "".join(parts) + f"<script>{SORT_SCRIPT}</script></body></html>\n"


def _e(text: object) -> str:
    return html.escape(display_text(str(text)), quote=True)


def _head(graph: ProvenanceGraph, nodes: Mapping[str, Node]) -> str:
    origin = nodes[graph.origins[0]] if graph.origins else None
    title = f"Provenance report: {origin.label if origin else 'no origin found'}"
    summary = (f"{len(graph.articles)} articles, {len(graph.edges)} links, {len(graph.findings)} findings. "
               f"Story origin: {origin.label + ' · ' + (origin.published or 'undated') if origin else 'none'}.")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
            f"<h1>{_e(title)}</h1><p class=\"muted\">{_e(summary)}</p>")


#: Findings of one kind shown before the rest of the group is folded away.
FINDINGS_SHOWN = 3


def _findings(graph: ProvenanceGraph, anchors: dict[str, str]) -> str:
    """Findings grouped by kind with counts; a big group shows its first few, the rest folded."""
    if not graph.findings:
        return "<h2>Findings</h2><p class=\"muted\">No contradictions found.</p>"
    groups: dict[str, list[str]] = {}
    for finding in graph.findings:
        links = " ".join(f'<a href="#{anchors[n]}">{_e(n)}</a>' for n in finding.nodes if n in anchors)
        groups.setdefault(finding.kind, []).append(
            f'<div class="finding"><b>{_e(finding.kind)}</b>: {_e(finding.message)} {links}</div>')
    parts = ["<h2>Findings</h2>", '<p class="muted">'
             + ", ".join(f"{_e(kind)}: {len(items)}" for kind, items in sorted(groups.items())) + "</p>"]
    for kind, items in sorted(groups.items()):
        parts.append(f"<h3>{_e(kind)} ({len(items)})</h3>" + "".join(items[:FINDINGS_SHOWN]))
        if len(items) > FINDINGS_SHOWN:
            parts.append(f'<details class="more"><summary>{len(items) - FINDINGS_SHOWN} more</summary>'
                         + "".join(items[FINDINGS_SHOWN:]) + "</details>")
    return "".join(parts)


def _diagram(graph: ProvenanceGraph, options: DiagramOptions) -> str:
    """The diagram at its natural size in a scrolling box; without Graphviz, a note instead."""
    try:
        svg = build(graph, options).pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        return ('<h2>Diagram</h2><p class="muted">The diagram needs Graphviz\'s <code>dot</code>, which is not '
                "installed here (Debian: <code>apt-get install graphviz</code>). Everything else is below.</p>")
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype: inline SVG in HTML
    return (f'<h2>Diagram</h2><p class="muted">At its natural size: scroll, or drag the box\'s corner. '
            f'Each node links to its article below.</p><div class="diagram">{svg}</div>')


def _overview(graph: ProvenanceGraph, view: GraphView, anchors: dict[str, str]) -> str:
    """One row per article: outlet, date, role, source, chain length, findings."""
    flagged: dict[str, int] = {}
    for finding in graph.findings:
        for node_id in set(finding.nodes):
            flagged[node_id] = flagged.get(node_id, 0) + 1
    rows = []
    for article in sorted(graph.articles, key=lambda a: (a.root, view.nodes[a.id].published or "9999", a.id)):
        node = view.nodes[article.id]
        parent = view.nodes[node.parent] if node.parent else None
        source = f'<a href="#{anchors[parent.id]}">{_e(parent.label)}</a>' if parent else "none found"
        rows.append(f'<tr><td><a href="#{anchors[article.id]}">{_e(article.id)}</a></td><td>{_e(node.label)}</td>'
                    f"<td>{_e(node.published or 'undated')}</td><td>{_e(node.role or '')}</td><td>{source}</td>"
                    f"<td>{len(article.chain) - 1}</td><td>{flagged.get(article.id, 0) or ''}</td></tr>")
    return ('<h2>Overview</h2><p class="muted">Every article, story by story, earliest first; click a column\'s '
            'head to sort by it.</p>'
            '<table class="overview sortable" id="overview"><tr><th>article</th><th>outlet</th><th>date</th>'
            '<th>role</th><th>source</th><th>steps to the origin</th><th>findings</th></tr>'
            + "".join(rows) + "</table>")


def _article(article: ArticleResult, nodes: Mapping[str, Node], anchors: dict[str, str], view: GraphView) -> str:
    node = nodes[article.id]
    identity = article.identity
    head = (f'<section id="{anchors[article.id]}"><h3>{_e(node.label)} · {_e(node.published or "undated")} · '
            f"{_e(article.title or article.id)}</h3>"
            f'<p class="muted"><a href="#node-{anchors[article.id]}">in the diagram</a> · '
            '<a href="#overview">overview</a></p>'
            f'<p class="muted">{_e(article.id)} · {_e(article.path)}'
            + (f" · {_e(article.url)}" if article.url else "") + "</p>")
    outlet = (f"<p><b>Outlet:</b> {_e(identity.outlet.name)} ({_e(identity.outlet.method)})</p>"
              if identity.outlet else "<p><b>Outlet:</b> unknown (no evidence names the publisher)</p>")
    return (head + outlet + _dates(article) + _chain(article, nodes, anchors, view)
            + _attributions(article) + _passages(article, nodes, anchors, view) + "</section>")


def _dates(article: ArticleResult) -> str:
    rows = "".join(
        f"<tr><td>{_e(c.value.isoformat())}</td><td>{_e(c.kind)}</td><td>{c.strength}</td>"
        f"<td>{'chosen' if c is article.identity.published else ''}</td>"
        f"<td>{_e(c.span.text if c.span else c.note)}</td></tr>"
        for c in article.identity.date_candidates)
    bounds = article.published_range
    chosen = article.identity.published
    summary = f"<p><b>Published:</b> {_e(chosen.value.isoformat()) if chosen else 'unknown'}"
    if bounds.earliest and bounds.latest and not chosen:  # a page giving its month only
        summary += f" · between {_e(bounds.earliest)} and {_e(bounds.latest)}"
    elif bounds.earliest:
        summary += f" · not before {_e(bounds.earliest)}"
    summary += "</p>"
    if not rows:
        return summary
    return (summary + "<table><tr><th>date</th><th>kind</th><th>strength</th><th></th><th>evidence</th></tr>"
            + rows + "</table>")


def _chain(article: ArticleResult, nodes: Mapping[str, Node], anchors: dict[str, str],
           view: GraphView) -> str:
    steps = []
    for current, parent in zip(article.chain, article.chain[1:], strict=False):
        edge = view.deciding_edge(current)
        relation = edge.relation if edge else "?"
        steps.append(f'{_e(relation)} → <a href="#{anchors[parent]}">{_e(nodes[parent].label)}</a>')
    body = " ".join(steps) if steps else "this article is a root: no source found"
    return f'<p class="chain"><b>Chain:</b> {body}</p>'


def _attributions(article: ArticleResult) -> str:
    if not article.attributions:
        return ""
    rows = "".join(
        f'<tr><td><span class="kind">{_e(a.kind)}</span></td><td>{_e(a.label)}</td>'
        f"<td>{_e((a.phrase or a.source).text)}</td><td>{_e(_how(a))}</td></tr>" for a in article.attributions)
    return ("<details><summary><b>Attributions</b> (" + str(len(article.attributions)) + ")</summary>"
            "<table><tr><th>kind</th><th>source</th><th>phrase</th><th>how</th></tr>" + rows + "</table></details>")


def _how(attribution: Attribution) -> str:
    parts = (attribution.via, attribution.role if attribution.role != "source" else "",
             " ← ".join(attribution.chain), f"day: {attribution.relative_day}" if attribution.relative_day else "")
    return "; ".join(part for part in parts if part)


def _passages(article: ArticleResult, nodes: Mapping[str, Node], anchors: dict[str, str],
              view: GraphView) -> str:
    edge = view.deciding_edge(article.id)
    passages = [e for e in edge.evidence if e.kind == "passage" and e.other_text] if edge else []
    if not edge or not passages:
        return ""
    other = passages[0].other_article or edge.target
    rows: list[str] = []
    notes: list[str] = []
    for item in passages:
        result = diff.compare(item.text, item.other_text or "")
        notes.extend(result.notes)
        rows.append(f'<tr class="pair"><td>{_segments(result.article)}</td><td>{_segments(result.source)}</td></tr>'
                    f'<tr><td colspan="2" class="muted">{_e(item.detail)} · added {result.added}, dropped '
                    f"{result.dropped}, changed {result.changed} words</td></tr>")
    summary = "".join(f"<li>{_e(note)}</li>" for note in dict.fromkeys(notes))
    label = nodes[other].label if other in nodes else other
    return (f'<h4>Passages shared with <a href="#{anchors.get(other, "")}">{_e(label)}</a> ({_e(edge.relation)})</h4>'
            + (f"<ul>{summary}</ul>" if summary else "")
            + f"<table><tr><th>this article ({_e(article.id)})</th><th>{_e(other)}</th></tr>{''.join(rows)}</table>")


def _segments(segments: tuple[diff.Segment, ...]) -> str:
    tags = {"added": "ins", "dropped": "del", "changed": "mark"}
    out = []
    for segment in segments:
        text = _e(segment.text)
        tag = tags.get(segment.kind)
        out.append(f"<{tag}>{text}</{tag}>" if tag else text)
    return re.sub(r"\s+", " ", " ".join(out))


def _outside_node(node: Node, anchors: dict[str, str], edges: tuple[Edge, ...]) -> str:
    citing = sorted({e.source for e in edges if e.target == node.id})
    links = ", ".join(f'<a href="#{anchors[c]}">{_e(c)}</a>' for c in citing if c in anchors)
    return (f'<section id="{anchors[node.id]}"><h3>{_e(node.label)} · {_e(node.published or "undated")} '
            f'<span class="kind">{_e(node.kind)}</span></h3><p class="muted">{_e(node.note)}</p>'
            f"<p>Named or implied by: {links or 'nothing'}</p></section>")


def _problems(graph: ProvenanceGraph) -> str:
    if not graph.problems:
        return ""
    items = "".join(f"<li>{_e(p.path)}: {_e(p.message)}</li>" for p in graph.problems)
    return f"<h2>Inputs that could not be read</h2><ul>{items}</ul>"
