"""The outlet registry: who is who among news outlets, loaded from data files.

The bundled registry is ``provenance/data/outlets.json``; users add or override entries
(matched by ``id``) with files of the same shape (``--outlets FILE``). Full names and
aliases identify an outlet anywhere; short forms ("the Post") are ambiguous and resolve
only to an outlet already named in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tld import get_fld

from provenance import resources
from provenance.bodies import body_entries
from provenance.models import CleanedDocument, NamedOutlet
from provenance.name_endings import MIN_STEM, NameEndings, bundled_endings, extended
from provenance.textspans import trie

OUTLET_KINDS = frozenset({"wire", "newspaper", "broadcaster", "magazine", "journal", "state-media",
                          "aggregator", "blog", "government", "digital"})


class RegistryError(resources.DataFileError):
    """A user's outlet file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    country: str | None = None
    language: str | None = None
    common_word: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def is_called(self, text: str) -> bool:
        """Whether ``text`` is one of its names, aliases or short forms (case-insensitive, with
        or without a leading "the")."""
        wanted = _core(text).casefold()
        return any(_core(form).casefold() == wanted for form in (*self.names, *self.short_forms))


@dataclass(frozen=True)
class OutletMention:
    outlet: Outlet
    start: int
    end: int


_NOT_NAME_PARTS = frozenset({"The", "A", "An", "By", "In", "On", "To", "For", "From", "And", "Per", "Via", "With",
                             "At", "Of", "As", "According"})
#: German compounds for an outlet or a body that stand before its name as a capitalised noun,
#: no part of another name: "die Nachrichtenagentur AFP", "die Menschenrechtsorganisation
#: Amnesty International", "die Gesundheitsbehörde CDC".
_DESCRIBING_NOUN_END = re.compile(r"(?:agentur|zeitung|blatt|magazin|sender|sendung|portal|dienst|"
                                  r"organisation|behörde|gerichtshof|gericht|ministerium|kommission|komitee|"
                                  r"ausschuss)$")


_JOINT_NAME = re.compile(r"\s(?:&|and|und|et|y|e)\s")
#: A common-word paper's name after its article ends its phrase: a mark, a possessive, the
#: end, or a verb of reporting ("the Guardian reported"; not "on the Hill today").
#: A capital "The" right before a name and the word before it (with a comma between or not).
_TITLE_THE = re.compile(r"(?<!\w)(?P<before>[^\W\d_]+),?\s+The\s+$")
_NAME_ENDS_PHRASE = re.compile(r"[’']s\b|\s*(?:[,.;:!?)\]”“»\"]|$)|\s+(?:newspaper\b|"
                               r"(?:(?:also|first|later|earlier|previously|recently|exclusively)\s+)?"
                               r"(?:(?:has|had|have)\s+)?(?:reported|reports|said|says|wrote|writes|revealed|reveals|"
                               r"added|noted|notes|pointed out|points out|observed|explained|stated|confirmed|learned|"
                               r"published|obtained|quoted|cited|disclosed|claimed|argued|estimated)\b)")


_TOKEN = re.compile(r"(?<![\w-])\w[\w'’.&/-]*")  # a name's first word: "People's", "RES-MPE"
_WORD = re.compile(r"(?<![\w-])\w+")  # where a name may start: after "L'" too
#: Characters before or after a one-word common-word name searched for its media noun.
NOUN_WINDOW_CHARS = 60
#: Lower-case words between a media noun and the name it introduces, at most ("il quotidiano
#: turco Sabah"; also :mod:`provenance.introduced`'s bound).
MAX_NOUN_ADJECTIVES = 2
#: Letters after a media noun's entry, at most: its plural or case ending ("газете",
#: "tygodnika", "Wochenzeitungen"), not another word ("journalist", "журналист", "ziarist");
#: :mod:`provenance.introduced` reads its nouns with the same bound.
MEDIA_NOUN_ENDING = 2
_BEFORE_WORD = re.compile(r"[^\W\d_][\w-]*")
_NAME_ARTICLES = frozenset({"the", "die", "der", "das", "des", "la", "le", "el", "il", "o", "a"})
_NOUN_AFTER = re.compile(r"[\"”»’]?[\s-]+(?P<noun>[^\W\d_]+)")


