"""The noun phrase beside a cue: the source's words before a verb or after a lead-in.

Shared by the rule-based extractor (:mod:`provenance.attribution`) and the learned
stance cues (:mod:`provenance.attribution.stance`), so both read a sentence's subject the same way.
"""

from __future__ import annotations

import re
from functools import cache

from provenance import resources
from provenance.models import Span
from provenance.textspans import is_abbreviation

#: A source noun phrase is at most this many words (longer chunks are clauses). A colon
#: glued to a letter is a case ending, not a break ("STT:n mukaan", "BBC:lle").
MAX_SOURCE_WORDS = 9
_CLAUSE_BREAK = re.compile(r"[,;()\"“”—–]|:(?![^\W\d_])|\s-\s|\s>>\s|\b(?:that|which|who|whom|when|after|because|if)\s+"
                           r"|\b(?:came|comes|come) as\s+|\b(?:and|but|while|as)\s+(?=[a-z])")
#: A name's complement after its parenthesised short form: "(NCSC) of the United Kingdom".
_COMPLEMENT = re.compile(r"(?:of|in|at|de|du|des|del|della|der|des)\s")
LEADING_NOISE = re.compile(r"^(?:(?:and|but|however|also|so|then|meanwhile|now|yet|though|although|while|because|"
                           r"if|when|as|since|after|before|until|once)\b[,\s]*)+", re.IGNORECASE)
_NP_END = re.compile(r"\s+(?:as saying|as having said|that|said|says|on|in|to|for|about|who|which|and said)\b"
                     r"|[,;:()\"“”—–]|\s-\s|\.(?=(?-i:\s+[A-Z])|\s*$)",
                     re.IGNORECASE)
_RELAY_ASIDE = re.compile(r"(?:citing|quoting|according to|in a statement|in an interview|on \w+day)\b",
                          re.IGNORECASE)
_APPOSITIVE_SUBJECT = re.compile(r"\s*[“\"‘']?(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+),\s+(?:a|an|the|who|"
                                 r"\d|[a-z][\w-]*\s+(?:of|at|for)\b|[A-Z][\w'’-]+’s?\s)")
_CARRIER = re.compile(r"\s+(?:in|by|from|for|published by|published in|carried by|on)\s+")
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w.'’-]*\s+|of\s+){1,6}[A-Z][\w'’-]+)\s*,\s*$")
_RELATIVE = re.compile(r"who|which|that", re.IGNORECASE)
#: Relative pronouns of other languages that stand for the name before their comma
#: ("el presidente polaco, Andrzej Duda, quien afirmó"); not "que"/"che"/"der", which are
#: also conjunctions or articles (a language's own ``relative_pronouns`` are read where the
#: registry is known: attribution/sources.py).
_OTHER_RELATIVES = frozenset({"quien", "quienes", "qui", "il quale", "la quale", "i quali", "le quali", "który",
                              "która", "którzy", "które", "который", "которая", "которые", "котрий", "яка", "які"})


def name_before_comma(text: str, floor: int, end: int) -> re.Match[str] | None:
    """A capitalised name ending at a comma just before ``end`` ("Matt Taibbi, "), if one does."""
    return _NAME_BEFORE.search(text, floor, end)
_APPOSED = r"(?P<np>[A-Z][^,;:“”\"()]{1,60}?)\s*(?:,[^,;:“”\"()]{2,120},|\([^()]{1,40}\),?)\s*$"
_APPOSITION_OPENING = re.compile(rf"[“\"‘']?{_APPOSED}")
_APPOSITION = re.compile(rf"(?:[;:“”\"]\s*|,\s+(?:and|but)\s+){_APPOSED}")
_PASSIVE = re.compile(r"\b(?:is|was|were|are|be|been|being)$", re.IGNORECASE)


