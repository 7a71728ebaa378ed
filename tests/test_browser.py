"""The SVG as a person's browser shows it: drawn, labelled, and inert to hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import dump_dom, is_blank, screenshot
from hostile.corpus import write_hostile_corpus

import provenance
from provenance import render
from provenance.config import Config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def example_svg(tmp_path_factory) -> tuple[Path, provenance.ProvenanceGraph]:
    graph = provenance.trace([ROOT / "examples" / "calder-bridge"],
                             Config(outlet_files=(ROOT / "examples" / "outlets.json",)))
    path = tmp_path_factory.mktemp("svg") / "story.svg"
    path.write_text(render.to_svg(graph), encoding="utf-8")
    return path, graph


def test_svg_renders_with_legend_labels_and_tooltips(example_svg, tmp_path):
    path, graph = example_svg
    assert not is_blank(screenshot(path, tmp_path / "story.png"))
    dom = dump_dom(path)
    assert "Legend" in dom
    for node in graph.nodes:
        if node.kind == "article":
            assert (node.outlet or "Unknown outlet").replace("&", "&amp;") in dom, node.id
    _every_edge_drawn_or_named(graph, dom.replace("&#45;", "-"))


def _every_edge_drawn_or_named(graph: provenance.ProvenanceGraph, dom: str) -> None:
    """Each node's chain is drawn with its evidence as the edge's tooltip; a further source
    left out of the drawing is named in its node's tooltip ("also: cites X")."""
    drawn = 0
    for index, edge in enumerate(graph.edges):
        if f'id="a_edge-{index}"' in dom:
            drawn += 1
        else:
            assert edge.target != graph.node(edge.source).parent, edge
            assert f"{edge.relation} {graph.node(edge.target).label}".replace("&", "&amp;") in dom, edge
    assert drawn >= sum(1 for node in graph.nodes if node.parent)


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory) -> provenance.ProvenanceGraph:
    directory = tmp_path_factory.mktemp("hostile")
    write_hostile_corpus(directory)
    return provenance.trace([directory])


@pytest.mark.parametrize(("suffix", "marker"), [(".svg", "<svg"), (".html", "Findings")])
def test_hostile_text_does_not_run_in_the_svg_or_the_report(hostile_graph, tmp_path, suffix, marker):
    page = tmp_path / f"hostile{suffix}"
    page.write_text(render.render(hostile_graph, suffix.lstrip(".")), encoding="utf-8")
    dom = dump_dom(page)
    assert marker in dom
    assert 'data-pwned="1"' not in dom
    assert not is_blank(screenshot(page, tmp_path / "hostile.png"))


def test_html_report_renders_with_its_diagram_and_every_article(example_svg, tmp_path):
    _, graph = example_svg
    page = tmp_path / "report.html"
    page.write_text(render.to_html(graph), encoding="utf-8")
    assert not is_blank(screenshot(page, tmp_path / "report.png", "1400,2400"))
    dom = dump_dom(page).replace("&#45;", "-")
    assert "Legend" in dom and "Findings" in dom
    for article in graph.articles:
        assert article.id in dom
        assert (graph.node(article.id).outlet or "Unknown outlet").replace("&", "&amp;") in dom
    _every_edge_drawn_or_named(graph, dom)


#: The page that shows a diagram 1,600 px wide and writes, into its own DOM, the size a
#: node's 11 pt text is drawn at and the drawing's width and height (our test page, our script).
_MEASURE_PAGE = """<!DOCTYPE html><html><body style="margin:0"><div style="width:1600px">{svg}</div>
<pre id="measured"></pre><script>
const svg = document.querySelector("svg");
svg.setAttribute("width", "1600px"); svg.removeAttribute("height");
const box = svg.viewBox.baseVal, shown = svg.getBoundingClientRect();
const text = svg.querySelector("g.node text");
const px = parseFloat(text.getAttribute("font-size")) * shown.width / box.width;
document.getElementById("measured").textContent = JSON.stringify({px: px, width: box.width, height: box.height});
</script></body></html>"""


@pytest.mark.parametrize("articles", [60, 200])
def test_a_big_pile_reads_at_screen_width(articles, tmp_path):
    """At 60 and 200 made-up articles (the realistic corpus of benchmarks/synth_corpus.py,
    folded by default), shown 1,600 px wide: node text at least 9 px and the drawing at
    most 2.5 times as wide as it is high."""
    import json
    import re

    from benchmarks.synth_corpus import write

    write(tmp_path, seed=3, articles=articles)
    graph = provenance.trace([tmp_path / "corpus.jsonl"], Config(workers=1))
    assert len(graph.articles) >= articles
    svg = render.to_svg(graph)
    page = tmp_path / "measure.html"
    page.write_text(_MEASURE_PAGE.replace("{svg}", svg[svg.index("<svg"):]), encoding="utf-8")
    found = re.search(r'<pre id="measured">(.*?)</pre>', dump_dom(page))
    assert found is not None
    measured = json.loads(found.group(1))
    assert measured["px"] >= 9, measured
    assert measured["width"] <= 2.5 * measured["height"], measured
    (tmp_path / "story.svg").write_text(svg, encoding="utf-8")
    assert not is_blank(screenshot(tmp_path / "story.svg", tmp_path / "story.png", "1600,1200"))
