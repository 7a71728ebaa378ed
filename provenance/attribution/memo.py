"""Each distinct sentence read once: the cue rules' findings reused where a sentence repeats.

A pile's copies repeat their sentences (71 % of the sentences of 3,000 articles of the
realistic synthetic corpus had been seen before), and reading one with every cue rule is
about half of the per-article work. A sentence's findings are a function of:

- its text and the characters around it that any rule reads: at most
  :data:`PREFIX_CHARS` before it (a name's "inside a longer name" test looks 40 characters
  back; regular-expression look-behinds are shorter, a test checks them) and, after it, a
  word it may end inside, the whitespace after that and :data:`TAIL_CHARS` more (the
  farthest reach past a sentence is a quoted title after a noun phrase: its opening mark,
  60 characters and its closing mark);
- whether the article is a transcript;
- the outlets earlier sentences named (the antecedents of "the paper", "the Post"), but
  only for a sentence whose reading asks for them (:class:`_WatchedContext` records
  whether it did; most sentences never classify a phrase that could be an anaphor or a
  short form);
- two answers about the rest of the article that the learned stance cues ask for: whether
  a head word was a source before, and whether a word is written capitalised inside a
  sentence elsewhere. These are recorded with the findings and asked again where the
  sentence repeats; a different answer reads the sentence afresh.

Findings are kept with their offsets and moved to where the sentence stands in another
article. So the output is the same as reading every sentence (tests compare both).
Languages written without spaces or capitals take their own rules (:mod:`.unspaced`),
which read further around a name; they are not memoized.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Container
from dataclasses import dataclass
from itertools import islice

from provenance.attribution.sources import Reading, _Context
from provenance.lexicon import Lexicon
from provenance.models import Attribution, Span
from provenance.outlets import Outlet, Registry

#: Characters before a sentence that a rule may read: ``outlets._inside_longer_name`` looks
#: 40 back from a name's start; the longest regular-expression look-behind is shorter.
PREFIX_CHARS = 40
#: Characters read past a sentence, after the word it may end inside and the whitespace
#: after that: a quoted title is at most 62 (``patterns._QUOTED_TITLE``); the rest is margin.
TAIL_CHARS = 80
#: Distinct sentences kept per registry and lexicon; a story's copies stand within a few
#: hundred articles of each other (about 16 sentences each), so a worker needs far fewer.
#: When full, the oldest quarter is dropped.
MAX_SENTENCES = 32_768
_TAIL_START = re.compile(r"\w*\s*")


@dataclass(frozen=True)
class SentenceRead:
    """What reading one sentence gives the article: attributions, the head words of their
    sources (the model's "known" feature for later sentences) and the registered outlets
    named in it (antecedents for later sentences; the publisher is left out by the caller)."""

    found: tuple[Attribution, ...]
    heads: tuple[str, ...]
    mentioned: tuple[Outlet, ...]


#: Reads a sentence: the reading, whether a head word was a source before, whether a word
#: is written capitalised elsewhere in the article.
Reader = Callable[[Reading, Container[str], Callable[[str], bool]], SentenceRead]


class _Answers(Container[str]):
    """The questions a reading asked about the rest of the article, with their answers."""

    def __init__(self, known: Container[str], named: Callable[[str], bool]) -> None:
        self.known, self.named = known, named
        self.asked: list[tuple[bool, str, bool]] = []  # (a "known" question, its word, the answer)

    def __contains__(self, word: object) -> bool:
        answer = word in self.known
        self.asked.append((True, str(word), answer))
        return answer

    def named_elsewhere(self, word: str) -> bool:
        answer = self.named(word)
        self.asked.append((False, word, answer))
        return answer


class _WatchedContext(_Context):
    """An article's context that notes whether a rule read the outlets named before."""

    read: bool

    def __init__(self, context: _Context) -> None:
        object.__setattr__(self, "transcript", context.transcript)
        object.__setattr__(self, "_inner", context)
        object.__setattr__(self, "read", False)

    @property
    def last_outlet(self) -> Outlet | None:
        object.__setattr__(self, "read", True)
        inner: _Context = self.__dict__["_inner"]
        return inner.last_outlet

    @property
    def named(self) -> tuple[Outlet, ...]:
        object.__setattr__(self, "read", True)
        inner: _Context = self.__dict__["_inner"]
        return inner.named


@dataclass(frozen=True)
class _Entry:
    read: SentenceRead
    origin: int  # where the sentence started in the article it was read in
    asked: tuple[tuple[bool, str, bool], ...]


class SentenceMemo:
    """Sentences read with one registry and one lexicon, by text and surroundings."""

    def __init__(self) -> None:
        # per sentence key: an entry that read no earlier outlets, or entries by those outlets
        self._entries: dict[tuple[str, str, str, bool], _Entry | dict[tuple[object, ...], _Entry]] = {}

    def read(self, reading: Reading, known: Container[str], named: Callable[[str], bool],
             reader: Reader) -> SentenceRead:
        """``reader(reading, known, named)``, or what it gave for the same sentence before."""
        text, sentence, context = reading.text, reading.sentence, reading.context
        tail = _TAIL_START.match(text, sentence.end).end() + TAIL_CHARS  # type: ignore[union-attr]
        key = (text[max(0, sentence.start - PREFIX_CHARS):sentence.start], sentence.text, text[sentence.end:tail],
               context.transcript)
        stored = self._entries.get(key)
        entry = stored.get((context.last_outlet, context.named)) if isinstance(stored, dict) else stored
        if entry is not None and _same_answers(entry.asked, known, named):
            return _moved(entry.read, sentence.start - entry.origin)
        answers = _Answers(known, named)
        watched = _WatchedContext(context)
        result = reader(reading._replace(context=watched), answers, answers.named_elsewhere)
        if entry is None:
            self._store(key, _Entry(result, sentence.start, tuple(answers.asked)),
                        (context.last_outlet, context.named), watched.read)
        return result

    def _store(self, key: tuple[str, str, str, bool], entry: _Entry, by_context: tuple[object, ...],
               read_context: bool) -> None:
        """Keep ``entry``: for every context when its reading read none, else for this one."""
        if len(self._entries) >= MAX_SENTENCES:
            for old in list(islice(self._entries, MAX_SENTENCES // 4)):
                del self._entries[old]
        stored = self._entries.get(key)
        if isinstance(stored, dict):
            stored[by_context] = entry  # read under this context: exact for it whether or not it looked
        elif not read_context:
            self._entries[key] = entry
        else:
            self._entries[key] = {by_context: entry}


def _same_answers(asked: tuple[tuple[bool, str, bool], ...], known: Container[str],
                  named: Callable[[str], bool]) -> bool:
    return all((word in known if is_known else named(word)) == answer for is_known, word, answer in asked)


def _moved(read: SentenceRead, delta: int) -> SentenceRead:
    """The findings of a sentence read at another offset, moved to this one."""
    if delta == 0 or not read.found:
        return read
    return SentenceRead(tuple(_moved_attribution(a, delta) for a in read.found), read.heads, read.mentioned)


def _moved_attribution(a: Attribution, delta: int) -> Attribution:
    return Attribution(a.kind, _span(a.source, delta), _span(a.cue, delta) if a.cue else None,
                       _span(a.sentence, delta), a.label, a.outlet_id, a.relative_day, a.via,
                       _span(a.phrase, delta) if a.phrase else None, a.role, a.chain, a.url)


def _span(span: Span, delta: int) -> Span:
    return Span(span.start + delta, span.end + delta, span.text)


#: One memo per registry and lexicon in use, dropped with either.
_MEMOS: dict[tuple[int, int], tuple[weakref.ref[Registry], weakref.ref[Lexicon], SentenceMemo]] = {}
#: Registries and lexicons are made once per run; a process making many (tests) keeps this many memos.
_MAX_MEMOS = 16


def sentence_memo(registry: Registry, lexicon: Lexicon) -> SentenceMemo:
    """The memo of sentences read with this registry and lexicon."""
    key = (id(registry), id(lexicon))
    held = _MEMOS.get(key)
    if held is not None and held[0]() is registry and held[1]() is lexicon:
        return held[2]
    if len(_MEMOS) >= _MAX_MEMOS:
        _MEMOS.clear()
    memo = SentenceMemo()
    _MEMOS[key] = (weakref.ref(registry), weakref.ref(lexicon), memo)
    return memo
