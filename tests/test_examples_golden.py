"""The bundled example: its answer key (examples/README.md) and golden output files.

Regenerate the golden files after an intended change with
``UPDATE_GOLDEN=1 python -m pytest tests/test_examples_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import provenance
from provenance import render
from provenance.config import Config

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def graph():
    cwd = Path.cwd()
    os.chdir(ROOT)  # paths in the output are as given: keep them relative and stable
    try:
        return provenance.trace(["examples/calder-bridge"], Config(outlet_files=(Path("examples/outlets.json"),)))
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(("fmt", "name"), [("json", "calder-bridge.json"), ("text", "calder-bridge.txt"),
                                           ("dot", "calder-bridge.dot")])
def test_golden_output(graph, fmt, name):
    produced = render.render(graph, fmt)
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def _parent(graph, article_id):
    return graph.article(article_id).chain[1] if len(graph.article(article_id).chain) > 1 else None


def test_answer_key_origin_and_chains(graph):
    assert graph.origins[0] == "01-meridian-courier-scoop"
    assert _parent(graph, "02-cpa-wire") == "01-meridian-courier-scoop"
    assert _parent(graph, "06-republic-voice") == "01-meridian-courier-scoop"
    for copy in ("03-eastport-herald", "04-northgate-daily", "08-aggregator#1"):
        assert _parent(graph, copy) == "02-cpa-wire"
        edge = next(e for e in graph.edges if e.source == copy and e.target == "02-cpa-wire")
        assert edge.relation == "copies"
    assert _parent(graph, "05-civic-watch-blog") == "03-eastport-herald"  # the uncredited copy
    assert _parent(graph, "09-harbor-times") == "02-cpa-wire"
    for article in graph.articles:
        if article.id not in ("08-aggregator#2", "10-press-release", "07-channel-9-followup"):
            assert article.root == "01-meridian-courier-scoop", article.id
    # The follow-up's news is the minister's statement (its lead, after a photo caption); the
    # wire's paragraph it carries, credited "Source: CPA", is background.
    assert graph.article("07-channel-9-followup").root == "statement:ansgard"
    background = next(e for e in graph.edges if e.source == "07-channel-9-followup" and e.target == "02-cpa-wire")
    assert background.relation == "weakly-cites" and "Source: CPA" in [item.text for item in background.evidence]
    assert graph.article("08-aggregator#2").chain == ("08-aggregator#2",)  # noise stays unlinked


def test_answer_key_outlets_and_dates(graph):
    expected = {
        "01-meridian-courier-scoop": ("The Meridian Courier", "2025-03-14T18:40+01:00"),
        "02-cpa-wire": ("Continental Press Agency", "2025-03-15T07:52+01:00"),
        "03-eastport-herald": ("The Eastport Herald", "2025-03-15T10:05+01:00"),
        "04-northgate-daily": ("Northgate Daily", "2025-03-15T11:20+01:00"),
        "05-civic-watch-blog": ("Civic Watch", None),
        "07-channel-9-followup": ("Channel Nine Velmora", "2025-03-17T09:15+01:00"),
        "08-aggregator#1": ("DailyDigest", "2025-03-15T07:58+00:00"),
    }
    for article_id, (outlet, published) in expected.items():
        node = graph.node(article_id)
        assert (node.outlet, node.published) == (outlet, published), article_id
    harbor = graph.article("09-harbor-times")
    assert harbor.identity.published.value.isoformat() == "2025-03-15"
    assert "page-chrome" in {c.kind for c in harbor.identity.date_candidates}


def test_answer_key_uncredited_copy(graph):
    uncredited = [f for f in graph.findings if f.kind == "uncredited-copy"]
    assert [f.nodes for f in uncredited] == [("05-civic-watch-blog", "03-eastport-herald")]
