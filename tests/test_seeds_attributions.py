"""Issue 4's acceptance on the real seeds: every explicit outlet attribution, resolved."""

from __future__ import annotations

import pytest

from provenance.pipeline import read_attributions


@pytest.fixture(scope="module")
def found(seeds_dir):
    result = read_attributions([seeds_dir])
    return {a.id[:3]: a.attributions for a in result.articles}


def _outlet_phrases(attributions):
    return [a.phrase.text for a in attributions if a.kind == "outlet" and a.label == "The Washington Post"]


@pytest.mark.parametrize(("key", "phrases"), [
    ("000", ["The Washington Post reported", "the newspaper"]),
    ("001", ["the Washington Post reported", "the Post reported"]),
    ("002", ["the Washington Post said on Saturday", "The paper said", "the report quoted"]),
    ("003", ["the Washington Post reported on Saturday, citing sources", "According to the newspaper"]),
])
def test_every_outlet_attribution_is_found_and_resolved(found, key, phrases):
    seen = _outlet_phrases(found[key])
    for phrase in phrases:
        assert any(phrase in text for text in seen), (phrase, seen)


def test_the_report_in_002_is_the_post(found):
    report = [a for a in found["002"] if a.kind == "outlet" and "report" in a.phrase.text.lower()]
    assert report and all(a.outlet_id == "washington-post" for a in report)


def test_tass_dateline_and_wire_marks(found):
    assert [(a.kind, a.label) for a in found["003"] if a.kind == "dateline"] == [("dateline", "TASS")]


def test_004_vague_media_credit_and_persons(found):
    kinds = {(a.kind, a.label) for a in found["004"]}
    assert ("vague-media", "American media") in kinds
    assert ("credit", "ANA-MPA") in kinds
    persons = " ".join(a.label for a in found["004"] if a.kind == "person")
    assert "John Kirby" in persons and "Mark Milley" in persons
    assert not [a for a in found["004"] if a.kind == "outlet"]


def test_officials_and_unnamed_sources_are_classed(found):
    assert ("anonymous", "unnamed sources") in {(a.kind, a.label) for a in found["001"]}
    assert ("anonymous", "unnamed people familiar with the discussions") in {(a.kind, a.label) for a in found["002"]}
    assert any(a.kind == "person" and "State Department" in a.label for a in found["001"])


def test_photo_credit_is_classed_apart(found):
    photo = [a for a in found["002"] if a.label == "Reuters/AP"]
    assert [a.kind for a in photo] == ["photo-credit"]


def test_nested_chain_of_003(found):
    sources = [a for a in found["003"] if a.kind == "anonymous" and a.label == "sources"]
    assert sources and sources[0].chain == ("The Washington Post", "sources")
