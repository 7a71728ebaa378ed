"""Stage 5, text reuse, per article: what reuse needs of one article, computed in parallel.

:func:`profile` makes an article's :class:`TextProfile`: its comparable sentences, their
4-gram shingles (the candidate index's keys), narrative trigrams and content words (what
kept phrasing and vocabulary are measured on), and its names and numbers (anchors: what
tells one story's text from another story told in the same formulas). Everything is a
compact array: the corpus-wide stage holds 100,000 of them.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from provenance import dates, language
from provenance.models import Attribution, CleanedDocument
from provenance.reuse import shingles
from provenance.reuse.shingles import IntArray
from provenance.textspans import cased_words, sentences

#: Sentences shorter than this many words are not compared (datelines, "He added:").
MIN_SENTENCE_WORDS = 6

#: A sentence that is at least this share quoted speech counts as a quote.
QUOTED_SHARE = 0.5

#: Words per shingle in the candidate index: long enough to be rare, short enough that a
#: lightly reworded sentence (ratio 70+) still shares one with its source.
SHINGLE_WORDS = 4

_QUOTE_MARK = re.compile("``|''|[“”\"]")  # PA and other typewriter copy write ``quotes''
_OPENING, _CLOSING = ("“", "\"", "``"), ("”", "\"", "''")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_AVALANCHE = np.uint64(0xFF51AFD7ED558CCD)

@dataclass(frozen=True)
class TextProfile:
    """What text reuse needs of one article, compact enough to hold 100,000 of them.

    Computed per article (in parallel by the pipeline); the corpus-wide stage only reads it.
    Sentences shorter than :data:`MIN_SENTENCE_WORDS` words are left out, and so are a
    page's own date lines (:func:`provenance.dates.is_date_line`) and credit lines
    ("Reporting by …; Editing by …"): they say who and when, not what happened.
    """

    article: str
    starts: array[int]  # character offsets of each compared sentence
    ends: array[int]
    normals: tuple[str, ...]  # lower-cased word tokens joined by spaces
    word_counts: array[int]
    quoted: bytes  # 1 for a sentence that is mostly quoted speech
    shingles: array[int]  # CRC-32 of the word 4-grams, unique per sentence
    shingle_counts: array[int]  # shingles of each sentence, in order
    trigrams: array[int]  # sorted unique CRC-32 of the narrative word trigrams
    content_words: array[int]  # sorted unique CRC-32 of the words that are not function words or numbers
    #: per sentence, SIGNATURE_WORDS 64-bit words: its anchors' signature, then its words'
    anchors: array[int] = field(default_factory=lambda: array("Q"))
    #: sorted unique CRC-32 of the anchor keys of all compared sentences: the story's names and numbers
    story_anchors: array[int] = field(default_factory=lambda: array("I"))


def profile(cleaned: CleanedDocument, stopwords: frozenset[str] | None = None,
            outlet_quotes: frozenset[int] = frozenset()) -> TextProfile:
    """The article's comparable sentences, their shingles, narrative trigrams and content words.

    ``stopwords`` are the article's language's function words (English by default);
    ``outlet_quotes``: where quotations that reproduce an outlet's text close
    (:func:`outlet_quote_ends`), which count as narrative, not speech.
    """
    text = cleaned.document.text
    quoted_mask = _quoted_mask(cleaned, outlet_quotes)
    body = tuple(block for block in cleaned.paragraphs
                 if block.reason != "credit" and not dates.is_date_line(text[block.start:block.end]))
    starts, ends, counts = array("i"), array("i"), array("i")
    normals: list[str] = []
    quoted = bytearray()
    tokens: list[str] = []
    vocabulary: set[str] = set()
    function_words = language.stopwords("en") if stopwords is None else stopwords
    anchors = array("Q")
    story: set[str] = set()
    for span in sentences(text, body):
        found, normal, keys, signature = _sentence_profile(span.text, function_words)
        vocabulary.update(found)
        if len(found) < MIN_SENTENCE_WORDS:
            continue
        starts.append(span.start)
        ends.append(span.end)
        counts.append(len(found))
        quoted.append(quoted_mask.count(1, span.start, span.end) / max(1, span.end - span.start) >= QUOTED_SHARE)
        normals.append(normal)
        story.update(keys)
        anchors.extend(signature)
        tokens.extend(found)
    hashed = {word: zlib.crc32(word.encode("utf-8")) for word in vocabulary}  # once per distinct word
    token_hashes = np.fromiter((hashed[token] for token in tokens), dtype=np.uint64, count=len(tokens))
    sentence_of = np.repeat(np.arange(len(normals), dtype=np.int64), np.asarray(counts, dtype=np.int64))
    shingle_hashes, owners = _ngram_hashes(token_hashes, sentence_of, SHINGLE_WORDS)
    narrative = ~np.frombuffer(bytes(quoted), dtype=np.uint8).astype(bool)[sentence_of]
    trigrams, _ = _ngram_hashes(token_hashes[narrative], sentence_of[narrative], 3)
    content = _content_words(hashed, function_words)
    return TextProfile(cleaned.document.id, starts, ends, tuple(normals), counts, bytes(quoted),
                       array("I", shingle_hashes.tobytes()),
                       array("H", np.bincount(owners, minlength=len(normals)).astype(np.uint16).tobytes()),
                       _sorted_hashes(trigrams.astype(np.uint64)), content, anchors,
                       _sorted_hashes(np.array([zlib.crc32(key.encode("utf-8")) for key in story], dtype=np.uint64)))


#: Sentences whose words, anchors and signature are kept for reuse (per process): a pile's
#: copies repeat most sentences (72 % of the 10,000-article benchmark's), and each is read once.
SENTENCES_KEPT = 32_768


@lru_cache(maxsize=SENTENCES_KEPT)
def _sentence_profile(sentence: str, function_words: frozenset[str]) -> tuple[
        tuple[str, ...], str, tuple[str, ...], tuple[int, ...]]:
    """A sentence's lower-cased words, those joined by spaces, its anchor keys and its anchor
    signature: what :func:`profile` takes of it, which depends on its text alone."""
    tokens = cased_words(sentence)
    found = [token.group(0).lower() for token in tokens]
    if len(found) < MIN_SENTENCE_WORDS:
        return tuple(found), "", (), ()
    keys = anchor_keys(sentence, tokens, function_words)
    return (tuple(found), " ".join(found), tuple(keys),
            tuple(anchor_signature(sentence, tokens, function_words, keys, found)))


#: Anchors are the words (tokens of :func:`words`) that start with a capital or a digit,
#: after the sentence's first word and not right after a colon (a quotation's first word):
#: the names and numbers a copy or a rewrite keeps. Compared by their first ANCHOR_PREFIX
#: letters, lower-cased ("Russia", "Russian" and "Russia's" are one anchor).
ANCHOR_PREFIX = 5
#: Days, months and years: shared by unrelated stories of one week, they anchor nothing.
_CALENDAR = frozenset({"monda", "tuesd", "wedne", "thurs", "frida", "satur", "sunda", "janua", "febru", "march",
                       "april", "may", "june", "july", "augus", "septe", "octob", "novem", "decem", "jan", "feb",
                       "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Anchors two sentences must share to be one text when each has three or more: one shared
#: word of a name ("Observer" in "The Lelo Observer" and "The Kibim Observer") is a
#: formula's, not a story's. With fewer, one shared anchor is enough (a rewrite may write
#: "the US state department" for "the State Department").
SHARED_ANCHORS = 2
RICH_ANCHORS = 3


#: Bits of a signature: one per key (a 256-bit Bloom filter of one hash). At 20 words a
#: sentence, a name of another story falls on a word's bit about one time in thirteen.
SIGNATURE_BITS = 256
SIGNATURE_WORDS = SIGNATURE_BITS // 64


def anchor_keys(sentence: str, tokens: list[re.Match[str]], function_words: frozenset[str]) -> list[str]:
    """The sentence's anchors: its names and numbers as ANCHOR_PREFIX-letter keys (see above)."""
    keys = []
    for token in tokens[1:]:
        word = token.group(0)
        if not (word[:1].isupper() or word[:1].isdigit()) or sentence[max(0, token.start() - 2):token.start()] == ": ":
            continue
        lowered = word.lower()
        key = lowered[:ANCHOR_PREFIX]
        if key in _CALENDAR or lowered in function_words or _YEAR.fullmatch(key):
            continue
        keys.append(key)
    return keys


