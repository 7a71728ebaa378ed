"""Outlet citations in Spanish, French, German, Italian, Portuguese, Russian and Ukrainian.

The sentences (tests/fixtures/multilingual_sentences.json) are our own wording: each names
the outlet it cites and a phrase the attribution must cover.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.attributions import extract
from provenance.clean import clean
from provenance.language import detect, detect_text
from provenance.lexicon import load_lexicons
from provenance.models import LoadedDocument
from provenance.outlets import load_registry

SENTENCES = json.loads((Path(__file__).parent / "fixtures" / "multilingual_sentences.json").read_text("utf-8"))
REGISTRY = load_registry()
LEXICONS = load_lexicons()


@pytest.mark.parametrize("case", SENTENCES, ids=lambda c: f"{c['lang']}-{c['text'][:30]}")
def test_outlet_citations_in_other_languages(case):
    document = LoadedDocument(id="x", path="x", format="txt", text="Titel\n" + case["text"])
    found = extract(clean(document), REGISTRY, LEXICONS[case["lang"]])
    kind = case.get("kind", "outlet")
    assert any(a.kind == kind and (case["outlet"] is None or a.label == case["outlet"])
               and a.phrase and case["phrase_contains"] in a.phrase.text for a in found), \
        [(a.kind, a.label, a.phrase.text if a.phrase else None) for a in found]


@pytest.mark.parametrize("language", ["es", "fr", "de", "it", "pt", "ru", "uk"])
def test_language_of_an_article_is_detected(language):
    text = " ".join(c["text"] for c in SENTENCES if c["lang"] == language)
    assert detect_text(text) == language
    document = LoadedDocument(id="x", path="x", format="txt", text="Titel\n" + text)
    assert detect(clean(document)) == language


def test_english_stays_english():
    assert detect_text("The Washington Post reported on Saturday that the talks had stalled, citing sources.") == "en"
