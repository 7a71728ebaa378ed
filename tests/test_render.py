"""Rendering: schema-valid, deterministic JSON; escaped DOT; valid SVG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

import provenance
from provenance import render
from provenance.config import Config

FIXTURES = Path(__file__).parent / "fixtures"
CONFIG = Config(outlet_files=(FIXTURES / "outlets.json",))


@pytest.fixture(scope="module")
def graph():
    return provenance.trace([FIXTURES / "mini"], CONFIG)


def test_json_matches_the_schema(graph):
    schema = json.loads(resources.files("provenance").joinpath("schema", "trace.schema.json").read_text())
    jsonschema.validate(json.loads(render.to_json(graph)), schema)


def test_a_page_giving_its_month_only_matches_the_schema_and_shows_its_range(tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps({"title": "Quay reopens", "published": "2024-06", "outlet": "Harbour Notes",
                                "text": "The quay reopened on Tuesday after four months of repairs to the pier."}))
    graph = provenance.trace([page], CONFIG)
    schema = json.loads(resources.files("provenance").joinpath("schema", "trace.schema.json").read_text())
    written = json.loads(render.to_json(graph))
    jsonschema.validate(written, schema)
    (article,) = written["articles"]
    assert article["published"] is None and article["published_month"]["value"] == "2024-06"
    assert article["published_range"] == {"earliest": "2024-06-01", "latest": "2024-06-30"}
    assert "between 2024-06-01 and 2024-06-30" in render.to_text(graph)


def test_the_schema_lists_every_attribution_kind_the_code_may_write():
    from typing import get_args

    from provenance.kinds import AttributionKind

    text = resources.files("provenance").joinpath("schema", "trace.schema.json").read_text()
    kinds = [found for found in _enums(json.loads(text)) if "photo-credit" in found]
    assert kinds and all(set(found) == set(get_args(AttributionKind)) for found in kinds)


def _enums(node: object) -> list[list[str]]:
    """Every enum list in a JSON schema."""
    if isinstance(node, dict):
        own = [node["enum"]] if isinstance(node.get("enum"), list) else []
        return own + [found for value in node.values() for found in _enums(value)]
    if isinstance(node, list):
        return [found for value in node for found in _enums(value)]
    return []


def test_output_is_identical_across_runs_hash_seeds_and_input_order(tmp_path):
    script = ("import sys, provenance, pathlib; from provenance import render; from provenance.config import Config;"
              "g = provenance.trace(sys.argv[2:], Config(outlet_files=(pathlib.Path(sys.argv[1]),)));"
              "sys.stdout.write(render.to_json(g) + render.to_dot(g))")
    files = sorted(str(p) for p in (FIXTURES / "mini").iterdir())
    outputs = set()
    for seed, order in (("1", files), ("2", files[::-1]), ("3", files)):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", script, str(FIXTURES / "outlets.json"), *order],
                                capture_output=True, text=True, env=env, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_svg_is_valid_xml_with_a_legend_and_every_article(graph):
    svg = render.to_svg(graph)
    root = ElementTree.fromstring(svg.encode("utf-8"))
    assert root.tag.endswith("svg")
    assert "Legend" in svg
    for article in graph.articles:
        assert article.id.split("-", 1)[1][:6] in svg or (article.title or "")[:10] in svg


def test_hostile_text_is_escaped_in_dot_and_svg(tmp_path):
    hostile = '<script>alert(1)</script> "quoted" \\l back\\slash } ]; evil [label="x"'
    (tmp_path / "a.json").write_text(json.dumps({"title": hostile, "text": hostile + "\nBody text.",
                                                 "site_name": "<b>Evil</b>"}))
    graph = provenance.trace([tmp_path])
    dot = render.to_dot(graph)
    assert "<script>" in dot  # kept as text inside a quoted string ...
    assert 'label=<' not in dot.split("legend")[0]  # ... never as an HTML-like label
    svg = render.to_svg(graph)
    ElementTree.fromstring(svg.encode("utf-8"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_text_tree_names_origin_and_evidence(graph):
    text = render.to_text(graph)
    assert text.startswith("5 articles traced. Story origin: The Lakeside Gazette")
    assert "copies, wholly: 90% of its words (0.97): “ORRIN, June 8 (NWS) - Repairs to the Orrin Lake dam" in text


def test_renderers_only_format_the_chains_the_graph_decided(graph, monkeypatch):
    """Text, DOT, SVG-less HTML and JSON read each node's parent; none decides a chain again."""
    from provenance import chains

    def decided_again(*args, **kwargs):
        raise AssertionError("a renderer recomputed a primary parent")

    monkeypatch.setattr(chains, "primary_parent", decided_again)
    for fmt in ("text", "dot", "json"):
        assert render.render(graph, fmt)
    by_id = {node.id: node for node in graph.nodes}
    for article in graph.articles:
        for current, parent in zip(article.chain, article.chain[1:], strict=False):
            assert by_id[current].parent == parent