def anchor_signature(sentence: str, tokens: list[re.Match[str]], function_words: frozenset[str],
                     keys: list[str] | None = None, lowered: list[str] | None = None) -> list[int]:
    """The sentence's anchors (names and numbers), then all its words but function words,
    each as a SIGNATURE_BITS-bit signature in 64-bit parts (one bit per key, 0 for none).

    Two sentences whose anchors are mostly missing from each other's words (whatever their
    case: "the US state department" keeps "the State Department") tell different stories in
    one formula ("The Lelo Observer reported on Monday" and "The Zougres Evening News
    reported on Monday"), however alike their words (:func:`_one_formula`). ``keys``: the
    sentence's :func:`anchor_keys`, when already known; ``lowered``: its tokens lower-cased,
    when already known. A bit is set once per distinct key (setting it again changes nothing).
    """
    anchors = 0
    for key in set(anchor_keys(sentence, tokens, function_words) if keys is None else keys):
        anchors |= _signature_bit(key)
    words = [token.group(0).lower() for token in tokens] if lowered is None else lowered
    every = 0
    for prefix in {word[:ANCHOR_PREFIX] for word in words if word not in function_words}:
        every |= _signature_bit(prefix)
    mask = (1 << 64) - 1
    return [(value >> (64 * part)) & mask for value in (anchors, every) for part in range(SIGNATURE_WORDS)]