def noun_phrase_before(text: str, floor: int, cue_start: int, antecedent: bool = True) -> Span | None:
    """The words between the last clause break and a reporting verb.

    A relative pronoun right before the verb is the source itself ("Trump, who said"):
    its antecedent's name, or with ``antecedent=False`` the pronoun as written (as
    PolNeAR annotates it).
    """
    chunk = text[floor:cue_start]
    breaks = list(_CLAUSE_BREAK.finditer(chunk))
    start = floor + (breaks[-1].end() if breaks else 0)
    if breaks and not text[start:cue_start].strip() and _RELATIVE.fullmatch(breaks[-1].group(0).strip()):
        pronoun_start = floor + breaks[-1].start()
        name = _NAME_BEFORE.search(text, floor, pronoun_start) if antecedent else None
        if name:  # "General Mark Milley, who has said"
            return Span(name.start("name"), name.end("name"), name["name"])
        return Span(pronoun_start, pronoun_start + len(breaks[-1].group(0).strip()), breaks[-1].group(0).strip())
    if len(breaks) >= 2 and not text[start:cue_start].strip():  # "TASS, citing the Post, said"
        aside = chunk[breaks[-2].end():breaks[-1].start()].strip()
        if _RELAY_ASIDE.match(aside):
            before = breaks[-3].end() if len(breaks) >= 3 else 0
            return strip_span(text, floor + before, floor + breaks[-2].start())
    if breaks and breaks[-1].group(0) == ")" and not text[start:cue_start].strip():
        bracketed = _before_parenthesis(text, floor, breaks)  # "Catherine Nayl (directrice …, membre …) a écrit"
        if bracketed is not None:
            return bracketed
    appositive = _APPOSITIVE_SUBJECT.match(chunk)
    if appositive and breaks and not text[start:cue_start].strip() and \
            not LEADING_NOISE.fullmatch(appositive["np"]):  # "Jeff Weaver, Sanders' manager, said"; not "However, …"
        return Span(floor + appositive.start("np"), floor + appositive.end("np"), appositive["np"])
    span = strip_span(text, start, cue_start)
    if span is None or _PASSIVE.search(span.text):
        return None
    if len(breaks) >= 2 and breaks[-1].group(0) == ")" and breaks[-2].group(0) == "(" and \
            _COMPLEMENT.match(span.text):  # "The National Cyber Security Centre (NCSC) of the United Kingdom said"
        head = breaks[-3].end() if len(breaks) >= 3 else 0  # the name before its short form is the source
        span = strip_span(text, floor + head, floor + breaks[-2].start()) or span
    if antecedent and span.text.casefold() in _OTHER_RELATIVES and breaks and breaks[-1].group(0) == ",":
        name = _NAME_BEFORE.search(text, floor, floor + breaks[-1].end())  # "Andrzej Duda, quien afirmó"
        if name:
            return Span(name.start("name"), name.end("name"), name["name"])
    noise = LEADING_NOISE.match(span.text)
    if noise:
        span = strip_span(text, span.start + noise.end(), span.end)
    trailing = _TRAILING_NOISE.search(span.text) if span is not None else None
    if span is not None and trailing is not None and trailing.start() > 0:
        span = strip_span(text, span.start, span.start + trailing.start())
    if span is None or len(span.text.split()) > MAX_SOURCE_WORDS:
        return None
    return span


#: Words between a subject and its verb that are not the subject's: adverbs ("The Bouygues
#: group categorically denies", "Russia secretly offered") and the auxiliaries before them
#: ("Julien has since said", "… have all vehemently denied"); not the nouns ending in -ly
#: that close a subject ("the national assembly said").
_TRAILING_NOISE = re.compile(r"(?:\s+(?:(?!(?:family|assembly|ally|rally|daily|weekly|monthly|quarterly|italy|july)\b)"
                             r"[a-z]+ly|since|also|all|both|still|then|now|later|previously|again|have|has|had|was|"
                             r"were|is|are))+$")



