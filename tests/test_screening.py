"""The lead-in screen (provenance/screening.py) never turns away a sentence its pattern matches."""

from __future__ import annotations

import re

import pytest

from provenance import resources, screening
from provenance.attribution.sentence import _lead_in_words
from provenance.lexicon import Lexicon, load_lexicons

LEXICONS = load_lexicons()
PHRASES = {code: data["phrases"] for code, data in resources.languages().items() if "phrases" in data}
SCREENED = sorted(code for code, lexicon in LEXICONS.items() if lexicon.lead_in_words is not None)
#: Stands for the text a spelling leaves open (``\w+day``, ``[^,.]{1,40}``).
FILLER = "Monday"


def _variants(spelling: str) -> list[str]:
    """The spelling in sentences as pages write it: any case, after an opening quote."""
    filled = spelling.replace(screening.UNKNOWN, FILLER)
    return [f"He said {form} Reuters on Monday." for form in
            (filled, filled.upper(), filled.capitalize(), f"'{filled}", f"’{filled.title()}")]


@pytest.mark.parametrize("code", SCREENED)
def test_every_spelling_of_a_lead_in_passes_its_screen(code: str) -> None:
    lexicon = LEXICONS[code]
    for key, pattern, triggers in (("lead_ins", lexicon.lead_in, lexicon.lead_in_words),
                                   ("object_lead_ins", lexicon.object_lead_in, lexicon.object_lead_in_words),
                                   ("outlet_lead_ins", lexicon.outlet_lead_in, lexicon.outlet_lead_in_words)):
        if pattern is None or triggers is None:
            continue
        for phrase in PHRASES[code][key]:
            for sentence in (variant for spelling in screening.spellings(phrase) or [] for variant in _variants(spelling)):
                if pattern.search(sentence):
                    assert Lexicon.may_match(triggers, _lead_in_words(sentence)), (code, phrase, sentence)


def test_english_lead_ins_are_screened() -> None:
    """The regular-expression entries ("as (?:first )?reported by") no longer switch the screen off."""
    english = LEXICONS["en"]
    assert english.lead_in_words is not None and english.object_lead_in_words is not None
    assert {"according", "reported", "shared", "editorial"} <= english.lead_in_words
    assert english.lead_in_words is not None and "h" in english.lead_in_words  # "h/t" is two words, "h" and "t"
    assert not Lexicon.may_match(english.lead_in_words, _lead_in_words("The minister resigned on Monday."))


def test_a_word_touching_unknown_text_is_never_a_trigger() -> None:
    """"\\w+day" may be "Monday" or "Tuesday": "day" is not a word of the text, "by" is."""
    assert screening.lead_in_triggers([r"shared \w+day by"]) == frozenset({"shared"})
    assert screening.lead_in_triggers([r"\w+day by"]) == frozenset({"by"})
    assert screening.lead_in_triggers([r"\w+day"]) is None
    assert screening.lead_in_triggers([r"(?:a|b)\w+"]) is None


def test_too_many_spellings_mean_no_screen() -> None:
    many = "".join(f"(?:x{n}|y{n}) " for n in range(20))  # 2**20 spellings
    assert screening.spellings(many) is None
    assert screening.lead_in_triggers([many]) is None


def test_case_twins_cover_every_lexicon_letter() -> None:
    """Every character re.IGNORECASE matches to a letter of a screened phrase has that letter's
    screen form (the table CASE_TWINS was found this way)."""
    letters = {char for code in SCREENED for key in ("lead_ins", "object_lead_ins")
               for phrase in PHRASES[code][key] for char in phrase.lower() if char.isalpha()}
    cased = "".join(chr(point) for point in range(0x110000)
                    if not 0xD800 <= point < 0xE000 and chr(point).lower() != chr(point).upper())
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), cased, re.IGNORECASE):
            assert screening.screen_form(match.group()) == screening.screen_form(letter), (letter, match.group())
