"""Learned stance cues: the long tail of predicates that attribute a stance or act to a source.

Political news attributes far more than speech: "X declined", "X endorsed", "X wants",
"X has called for". A reporting-verb lexicon cannot list them all with good precision,
since most such verbs also have plain uses ("the bill passed"). Here a list of cue word
forms and a logistic model over simple features of (subject, verb) pairs decide which
pairs the rules of :mod:`provenance.attribution` missed are attributions. Both are
mined from PolNeAR's train part by ``benchmarks/train_stance_cues.py`` into
``provenance/data/stance_cues.json``; nothing here is tuned by hand.

Candidates are the noun phrase right before a cue word (:func:`noun_phrase_before`);
the model only adds sources the rules did not find, never removes one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, partial
from typing import Any

from provenance import resources
from provenance.models import Span
from provenance.nounphrases import noun_phrase_before, subject_before_apposition
from provenance.textspans import trie

_DATA_FILE = "stance_cues.json"
#: Features the extractor adds to a candidate: what the subject classifies as, and whether
#: its head word was already a source in the article ("Trump said …" … "Trump wants").
LATE_FEATURES = ("kind:", "known:", "v|kind:")
#: A subject is looked for this many characters before its cue (longer ones are clauses).
_WINDOW = 150
_AUXILIARY = (r"(?:(?:has|have|had|did|does|do|will|would|could|can|may|might|should|must)(?:n[’']t)?\s+)?"
              r"(?:(?:is|are|was|were|been|be)(?:n[’']t)?\s+(?=[a-z]+ing\b))?")  # progressive, never passive
_ADVERB = (r"(?:(?:not|also|never|again|already|still|just|even|now|then|later|once|first|further|often|long|both|all|"
           r"quickly|repeatedly|publicly|privately|openly|reportedly|recently|previously|initially|originally|"
           r"immediately|strongly|firmly|flatly|explicitly|frequently|personally|directly|quietly|sharply)\s+)*")
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who", "which", "that", "this", "one", "both",
                       "some", "many", "most", "others", "each", "all", "those", "these", "everyone", "nobody"})
_ENDS_COORDINATED = re.compile(r"\b(?:and|but)$")
_COORDINATED = re.compile(r"(?:,|\band|\bbut)\s+$")
_TRAILING_RELATIVE = re.compile(r"(?<=\S)\s*,?\s+(?:who|which|that)$", re.IGNORECASE)
_OPENING = re.compile(r"[“\"‘']?(?!(?:The|A|An|In|On|At|For|With|After|Before|When|While|If|As|But|And|So|Yet|Then|"
                      r"This|That|These|Those|There|Here|It|Its|His|Her|Their|Our|My|According|Also)\b)"
                      r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+"
                      r"|He|She|They|We|I)(?=\s+[a-z])")
_NEXT = re.compile(r"\s*(?P<tok>[“”\"‘’':,.;—–(]|[A-Za-z][\w’'-]*)?")
_PREVIOUS = re.compile(r"(?P<tok>[“”\"‘’':,.;—–(]|[A-Za-z][\w’'-]*)\s*$")
_CLOSED = frozenset({"because", "when", "if", "while", "after", "before", "since", "although", "though", "but",
                     "where", "what", "whom", "whether", "than", "so", "yet", "or", "there", "how", "why",
                     "that", "to", "the", "a", "an", "he", "she", "it", "they", "on", "in", "for", "of",
                     "about", "with", "his", "her", "their", "him", "them", "this", "as", "at", "by", "up",
                     "out", "off", "back", "down", "and", "not", "is", "was", "be", "we", "i", "you"})


@dataclass(frozen=True)
class Candidate:
    """A subject and the cue after it, with the features the model scores."""

    source: Span
    cue: Span
    features: tuple[str, ...]


@dataclass(frozen=True)
class StanceModel:
    """Cue word forms, feature weights and the acceptance threshold of one language."""

    cue: re.Pattern[str]
    weights: dict[str, float]
    bias: float
    threshold: float

    def logit(self, features: Iterable[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in features)

    def probability(self, features: Iterable[str]) -> float:
        """Logistic score: how likely the subject is an annotated source of this cue."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(features)))))

    def hopeless(self, candidate: Candidate) -> bool:
        """True when even the best late features cannot lift the candidate to the threshold:
        the extractor then skips classifying its subject (the slow part)."""
        return self.logit(candidate.features) + self.late_bonus < self.cut

    def accept(self, candidate: Candidate) -> bool:
        """Whether a candidate becomes an attribution (a trainer overrides this to record)."""
        return self.logit(candidate.features) >= self.cut

    @cached_property
    def cut(self) -> float:
        """The threshold on the logit scale."""
        return math.log(self.threshold / (1.0 - self.threshold)) if 0.0 < self.threshold < 1.0 else math.inf

    @cached_property
    def late_bonus(self) -> float:
        """The most that the features added after :func:`candidates` (the subject's kind, and
        whether it was a source before) can add to a logit."""
        return sum(max([0.0, *(w for f, w in self.weights.items() if f.startswith(prefix))])
                   for prefix in LATE_FEATURES)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> StanceModel:
        return cls(cue=cue_pattern(data["verbs"]), weights=dict(data["weights"]), bias=float(data["bias"]),
                   threshold=float(data["threshold"]))


def cue_pattern(verbs: Iterable[str]) -> re.Pattern[str]:
    """Auxiliary, adverbs, then one of the cue word forms; the word list as a trie for speed."""
    return re.compile(rf"\b{_AUXILIARY}{_ADVERB}(?P<verb>{trie(sorted(set(verbs)))})\b")


