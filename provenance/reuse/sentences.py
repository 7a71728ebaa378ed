"""Stage 5, text reuse: which articles share passages, and how much that says.

Sentences of different articles are compared with rapidfuzz (normalised Indel
similarity on lower-cased word tokens). A passage's weight as evidence of copying falls
with its *spread* (how many articles carry it: the famous quote every outlet repeats
says little about who copied whom) and with the share of it that is quoted speech
(quotes are meant to be repeated; narrative wording is not).

1. :func:`profile`, per article (in parallel): comparable sentences, their 4-gram
   shingles, narrative trigrams and content words, as compact arrays.
2. :func:`find_links`, for the corpus: candidate sentence pairs from the shingle index
   (:mod:`provenance.reuse.shingles`), scored in batches; each left sentence keeps its best
   match per article; per-pair figures in bulk; the link decision; passages made when
   read (:mod:`provenance.passages`).
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from provenance import language
from provenance.config import Progress
from provenance.models import CleanedDocument, Passage, ReuseLink
from provenance.passages import MatchColumns, PassageMaker, PassageRange, SentenceSpans
from provenance.reuse import overlap, shingles
from provenance.reuse.shingles import IntArray
from provenance.textspans import cased_words, sentences

#: Sentences shorter than this many words are not compared (datelines, "He added:").
MIN_SENTENCE_WORDS = 6
#: Two sentences match at this rapidfuzz ratio (0-100). On the seeds, rewrites of one
#: wire sentence score 71-97 and unrelated sentences on the same story at most 67.
MATCH_RATIO = 70.0
#: Sentences this similar (but under MATCH_RATIO) are kept as paraphrase evidence of a
#: link made by containment; they do not count towards the link weight.
PARAPHRASE_RATIO = 55.0
#: A rewrite keeps its source's phrasing in places: two articles are also linked when at
#: least this share of one's narrative word trigrams occur in the other (and at least
#: MIN_SHARED_TRIGRAMS of them). Calibrated on METER (docs/evaluation.md): 0.10 finds more
#: of its rewrites, but two seed articles that both paraphrase the Washington Post without
#: copying each other share 0.10 of their trigrams; 0.15 keeps a margin above that.
CONTAINMENT_LINK = 0.15
MIN_SHARED_TRIGRAMS = 12
#: A heavy paraphrase keeps its source's vocabulary but little of its phrasing: two articles
#: are also linked when at least CONTENT_LINK of one's content words (not function words,
#: not numbers) occur in the other and at least PARAPHRASE_CONTAINMENT of its narrative
#: trigrams do. Chosen by 5-fold cross-validation by story on METER among the settings
#: that keep every verdict on the seeds and the bundled example with a 0.05 margin (the
#: closest independent pairs there share 0.42-0.44 of their content words); reproduce with
#: benchmarks/calibrate_paraphrase_rule.py (docs/evaluation.md).
CONTENT_LINK = 0.55
PARAPHRASE_CONTAINMENT = 0.08
#: A sentence that is at least this share quoted speech counts as a quote.
QUOTED_SHARE = 0.5
#: A pair linked by kept phrasing or vocabulary alone (rules 2 and 3, below the link weight)
#: must also share at least STORY_ANCHORS of its names and numbers and STORY_ANCHOR_SHARE of
#: the smaller article's (:func:`_one_story`). Calibrated on the realistic synthetic corpus
#: (2,010 articles, seed 7: translations of different stories into one language, linked by
#: the house formulas they share, rooted right 70 of 149 times without the rule, 140 with
#: it) against METER, where every pair is of one story and the rule can only lose links:
#: shares 0.20 / 0.25 / 0.30 / 0.34 cost derived-vs-non F1 0.003 / 0.003 / 0.006 / 0.010
#: and gave root accuracy 0.987 / 0.996 / 0.997 / 0.997 on the corpus (0.949 without).
STORY_ANCHORS = 2
STORY_ANCHOR_SHARE = 0.25
#: Passages carried by more articles than this lose weight as 2/spread.
RARE_SPREAD = 2
#: Two articles are linked when their narrative (unquoted) passages weigh at least this
#: many similarity-weighted words: about one long shared sentence.
LINK_MIN_WEIGHT = 20.0


#: Words per shingle in the candidate index: long enough to be rare, short enough that a
#: lightly reworded sentence (ratio 70+) still shares one with its source.
SHINGLE_WORDS = 4
#: Candidate sentence pairs scored by one call of rapidfuzz's ``cpdist`` (C++, no Python
#: loop per pair) and between two progress reports.
SCORE_BATCH = 1_000_000


_QUOTE_MARK = re.compile("``|''|[“”\"]")  # PA and other typewriter copy write ``quotes''
_OPENING, _CLOSING = ("“", "\"", "``"), ("”", "\"", "''")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_AVALANCHE = np.uint64(0xFF51AFD7ED558CCD)


@dataclass(frozen=True)
class TextProfile:
    """What text reuse needs of one article, compact enough to hold 100,000 of them.

    Computed per article (in parallel by the pipeline); the corpus-wide stage only reads it.
    Sentences shorter than :data:`MIN_SENTENCE_WORDS` words are left out.
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


