"""The diagram of a big pile: one panel per story, stacked; republished copies folded.

Made-up piles from benchmarks/synth_piles.py (several stories, wires, republishers,
blogs, duplicates, follow-ups), rendered by Graphviz.
"""

from __future__ import annotations

import re

import pytest

import provenance
from benchmarks.synth_piles import generate, write
from provenance.render import DiagramOptions, to_svg
from provenance.render.panels import FOLD_ABOVE


def _pile(tmp_path, stories: int, seed: int = 3) -> provenance.ProvenanceGraph:
    pile_path, _ = write(generate(seed=seed, stories=stories), tmp_path)
    return provenance.trace([pile_path], provenance.Config(workers=1))


def _size(svg: str) -> tuple[float, float]:
    found = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    assert found is not None
    return float(found.group(1)), float(found.group(2))


@pytest.fixture(scope="module")
def sixty(tmp_path_factory):
    return _pile(tmp_path_factory.mktemp("sixty"), stories=7)


def test_a_big_pile_is_drawn_one_story_per_panel_growing_down(sixty):
    assert len(sixty.articles) > FOLD_ABOVE
    svg = to_svg(sixty)
    assert len(re.findall(r'<g id="clust\d+" class="cluster">\s*<title>cluster_story_\d+</title>', svg)) >= 7
    width, height = _size(svg)
    assert width <= 2.5 * height, (width, height)
    assert "Story 1: " in svg


def test_republished_copies_fold_into_one_node_unless_expanded(sixty):
    folded = to_svg(sixty)
    assert "republished copies of" in folded
    expanded = to_svg(sixty, DiagramOptions(expand=True))
    assert "republished copies of" not in expanded
    drawn = {m for m in re.findall(r"<title>n(\d+)</title>", expanded)}
    assert len(drawn) == len(sixty.nodes)


@pytest.mark.parametrize("articles", [200, 500])
def test_two_hundred_and_five_hundred_articles_stay_readable_at_screen_width(tmp_path, articles):
    """At 1600 px wide, 11 pt node text must still be 9 px or more: the drawing at most
    about 1,950 pt wide, and never more than 2.5 times as wide as it is high. The realistic
    made-up corpus (benchmarks/synth_corpus.py: many stories over shared outlets)."""
    from benchmarks.synth_corpus import write as write_corpus

    write_corpus(tmp_path, seed=3, articles=articles)
    graph = provenance.trace([tmp_path / "corpus.jsonl"], provenance.Config(workers=1))
    assert len(graph.articles) >= articles
    width, height = _size(to_svg(graph))
    assert width <= 2.5 * height
    assert 11 * 1600 / width >= 9, width


def test_the_main_story_is_the_first_panel(sixty):
    from provenance.render.panels import plan
    from provenance.render.view import GraphView

    assert plan(sixty, GraphView.of(sixty), fold=True).panels[0].root == sixty.origins[0]