def _whole_word(text: str, position: int, cores: frozenset[str], joiners: str) -> tuple[int, str] | None:
    """The word at ``position`` and where it ends, when it is one of ``cores`` and not the start
    of a longer word (a letter, a digit or one of ``joiners`` after it)."""
    word = _WORD.match(text, position)
    if word is None or word.group(0) not in cores:
        return None
    end = word.end()
    if end < len(text) and (text[end].isalnum() or text[end] in joiners):
        return None
    return end, word.group(0)


def _noun_before(window: str) -> bool:
    """Whether the words right before a name end with a media noun, its article and up to
    MAX_NOUN_ADJECTIVES lower-case words after it ("daily", "diario turco", "Zeitung die")."""
    tail = window.rstrip().rstrip("\"„“«‘").rstrip()
    if not tail or not tail[-1].isalpha():
        return False  # a sentence or clause ended before the name
    words = _BEFORE_WORD.findall(tail)[-(MAX_NOUN_ADJECTIVES + 2):]
    if words and words[-1].casefold() in _NAME_ARTICLES:
        words = words[:-1]
    for adjectives in range(min(MAX_NOUN_ADJECTIVES, len(words) - 1) + 1):
        noun, after = words[-1 - adjectives], words[len(words) - adjectives:]
        if _media_noun(noun) and all(word.islower() for word in after):
            return True
    return False


@lru_cache(maxsize=4096)
def _media_noun(word: str) -> bool:
    """Whether a word is a noun for news outlets (``data/media_nouns.json``, with its ending)."""
    folded = word.casefold()
    nouns, endings = _media_nouns()
    return any(folded.startswith(noun) and len(folded) - len(noun) <= MEDIA_NOUN_ENDING for noun in nouns) or \
        any(ending in folded[-len(ending) - MEDIA_NOUN_ENDING:] for ending in endings)  # "Regierungszeitung"


