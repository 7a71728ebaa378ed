"""An organisation's name or noun in a speaker's words: "OpenAI's board", "the board of
OpenAI", "Совет директоров компании OpenAI", "OpenAI董事会", "the company".

Read by :mod:`.organisations` (the pile's organisations and their statements) and by
:mod:`.followups` (a follow-up's responder that is an organisation is keyed by its name, not
by a surname: "The Stamou Rail Company" is not a person "Company").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from provenance import resources

#: A speaker's words longer than this are a clause, not an organisation's name or noun.
MAX_SPEAKER_WORDS = 8

#: Speaker labels whose reading is kept: a pile's copies repeat their speakers.
LABELS_KEPT = 16_384

#: A capitalised name of one to three words, in Latin letters (the form companies keep in every script).
_NAME = r"[A-Z][\w&.’'-]*?(?:\s+[A-Z][\w&.’'-]*?){0,2}"
#: One word shaped as an organisation's name: capitals inside it ("OpenAI", "ByteDance") or an acronym.
_ORGANISATION_SHAPE = re.compile(r"(?:[A-Z][a-z]*[A-Z][\w&-]*|[A-Z]{2,}[\w&-]*)")
_PREPOSITION = r"(?:of|de|d['’]|di|del|della|do|da|der|des|du|van|von)"
_ARTICLE = r"(?:the|la|le|el|il|lo|o|a|l['’])"
_DETERMINERS = re.compile(r"^(?:(?:the|its|their|la|le|les|el|il|lo|o|a|das|der|die)\s+|l['’])+", re.IGNORECASE)


@cache
def _data() -> dict[str, list[str]]:
    data = resources.bundled("organisations.json")
    return {"nouns": list(data["nouns"]), "unspaced": list(data["unspaced"])}


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A name before its noun ("OpenAI's board"), a noun before its name ("the board of OpenAI",
    "компании OpenAI"), a name before an unspaced noun ("OpenAI董事会"), a noun alone."""
    nouns = "|".join(re.escape(noun) for noun in sorted(_data()["nouns"], key=len, reverse=True))
    unspaced = "|".join(re.escape(noun) for noun in sorted(_data()["unspaced"], key=len, reverse=True))
    noun = rf"(?i:{nouns})"
    return (re.compile(rf"(?P<name>{_NAME})(?:['’]s?)?\s+{noun}$"),
            re.compile(rf"{noun}\s+(?:(?i:{_PREPOSITION})\s*)?(?:(?i:{_ARTICLE})\s*)?(?:{noun}\s+)?(?P<name>{_NAME})$"),
            re.compile(rf"(?P<name>{_NAME})\s*(?:{unspaced})$"),
            re.compile(rf"(?:^|(?<=\s)){noun}$"))


@lru_cache(maxsize=LABELS_KEPT)
def organisation_named(label: str) -> tuple[str | None, bool]:
    """The organisation's name a speaker's label gives, and whether the label names an
    organisation at all ("the company": no name, but an organisation). Cached by label."""
    words = _DETERMINERS.sub("", label.strip(" ,.:;\"“”«»")).strip()
    if not words or len(words.split()) > MAX_SPEAKER_WORDS:
        return None, False
    if _ORGANISATION_SHAPE.fullmatch(words):
        return words, True
    before, after, unspaced, alone = _shapes()
    for shape in (before, after, unspaced):
        found = shape.search(words)
        if found is not None and _heads(words[:found.start()]):
            return found["name"], True
    found = alone.search(words)
    return None, found is not None and _heads(words[:found.start()]) and not _CAPITALISED.search(words[:found.start()])


#: A preposition before the organisation's words makes them another's complement: "the
#: leader of the paramilitary organisation Wagner" is a person, "the head of the group" too,
#: and "a spokesman for the ferry company Nordlys" speaks, not the company's statement.
_COMPLEMENT = re.compile(rf"(?<![\w'’])(?:{_PREPOSITION}|for|für|pour|para|per|por|dla|voor|по|від|от)(?![\w])",
                         re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z]")


def _heads(prefix: str) -> bool:
    """Whether the words before an organisation's name or noun leave it the head of the
    speaker's words: adjectives ("the artificial intelligence company"), no complement."""
    return (not prefix or prefix.endswith(" ")) and _COMPLEMENT.search(prefix) is None


def organisation_key(name: str) -> str:
    """One key for a name however it is spaced or cased ("OpenAI", "Open AI")."""
    return re.sub(r"[\W_]+", "", name.casefold())


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(head.casefold() for head in resources.bundled("bodies.json")["descriptions"]["heads"])


_ARTICLE_OPENING = re.compile(r"^(?:the|la|le|el|il|der|die|das)\s+", re.IGNORECASE)


def body_name_key(name: str) -> str | None:
    """The key of an unregistered body's whole name ("The Sesteth Waste Authority" ->
    "sestethwasteauthority"), when its last word is a head noun bodies are named with
    (bodies.json ``descriptions.heads``: "authority", "agency", "council") after a capitalised
    word: two authorities of a pile are two bodies, not one "Authority"."""
    words = _ARTICLE_OPENING.sub("", name.strip()).split()
    if len(words) < 2 or words[-1].casefold() not in _body_heads() or not words[-2][:1].isupper():
        return None
    return organisation_key(" ".join(words))
