"""Stage 5, text reuse: which articles share passages, and how much that says.

Sentences of different articles are compared with rapidfuzz (normalised Indel
similarity on lower-cased word tokens). A passage's weight as evidence of copying falls
with its *spread* (how many articles carry it: the famous quote every outlet repeats
says little about who copied whom) and with the share of it that is quoted speech
(quotes are meant to be repeated; narrative wording is not).
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from provenance.config import Progress
from provenance.models import CleanedDocument, Passage, ReuseLink, Span
from provenance.textspans import sentences, words

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
#: A sentence that is at least this share quoted speech counts as a quote.
QUOTED_SHARE = 0.5
#: Passages carried by more articles than this lose weight as 2/spread.
RARE_SPREAD = 2
#: Two articles are linked when their narrative (unquoted) passages weigh at least this
#: many similarity-weighted words: about one long shared sentence.
LINK_MIN_WEIGHT = 20.0


#: Words per shingle in the candidate index: long enough to be rare, short enough that a
#: lightly reworded sentence (ratio 70+) still shares one with its source.
SHINGLE_WORDS = 4
#: Shingles in more articles than this are boilerplate or the famous quote: not indexed.
MAX_SHINGLE_ARTICLES = 50
#: Sentences per article addressed in the index (packed integers); later ones are ignored.
_SLOTS = 4096


_QUOTE_MARK = re.compile('[“”"]')


@dataclass(frozen=True)
class _Sentence:
    article: str
    span: Span
    normal: str
    word_count: int
    quoted: bool


Match = tuple["_Sentence", "_Sentence", float]


def find_links(documents: tuple[CleanedDocument, ...], progress: Progress | None = None) -> tuple[ReuseLink, ...]:
    """Every pair of articles whose shared narrative passages pass :data:`LINK_MIN_WEIGHT`."""
    by_article = {doc.document.id: _sentences(doc) for doc in documents}
    trigrams = {article: _narrative_trigrams(sentences) for article, sentences in by_article.items()}
    raw_pairs = _candidate_matches(by_article, progress)
    spread = _spread({pair: [m for m in matches if m[2] >= MATCH_RATIO] for pair, matches in raw_pairs.items()})
    links = []
    for (a, b), matches in raw_pairs.items():
        if not matches:
            continue
        passages = tuple(Passage(sa.span, sb.span, round(score / 100, 3), min(sa.word_count, sb.word_count),
                                 sa.quoted or sb.quoted, max(spread[(a, sa.span.start)], spread[(b, sb.span.start)]))
                         for sa, sb, score in matches)
        weight = sum(passage_weight(p) for p in passages)
        shared = trigrams[a] & trigrams[b]
        contained_a = len(shared) / len(trigrams[a]) if trigrams[a] else 0.0
        contained_b = len(shared) / len(trigrams[b]) if trigrams[b] else 0.0
        rewritten = max(contained_a, contained_b) >= CONTAINMENT_LINK and len(shared) >= MIN_SHARED_TRIGRAMS
        if weight >= LINK_MIN_WEIGHT or rewritten:
            links.append(ReuseLink(a, b, passages, _coverage(by_article[a], {p.a.start for p in passages}),
                                   _coverage(by_article[b], {p.b.start for p in passages}), round(weight, 2),
                                   round(contained_a, 3), round(contained_b, 3)))
    return tuple(links)


def _narrative_trigrams(sentences: list[_Sentence]) -> set[tuple[str, str, str]]:
    """Word trigrams of the article's unquoted sentences: what a rewrite keeps of its source."""
    found: set[tuple[str, str, str]] = set()
    for sentence in sentences:
        if not sentence.quoted:
            tokens = sentence.normal.split()
            found.update(zip(tokens, tokens[1:], tokens[2:], strict=False))
    return found


def passage_weight(passage: Passage) -> float:
    """Similarity-weighted words of a narrative passage, discounted by its spread."""
    if passage.quoted or passage.similarity * 100 < MATCH_RATIO:
        return 0.0
    rarity = 1.0 if passage.spread <= RARE_SPREAD else RARE_SPREAD / passage.spread
    return passage.words * passage.similarity * rarity


def _sentences(cleaned: CleanedDocument) -> list[_Sentence]:
    text = cleaned.document.text
    quoted = _quoted_mask(cleaned)
    body = tuple(b for b in cleaned.blocks if b.role == "body")
    result = []
    for span in sentences(text, body):
        tokens = words(span.text)
        if len(tokens) < MIN_SENTENCE_WORDS:
            continue
        inside = quoted.count(1, span.start, span.end)
        result.append(_Sentence(cleaned.document.id, span, " ".join(tokens), len(tokens),
                                inside / max(1, span.end - span.start) >= QUOTED_SHARE))
    return result


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
            if inside_from is None and char in "“\"":
                inside_from = index
            elif inside_from is not None and char in "”\"":
                mask[inside_from:index + 1] = b"\x01" * (index + 1 - inside_from)
                inside_from = None
        if inside_from is not None:  # left open: the quote closes at the paragraph's end
            mask[inside_from:block.end] = b"\x01" * (block.end - inside_from)
    return mask