@cache
def _media_nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The nouns for news outlets, and the endings that make a German compound one."""
    data = resources.bundled("media_nouns.json")
    return (tuple(noun.casefold() for nouns in data["kinds"].values() for noun in nouns),
            tuple(ending.casefold() for ending in data["compound_endings"]))


#: Arabic vowel and gemination marks (harakat, shadda, superscript alef, tatweel).
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
#: Scripts written without spaces between words (Thai, kana, Han, Hangul), or where a
#: name is glued to its particle ("로이터통신은").
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


_IP_ADDRESS = re.compile(r"[\d.]+|\[?[0-9a-f:]+\]?")


def site_of(host: str) -> str | None:
    """The site an unregistered host belongs to: its registrable domain by the public suffix
    list ("edition.r.worldcdn.net" -> "worldcdn.net", "news.example.co.uk" ->
    "example.co.uk", "foo.blogspot.com" stays); None for a raw IP address, which names no
    one; the host without "www." where the suffix is not public ("radora.example")."""
    if not host or _IP_ADDRESS.fullmatch(host):
        return None
    registered = get_fld(host, fix_protocol=True, fail_silently=True)
    return str(registered) if registered else host.removeprefix("www.")


def host_of(url_or_domain: str) -> str:
    """The lower-cased host of a URL or bare domain; "" for anything unparsable (pages lie)."""
    try:
        host = urlsplit(url_or_domain if "//" in url_or_domain else f"//{url_or_domain}").hostname
    except ValueError:  # "http://[broken" and similar
        return ""
    return (host or "").lower()


#: An article or an article-bearing preposition right before an acronym written as a word:
#: what makes "la Cnn" a name and a capitalised "Hina" or "Ria" at a sentence's start none.
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:la|il|lo|le|el|los|las|del|al|della|alla|dalla|sulla|nella|da|do|na|pela|pelo|"
                             r"à|a)\s+|\b(?:l|dell|all|dall|sull|nell)['’])$", re.IGNORECASE)


def _inside_longer_name(text: str, start: int) -> bool:
    """A capitalised word right before the match makes it part of another name."""
    before = re.search(r"\w[ \t]+([A-Z][\w-]*)[ \t]+$", text[max(0, start - 40):start])
    if before is None or before.group(1) in _NOT_NAME_PARTS:
        return False
    return not _DESCRIBING_NOUN_END.search(before.group(1).lower())


_OPENING_QUOTES = "«„“\"'‚‹"
_CLOSING_QUOTES = "»“”\"'‘’›"


@lru_cache(maxsize=4096)
def _quoted_name(core: str) -> re.Pattern[str]:
    """A name whose later words stand in quotation marks, as Russian, Polish and German
    typography writes them: "РИА «Новости»", "agencja „Interfax”"; the match ends after the
    closing mark, and only then (a name without marks is matched as it is written)."""
    first, *rest = core.split()
    later = r"\s+".join(re.escape(word) for word in rest)
    return re.compile(rf"{re.escape(first)}\s+[{_OPENING_QUOTES}]{later}[{_CLOSING_QUOTES}](?!\w)")


#: Characters before a paragraph that finding names in it reads: a name's "inside a longer name"
#: test and a title's "list The Guardian" look 40 back from a word's start, a look-behind one
#: more; the rest is margin.
PARAGRAPH_PREFIX_CHARS = 48
#: Characters after a paragraph that finding names in it reads, past the rest of a word it ends
#: inside and the whitespace after that: a common-word name's "ends its phrase" test
#: (``_NAME_ENDS_PHRASE``: "exclusively has pointed out" and a word boundary, 41 with the
#: whitespace between its words below ``_LONG_SPACE``); the rest is margin.
PARAGRAPH_TAIL_CHARS = 64
#: Whitespace this long inside a paragraph's tail could carry that test past the tail: such a
#: paragraph is not memoized.
_LONG_SPACE = re.compile(r"\s{8}")
_TAIL_START = re.compile(r"\w*\s*")
#: Distinct paragraphs a registry remembers (:meth:`Registry._paragraph_names`).
MAX_MEMO_PARAGRAPHS = 32_768


def _paragraph_key(text: str, start: int, stop: int) -> tuple[str, str, str] | None:
    """A paragraph and what finding names in it may read around it (see the constants above);
    None when its tail holds a long run of whitespace."""
    after = _TAIL_START.match(text, stop)
    tail_start = after.end() if after is not None else stop  # it matches everywhere, if only nothing
    tail_end = tail_start + PARAGRAPH_TAIL_CHARS
    if _LONG_SPACE.search(text, tail_start, tail_end):
        return None
    return text[max(0, start - PARAGRAPH_PREFIX_CHARS):start], text[start:stop], text[stop:tail_end]


def _core(name: str) -> str:
    """A name without its leading article: "The Washington Post" -> "Washington Post"."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)


