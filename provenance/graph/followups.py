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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resources.bundled("followups.json")
    return _words(data["response_verbs"]), _words(data["report_nouns"])


def _words(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def follow_up(fact: ArticleFacts) -> FollowUp | None:
    """The responder, when the page's first sentence answers a report."""
    cleaned = fact.identified.cleaned
    body = [b for b in cleaned.blocks if b.role == "body"]
    if not body:
        return None
    text = cleaned.document.text
    match = _FIRST_SENTENCE.match(text, body[0].start, min(len(text), body[0].start + 600))
    if match is None:
        return None
    sentence = match.group("sentence")
    verbs, nouns = _patterns()
    verb = verbs.search(sentence)
    if verb is None or not nouns.search(sentence, verb.end()):
        return None
    start = match.start("sentence")
    responder = _responder(fact, start, start + verb.start(), sentence[:verb.start()])
    if responder is None:
        return None
    evidence = Evidence(kind="attribution", article=fact.id, text=sentence, start=start, end=start + len(sentence),
                        detail=f"follow-up: {responder} answers a report ({verb.group(0)})")
    return FollowUp(fact.id, responder, evidence)


def _responder(fact: ArticleFacts, sentence_start: int, verb_start: int, before: str) -> str | None:
    """The first named speaker of the sentence, else its subject: the capitalised words before the verb."""
    for attribution in fact.attributions:
        if sentence_start <= attribution.source.start < verb_start and attribution.kind in ("person", "outlet"):
            return _without_time(attribution.label)
    subject = _without_time(before)
    words = subject.split()
    return subject if 1 <= len(words) <= 8 and subject[:1].isupper() else None


_TIME_WORDS = re.compile(r"(?:\s+(?:on|am|le|el|il|в|во|w|on\s+the)\s+[\w.]+|\s+(?:today|yesterday|tonight|"
                         r"heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|сегодня|вчера))+\s*$", re.IGNORECASE)


def _without_time(subject: str) -> str:
    """"The ministry on Tuesday" -> "The ministry": the day is not part of the speaker."""
    return _TIME_WORDS.sub("", subject.strip()).strip(" ,")


def refocus(edges: list[Edge], followups: dict[str, FollowUp], nodes: NodeTable) -> list[Edge]:
    """A follow-up cites its responder's statement; what it retells becomes background."""
    result: list[Edge] = []
    for edge in edges:
        if edge.source in followups and edge.relation != Relation.WEAKLY_CITES:
            note = "background: the page answers this report"
            evidence = tuple(replace(e, detail=f"{e.detail}; {note}") for e in edge.evidence[:3]) \
                if edge.relation in TEXT_RELATIONS else edge.evidence
            result.append(replace(edge, relation=Relation.WEAKLY_CITES, confidence=BACKGROUND_CONFIDENCE,
                                  evidence=evidence))
        else:
            result.append(edge)
    for article_id, found in sorted(followups.items()):
        name = clean_name(found.responder) or found.responder
        node_id = nodes.add(Node(id=f"statement:{person_key(name)}", kind=NodeKind.STATEMENT,
                                 label=f"{name} (statement)", in_corpus=False, person=name,
                                 note="a statement answering the story's report, named by a follow-up"))
        result.append(Edge(article_id, node_id, Relation.CITES, STATEMENT_CONFIDENCE, (found.evidence,)))
    return result
