"""Issue 2's acceptance criteria on the five real seed articles in ../shared/seeds."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import provenance
from provenance import render
from provenance.models import ProvenanceGraph

WAPO = "report:washington-post"
IDS = {"000": "000_76af37da8d86da4c", "001": "001_9a883b0f2de4c558", "002": "002_20164285a4990021",
       "003": "003_9f3a856de257ed78", "004": "004_e1bdba0fdc8eca1f"}


@pytest.fixture(scope="module")
def graph(seeds_dir) -> ProvenanceGraph:
    return provenance.trace([seeds_dir])


def _evidence_texts(graph: ProvenanceGraph, source: str, target: str) -> list[str]:
    return [e.text for edge in graph.edges if edge.source == source and edge.target == target for e in edge.evidence]


@pytest.mark.parametrize("key", ["000", "001", "002", "003"])
def test_articles_trace_to_the_washington_post_report(graph, key):
    article = graph.article(IDS[key])
    assert article.root == WAPO
    assert WAPO in article.direct_sources  # each carries its own attribution phrase


def test_the_washington_post_report_is_a_dated_node_outside_the_corpus(graph):
    node = graph.node(WAPO)
    assert node.kind == "report" and not node.in_corpus
    assert node.outlet == "The Washington Post"
    assert node.published == "2022-11-05"
    assert graph.origins[0] == WAPO


@pytest.mark.parametrize(("key", "phrase"), [
    ("000", "The Washington Post reported, citing White House sources"),
    ("001", "the Washington Post reported"),
    ("002", "the Washington Post said on Saturday"),
    ("003", "the Washington Post reported on Saturday, citing sources"),
])
def test_attribution_phrase_is_evidence_on_the_edge(graph, key, phrase):
    texts = _evidence_texts(graph, IDS[key], WAPO)
    assert phrase in texts


def test_outlets_and_dates(graph):
    assert graph.article(IDS["003"]).identity.outlet.name == "TASS"
    assert graph.node(IDS["003"]).published == "2022-11-06"
    assert graph.node(IDS["002"]).published == "2022-11-06T07:03+05:30"
    assert graph.node(IDS["001"]).published == "2022-11-06"
    chrome_dates = [c for c in graph.article(IDS["001"]).identity.date_candidates if c.kind == "page-chrome"]
    assert [c.value.isoformat() for c in chrome_dates] == ["2024-07-15"]


def test_undated_article_gets_no_invented_date(graph):
    node = graph.node(IDS["000"])
    assert node.published is None
    assert node.published_range.earliest == "2022-11-05"  # bounded below by the report it cites


def test_foot_credit_and_vague_attribution_of_004(graph):
    article = graph.article(IDS["004"])
    edges = {edge.target: edge for edge in graph.edges if edge.source == IDS["004"]}
    credit = next(edge for edge in edges.values() if edge.relation == "credits")
    assert [e.text for e in credit.evidence] == ["Source: RES-MPE"]
    assert credit.target in article.direct_sources
    weak = [edge for edge in edges.values() if edge.relation == "weakly-cites"]
    assert [e.text for edge in weak for e in edge.evidence] == ["American media have recently reported"]
    assert all(edge.confidence < 0.5 for edge in weak)
    assert not [edge for edge in edges.values() if edge.relation in ("copies", "rewrites", "shares-source")]


def _reuse_targets(graph: ProvenanceGraph, article_id: str) -> set[str]:
    reuse = ("copies", "rewrites", "shares-source")
    return {e.target for e in graph.edges if e.source == article_id and e.relation in reuse}


def test_000_and_001_are_linked_by_their_shared_passages(graph):
    shared = _reuse_targets(graph, IDS["000"]) & (_reuse_targets(graph, IDS["001"]) | {IDS["001"]})
    assert shared, "000 and 001 must be linked as copies or sharing a source"
    passages = [e for edge in graph.edges if edge.source == IDS["000"] and edge.target in shared
                for e in edge.evidence if e.kind == "passage"]
    with_001 = [e for e in passages if e.other_article == IDS["001"]]
    joined = " ".join(e.text for e in with_001)
    assert "Actions speak louder than words" in joined  # the State Department spokesman's statement
    assert "first time he has endorsed the evacuations" in joined  # the Kherson evacuation paragraph


def test_the_famous_quote_alone_links_nothing(graph):
    # 003 carries "Ukraine fatigue is a real thing..." like 000-002, and nothing else of theirs.
    assert not _reuse_targets(graph, IDS["003"])
    for edge in graph.edges:
        passages = [e for e in edge.evidence if e.kind == "passage"]
        if passages:
            assert not all("Ukraine fatigue" in e.text for e in passages)


def test_json_validates_against_the_schema_and_svg_is_valid(graph):
    schema = json.loads(resources.files("provenance").joinpath("schema", "trace.schema.json").read_text())
    jsonschema.validate(json.loads(render.to_json(graph)), schema)
    from xml.etree import ElementTree

    root = ElementTree.fromstring(render.to_svg(graph).encode("utf-8"))
    assert root.tag.endswith("svg")


def test_004_is_undated_but_bounded_by_the_report_its_vague_attribution_points_to(graph):
    node = graph.node(IDS["004"])
    assert node.published is None
    assert node.published_range.earliest == "2022-11-05"
    weak = [e for e in graph.edges if e.source == IDS["004"] and e.relation == "weakly-cites"]
    assert [e.target for e in weak] == [WAPO]
    assert "the only US outlet the corpus cites" in weak[0].evidence[0].detail


def test_identity_evidence_of_the_seeds(graph):
    tass = graph.article(IDS["003"]).identity.outlet
    assert (tass.method, tass.span.text) == ("dateline", "/TASS/")
    binnabook = graph.article(IDS["000"]).identity.outlet
    assert (binnabook.name, binnabook.method) == ("Binnabook", "self-description")
    credit = [a for a in graph.article(IDS["004"]).attributions if a.kind == "credit"]
    assert [(a.label, a.outlet_id) for a in credit] == [("ANA-MPA", "ana-mpa")]
    assert graph.article(IDS["004"]).identity.outlet is None  # the credited agency is not the publisher


def test_quote_drift_steadfast_unflinching_is_reported(graph):
    drift = [f for f in graph.findings if f.kind == "quote-drift"]
    assert any("unwavering and steadfast" in f.message and "unwavering and unflinching" in f.message
               and set(f.nodes) == {IDS["001"], IDS["002"]} for f in drift)


def test_seeds_report_and_diagram_from_the_command_line(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from provenance.cli import main

    for name, marker in (("report.html", "Content-Security-Policy"), ("story.svg", "<svg")):
        result = CliRunner().invoke(main, ["trace", str(seeds_dir), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        content = (tmp_path / name).read_text(encoding="utf-8")
        assert marker in content and "The Washington Post" in content
    assert "unwavering and unflinching" in (tmp_path / "report.html").read_text(encoding="utf-8")
