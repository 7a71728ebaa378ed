"""Which words a sentence must hold for a lead-in pattern to match it: a cheap screen.

A lead-in ("according to", "as first reported by") is compiled as
``(?<![\\w-])(?P<lead>phrase|phrase|...)\\s+``. Most sentences hold none, and a set lookup
of their words spares them the regular expression. For a phrase with regular-expression
syntax the words are read from the standard library's own parse of it: every spelling
the phrase can take is listed (a class like ``\\w+`` or a repeat stands for unknown
text), and of each spelling one word is kept that any text matching it holds whole. If
some spelling has no such word, or a phrase has too many spellings, there is no screen:
the pattern is tried on every sentence, as before.

The words of a sentence are compared in :func:`screen_form`, which undoes what
``re.IGNORECASE`` lets match that lower-casing does not ("İddiayı" for "iddiayı") and an
apostrophe before the first word ("'According to ...", which the lead-in's start allows).
"""

from __future__ import annotations

import re
import re._parser as regex_parser  # the parse re.compile itself uses: exact for every syntax
from collections.abc import Iterable
from typing import Any

#: Stands in a spelling for text the phrase does not fix (``\\w+``, ``[^,.]{1,40}``, ``.``).
UNKNOWN = "\x00"
#: Most spellings of one phrase before its screen is given up (the pattern then always runs):
#: above the largest bundled lead-in, Croatian "(?:to|ovo|o tome|...) (?:javlja|...)" with
#: 11,214 spellings, and small enough that reading a lexicon stays well under a second.
MAX_SPELLINGS = 50_000
#: A word of a sentence, as :mod:`provenance.attribution.patterns` splits it (``_SENTENCE_WORD``).
_WORD = re.compile(r"[\w'’ʼ-]+")
_APOSTROPHES = "'’ʼ"
#: Letters that ``re.IGNORECASE`` matches to a lexicon letter although ``str.lower`` keeps them
#: apart, each mapped to that letter, and the combining dot "İ".lower() leaves, dropped: found by
#: matching every lexicon letter case-insensitively against all of Unicode (Python 3.11's ``re``);
#: tests/test_screening.py checks it again.
CASE_TWINS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с",
                            "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ", "\u0307": None,
                            # Greek: final sigma, the symbol forms of letters, the iota subscript
                            "ς": "σ", "ϐ": "β", "ϵ": "ε", "ϑ": "θ", "ϰ": "κ", "µ": "μ", "ϖ": "π", "ϱ": "ρ",
                            "ϕ": "φ", "\u0345": "ι", "\u1fbe": "ι", "\u1fd3": "ΐ", "\u1fe3": "ΰ"})


def screen_form(word: str) -> str:
    """A word as screens compare it: case-folded as ``re.IGNORECASE`` matches (also when the word
    was lower-cased before: "İ" lower-cases to "i" and a combining dot), leading apostrophes off."""
    return word.translate(CASE_TWINS).lower().lstrip(_APOSTROPHES)


def with_screen_forms(words: frozenset[str]) -> frozenset[str]:
    """A sentence's lower-cased words and their :func:`screen_form` (only words with a letter
    outside ASCII or a leading apostrophe have another)."""
    others = {screen_form(word) for word in words if not word.isascii() or word[:1] in _APOSTROPHES}
    return words | others if others else words


def lead_in_triggers(phrases: Iterable[str]) -> frozenset[str] | None:
    """Words at least one of which every match of any of the lead-in ``phrases`` holds whole
    (in :func:`screen_form`); None when some phrase cannot be screened."""
    triggers: set[str] = set()
    for phrase in phrases:
        spelled = spellings(phrase)
        if spelled is None:
            return None
        for spelling in spelled:
            word = _certain_word(spelling)
            if word is None:
                return None
            triggers.add(word)
    return frozenset(triggers)


def spellings(phrase: str) -> list[str] | None:
    """Every text the regular expression ``phrase`` can match, text it does not fix as
    ``UNKNOWN``; None if there are more than :data:`MAX_SPELLINGS`."""
    return _spellings(regex_parser.parse(phrase))


def _certain_word(spelling: str) -> str | None:
    """The first of the longest words of a spelling that no unknown text touches and that start
    with a letter or digit (so that an apostrophe before the match cannot join it); None if none does.
    Longer words are rarer: fewer sentences pass the screen."""
    words = [match.group() for match in _WORD.finditer(spelling)
             if match.group()[0] not in _APOSTROPHES + "-"
             and UNKNOWN not in spelling[max(match.start() - 1, 0):match.end() + 1]]
    return screen_form(max(words, key=len)) if words else None


def _spellings(items: Any) -> list[str] | None:
    """Every text a parsed sequence can match, unknown stretches as ``UNKNOWN``; None if too many."""
    spelled = [""]
    for op, argument in items:
        options = _node_spellings(op, argument)
        if options is None:
            return None
        spelled = [head + tail for head in spelled for tail in options]
        if len(spelled) > MAX_SPELLINGS:
            return None
    return spelled


def _node_spellings(op: Any, argument: Any) -> list[str] | None:
    """The spellings of one parsed node; anything not understood is unknown text."""
    if op == regex_parser.LITERAL:
        return [chr(argument)]
    if op in (regex_parser.AT, regex_parser.ASSERT, regex_parser.ASSERT_NOT):
        return [""]  # zero-width: \b, lookarounds
    if op == regex_parser.IN:
        return _class_spellings(argument)
    if op == regex_parser.BRANCH:
        return _alternatives(argument[1])
    if op == regex_parser.SUBPATTERN:
        return _spellings(argument[-1])
    if op in (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT):
        return _repeat_spellings(*argument)
    return [UNKNOWN]


def _alternatives(branches: list[Any]) -> list[str] | None:
    spelled: list[str] = []
    for branch in branches:
        options = _spellings(branch)
        if options is None:
            return None
        spelled.extend(options)
    return spelled if len(spelled) <= MAX_SPELLINGS else None


def _class_spellings(members: list[Any]) -> list[str]:
    """``[ăa]`` is two spellings, ``\\s`` one space (a word boundary); any other class is unknown."""
    if all(op == regex_parser.LITERAL for op, _ in members):
        return [chr(code) for _, code in members]
    if members == [(regex_parser.CATEGORY, regex_parser.CATEGORY_SPACE)]:
        return [" "]
    return [UNKNOWN]


def _repeat_spellings(low: int, high: int, items: Any) -> list[str] | None:
    """An optional or single item is spelled out; a longer repeat is unknown text."""
    if high > 1:
        return [UNKNOWN]
    options = _spellings(items)
    if options is None:
        return None
    return ([""] if low == 0 else []) + options
