"""Follow-ups and the statements and posts they report: a body described before it is named,
the outlet that tells a statement (a relay) kept apart from its report of the main story, a
state's answer given to its body, words written or only wanted (no statement), a lead given
to its speaker by the next sentence, and a person's post named by a headline ("Name: …")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pilekit import SCOOP
from pilekit import record as _record
from pilekit import trace as _trace

import provenance
from provenance.kinds import NodeKind, Relation

SAFETY = ("harbour-safety", "National Harbour Safety Authority", "government", "harboursafety.example", "GB")
WIRE = ("harbour-wire", "Harbour Wire", "wire", "harbourwire.example", None)

NAMED_LATER = ("“We have seen the reports but have no reason to doubt the assessment made by the board,” said the "
               "National Harbour Safety Authority, a unit of the transport ministry.")
CONTENT = ("The authority said it would review the minutes with the audit office and urged anyone with evidence "
           "of hidden payments to come forward.")


def _registry(tmp_path: Path, *outlets: tuple[str, str, str, str, str | None]) -> Path:
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps({"outlets": [{"id": i, "name": n, "kind": k, "domains": [d], "country": c}
                                            for i, n, k, d, c in outlets]}), encoding="utf-8")
    return path


def _scoop() -> dict[str, object]:
    return _record("The Radora Courier", "https://radoracourier.example/news/2025/03/17/harbour-overrun",
                   "2025-03-17T09:00:00+01:00", SCOOP, "Harbour board hid dredging overrun from auditors")


def _page(lead: str, *more: str) -> dict[str, object]:
    return _record("Westfold Gazette", "https://westfold.example/safety", "2025-03-19T10:00:00+01:00",
                   [lead, *more], "Safety authority backs harbour board")


def _graph(tmp_path: Path, *pages: dict[str, object]) -> provenance.ProvenanceGraph:
    registry = _registry(tmp_path, SAFETY, WIRE)
    return _trace(tmp_path, [_scoop(), *pages], outlet_files=(registry,))


@pytest.mark.parametrize("speaker", [
    "The national harbour safety agency",
    "Britain's national harbour safety agency",
    "The country's national harbour-safety agency",
])
def test_a_body_described_in_the_lead_and_named_later_speaks_in_it(tmp_path, speaker):
    lead = (f"{speaker} said on Tuesday it had no reason to doubt the board's rebuttal of a Radora Courier "
            "report on the dredging overrun.")
    graph = _graph(tmp_path, _page(lead, NAMED_LATER, CONTENT))
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT
    assert root.outlet_id == "harbour-safety"


@pytest.mark.parametrize("speaker", [
    "The safety agency",  # one word of the body's name: any body's description
    "France's national harbour safety agency",  # another country than the body's
    "The national harbour safety agency and the port police",  # a clause, not a role
])
def test_a_description_that_could_be_another_body_is_not_the_named_one(tmp_path, speaker):
    lead = (f"{speaker} said on Tuesday it had no reason to doubt the board's rebuttal of a Radora Courier "
            "report on the dredging overrun.")
    graph = _graph(tmp_path, _page(lead, NAMED_LATER, CONTENT))
    root = graph.node(graph.article("pile#2").root)
    assert root.outlet_id != "harbour-safety"


def test_an_outlet_telling_a_statement_about_the_story_is_its_relay(tmp_path):
    """"…, Harbour Wire reports" beside the report the statement is about: the wire told the
    statement; its node is its report of the statement, not its report of the story."""
    lead = ("The National Harbour Safety Authority said on Tuesday it had no reason to doubt the board's rebuttal "
            "of a Radora Courier report on the dredging overrun, Harbour Wire reports.")
    graph = _graph(tmp_path, _page(lead, CONTENT))
    article = graph.article("pile#2")
    assert article.chain == ("pile#2", "report:harbour-wire:harbour-safety", "statement:harbour-safety")
    relay = graph.node("report:harbour-wire:harbour-safety")
    assert relay.kind == NodeKind.REPORT and relay.outlet_id == "harbour-wire"


def test_a_follow_up_s_credit_line_is_the_relay_of_its_statement(tmp_path):
    lead = ("The National Harbour Safety Authority said on Tuesday it had no reason to doubt the board's rebuttal "
            "of a Radora Courier report on the dredging overrun.")
    graph = _graph(tmp_path, _page(lead, CONTENT, "Source: Harbour Wire"))
    assert graph.article("pile#2").chain == ("pile#2", "report:harbour-wire:harbour-safety",
                                             "statement:harbour-safety")


def test_an_outlet_telling_words_with_no_report_named_tells_its_own_story(tmp_path):
    """"…, Harbour Wire reported" with no report the words are about: the wire's report is
    the news (a state agency telling its leader's words), not a relay of a statement."""
    lead = ("Board chair Ilse Marrow said on Tuesday that every payment to the dredging contractor had been "
            "approved by the finance committee, Harbour Wire reported.")
    graph = _graph(tmp_path, _page(lead, CONTENT))
    assert graph.article("pile#2").chain[1] == "report:harbour-wire"


def test_pages_sharing_a_wire_s_story_of_a_statement_hang_from_that_story(tmp_path):
    """Two papers carrying the wire's text on the statement, dateline and all: their shared
    text is the wire's report of the statement, which cites it."""
    text = ("RADORA (Harbour Wire) - The National Harbour Safety Authority said on Tuesday it had no reason to "
            "doubt the board's rebuttal of a Radora Courier report on the dredging overrun.")
    first = _record("Westfold Gazette", "https://westfold.example/safety", None,
                    [text, CONTENT, NAMED_LATER], "Safety authority backs harbour board")
    second = _record("Eastmoor Post", "https://eastmoor.example/safety", None,
                     [text, CONTENT, "The board welcomed the statement."], "Authority sides with the board")
    graph = _graph(tmp_path, first, second)
    for page in ("pile#2", "pile#3"):
        shared = [e for e in graph.edges if e.source == page and e.relation == Relation.SHARES_SOURCE]
        assert [e.target for e in shared] == ["report:harbour-wire:harbour-safety"]
        assert graph.article(page).chain[-1] == "statement:harbour-safety"


def test_a_state_answering_is_the_one_body_of_it_that_speaks_in_the_leads(tmp_path):
    """"British government sides with the board, effectively denying …" over a lead in which the
    safety authority speaks: the answer is the authority's statement, not "British"'s."""
    page = _record("Westfold Gazette", "https://westfold.example/safety", "2025-03-19T10:00:00+01:00",
                   ["British government sides with harbour board, effectively denying Radora Courier report",
                    "The National Harbour Safety Authority has said it has no reason to doubt statements by the "
                    "board denying allegations made in a Radora Courier report published earlier this week.",
                    CONTENT], "British government sides with harbour board")
    graph = _graph(tmp_path, page)
    assert graph.article("pile#2").root == "statement:harbour-safety"


def test_a_body_answering_beside_another_is_not_its_spokesperson(tmp_path):
    """The authority's answer names the harbour board in its lead; the board's own answer
    elsewhere stays the board's, not the authority's (a body speaks for no other)."""
    authority = _record("Westfold Gazette", "https://westfold.example/safety", "2025-03-19T10:00:00+01:00",
                        ["The National Harbour Safety Authority, backing the harbour board, denied on Tuesday a "
                         "Radora Courier report that payments were hidden.", CONTENT], "Authority denies report")
    board = _record("Eastmoor Post", "https://eastmoor.example/board", "2025-03-19T11:00:00+01:00",
                    ["The harbour board rejected a Radora Courier report that it had hidden a cost overrun, "
                     "calling the story a misreading of routine minutes."], "Board rejects report")
    graph = _graph(tmp_path, authority, board)
    assert graph.article("pile#2").root == "statement:harbour-safety"
    assert graph.node(graph.article("pile#3").root).label == "The harbour board (statement)"


def test_a_bodys_statement_given_by_its_spokesperson_is_theirs(tmp_path):
    """"The authority said on Tuesday …", then "authority spokesman Tomas Quell told reporters":
    one node for the body's statement, named for the spokesperson who gave it; a page that
    names no spokesperson is traced to the same node."""
    quoted = _record("Westfold Gazette", "https://westfold.example/safety", "2025-03-19T10:00:00+01:00",
                     ["The National Harbour Safety Authority said on Tuesday that a Radora Courier report on hidden "
                      "payments was “without foundation”.",
                      "“We have checked the minutes twice,” authority spokesman Tomas Quell told reporters."],
                     "Authority rejects report")
    unnamed = _record("Eastmoor Post", "https://eastmoor.example/safety", "2025-03-19T12:00:00+01:00",
                      ["The National Harbour Safety Authority said on Tuesday that a Radora Courier report on hidden "
                       "payments had no foundation.", CONTENT], "Authority rejects Courier report")
    graph = _graph(tmp_path, quoted, unnamed)
    assert graph.article("pile#2").root == graph.article("pile#3").root == "statement:harbour-safety"
    assert graph.node("statement:harbour-safety").person == "Tomas Quell"
    cited = next(e for e in graph.edges if e.source == "pile#2" and e.target == "statement:harbour-safety")
    assert "through Tomas Quell" in cited.evidence[0].detail


@pytest.mark.parametrize("lead", [
    "“It is time to send the question back to the voters,” board chair Ilse Marrow wrote in the text, which is "
    "not yet final.",
    "« Il est temps de rendre la question aux électeurs », a écrit la présidente Ilse Marrow dans le texte, qui "
    "n'est pas encore définitif.",
])
def test_words_a_lead_says_someone_wrote_are_no_spoken_statement(tmp_path, lead):
    """What a person wrote is a document or a post (its publisher the source), not a statement:
    the page goes to the report it cites for it."""
    page = _page(lead, "According to the Radora Courier, four other board members back the plan and will vote "
                       "with her next week.")
    graph = _graph(tmp_path, page)
    assert graph.article("pile#2").root == "pile#1"


BACKGROUND = ["The Radora Courier reported on Monday that the board kept a 40 million crown overrun on the Teller "
              "Quay dredging contract from its auditors for eight months, citing internal minutes.",
              "The minutes show board chair Ilse Marrow telling members that the overrun would be reported only "
              "after the regional election in the autumn, according to the newspaper."]


def test_a_follow_up_carrying_another_answer_s_paragraphs_is_its_own_answer(tmp_path):
    """Two answers told alike ("X on Tuesday rejected a newspaper report claiming …") over the
    same background paragraphs: the later page is the contractor's answer, not a copy of the
    board's."""
    board = _record("Westfold Gazette", "https://westfold.example/board", "2025-03-18T10:00:00+01:00",
                    ["RADORA – The harbour board on Tuesday rejected a newspaper report claiming it had hidden a "
                     "cost overrun from its own auditors.", *BACKGROUND], "Board rejects report")
    firm = _record("Eastmoor Post", "https://eastmoor.example/firm", "2025-03-18T12:00:00+01:00",
                   ["RADORA – Venn Marine on Tuesday denounced as baseless a newspaper report claiming it had been "
                    "paid in advance for dredging that never began.", *BACKGROUND], "Dredging firm denounces report")
    graph = _graph(tmp_path, board, firm)
    assert graph.node(graph.article("pile#3").root).label == "Venn Marine (statement)"
    assert graph.node(graph.article("pile#2").root).label == "The harbour board (statement)"


def test_a_state_answering_is_the_one_body_of_it_speaking_in_the_page(tmp_path):
    """"Britain on Tuesday denounced …", then the authority's words further down: its statement."""
    page = _record("Westfold Gazette", "https://westfold.example/safety", "2025-03-19T10:00:00+01:00",
                   ["Britain on Tuesday denounced as baseless a Radora Courier report claiming it had hidden "
                    "inspections of the harbour.", *BACKGROUND,
                    "“These accusations are groundless,” the National Harbour Safety Authority wrote on its "
                    "website."], "Britain denounces report")
    graph = _graph(tmp_path, page)
    assert graph.article("pile#2").root == "statement:harbour-safety"


def test_words_said_in_response_to_reports_are_the_speaker_s_answer_not_the_subject_s(tmp_path):
    """"Board chair Ilse Marrow wants to bury the audit, Mayor Tomas Quell said on Tuesday in
    response to reports …": Quell answers; Marrow, who only "wants", says nothing."""
    page = _page("Board chair Ilse Marrow wants to bury the audit before the election, Mayor Tomas Quell said on "
                 "Tuesday in response to reports about a hidden overrun on the dredging contract.", CONTENT)
    graph = _graph(tmp_path, page)
    assert graph.article("pile#2").root == "statement:quell"


def test_a_person_s_post_answering_the_wire_s_report_does_not_retell_it(tmp_path):
    """Six pages tell the wire's report; two tell the mayor's post answering it, and cite the
    wire's report too: the post is news of its own, not a retelling of the report."""
    wire = [_record(f"Paper {n}", f"https://paper{n}.example/harbour", "2025-03-18T10:00:00+01:00",
                    [f"The harbour board hid a cost overrun on the dredging contract, Harbour Wire reported on "
                     f"Monday, citing minutes seen by the agency. Page {n} of the pile."], "Board hid overrun")
            for n in range(6)]
    post = [_record("Blog One", "https://blog1.example/quell", "2025-03-19T10:00:00+01:00",
                    ["Mayor Tomas Quell wrote on X on Tuesday that the minutes had been misread and the overrun "
                     "was approved in public session.",
                     "Harbour Wire reported on Monday that the board hid the overrun from its auditors."],
                    "Mayor answers"),
            _record("Blog Two", "https://blog2.example/quell", "2025-03-19T11:00:00+01:00",
                    ["In a post on X, Mayor Tomas Quell said the agency's story was wrong: every payment was "
                     "voted in the open.",
                     "Harbour Wire had written on Monday, citing minutes, that the overrun was kept from auditors."],
                    "Quell: the story is wrong")]
    graph = _trace(tmp_path, [*wire, *post], outlet_files=(_registry(tmp_path, WIRE),))
    for page in ("pile#7", "pile#8"):
        assert graph.article(page).chain[1:] == ("person:quell",)


def test_a_headline_opening_with_a_known_publisher_and_a_colon_is_their_words(tmp_path):
    """"Quell: the agency's story is wrong" over text that cites the wire's report: the page
    reports the mayor's post (the pile knows he posted), not the wire's story."""
    posts = [_record(f"Blog {n}", f"https://blog{n}.example/quell", "2025-03-19T10:00:00+01:00",
                     [f"Mayor Tomas Quell wrote on X on Tuesday that the minutes had been misread ({n})."], "Quell")
             for n in range(2)]
    page = _record("Kettle Post", "https://kettle.example/quell", "2025-03-19T12:00:00+01:00",
                   ["Quell: the harbour story is a misreading of routine minutes",
                    "Harbour Wire wrote on Monday, citing minutes, that the board hid the overrun from its "
                    "auditors; every payment was voted in the open, the mayor answered on Tuesday."], "Quell")
    graph = _trace(tmp_path, [*posts, page], outlet_files=(_registry(tmp_path, WIRE),))
    assert graph.article("pile#3").chain[1:] == ("person:quell",)


@pytest.mark.parametrize(("lead", "more"), [
    ("Se confermato, lo scoop del “Radora Courier” sui pagamenti nascosti sarebbe una “rivelazione davvero "
     "scioccante”. Lo ha detto il sindaco di Radora, Tomas Quell, durante un'assemblea virtuale con gli elettori.",
     "Il consiglio del porto non ha risposto alle domande dei giornalisti e ha rinviato ogni commento alla "
     "riunione della prossima settimana, quando i revisori presenteranno la loro relazione."),
    ("Если это подтвердится, статья Radora Courier о скрытых платежах станет «шокирующим откровением». Об этом "
     "заявил мэр Радоры Томас Квелл.",
     "Совет порта не ответил на вопросы журналистов и отложил все комментарии до заседания на следующей "
     "неделе, когда аудиторы представят свой доклад."),
])
def test_words_the_next_sentence_gives_to_their_speaker_are_his_statement(tmp_path, lead, more):
    """"… Lo ha detto X", "… Об этом заявил X": the lead's words are X's, about the paper's scoop."""
    graph = _graph(tmp_path, _page(lead, more))
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and ("Quell" in (root.person or "") or "Квелл" in (root.person or ""))


# ---------------------------------------------------------------- an agency retelling an interview
RADIO = ("radora-radio", "Radora Radio", "broadcaster", "radoraradio.example", None)
GAZETTE = ("westfold-gazette", "Westfold Gazette", "newspaper", "westfold.example", None)
INTERVIEW_LEADS = [
    "Harbour chair Ilse Marrow said in an interview with Radora Radio that the port should pause the dredging "
    "contract, {reporter} reported on Sunday.",
    "The port must stop and think, Ilse Marrow said in an interview with Radora Radio, according to {reporter}.",
    "{reporter} reported that the chair, Ilse Marrow, told Radora Radio in an interview the contract should wait.",
]


def _interview_pile(tmp_path: Path, reporter: str, leads: list[str]) -> provenance.ProvenanceGraph:
    records = [_record(f"Site {n}", f"https://site{n}.example/marrow", f"2025-03-17T1{n}:00:00+01:00",
                       [lead.format(reporter=reporter), f"Paragraph {n} adds the board's reply and the timetable."],
                       "Marrow") for n, lead in enumerate(leads)]
    return _trace(tmp_path, records, outlet_files=(_registry(tmp_path, RADIO, WIRE, GAZETTE),))


def test_an_agencys_report_retells_the_interview_its_citing_pages_name(tmp_path):
    """Pages citing the wire and naming the radio interview: page -> the wire -> the radio's
    interview, the interview evidence kept on the wire's edge."""
    graph = _interview_pile(tmp_path, "Harbour Wire", INTERVIEW_LEADS)
    relay = next(e for e in graph.edges if e.source == "report:harbour-wire")
    assert relay.target == "report:radora-radio" and relay.relation == Relation.CITES
    assert {piece.article for piece in relay.evidence} == {"pile#1", "pile#2", "pile#3"}
    assert all("Radora Radio" in piece.text for piece in relay.evidence)
    assert {graph.article(f"pile#{n}").root for n in (1, 2, 3)} == {"report:radora-radio"}


@pytest.mark.parametrize(("reporter", "leads"), [
    ("Westfold Gazette", INTERVIEW_LEADS),  # a paper may have its own interview of her
    ("Harbour Wire", INTERVIEW_LEADS[:1] + ["Ilse Marrow wants a pause, Harbour Wire reported on Sunday."] * 2),
])
def test_no_relay_from_a_paper_nor_from_one_page_naming_the_interview(tmp_path, reporter, leads):
    graph = _interview_pile(tmp_path, reporter, leads)
    assert not [e for e in graph.edges if e.source.startswith("report:") and e.target == "report:radora-radio"]


@pytest.mark.parametrize(("lead", "root"), [
    # nothing else named: the interview the lead's speaker gave is where the words were said
    ("Harbour chair Ilse Marrow said in an interview with Radora Radio that the port should pause the contract.",
     "report:radora-radio"),
    # a source named with a cue: the page's source, the interview a detail of its story
    ("Harbour chair Ilse Marrow said in an interview with Radora Radio that the port should pause the contract, "
     "Harbour Wire reported.", "report:harbour-wire"),
])
def test_the_outlet_a_lead_speaker_spoke_to_is_the_source_when_no_other_is_named(tmp_path, lead, root):
    page = _record("Site 1", "https://site1.example/marrow", "2025-03-17T11:00:00+01:00",
                   [lead, "The board has not said when it will decide."], "Marrow")
    graph = _trace(tmp_path, [page], outlet_files=(_registry(tmp_path, RADIO, WIRE),))
    assert graph.article("pile#1").root == root
    if root == "report:radora-radio":
        edge = next(e for e in graph.edges if e.source == "pile#1" and e.target == root)
        assert "spoke to" in edge.evidence[0].detail and "Radora Radio" in edge.evidence[0].text


@pytest.mark.parametrize("lead", [
    # the interview is the chair's, told in the clause after "that": the authority's statement
    "The National Harbour Safety Authority said on Saturday that the chair did not mean to halt the works when "
    "she spoke in a radio interview.",
    # the body by another of its names
    "The Harbour Safety Authority said on Saturday that the chair did not mean to halt the works.",
])
def test_a_bodys_statement_about_anothers_interview_is_the_bodys(tmp_path, lead):
    path = tmp_path / "bodies.json"
    path.write_text(json.dumps({"outlets": [{"id": "harbour-safety", "name": "National Harbour Safety Authority",
                                             "aliases": ["Harbour Safety Authority"], "kind": "government",
                                             "domains": ["harboursafety.example"], "country": "GB"}]}),
                    encoding="utf-8")
    graph = _trace(tmp_path, [_scoop(), _page(lead, CONTENT)], outlet_files=(path,))
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.id == "statement:harbour-safety"


def test_words_said_in_an_interview_are_the_interviewers_report_not_a_statement(tmp_path):
    """"X said in an interview with Radora Radio that …": the interview is the news, not a
    statement of X's own (the interview's outlet is the page's source)."""
    lead = ("The National Harbour Safety Authority's director said in an interview with Radora Radio that the "
            "chair did not mean to halt the works.")
    graph = _trace(tmp_path, [_scoop(), _page(lead, CONTENT)], outlet_files=(_registry(tmp_path, SAFETY, RADIO),))
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT


@pytest.mark.parametrize("title", ["Marrow alive and back at her desk, Westfold Gazette says", None])
def test_the_outlet_the_headline_names_is_the_teller_of_the_pages_news(tmp_path, title):
    """Two outlets cited alike in the lead; the headline ("…, Westfold Gazette says", or the
    one the address spells) names one: the page's news is that outlet's report."""
    url = "https://site1.example/marrow" if title else "https://site1.example/marrow-alive-westfold-gazette-says"
    page = _record("Site 1", url, "2025-03-17T11:00:00+01:00",
                   ["Radora Radio reported that harbour chair Ilse Marrow had been held by the police on Monday. "
                    "She is at her desk and was never held, the Westfold Gazette reported.",
                    "The board has not commented."], title or "")
    graph = _trace(tmp_path, [page], outlet_files=(_registry(tmp_path, RADIO, GAZETTE),))
    assert graph.article("pile#1").root == "report:westfold-gazette"


def test_a_week_named_after_the_reports_clause_dates_another_report_not_this_one(tmp_path):
    """"…, the Westfold Gazette reported, although reports last week had …": the week
    is the other reports', so the Gazette's report is the page's news, not background."""
    page = _record("Site 1", "https://site1.example/marrow", "2025-03-17T11:00:00+01:00",
                   ["Harbour chair Ilse Marrow is back at her desk, the Westfold Gazette reported on Tuesday, "
                    "although reports last week had her in custody.",
                    "Radora Radio reported last week that she had been held by the police."], "Harbour")
    graph = _trace(tmp_path, [page], outlet_files=(_registry(tmp_path, RADIO, GAZETTE),))
    gazette = next(e for e in graph.edges if e.source == "pile#1" and e.target == "report:westfold-gazette")
    assert gazette.relation == Relation.CITES
    radio = next(e for e in graph.edges if e.source == "pile#1" and e.target == "report:radora-radio")
    assert radio.relation == Relation.WEAKLY_CITES  # its own clause dates it: background


def test_the_page_own_outlet_spoken_to_is_no_source_of_the_page(tmp_path):
    """"…, Bomol Pogan told the Observer" on The Kettle Observer's own page: its own interview,
    not another Observer's report, though the registry knows one by that name."""
    extra = ("the-observer-elsewhere", "The Observer", "newspaper", "observer-elsewhere.example", None)
    page = _record("The Kettle Observer", "https://www.kettleobserver.example/news/harbour", "2025-03-17T11:00:00+01:00",
                   ["“We fenced every lantern on the quay on Tuesday,” harbour chair Ilse Marrow told the Observer.",
                    "The board has not commented."], "Harbour")
    graph = _trace(tmp_path, [page], outlet_files=(_registry(tmp_path, extra),))
    assert graph.article("pile#1").root == "pile#1"
