"""Translations: a page and the page in another language whose anchors it keeps, in order.

A translation shares no words with its source, but it keeps what does not translate:
names ("Bedminster", "Anderson Cooper", "Jack Smith"), numbers ("2021", "700") and their
order, sentence after sentence. Each article's anchors are read once (capitalised words
that do not open a sentence, romanised with anyascii so that Cyrillic meets Latin, and
numbers of two digits or more); pages of different languages that share enough rare
anchors are compared by the longest common subsequence of their anchor lists
(rapidfuzz's LCSseq on the token lists).

The rule (:class:`TranslationRule`) was set on the real-page development piles: the
labelled translation pairs whose two pages are in cased scripts align 19-36 anchors at
0.69-0.92 of the shorter list, while the best pair of unrelated pages of one story (the
same names, the same numbers, told apart) aligns at most 16 anchors and 0.77 of the
shorter. Scripts without capitals (Arabic, Japanese) and short excerpts are not linked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import LCSseq

from provenance.language import stopwords
from provenance.models import CleanedDocument
from provenance.reuse.meaning import RULE as MEANING_RULE
from provenance.reuse.meaning import Encoder, MeaningMatch, MeaningRule, SentenceMatch, match_by_meaning
from provenance.textspans import romanised

#: Numbers, words (a hyphen ends one: "Teller-Kai" is "Teller" and "Kai") and sentence breaks.
#: Quotation marks are neither: a name right after one is an anchor (CNN's “Anderson Cooper
#: 360”, which a Bulgarian translation writes "Anderson Cooper 360“); a quotation that opens
#: a sentence follows a break (a colon, a full stop, the paragraph's start), which keeps its
#: first word out. Until 2026-12-06 a quotation mark opened a sentence: the English and
#: Bulgarian pages of that report aligned 17 anchors, one short of the rule, 18 now.
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_][\w’']*|[.!?:;\n]")
_BREAK = frozenset(".!?:;\n")
_SENTENCE_END = frozenset(".!?\n")
_POSSESSIVE = re.compile(r"[’'].*$")
#: Languages whose function words are never anchors, whatever the page's own language.
_FUNCTION_WORD_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "bg", "pl", "nl", "ro", "hu", "tr", "hr")


@dataclass(frozen=True)
class TranslationRule:
    """When two pages of different languages are one text translated."""

    #: Anchors both lists keep in the same order, at least.
    min_aligned: int = 18
    #: ... and as a share of the shorter list.
    min_coverage: float = 0.65
    #: Distinct anchors two pages must share to be compared at all.
    min_shared: int = 8
    #: An anchor on more pages than this proposes pairs only among pages published within
    #: ``window_days`` of each other (then this many at most), and none among undated pages:
    #: "Trump" in a corpus on Trump. Bounded by a count, not a share, so that candidate pairs
    #: grow with the corpus, not its square (a pile of 60 pages compares every pair that
    #: shares rarer names); the window keeps a story's own names (which recur across a
    #: year's stories) proposing its translations however large the corpus grows.
    max_posting: int = 64
    #: A translation appears within this many days of its source (a story's dates).
    window_days: int = 2
    #: The aligned anchors lie in at least this many sentences of each page: a list of names
    #: in one or two sentences ("Justices Samuel Alito, Clarence Thomas, Neil Gorsuch …"),
    #: which every page on a story repeats in the same order, is no translation. Set on the
    #: real piles: the labelled pairs spread their aligned anchors over 5-10 sentences of each
    #: page, three of the four unrelated pairs the other conditions let through over 4.
    min_sentences: int = 5

    def is_translation(self, aligned: int, shorter: int) -> bool:
        return aligned >= self.min_aligned and shorter > 0 and aligned / shorter >= self.min_coverage


RULE = TranslationRule()


@dataclass(frozen=True)
class Anchors:
    """One article's anchors in reading order, and where its sentences start among them."""

    article: str
    language: str
    keys: tuple[str, ...]
    #: The index in ``keys`` of each sentence's first anchor (sentences without one left out).
    sentence_starts: tuple[int, ...] = ()

    def sentences_of(self, positions: Sequence[int]) -> int:
        """How many sentences the anchors at these positions lie in."""
        return len({bisect_right(self.sentence_starts, position) for position in positions})