@dataclass(frozen=True)
class _Matches:
    """Best sentence match per (left sentence, right article), as global sentence numbers."""

    left: IntArray
    right: IntArray
    scores: npt.NDArray[np.float64]
    #: Every article pair sharing a shingle (``left << 32 | right``), with a match or not:
    #: a heavy paraphrase may share vocabulary and a few phrases but no similar sentence.
    article_pairs: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))


def profile(cleaned: CleanedDocument, stopwords: frozenset[str] | None = None) -> TextProfile:
    """The article's comparable sentences, their shingles, narrative trigrams and content words.

    ``stopwords`` are the article's language's function words (English by default).
    """
    text = cleaned.document.text
    quoted_mask = _quoted_mask(cleaned)
    body = cleaned.paragraphs
    starts, ends, counts = array("i"), array("i"), array("i")
    normals: list[str] = []
    quoted = bytearray()
    tokens: list[str] = []
    vocabulary: set[str] = set()
    function_words = language.stopwords("en") if stopwords is None else stopwords
    anchors = array("Q")
    story: set[str] = set()
    for span in sentences(text, body):
        tokens_here = cased_words(span.text)
        found = [token.group(0).lower() for token in tokens_here]
        vocabulary.update(found)
        if len(found) < MIN_SENTENCE_WORDS:
            continue
        starts.append(span.start)
        ends.append(span.end)
        counts.append(len(found))
        quoted.append(quoted_mask.count(1, span.start, span.end) / max(1, span.end - span.start) >= QUOTED_SHARE)
        normals.append(" ".join(found))
        keys = anchor_keys(span.text, tokens_here, function_words)
        story.update(keys)
        anchors.extend(anchor_signature(span.text, tokens_here, function_words, keys))
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
        key = word.lower()[:ANCHOR_PREFIX]
        if key in _CALENDAR or word.lower() in function_words or _YEAR.fullmatch(key):
            continue
        keys.append(key)
    return keys


def anchor_signature(sentence: str, tokens: list[re.Match[str]], function_words: frozenset[str],
                     keys: list[str] | None = None) -> list[int]:
    """The sentence's anchors (names and numbers), then all its words but function words,
    each as a SIGNATURE_BITS-bit signature in 64-bit parts (one bit per key, 0 for none).

    Two sentences whose anchors are mostly missing from each other's words (whatever their
    case: "the US state department" keeps "the State Department") tell different stories in
    one formula ("The Lelo Observer reported on Monday" and "The Zougres Evening News
    reported on Monday"), however alike their words (:func:`_one_formula`). ``keys``: the
    sentence's :func:`anchor_keys`, when already known."""
    anchors = 0
    for key in anchor_keys(sentence, tokens, function_words) if keys is None else keys:
        anchors |= 1 << (zlib.crc32(key.encode("utf-8")) % SIGNATURE_BITS)
    every = 0
    for word in (token.group(0).lower() for token in tokens):
        if word not in function_words:
            every |= 1 << (zlib.crc32(word[:ANCHOR_PREFIX].encode("utf-8")) % SIGNATURE_BITS)
    mask = (1 << 64) - 1
    return [(value >> (64 * part)) & mask for value in (anchors, every) for part in range(SIGNATURE_WORDS)]


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