@lru_cache(maxsize=65_536)
def _signature_bit(key: str) -> int:
    """A key's bit in a signature (stable CRC-32), once per distinct key."""
    return 1 << (zlib.crc32(key.encode("utf-8")) % SIGNATURE_BITS)


def _content_words(hashed: dict[str, int], stopwords: frozenset[str]) -> array[int]:
    """Hashes of the words that carry content: what a paraphrase keeps of its source."""
    kept = [value for word, value in hashed.items() if word not in stopwords and not word.isdigit()]
    return _sorted_hashes(np.array(kept, dtype=np.uint64))


def _sorted_hashes(hashes: npt.NDArray[np.uint64]) -> array[int]:
    return array("I", shingles.sorted_unique(hashes).astype(np.uint32).tobytes())


def _ngram_hashes(token_hashes: npt.NDArray[np.uint64], sentence_of: IntArray,
                  size: int) -> tuple[npt.NDArray[np.uint32], IntArray]:
    """Stable 32-bit hashes of the word n-grams inside each sentence, unique per sentence.

    Each token is hashed once (CRC-32: stable, unlike Python's salted ``hash``); an n-gram's
    hash mixes its tokens' hashes in order, so n-grams cost a few array operations per
    article instead of a string join and a hash each.
    """
    count = len(token_hashes) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64)
    combined = token_hashes[:count].copy()
    for offset in range(1, size):
        combined = combined * _MIX + token_hashes[offset:offset + count]
    within = sentence_of[:count] == sentence_of[size - 1:size - 1 + count]
    combined = combined[within]
    combined ^= combined >> np.uint64(33)  # MurmurHash3's finaliser: every input bit reaches the low 32
    combined *= _AVALANCHE
    combined ^= combined >> np.uint64(33)
    owners, hashes = shingles.unpack(shingles.sorted_unique(shingles.pack(sentence_of[:count][within],
                                                                         combined & np.uint64(0xFFFFFFFF))))
    return hashes.astype(np.uint32), owners


#: What may stand between a quotation's closing mark and the outlet it is credited to:
#: "…,” Reuters reports", "…”, writes the Post", "…” (Reuters)".
_AFTER_QUOTE = re.compile(r"[\s,.:;(–—-]{0,4}")


def outlet_quote_ends(text: str, attributions: Iterable[Attribution]) -> frozenset[int]:
    """Where each quotation credited to a news outlet right after it closes: "“Britain's
    cyber agency said on Friday …,” Reuters reports." An aggregator quoting a wire's
    paragraphs reproduces the wire's text, which is copying, not someone's speech that every
    report of the story repeats; such a quotation counts as narrative in the reuse stage."""
    ends = set()
    for attribution in attributions:
        if attribution.kind not in ("outlet", "dateline") or attribution.role == "conduit":
            continue
        start = min(attribution.source.start, attribution.cue.start if attribution.cue else attribution.source.start)
        before = text[max(0, start - 6):start]
        for mark in _CLOSING:
            at = before.rfind(mark)
            if at >= 0 and _AFTER_QUOTE.fullmatch(before[at + len(mark):]):
                ends.add(start - len(before) + at + len(mark))
                break
    return frozenset(ends)


def _quoted_mask(cleaned: CleanedDocument, outlet_quotes: frozenset[int] = frozenset()) -> bytearray:
    """1 for every character inside quotation marks, tracked across sentences.

    A quote left open at the end of a paragraph closes there: news style reopens a
    multi-paragraph quote with a fresh opening mark, and unbalanced marks must not turn
    the rest of the article into a quote. A quotation closing where an outlet is credited
    (``outlet_quotes``) is that outlet's text and stays unmarked.
    """
    text = cleaned.document.text
    mask = bytearray(len(text))
    for block in cleaned.blocks:
        inside_from: int | None = None
        for mark in _QUOTE_MARK.finditer(text, block.start, block.end):
            char, index = mark.group(0), mark.start()
            if inside_from is None and char in _OPENING:
                inside_from = index
            elif inside_from is not None and char in _CLOSING:
                if mark.end() not in outlet_quotes:
                    mask[inside_from:mark.end()] = b"\x01" * (mark.end() - inside_from)
                inside_from = None
        if inside_from is not None:  # left open: the quote closes at the paragraph's end
            mask[inside_from:block.end] = b"\x01" * (block.end - inside_from)
    return mask