def _layout(dot_source: str) -> dict[str, float]:
    """Node name -> its y in Graphviz's layout (``-Tplain``: y grows upward)."""
    plain = subprocess.run(["dot", "-Tplain"], input=dot_source, capture_output=True, text=True, check=True).stdout
    return {line.split()[1]: float(line.split()[3]) for line in plain.splitlines() if line.startswith("node ")}


@pytest.fixture(scope="module")
def example():
    root = Path(__file__).resolve().parents[1] / "examples"
    return provenance.trace([root / "calder-bridge"], Config(outlet_files=(root / "outlets.json",)))


def test_time_flows_down_by_calendar(example):
    """One band per published day, its date at the top: a page of a later day is drawn lower
    than every page of an earlier day, whatever its chain. (Pages tied to nothing sit in
    the bottom row, beside the legend.)"""
    from provenance.render.bands import day_of
    from provenance.render.dot import build

    dot_source = build(example).source
    assert "Fri 14 Mar 2025" in dot_source and "Mon 17 Mar 2025" in dot_source
    y = _layout(dot_source)
    names = {node.id: f"n{index}" for index, node in enumerate(example.nodes)}
    tied = {edge.source for edge in example.edges} | {edge.target for edge in example.edges}
    dated = [(day_of(node), y[names[node.id]]) for node in example.nodes if day_of(node) and node.id in tied]
    alone = [y[names[node.id]] for node in example.nodes if node.id not in tied]
    assert alone and all(height < min(h for _, h in dated) for height in alone)
    assert len({day for day, _ in dated}) >= 3
    for day, height in dated:
        assert all(height > other for later, other in dated if later > day), day


def test_a_single_day_draws_no_band():
    from provenance.models import Node
    from provenance.render.bands import bands

    node = Node("a", "article", "The Courier", True, published="2025-03-14T09:00+01:00")
    assert bands([("n0", node), ("n1", node)]) == ()


def test_node_text_wraps_into_lines_not_width():
    from provenance.render.safe import wrap

    assert wrap("Transit authority quietly shelved Calder Bridge safety inspections", 26, 2) == \
        ("Transit authority quietly", "shelved Calder Bridge saf…")
    assert wrap("Short title", 26, 2) == ("Short title",)
    assert all(len(line) <= 26 for line in wrap("x" * 80, 26, 2))


def test_further_sources_are_named_in_the_tooltip_not_drawn(example):
    """Each node's chain is drawn; a further source (the wire's republishers also cite the
    scoop) is named in the node's tooltip, and --expand draws it too."""
    from provenance.render.dot import DiagramOptions, build

    parents = {node.id: node.parent for node in example.nodes}
    further = [edge for edge in example.edges if parents.get(edge.source) != edge.target]
    assert further
    drawn = build(example).source
    expanded = build(example, DiagramOptions(expand=True)).source
    for edge in further:
        index = example.edges.index(edge)
        assert f'id="edge-{index}"' in expanded
        if f'id="edge-{index}"' not in drawn:
            assert f"also: {edge.relation} {example.node(edge.target).label}" in drawn or \
                f"; {edge.relation} {example.node(edge.target).label}" in drawn