def find_links(documents: tuple[CleanedDocument, ...], progress: Progress | None = None,
               profiles: tuple[TextProfile, ...] | None = None, threads: int = 1,
               scorer: PairScorer | None = None) -> tuple[ReuseLink, ...]:
    """Every pair of articles whose shared passages pass :data:`LINK_MIN_WEIGHT` or containment.

    ``profiles`` (one per document, from :func:`profile`) may be computed beforehand, in
    parallel; they are computed here otherwise. ``threads`` score sentence pairs in C++
    (rapidfuzz's own threads; the scores do not depend on how many). ``scorer`` makes and
    scores the candidate sentence pairs elsewhere (the Spark engine, on a cluster); by
    default they are made here from the shingle index. Either way the links are the same.
    """
    texts = {doc.document.id: doc.document.text for doc in documents}
    table = _SentenceTable(tuple(sorted(profiles or tuple(profile(doc) for doc in documents),
                                        key=lambda item: item.article)), threads)
    matches = _best_matches(table, progress) if scorer is None else _scored_matches(table, scorer(table.layout))
    spread = _spread(table, matches)
    return tuple(_links(table, matches, spread, texts))


@dataclass(frozen=True)
class SentenceLayout:
    """How the corpus's compared sentences are numbered: articles in id order, each
    article's sentences from ``offsets[i]`` to ``offsets[i + 1]`` (global numbers)."""

    articles: tuple[str, ...]
    offsets: IntArray


@dataclass(frozen=True)
class ScoredPairs:
    """Candidate sentence pairs (global numbers, left's article first) scored at
    :data:`PARAPHRASE_RATIO` or more, and every article pair that shared a shingle
    (``left << 32 | right``), scored high or not."""

    left: IntArray
    right: IntArray
    scores: npt.NDArray[np.float64]
    article_pairs: npt.NDArray[np.uint64]


#: Makes and scores the candidate pairs of a layout (see :func:`find_links`).
PairScorer = Callable[[SentenceLayout], ScoredPairs]


def sentence_keys(item: TextProfile, offset: int) -> npt.NDArray[np.uint64]:
    """The shingle index's keys of one article: ``shingle << 32 | global sentence number``."""
    owners = np.repeat(np.arange(len(item.shingle_counts), dtype=np.uint64),
                       np.frombuffer(item.shingle_counts, dtype=np.uint16))
    return shingles.pack(np.frombuffer(item.shingles, dtype=np.uint32), owners + np.uint64(offset))


def sentence_anchors(item: TextProfile) -> npt.NDArray[np.uint64]:
    """One row per compared sentence: its anchors' signature, then its words' (zeros if none)."""
    width = 2 * SIGNATURE_WORDS
    if len(item.anchors):
        return np.frombuffer(item.anchors, dtype=np.uint64).reshape(-1, width)
    return np.zeros((len(item.normals), width), dtype=np.uint64)


def score_pairs(left_normals: Sequence[str], left_anchors: npt.NDArray[np.uint64], left: IntArray,
                right_normals: Sequence[str], right_anchors: npt.NDArray[np.uint64], right: IntArray,
                threads: int = 1, progress: Progress | None = None,
                stage: str = "aligning") -> npt.NDArray[np.float64]:
    """rapidfuzz ratio of each sentence pair (``left[k]``, ``right[k]``: positions in the two
    sentence lists), in batches of :data:`SCORE_BATCH`; 0 under :data:`PARAPHRASE_RATIO` or
    where the two share a wording but not the names and numbers of one story (:func:`_one_formula`)."""
    scores = np.zeros(len(left), dtype=np.float64)
    for start in range(0, len(left), SCORE_BATCH):
        stop = min(len(left), start + SCORE_BATCH)
        mine, theirs = left[start:stop], right[start:stop]
        batch = process.cpdist([left_normals[i] for i in mine.tolist()], [right_normals[j] for j in theirs.tolist()],
                               scorer=fuzz.ratio, score_cutoff=PARAPHRASE_RATIO, dtype=np.float64, workers=threads)
        batch[_one_formula(left_anchors[mine], right_anchors[theirs])] = 0.0
        scores[start:stop] = batch
        if progress is not None:
            progress(stage, stop, len(left))
    return scores


