"""An inquiry opened after a report is news of its own: the investigating body's.

Each lead below is written for this table (places, bodies and outlets made up): prosecutors,
a court or the police open an investigation after The Radora Courier's report, which the
page links. The page's root is the body's announcement, a statement node, and its edge to
the Courier's report is background. The negative rows have the same verbs with no
investigating body as subject, or the inquiry in a clause the report's sentence tells.
"""

from __future__ import annotations

import json

import pytest
from pilekit import SCOOP as PILE_SCOOP
from pilekit import edge as _edge
from pilekit import record as _record
from pilekit import trace as _trace

from provenance.graph.inquiries import investigator
from provenance.kinds import NodeKind, Relation
from provenance.outlets import load_registry

SCOOP_URL = "https://radoracourier.example/news/2025/03/17/harbour-overrun"
COURIER = "The Radora Courier"


def _pile(tmp_path, lead: str, anchor: str, title: str = "Radora", **kwargs):
    scoop = _record(COURIER, SCOOP_URL, "2025-03-17T09:00:00+01:00", PILE_SCOOP[:3], "Harbour board hid overrun")
    page = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-18T10:00:00+01:00",
                   [lead, "The board did not answer questions on Wednesday."], title)
    assert anchor in lead or anchor in title
    page["links"] = [{"url": SCOOP_URL, "text": anchor}]
    return _trace(tmp_path, [scoop, page], **kwargs)


#: (language, lead, words the link is set on, the body the statement node is given to).
INQUIRIES = [
    ("en", "Radora prosecutors on Tuesday opened a preliminary investigation into the harbour board after "
     "The Radora Courier reported a hidden dredging overrun.", COURIER, "Radora prosecutors"),
    ("en", "The FBI has opened an inquiry into the dredging contract, days after a report in The Radora "
     "Courier.", "Radora Courier", "FBI"),  # a body the registry knows: its own name, one node
    ("fr", "Mardi après-midi, à la suite des révélations du Radora Courier, le parquet de Radora a ouvert une "
     "enquête préliminaire pour détournement de fonds publics.", "Radora Courier", "Parquet de Radora"),
    ("fr", "Le parquet national financier a ouvert, le 18 mars 2025, une enquête sur le port de Radora après "
     "l'article du Radora Courier.", "Radora Courier", "Parquet national financier"),
    ("de", "Die Staatsanwaltschaft Radora hat nach dem Bericht des Radora Courier Ermittlungen gegen den "
     "Hafenvorstand eingeleitet.", "Radora Courier", "Staatsanwaltschaft Radora"),
    ("es", "La fiscalía de Radora abrió este martes una investigación sobre las obras del puerto tras la "
     "publicación del Radora Courier.", "Radora Courier", "Fiscalía de Radora"),
    ("it", "La procura di Radora ha aperto un'inchiesta sui lavori del porto dopo l'articolo del Radora "
     "Courier.", "Radora Courier", "Procura di Radora"),
    ("ru", "Прокуратура Радоры возбудила уголовное дело после публикации газеты Radora Courier о перерасходе "
     "средств.", "Radora Courier", "Прокуратура Радоры"),
]


@pytest.mark.parametrize(("language", "lead", "anchor", "body"), INQUIRIES,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(INQUIRIES)])
def test_an_inquiry_opened_is_the_bodys_news_and_the_report_background(tmp_path, language, lead, anchor, body):
    graph = _pile(tmp_path, lead, anchor)
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == body
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES
    assert graph.article("pile#1").root == "pile#1"
    cited = _edge(graph, "pile#2", root.id)
    assert "opened an inquiry" in cited.evidence[0].detail and cited.evidence[0].text in lead


def test_a_headline_tells_the_inquiry_over_a_lead_that_retells_the_report(tmp_path):
    """"Affaire du port : le parquet ouvre une enquête" over a first sentence that retells the
    Courier's report: the inquiry is the news, as a resignation in a headline is."""
    lead = "Le Radora Courier a révélé lundi que le conseil du port avait caché un dépassement de coûts."
    graph = _pile(tmp_path, lead, "Radora Courier", title="Affaire du port : le parquet de Radora ouvre une enquête")
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Parquet de Radora"


NOT_INQUIRIES = [
    # the verb's subject is no investigating body: the company's own news goes by other rules
    ("en", "Venn Marine opened an internal review of its invoices after The Radora Courier's report.", COURIER),
    # the inquiry is told inside the report's sentence: the Courier's news
    ("en", "The Radora Courier reported on Monday that prosecutors had opened an investigation into the "
     "harbour board.", COURIER),
    # an inquiry far into a long sentence is not its lead's own verb
    ("en", "The Radora Courier's account of how the harbour board kept a forty million crown overrun on the "
     "Teller Quay dredging contract from its auditors for eight months, told through minutes and interviews "
     "with six members, has been read widely, and later police opened an investigation.", COURIER),
]


