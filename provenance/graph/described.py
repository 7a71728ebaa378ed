"""A body a page describes by what it is before (or after) naming it.

Reporters introduce a body by its role and name it a sentence later: "Britain's national
cyber security agency said on Friday it had no reason to doubt …", then "…, said the
National Cyber Security Centre, a unit of GCHQ". The description is that body's voice, so a
lead it speaks in reports the body's statement. A description resolves to a government body
the same page names when every word of it is one of the body's name words (spelled as the
registry spells them: "defence" is "defense", "cybersecurity" is "cyber security"), except
its head noun ("agency", "office") and the body's own country; at least
``MIN_SHARED_WORDS`` of its words must be the body's, and only one body may fit.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

from provenance import resources
from provenance.facts import ArticleFacts
from provenance.graph.background import body_outlets
from provenance.models import Attribution
from provenance.outlets import Outlet, Registry

#: Words a description shares with the body's names, its head noun apart: one shared word
#: ("the defence agency") could be any body's; two ("national cyber security") are its name.
MIN_SHARED_WORDS = 2
#: Descriptions of more words than this are clauses the speaker reader took in, not a role.
MAX_DESCRIPTION_WORDS = 8

_WORD = re.compile(r"[^\W\d_][\w.'’]*")
_POSSESSIVE = re.compile(r"['’]s$")


def described_body(attribution: Attribution, fact: ArticleFacts, registry: Registry | None) -> Outlet | None:
    """The government body the page names elsewhere that an unnamed speaker's description
    ("Britain's national cyber security agency") is, if exactly one fits."""
    if registry is None or attribution.outlet_id is not None or attribution.kind != "person":
        return None
    words = _description_words(attribution.label)
    if words is None:
        return None
    named = {a.outlet_id for a in fact.attributions if a.outlet_id is not None}
    named.update(mention.outlet_id for mention in body_outlets(fact, registry))
    bodies = [body for body in (registry.get(key) for key in sorted(named))
              if body is not None and body.kind == "government"]
    fitting = [body for body in bodies if _fits(words, body)]
    return fitting[0] if len(fitting) == 1 else None


def country_only(label: str) -> str | None:
    """The country a responder names when it names nothing more ("U.S.", "the U.S.
    government", "Russia"): a state answering, whose body the page may name elsewhere."""
    words = _description_words(label, names=True)
    if words is None:
        return None
    own, countries = words
    return next(iter(countries)) if len(countries) == 1 and not own else None


@lru_cache(maxsize=4096)
def _description_words(label: str, names: bool = False) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """A description's own words (spelled as names are) and the countries it names; None when
    it is a name (mostly capitalised words: "Jens Stoltenberg"), not a role (with ``names``,
    a name's words are returned too)."""
    tokens = _WORD.findall(label)
    if not tokens or len(tokens) > MAX_DESCRIPTION_WORDS:
        return None
    countries = _country_words()
    kept: list[str] = []
    named_countries: set[str] = set()
    capitalised = 0
    index = 0
    while index < len(tokens):
        token, pair = tokens[index], " ".join(_plain(t) for t in tokens[index:index + 2])
        plain = _plain(token)
        index += 1
        if pair in countries:  # "South Korea's"
            named_countries.add(countries[pair])
            index += 1
        elif plain in countries:
            named_countries.add(countries[plain])
        elif plain not in _function_words():
            kept.append(_spelling(plain))
            capitalised += token[:1].isupper() and token.casefold() not in _function_words()
    if not names and (capitalised * 2 > len(kept) or not kept):
        return None
    return tuple(kept), frozenset(named_countries)


def _fits(words: tuple[tuple[str, ...], frozenset[str]], body: Outlet) -> bool:
    """Whether every word of the description but its head is one of the body's, enough are, and
    no other country than the body's is named."""
    own, countries = words
    if countries and (body.country is None or countries != {body.country}):
        return False
    names = _name_words(body)
    shared = [word for word in own if word in names]
    unshared = [word for word in own if word not in names]
    return len(shared) >= MIN_SHARED_WORDS and all(word in _heads() for word in unshared) and len(unshared) <= 1


@lru_cache(maxsize=1024)
def _name_words(body: Outlet) -> frozenset[str]:
    """Every word of a body's names, and each two neighbours written as one ("cyber security"
    is also "cybersecurity")."""
    found: set[str] = set()
    for name in body.names:
        words = [_spelling(_plain(word)) for word in _WORD.findall(name)]
        found.update(words)
        found.update(a + b for a, b in pairwise(words))
    return frozenset(found)


def _spelling(word: str) -> str:
    return _spellings().get(word, word)


@cache
def _spellings() -> dict[str, str]:
    return dict(resources.bundled("bodies.json")["descriptions"]["spellings"])


@cache
def _heads() -> frozenset[str]:
    return frozenset(resources.bundled("bodies.json")["descriptions"]["heads"])


@cache
def _function_words() -> frozenset[str]:
    return frozenset(resources.bundled("bodies.json")["descriptions"]["function_words"])


@cache
def _country_words() -> dict[str, str]:
    """Each English name or adjective of a country, casefolded and without its possessive, by
    its code: the demonyms and the forms bodies.json fills its templates with ("Britain's" is
    "britain", "South Korea's" is "south korea")."""
    found: dict[str, str] = {}
    for code, forms in resources.bundled("demonyms.json")["countries"].items():
        for form in forms:
            found.setdefault(_plain(form), code)
    for code, languages in resources.bundled("bodies.json")["countries"].items():
        for forms in languages.get("en", {}).values():
            for form in forms:
                found.setdefault(_plain(form.removeprefix("the ")), code)
    return found


def _plain(word: str) -> str:
    """A word as descriptions and names are compared: casefolded, without its possessive or a
    closing full stop ("U.S." is "u.s")."""
    return _POSSESSIVE.sub("", word.replace("’", "'")).rstrip(".").casefold()