class _SentenceTable:
    """Every compared sentence of the corpus under one global number, articles in id order."""

    def __init__(self, profiles: tuple[TextProfile, ...], threads: int = 1) -> None:
        self.profiles = profiles
        self.threads = threads  # for the bulk steps whose NumPy work runs without the interpreter lock
        counts = np.array([len(item.normals) for item in profiles], dtype=np.int64)
        self.offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        self.article_of = np.repeat(np.arange(len(profiles), dtype=np.int64), counts)
        self.normals = [normal for item in profiles for normal in item.normals]
        self.word_counts = self._joined([item.word_counts for item in profiles])
        self.quoted = np.frombuffer(b"".join(item.quoted for item in profiles), dtype=np.uint8).astype(bool)
        self.starts = self._joined([item.starts for item in profiles])
        self.ends = self._joined([item.ends for item in profiles])
        self.anchors = np.concatenate([sentence_anchors(item) for item in profiles]
                                      or [np.zeros((0, 2 * SIGNATURE_WORDS), dtype=np.uint64)])

    @property
    def layout(self) -> SentenceLayout:
        return SentenceLayout(tuple(item.article for item in self.profiles), self.offsets)

    @cached_property
    def trigram_sets(self) -> overlap.HashSets:
        return overlap.HashSets.of([item.trigrams for item in self.profiles])

    @cached_property
    def content_sets(self) -> overlap.HashSets:
        return overlap.HashSets.of([item.content_words for item in self.profiles])

    @cached_property
    def anchor_sets(self) -> overlap.HashSets:
        return overlap.HashSets.of([item.story_anchors for item in self.profiles])

    @staticmethod
    def _joined(parts: list[array[int]]) -> IntArray:
        return np.concatenate([np.asarray(part, dtype=np.int64) for part in parts] or [np.zeros(0, dtype=np.int64)])

    def index(self) -> shingles.SentenceIndex:
        """The shingle index: keys written profile by profile into one array (no temporary copies)."""
        keys = np.empty(sum(len(item.shingles) for item in self.profiles), dtype=np.uint64)
        position = 0
        for number, item in enumerate(self.profiles):
            count = len(item.shingles)
            keys[position:position + count] = sentence_keys(item, int(self.offsets[number]))
            position += count
        return shingles.build_index(keys, self.article_of)


def _best_matches(table: _SentenceTable, progress: Progress | None) -> _Matches:
    """Score every candidate sentence pair; keep each left sentence's best per right article.

    A tie keeps the lower-numbered right sentence. The result is ordered by left article,
    right article, left sentence.
    """
    index = table.index()
    passes = shingles.passes_for(index)
    kept: list[_Matches] = []
    article_pairs = []
    for number, (left, right) in enumerate(shingles.candidate_pairs(index, passes), start=1):
        scores = _scores(table, left, right, progress, f"aligning (pass {number}/{passes})" if passes > 1
                         else "aligning")
        kept.append(_keep_best(table, left, right, scores))
        article_pairs.append(shingles.sorted_unique(shingles.pack(table.article_of[left], table.article_of[right])))
    left = np.concatenate([m.left for m in kept])
    right = np.concatenate([m.right for m in kept])
    scores = np.concatenate([m.scores for m in kept])
    order = np.lexsort((left, table.article_of[right], table.article_of[left]))
    return _Matches(left[order], right[order], scores[order], np.concatenate(article_pairs))


def _scored_matches(table: _SentenceTable, scored: ScoredPairs) -> _Matches:
    """:func:`_best_matches` from pairs made and scored elsewhere."""
    kept = _keep_best(table, scored.left, scored.right, scored.scores)
    order = np.lexsort((kept.left, table.article_of[kept.right], table.article_of[kept.left]))
    return _Matches(kept.left[order], kept.right[order], kept.scores[order], scored.article_pairs)


def _keep_best(table: _SentenceTable, left: IntArray, right: IntArray,
               scores: npt.NDArray[np.float64]) -> _Matches:
    """Each left sentence's best match at :data:`PARAPHRASE_RATIO` or more in each right article."""
    keep = scores >= PARAPHRASE_RATIO
    left, right, scores = left[keep], right[keep], scores[keep]
    right_article = table.article_of[right]
    order = np.lexsort((right, -scores, right_article, left))
    left, right, scores, right_article = left[order], right[order], scores[order], right_article[order]
    first = np.ones(len(left), dtype=bool)
    first[1:] = (left[1:] != left[:-1]) | (right_article[1:] != right_article[:-1])
    return _Matches(left[first], right[first], scores[first])