@pytest.mark.parametrize(("language", "lead", "anchor"), NOT_INQUIRIES,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(NOT_INQUIRIES)])
def test_a_lead_without_an_investigating_body_is_no_inquiry(tmp_path, language, lead, anchor):
    graph = _pile(tmp_path, lead, anchor)
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT
    assert graph.article("pile#2").root == "pile#1"


def test_a_body_the_user_registers_names_its_inquiry_whatever_the_page_calls_it(tmp_path):
    """A government body in the user's outlet file: "the Radora audit prosecutor" and its
    short form are one body, and the node carries the registered name."""
    extra = tmp_path / "bodies.json"
    extra.write_text(json.dumps({"outlets": [{
        "id": "radora-audit-prosecutor", "name": "Radora Audit Prosecutor", "aliases": ["RAP", "audit prosecutor"],
        "domains": [], "kind": "government", "country": "RA", "language": "en"}]}), encoding="utf-8")
    graph = _pile(tmp_path, "The audit prosecutor opened a probe into the harbour board after The Radora "
                  "Courier's report.", COURIER, outlet_files=(extra,))
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Radora Audit Prosecutor"
    assert root.id == "statement:radora-audit-prosecutor"


@pytest.mark.parametrize(("subject", "expected"), [
    ("Ce mercredi, suite aux révélations du Courier, le parquet financier", "Parquet national financier"),  # a registered body's name
    ("Affaire du port : la justice", "Justice"),
    ("French prosecutors on Wednesday", "French prosecutors"),
    ("法国检方对港务局", "法国检方"),
    ("The harbour board", None),  # no investigating body
    ("The long list of those who asked the police why the harbour board kept", None),  # a clause, not a name
])
def test_the_investigator_is_the_last_clause_of_the_subject(subject, expected):
    found = investigator(subject, load_registry())
    assert (found[0] if found else None) == expected


# ------------------------------------------------------------------ a registered body's decision
#: A court's, a ministry's or an international body's decision reported as the page's news
#: ("has issued an arrest warrant", "hat Haftbefehl erlassen", "a émis un mandat d'arrêt")
#: comes from the body's own announcement, one statement node whatever the page calls the body.
MARITIME_COURT = {"id": "radora-maritime-court", "name": "Radora Maritime Court", "domains": ["rmc.example"],
                  "kind": "government", "country": "RA", "language": "en",
                  "aliases": ["Seegericht Radora", "Cour maritime de Radora", "Tribunal Marítimo de Radora",
                              "拉多拉海事法庭"]}
DECISIONS = [
    ("en", "The Radora Maritime Court has issued an arrest warrant for the harbour board's chairman, the court "
     "said in a statement on Friday."),
    ("de", "Das Seegericht Radora hat am Freitag Haftbefehl gegen den Vorsitzenden des Hafenrats erlassen."),
    ("fr", "La Cour maritime de Radora a émis vendredi un mandat d'arrêt contre le président du conseil portuaire."),
    ("es", "El Tribunal Marítimo de Radora emitió el viernes una orden de arresto contra el presidente de la junta "
     "portuaria."),
    ("en", "The Radora Maritime Court on Friday ordered the harbour board to halt the dredging."),
    # the body named a few words into the subject: its judges; a script without spaces
    ("en", "Judges at the Radora Maritime Court have issued an arrest warrant for the harbour board's chairman."),
    ("zh", "拉多拉海事法庭周五向港务局主席发出逮捕令，指控他在疏浚合同中向审计人员隐瞒了四千万克朗的超支。"),
]


def _decision_pile(tmp_path, leads: list[str]):
    extra = tmp_path / "bodies.json"
    extra.write_text(json.dumps({"outlets": [MARITIME_COURT]}), encoding="utf-8")
    pages = [_record(f"Gazette {n}", f"https://gazette{n}.example/court", f"2025-03-1{n % 9}T10:00:00+01:00",
                     [lead, "The chairman could not be reached for comment."], "Harbour chairman")
             for n, lead in enumerate(leads, start=1)]
    return _trace(tmp_path, pages, outlet_files=(extra,))


def test_a_registered_bodys_decision_is_traced_to_its_announcement(tmp_path):
    graph = _decision_pile(tmp_path, [lead for _, lead in DECISIONS])
    for number, (language, lead) in enumerate(DECISIONS, start=1):
        root = graph.node(graph.article(f"pile#{number}").root)
        assert root.id == "statement:radora-maritime-court", (language, lead)
        cited = _edge(graph, f"pile#{number}", root.id)
        assert "its decision" in cited.evidence[0].detail and cited.evidence[0].text in lead


@pytest.mark.parametrize("lead", [
    # no body the registry knows: "a court" names no one to cite
    "A maritime court in Radora has issued an arrest warrant for the harbour board's chairman.",
    # the decision is told inside another's sentence
    "The harbour board's lawyers said on Friday that the Radora Maritime Court had issued an arrest warrant.",
])
def test_a_decision_without_a_registered_body_as_its_subject_is_no_decision(tmp_path, lead):
    graph = _decision_pile(tmp_path, [lead])
    assert graph.article("pile#1").root != "statement:radora-maritime-court"