def _before_parenthesis(text: str, floor: int, breaks: list[re.Match[str]]) -> Span | None:
    """The phrase before a parenthesis that runs up to the verb: a name and its title or
    employer in brackets, which may hold commas of its own ("Catherine Nayl (directrice de
    l'information, membre du comité exécutif) a d'ailleurs écrit")."""
    opening = next((b for b in reversed(breaks[:-1]) if b.group(0) == "("), None)
    if opening is None:
        return None
    before = [b for b in breaks if b.end() <= opening.start()]
    span = strip_span(text, floor + (before[-1].end() if before else 0), floor + opening.start())
    if span is None or len(span.text.split()) > MAX_SOURCE_WORDS or _PASSIVE.search(span.text):
        return None
    return span

def noun_phrase_after(text: str, start: int, ceiling: int, ends: re.Pattern[str] | None = None) -> Span | None:
    """The noun phrase from ``start``, ending at a clause break, an English preposition or
    verb, or where ``ends`` (a language's place or medium phrase: "dans son édition") starts."""
    if ends is not None and (medium := ends.search(text, start, ceiling)) is not None:
        ceiling = medium.start()
    end_match = _NP_END.search(text, start, ceiling)
    while end_match is not None and end_match.group(0) == "." and is_abbreviation(text, end_match.start()):
        end_match = _NP_END.search(text, end_match.end(), ceiling)  # "according to Dr. Jane Smith"
    end = end_match.start() if end_match else ceiling
    carrier = _CARRIER.match(text, end, ceiling)
    if carrier and re.search(r"\b(?:report|article|story|analysis|poll|survey|interview|editorial|column|piece|"
                             r"investigation|count|review|study)$", text[start:end]):  # "a report in the FT"
        end_match = _NP_END.search(text, carrier.end(), ceiling)
        end = end_match.start() if end_match else ceiling
    span = strip_span(text, start, end)
    if span is None or len(span.text.split()) > MAX_SOURCE_WORDS:
        return None
    return span


def strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def subject_before_apposition(text: str, floor: int, cue_start: int) -> Span | None:
    """The subject of "Senator X, a critic of the plan, said" or "Gov. Y (R) said".

    Only a capitalised phrase at ``floor`` (the sentence's start) or after a clause start
    counts, so a list or an aside inside a longer clause is not taken for a subject.
    """
    match = _APPOSITION_OPENING.match(text, floor, cue_start) or \
        _APPOSITION.search(text, max(floor, cue_start - 200), cue_start)
    if match is None or len(match["np"].split()) > MAX_SOURCE_WORDS:
        return None
    return strip_span(text, match.start("np"), match.end("np"))


@cache
def not_names() -> frozenset[str]:
    """Words that start or end no person's name ("News", "Breaking", "Files", "House"):
    ``not_names`` in data/publications.json, read by the speaker rules and the graph's names."""
    return frozenset(resources.bundled("publications.json")["not_names"])


@cache
def not_name_openers() -> frozenset[str]:
    """Articles and pronouns that open no person's name ("The Taliban", "Der Vizekanzler"):
    ``not_name_openers`` in data/publications.json."""
    return frozenset(resources.bundled("publications.json")["not_name_openers"])


@cache
def _country_names() -> frozenset[str]:
    """Country names in every language the package reads (babel's CLDR territory names) and
    the nationality words of data/demonyms.json, casefolded."""
    from babel import Locale, UnknownLocaleError

    data = resources.bundled("demonyms.json")
    names = {word.casefold() for words in data["countries"].values() for word in words}
    names.update(form.casefold() for form in data["short_forms"])
    for language in sorted(resources.languages()):
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        names.update(name.casefold() for code, name in territories.items() if code.isalpha())
    return frozenset(names)


def names_a_country(name: str) -> bool:
    """Whether a capitalised phrase names a country or its people ("North Korea", "Estados
    Unidos", "Разведка США"): a state or its bodies speak, not a person. A one-word country
    counts only as the last word: "Jordan Peterson" is a person, "Hashemite Jordan" is not."""
    words = [w.strip(",;:()«»\"'’").casefold() for w in name.split()]
    countries = _country_names()
    if words and (words[-1] in countries or words[-1].rstrip(".") in countries):
        return True
    return any(" ".join(words[i:j]) in countries
               for i in range(len(words)) for j in range(i + 2, min(len(words), i + 4) + 1))