@dataclass(frozen=True)
class Registry:
    """Outlets by id; ``preferred`` ids (from the user's files) win any name clash."""

    outlets: Mapping[str, Outlet]
    preferred: frozenset[str] = frozenset()
    #: Running text is read with case endings ("der Süddeutschen Zeitung"): see :attr:`inflecting`.
    inflected: bool = False
    endings: NameEndings = field(default_factory=bundled_endings)

    @cached_property
    def inflecting(self) -> Registry:
        """This registry reading names with their case endings (made once)."""
        return self if self.inflected else replace(self, inflected=True)

    def for_language(self, language: str | None) -> Registry:
        """The registry to read a page in ``language`` with: names with case endings on pages
        not in English (English plurals and possessives are other words); as it is when the
        language is not known."""
        return self if language is None or language == "en" else self.inflecting

    @cached_property
    def _by_name(self) -> dict[str, Outlet]:
        return {_core(n).casefold(): o for o in self._ordered for n in o.names}

    @cached_property
    def _by_domain(self) -> dict[str, Outlet]:
        return {d.lower(): o for o in self._ordered for d in o.domains}

    @cached_property
    def _ordered(self) -> tuple[Outlet, ...]:
        """Bundled entries first, the user's last, so that the user's win lookups."""
        return tuple(self.outlets[key] for key in sorted(self.outlets, key=lambda k: (k in self.preferred, k)))

    @cached_property
    def _short_form_owners(self) -> dict[str, frozenset[str]]:
        """Each short form's core and the outlets that have it: "The Times" is also the Times
        of India's. An outlet whose short form is its own name ("El Comercio") owns it alone."""
        owners: dict[str, set[str]] = {}
        for outlet in self._ordered:
            for form in outlet.short_forms:
                owners.setdefault(_core(form).casefold(), set()).add(outlet.id)
        return {core: frozenset(ids) for core, ids in owners.items()}

    def _ambiguous(self, name: str, outlet: Outlet) -> bool:
        """Whether a name of ``outlet`` is another outlet's short form."""
        return bool(self._short_form_owners.get(_core(name).casefold(), frozenset()) - {outlet.id})

    def get(self, outlet_id: str) -> Outlet | None:
        return self.outlets.get(outlet_id)

    def by_name(self, name: str) -> Outlet | None:
        """Exact (case-insensitive) name or alias, with or without a leading "the".

        For metadata ("og:site_name": "The Times"), where the name is the whole value.
        Running text goes through :meth:`find_mentions`, which skips ambiguous names.
        """
        return self._by_name.get(_core(name).casefold())

    def by_url(self, url_or_domain: str) -> Outlet | None:
        """The outlet owning a URL's host or any parent domain of it."""
        labels = host_of(url_or_domain).split(".")
        for index in range(len(labels) - 1):
            found = self._by_domain.get(".".join(labels[index:]))
            if found:
                return found
        return None

    def by_mark(self, mark: str) -> Outlet | None:
        squeezed = re.sub(r"\s+", "", mark).casefold()
        for outlet in reversed(self._ordered):
            if any(re.sub(r"\s+", "", m).casefold() == squeezed for m in outlet.marks):
                return outlet
        return None

    def with_short_form(self, form: str) -> tuple[Outlet, ...]:
        """The outlets with this short form ("the Post", "Post"), in registry order."""
        return self._by_short_form.get(_core(form).casefold(), ())

    def sole_short_form_owner(self, form: str) -> Outlet | None:
        """The one outlet with this short form ("AA": Anadolu); None when none or several have it."""
        owners = self.with_short_form(form)
        return owners[0] if len(owners) == 1 else None

    @cached_property
    def _by_short_form(self) -> dict[str, tuple[Outlet, ...]]:
        """Outlets by short form without its article, casefolded: asked of subjects the registry
        does not name ("The Supreme Court"), so looked up, not searched."""
        found: dict[str, list[Outlet]] = {}
        for outlet in self._ordered:
            for core in dict.fromkeys(_core(form).casefold() for form in outlet.short_forms):
                found.setdefault(core, []).append(outlet)
        return {core: tuple(outlets) for core, outlets in found.items()}

    def find_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[OutletMention]:
        """Every full name or alias of a registered outlet in ``text[start:end]``.

        Names are looked up by their first word (a dictionary), not tried at every
        position of the text, which keeps this fast with hundreds of outlets. Arabic vowel
        marks ("المركزيّة") are read through: the aliases are written without them. In an
        :attr:`inflected` registry, a name with a case ending is the name ("der Süddeutschen
        Zeitung", "podle Spiegelu", "Reuters-ului"; :mod:`provenance.name_endings`); the
        mention's span then includes the ending.
        """
        stop = len(text) if end is None else end
        inflected = self.inflected
        if _ARABIC_MARKS.search(text, start, stop):
            kept = [i for i in range(start, stop) if not _ARABIC_MARKS.match(text[i])]
            plain = "".join(text[i] for i in kept)
            return [OutletMention(m.outlet, kept[m.start], kept[m.end - 1] + 1)
                    for m in self._find_mentions(plain, 0, len(plain), inflected)]
        return self._find_mentions(text, start, stop, inflected)

    def _find_mentions(self, text: str, start: int, stop: int, inflected: bool = False) -> list[OutletMention]:
        heads = self._name_heads
        if heads.isdisjoint(_WORD.findall(text, start, stop)) and not (
                inflected and self._inflected_head.search(text, start, stop)):
            return []  # no word starts a name (most sentences): one pass in C, no loop
        found: list[OutletMention] = []
        resume = start
        for token in _WORD.finditer(text, start, stop):
            begin = token.start()
            word = token.group(0)
            if begin >= resume and inflected and word in self._title_acronyms and (
                    _ARTICLE_BEFORE.search(text, max(start, begin - 8), begin)
                    or _noun_before(text[max(start, begin - NOUN_WINDOW_CHARS):begin])):
                # "la Cnn", "l'Ansa", "la tv svizzera Rsi": the name, as Italian writes it
                found.append(OutletMention(self._title_acronyms[word], begin, token.end()))
                resume = token.end()
                continue
            if begin < resume or (word not in heads and word not in ("The", "the")
                                  and not (inflected and any(stem in heads for stem in self.endings.stems(word)))):
                continue
            name_start = begin
            if word in ("The", "the"):
                following = _WORD.search(text, token.end(), stop)
                if following is None or text[token.end():following.start()].strip():
                    continue
                name_start = following.start()
            named = self._name_at(text, name_start, stop, inflected)
            if named is None and name_start != begin:  # "the" not part of a name: try the word itself
                named = self._name_at(text, begin, stop, inflected) or self._article_name(text, name_start)
            if named is None and name_start == begin:
                named = self._noun_name(text, begin, start)
            if named is None:
                continue
            name_end, core = named
            outlet = self.by_name(core)
            if outlet is not None and not _inside_longer_name(text, begin):  # "The Royal Mint"
                found.append(OutletMention(outlet, begin, name_end))
                resume = name_end
        return found

    def _article_name(self, text: str, position: int) -> tuple[int, str] | None:
        """A paper whose one-word name is also a common word, named with its article where the
        name ends its phrase (a mark, a possessive, a verb of reporting): "The Guardian said",
        "according to the Guardian,", "„The Hill”"; not "on the Hill today", "The Independent
        candidate", "The Australian government". A capital "The" after a lower-case word is a
        title's too, whatever follows: "uvedl list The Guardian s odvoláním na …" on a Czech page.
        """
        found = _whole_word(text, position, self._article_cores, "-_")
        if found is None:
            return None
        end, core = found
        titled = (before := _TITLE_THE.search(text, max(0, position - 40), position)) is not None \
            and before["before"].islower()  # "list The Guardian", not a headline's "Say The Australian"
        return (end, core) if titled or _NAME_ENDS_PHRASE.match(text, end) else None

    def _noun_name(self, text: str, position: int, floor: int = 0) -> tuple[int, str] | None:
        """A paper whose one-word name is a common word, named beside a noun for news outlets
        (``data/media_nouns.json``): "the Turkish daily Sabah", "Turkey's Sabah newspaper",
        "el diario turco Sabah", "die Zeitschrift „Stern“"; not "Sabah" (a Malaysian state, a
        Turkish word for morning) or "Stern" alone. Up to MAX_NOUN_ADJECTIVES lower-case
        words may stand between the noun and the name: Romance languages put them there."""
        found = _whole_word(text, position, self._noun_cores, "_")  # "Sabah-Zeitung" is its name too
        if found is None:
            return None
        end, core = found
        if _noun_before(text[max(floor, position - NOUN_WINDOW_CHARS):position]):  # not before the span read
            return end, core
        after = _NOUN_AFTER.match(text, end, end + NOUN_WINDOW_CHARS)
        return (end, core) if after is not None and _media_noun(after["noun"]) else None

    @cached_property
    def _noun_cores(self) -> frozenset[str]:
        """The one-word names of common-word outlets with no article ("Sabah", "Stern", "Fakt"),
        which only a noun for news outlets beside them makes a name (:meth:`_noun_name`)."""
        return frozenset(core for o in self._ordered if o.common_word for n in o.names
                         if " " not in (core := _core(n)) and core == n and len(core) > 1)

    @cached_property
    def _article_cores(self) -> frozenset[str]:
        """The one-word cores of common-word papers named with an article ("The Guardian"), when
        no other outlet's name or short form ends with that word ("The Radora Observer", "Irish
        Independent": "the Observer" may be either)."""
        last_words: dict[str, set[str]] = {}
        for outlet in self._ordered:
            for name in (*outlet.names, *outlet.short_forms):
                words = name.split()
                if words and not _JOINT_NAME.search(name):  # "Mail & Guardian" is never "the Guardian"
                    last_words.setdefault(words[-1], set()).add(outlet.id)
        return frozenset(core for o in self._ordered if o.common_word for n in o.names
                         if re.match(r"The\s", n) and " " not in (core := _core(n)) and not self._ambiguous(n, o)
                         and last_words.get(core, set()) <= {o.id})

    def named_in_body(self, cleaned: CleanedDocument, language: str | None = None) -> tuple[NamedOutlet, ...]:
        """Every registered outlet the body's paragraphs name, in order (see :meth:`find_mentions`);
        names with case endings too, on a page in a language other than English."""
        text = cleaned.document.text
        reader = self.for_language(language)
        return tuple(NamedOutlet(outlet_id, start, end) for block in cleaned.paragraphs
                     for outlet_id, start, end in reader._paragraph_names(text, block.start, block.end))

    def _paragraph_names(self, text: str, start: int, stop: int) -> list[tuple[str, int, int]]:
        """The outlets :meth:`find_mentions` finds in ``text[start:stop]`` (id, start, end), read
        once per distinct paragraph and its surroundings (a pile's copies repeat their paragraphs:
        seven in ten of the realistic corpus's) and moved to where it stands."""
        key = _paragraph_key(text, start, stop)
        if key is None:
            return [(m.outlet.id, m.start, m.end) for m in self.find_mentions(text, start, stop)]
        memo = self._paragraph_memo
        found = memo.get(key)
        if found is None:
            found = tuple((m.outlet.id, m.start - start, m.end - start) for m in self.find_mentions(text, start, stop))
            if len(memo) >= MAX_MEMO_PARAGRAPHS:  # the oldest quarter goes: a story's copies stand close together
                for old in list(islice(memo, MAX_MEMO_PARAGRAPHS // 4)):
                    del memo[old]
            memo[key] = found
        return [(outlet_id, begin + start, end + start) for outlet_id, begin, end in found]

    @cached_property
    def _paragraph_memo(self) -> dict[tuple[str, str, str], tuple[tuple[str, int, int], ...]]:
        """Paragraphs read by :meth:`_paragraph_names`: their :func:`_paragraph_key`, their names."""
        return {}

    def find_unspaced_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[OutletMention]:
        """Names in scripts written without spaces (Chinese, Japanese, Korean) anywhere in the text.

        "조선중앙통신은" and "ロイター通信によると" carry the name inside a longer word, so
        they are found as substrings, not by their first word.
        """
        if self._unspaced_names is None:
            return []
        found = []
        for match in self._unspaced_names.finditer(text, start, len(text) if end is None else end):
            outlet = self.by_name(match.group(0))
            if outlet is not None:
                found.append(OutletMention(outlet, match.start(), match.end()))
        return found

    @cached_property
    def _unspaced_names(self) -> re.Pattern[str] | None:
        names = sorted({n for o in self._ordered for n in o.names if _UNSPACED_SCRIPT.search(n) and len(n) >= 2},
                       key=lambda n: (-len(n), n))
        return re.compile("|".join(re.escape(n) for n in names)) if names else None

    def _name_at(self, text: str, position: int, stop: int, inflected: bool = False) -> tuple[int, str] | None:
        """End of the longest running-text name starting at ``position``, and the name, if any."""
        first = _TOKEN.match(text, position, stop)
        if first is None:
            return None
        word = first.group(0)
        plain = _WORD.match(text, position, stop)
        keys = [word, word.rstrip("."), plain.group(0) if plain else word]
        if inflected and plain is not None:
            keys.extend(self.endings.stems(plain.group(0)))
        candidates = sorted({c for key in keys for c in self._cores_by_first_word.get(key, ())},
                            key=lambda c: (-len(c), c))
        for core in candidates:  # the longest name first, with its ending: "Bloomberg Newsu", not "Bloomberg"
            end = position + len(core)
            if end <= stop and text.startswith(core, position) and not (
                    end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                return end, core
            inflected_end = self.endings.name_end(text, position, stop, core) if inflected else None
            if inflected_end is not None:
                return inflected_end, core
        for core in candidates:  # "РИА «Новости»": the later words of a name in quotation marks
            if " " in core:
                quoted = _quoted_name(core).match(text, position, stop)
                if quoted is not None:
                    return quoted.end(), core
        return None

    @cached_property
    def _inflected_head(self) -> re.Pattern[str]:
        """A name's first word with a case ending glued to it, or an acronym written as a word
        ("Cnn"): one search tells a span has neither."""
        heads = sorted(head for head in self._name_heads if len(head) >= MIN_STEM)
        inflected = rf"(?:{trie(heads)})(?:{trie(sorted(self.endings.glued))})"
        return re.compile(rf"(?<![\w-])(?:{inflected}|{trie(sorted(self._title_acronyms))})(?!\w)")

    @cached_property
    def _title_acronyms(self) -> dict[str, Outlet]:
        """Outlets named by an acronym of three letters or more, by the acronym in title case:
        Italian, Spanish and Portuguese papers often write "la Cnn", "l'Ansa", "la Bbc"."""
        return {core.title(): outlet for core in self._cores_by_first_word
                if core.isalpha() and core.isupper() and len(core) >= 3 and " " not in core
                and (outlet := self.by_name(core)) is not None}

    @cached_property
    def _cores_by_first_word(self) -> dict[str, tuple[str, ...]]:
        """Names and aliases looked for in running text, by first word, longest first.

        Ambiguous names (another outlet's short form) and one-word common-word names are
        left out: they resolve only from metadata or context.
        """
        cores = {_core(n) for o in self._ordered for n in o.names
                 if len(_core(n)) > 1 and not self._ambiguous(n, o)
                 and not (o.common_word and " " not in _core(n))}
        index: dict[str, set[str]] = {}
        for core in cores:
            head = _TOKEN.match(core)
            if head is not None:
                index.setdefault(head.group(0), set()).add(core)
                index.setdefault(head.group(0).rstrip("."), set()).add(core)
                plain = _WORD.match(core)
                if plain is not None:
                    index.setdefault(plain.group(0), set()).add(core)
        return {word: tuple(sorted(names, key=lambda c: (-len(c), c))) for word, names in index.items()}

    @cached_property
    def _name_heads(self) -> frozenset[str]:
        """The plain first word of every running-text name: most words start none, and are skipped."""
        return frozenset(match.group(0) for key in self._cores_by_first_word
                         if (match := _WORD.match(key))) | self._article_cores | self._noun_cores

    def first_mark(self, text: str, start: int, stop: int) -> tuple[str, Outlet, int] | None:
        """The longest agency mark ("(Reuters)", "/TASS/") in ``text[start:stop]`` and where it is.

        One regular expression tells whether any mark is there at all (most lines carry none);
        only then are the marks tried longest first.
        """
        if not self._any_mark.search(text, start, stop):
            return None
        for mark, outlet in self.all_marks:
            position = text.find(mark, start, stop)
            if position >= 0:
                return mark, outlet, position
        return None

    @cached_property
    def _any_mark(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(mark) for mark, _ in self.all_marks) or r"(?!)")

    @cached_property
    def all_marks(self) -> tuple[tuple[str, Outlet], ...]:
        return tuple(sorted(((m, o) for o in self._ordered for m in o.marks),
                            key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1)
def masthead_words() -> frozenset[str]:
    """Words that end newspapers' names ("Courier", "Gazette", "Advocate": ``masthead_words``
    in data/publications.json): after "The" and capitalised words, such a name is a paper's."""
    return frozenset(resources.bundled("publications.json")["masthead_words"])


def load_registry(extra_files: Iterable[Path] = ()) -> Registry:
    """The bundled registry, extended and overridden (by ``id``) by ``extra_files``; a file's
    optional ``name_endings`` (the shape of data/name_endings.json) adds case endings."""
    outlets = dict(_bundled_outlets())
    preferred: set[str] = set()
    endings: list[tuple[Any, str]] = []
    for path in extra_files:
        data = resources.read_user_file(path, "outlet")
        for outlet in _parse_entries(data, str(path)):
            outlets[outlet.id] = outlet
            preferred.add(outlet.id)
        if isinstance(data, dict) and "name_endings" in data:  # case endings of names in its languages
            endings.append((data["name_endings"], str(path)))
    return Registry(outlets, frozenset(preferred), endings=extended(bundled_endings(), endings))


def _bundled_outlets() -> dict[str, Outlet]:
    """The bundled outlets, then the government bodies made from data/bodies.json (an outlet's
    own entry wins an id both have)."""
    entries = _parse_entries(resources.bundled("outlets.json"), "provenance/data/outlets.json")
    outlets = {outlet.id: outlet for outlet in entries}
    for body in _parse_entries(list(body_entries()), "provenance/data/bodies.json"):
        outlets.setdefault(body.id, body)
    return outlets


def with_latin_spellings(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases and, for each one written in Cyrillic, its Serbian Latin spelling
    ("Вашингтон пост" -> "Vašington post"), where a Serbian page in Latin script names it
    so (data/transliteration.json says which aliases)."""
    table, min_letters = _serbian_latin()
    extra = []
    for alias in aliases:
        letters = [ch for ch in alias if ch.isalpha()]
        if len(letters) < min_letters or not all("\u0400" <= ch <= "\u04ff" for ch in letters) \
                or not any(ch.islower() for ch in letters):
            continue
        latin = "".join(_latin_letter(ch, table) for ch in alias)
        if latin not in aliases and latin not in extra:
            extra.append(latin)
    return (*aliases, *extra)


@cache
def _serbian_latin() -> tuple[dict[str, str], int]:
    data = resources.bundled("transliteration.json")
    return data["serbian_latin"], data["min_letters"]


def _latin_letter(letter: str, table: dict[str, str]) -> str:
    latin = table.get(letter.lower())
    if latin is None:
        return letter
    return latin.capitalize() if letter.isupper() else latin


def _parse_entries(data: Any, label: str) -> list[Outlet]:
    entries = data.get("outlets") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise RegistryError(f"{label}: expected {{\"outlets\": [...]}}")
    return [_parse_entry(entry, f"{label} entry {index}") for index, entry in enumerate(entries, 1)]


def _parse_entry(entry: Any, label: str) -> Outlet:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not isinstance(entry.get("name"), str):
        raise RegistryError(f"{label}: each outlet needs a string 'id' and 'name'")
    kind = entry.get("kind", "digital")
    if kind not in OUTLET_KINDS:
        raise RegistryError(f"{label}: unknown kind {kind!r} (one of {', '.join(sorted(OUTLET_KINDS))})")

    def strings(key: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise RegistryError(f"{label}: '{key}' must be a list of strings")
        return tuple(value)

    return Outlet(id=entry["id"], name=entry["name"], kind=kind, aliases=with_latin_spellings(strings("aliases")),
                  short_forms=strings("short_forms"), domains=tuple(d.lower() for d in strings("domains")),
                  marks=strings("marks"), country=entry.get("country"), language=entry.get("language"),
                  common_word=bool(entry.get("common_word", False)))