def _scores(table: _SentenceTable, left: IntArray, right: IntArray, progress: Progress | None,
            stage: str) -> npt.NDArray[np.float64]:
    """:func:`score_pairs` of global sentence numbers."""
    return score_pairs(table.normals, table.anchors, left, table.normals, table.anchors, right, table.threads,
                       progress, stage)


def _one_formula(mine: npt.NDArray[np.uint64], theirs: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Sentence pairs that share a wording but not the names and numbers of one story:
    both have anchors, and fewer of either's anchors are among the other's words than
    SHARED_ANCHORS (or than all of them, for a sentence with fewer than RICH_ANCHORS)."""
    def count(bits: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        return np.bitwise_count(bits).astype(np.int64).sum(axis=1)

    def kept(anchors: npt.NDArray[np.uint64], other: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        return count(anchors[:, :SIGNATURE_WORDS] & other[:, SIGNATURE_WORDS:])

    have_mine, have_theirs = count(mine[:, :SIGNATURE_WORDS]), count(theirs[:, :SIGNATURE_WORDS])
    shared = np.maximum(kept(mine, theirs), kept(theirs, mine))
    needed = np.where(np.minimum(have_mine, have_theirs) >= RICH_ANCHORS, SHARED_ANCHORS, 1)
    return (have_mine > 0) & (have_theirs > 0) & (shared < needed)


def _spread(table: _SentenceTable, matches: _Matches) -> IntArray:
    """How many articles carry each sentence: itself and every article matching it."""
    strong = matches.scores >= MATCH_RATIO
    left, right = matches.left[strong], matches.right[strong]
    carried = shingles.sorted_unique(np.concatenate((shingles.pack(left, table.article_of[right]),
                                                     shingles.pack(right, table.article_of[left]))))
    sentence, _ = shingles.unpack(carried)
    return np.bincount(sentence, minlength=len(table.normals)).astype(np.int64) + 1


@dataclass(frozen=True)
class _PairFigures:
    """Per article pair (a run of matches), computed for all pairs at once with NumPy."""

    starts: IntArray  # first match of each pair
    stops: IntArray
    left_articles: IntArray
    right_articles: IntArray
    weights: npt.NDArray[np.float64]
    narrative_similarity: npt.NDArray[np.float64]
    left_words: IntArray  # words of the left article in matched sentences
    right_words: IntArray
    longest: IntArray  # words of the longest close passage


def _links(table: _SentenceTable, matches: _Matches, spread: IntArray, texts: dict[str, str]) -> list[ReuseLink]:
    """Decide each article pair with matches; linked pairs get their passages (made when read)."""
    article_words = [sum(item.word_counts) for item in table.profiles]
    if len(matches.left) == 0:
        return _paraphrase_links(table, matches, np.zeros(0, dtype=np.uint64))
    figures = _pair_figures(table, matches, spread)
    links = _paraphrase_links(table, matches, shingles.pack(figures.left_articles, figures.right_articles))
    maker = _passage_maker(table, matches, spread, texts)
    shared = overlap.shared_counts(table.trigram_sets, figures.left_articles, figures.right_articles, table.threads)
    linked = figures.weights >= LINK_MIN_WEIGHT
    light = ~linked
    linked[light] = _rewritten(table, figures.left_articles[light], figures.right_articles[light], shared[light])
    sizes = table.trigram_sets.sizes
    for start, stop, a_number, b_number, weight, similarity, a_words, b_words, longest, contained_a, contained_b in zip(
            *(column[linked].tolist() for column in (
                figures.starts, figures.stops, figures.left_articles, figures.right_articles, figures.weights,
                figures.narrative_similarity, figures.left_words, figures.right_words, figures.longest,
                _shares(shared, sizes[figures.left_articles]), _shares(shared, sizes[figures.right_articles]))),
            strict=True):
        a, b = table.profiles[a_number], table.profiles[b_number]
        links.append(ReuseLink(a.article, b.article, PassageRange(maker, start, stop),
                               _share(a_words, article_words[a_number]),
                               _share(b_words, article_words[b_number]), round(weight, 2),
                               round(contained_a, 3), round(contained_b, 3), round(similarity, 3), longest))
    return sorted(links, key=lambda link: (link.a, link.b))


def _paraphrase_links(table: _SentenceTable, matches: _Matches,
                      matched: npt.NDArray[np.uint64]) -> list[ReuseLink]:
    """Article pairs that share a shingle but no similar sentence, linked by vocabulary and phrasing.

    ``matched`` are the packed article pairs that have sentence matches (decided elsewhere).
    They carry no passages: the evidence is the share of trigrams and words they keep.
    """
    left, right = shingles.unpack(np.setdiff1d(matches.article_pairs, matched, assume_unique=True))
    shared = overlap.shared_counts(table.trigram_sets, left, right, table.threads)
    linked = _rewritten(table, left, right, shared)
    sizes = table.trigram_sets.sizes
    links = []
    for a_number, b_number, contained_a, contained_b in zip(
            *(column[linked].tolist() for column in (left, right, _shares(shared, sizes[left]),
                                                     _shares(shared, sizes[right]))), strict=True):
        links.append(ReuseLink(table.profiles[a_number].article, table.profiles[b_number].article, (), 0.0, 0.0, 0.0,
                               round(contained_a, 3), round(contained_b, 3), 0.0))
    return links


def _pair_figures(table: _SentenceTable, matches: _Matches, spread: IntArray) -> _PairFigures:
    """Weight, narrative similarity and matched words of every article pair, as in :func:`passage_weight`."""
    left_article, right_article = table.article_of[matches.left], table.article_of[matches.right]
    starts = np.flatnonzero(np.concatenate(([True], (left_article[1:] != left_article[:-1])
                                            | (right_article[1:] != right_article[:-1]))))
    stops = np.append(starts[1:], len(matches.left))
    similarity = _rounded_similarities(matches.scores)
    words_ = np.minimum(table.word_counts[matches.left], table.word_counts[matches.right])
    carriers = np.maximum(spread[matches.left], spread[matches.right])
    rarity = np.where(carriers <= RARE_SPREAD, 1.0, RARE_SPREAD / carriers)
    close = similarity * 100 >= MATCH_RATIO
    narrative = close & ~(table.quoted[matches.left] | table.quoted[matches.right])
    weights = np.add.reduceat(np.where(narrative, words_ * similarity * rarity, 0.0), starts)
    narrative_words = np.add.reduceat(np.where(narrative, words_, 0), starts)
    close_words = np.add.reduceat(np.where(close, words_, 0), starts)
    narrative_mean = np.add.reduceat(np.where(narrative, similarity * words_, 0.0), starts) / np.maximum(
        narrative_words, 1)
    close_mean = np.add.reduceat(np.where(close, similarity * words_, 0.0), starts) / np.maximum(close_words, 1)
    mean = np.where(narrative_words > 0, narrative_mean, close_mean)
    pair_of_match = np.repeat(np.arange(len(starts), dtype=np.int64), stops - starts)
    pair, right = shingles.unpack(shingles.sorted_unique(shingles.pack(pair_of_match, matches.right)))
    right_words = np.bincount(pair, weights=table.word_counts[right], minlength=len(starts)).astype(np.int64)
    left_words = np.add.reduceat(table.word_counts[matches.left], starts)
    longest = np.maximum.reduceat(np.where(close, words_, 0), starts)
    return _PairFigures(starts, stops, left_article[starts], right_article[starts], weights, mean, left_words,
                        right_words, longest)


def _rounded_similarities(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """``round(score / 100, 3)`` exactly as Python rounds, once per distinct score."""
    distinct, inverse = np.unique(scores, return_inverse=True)
    return np.array([round(score / 100, 3) for score in distinct.tolist()], dtype=np.float64)[inverse]


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _passage_maker(table: _SentenceTable, matches: _Matches, spread: IntArray,
                   texts: dict[str, str]) -> PassageMaker:
    """What passages need, without the table: the profiles can go once links are made."""
    where = SentenceSpans(table.starts, table.ends, table.article_of, [item.article for item in table.profiles],
                          texts)
    return PassageMaker(where, MatchColumns(
        matches.left, matches.right, matches.scores,
        np.minimum(table.word_counts[matches.left], table.word_counts[matches.right]),
        table.quoted[matches.left] | table.quoted[matches.right],
        np.maximum(spread[matches.left], spread[matches.right])))


def _shares(shared: IntArray, sizes: IntArray) -> npt.NDArray[np.float64]:
    """The share of each hash set (of ``sizes``) that the other article of its pair shares,
    0 for an empty set (the same IEEE division as Python's)."""
    return np.where(sizes > 0, shared / np.maximum(sizes, 1), 0.0)


def _rewritten(table: _SentenceTable, left: IntArray, right: IntArray, shared: IntArray) -> npt.NDArray[np.bool_]:
    """Which pairs are linked by kept phrasing (trigram containment, ``shared`` trigrams) or by
    a paraphrase's kept vocabulary (content words, counted only where phrasing is in between)."""
    sizes = table.trigram_sets.sizes
    phrasing = np.maximum(_shares(shared, sizes[left]), _shares(shared, sizes[right]))
    linked = (phrasing >= CONTAINMENT_LINK) & (shared >= MIN_SHARED_TRIGRAMS)
    unsure = ~linked & (phrasing >= PARAPHRASE_CONTAINMENT)
    content = table.content_sets
    kept = overlap.shared_counts(content, left[unsure], right[unsure], table.threads)
    vocabulary = np.maximum(_shares(kept, content.sizes[left[unsure]]), _shares(kept, content.sizes[right[unsure]]))
    linked[unsure] = vocabulary >= CONTENT_LINK
    linked[linked] = _one_story(table, left[linked], right[linked])
    return linked


def _one_story(table: _SentenceTable, left: IntArray, right: IntArray) -> npt.NDArray[np.bool_]:
    """Pairs that keep each other's names and numbers: at least STORY_ANCHORS of them (every
    one when an article has fewer) and at least STORY_ANCHOR_SHARE of the smaller set. Kept
    phrasing without them is a house formula shared by different stories, not one text."""
    anchors = table.anchor_sets
    shared = overlap.shared_counts(anchors, left, right, table.threads)
    fewest = np.minimum(anchors.sizes[left], anchors.sizes[right])
    return (shared >= np.minimum(STORY_ANCHORS, fewest)) & (shared >= STORY_ANCHOR_SHARE * fewest)


def passage_weight(passage: Passage) -> float:
    """Similarity-weighted words of a narrative passage, discounted by its spread."""
    if passage.quoted or passage.similarity * 100 < MATCH_RATIO:
        return 0.0
    rarity = 1.0 if passage.spread <= RARE_SPREAD else RARE_SPREAD / passage.spread
    return passage.words * passage.similarity * rarity


def _quoted_mask(cleaned: CleanedDocument) -> bytearray:
    """1 for every character inside quotation marks, tracked across sentences.

    A quote left open at the end of a paragraph closes there: news style reopens a
    multi-paragraph quote with a fresh opening mark, and unbalanced marks must not turn
    the rest of the article into a quote.
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
                mask[inside_from:mark.end()] = b"\x01" * (mark.end() - inside_from)
                inside_from = None
        if inside_from is not None:  # left open: the quote closes at the paragraph's end
            mask[inside_from:block.end] = b"\x01" * (block.end - inside_from)
    return mask


def compare_pair(first: CleanedDocument, second: CleanedDocument) -> ReuseLink:
    """The passages two articles share and their containment, whether or not they link.

    Every sentence of ``first`` is scored against every sentence of ``second`` (no index:
    two articles are cheap), and passages count as carried by both articles only.
    """
    a, b = profile(first), profile(second)
    table = _SentenceTable((a, b))
    left = np.repeat(np.arange(len(a.normals), dtype=np.int64), len(b.normals))
    right = np.tile(np.arange(len(b.normals), dtype=np.int64), len(a.normals)) + len(a.normals)
    matches = _keep_best(table, left, right, _scores(table, left, right, None, "aligning"))
    spread = np.full(len(table.normals), 2, dtype=np.int64)
    texts = {a.article: first.document.text, b.article: second.document.text}
    passages = _passage_maker(table, matches, spread, texts).between(0, len(matches.left))
    contained_a, contained_b, _ = overlap.containment(a.trigrams, b.trigrams)
    figures = _pair_figures(table, matches, spread) if passages else None
    return ReuseLink(a.article, b.article, passages,
                     _share(int(figures.left_words[0]), sum(a.word_counts)) if figures else 0.0,
                     _share(int(figures.right_words[0]), sum(b.word_counts)) if figures else 0.0,
                     round(float(figures.weights[0]), 2) if figures else 0.0, round(contained_a, 3),
                     round(contained_b, 3), round(float(figures.narrative_similarity[0]), 3) if figures else 0.0,
                     int(figures.longest[0]) if figures else 0)
