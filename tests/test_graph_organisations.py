"""Organisations a pile speaks of: a company's own announcement as the pages' source.

The company (Venn Marine, made up) announces in a statement that its chief executive has
left; papers in four languages report it, naming the company, its board or "the company"
as the speaker, each in its language's own patterns (our sentences). Every page is traced
to one node, the company's statement. The negative rows: a company that speaks on one page
only, a silence ("did not immediately respond"), a person who heads the company.
"""

from __future__ import annotations

import pytest
from pilekit import record as _record
from pilekit import trace as _trace

from provenance.graph.organisation_names import body_name_key, organisation_named
from provenance.kinds import NodeKind, Relation

STATEMENT = "statement:vennmarine"

#: One page each: its lead and a second paragraph.
PAGES = [
    ("en", "Venn Marine's board said on Friday that chief executive Ilse Marrow had left the company after a review.",
     "Marrow did not respond to a request for comment."),
    ("de", "Der Vorstand von Venn Marine erklärte am Freitag, Konzernchefin Ilse Marrow verlasse das Unternehmen.",
     "Marrow war seit 2019 an der Spitze des Hafenbauers."),
    ("fr", "Le conseil d'administration de Venn Marine a annoncé vendredi le départ de sa directrice générale, Ilse "
           "Marrow.", "Elle dirigeait le groupe depuis 2019."),
    ("es", "Ilse Marrow ya no es la consejera delegada de Venn Marine.",
     "«No fue franca con el consejo», dijo la empresa en un comunicado."),
]


def _pages(leads: list[tuple[str, str, str]]) -> list[dict[str, object]]:
    return [_record(f"Gazette {n}", f"https://gazette{n}.example/venn", f"2025-03-1{n}T10:00:00+01:00",
                    [lead, more], "Venn Marine chief leaves") for n, (_, lead, more) in enumerate(leads, start=1)]


def test_every_page_reporting_the_companys_announcement_is_traced_to_its_statement(tmp_path):
    graph = _trace(tmp_path, _pages(PAGES))
    for number, (language, lead, _) in enumerate(PAGES, start=1):
        assert graph.article(f"pile#{number}").root == STATEMENT, (language, lead)
    node = graph.node(STATEMENT)
    assert node.kind == NodeKind.STATEMENT and node.person == "Venn Marine"
    cited = next(e for e in graph.edges if e.source == "pile#1" and e.target == STATEMENT)
    assert cited.relation == Relation.CITES and "the organisation Venn Marine speaks" in cited.evidence[0].detail


def test_a_company_speaking_on_one_page_only_is_no_organisation_of_the_pile(tmp_path):
    graph = _trace(tmp_path, _pages(PAGES[:1]))
    assert STATEMENT not in {node.id for node in graph.nodes}


def test_a_silence_is_no_statement(tmp_path):
    silent = [("en", "Venn Marine's board did not immediately respond to questions about Ilse Marrow.", "No date."),
              ("en", "The Venn Marine board declined to comment on Ilse Marrow's departure.", "No date.")]
    graph = _trace(tmp_path, _pages(silent))
    assert not [e for e in graph.edges if any("the organisation" in item.detail for item in e.evidence)]


def test_a_page_only_naming_a_much_quoted_company_retells_its_announcement(tmp_path):
    speaking = [("en", lead, "More to follow.") for lead in (
        "Venn Marine's board said on Friday that Ilse Marrow had left.",
        "Harbour builder shake-up: the board of Venn Marine announced the departure of its chief.",
        "Ilse Marrow has gone, Venn Marine's board said in a statement late on Friday.",
        "The Venn Marine board said a review had found its chief executive was not candid.",
        "In a short statement, the board of Venn Marine said it no longer had confidence in Marrow.")]
    named = ("en", "Ilse Marrow is out at Venn Marine.", "The harbour builder has not named a successor.")
    graph = _trace(tmp_path, _pages([*speaking, named]))
    edge = next(e for e in graph.edges if e.source == "pile#6" and e.target == STATEMENT)
    assert edge.relation == Relation.WEAKLY_CITES and "organisation named: Venn Marine" in edge.evidence[0].detail
    (tmp_path / "few").mkdir()
    few = _trace(tmp_path / "few", _pages([*speaking[:2], named]))
    assert not [e for e in few.edges if e.source == "pile#3" and e.target == STATEMENT]


@pytest.mark.parametrize(("label", "expected"), [
    ("OpenAI", ("OpenAI", True)),  # capitals inside: an organisation's shape
    ("the OpenAI board", ("OpenAI", True)),
    ("Venn Marine’s board", ("Venn Marine", True)),
    ("Le conseil d’administration de Venn Marine", ("Venn Marine", True)),
    ("Совет директоров компании Venn Marine", ("Venn Marine", True)),
    ("Venn Marine董事会", ("Venn Marine", True)),
    ("the artificial intelligence company", (None, True)),  # a noun alone: the page's company
    ("la empresa", (None, True)),
    ("Ilse Marrow", (None, False)),  # a person
    ("the leader of the paramilitary organisation Venn", (None, False)),  # a person at it
    ("The company hours earlier", (None, False)),
])
def test_an_organisation_is_read_from_its_name_or_noun(label, expected):
    assert organisation_named(label) == expected


def test_two_unregistered_authorities_are_two_bodies():
    assert body_name_key("The Sesteth Waste Authority") == "sestethwasteauthority"
    assert body_name_key("The Faitoth Food Safety Authority") != body_name_key("The Sesteth Waste Authority")
    assert body_name_key("Ilse Marrow") is None


def test_a_page_naming_no_source_but_a_registered_bodys_words_cites_its_statement(tmp_path):
    """"Amnistía Internacional ha denunciado …" on a page that names no report: the body's own
    statement, the node its follow-ups would give it; a page that cites a report beside the
    body's words keeps the report as its source."""
    alone = _record("Gaceta", "https://gaceta.example/ai", "2025-03-12T10:00:00+01:00",
                    ["Amnistía Internacional ha denunciado que el puerto de Radora retiene a pescadores sin cargos.",
                     "La organización pidió su liberación inmediata."], "Denuncia sobre Radora")
    reported = _record("Gazette", "https://gazette.example/ai", "2025-03-12T11:00:00+01:00",
                       ["The Radora harbour holds fishermen without charge, Reuters reported on Tuesday.",
                        "Amnesty International said the men should be freed at once."], "Radora fishermen")
    graph = _trace(tmp_path, [alone, reported])
    assert graph.article("pile#1").root == "statement:amnesty-international"
    assert graph.article("pile#2").root == "report:reuters"


def test_a_bodys_own_page_does_not_cite_its_own_statement(tmp_path):
    own = _record("Amnesty International", "https://www.amnesty.org/en/latest/news/radora",
                  "2025-03-12T09:00:00+01:00",
                  ["Amnesty International said today that the Radora harbour holds fishermen without charge.",
                   "The organisation called for their release."], "Radora: fishermen held")
    graph = _trace(tmp_path, [own])
    assert graph.article("pile#1").root == "pile#1"