@dataclass(frozen=True)
class TranslationLink:
    """Two articles of different languages that are one text: ``aligned`` anchors in order."""

    a: str
    b: str
    aligned: int
    coverage: float  # aligned / the shorter anchor list
    anchors_a: int
    anchors_b: int
    shared: tuple[str, ...]  # the aligned anchors, in order (as keys)
    positions: tuple[int, ...] = ()  # where each aligned anchor stands in a's list
    positions_b: tuple[int, ...] = ()  # ... and in b's
    written: tuple[str, ...] = ()  # the aligned anchors as page a writes them (:func:`spelled`)
    written_b: tuple[str, ...] = ()  # ... and as page b does
    #: Found by meaning (:mod:`.meaning`), not by anchors: the sentences and their counterparts
    #: (``aligned`` counts them, ``coverage`` is their share of the shorter page's sentences).
    sentences: tuple[SentenceMatch, ...] = ()


def anchors(cleaned: CleanedDocument, language: str) -> Anchors:
    """Names and numbers of the body, in order: what a translation keeps."""
    keys: list[str] = []
    starts: list[int] = []
    last = -1
    for key, _, sentence in _anchor_tokens(cleaned):
        if sentence != last:
            starts.append(len(keys))
            last = sentence
        keys.append(key)
    return Anchors(cleaned.document.id, language, tuple(keys), tuple(starts))


def spelled(links: Sequence[TranslationLink], cleaned: Mapping[str, CleanedDocument]) -> list[TranslationLink]:
    """The links with their aligned anchors as each page writes them ("Радоры" and "Radora",
    not "rador"): what a reader looks for on the page. Each page is read once, however many
    links it has (a translation meets every copy of its source)."""
    written: dict[str, list[str]] = {}

    def tokens_of(article: str) -> list[str]:
        if article not in written:
            written[article] = [token for _, token, _ in _anchor_tokens(cleaned[article])]
        return written[article]

    result = []
    for link in links:
        first, second = tokens_of(link.a), tokens_of(link.b)
        if len(first) != link.anchors_a or len(second) != link.anchors_b:
            result.append(link)
            continue
        result.append(replace(link, written=tuple(first[p] for p in link.positions),
                              written_b=tuple(second[p] for p in link.positions_b)))
    return result


def _anchor_tokens(cleaned: CleanedDocument) -> Iterator[tuple[str, str, int]]:
    """Each anchor's key, the token it was read from and its sentence's number, in order."""
    text = cleaned.document.text
    sentences = 0
    for block in cleaned.paragraphs:
        found = _paragraph_anchors(text[block.start:block.end])
        for key, token, sentence in found:
            yield key, token, sentences + sentence
        sentences += (found[-1][2] + 1) if found else 0


#: Paragraphs whose anchors are kept for reuse (per process): a pile's copies repeat most of
#: their paragraphs, and a translation's pages are read twice (:func:`anchors`, :func:`spelled`).
PARAGRAPHS_KEPT = 32_768


@lru_cache(maxsize=PARAGRAPHS_KEPT)
def _paragraph_anchors(paragraph: str) -> tuple[tuple[str, str, int], ...]:
    """The anchors of one paragraph with their sentence's number in it (a sentence break or
    the paragraph's start opens a sentence, whose first word is no anchor): they depend on
    its text alone.

    Tokens are taken as strings (``findall``) and the common case, a lower-case word, is
    told apart inline, without a call per token.
    """
    found = []
    opening = True
    sentence = 0
    for token in _TOKEN.findall(paragraph):
        if token in _BREAK:
            sentence += token in _SENTENCE_END and not opening
            opening = True
            continue
        first = token[0]
        if first.isdigit():
            key = _number_key(token)
        elif opening or len(token) < 4 or not first.isupper():
            key = None
        else:
            key = _name_key(token)
        opening = False
        if key is not None:
            found.append((key, token, sentence))
    return tuple(found)


