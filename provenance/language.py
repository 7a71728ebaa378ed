"""Which language an article is written in: counts of very frequent words.

Enough to pick the attribution lexicon; function words per language live in
``provenance/data/languages/<code>.json``. A tie with English is English; a text with too
few function words of any language is "und" (undetermined), read with English's rules.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from provenance import resources
from provenance.models import CleanedDocument
from provenance.textspans import words

#: A language must account for at least this many function-word hits to be chosen.
MIN_HITS = 3
DEFAULT = "en"
#: What an article is said to be written in when no language reaches MIN_HITS function
#: words (a Korean or Arabic page, a headline): not guessed to be English. Its attributions
#: are still read with the DEFAULT lexicon, whose rules read names, datelines and credits.
UNDETERMINED = "und"


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {language: frozenset(w.lower() for w in data["stopwords"])
            for language, data in resources.languages().items() if data.get("stopwords")}


def stopwords(language: str) -> frozenset[str]:
    """The language's function words (English for a language without a list)."""
    table = _stopwords()
    return table.get(language, table[DEFAULT])


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it is one of: one pass over a text counts them all."""
    found: dict[str, list[str]] = {}
    for language, words_of_language in _stopwords().items():
        for word in words_of_language:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


def detect_text(text: str) -> str:
    counts: Counter[str] = Counter({language: 0 for language in _stopwords()})
    index = _languages_of_word()
    for token in words(text[:20000]):
        for language in index.get(token, ()):
            counts[language] += 1
    if not counts:
        return UNDETERMINED
    best, hits = max(sorted(counts.items()), key=lambda item: item[1])
    if hits < MIN_HITS:
        return UNDETERMINED
    return best if hits > counts.get(DEFAULT, 0) else DEFAULT


def detect(cleaned: CleanedDocument) -> str:
    text = cleaned.document.text
    return detect_text(" ".join(text[b.start:b.end] for b in cleaned.body))
