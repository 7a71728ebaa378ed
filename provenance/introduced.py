"""Outlets the pile's text introduces: "the satirical weekly Le Canard Enchaîné".

No registry knows every paper, and a scoop's outlet that is not in it is read as a person
("Le Canard Enchaine satirical newspaper reported"), an unresolved anaphor ("el semanario
escribió") or nothing at all: every page citing it loses its source. Pages introduce such
an outlet by a noun for news outlets (``data/media_nouns.json``): "le journal satirique le
Canard Enchaîné", "der Wochenzeitung „Canard Enchainé“", "el semanario Le Canard Enchaîné".
A name of at least MIN_NAME_WORDS words beside its article, right after such a noun (two
adjectives and an article may stand between), introduced on MIN_PAGES pages of the pile,
becomes an outlet of the pile, as the mastheads a record gives do (:mod:`provenance.pile`);
the pages that name it are read again with it known (:mod:`provenance.pipeline`).

Each page's introductions are read where the page is read (in the workers); the pile's
outlets are decided once all are in, by :func:`pile_outlets`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from provenance import resources, screening
from provenance.facts import slug
from provenance.outlets import MAX_NOUN_ADJECTIVES, MEDIA_NOUN_ENDING, Outlet, Registry
from provenance.textspans import trie, without_accents

#: Pages that must introduce a name for it to be an outlet of the pile: one page's "the daily
#: Jane Doe founded" is not enough, two pages' are a name the story's pages share.
MIN_PAGES = 2
#: Words of a name beside its article, at least: "Le Canard" alone is "canard" (a duck) too,
#: and a one-word name would turn the common word into a citation on every page.
MIN_NAME_WORDS = 2
#: Words of a name, at most (without quotes round it: its capitalised words only).
MAX_NAME_WORDS = 5
#: Lower-case words (adjectives: "satirique", "French") between the noun and the name, at most,
#: and letters after a noun's entry: the bounds the registry's common-word names use too.
MAX_ADJECTIVES = MAX_NOUN_ADJECTIVES
MAX_NOUN_ENDING = MEDIA_NOUN_ENDING
#: Characters after a noun in which its name is looked for.
NAME_WINDOW_CHARS = 120

#: Articles before a masthead, in the languages the nouns cover: "le Canard", "der Spiegel".
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "der", "die", "das", "dem", "des", "den", "el", "los", "las",
                       "il", "lo", "gli", "o", "os", "a", "as", "de", "het"})
_OPEN_QUOTES = frozenset("„“\"«‘‚")
_CLOSE_QUOTES = frozenset("“”\"»’‘")
_TOKEN = re.compile(r"[„“”\"«»‘’‚]|[^\W\d_][\w'’.&-]*|\S")


@dataclass(frozen=True)
class Introduction:
    """A name a page introduces as a news outlet, and the kind its noun says."""

    name: str
    kind: str


@dataclass(frozen=True)
class _Nouns:
    """The media nouns' patterns and each noun's kind (casefolded noun -> kind)."""

    #: A noun, or a compound ending in one ("Wochenzeitung"), as a whole word.
    pattern: re.Pattern[str]
    kinds: dict[str, str]
    #: Any noun's stem in a casefolded text: a page without one is not read at all.
    stems: re.Pattern[str]
    #: The nouns alone, for a page without a compound ending: the same matches as ``pattern``
    #: there, without its ``\w+(ending)`` branch, which backtracks through every word.
    plain: re.Pattern[str]
    #: A compound ending anywhere in a casefolded page; a letter that ``re.IGNORECASE`` matches
    #: to another although casefolding keeps it apart ("ı" for "i", ``screening.CASE_TWINS``)
    #: sends a page to ``pattern`` too.
    endings: re.Pattern[str]
    twins: re.Pattern[str]


@cache
def _noun_patterns() -> _Nouns:
    """The nouns' patterns (:class:`_Nouns`), read once."""
    data = resources.bundled("media_nouns.json")
    kinds = {noun.casefold(): kind for kind, nouns in data["kinds"].items() for noun in nouns}
    endings = "|".join(re.escape(ending) for ending in data["compound_endings"])
    stems = trie(sorted(kinds))  # a prefix trie: a failed match at a position costs a few tests
    noun = rf"(?<!\w)(?P<noun>{stems})\w{{0,{MAX_NOUN_ENDING}}}(?!\w)"
    pattern = re.compile(rf"{noun}|(?<!\w)\w+(?P<ending>{endings})\w{{0,{MAX_NOUN_ENDING}}}(?!\w)", re.IGNORECASE)
    twins = "".join(re.escape(chr(code)) for code in screening.CASE_TWINS if len(chr(code)) == 1)
    return _Nouns(pattern, kinds, re.compile(stems), re.compile(noun, re.IGNORECASE), re.compile(endings),
                  re.compile(f"[{twins}]"))


def describes_an_outlet(words: str) -> bool:
    """Whether words before a name describe it as a news outlet ("la chaîne de télévision
    suisse" before "RSI"): an attribution's phrase may then run that far before its name."""
    return _noun_patterns().pattern.search(words) is not None


#: Languages that write every noun with a capital: there a capitalised noun still introduces.
_CAPITALISED_NOUNS = frozenset({"de", "lb"})