@cache
def bundled_model(language: str) -> StanceModel | None:
    """The shipped model of a language, or None where none was trained (all but English)."""
    data = resources.bundled(_DATA_FILE)
    entry = data.get("languages", {}).get(language)
    return StanceModel.from_data(entry) if entry else None


def candidates(text: str, sentence: Span, model: StanceModel, used: Sequence[Span] = (),
               named: Callable[[str], bool] | None = None) -> Iterator[Candidate]:
    """Each cue word of the sentence with the noun phrase right before it.

    Cue words overlapping ``used`` (cues the rules already credited) are skipped before
    any work is spent on their subject: most "said" are such. ``named`` answers whether
    the article writes a word capitalised inside a sentence (by default: searched in
    ``text``); the sentence memo passes one that records what it was asked.
    """
    named = named or partial(named_elsewhere, text)
    for match in model.cue.finditer(text, sentence.start, sentence.end):
        if any(match.start() < u.end and u.start < match.end() for u in used):
            continue
        floor = max(sentence.start, match.start() - _WINDOW)
        how, np = _subject(text, sentence, floor, match.start())
        if np is None:
            continue
        cue = Span(match.start(), match.end(), match.group(0))
        yield Candidate(np, cue, (*features(text, sentence, np, cue, match["verb"], named), f"via:{how}"))


def _subject(text: str, sentence: Span, floor: int, cue_start: int) -> tuple[str, Span | None]:
    """The cue's subject and how it was found: the phrase right before it, the phrase
    before an apposition, or the sentence's opening subject for a second verb."""
    np = noun_phrase_before(text, floor, cue_start, antecedent=False)
    if np is not None and not _ENDS_COORDINATED.search(np.text):  # not "X arrived late and"
        return "next", np
    np = subject_before_apposition(text, sentence.start, cue_start)
    if np is not None:
        return "apposition", np
    return "opening", _opening_subject(text, sentence, cue_start)


def _opening_subject(text: str, sentence: Span, cue_start: int) -> Span | None:
    """The sentence's subject for a second verb or a participle: "Trump arrived late and
    blamed the press", "Clinton spoke for an hour, calling for unity"."""
    if not _COORDINATED.search(text, max(sentence.start, cue_start - 8), cue_start):
        return None
    subject = _OPENING.match(text, sentence.start, cue_start)
    return Span(subject.start("np"), subject.end("np"), subject["np"]) if subject else None


def features(text: str, sentence: Span, np: Span, cue: Span, verb: str,
             named: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Word identity of the verb, the shape and words of the subject, and what surrounds them.

    The subject's lowercase words catch clauses that are not subjects ("the plan was
    ultimately approved"); an odd number of quotation marks before the subject says the
    pair sits inside a quotation.
    """
    words = np.text.split()
    head = re.sub(r"[’']s?$", "", words[-1])
    shape = _shape(words)
    if shape == "name" and len(words) == 1 and not text[sentence.start:np.start].strip(" “\"‘'") \
            and not (named or partial(named_elsewhere, text))(words[0]):
        shape = "initial"  # "Prices declined": capitalised only because it opens the sentence
    before = text[sentence.start:np.start]
    previous = _PREVIOUS.search(before[-40:])
    left = _word_class(previous["tok"]) if previous else "START"
    after = _NEXT.match(text, cue.end, sentence.end)
    return (f"v:{verb}", f"sh:{shape}", f"v|sh:{verb}|{shape}", f"h:{head.lower() if head.islower() else 'CAP'}",
            f"f:{_word_class(words[0])}", f"n:{min(len(words), 6)}", f"nx:{_word_class(after['tok'] if after else '')}",
            f"v|nx:{verb}|{_word_class(after['tok'] if after else '')}", f"aux:{cue.text != verb}",
            f"gap:{bool(text[np.end:cue.start].strip())}", f"pw:{left}", f"vs:{_suffix(verb)}|{shape}",
            f"q:{_inside_quote(before)}", f"hw:{head.lower()}", *{f"w:{w.lower()}" for w in words[:-1] if w.islower()})


def named_elsewhere(text: str, word: str) -> bool:
    """Whether the article also writes ``word`` capitalised inside a sentence, as names are."""
    return re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None


def _word_class(token: str | None) -> str:
    """Closed-class words as themselves; other words by their case; punctuation as is."""
    if not token:
        return "END"
    if token.lower() in _CLOSED or token.lower() in _PRONOUNS:
        return token.lower()
    if token[:1].isupper():
        return "CAP"
    return "low" if token[:1].isalpha() else token


def _inside_quote(before: str) -> bool:
    opened = before.count("“") - before.count("”")
    return opened > 0 or (opened == 0 and before.count('"') % 2 == 1)


def _shape(words: list[str]) -> str:
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return words[0].lower()
    caps = sum(1 for w in words if w[:1].isupper())
    if caps == len(words):
        return "name"
    return "mixed" if caps else "lower"


def _suffix(verb: str) -> str:
    for ending in ("ing", "ed", "s"):
        if verb.endswith(ending):
            return ending
    return "base"


def with_late_features(candidate: Candidate, kind: str, known: bool) -> Candidate:
    """The candidate with the features only the extractor knows (see ``LATE_FEATURES``)."""
    verb = candidate.features[0].removeprefix("v:")
    return replace(candidate, features=(*candidate.features, f"kind:{kind}", f"known:{known}",
                                        f"v|kind:{verb}|{kind}"))


def head_key(source: Span) -> str:
    """The word that names a source across mentions: "Donald Trump" and "Trump" -> "trump".

    A source that runs on to its relative pronoun ("Mr. Lund, who") is named by the
    words before the pronoun.
    """
    words = _TRAILING_RELATIVE.sub("", source.text).split()
    return re.sub(r"[’']s?$", "", words[-1]).lower() if words else ""
