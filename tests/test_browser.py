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
    for index in range(len(graph.edges)):  # every edge carries its evidence as a tooltip
        assert f'id="a_edge-{index}"' in dom.replace("&#45;", "-") or f'id="edge-{index}"' in dom


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
    for index, edge in enumerate(graph.edges):  # every edge of the diagram keeps its evidence tooltip
        assert f'id="a_edge-{index}"' in dom, edge