def introductions(text: str, language: str = "und") -> tuple[Introduction, ...]:
    """The names a page introduces as news outlets, in order (see the module's docstring).
    A capitalised noun is a name's own first word ("la Revue des Deux Mondes", "The Daily
    Caller"), except in a language that capitalises its nouns."""
    nouns = _noun_patterns()
    folded = text.casefold()
    if not nouns.stems.search(folded):  # one pass, not a substring search per stem
        return ()
    kinds = nouns.kinds
    compounds = nouns.endings.search(folded) or nouns.twins.search(text)
    pattern = nouns.pattern if compounds else nouns.plain
    found = []
    for noun in pattern.finditer(text):
        if noun.group(0)[:1].isupper() and language not in _CAPITALISED_NOUNS:
            continue
        name = _name_after(text[noun.end():noun.end() + NAME_WINDOW_CHARS])
        if name is not None:
            word = (noun.group("noun") or noun.group("ending") or "").casefold()
            found.append(Introduction(name, kinds.get(word, "newspaper")))
    return tuple(found)


def _name_after(window: str) -> str | None:
    """The name right after a noun: past its adjectives and article, its capitalised words, or
    every word up to the closing quote when it is quoted."""
    tokens = _TOKEN.findall(window.split("\n", 1)[0])  # the name is in the noun's paragraph
    position, adjectives = 0, 0
    while position < len(tokens) and tokens[position][:1].islower() and tokens[position].casefold() not in _ARTICLES:
        adjectives += 1
        if adjectives > MAX_ADJECTIVES or not tokens[position].isalpha():
            return None  # "the newspaper said. Droulodra Fiteide …": the sentence ended before a name
        position += 1
    words: list[str] = []
    if position < len(tokens) and tokens[position].casefold().rstrip("'’") in _ARTICLES:
        words.append(tokens[position])
        position += 1
    quoted = position < len(tokens) and tokens[position] in _OPEN_QUOTES
    position += quoted
    for token in tokens[position:position + MAX_NAME_WORDS + 1]:
        if quoted and token in _CLOSE_QUOTES:
            break
        if not token[:1].isalpha() or (not quoted and not token[:1].isupper()):
            if quoted:
                return None  # a quoted title, not a name ("„Das ist eine Stinkbombe“")
            break
        closes = quoted and token[-1] in _CLOSE_QUOTES  # "Post’": the quote closes on the word
        words.append(token.rstrip(".,;:“”\"»’‘"))
        if token[-1] in ".,;:" or closes:
            break  # the sentence, the clause or the quotation ends with the name
    core = [word for word in words if word.casefold().rstrip("'’") not in _ARTICLES]
    if not MIN_NAME_WORDS <= len(core) <= MAX_NAME_WORDS or not core[0][:1].isupper():
        return None
    if words[0].casefold() in _ARTICLES and words[0][:1].islower():
        words = words[1:]  # "le Canard Enchaîné": the article is the sentence's, not the masthead's
    return " ".join(words)


def pile_outlets(introduced: Iterable[Sequence[Introduction]], registry: Registry) -> list[Outlet]:
    """The outlets the pile introduces on MIN_PAGES pages or more that the registry does not
    know: named as most pages write them, every other spelling an alias (and each without
    its accents: "Canard Enchaine")."""
    pages: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for page in introduced:
        keyed = [(_key(found.name), found) for found in page]
        pages.update({key for key, _ in keyed})
        for key, found in keyed:
            spellings[key][found.name] += 1
            kinds[key][found.kind] += 1
    outlets = []
    for key in sorted(key for key, count in pages.items() if count >= MIN_PAGES):
        written = sorted(spellings[key], key=lambda name: (-spellings[key][name], name))
        if any(registry.by_name(name) is not None for name in written):
            continue  # a registered outlet's name: it resolves already
        aliases = sorted({form for name in written for bare in (name, _without_article(name))
                          for spelled in (bare, _first_capital_only(bare))
                          for form in (spelled, without_accents(spelled))} - {written[0]})
        kind = max(sorted(kinds[key]), key=lambda k: kinds[key][k])
        outlets.append(Outlet(id=f"pile-{slug(key)}", name=written[0], kind=kind, aliases=tuple(aliases)))
    return outlets


def _key(name: str) -> str:
    """A name's key: case and accents folded, without its article."""
    words = without_accents(name).casefold().split()
    while words and words[0].rstrip("'’") in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _without_article(name: str) -> str:
    """The name without its leading article, which running text may leave out or decline
    ("Le Canard enchaîné" -> "Canard enchaîné": "du Canard enchaîné", "газета Canard enchaîné")."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > MIN_NAME_WORDS and words[0].casefold() in _ARTICLES else name


def _first_capital_only(name: str) -> str:
    """A masthead as running text also writes it: its words after the first in lower case
    ("Le Canard Enchaîné" as "Le Canard enchaîné"; names are matched in their case)."""
    words = name.split()
    first = next((n for n, word in enumerate(words) if word.casefold().rstrip("'’") not in _ARTICLES), 0)
    return " ".join([*words[:first + 1], *(word.lower() for word in words[first + 1:])])
