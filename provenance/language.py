"""Which language an article is written in: its script, then counts of very frequent words.

Enough to pick the attribution lexicon; function words per language live in
``provenance/data/languages/<code>.json``. A text mostly in a script that few languages use
(Hangul, kana, Han, Arabic: each file's "script") is in one of those languages: Han with kana
is Japanese, without Chinese, and function words choose among several (Arabic or Persian),
since Chinese and Japanese have no spaces to count words between. Otherwise a tie with
English is English, unless exactly one tied language's own letters are in the text ("ț",
"ő", "ł"); a text with too few function words of any language is "und" (undetermined),
read with English's rules.
"""

from __future__ import annotations

import re
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
#: In a text of at least SHARE_TOKENS words, the chosen language's function words must be at
#: least this share of them: a language we have no file for (Icelandic, Norwegian, Czech,
#: Danish, Indonesian) shares a few short words with one we have ("de", "en", "i") and
#: is undetermined, not read as Spanish or German. Calibrated on the real-page piles:
#: pages in a language we read score 0.10-0.45, pages in other languages 0.00-0.09
#: (Bulgarian, read as Russian, 0.16-0.22, stays Russian: the Cyrillic rules fit it best).
MIN_SHARE = 0.095
SHARE_TOKENS = 50
#: A script names the language when it holds at least this share of the text's word characters.
SCRIPT_SHARE = 0.3
#: Han text is Japanese when kana are at least this share of its Han and kana.
KANA_SHARE = 0.1
#: Runs of the scripts that tell a language (ISO 15924 codes), found in one pass.
_SCRIPT_RUN = re.compile(r"(?P<Hang>[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+)|(?P<Kana>[\u3040-\u30ff]+)"
                         r"|(?P<Hani>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
                         r"|(?P<Arab>[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)")
#: Any character of those scripts: one class tested per character finds a text with none
#: (most pages) faster than the four groups of _SCRIPT_RUN tried at every character.
_SCRIPT_CHARACTER = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3040-\u30ff"
                               r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                               r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {language: frozenset(w.lower() for w in data["stopwords"])
            for language, data in resources.languages().items() if data.get("stopwords")}


@cache
def _min_share(language: str) -> float:
    """The language's own floor (its file's ``min_function_share``: Turkish puts in suffixes
    what others say with function words), else MIN_SHARE."""
    return float(resources.languages().get(language, {}).get("min_function_share", MIN_SHARE))


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


@cache
def _languages_of_script() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for language, data in resources.languages().items():
        if data.get("script"):
            found.setdefault(data["script"], []).append(language)
    return {script: tuple(languages) for script, languages in found.items()}


def _script(sample: str, letters: int) -> str | None:
    """The script that holds SCRIPT_SHARE of the sample's word characters ("Jpan": Han with kana)."""
    first = _SCRIPT_CHARACTER.search(sample)
    if first is None:
        return None
    runs: Counter[str] = Counter()
    for run in _SCRIPT_RUN.finditer(sample, first.start()):
        runs[run.lastgroup or ""] += run.end() - run.start()
    kana, han = runs.pop("Kana", 0), runs.pop("Hani", 0)
    if kana or han:
        runs["Jpan" if kana >= KANA_SHARE * (kana + han) else "Hani"] = kana + han
    if not runs:
        return None
    script, size = runs.most_common(1)[0]
    return script if size >= SCRIPT_SHARE * letters else None


def detect_text(text: str) -> str:
    counts: Counter[str] = Counter({language: 0 for language in _stopwords()})
    index = _languages_of_word()
    sample = text[:20000]
    tokens = words(sample)
    for token in tokens:
        for language in index.get(token, ()):
            counts[language] += 1
    script = _script(sample, sum(map(len, tokens)))
    if script is not None and script in _languages_of_script():
        candidates = _languages_of_script()[script]  # Arabic or Persian: by their function words
        return max(candidates, key=lambda language: (counts.get(language, 0), -candidates.index(language)))
    if not counts:
        return UNDETERMINED
    best, hits = max(sorted(counts.items()), key=lambda item: item[1])
    if hits < MIN_HITS or (len(tokens) >= SHARE_TOKENS and hits < _min_share(best) * len(tokens)):
        return UNDETERMINED
    if hits == counts.get(DEFAULT, 0):  # a tie with English: a letter only one of them writes
        lettered = _lettered([language for language, count in counts.items() if count == hits], sample)
        return lettered or DEFAULT
    return best


@cache
def _letters() -> dict[str, frozenset[str]]:
    """Each language's letters that English never writes (its file's ``letters``)."""
    return {language: frozenset(data.get("letters", "")) for language, data in resources.languages().items()}


def _lettered(tied: list[str], sample: str) -> str | None:
    """The one tied language whose own letters the text writes ("ț", "ő", "ł"), if just one:
    a short Romanian or Hungarian text has as many "a"s as English function words."""
    present = frozenset(sample.lower())
    writing = [language for language in tied if _letters().get(language, frozenset()) & present]
    return writing[0] if len(writing) == 1 else None


def detect(cleaned: CleanedDocument) -> str:
    text = cleaned.document.text
    return detect_text(" ".join(text[b.start:b.end] for b in cleaned.body))
