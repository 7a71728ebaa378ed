"""The sentence memo (provenance/attribution/memo.py) gives what reading every sentence gives.

Extraction with ``memoize=False`` reads every sentence afresh; by default it reuses what
a repeated sentence gave. Both must agree wherever a sentence repeats: at
another offset, after other outlets, in an article that answers the stance model's
questions differently.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser

import pytest

import provenance
from provenance import language
from provenance.attribution import extract, memo, stance
from provenance.clean import clean
from provenance.lexicon import load_lexicons
from provenance.models import LoadedDocument
from provenance.outlets import Outlet, Registry, load_registry

REGISTRY = Registry({o.id: o for o in [
    Outlet("courier", "The Meridian Courier", "newspaper", aliases=("Meridian Courier",), short_forms=("the Courier",)),
    Outlet("post", "The Daily Post", "newspaper", short_forms=("the Post",)),
    Outlet("cpa", "Continental Press Agency", "wire", aliases=("CPA",), marks=("(CPA)",)),
    Outlet("herald", "The Evening Herald", "newspaper"),  # no short forms: only the referent tells them apart
    Outlet("globe", "The Weekly Globe", "newspaper"),
]})
LEXICONS = load_lexicons()
BUNDLED = load_registry()  # one registry, so that its memo sees every test's sentences
REPEATED = ("The newspaper said inspections stopped. According to the paper, nobody objected. "
            "The Post reported the delay. Prices declined sharply. Velasquez wants a new bridge, "
            "the Courier wrote.")
#: The first two name outlets without short forms, so that the repeated anaphora meet the
#: memo (the first reading of a sentence is the one kept) and only their referent differs.
OPENINGS = ("The Evening Herald reported the delay.", "The Weekly Globe reported the delay.",
            "The Meridian Courier reported the delay.", "The Daily Post reported the delay.",
            "Nobody reported the delay.", "Velasquez said the delay was short. The Prices family objected.",
            "OKAFOR: We will wait.\nMILLS: We will not.", "Headline")


def _both(text: str, lexicon_code: str = "en", registry: Registry = REGISTRY,
          publisher: str | None = None) -> tuple[tuple[object, ...], tuple[object, ...]]:
    lexicon = LEXICONS[lexicon_code]
    cleaned = clean(LoadedDocument(id="x", path="x.txt", format="txt", text=text))
    fresh = extract(cleaned, registry, lexicon, publisher, memoize=False)
    return extract(cleaned, registry, lexicon, publisher), fresh


#: Longer than the memo's look-back, so that the repeated sentences meet the memo after each opening.
FILLER = "The bridge over the river stayed closed for the whole of the long week."


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("separator", [" ", "\n\n", "\n\nA word first. ", f" {FILLER} ", f"\n\n{FILLER}\n\n"])
def test_repeated_sentences_read_as_when_read_afresh(opening, separator):
    for text in (f"Headline\n{opening}{separator}{REPEATED}", f"Headline\n{REPEATED}{separator}{opening}",
                 f"Headline\n\n{opening}{separator}{REPEATED}"):
        memoized, fresh = _both(text)
        assert memoized == fresh
        assert _both(text, publisher="courier")[0] == _both(text, publisher="courier")[1]


def test_the_memo_is_used():
    cleaned = clean(LoadedDocument(id="x", path="x.txt", format="txt", text="Headline\n" + REPEATED))
    extract(cleaned, REGISTRY, LEXICONS["en"])
    assert memo.sentence_memo(REGISTRY.for_language("en"), LEXICONS["en"])._entries


SENTENCES = json.loads((Path(__file__).parent / "fixtures" / "multilingual_sentences.json").read_text("utf-8"))


def test_every_language_reads_as_when_read_afresh():
    registry = load_registry()
    for number, case in enumerate(SENTENCES):
        lexicon_code = case["lang"] if case["lang"] in LEXICONS else language.DEFAULT
        other = SENTENCES[(number + 1) % len(SENTENCES)]["text"]
        for text in (f"Titre\n{case['text']}", f"Titre\n{other} {case['text']}", f"Titre\n{case['text']}\n\n{other}"):
            memoized, fresh = _both(text, lexicon_code, registry)
            assert memoized == fresh, text


def _lookbehind(pattern: re.Pattern[str]) -> int:
    """The most characters before a match's start that ``pattern`` may read."""
    widest = [0]

    def walk(items: object) -> None:
        for op, argument in items:  # type: ignore[attr-defined]
            if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                direction, inner = argument
                if direction < 0:
                    widest.append(inner.getwidth()[1])
                walk(inner)
            elif op == sre_constants.AT and argument in (sre_constants.AT_BOUNDARY, sre_constants.AT_NON_BOUNDARY,
                                                          sre_constants.AT_BEGINNING_LINE):
                widest.append(1)
            elif op == sre_constants.SUBPATTERN:
                walk(argument[-1])
            elif op == sre_constants.BRANCH:
                for branch in argument[1]:
                    walk(branch)
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
                walk(argument[2])
    walk(sre_parser.parse(pattern.pattern, pattern.flags))
    return max(widest)