def _number_key(token: str) -> str | None:
    """A number's key: its digits (a token of ``_TOKEN`` has only digits, dots and commas)."""
    digits = token.replace(".", "").replace(",", "")
    return f"#{digits}" if len(digits) >= 2 else None


#: Names are compared by a skeleton of their first letters in Latin script: romanised, the
#: spellings of one sound made one letter ("dzh", "j" and "dj"; "kh" and "h"; "c", "k" and
#: "q"), the vowels after the first letter dropped, doubled letters made one,
#: then the first KEY_PREFIX letters. Transliterated and declined forms meet: "Trump" and
#: "Трамп" are "trmp", "Jack Smith" and "Джек Смит" are "jk smt", "Hillary" and "Хиллари"
#: "hlr", "Russia" and "Rusia" "rs". With the five-letter prefix they did not ("trump",
#: "tramp"), and a Russian translation of a CNN report aligned 8 of its 21 anchors, not 17.
KEY_PREFIX = 5
_SOUNDS = (("dzh", "j"), ("sch", "s"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("ch", "k"), ("sh", "s"),
           ("th", "t"), ("ph", "f"), ("ck", "k"), ("ts", "c"), ("tz", "c"))
_LETTERS = str.maketrans({"c": "k", "q": "k", "x": "k", "z": "s", "y": "i"})
#: After the first letter "w" is a vowel's spelling too: "Marrow" and "Марроу" are "mr".
_LATER_VOWELS = re.compile(r"(?<!^)[aeiouw]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65_536)
def _name_key(token: str) -> str | None:
    """A capitalised word's key, once per distinct word: names recur on every page of a story.

    The possessive goes first ("Marrow's"); then the apostrophes romanisation writes for
    soft and hard signs ("Ильзе" is "il'ze").
    """
    word = romanised(_POSSESSIVE.sub("", token)).replace("'", "")
    return skeleton(word) if len(word) >= 4 and word not in _function_words() else None


def skeleton(word: str) -> str:
    """A romanised word's sound skeleton (see KEY_PREFIX)."""
    for spelling, sound in _SOUNDS:
        word = word.replace(spelling, sound)
    word = "v" + word[1:] if word.startswith("w") else word  # "Washington", "Вашингтон"
    return _DOUBLED.sub(r"\1", _LATER_VOWELS.sub("", word.translate(_LETTERS)))[:KEY_PREFIX]


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(romanised(word) for language in _FUNCTION_WORD_LANGUAGES for word in stopwords(language))


def find_translations(profiles: Sequence[Anchors], rule: TranslationRule = RULE,
                      days: Mapping[str, int] | None = None, encoder: Encoder | None = None,
                      cleaned: Mapping[str, CleanedDocument] | None = None,
                      meaning: MeaningRule = MEANING_RULE) -> list[TranslationLink]:
    """Every pair of pages in different languages that the rule calls one text translated.

    ``days`` gives each dated page's publication day (an ordinal): with it, common anchors
    still propose pairs of pages published close together (see ``TranslationRule``). With an
    ``encoder`` (and the pages, ``cleaned``), the pairs that share fewer anchors, or keep
    too few in order, are compared by the meaning of their sentences (:mod:`.meaning`)."""
    if len({p.language for p in profiles if p.keys}) < 2:
        return []  # one language: nothing to look for
    links = _anchor_links(profiles, rule, days or {})
    if encoder is not None and cleaned is not None:
        linked = {(link.a, link.b) for link in links}
        proposed = [pair for pair in _candidates(profiles, replace(rule, min_shared=meaning.min_shared_anchors),
                                                 days or {}) if pair not in linked]
        by_id = {p.article: p for p in profiles}
        links += [_meaning_link(found, by_id) for found in match_by_meaning(proposed, cleaned, encoder, meaning)]
    return sorted(links, key=lambda link: (link.a, link.b))


def _meaning_link(found: MeaningMatch, by_id: Mapping[str, Anchors]) -> TranslationLink:
    return TranslationLink(found.a, found.b, len(found.matches), round(len(found.matches) / found.shorter, 3),
                           len(by_id[found.a].keys), len(by_id[found.b].keys), (), sentences=found.matches)


def _anchor_links(profiles: Sequence[Anchors], rule: TranslationRule,
                  days: Mapping[str, int]) -> list[TranslationLink]:
    """The pairs whose anchors the rule aligns."""
    by_id = {p.article: p for p in profiles}
    links = []
    for a, b in _candidates(profiles, rule, days):
        first, second = by_id[a], by_id[b]
        blocks = LCSseq.opcodes(first.keys, second.keys).as_matching_blocks()
        positions = tuple(block.a + step for block in blocks for step in range(block.size))
        positions_b = tuple(block.b + step for block in blocks for step in range(block.size))
        shorter = min(len(first.keys), len(second.keys))
        if rule.is_translation(len(positions), shorter) and _spread(first, positions, second, positions_b, rule):
            links.append(TranslationLink(a, b, len(positions), round(len(positions) / shorter, 3), len(first.keys),
                                         len(second.keys), tuple(first.keys[p] for p in positions), positions,
                                         positions_b))
    return links


def _spread(first: Anchors, positions: Sequence[int], second: Anchors, positions_b: Sequence[int],
            rule: TranslationRule) -> bool:
    """Whether the aligned anchors lie in ``min_sentences`` sentences of each page (pages read
    before sentences were counted, with no sentence starts, are not held to it)."""
    if not first.sentence_starts or not second.sentence_starts:
        return True
    return min(first.sentences_of(positions), second.sentences_of(positions_b)) >= rule.min_sentences


def _candidates(profiles: Sequence[Anchors], rule: TranslationRule, days: Mapping[str, int]) -> list[tuple[str, str]]:
    """Pairs of different languages sharing at least ``min_shared`` anchors that are not
    on more than ``max_posting`` pages, or not on more within their dates (an index of
    anchors, not every pair)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for number, profile in enumerate(profiles):
        for key in set(profile.keys):
            postings[key].append(number)
    day_of = [days.get(profile.article) for profile in profiles]
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= rule.max_posting:
            _count_pairs(profiles, members, (), shared)
            continue
        for today, following in _day_windows(members, day_of, rule):
            _count_pairs(profiles, today, following, shared)
    return sorted((profiles[i].article, profiles[j].article) for (i, j), count in shared.items()
                  if count >= rule.min_shared)


def _day_windows(members: list[int], day_of: Sequence[int | None],
                 rule: TranslationRule) -> Iterator[tuple[list[int], list[int]]]:
    """A common anchor's dated pages by day: each day's pages with those of the next
    ``window_days`` days, where together they are at most ``max_posting``."""
    by_day: dict[int, list[int]] = defaultdict(list)
    for member in members:
        day = day_of[member]
        if day is not None:
            by_day[day].append(member)
    for day in sorted(by_day):
        following = [m for later in range(day + 1, day + rule.window_days + 1) for m in by_day.get(later, ())]
        if len(by_day[day]) + len(following) <= rule.max_posting:
            yield by_day[day], following


def _count_pairs(profiles: Sequence[Anchors], group: Sequence[int], later: Sequence[int],
                 shared: Counter[tuple[int, int]]) -> None:
    """One shared anchor more for each pair of different languages: within ``group``, and
    between ``group`` and ``later``."""
    for i, first in enumerate(group):
        language = profiles[first].language
        for second in (*group[i + 1:], *later):
            if profiles[second].language != language:
                shared[(first, second) if first < second else (second, first)] += 1
