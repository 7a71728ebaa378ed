"""Inquiries: an investigating body opening an investigation is news of its own.

"Le parquet national financier a ouvert une enquête après les informations publiées par le
Canard enchaîné" reports a new event: prosecutors act on the weekly's report. As with a
resignation (:mod:`.followups`), the page's source is the body's own announcement and the
report that prompted it is background. The verb (``verbs`` in ``data/inquiries.json``,
several languages, "a ouvert … enquête" in parts) must be the lead's own, near the start of
its main clause (:mod:`.followups` tests that); this module names who opened the inquiry:
a government body the registry knows, or a subject that names an investigating body
("prosecutors", "le parquet financier", "die Staatsanwaltschaft"). A subject naming no such
body ("The company opened an internal probe") is no inquiry of this kind: the company's own
news goes through the statement and event rules.

A registered body's decision is news of the same kind ("The International Criminal Court has
issued an arrest warrant for …", "Der Internationale Strafgerichtshof hat Haftbefehl …
erlassen"): the source is the body's announcement of it, its press release or ruling, which
is the pile's original when the pile is about that decision (``decision_verbs``). Only a body
the registry knows decides here: "the court ruled" names no one to cite.
"""

from __future__ import annotations

import re
from functools import cache

from provenance import resources
from provenance.graph.clauses import CJK_WORD, lexicon
from provenance.graph.responders import without_time
from provenance.outlets import Outlet, Registry

#: How many words may stand between a verb's parts: "a ouvert, le 25 janvier 2017, une enquête",
#: "hat nach dem Bericht des Courier Ermittlungen gegen den Vorstand eingeleitet".
INQUIRY_GAP_WORDS = 6
#: A subject longer than this many words is a clause, not the name of a body.
MAX_INVESTIGATOR_WORDS = 7
#: Where a subject's last clause starts: after a fronted phrase ("Ce mercredi, suite aux
#: révélations du Canard, le parquet …") or a headline's topic ("Affaire Fillon : le parquet …").
_CLAUSE_BREAK = re.compile(r"[,:;|–—，、：]\s*")
#: Chinese marks that end a subject before its object: "法国检方对菲永夫人展开调查".
_CJK_SUBJECT_END = re.compile(r"[对對就已正宣]")


@cache
def _data() -> dict[str, list[str]]:
    data = resources.bundled("inquiries.json")
    return {key: list(value) for key, value in data.items() if isinstance(value, list)}


def _part(text: str) -> str:
    return re.escape(text.strip()).replace(r"\ ", r"\s+")


@cache
def inquiry_verbs() -> re.Pattern[str]:
    """The verbs of opening an investigation, longest first, each in its parts. Not
    :func:`.clauses.lexicon`'s verbs in parts: these allow fewer words between their parts
    (INQUIRY_GAP_WORDS), a comma after one and an elided article before the next."""
    return _verbs_in_parts("verbs")


@cache
def decision_verbs() -> re.Pattern[str]:
    """The verbs of a body's decision ("has issued an arrest warrant", "hat Haftbefehl
    erlassen", "a ordonné"), read as :func:`inquiry_verbs` are."""
    return _verbs_in_parts("decision_verbs")


def _verbs_in_parts(key: str) -> re.Pattern[str]:
    gap = rf"[,;]?(?:\s+[^\s.!?]+){{0,{INQUIRY_GAP_WORDS}}}?\s+(?:\w{{1,3}}['’])?"  # "un'inchiesta" too
    entries = sorted(_data()[key], key=len, reverse=True)
    spaced = [gap.join(_part(part) for part in entry.split("…")) for entry in entries if not CJK_WORD.search(entry)]
    unspaced = [re.escape(entry) for entry in entries if CJK_WORD.search(entry)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)|{'|'.join(unspaced)}", re.IGNORECASE)


@cache
def _investigators() -> re.Pattern[str]:
    return lexicon(_data()["investigators"])


@cache
def _articles() -> re.Pattern[str]:
    elided = [re.escape(word) for word in _data()["articles"] if word[-1:] in "'’"]
    whole = [re.escape(word) for word in _data()["articles"] if word[-1:] not in "'’"]
    return re.compile(rf"^(?:(?:{'|'.join(whole)})\s+|(?:{'|'.join(elided)}))", re.IGNORECASE)


@cache
def _auxiliaries() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in _data()["auxiliaries"])
    return re.compile(rf"(?:\s+(?:{words}))+\s*$", re.IGNORECASE)


def investigator(subject: str, registry: Registry | None = None) -> tuple[str, Outlet | None] | None:
    """Who opens the inquiry, from the words before the verb in the lead's main clause: the
    body's name as the page gives it (its last clause, without article, place or day, its
    first letter raised) and the registry's government body of that name, if any. None
    when the words name no investigating body."""
    clause = _CLAUSE_BREAK.split(subject.strip())[-1]
    if CJK_WORD.search(clause):
        clause = _CJK_SUBJECT_END.split(clause)[0]
    name = _auxiliaries().sub("", _articles().sub("", without_time(clause))).strip(" ,.\"'«»“”")
    if not name or len(name.split()) > MAX_INVESTIGATOR_WORDS:
        return None
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", name)  # "parquet national financier (PNF)"
    body = next((found for candidate in (name, bare) if registry is not None
                 and (found := registry.by_name(candidate)) is not None and found.kind == "government"), None)
    if body is not None:
        return body.name, body
    if not _investigators().search(bare):
        return None
    return bare[:1].upper() + bare[1:], None


def decider(subject: str, registry: Registry | None) -> Outlet | None:
    """The body whose decision a lead reports, from the words before the verb (as
    :func:`investigator` reads them): only a body the registry knows as a government body or
    international organisation. "The court ruled" or "the company banned" alone name no one,
    and a person's or an outlet's acts are other rules' (events, statements, reports)."""
    found = investigator(subject, registry)
    if found is not None and found[1] is not None:
        return found[1]
    return _body_heading(subject, registry)


#: Words that may stand before a body's name in a decision's subject: "Judges at the
#: International Criminal Court", "Les juges de la CPI".
MAX_WORDS_BEFORE_BODY = 3


def _body_heading(subject: str, registry: Registry | None) -> Outlet | None:
    """A registered body named at the head of the subject's last clause, a few words into it
    ("Judges at the International Criminal Court", "国际刑事法庭法官3月17日": the court's judges)."""
    if registry is None:
        return None
    clause = _CLAUSE_BREAK.split(subject.strip())[-1]
    mentions = registry.find_unspaced_mentions(clause) if CJK_WORD.search(clause) else registry.find_mentions(clause)
    first = mentions[0] if mentions else None  # the first name only: "Russia's ambassador to the court" is no decision
    if first is None or first.outlet.kind != "government" or len(clause[:first.start].split()) > MAX_WORDS_BEFORE_BODY:
        return None
    return first.outlet
