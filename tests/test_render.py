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
    assert "copies (0.97): “ORRIN, June 8 (NWS) - Repairs to the Orrin Lake dam" in text


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
