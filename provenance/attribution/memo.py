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
- what the rules ask of the rest of the article, recorded with the findings and asked
  again where the sentence repeats (a different answer reads the sentence afresh): of the
  outlets earlier sentences named, those with short forms ("the Post") and the referent of
  an anaphor ("the paper", "it"); of the learned stance cues, whether a head word was a
  source before and whether a word is written capitalised inside a sentence elsewhere. A
  rule reading the earlier outlets otherwise makes the findings hold for those outlets only.

Findings are kept with their offsets and moved to where the sentence stands in another
article. So the output is the same as reading every sentence (tests compare both).
Languages written without spaces or capitals take their own rules (:mod:`.unspaced`),
which read further around a name; they are not memoized.
"""

from __future__ import annotations

import importlib
import re
import weakref
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from itertools import islice
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser
from typing import Any, TypeVar

from provenance.attribution import stance
from provenance.attribution.sources import Reading, _Context
from provenance.lexicon import Lexicon
from provenance.models import Attribution, Span
from provenance.outlets import Outlet, Registry

#: Characters before a sentence that a rule may read: ``outlets._inside_longer_name`` looks
#: up to 40 back from a name's start for a capitalised word before it, but no further than
#: the last character that cannot be part of a name run (a full stop, a newline, a comma).
PREFIX_CHARS = 40
#: Modules whose patterns the rules run on an article's text (beside the lexicon's and the
#: stance model's): a sentence's key keeps as many characters before it as their longest
#: look-behind reads (2 for English; 15 for Hungarian's verb cues), measured when a memo
#: is made, so that a user's phrase file is measured too.
_RULE_MODULES = ("provenance.attribution.sentence", "provenance.attribution.sources",
                 "provenance.attribution.speakers", "provenance.attribution.patterns",
                 "provenance.attribution.stance", "provenance.attribution.unspaced", "provenance.nounphrases",
                 "provenance.outlets", "provenance.name_endings", "provenance.screening", "provenance.textspans")
#: Characters read past a sentence that ends in a word (or a hyphen, an apostrophe, a
#: colon), after the rest of that word and the whitespace after it: 15 for a name's "ends
#: its phrase" test ("first reported" and a word boundary, ``outlets._NAME_ENDS_PHRASE``);
#: a name's case ending may be longer (14 in the bundled list; a user's file may add more).
SHORT_TAIL_CHARS = 16
#: Past a sentence that ends in a full stop or another closing mark, no name or ending
#: runs on: rules read the character after the whitespace (a conjunction joining two
#: outlets, a quotation mark), and an anaphor's test reads the next 3 characters (is the
#: next word capitalised, ``sentence._opening_outlet``).
CLOSED_TAIL_CHARS = 3
_OPEN_ENDINGS = "-'’:"
_WORD_CHARACTER = re.compile(r"\w")
#: ... and where the last quotation mark near the sentence's end may open one, a quoted
#: title may be read after a noun phrase: its opening mark, up to 60 characters and its
#: closing mark (``patterns._QUOTED_TITLE``, whose title stops at any quotation mark or a
#: newline); the rest is margin.
TAIL_CHARS = 80
_LAST_TITLE_STOP = re.compile(r".*([\"„“”«»\n])", re.DOTALL)
_TITLE_OPENINGS = frozenset("\"„“«")
#: Distinct sentences kept per registry and lexicon; a story's copies stand within a few
#: hundred articles of each other (about 16 sentences each), so a worker needs far fewer.
#: When full, the oldest quarter is dropped.
MAX_SENTENCES = 32_768
_TAIL_START = re.compile(r"\w*\s*")
#: A run of name characters, matched on the reversed text before a sentence: searching forwards
#: for a run that ends at the sentence (``[\w \t-]*\Z``) retries from every character of the
#: prefix, quadratic in its length; matching backwards reads each character once.
_NAME_RUN_BACKWARDS = re.compile(r"[\w \t-]*")


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


#: A question a reading asked about the rest of the article: what it asked ("known",
#: "named", "forms", "referent", "body"), about what, and the answer it got.
Question = tuple[str, object, object]


class _Answers(Container[str]):
    """The questions a reading asked about the rest of the article, with their answers."""

    def __init__(self, known: Container[str], named: Callable[[str], bool]) -> None:
        self.known, self.named = known, named
        self.asked: list[Question] = []

    def __contains__(self, word: object) -> bool:
        answer = word in self.known
        self.asked.append(("known", word, answer))
        return answer

    def named_elsewhere(self, word: str) -> bool:
        answer = self.named(word)
        self.asked.append(("named", word, answer))
        return answer


class _WatchedContext(_Context):
    """An article's context that records what a rule asked of the outlets named before.

    The rules ask three questions (:meth:`_Context.with_short_forms`, :meth:`_Context.referent`,
    :meth:`_Context.body_called`),
    recorded with their answers; a rule that reads the outlets themselves marks the reading
    as depending on them all (``read``).
    """

    read: bool

    def __init__(self, context: _Context, answers: _Answers) -> None:
        object.__setattr__(self, "transcript", context.transcript)
        object.__setattr__(self, "_inner", context)
        object.__setattr__(self, "_answers", answers)
        object.__setattr__(self, "read", False)

    @property
    def last_outlet(self) -> Outlet | None:
        object.__setattr__(self, "read", True)
        return self._inner_context().last_outlet

    @property
    def named(self) -> tuple[Outlet, ...]:
        object.__setattr__(self, "read", True)
        return self._inner_context().named

    def with_short_forms(self) -> tuple[Outlet, ...]:
        answer = self._inner_context().with_short_forms()
        self.__dict__["_answers"].asked.append(("forms", None, answer))
        return answer

    def referent(self, kinds: frozenset[str] | None) -> Outlet | None:
        answer = self._inner_context().referent(kinds)
        self.__dict__["_answers"].asked.append(("referent", kinds, answer))
        return answer

    def body_called(self, heads: frozenset[str]) -> Outlet | None:
        answer = self._inner_context().body_called(heads)
        self.__dict__["_answers"].asked.append(("body", heads, answer))
        return answer

    def _inner_context(self) -> _Context:
        inner: _Context = self.__dict__["_inner"]
        return inner


@dataclass(frozen=True)
class _Entry:
    read: SentenceRead
    origin: int  # where the sentence started in the article it was read in
    asked: tuple[Question, ...]


class SentenceMemo:
    """Sentences read with one registry and one lexicon, by text and surroundings."""

    def __init__(self, longest_ending: int = 0, lookbehind: int = PREFIX_CHARS) -> None:
        # per sentence key: an entry that read no earlier outlets, or entries by those outlets
        self._entries: dict[tuple[str, str, str, bool], _Entry | dict[tuple[object, ...], _Entry]] = {}
        self._short_tail = max(SHORT_TAIL_CHARS, longest_ending)
        self._long_tail = max(TAIL_CHARS, longest_ending)
        self._lookbehind = lookbehind

    def key(self, text: str, sentence: Span, transcript: bool) -> tuple[str, str, str, bool]:
        """The sentence, what any rule may read around it (see the module's notes), the transcript flag."""
        floor = max(0, sentence.start - PREFIX_CHARS)
        run = _name_run_start(text, floor, sentence.start)
        begin = run - 1 if run > floor else floor  # the mark before the run
        begin = max(0, min(begin, sentence.start - self._lookbehind))
        after = _TAIL_START.match(text, sentence.end)
        end = after.end() if after is not None else sentence.end
        stop = _LAST_TITLE_STOP.match(text, max(sentence.start, sentence.end - TAIL_CHARS), end + 1)
        last = sentence.text[-1:]
        if stop is not None and stop.group(1) in _TITLE_OPENINGS:
            end += self._long_tail
        elif last and not _WORD_CHARACTER.match(last) and last not in _OPEN_ENDINGS:
            end = max(end + 1, sentence.end + CLOSED_TAIL_CHARS)
        else:
            end += self._short_tail
        return text[begin:sentence.start], sentence.text, text[sentence.end:end], transcript

    def read(self, reading: Reading, known: Container[str], named: Callable[[str], bool],
             reader: Reader) -> SentenceRead:
        """``reader(reading, known, named)``, or what it gave for the same sentence before."""
        text, sentence, context = reading.text, reading.sentence, reading.context
        key = self.key(text, sentence, context.transcript)
        stored = self._entries.get(key)
        entry = stored.get((context.last_outlet, context.named)) if isinstance(stored, dict) else stored
        if entry is not None and _same_answers(entry.asked, known, named, context):
            return _moved(entry.read, sentence.start - entry.origin)
        answers = _Answers(known, named)
        watched = _WatchedContext(context, answers)
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


def _name_run_start(text: str, floor: int, end: int) -> int:
    """Where the run of name characters (words, spaces, tabs, hyphens) that ends at ``end``
    starts, not before ``floor``."""
    run = _NAME_RUN_BACKWARDS.match(text[floor:end][::-1])
    return end - (run.end() if run is not None else 0)


def _same_answers(asked: tuple[Question, ...], known: Container[str], named: Callable[[str], bool],
                  context: _Context) -> bool:
    """Whether this article answers the questions a reading asked as the article it was read in did."""
    for question, about, answer in asked:
        if question == "known":
            now: object = about in known
        elif question == "named":
            now = named(str(about))
        elif question == "forms":
            now = context.with_short_forms()
        elif question == "body":
            now = context.body_called(about)  # type: ignore[arg-type]
        else:
            now = context.referent(about)  # type: ignore[arg-type]
        if now != answer:
            return False
    return True


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
    def made() -> SentenceMemo:
        endings = registry.endings
        return SentenceMemo(max((len(ending) for ending in (*endings.joined, *endings.glued)), default=0),
                            lookbehind_chars(registry, lexicon))
    return held_for(_MEMOS, registry, lexicon, made, _MAX_MEMOS)


_Held = TypeVar("_Held")


def held_for(store: dict[tuple[int, int], tuple[weakref.ref[Registry], weakref.ref[Lexicon], _Held]],
             registry: Registry, lexicon: Lexicon, make: Callable[[], _Held], limit: int) -> _Held:
    """What ``store`` keeps for this registry and lexicon, made by ``make`` when first asked:
    keyed by identity and checked by weak reference (a new registry at a reused address is
    not the old one); a store of ``limit`` entries is emptied (tests make many)."""
    key = (id(registry), id(lexicon))
    held = store.get(key)
    if held is not None and held[0]() is registry and held[1]() is lexicon:
        return held[2]
    if len(store) >= limit:
        store.clear()
    value = make()
    store[key] = (weakref.ref(registry), weakref.ref(lexicon), value)
    return value


def lookbehind_chars(registry: Registry, lexicon: Lexicon) -> int:
    """The most characters before a match's start that a pattern the rules run may read:
    look-behinds, and a word boundary's one character."""
    patterns = [value for name in _RULE_MODULES for value in vars(importlib.import_module(name)).values()
                if isinstance(value, re.Pattern)]
    patterns.extend(_lexicon_patterns(lexicon))
    model = stance.bundled_model(lexicon.language)
    patterns.extend([model.cue] if model is not None else [])
    if registry.inflected:
        patterns.append(registry._inflected_head)
    return max(_lookbehind(pattern) for pattern in patterns)


def _lexicon_patterns(lexicon: Lexicon) -> Iterator[re.Pattern[str]]:
    for value in vars(lexicon).values():
        if isinstance(value, re.Pattern):
            yield value
        elif isinstance(value, tuple):  # (pattern, what it means) pairs
            yield from (item[0] for item in value if isinstance(item, tuple) and isinstance(item[0], re.Pattern))


def _lookbehind(pattern: re.Pattern[str]) -> int:
    """How far before its start ``pattern`` may read (PREFIX_CHARS where Python cannot say)."""
    try:
        tree = sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # Python's own parser, internal: where it fails, keep the widest prefix
        return PREFIX_CHARS
    return _lookbehind_of(tree)


def _lookbehind_of(items: Any) -> int:
    widest = 0
    for op, argument in items:
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, inner = argument
            widest = max(widest, inner.getwidth()[1] if direction < 0 else 0, _lookbehind_of(inner))
        elif op == sre_constants.AT and argument in (sre_constants.AT_BOUNDARY, sre_constants.AT_NON_BOUNDARY,
                                                      sre_constants.AT_BEGINNING_LINE):
            widest = max(widest, 1)
        elif op == sre_constants.SUBPATTERN:
            widest = max(widest, _lookbehind_of(argument[-1]))
        elif op == sre_constants.BRANCH:
            widest = max(widest, *(_lookbehind_of(branch) for branch in argument[1]))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            widest = max(widest, _lookbehind_of(argument[2]))
        elif op == sre_constants.ATOMIC_GROUP:
            widest = max(widest, _lookbehind_of(argument))
        elif op == sre_constants.GROUPREF_EXISTS:
            widest = max(widest, _lookbehind_of(argument[1]), _lookbehind_of(argument[2] or []))
    return widest