def _shingles(sentence: _Sentence) -> set[int]:
    """Stable hashes (CRC-32, not Python's salted ``hash``) of the sentence's word 4-grams."""
    tokens = sentence.normal.split()
    return {zlib.crc32(" ".join(tokens[i:i + SHINGLE_WORDS]).encode("utf-8"))
            for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}


def _candidate_matches(by_article: dict[str, list[_Sentence]],
                       progress: Progress | None = None) -> dict[tuple[str, str], list[Match]]:
    """Best sentence matches per article pair, comparing only sentences that share a shingle.

    An inverted index of word 4-grams finds the candidates, so the cost grows with the
    text actually shared rather than with the square of the corpus. Shingles carried by
    more than :data:`MAX_SHINGLE_ARTICLES` articles are boilerplate and are not indexed.
    """
    names = sorted(by_article)
    index: dict[int, list[int]] = defaultdict(list)  # postings packed as article * SLOTS + sentence
    for number, article in enumerate(names):
        for position, sentence in enumerate(by_article[article][:_SLOTS]):
            for shingle in _shingles(sentence):
                index[shingle].append(number * _SLOTS + position)
    candidates: dict[tuple[int, int], set[int]] = defaultdict(set)  # sentence pairs packed likewise
    for postings in index.values():
        articles = {posting // _SLOTS for posting in postings}
        if len(articles) < 2 or len(articles) > MAX_SHINGLE_ARTICLES:
            continue
        for first, second in itertools.combinations(sorted(postings), 2):
            a, i = divmod(first, _SLOTS)
            b, j = divmod(second, _SLOTS)
            if a != b:
                candidates[(a, b)].add(i * _SLOTS + j)
    del index
    matches = {}
    for number, ((a, b), pairs) in enumerate(sorted(candidates.items()), start=1):
        if progress is not None and (number % 500 == 0 or number == len(candidates)):
            progress("aligning", number, len(candidates))
        matches[(names[a], names[b])] = _best_matches(by_article[names[a]], by_article[names[b]],
                                                      {divmod(packed, _SLOTS) for packed in pairs})
    return matches


def _best_matches(left: list[_Sentence], right: list[_Sentence], pairs: set[tuple[int, int]]) -> list[Match]:
    """For each sentence of ``left`` its best candidate in ``right`` at :data:`PARAPHRASE_RATIO` or more."""
    best: dict[int, tuple[float, int]] = {}
    for i, j in sorted(pairs):
        score = fuzz.ratio(left[i].normal, right[j].normal, score_cutoff=PARAPHRASE_RATIO)
        if score >= PARAPHRASE_RATIO and (i not in best or score > best[i][0]):
            best[i] = (score, j)
    return [(left[i], right[j], score) for i, (score, j) in sorted(best.items())]


def _spread(raw_pairs: dict[tuple[str, str], list[Match]]) -> dict[tuple[str, int], int]:
    """How many articles carry each sentence (itself and every article matching it)."""
    carriers: dict[tuple[str, int], set[str]] = defaultdict(set)
    for matches in raw_pairs.values():
        for left, right, _ in matches:
            carriers[(left.article, left.span.start)].update((left.article, right.article))
            carriers[(right.article, right.span.start)].update((left.article, right.article))
    return defaultdict(lambda: 1, {key: len(value) for key, value in carriers.items()})


def _coverage(article_sentences: list[_Sentence], matched_starts: set[int]) -> float:
    """Share of the article's words in sentences that matched (any passage, paraphrases too)."""
    total = sum(s.word_count for s in article_sentences)
    shared = sum(s.word_count for s in article_sentences if s.span.start in matched_starts)
    return round(shared / total, 3) if total else 0.0


def compare_pair(first: CleanedDocument, second: CleanedDocument) -> ReuseLink:
    """The passages two articles share and their containment, whether or not they link."""
    left, right = _sentences(first), _sentences(second)
    pairs = {(i, j) for i in range(len(left)) for j in range(len(right))}
    matches = _best_matches(left, right, pairs)
    passages = tuple(Passage(a.span, b.span, round(score / 100, 3), min(a.word_count, b.word_count),
                             a.quoted or b.quoted, 2) for a, b, score in matches)
    trigrams_a, trigrams_b = _narrative_trigrams(left), _narrative_trigrams(right)
    shared = trigrams_a & trigrams_b
    return ReuseLink(first.document.id, second.document.id, passages,
                     _coverage(left, {p.a.start for p in passages}), _coverage(right, {p.b.start for p in passages}),
                     round(sum(passage_weight(p) for p in passages), 2),
                     round(len(shared) / len(trigrams_a), 3) if trigrams_a else 0.0,
                     round(len(shared) / len(trigrams_b), 3) if trigrams_b else 0.0)
