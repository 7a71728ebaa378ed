"""A clarification of someone's remarks, or a reaction to them, is news of its own.

An interview's remarks stir a row; the next day a body explains what was meant, or a
minister answers them. "The harbour board has explained the words of its chair in the
Radora Radio interview" is the board's news: its root is the board's statement, and the
interview is background. Every lead is written for this file (places, people and the
broadcaster are made up). The negative rows use the same verbs for the interview itself.
"""

from __future__ import annotations

import pytest
from pilekit import edge as _edge
from pilekit import record as _record
from pilekit import trace as _trace

from provenance.kinds import NodeKind, Relation
from provenance.outlets import load_registry

INTERVIEW_URL = "https://radoraradio.example/2025/03/16/marrow-interview"


def _pile(tmp_path, lead: str):
    interview = _record("Radora Radio", INTERVIEW_URL, "2025-03-16T18:00:00+01:00",
                        ["Harbour chair Ilse Marrow told Radora Radio on Sunday that the port should 'hoist the "
                         "white flag' over the dredging contract and start again.",
                         "She spoke for forty minutes about the quay, the contract and her years on the board."],
                        "Marrow: time to hoist the white flag on dredging")
    page = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-17T10:00:00+01:00",
                   [lead, "The contract runs until May."], "Radora")
    page["links"] = [{"url": INTERVIEW_URL, "text": "Radora Radio"}]
    return _trace(tmp_path, [interview, page])


#: (language, lead, who the statement node is given to); each names Radora Radio for the link.
CLARIFICATIONS = [
    ("en", "The harbour board has explained the words of its chair Ilse Marrow in the Radora Radio "
     "interview, saying she meant a pause, not a surrender.", "The harbour board"),
    ("en", "Radora Harbour Board clarifies Marrow's remarks to Radora Radio: a pause, not a surrender.",
     "Radora Harbour Board"),
    ("fr", "Le syndic Paul Aubert a précisé les propos de la présidente sur Radora Radio, évoquant une pause.",
     "Paul Aubert"),
    ("es", "El consejo del puerto aclaró las palabras de su presidenta en Radora Radio.", "El consejo del puerto"),
    ("ru", "Глава порта Павел Орлов разъяснил слова председательницы совета в эфире Radora Radio.", "Павел Орлов"),
    # a reaction: a verb of response and the remarks it answers
    ("en", "Port workers' leader Tomas Quell responded to Marrow's remarks on Radora Radio, calling them "
     "a betrayal of the dockers.", "Tomas Quell"),
]


@pytest.mark.parametrize(("language", "lead", "responder"), CLARIFICATIONS,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(CLARIFICATIONS)])
def test_a_clarification_is_the_clarifiers_statement_and_the_interview_background(tmp_path, language, lead,
                                                                                    responder):
    graph = _pile(tmp_path, lead)
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == responder
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES


NOT_CLARIFICATIONS = [
    # the interview itself, told with the same verb: "explained in an interview"
    "Harbour chair Ilse Marrow explained in an interview with Radora Radio on Sunday that the port needed a pause.",
    "Ilse Marrow explained on Radora Radio that the dredging contract would be put out again in the autumn.",
]


@pytest.mark.parametrize("lead", NOT_CLARIFICATIONS)
def test_the_interview_told_with_a_verb_of_explaining_is_no_clarification(tmp_path, lead):
    graph = _pile(tmp_path, lead)
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT


@pytest.mark.parametrize(("name", "body"), [
    ("WHO", "who"), ("Weltgesundheitsorganisation", "who"), ("世界卫生组织", "who"),
    ("the Vatican", "holy-see"), ("Santa Sé", "holy-see"), ("Holy See Press Office", "holy-see"),
])
def test_the_bodies_that_speak_after_a_study_or_an_interview_are_registered(name, body):
    found = load_registry().by_name(name)
    assert found is not None and found.id == body and found.kind == "government"
