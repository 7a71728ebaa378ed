"""Follow-ups: a page answering a report is a story of its own.

"The Kremlin on Monday denied a report in The New York Times that ..." is news about a
denial. Its source is the Kremlin's statement, and the Times' report is background the
page retells: a weak citation, never its parent. A follow-up is told by its first
sentence, which carries a verb of response and a noun for what it answers (both lists in
``data/followups.json``, several languages); the responder is the sentence's first named
speaker, or the words before the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from provenance import resources
from provenance.facts import ArticleFacts
from provenance.graph.nodes import NodeTable
from provenance.graph.people import clean_name, person_key
from provenance.kinds import TEXT_RELATIONS, NodeKind, Relation
from provenance.models import Edge, Evidence, Node
from provenance.textspans import word_pattern

#: Confidence of a follow-up's citation of the statement it reports.
STATEMENT_CONFIDENCE = 0.9
#: Confidence left to what a follow-up retells as background.
BACKGROUND_CONFIDENCE = 0.3
_FIRST_SENTENCE = re.compile(r"\s*(?:[A-ZÀ-Þ ,.]+\s*\([^)]*\)\s*[-–—]\s*)?(?P<sentence>[^.!?]{20,400}[.!?])")


@dataclass(frozen=True)
class FollowUp:
    article: str
    responder: str
    evidence: Evidence


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resources.bundled("followups.json")
    return (word_pattern(data["denial_verbs"]), word_pattern(data["response_verbs"]),
            word_pattern(data["report_nouns"], compounds=True))


#: A verb of denial counts only near the start of its sentence (the subject's own verb),
#: within this many words: "Russia on Saturday denied ...", not "... who denied it".
DENIAL_WITHIN_WORDS = 12
#: Words that put the verb in a clause of its own: not the sentence's answer.
_SUBORDINATE = re.compile(r"(?<!\w)(?:that|which|who|according|after|when|while|as|dass|que|qui|che|"
                          r"cui|что|который|которая|которые|którzy|który)(?!\w)", re.IGNORECASE)


def _answer(sentence: str) -> re.Match[str] | None:
    """The verb by which a sentence answers a report, if it does."""
    denials, responses, nouns = _patterns()
    denial = denials.search(sentence)
    if denial is not None and len(sentence[:denial.start()].split()) <= DENIAL_WITHIN_WORDS \
            and not _SUBORDINATE.search(sentence[:denial.start()]):
        return denial
    response = responses.search(sentence) or denial
    if response is not None and nouns.search(sentence) and not _SUBORDINATE.search(sentence[:response.start()]):
        return response
    return None


def follow_up(fact: ArticleFacts) -> FollowUp | None:
    """The responder, when the page's first sentence answers a report."""
    cleaned = fact.identified.cleaned
    body = cleaned.paragraphs
    if not body:
        return None
    text = cleaned.document.text
    match = _FIRST_SENTENCE.match(text, body[0].start, min(len(text), body[0].start + 600))
    if match is None:
        return None
    sentence = match.group("sentence")
    verb = _answer(sentence)
    if verb is None:
        return None
    start = match.start("sentence")
    responder = _responder(fact, start, start + verb.start(), sentence[:verb.start()])
    if responder is None:
        return None
    evidence = Evidence(kind="attribution", article=fact.id, text=sentence, start=start, end=start + len(sentence),
                        detail=f"follow-up: {responder} answers a report ({verb.group(0)})")
    return FollowUp(fact.id, responder, evidence)


def _responder(fact: ArticleFacts, sentence_start: int, verb_start: int, before: str) -> str | None:
    """The first named speaker after the dateline, else the sentence's subject: its leading
    capitalised words ("US-Präsident Donald Trump hat einen Bericht" -> "US-Präsident Donald Trump")."""
    dateline = _DATELINE_END.match(before)
    subject_start = sentence_start + (dateline.end() if dateline else 0)
    for attribution in fact.attributions:
        if subject_start <= attribution.source.start < verb_start and attribution.kind in ("person", "outlet"):
            return _without_time(attribution.label)
    subject = _leading_name(_without_time(before))
    return subject if subject and len(subject.split()) <= 8 else None


_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "des", "du", "la", "le", "del", "der", "di", "da",
                         "von", "van", "al", "el"})


def _leading_name(subject: str) -> str:
    """The capitalised words a subject starts with, joined by connectors ("Ministry of Defence")."""
    words: list[str] = []
    for word in subject.split():
        if word[:1].isupper() or (words and word.casefold() in _CONNECTORS):
            words.append(word)
        else:
            break
    while words and words[-1].casefold() in _CONNECTORS:
        words.pop()
    return " ".join(words).strip(" ,")


_TIME_WORDS = re.compile(r"(?:,?\s+(?:on|am|le|el|il|в|во|w|on\s+the)\s+[\w.]+(?:,\s*\w+\s+\d{1,2})?|"
                         r",?\s+(?:today|yesterday|tonight|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|сегодня|"
                         r"вчера))+[\s,]*$", re.IGNORECASE)
#: What ends a dateline before the story's subject: "KABUL, Afghanistan – ", "MOSCOW: ".
_DATELINE_END = re.compile(r"^.*?(?:\s[-–—]\s|[A-ZÀ-Þ]{3,}\s*:\s)")


def _without_time(subject: str) -> str:
    """"MOSCOW: Russia on Tuesday" -> "Russia": neither place nor day is the speaker."""
    subject = _DATELINE_END.sub("", subject.strip(), count=1)
    return _TIME_WORDS.sub("", subject).strip(" ,")


def _answered(edge: Edge, followups: dict[str, FollowUp]) -> bool:
    """A follow-up's edge that points at the story it answers (not at another follow-up's text)."""
    if edge.relation in (Relation.WEAKLY_CITES, Relation.SHARES_SOURCE):
        return False
    return not (edge.relation in TEXT_RELATIONS and edge.target in followups)


def refocus(edges: list[Edge], followups: dict[str, FollowUp], nodes: NodeTable,
            statements: bool = True) -> list[Edge]:
    """A follow-up's edges to what it retells become background; with ``statements``, it
    also cites its responder's statement (once: pass it with the citation edges)."""
    result: list[Edge] = []
    for edge in edges:
        if edge.source in followups and _answered(edge, followups):
            first, *rest = edge.evidence  # every piece kept; the first (the link's summary) says why
            evidence = (replace(first, detail=f"{first.detail}; background: the page answers this report"), *rest)
            result.append(replace(edge, relation=Relation.WEAKLY_CITES, confidence=BACKGROUND_CONFIDENCE,
                                  evidence=evidence))
        else:
            result.append(edge)
    for article_id, found in sorted(followups.items()) if statements else ():
        name = clean_name(found.responder) or found.responder
        node_id = nodes.add(Node(id=f"statement:{person_key(name)}", kind=NodeKind.STATEMENT,
                                 label=f"{name} (statement)", in_corpus=False, person=name,
                                 note="a statement answering the story's report, named by a follow-up"))
        result.append(Edge(article_id, node_id, Relation.CITES, STATEMENT_CONFIDENCE, (found.evidence,)))
    return result