def test_no_pattern_looks_behind_further_than_the_memo_keeps():
    patterns = [value for module in pkgutil.walk_packages(provenance.__path__, "provenance.")
                if not module.name.startswith(("provenance.spark", "provenance.render"))
                for value in vars(importlib.import_module(module.name)).values() if isinstance(value, re.Pattern)]
    widest = max(_lookbehind(p) for p in patterns)
    registry = load_registry()
    for code, lexicon in LEXICONS.items():
        model = stance.bundled_model(lexicon.language)
        own = [value for value in vars(lexicon).values() if isinstance(value, re.Pattern)]
        own.extend([model.cue] if model else [])
        reader = registry.for_language(code)
        own.extend([reader._inflected_head] if reader.inflected else [])
        kept = memo.lookbehind_chars(reader, lexicon)
        assert kept >= max(widest, *(_lookbehind(p) for p in own)), code
        assert kept <= memo.PREFIX_CHARS
    assert memo.lookbehind_chars(registry, LEXICONS["en"]) == 2  # "Name: “…" (speakers._NAMED_QUOTE)


NEIGHBOURS_BEFORE = ("", "Acme said it. ", "We met the Daily. ", "„Bild”. ", "It was in the U.S. ", "\n\nCPA:\n")
NEIGHBOURS_AFTER = ("", " CPA said so.", " „Bild” reported.", "\n\n“Der Spiegel” wrote.", " and the Post.", " Nobody came.",
                    " nobody came.", "s and CPA.", " „Daily Post”")


def test_what_surrounds_a_repeated_sentence_is_read_as_when_read_afresh():
    """Rules read a little before a sentence (look-behinds, a capitalised word before a name)
    and past it (a quoted title, the word after a lead-in's phrase): the memo's key keeps it."""
    for case in SENTENCES[::3]:
        lexicon_code = case["lang"] if case["lang"] in LEXICONS else language.DEFAULT
        for before in NEIGHBOURS_BEFORE:
            for after in NEIGHBOURS_AFTER:
                text = f"Titre\n{before}{case['text']}{after}"
                memoized, fresh = _both(text, lexicon_code)
                assert memoized == fresh, text


@pytest.mark.parametrize("following", ["Nobody came.", "“Bildung” wrote.", "“Bild” wrote.", "\n\n„Der Spiegel” wrote.",
                                       "\n\n„Der Standard” wrote.", "Reuters wrote."])
def test_a_title_quoted_after_a_repeated_sentence_is_read_as_when_read_afresh(following):
    """A quoted title right after a sentence ending in a noun phrase is read as its source
    ('dla TVN24 zapowiedział reformę podatków. “Bild”'): the memo's key keeps what follows."""
    sentence = "Minister w wywiadzie dla TVN24 zapowiedział reformę podatków."
    for opening in ("Tytuł", "Tytuł drugi"):
        memoized, fresh = _both(f"{opening}\n{sentence} {following}".replace(" \n", "\n"), "pl", BUNDLED)
        assert memoized == fresh
