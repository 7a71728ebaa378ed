"""Graph stage on small made-up piles: one test (or a few) per failure class of real piles.

Every outlet, person and sentence here is invented; the conventions (datelines, credit
lines, archive URLs, follow-up leads) are the real ones. Each pile is a JSON Lines file
written to a temporary folder, traced with the library API.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pilekit import SCOOP
from pilekit import edge as _edge
from pilekit import record as _record
from pilekit import trace as _trace

import provenance
from provenance.kinds import NodeKind, Relation, Role

WIRE = [
    "LONDON (Reuters) - The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay "
    "dredging contract from its own auditors for eight months, The Radora Courier reported on Monday, "
    "citing internal minutes.",
    "The minutes, dated July 2024, show board chair Ilse Marrow telling members that the overrun would be "
    "reported only after the regional election in the autumn, the newspaper said.",
    "Two board members told the paper that the contractor, Venn Marine, had been paid in advance for dredging "
    "work on the northern basin that has still not started.",
    "Reuters could not independently verify the report. Marrow did not respond to a request for comment.",
]




def _scoop() -> dict[str, object]:
    return _record("The Radora Courier", "https://radoracourier.example/news/2025/03/17/harbour-overrun",
                   "2025-03-17T09:00:00+01:00", SCOOP, "Harbour board hid dredging overrun from auditors")


def _wire() -> dict[str, object]:
    return _record("Reuters", "https://www.reuters.com/world/radora-harbour-2025-03-17/",
                   "2025-03-17T11:00:00+00:00", WIRE, "Radora harbour board concealed overrun, paper says")


def _republished(outlet: str, domain: str, hour: int, credit: bool = True) -> dict[str, object]:
    paragraphs = [WIRE[0].removeprefix("LONDON (Reuters) - "), *WIRE[1:3]]
    if credit:
        paragraphs.append("Source: Reuters")
    return _record(outlet, f"https://{domain}/world/radora-harbour", f"2025-03-17T{hour}:30:00+01:00",
                   paragraphs, "Radora harbour board concealed overrun")



# ---------------------------------------------------------------- class 0: the original in the pile

def test_unregistered_scoop_is_the_origin_and_the_wire_cites_it(tmp_path):
    graph = _trace(tmp_path, [_scoop(), _wire(), _republished("Westfold Gazette", "westfold.example", 13),
                              _republished("Kettle Blog", "kettle.example", 15, credit=False)])
    scoop, wire = "pile#1", "pile#2"
    assert graph.article(scoop).chain == (scoop,)
    assert {a.root for a in graph.articles} == {scoop}
    courier = [a for a in graph.article(wire).attributions if a.label == "The Radora Courier"]
    assert courier and courier[0].kind == "outlet"  # the pile's own masthead, not a person
    assert _edge(graph, wire, scoop).relation in (Relation.REWRITES, Relation.COPIES, Relation.CITES)
    assert graph.node(scoop).role == Role.ORIGIN


def test_mastheads_in_other_scripts_are_outlets_of_their_own(tmp_path):
    """Two unregistered mastheads written in Cyrillic are two outlets (an ASCII-only id made
    them one, "pile-"), and a page citing one by name cites that one."""
    scoop = _record("Вечерний курьер", "https://vkurier.example/news/dike", "2025-03-17T09:00:00+01:00",
                    ["Управление порта Радоры скрыло от аудиторов перерасход на дноуглубление в 12 миллионов крон.",
                     "Документы, которые видела редакция, показывают, что работы так и не начались."], "Порт скрыл")
    rival = _record("Голос Полісся", "https://holos.example/news/dike", "2025-03-17T12:00:00+01:00",
                    ["Управління порту Радори приховало від аудиторів перевитрату на поглиблення дна, "
                     "повідомила газета «Вечерний курьер».",
                     "У порту від коментарів відмовилися."], "Порт приховав")
    graph = _trace(tmp_path, [scoop, rival])
    ids = {a.id: a.identity.outlet.outlet_id for a in graph.articles if a.identity.outlet is not None}
    assert ids == {"pile#1": "pile-вечерний-курьер", "pile#2": "pile-голос-полісся"}
    assert graph.article("pile#2").root == "pile#1"


def test_a_page_never_copies_one_published_after_it(tmp_path):
    early = _record("The Radora Courier", "https://radoracourier.example/a", "2025-03-17T09:00:00+01:00", SCOOP,
                    "Harbour board hid overrun")
    later = _record("Lowland Courier", "https://lowland.example/b", "2025-03-17T09:40:00+01:00", SCOOP[:4],
                    "Harbour board hid overrun")
    graph = _trace(tmp_path, [later, early])
    assert graph.article("pile#1").chain[:2] == ("pile#1", "pile#2")
    assert graph.article("pile#2").chain == ("pile#2",)


# ---------------------------------------------------------------- class 1: inferred wire nodes

def _courier_registry(tmp_path: Path) -> Path:
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps({"outlets": [{"id": "radora-courier", "name": "The Radora Courier", "kind": "newspaper",
                                             "domains": ["radoracourier.example"]}]}), encoding="utf-8")
    return path


def test_shared_wire_text_becomes_that_wires_report_which_cites_the_scoop(tmp_path):
    """Undated pages carrying one Reuters text: most carry the dateline, one carries nothing."""
    records = []
    for n in range(1, 5):
        record = _republished(f"Paper {n}", f"paper{n}.example", 10, credit=False)
        record.pop("published")
        if n < 4:
            record["text"] = "LONDON (Reuters) - " + str(record["text"])
        records.append(record)
    records.append(_record("Mirror Site", "https://mirror.example/x", None, WIRE[1:3], "Harbour"))  # names no one
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(_courier_registry(tmp_path),)))
    node = graph.node("report:reuters")
    assert node.kind == NodeKind.REPORT and "inferred from" in node.note and "3 carry" in node.note
    assert _edge(graph, "report:reuters", "report:radora-courier").relation == Relation.CITES
    assert {a.root for a in graph.articles} == {"report:radora-courier"}
    assert not [n for n in graph.nodes if n.kind == NodeKind.INFERRED]


def test_a_wires_dateline_outweighs_another_wires_house_style_in_a_group(tmp_path):
    """Two pages carry one text: one under AP's dateline, the other ending in a sign-off that
    looks like Reuters' house style. A style is a guess, a dateline a mark: the text is AP's."""
    body = [line.replace("LONDON (Reuters) - ", "").replace("Reuters could not", "The agency could not")
            for line in WIRE]
    dated = _record("Paper 1", "https://paper1.example/harbour", None, ["LONDON (AP) — " + body[0], *body[1:]],
                    "Harbour")
    styled = _record("Paper 2", "https://paper2.example/harbour", None,
                     [*body, "Reporting by Ana Lopez; Editing by Tom Hart"], "Harbour")
    graph = _trace_with(tmp_path, _courier_registry(tmp_path), [dated, styled])
    assert {a.chain[1] for a in graph.articles} == {"report:ap"}, [a.chain for a in graph.articles]


def test_an_undated_page_under_the_wires_dateline_did_not_copy_a_dated_page_without_it(tmp_path):
    """The wire's own copy, its "(Reuters)" dateline kept but no date, and a dated scraper of
    the same text that carries no mark: the scraper's date does not make the wire's copy a
    copy of the scraper. Both carry the wire's text, the wire's report their common source."""
    wire_copy = _record("Paper 1", "https://paper1.example/harbour", None, WIRE, "Harbour")
    scraped = _record("Scraper", "https://scraper.example/harbour", "2025-03-17T15:00:00+00:00",
                      [WIRE[0].replace("LONDON (Reuters) - ", ""), *WIRE[1:3]], "Harbour")
    graph = _trace_with(tmp_path, _courier_registry(tmp_path), [wire_copy, scraped])
    assert graph.node("pile#1").parent != "pile#2"
    assert {a.chain[1] for a in graph.articles} == {"report:reuters"}, [a.chain for a in graph.articles]


#: What a write-through adds to the wire's first take (the first take is WIRE).
_UPDATE = [
    "Later on Monday the regional audit office said it had opened a review of the Teller Quay contract and had "
    "asked the board for every payment record signed since the contract was awarded in 2023.",
    "Venn Marine said in a statement that the advance payments were part of the contract's schedule and that "
    "dredging equipment had been delivered to the northern basin in the spring.",
    "Opposition councillors called for board chair Ilse Marrow to step aside while the review runs, and said they "
    "would raise the matter at the next council meeting on Thursday.",
]


@pytest.mark.parametrize(("dateline", "first"), [(True, "report:reuters"), (False, "inferred:1")])
def test_a_first_take_and_its_update_are_two_versions_the_update_derived_from_the_first(tmp_path, dateline, first):
    """Undated papers print the wire's first take or its write-through, which keeps the first
    take and adds three paragraphs: two nodes, the update copying the first take, and each
    page hanging from the version it carries; every page still traces to the scoop."""
    wire = WIRE if dateline else [WIRE[0].removeprefix("LONDON (Reuters) - "), *WIRE[1:3]]
    records = []
    for n, paragraphs in enumerate([wire, wire, [*wire, *_UPDATE], [*wire, *_UPDATE]], start=1):
        records.append(_record(f"Paper {n}", f"https://paper{n}.example/world/radora-harbour", None, paragraphs,
                               "Radora harbour board concealed overrun"))
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(_courier_registry(tmp_path),)))
    update = graph.node(f"{first}:update")
    assert update.label.endswith("(update)") and "pile#3, pile#4" in update.note
    assert _edge(graph, f"{first}:update", first).relation == Relation.COPIES
    parents = {e.source: e.target for e in graph.edges if e.relation == Relation.SHARES_SOURCE}
    assert parents == {"pile#1": first, "pile#2": first, "pile#3": f"{first}:update", "pile#4": f"{first}:update"}
    assert {a.root for a in graph.articles} == {"report:radora-courier"}


def test_one_shorter_page_is_no_first_take(tmp_path):
    """A single page carrying less of the text (a trim, an excerpt) is no version of its own."""
    records = [_record(f"Paper {n}", f"https://paper{n}.example/world/radora-harbour", None, paragraphs,
                       "Radora harbour board concealed overrun")
               for n, paragraphs in enumerate([WIRE, [*WIRE, *_UPDATE], [*WIRE, *_UPDATE]], start=1)]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(_courier_registry(tmp_path),)))
    assert not [n for n in graph.nodes if n.id.endswith(":update")]


_TAPE_STORY = [
    "Kettle Valley Broadcasting has obtained a recording of the harbour board chair telling members to keep a "
    "dredging overrun from the auditors until after the election.",
    "On the recording, made at a board meeting in July 2024, Ilse Marrow can be heard saying the figures would be "
    "released only once the new council was sworn in.",
    "Two people who attended the meeting confirmed that the voice on the recording is Marrow's and that the board "
    "did not vote on her request.",
    "The contractor, Venn Marine, was paid in advance for dredging on the northern basin, according to payment "
    "records the broadcaster has also reviewed.",
    "Marrow did not answer calls on Monday. A board spokesman said the recording had been taken out of context and "
    "that the audit office had every document it asked for.",
    "The audit office said it would ask the board for the full recording and the minutes of the July meeting "
    "before the end of the month.",
]


def test_shared_text_the_pages_credit_to_an_article_of_the_pile_hangs_from_it(tmp_path):
    """The broadcaster's page in the pile is its video page, holding the lede only; an
    affiliate runs the whole story under its mark, and two pages that share the story's
    later paragraphs with each other both credit the broadcaster. Their common text is the
    broadcaster's report, that page: not an unseen source that cites it."""
    story = _TAPE_STORY
    records = [
        _record("Kettle Valley Broadcasting", "https://kvb.example/video/2025/03/17/marrow-tape",
                "2025-03-17T20:00:00+01:00",
                [story[0], "Up next: the weekend weather with Dana Holm", "More videos: council budget vote"],
                "Listen: the Marrow tape"),
        _record("Station Nine", "https://stationnine.example/news/marrow-tape", None,
                ["(KVB) - " + story[0], *story[1:]], "KVB obtains the Marrow tape"),
        _record("News Digest", "https://newsdigest.example/2025/03/18/marrow", "2025-03-18",
                ["Kettle Valley Broadcasting reported on Monday that it has a tape of the harbour board chair.",
                 *story[1:5]], "Marrow tape surfaces"),
        _record("Podcast Index", "https://podcastindex.example/episode/marrow", "2025-03-18",
                ["Kettle Valley Broadcasting aired the tape on its evening programme on Monday.", *story[1:4], story[5]],
                "KVB evening: the Marrow tape"),
    ]
    graph = _trace(tmp_path, records)
    assert not [n for n in graph.nodes if n.kind == NodeKind.INFERRED]
    for page in ("pile#3", "pile#4"):
        assert graph.article(page).chain == (page, "pile#1")
        edge = _edge(graph, page, "pile#1")
        assert edge.relation == Relation.SHARES_SOURCE
        assert any(item.kind == "passage" for item in edge.evidence)  # the text it shares is shown


def test_a_statement_two_rewrites_quote_is_not_the_scoop_they_cite(tmp_path):
    """Two rewrites share only the board's statement, which the scoop does not carry: their
    common text is the statement's, an unseen source, which cites the scoop they both name."""
    statement = ["In a statement on Tuesday the harbour board said it had acted on legal advice at every stage and "
                 "that the July minutes had been shared in full with the regional audit office.",
                 "The board added that it would cooperate with any inquiry the council chose to open and that no "
                 "member had been asked to keep figures from the auditors."]
    records = [_scoop()] + [
        _record(outlet, f"https://{domain}/radora", "2025-03-18", [lead, *statement], "Radora board answers")
        for outlet, domain, lead in (
            ("Lowland Times", "lowland.example", "The Radora Courier reported on Monday that the board hid an overrun."),
            ("Kettle Blog", "kettle.example", "According to The Radora Courier, auditors were kept in the dark."))]
    graph = _trace(tmp_path, records)
    inferred = [n.id for n in graph.nodes if n.kind == NodeKind.INFERRED]
    assert len(inferred) == 1
    assert graph.article("pile#2").chain == ("pile#2", inferred[0], "pile#1")


def test_an_undated_page_holding_words_a_dated_one_lacks_did_not_copy_it(tmp_path):
    """An affiliate (undated) and a scraper (dated) carry one story; the scraper reworded its
    first paragraphs, which a third page quotes as the affiliate has them. The affiliate did
    not take its words from the scraper: the two share a source."""
    story = _TAPE_STORY
    spun = ["A tape of the chair of the harbour board asking members to hold back a dredging overrun from the "
            "auditors until the election is over has been obtained by Kettle Valley Broadcasting.",
            "Ilse Marrow is heard on the tape, recorded during a July 2024 board meeting, telling colleagues that "
            "the numbers would come out only after the new council took office."]
    records = [
        _record("Station Nine", "https://stationnine.example/news/marrow-tape", None, story, "KVB obtains the Marrow tape"),
        _record("News Digest", "https://newsdigest.example/2025/03/18/marrow", "2025-03-18", [*spun, *story[2:]],
                "Marrow tape surfaces"),
        _record("Evening Brief", "https://eveningbrief.example/2025/03/18/marrow", "2025-03-18",
                [*story[:2], "More on this story tonight at nine."], "Marrow tape"),
    ]
    graph = _trace(tmp_path, records)
    affiliate = graph.article("pile#1")
    assert "pile#2" not in affiliate.chain
    assert not [e for e in graph.edges if e.source == "pile#1" and e.target == "pile#2"
                and e.relation in (Relation.COPIES, Relation.REWRITES)]


def _registry(tmp_path: Path, *outlets: tuple[str, str, str, str]) -> Path:
    """A user's outlet file: (id, name, kind, domain) per outlet."""
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps({"outlets": [{"id": i, "name": n, "kind": k, "domains": [d]}
                                            for i, n, k, d in outlets]}), encoding="utf-8")
    return path


def test_a_credit_in_the_short_form_of_the_pages_own_outlet_cites_nobody(tmp_path):
    """"Source: BEACON" under a video on the Kettle Beacon's own site credits the Beacon
    itself ("Beacon" is the registry's short form, a word that resolves only after the outlet
    is named): no report of an outlet "BEACON" is made above the page."""
    outlets = _registry(tmp_path, ("kettle-beacon", "The Kettle Beacon", "newspaper", "kettlebeacon.example"))
    data = json.loads(outlets.read_text(encoding="utf-8"))
    data["outlets"][0]["short_forms"] = ["Beacon"]
    outlets.write_text(json.dumps(data), encoding="utf-8")
    video = {"url": "https://kettlebeacon.example/video/harbour-overrun", "published": "2025-03-18T10:00:00+01:00",
             "text": "Harbour board hid dredging overrun\nSource: BEACON\n"
                     "The Radora harbour board kept a dredging overrun from its auditors for two years."}
    graph = _trace_with(tmp_path, outlets, [video])
    assert not [e for e in graph.edges if e.source == "pile#1"]
    assert not [n for n in graph.nodes if n.kind == NodeKind.REPORT]


def _bulletin_registry(tmp_path: Path) -> Path:
    return _registry(tmp_path, ("radora-courier", "The Radora Courier", "newspaper", "radoracourier.example"),
                     ("harbour-bulletin", "Harbour Bulletin", "digital", "bulletin.example"))


_RETELLINGS = [
    "Auditors in Radora will examine a hidden dredging overrun, The Radora Courier reported on Monday.",
    "The Radora Courier reported that the harbour board sat on the overrun figures for eight months.",
    "According to The Radora Courier, board chair Ilse Marrow wanted the figures kept back until after the vote.",
    "The Radora Courier said on Monday that Venn Marine was paid for dredging that never started.",
    "Citing internal minutes, The Radora Courier reported that the auditors were never told of the overrun.",
]


@pytest.mark.parametrize(("blog", "root"), [
    # the blog names the pile's source too: the Bulletin's report retells the Courier's
    (["The harbour board hid a dredging overrun for months, the Harbour Bulletin reported on Tuesday.",
      "Opposition councillors called for Marrow to go. The minutes show she wanted the figures held back, "
      "according to The Radora Courier."],
     "pile#1"),
    # it names only the Bulletin: nothing says where the Bulletin had it from
    (["The harbour board hid a dredging overrun for months, the Harbour Bulletin reported on Tuesday.",
      "Opposition councillors called for Marrow to go."], "report:harbour-bulletin"),
])
def test_a_secondary_report_retells_the_source_the_pile_leans_on(tmp_path, blog, root):
    """A report out of the pile that few pages cite, and whose citers also name the source
    most of the pile cites, is a retelling of it: its chain goes on to that source."""
    records = [_scoop()]
    records += [_record(f"Paper {n}", f"https://paper{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                        [line, "The board did not comment."], "Radora harbour")
                for n, line in enumerate(_RETELLINGS, start=1)]
    records.append(_record("Kettle Blog", "https://kettle.example/harbour", "2025-03-18T09:00:00+01:00", blog,
                           "Harbour board"))
    graph = _trace_with(tmp_path, _bulletin_registry(tmp_path), records)
    page = graph.article("pile#7")
    assert page.chain[1] == "report:harbour-bulletin" and page.root == root
    if root == "pile#1":
        edge = _edge(graph, "report:harbour-bulletin", "pile#1")
        assert edge.relation == Relation.WEAKLY_CITES and "retelling" in edge.evidence[0].detail
        assert edge.evidence[0].text  # the blog's own words naming the Courier are the evidence


_ANSA_TEXT = [
    "Shipping lines calling at Radora were told on Tuesday that three berths on the eastern mole will stay "
    "closed through April while engineers inspect the sea wall, port officials said at a briefing.",
    "Freight operators asked for compensation for the diverted sailings, which they put at forty vessels a "
    "month, and warned that winter timetables could not be kept.",
    "A spokesman for the ferry company Nordlys said its evening crossings would move to the western basin.",
]


def test_a_wire_report_known_by_the_text_its_pages_carry_retells_the_source_the_pile_leans_on(tmp_path):
    """Two sites print ANSA's text under its dateline (the unseen text is ANSA's report); one of
    them adds the Courier's report, which five more pages cite. The report cites
    nothing of its own: carried by the two pages, it retells the Courier's report they name."""
    records = [_scoop()]
    records += [_record(f"Paper {n}", f"https://paper{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                        [line, "The board did not comment."], "Radora harbour")
                for n, line in enumerate(_RETELLINGS, start=1)]
    records += [_record(f"Sito {n}", f"https://sito{n}.example/radora", "2025-03-18T09:00:00+01:00",
                        [f"RADORA (ANSA) - {_ANSA_TEXT[0]}", *_ANSA_TEXT[1:], extra], "Radora")
                for n, extra in enumerate(("The closures follow the overrun The Radora Courier reported on Monday.",
                                           "The board meets again next week."), start=1)]
    graph = _trace(tmp_path, records)
    assert graph.article("pile#7").chain[1] == graph.article("pile#8").chain[1] == "report:ansa"
    assert _edge(graph, "report:ansa", "pile#1").relation == Relation.WEAKLY_CITES
    assert graph.article("pile#7").root == graph.article("pile#8").root == "pile#1"


@pytest.mark.parametrize("lead", [
    "Marrow has been suspended by the board, as first reported by the Harbour Bulletin.",
    # an outlet's own investigation: "can reveal", "has found"
    "Marrow kept a second overrun off the books, a Harbour Bulletin investigation can reveal.",
    "A Harbour Bulletin investigation has found that Marrow kept a second overrun off the books.",
])
def test_a_report_a_page_calls_the_first_is_no_retelling(tmp_path, lead):
    """"as first reported by the Harbour Bulletin", "a Harbour Bulletin investigation can
    reveal": the pile says the Bulletin's report is an origin (here of a follow-up), so it does
    not retell the Courier's although its citer names the Courier too."""
    records = [_scoop()]
    records += [_record(f"Paper {n}", f"https://paper{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                        [line, "The board did not comment."], "Radora harbour")
                for n, line in enumerate(_RETELLINGS, start=1)]
    records.append(_record("Kettle Blog", "https://kettle.example/harbour", "2025-03-18T09:00:00+01:00",
                           [lead,
                            "The minutes show she wanted the figures held back, according to The Radora Courier."],
                           "Harbour board"))
    graph = _trace_with(tmp_path, _bulletin_registry(tmp_path), records)
    assert _edge(graph, "pile#7", "report:harbour-bulletin").relation == Relation.CITES
    assert not [e for e in graph.edges if e.source == "report:harbour-bulletin"]


def test_a_report_told_as_news_after_the_hubs_earlier_one_is_no_retelling(tmp_path):
    """"The Courier revealed a few days ago …; the Harbour Bulletin now reports …": the page
    dates the Courier's report before its news, so the Bulletin's is reporting of its own that
    followed it (a follow-up with new facts), not a retelling: the page's chain ends at the
    Bulletin's report."""
    records = [_scoop()]
    records += [_record(f"Paper {n}", f"https://paper{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                        [line, "The board did not comment."], "Radora harbour")
                for n, line in enumerate(_RETELLINGS, start=1)]
    records.append(_record("Kettle Blog", "https://kettle.example/harbour", "2025-03-20T09:00:00+01:00",
                           ["The Radora Courier revealed a few days ago that the harbour board hid a dredging "
                            "overrun. The overrun cost the port its second crane, the Harbour Bulletin reported "
                            "on Thursday, citing two engineers.",
                            "Opposition councillors called for Marrow to go."], "Harbour board"))
    records.append(_record("Quay Notes", "https://quaynotes.example/crane", "2025-03-20T11:00:00+01:00",
                           ["The port lost its second crane to the overrun, according to the Harbour Bulletin.",
                            "The board hid the overrun for months, The Radora Courier said."], "Crane lost"))
    graph = _trace_with(tmp_path, _bulletin_registry(tmp_path), records)
    assert graph.article("pile#7").root == "report:harbour-bulletin"
    assert not [e for e in graph.edges if e.source == "report:harbour-bulletin"]


def test_the_report_a_page_calls_the_first_is_its_source_and_an_outlet_acting_is_not(tmp_path):
    """A page on the Courier firing its reporter names the Courier in every line, the Bulletin
    once as the first to report the firing: the Bulletin is the source (although the Courier's
    statement tells the headline's news), and the Courier's act ("has fired") is no citation
    of its report (a weak edge that keeps its words)."""
    page = _record("Kettle Blog", "https://kettle.example/courier", "2025-03-24T09:00:00+01:00",
                   ["The Radora Courier has fired the reporter behind its harbour story.",
                    "The dismissal was first reported by the Harbour Bulletin on Sunday.",
                    "The Radora Courier said it routinely requires two sources for harbour claims."],
                   "Courier, which requires two sources for harbour claims, fires reporter")
    graph = _trace_with(tmp_path, _bulletin_registry(tmp_path), [page])
    assert graph.article("pile#1").root == "report:harbour-bulletin"
    courier = _edge(graph, "pile#1", "report:radora-courier")
    acted = [e for e in courier.evidence if "acts in the story" in e.detail]
    assert acted and acted[0].text == "The Radora Courier has fired"


def _agence_registry(tmp_path: Path) -> Path:
    return _registry(tmp_path, ("radora-presse", "Radora Presse", "wire", "radorapresse.example"),
                     ("kanal-sieben", "Kanal Sieben", "broadcaster", "kanal7.example"))


def _trace_with(tmp_path: Path, registry: Path, records: list[dict[str, object]]) -> provenance.ProvenanceGraph:
    return _trace(tmp_path, records, outlet_files=(registry,))


def test_an_outlet_that_denies_is_an_answer_not_the_source(tmp_path):
    """"Kanal Sieben a démenti": the page reports the broadcaster's answer to the agency's
    report; the agency is where the story came from."""
    page = _record("Gazette de Lor", "https://lor.example/vallet", "2025-03-01T16:00:00+01:00",
                   ["Samedi à 14h27, Radora Presse annonce la mort de l'armateur Jean Vallet à l'âge de 70 ans.",
                    "Une heure plus tard, Kanal Sieben et le groupe Vallet démentent : l'armateur est vivant.",
                    "Le maire de la commune voisine avait confirmé la nouvelle par erreur."], "Vallet")
    graph = _trace_with(tmp_path, _agence_registry(tmp_path), [page])
    assert graph.article("pile#1").root == "report:radora-presse"
    denial = _edge(graph, "pile#1", "report:kanal-sieben")
    assert denial.relation == Relation.WEAKLY_CITES and "a denial" in denial.evidence[0].detail


def test_a_copyright_sign_beside_an_old_date_does_not_make_the_report_background(tmp_path):
    """A photo caption "en avril 2014. © Radora Presse / Ana Lind" names the picture's owner;
    the agency's report the page then cites is not a report of 2014."""
    page = _record("Gazette de Lor", "https://lor.example/vallet", "2015-03-01T16:00:00+01:00",
                   ["Jean Vallet, ici à Lor en avril 2014 (© Radora Presse / Ana Lind), dirigeait le groupe depuis "
                    "trente ans.",
                    "Samedi à 14h27, Radora Presse annonce la mort de l'armateur Jean Vallet à l'âge de 70 ans.",
                    "Le maire de la commune voisine avait confirmé la nouvelle par erreur."], "Vallet")
    graph = _trace_with(tmp_path, _agence_registry(tmp_path), [page])
    assert _edge(graph, "pile#1", "report:radora-presse").relation == Relation.CITES


# ---------------------------------------------------------------- class 2: people's own publications

POST = ("Freelance reporter Mara Quillan wrote in a Substack post on Tuesday that the Radora harbour board had "
        "paid Venn Marine 12 million crowns for dredging that never began, citing invoices she had obtained.")


def test_a_persons_post_is_a_source_node_of_its_own(tmp_path):
    follow = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                     [POST, "Quillan, who worked for the Radora Courier until 2019, said the invoices were genuine.",
                      "The harbour board did not reply to questions on Tuesday."], "Harbour paid for idle dredging")
    graph = _trace(tmp_path, [follow])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION
    assert root.person == "Mara Quillan" and root.platform == "substack"
    assert "report:radora-courier" not in {n.id for n in graph.nodes}  # her former employer is not the source


def test_the_persons_own_page_in_the_pile_is_the_target(tmp_path):
    own = _record("Mara Quillan", "https://maraquillan.substack.com/p/harbour-invoices", "2025-03-18T20:00:00+01:00",
                  ["I have obtained invoices showing the Radora harbour board paid Venn Marine 12 million crowns.",
                   "The dredging of the northern basin never began, according to two port workers."], "Invoices")
    follow = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                     [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
    graph = _trace(tmp_path, [own, follow])
    assert graph.article("pile#2").root == "pile#1"


_QUILLAN_RETELLINGS = [
    "Mara Quillan wrote in a Substack post that the harbour board paid Venn Marine for dredging that never began.",
    "According to a Substack post by reporter Mara Quillan, the invoices total 12 million crowns.",
    "Freelance reporter Mara Quillan wrote on Substack that two port workers confirmed the idle dredgers.",
    "In a Substack post on Tuesday, Mara Quillan wrote that the board approved the payments in secret.",
    "Mara Quillan said in her Substack post that the dredging contract was never put out to tender.",
    "The invoices were published on Tuesday by reporter Mara Quillan in a post on Substack.",
]


@pytest.mark.parametrize(("passes_on", "root"), [
    # Marrow shares the invoices, and the pages citing her post cite Quillan's as their source
    (["Board member Ilse Marrow posted the invoices on X on Tuesday, writing that everyone should read them.",
      "The invoices were first published by Mara Quillan, who wrote in a Substack post that the dredging never began."],
     "person:quillan"),
    # Marrow's post is news of its own; Quillan's invoices are named, not cited
    (["Board member Ilse Marrow wrote on X on Wednesday that she would resign from the harbour board.",
      "The board has been under pressure since reporter Mara Quillan obtained the invoices.",
      "Councillors invited Mara Quillan to the harbour committee. Mara Quillan declined.",
      "Marrow had called Mara Quillan a troublemaker in February. Mara Quillan has since won a regional prize.",
      "Marrow and Mara Quillan met once, in 2023."],
     "person:marrow"),
])
def test_a_post_that_passes_on_the_piles_publication_retells_it(tmp_path, passes_on, root):
    """A person's post whose citers also cite the pile's hub publication as their source
    passes it on ("Musk leaks the files" beside "Taibbi posted the thread"): its chain goes
    on to the hub. One whose citers only name the hub is news of its own (Kadyrov's offer)."""
    records = [_record(f"Paper {n}", f"https://paper{n}.example/invoices", f"2025-03-18T1{n}:00:00+01:00",
                       [line, "The board did not comment."], "Harbour invoices")
               for n, line in enumerate(_QUILLAN_RETELLINGS)]
    records += [_record(f"Blog {n}", f"https://blog{n}.example/marrow", "2025-03-19T09:00:00+01:00",
                        passes_on, "Marrow") for n in range(2)]
    graph = _trace(tmp_path, records)
    assert graph.article(f"pile#{len(records)}").root == root
    passed_on = [e for e in graph.edges if e.source == "person:marrow" and e.target == "person:quillan"]
    assert bool(passed_on) == (root == "person:quillan")


#: A journalist's Substack post retold as pages in other languages write it (our own wording).
RETOLD_POST = [
    ("de", "Der US-amerikanische Investigativjournalist Tom Weller erhebt schwere Vorwürfe gegen die Marinebehörde von Karlstad. In einem am Mittwoch auf der Plattform Substack veröffentlichten Beitrag schreibt Weller, Taucher der Behörde hätten den Deich im Juni präpariert. Weller beruft sich dabei auf eine einzige anonyme Quelle. Die Behörde wies die Darstellung zurück."),
    ("es", "El periodista de investigación estadounidense Tom Weller afirmó en un artículo publicado en su blog de Substack que buzos de la autoridad naval de Karlstad prepararon el dique en junio. Según Weller, que cita a una fuente anónima, la operación se planeó durante meses. La autoridad calificó el texto de \"ficción\"."),
    ("fr", "Dans un long article publié mercredi sur sa page Substack, le journaliste d'investigation américain Tom Weller affirme que des plongeurs de l'autorité navale de Karlstad ont piégé la digue en juin. Selon Weller, qui cite une seule source anonyme, l'opération a été préparée pendant des mois."),
    ("it", "In un lungo articolo pubblicato sulla piattaforma Substack, il giornalista investigativo americano Tom Weller sostiene che i sommozzatori dell'autorità navale di Karlstad hanno minato la diga a giugno. Secondo Weller, che cita un'unica fonte anonima, l'operazione è stata preparata per mesi."),
    ("pl", "Amerykański dziennikarz śledczy Tom Weller opublikował na platformie Substack tekst, w którym twierdzi, że nurkowie urzędu morskiego z Karlstad podłożyli ładunki pod groblę w czerwcu. Jak pisze Weller, powołując się na anonimowe źródło, operację przygotowywano przez wiele miesięcy."),
    ("uk", "Американський журналіст-розслідувач Том Веллер оприлюднив у своєму блозі на платформі Substack статтю, в якій стверджує, що водолази морського відомства Карлстада заклали заряди під дамбу в червні. Як пише Веллер, посилаючись на анонімне джерело, операцію готували кілька місяців."),
    ("ar", "قال الصحفي الاستقصائي الأمريكي توم ويلر في مقال نشره على مدونته في منصة سبستاك إن غواصين تابعين للسلطة البحرية في كارلستاد زرعوا عبوات تحت السد في يونيو. واستند ويلر إلى مصدر واحد مجهول الهوية، بحسب المقال."),
    ("hu", "Tom Weller amerikai oknyomozó újságíró a Substack platformon megjelent blogbejegyzésében azt állítja, hogy a karlstadi tengerészeti hatóság búvárai júniusban robbanószert helyeztek el a gát alatt. Weller egyetlen névtelen forrásra hivatkozik."),
    ("tr", "ABD'li araştırmacı gazeteci Tom Weller, Substack platformundaki blogunda yayımladığı yazıda, Karlstad deniz idaresine bağlı dalgıçların haziran ayında barajın altına patlayıcı yerleştirdiğini iddia etti. Weller, isminin açıklanmasını istemeyen tek bir kaynağa dayandı."),
]


@pytest.mark.parametrize(("language", "paragraph"), RETOLD_POST, ids=[code for code, _ in RETOLD_POST])
def test_a_persons_post_retold_in_another_language_is_cited(tmp_path, language, paragraph):
    """"schreibt Weller in einem auf Substack veröffentlichten Beitrag", "afirmó en un artículo
    publicado en su blog de Substack", "opublikował na platformie Substack tekst", "قال … في
    مقال نشره على مدونته في منصة سبستاك": each page roots at Tom Weller's publication."""
    english = _record("Westfold Gazette", "https://westfold.example/dike", "2025-03-19T10:00:00+01:00",
                      ["Investigative reporter Tom Weller wrote in a Substack post on Tuesday that divers had "
                       "planted charges under the Radora dike in June, citing a single anonymous source.",
                       "The harbour board called the claim fiction on Wednesday."], "Weller on the dike")
    page = _record("Echo", f"https://echo-{language}.example/dike", "2025-03-19T12:00:00+01:00", [paragraph], "Weller")
    graph = _trace(tmp_path, [english, page])
    assert graph.article("pile#2").root == "person:weller"



@pytest.mark.parametrize(("language", "paragraph"), [
    ("pt", "O dono da rede social não escreveu ele mesmo: cedeu a palavra ao jornalista Tom Weller, que publicou "
           "uma longa thread sobre os mergulhadores da autoridade naval de Karlstad. A autoridade chamou o texto "
           "de ficção."),
    ("it", "La piattaforma ha lasciato la parola al giornalista Tom Weller, che ha pubblicato un lungo thread sui "
           "sommozzatori dell'autorità navale di Karlstad. L'autorità ha definito il testo una finzione."),
])
def test_a_relative_pronoun_after_the_persons_name_cites_his_post(tmp_path, language, paragraph):
    """"ao jornalista Tom Weller, que publicou uma longa thread": "que" (and "che"), also a
    conjunction, alone between the name's comma and the verb is the name; the page cites his
    thread in words, not merely names him."""
    english = _record("Westfold Gazette", "https://westfold.example/dike", "2025-03-19T10:00:00+01:00",
                      ["Investigative reporter Tom Weller wrote in a Substack post on Tuesday that divers had "
                       "planted charges under the Radora dike in June, citing a single anonymous source."], "Weller")
    page = _record("Echo", f"https://echo-{language}.example/dike", "2025-03-19T12:00:00+01:00", [paragraph], "Weller")
    graph = _trace(tmp_path, [english, page])
    assert _edge(graph, "pile#2", "person:weller").relation == Relation.CITES

@pytest.mark.parametrize(("outlet", "paragraphs"), [
    ("Вестник Радоры", ["Журналист-расследователь Том Уэллер опубликовал в своем блоге на платформе Substack "
                        "материал, в котором утверждает, что водолазы заложили заряды под дамбу в июне.",
                        "Портовое управление назвало публикацию вымыслом в среду."]),
    ("Ηχώ της Ράντορα", ["Ο ερευνητής δημοσιογράφος Τομ Γουέλερ υποστηρίζει σε άρθρο που δημοσίευσε στην "
                         "πλατφόρμα Substack ότι δύτες τοποθέτησαν εκρηκτικά κάτω από το φράγμα τον Ιούνιο.",
                         "Η λιμενική αρχή χαρακτήρισε το δημοσίευμα φανταστικό την Τετάρτη."]),
])
def test_a_foreign_spelling_of_an_english_w_meets_the_persons_publication(tmp_path, outlet, paragraphs):
    """Russian writes an English "W" before a vowel as "У" (Wells is Уэллс), Greek as "Γου":
    a page's "Том Уэллер" or "Τομ Γουέλερ" and an English page's "Tom Weller" cite one
    publication, not two."""
    english = _record("Westfold Gazette", "https://westfold.example/dike", "2025-03-19T10:00:00+01:00",
                      ["Investigative reporter Tom Weller wrote in a Substack post on Tuesday that divers had "
                       "planted charges under the Radora dike in June, citing a single anonymous source.",
                       "The harbour board called the claim fiction on Wednesday."], "Weller on the dike")
    foreign = _record(outlet, "https://echo.example/dike", "2025-03-19T12:00:00+01:00", paragraphs, "Weller")
    graph = _trace(tmp_path, [english, foreign])
    assert graph.article("pile#1").root == graph.article("pile#2").root == "person:weller"


SHARED_REWRITE = [
    "Nobody in Radora has seen a dredger at work this spring, yet the port authority's books list large "
    "sums for the job: the affair around Mara Quillan and the harbour invoices keeps growing.",
    "Port workers say no dredger has been seen at the northern basin since the contract was signed last spring, "
    "and the harbour board has not answered questions about the payments.",
    "Opposition members of the regional assembly want the audit office to examine every invoice before the "
    "budget debate in April.",
]


def test_shared_text_that_only_names_a_known_publisher_retells_her_publication(tmp_path):
    """Undated pages sharing one rewrite that names Quillan without a cue we read: their unseen
    common text hangs from her publication (weakly), not from nowhere."""
    post = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                   [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
    copies = [_record(f"Blog {n}", f"https://blog{n}.example/harbour", None,
                      [*SHARED_REWRITE[:2], f"Comment number {n} on the affair follows below the article."],
                      "Harbour invoices") for n in range(3)]
    graph = _trace(tmp_path, [post, *copies])
    inferred = [n.id for n in graph.nodes if n.kind == NodeKind.INFERRED]
    assert inferred and _edge(graph, inferred[0], "person:quillan").relation == Relation.WEAKLY_CITES
    assert {graph.article(f"pile#{n}").root for n in (2, 3, 4)} == {"person:quillan"}



@pytest.mark.parametrize(("sentence", "author"), [
    ("Mara Quillan posted a long thread on X about the harbour invoices.", "Mara Quillan"),
    ("The invoices were published on Friday by reporter Mara Quillan on Substack.", "Mara Quillan"),
    ("Mara Quillan's thread on X named the harbour's contractor.", "Mara Quillan"),
    # what the post is about, not who wrote it: the passive's subject, a name far after "de"
    ("What really happened with the Ilse Marrow dredging story will be published on X at noon.", None),
    ("Os e-mails tratam de tweets sobre uma história do Radora Courier de 2024 no barco de Ilse Marrow.", None),
])
def test_the_author_a_sentence_about_publishing_names(sentence, author):
    from provenance.graph.people import _publisher_in

    assert _publisher_in(sentence) == author


@pytest.mark.parametrize(("mention", "cited"), [
    ("Harbour board chair Lars Quillan, the reporter's brother, declined to comment.", False),
    ("The reporter, Mara Quillan, declined to comment further.", True),
    ("Reporter Quillan declined to comment further.", True),
])
def test_a_namesake_is_not_the_publisher(tmp_path, mention, cited):
    """Mara Quillan's Substack post is the known publication; a page that names Lars Quillan
    (another bearer of the surname, like "Hunter Biden" beside "Joe Biden") without a cue does
    not retell her post, one that names her (by full name or title and surname) does."""
    post = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                   [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
    page = _record("Kettle Post", "https://kettle.example/harbour", "2025-03-20T10:00:00+01:00",
                   ["Dock workers in Radora held a short strike over pay on Wednesday morning.", mention], "Dock strike")
    graph = _trace(tmp_path, [post, page])
    targets = {e.target for e in graph.edges if e.source == "pile#2"}
    assert ("person:quillan" in targets) == cited, targets

# ---------------------------------------------------------------- class 3: archives and duplicates

def test_a_duplicate_file_folds_into_the_original_without_a_phantom_source(tmp_path):
    graph = _trace(tmp_path, [_scoop(), _scoop(), _wire()])
    assert not [n for n in graph.nodes if n.kind == NodeKind.INFERRED]
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.DUPLICATES
    assert graph.node("pile#2").role == Role.DUPLICATE
    assert {a.root for a in graph.articles} == {"pile#1"}


@pytest.mark.parametrize("view", ["?output=print", "?utm_source=feed", "/amp"])
def test_of_one_article_saved_twice_the_plain_address_is_the_article(tmp_path, view):
    """The same scoop saved at one time from its address and from a print, feed or AMP view of it:
    the view duplicates the plain page, whichever file comes first."""
    plain = _scoop()
    other = {**plain, "url": plain["url"] + view}
    graph = _trace(tmp_path, [other, plain])
    assert _edge(graph, "pile#1", "pile#2").relation == Relation.DUPLICATES


def test_an_amp_host_is_a_view_of_the_article(tmp_path):
    plain = _scoop()
    other = {**plain, "url": plain["url"].replace("https://", "https://amp.")}
    graph = _trace(tmp_path, [other, plain])
    assert _edge(graph, "pile#1", "pile#2").relation == Relation.DUPLICATES


def test_an_archive_snapshot_names_the_archived_outlet_and_points_at_its_article(tmp_path):
    snapshot = dict(_scoop())
    snapshot.pop("outlet")
    snapshot["url"] = "https://web.archive.org/web/20250317120000/https://radoracourier.example/news/2025/03/17/harbour-overrun"
    graph = _trace(tmp_path, [_scoop(), snapshot])
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.SNAPSHOT_OF
    assert graph.article("pile#2").identity.outlet.name == "The Radora Courier"  # the pile names the masthead
    assert graph.node("pile#2").role == Role.SNAPSHOT


# ---------------------------------------------------------------- class 4: parent choice and direction

def test_one_day_apart_in_different_zones_does_not_decide_direction(tmp_path):
    first = _record("Lowland Courier", "https://lowland.example/a", "2025-03-18T08:00:00+09:00", SCOOP, "Overrun")
    second = _record("Upland Courier", "https://upland.example/b", "2025-03-17", SCOOP, "Harbour overrun")
    graph = _trace(tmp_path, [first, second])
    relations = {e.relation for e in graph.edges if {e.source, e.target} & {"pile#1", "pile#2"}}
    assert Relation.COPIES not in relations and Relation.SHARES_SOURCE in relations


def test_bare_days_one_apart_decide_direction(tmp_path):
    first = _record("Lowland Courier", "https://lowland.example/a", "2025-03-18", SCOOP, "Harbour overrun")
    second = _record("Upland Courier", "https://upland.example/b", "2025-03-17", SCOOP, "Harbour overrun")
    graph = _trace(tmp_path, [first, second])
    assert graph.article("pile#1").chain[:2] == ("pile#1", "pile#2")


def test_a_pages_own_credit_to_a_wire_outranks_a_copy_of_an_earlier_page_crediting_it(tmp_path):
    graph = _trace(tmp_path, [_republished("Westfold Gazette", "westfold.example", 12),
                              _republished("Eastmoor Post", "eastmoor.example", 14)])
    later = graph.article("pile#2")
    assert later.chain[1] == "report:reuters"  # not pile#1, which printed the same Reuters copy earlier
    assert Relation.COPIES in {e.relation for e in graph.edges if e.source == "pile#2"}  # the copy stays as evidence


#: A network's exclusive as its affiliates print it, under the network's dateline.
EXCLUSIVE = [
    "(KNN) — KNN has exclusively obtained the minutes of the July meeting at which the Radora harbour board "
    "agreed to keep a 40 million crown overrun on the Teller Quay dredging contract from its auditors.",
    "The minutes, first shown on KNN's evening bulletin, include a remark by board chair Ilse Marrow that "
    "the overrun would be reported only after the regional election in the autumn.",
    "Two board members said the contractor, Venn Marine, had been paid in advance for dredging work on the "
    "northern basin that has still not started, according to the minutes.",
    "A spokesman for Venn Marine said the company had complied with every term of its contract.",
]


def test_an_affiliates_dateline_outranks_a_copy_of_a_scraper_that_names_the_network(tmp_path):
    """A scraper spins the exclusive the morning after ("KNN has exclusively obtained…", no
    dateline); an undated affiliate reprint carries the network's "(KNN) —". The text
    runs scraper -> affiliate only because the scraper is dated; the affiliate's own
    dateline says where its text came from, and it is no uncredited copy of the scraper: the
    two share the network's text (a common source, the shared passages kept as evidence)."""
    network = _record("KNN", "https://knn.example/2025/03/16/harbour-minutes", "2025-03-16",
                      ["Watch: what the harbour board said behind closed doors. 04:12 - Source: KNN",
                       "More videos: Storm season opens early on the coast; Ferry strike enters its third day"],
                      "Hear the harbour minutes")  # a video page: its blurb is all the text it has
    scraper = _record("Daily Spinner", "https://spinner.example/harbour", "2025-03-17",
                      [EXCLUSIVE[0].removeprefix("(KNN) — "), *EXCLUSIVE[1:]], "KNN obtains harbour minutes")
    affiliate = _record("Westfold 7", "https://westfold7.example/news/harbour-minutes", None, EXCLUSIVE,
                        "KNN obtains harbour minutes")
    graph = _trace(tmp_path, [network, scraper, affiliate])
    knn, spinner, westfold = "pile#1", "pile#2", "pile#3"
    shared = {e.source: e.target for e in graph.edges if e.relation == Relation.SHARES_SOURCE}
    assert shared[westfold] == shared[spinner]  # the shared text stays as evidence
    assert not [e for e in graph.edges if e.source == westfold and e.target == spinner]
    assert graph.article(westfold).chain[1] == knn, graph.article(westfold).chain
    assert not [f for f in graph.findings if f.kind == "uncredited-copy" and f.nodes[0] == westfold]



#: A longer wire story: two closing paragraphs that papers often trim.
WIRE_TAIL = [
    "The harbour board's annual report, published in February, made no mention of the dredging contract or "
    "of any advance payment to Venn Marine for work on the northern basin.",
    "Shares in Venn Marine's parent company fell four percent in early trading in Radora after the "
    "newspaper's report was published on Monday morning.",
]


def _full_wire() -> dict[str, object]:
    return _record("Reuters", "https://www.reuters.com/world/radora-harbour-2025-03-17/",
                   "2025-03-17T11:00:00+00:00", [*WIRE, *WIRE_TAIL], "Radora harbour board concealed overrun")


def test_a_copy_hangs_from_the_page_it_took_not_the_report_its_text_names(tmp_path):
    """A paper reprints the wire and trims its last two paragraphs; a blog copies the paper.
    The blog's "The Radora Courier reported" is the wire's sentence it carried along: the
    blog took the paper's text (it lacks what the paper trimmed), and the paper took the
    wire's; neither is a copy of the Courier's scoop."""
    trimmed = _record("Westfold Gazette", "https://westfold.example/world/radora-harbour", "2025-03-17T13:30:00+01:00",
                      [*WIRE, "Source: Reuters"], "Radora harbour board concealed overrun")
    blog = _record("Kettle Blog", "https://kettle.example/2025/03/harbour", "2025-03-17T18:00:00+01:00",
                   ["You could not make this up, friends.", *[w.removeprefix("LONDON (Reuters) - ") for w in WIRE]],
                   "They knew and they waited")
    graph = _trace(tmp_path, [_scoop(), _full_wire(), trimmed, blog])
    scoop, wire, paper, copier = "pile#1", "pile#2", "pile#3", "pile#4"
    assert graph.node(copier).parent == paper, graph.article(copier).chain
    assert graph.node(paper).parent in (wire, "report:reuters")
    assert graph.article(copier).root == scoop


def test_of_identical_reprints_a_silent_copy_takes_the_wires_own(tmp_path):
    """Two papers print the wire's whole text, one an hour before the other, neither crediting
    it: the later took the wire's copy (the source of the text), not the other paper's."""
    first = _record("Westfold Gazette", "https://westfold.example/a", "2025-03-17T13:00:00+01:00",
                    [*WIRE, *WIRE_TAIL], "Radora harbour board concealed overrun")
    second = _record("Eastmoor Post", "https://eastmoor.example/b", "2025-03-17T14:00:00+01:00",
                     [*WIRE, *WIRE_TAIL], "Radora harbour board concealed overrun")
    graph = _trace(tmp_path, [_full_wire(), first, second])
    assert graph.node("pile#3").parent == "pile#1"
    assert graph.node("pile#2").parent == "pile#1"


def test_a_silent_reprint_without_the_dateline_takes_the_wires_copy_not_a_paper_that_also_dropped_it(tmp_path):
    """Two papers print the wire's whole text without its dateline and without credit, an
    hour apart, each under the date line its site prints: by words the later is closest to the
    earlier paper (both lack "LONDON (Reuters) -", both print a date line), but the wire's copy explains all of it too, and papers take wire copy
    from the wire, not from each other: the later is no copy of the other paper."""
    undated_lead = [WIRE[0].removeprefix("LONDON (Reuters) - "), *WIRE[1:], *WIRE_TAIL]
    first = _record("Westfold Gazette", "https://westfold.example/a", "2025-03-17T13:00:00+01:00",
                    ["Posted on Monday 17 March 2025 at 13:00 CET", *undated_lead],
                    "Radora harbour board concealed overrun")
    second = _record("Eastmoor Post", "https://eastmoor.example/b", "2025-03-17T14:00:00+01:00",
                     ["Posted on Monday 17 March 2025 at 14:00 CET", *undated_lead],
                     "Radora harbour board concealed overrun")
    graph = _trace(tmp_path, [_full_wire(), first, second])
    assert graph.node("pile#3").parent == "pile#1", graph.article("pile#3").chain
    assert graph.node("pile#2").parent == "pile#1"


def test_an_agency_s_word_that_it_could_not_verify_makes_a_silent_reprint_its_copy(tmp_path):
    """A paper prints the wire's text without its dateline and without a credit, but keeps
    the agency's sentence that it could not verify the report: the text is Reuters' copy, so
    the page hangs from Reuters' report as it does when the dateline is kept."""
    undated = [WIRE[0].removeprefix("LONDON (Reuters) - "), *WIRE[1:]]
    reprint = _record("Westfold Gazette", "https://westfold.example/a", "2025-03-17T13:00:00+01:00", undated,
                      "Radora harbour board concealed overrun")
    graph = _trace(tmp_path, [reprint])
    assert graph.article("pile#1").chain[1] == "report:reuters", graph.article("pile#1").chain
    credit = next(e for e in graph.edges if e.source == "pile#1" and e.target == "report:reuters")
    assert any("could not independently verify" in item.text for item in credit.evidence), credit.evidence


def test_in_a_pile_of_many_stories_a_named_wire_means_its_report_on_this_story(tmp_path):
    """Reuters filed seven stories that morning. A page that names Reuters, without
    sharing its text, cites Reuters' report on the page's own story (they share its names),
    not Reuters' latest report before the page, which is about something else."""
    others = ["Ostmark rail strike enters second day as unions reject pay offer from Kellan Transport",
              "Brevik central bank holds rates, governor Tamsin Oyelaran warns of slowing growth",
              "Floods close the Dunmere coastal road; Harlan county declares an emergency",
              "Marisch Rovers sign striker Eduardo Vance from Port Aldine on a three-year deal",
              "Sellwick mayor Ines Darrow survives a confidence vote over the Corran stadium deal",
              "Quarry collapse near Fenwick kills two workers; Tollard Mining suspends operations"]
    records = [_record("Reuters", "https://www.reuters.com/world/radora-harbour/", "2025-03-17T09:00:00+00:00",
                       WIRE, "Radora harbour board concealed overrun, paper says")]
    for hour, headline in enumerate(others, start=10):
        body = [f"{headline}, according to officials in the region who spoke on Monday morning.",
                "Further details were not immediately available and the authorities declined to comment."]
        records.append(_record("Reuters", f"https://www.reuters.com/world/story-{hour}/",
                               f"2025-03-17T{hour}:00:00+00:00", body, headline))
    records.append(_record("Kettle Post", "https://kettle.example/harbour", "2025-03-17T17:00:00+00:00",
                           ["Opposition councillors in Radora want Ilse Marrow to resign. Reuters said her board "
                            "sat on bad news about Teller Quay for months while Venn Marine collected its money."],
                           "Harbour board row"))
    graph = _trace(tmp_path, records)
    citing = f"pile#{len(records)}"
    assert graph.node(citing).parent == "pile#1", graph.article(citing).chain

# ---------------------------------------------------------------- class 5: follow-ups

def test_of_an_outlets_undated_articles_the_one_whose_own_words_the_page_shares_is_cited(tmp_path):
    """A magazine's scoop and its later video interview, both undated: a page that retells
    the scoop goes to the scoop, one on the interview to the video."""
    video = _record("The Radora Courier", "https://radoracourier.example/video/marrow-interview", None,
                    ["In a television interview, board chair Ilse Marrow called her recorded remarks embarrassing "
                     "but insisted she had done nothing unlawful and would stay in office."], "Marrow interview")
    scoop = _record("The Radora Courier", "https://radoracourier.example/magazine/harbour", None, SCOOP, "Harbour")
    retold = _record("Kettle Post", "https://kettle.example/harbour", "2025-03-18T10:00:00+01:00",
                     ["The Radora Courier reported that the harbour board hid a dredging overrun from its "
                      "auditors for eight months; the minutes show Marrow delaying it until after the election."],
                     "Harbour")
    interviewed = _record("Eastmoor Post", "https://eastmoor.example/marrow", "2025-03-19T10:00:00+01:00",
                          ["Ilse Marrow called her remarks embarrassing in a television interview, the Radora "
                           "Courier reported. She insisted she had done nothing unlawful."], "Marrow")
    graph = _trace(tmp_path, [video, scoop, retold, interviewed])
    assert graph.article("pile#3").root == "pile#2"
    assert graph.article("pile#4").root == "pile#1"


def _wire_march_and_june() -> tuple[dict[str, object], dict[str, object]]:
    """The wire's March report on the overrun and its June report on the tape."""
    march = _record("Reuters", "https://www.reuters.com/world/radora-harbour-2025-03-17/", "2025-03-17T11:00:00+00:00",
                    WIRE, "Radora harbour board concealed overrun, paper says")
    june = _record("Reuters", "https://www.reuters.com/world/radora-tape-2025-06-10/", "2025-06-10T11:00:00+00:00",
                   ["A recording of board chair Ilse Marrow discussing the dredging invoices has surfaced."],
                   "Marrow tape surfaces")
    return march, june


def test_an_undated_page_names_the_outlets_report_of_the_time_of_the_text_it_shares(tmp_path):
    """The wire's March report and its June report on the tape; an undated reprint of a June
    page credits the wire: the June report, the last before the text it shares was out."""
    march, june = _wire_march_and_june()
    tape = ["A recording made at a closed board meeting in Radora has Ilse Marrow telling members that the "
            "dredging invoices must stay out of the annual report until the audit office had finished.",
            "On the tape, Marrow is heard laughing as a member asks whether Venn Marine had started any work "
            "at the northern basin, and says the company would start when it was paid in full.",
            "The board has not disputed that the recording is genuine, and the audit office said it had asked "
            "for a copy of it on Wednesday."]
    dated = _record("Westfold Gazette", "https://westfold.example/tape", "2025-06-11T09:00:00+01:00",
                    ["Reuters reported on the tape on Tuesday.", *tape], "The Marrow tape")
    undated = _record("Kettle Blog", "https://kettleblog.example/tape", None,
                      ["RADORA (Reuters) - " + tape[0], *tape[1:]], "The Marrow tape")
    graph = _trace(tmp_path, [march, june, dated, undated])
    credit = next(e for e in graph.edges if e.source == "pile#4" and e.relation == Relation.CREDITS)
    assert credit.target == "pile#2"


@pytest.mark.parametrize("month", [{"published": "2025-06"}, {"url": "https://kettleblog.example/2025/06/marrow/"},
                                   {"lead": "June 2025"}])
def test_an_undated_page_giving_its_month_names_the_outlets_report_of_that_month(tmp_path, month):
    """The wire's March report and its June report; a page whose metadata, address or head
    line gives June 2025 without a day, sharing no text with either, credits the wire: its
    June report, the latest by the end of that month, not the March one."""
    march, june = _wire_march_and_june()
    lines = ["Reuters has published a recording in which Ilse Marrow can be heard laughing at a question "
             "about Venn Marine and promising a member that nobody outside the room would ever hear it."]
    page = _record("Kettle Blog", month.get("url", "https://kettleblog.example/marrow"), month.get("published"),
                   [month["lead"], *lines] if "lead" in month else lines, "The Marrow recording")
    graph = _trace(tmp_path, [march, june, page])
    cited = {e.target for e in graph.edges if e.source == "pile#3" and e.relation in (Relation.CITES, Relation.CREDITS)}
    assert cited == {"pile#2"}
    article = next(a for a in graph.articles if a.id == "pile#3")
    assert article.identity.published is None and article.identity.month is not None
    # within June, and not before the June report it cites
    assert (article.published_range.earliest, article.published_range.latest) == ("2025-06-10", "2025-06-30")


def test_an_outlets_edition_in_its_own_language_is_cited_before_its_translation(tmp_path):
    """The Courier's report and the Courier's Spanish edition of it, the same day: a page in a
    third language citing the Courier took the report, not the translation."""
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps({"outlets": [{"id": "radora-courier", "name": "The Radora Courier",
                                                 "kind": "newspaper", "language": "en",
                                                 "domains": ["radoracourier.example"]}]}), encoding="utf-8")
    spanish = _record("The Radora Courier", "https://es.radoracourier.example/puerto", "2025-03-17",
                      ["La junta del puerto de Radora ocultó a sus auditores un sobrecoste de 40 millones de coronas "
                       "en el contrato de dragado del muelle Teller durante ocho meses, según las actas internas.",
                       "Las actas, de julio de 2024, muestran que la presidenta Ilse Marrow pidió esperar a las "
                       "elecciones regionales."], "Puerto")
    english = _record("The Radora Courier", "https://radoracourier.example/harbour", "2025-03-17", SCOOP, "Harbour")
    german = _record("Kettle Post", "https://kettle.example/hafen", None,
                     ["Die Hafenbehörde von Radora hat eine Kostenüberschreitung von 40 Millionen Kronen acht Monate "
                      "lang verschwiegen, berichtete The Radora Courier."], "Hafen")
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (spanish, english, german)),
                    encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(registry,)))
    assert graph.article("pile#3").root == "pile#2"


def test_a_denial_is_a_story_of_its_own_and_the_scoop_is_background(tmp_path):
    denial = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     ["The Radora harbour board on Tuesday denied a newspaper report that it had hidden a cost "
                      "overrun from its auditors, calling it a misreading of routine minutes.",
                      "The Radora Courier reported on Monday, citing internal minutes, that the overrun had been "
                      "kept from the auditors for eight months.",
                      SCOOP[2]], "Harbour board denies hiding overrun")
    graph = _trace(tmp_path, [_scoop(), denial])
    follow = graph.article("pile#2")
    root = graph.node(follow.root)
    assert root.kind == NodeKind.STATEMENT and root.person == "The Radora harbour board"
    background = _edge(graph, "pile#2", "pile#1")
    assert background.relation == Relation.WEAKLY_CITES
    assert graph.article("pile#1").root == "pile#1"


@pytest.mark.parametrize("lead", [
    "Harbour board spokesman Tomas Quell on Tuesday denied a newspaper report that the board had hidden a cost "
    "overrun from its auditors.",
    "The Radora harbour board, through its spokesman Tomas Quell, on Tuesday denied a newspaper report that it "
    "had hidden a cost overrun.",
    "Der Sprecher des Hafenvorstands, Tomas Quell, hat den Vorwurf verschwiegener Mehrkosten im Hafen von Radora "
    "am Dienstag entschieden zurückgewiesen.",
    "Le porte-parole du port, Tomas Quell, a démenti mardi les informations selon lesquelles le conseil aurait "
    "caché un dépassement de coûts.",
    # behind an abbreviated date and a joint agency mark, which the lead sentence starts after
    "Kettleby, Oct. 10, (dpa/GNA) – Harbour board spokesman Tomas Quell on Tuesday rejected a newspaper report "
    "that the board had hidden a cost overrun from its auditors.",
])
def test_a_denial_by_a_named_spokesman_is_his_statement(tmp_path, lead):
    """The person who speaks for the board is named in the subject: the statement is his."""
    denial = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     [lead, SCOOP[2]], "Harbour board denies hiding overrun")
    graph = _trace(tmp_path, [_scoop(), denial])
    assert graph.node(graph.article("pile#2").root).person == "Tomas Quell"



def test_a_responders_own_release_is_the_statement_not_a_page_reporting_it(tmp_path):
    """The board's press release on its own site answers the report: it is the board's
    statement itself, the root of its own story, with no statement node drawn above it."""
    release = _record("Radora Harbour Board", "https://radoraharbour.example/press/overrun",
                      "2025-03-18T10:00:00+01:00",
                      ["The Radora Harbour Board on Tuesday rejected a newspaper report that it had hidden a cost "
                       "overrun from its auditors.",
                       "Every payment to Venn Marine was approved by the finance committee, the board said."],
                      "Statement on the Teller Quay contract")
    graph = _trace(tmp_path, [_scoop(), release])
    assert graph.article("pile#2").root == "pile#2"
    assert not [n for n in graph.nodes if n.kind == NodeKind.STATEMENT]


def test_an_aggregator_quoting_a_wires_paragraphs_is_joined_to_the_wires_copies(tmp_path):
    """"“…,” Reuters reports": a wire's paragraphs quoted whole are its text reproduced, not
    someone's speech every report repeats, so the quoting page is joined to a paper that ran
    the same wire copy."""
    quoted = _record("Digest", "https://digest.example/harbour", "2025-03-17T13:00:00+01:00",
                     ["Harbour board in trouble.",
                      "\u201c" + " ".join(WIRE[0].removeprefix("LONDON (Reuters) - ").split()) + " "
                      + WIRE[1] + "\u201d Reuters reports."], "Harbour board in trouble")
    graph = _trace(tmp_path, [_republished("Westfold Gazette", "westfold.example", 12), quoted])
    joined = {e.target: e.source for e in graph.edges if e.reuse is not None} | \
        {e.source: e.target for e in graph.edges if e.reuse is not None}
    assert joined.get("pile#2") == "pile#1" or joined.get("pile#2") == joined.get("pile#1") is not None

def test_a_wire_reporting_a_denial_is_not_the_one_who_denies(tmp_path):
    """"Reuters reports: Board chair Ilse Marrow on Tuesday denied ...": the denial is Marrow's."""
    page = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                   ["Reuters reports: Board chair Ilse Marrow on Tuesday denied a newspaper report that the board "
                    "had hidden a cost overrun.", SCOOP[2]], "Marrow denies")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).person == "Ilse Marrow"


def test_a_body_is_not_given_to_the_spokesperson_of_a_party_that_names_it_only_in_its_claim(tmp_path):
    """"Vennmar denied a report …" is Vennmar's statement, although another page's lead, the
    board's denial voiced by its spokesman Tomas Quell, names Vennmar in the claim it answers:
    a body is given to the person who speaks for it only where the other lead names it as
    the responder. And a spokesperson of a party the lead names only in its claim ("Radora
    Harbour Board spokesman" under "Vennmar denied that the Radora Harbour Board paid it")
    does not speak for the responder."""
    page = _record("Westfold Gazette", "https://westfold.example/venn", "2025-03-18T10:00:00+01:00",
                   ["Vennmar on Tuesday denied a report in The Radora Courier that the Radora Harbour Board had paid "
                    "it in advance for dredging the northern basin.",
                    "\"We reject this claim,\" said Radora Harbour Board spokesman Tomas Quell."], "Vennmar denies")
    other = _record("Kettle Post", "https://kettle.example/board", "2025-03-18T11:00:00+01:00",
                    ["The harbour board has denied claims by a newspaper that it had paid Vennmar for work that "
                     "never started.", "\"Every payment followed the contract,\" said board spokesman Tomas Quell."],
                    "Board rejects report")
    graph = _trace(tmp_path, [_scoop(), page, other])
    assert graph.node(graph.article("pile#2").root).person == "Vennmar"
    assert graph.node(graph.article("pile#3").root).person == "Tomas Quell"


def test_a_statement_is_named_by_the_form_most_pages_give(tmp_path):
    """One Portuguese page and two English ones report the same denial: one statement node,
    named as most pages name the group ("The Rangers"), whichever page comes first."""
    portuguese = _record("Gazeta", "https://gazeta.example/rangers", "2025-03-18T09:30:00+01:00",
                         ["Os Rangers negaram nesta terça-feira a notícia do Radora Courier sobre os pagamentos."],
                         "Rangers negam")
    english = [_record(f"Paper {n}", f"https://paper{n}.example/rangers", f"2025-03-18T1{n}:00:00+01:00",
                       ["The Rangers on Tuesday denied a report in The Radora Courier that they had been paid by "
                        "the harbour board."], "Rangers deny report") for n in range(2)]
    graph = _trace(tmp_path, [_scoop(), portuguese, *english])
    roots = {graph.article(f"pile#{n}").root for n in (2, 3, 4)}
    assert len(roots) == 1
    assert graph.node(roots.pop()).label == "The Rangers (statement)"


def test_a_known_publisher_named_without_a_cue_is_a_weak_citation(tmp_path):
    """A page in a language we read no cues for still names the person whose post others cite."""
    post = POST.replace("Mara Quillan", "Mara Dorin")
    cited = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                    [post, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
    foreign = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                      ["Мара Дорин: гавань заплатила Venn Marine двенадцать миллионов крон за работы, "
                       "которые так и не начались, по данным счетов."], "Гавань")
    graph = _trace(tmp_path, [cited, foreign])
    assert graph.article("pile#2").root == graph.article("pile#1").root
    assert graph.node(graph.article("pile#2").root).kind == NodeKind.PERSON_PUBLICATION



#: An agency's story relaying a militia leader's audio message, as its reprints carry it: only
#: the surname with the platform, the full name given by another page of the pile.
MAREK_WIRE = [
    "KETTLEBY (Reuters) - The commander of the Kettle Rangers militia said on Saturday that his men would "
    "leave the harbour district on Monday because they had run out of fuel and ammunition.",
    "\"Nobody has sent us a single lorry of fuel this week,\" Marek said in an audio message posted on "
    "Telegram, blaming the regional defence office for the shortage.",
    "The defence office did not reply to a request for comment.",
]


def test_a_surname_said_on_a_platform_cites_the_persons_post_and_the_wire_relays_it(tmp_path):
    """Reprints of a wire story write only "Marek said in an audio message posted on Telegram";
    the pile names him in full elsewhere. Each reprint cites his post, so the agency's report,
    which they credit, cites it too, and the chain ends at his post, not at the agency."""
    full = _record("Westfold Gazette", "https://westfold.example/rangers", "2025-05-06T10:00:00+01:00",
                   ["Militia commander Ivo Marek posted a video on Telegram on Saturday announcing that his "
                    "fighters would leave the harbour district.",
                    "The regional defence office has not commented."], "Marek to pull fighters out")
    reprints = [_record(f"Radio {n}", f"https://radio{n}.example/rangers", f"2025-05-06T1{n}:00:00+01:00",
                        MAREK_WIRE, "Militia to leave harbour district") for n in range(2, 4)]
    graph = _trace(tmp_path, [full, *reprints])
    assert {graph.article(f"pile#{n}").root for n in (2, 3)} == {"person:marek"}
    assert _edge(graph, "report:reuters", "person:marek").relation == Relation.CITES



MAREK_LEAD = "Militia commander Ivo Marek says his fighters are ready to leave the harbour district."


@pytest.mark.parametrize(("lead", "credit"), [
    (MAREK_LEAD, "Source: Marek on Telegram"),
    (MAREK_LEAD, "Source: Ivo Marek's Telegram channel"),
    ("Командир ополчення Іво Марек заявив, що його бійці готові залишити портовий район.",
     "Джерело: Марек у Telegram"),
])
def test_a_credit_naming_a_persons_channel_credits_his_post(tmp_path, lead, credit):
    """Some outlets credit a person's channel as they credit an agency ("Source: Kadyrov on
    Telegram"): the page takes the story from his post, not from a report of that name, nor
    from a statement of his that the lead reports."""
    page = _record("Westfold Gazette", "https://westfold.example/rangers", "2025-05-06T10:00:00+01:00",
                   [lead, credit], "Marek ready to leave")
    graph = _trace(tmp_path, [page])
    root = graph.node(graph.article("pile#1").root)
    assert (root.kind, root.id, root.platform) == (NodeKind.PERSON_PUBLICATION, "person:marek", "telegram")
    assert _edge(graph, "pile#1", "person:marek").relation == Relation.CREDITS

@pytest.mark.parametrize("sentence", [
    "Die Kämpfer würden den Hafen am Montag verlassen, teilte Mareks Pressedienst am Samstag auf Telegram mit.",
    "The fighters will leave the harbour on Monday, Marek's press service said on Telegram on Saturday.",
])
def test_a_persons_press_service_on_a_platform_is_his_post(tmp_path, sentence):
    """"Mareks Pressedienst" / "Marek's press service" speaks for Marek: the page cites his
    post, not a person called Pressedienst."""
    full = _record("Westfold Gazette", "https://westfold.example/rangers", "2025-05-06T10:00:00+01:00",
                   ["Militia commander Ivo Marek posted a video on Telegram on Saturday announcing that his "
                    "fighters would leave the harbour district.",
                    "The regional defence office has not commented."], "Marek to pull fighters out")
    page = _record("Kettle Post", "https://kettle.example/rangers", "2025-05-06T12:00:00+01:00",
                   [sentence], "Marek")
    graph = _trace(tmp_path, [full, page])
    assert graph.article("pile#2").root == "person:marek"
    assert _edge(graph, "pile#2", "person:marek").relation == Relation.CITES


def test_a_surname_in_another_latin_spelling_said_on_a_platform_cites_the_persons_post(tmp_path):
    """A German page writes "Boroschin" for the pile's Andrei Borozhin: said on Telegram, it
    cites his post (the transliteration key meets), not a post of a "Boroschin" no page names."""
    full = _record("Westfold Gazette", "https://westfold.example/rangers", "2025-05-06T10:00:00+01:00",
                   ["Militia commander Andrei Borozhin posted a video on Telegram on Saturday announcing that "
                    "his fighters would leave the harbour district."], "Borozhin to pull fighters out")
    page = _record("Kettle Post", "https://kettle.example/rangers", "2025-05-06T12:00:00+01:00",
                   ["Boroschin schrieb am Samstag auf Telegram, die Kämpfer würden den Hafen am Montag verlassen."],
                   "Boroschin")
    graph = _trace(tmp_path, [full, page])
    assert graph.article("pile#2").root == "person:borozhin"
    assert _edge(graph, "pile#2", "person:borozhin").relation == Relation.CITES


def test_of_two_peoples_posts_a_page_cites_the_one_the_pile_says_was_published_leads(tmp_path):
    """A page quotes the platform owner's teaser ("'This will be big,' Brenner wrote on X") and
    retells Quillan's post ("According to Quillan, …"); most pages of the pile say she published
    the story, so hers is the page's source and his stays a weaker citation."""
    posts = [_record(f"Paper {n}", f"https://paper{n}.example/harbour", f"2025-03-19T1{n}:00:00+01:00",
                     [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
             for n in range(3)]
    page = _record("Echo", "https://echo.example/harbour", "2025-03-20T10:00:00+01:00",
                   ["\"This will be big,\" platform owner Odo Brenner wrote on X hours before the post went up.",
                    "According to Quillan, who published the invoices in a Substack post, the harbour board "
                    "paid Venn Marine 12 million crowns for dredging that never began.",
                    "The board has not replied."], "Harbour invoices")
    graph = _trace(tmp_path, [*posts, _owner_teaser(), page])
    assert graph.article("pile#5").root == "person:quillan"
    assert _edge(graph, "pile#5", "person:quillan").confidence > _edge(graph, "pile#5", "person:brenner").confidence

def _owner_teaser() -> dict[str, object]:
    """The platform owner's own teaser of a story to come: a lesser publisher of the pile."""
    return _record("Kettle Post", "https://kettle.example/owner", "2025-03-19T09:00:00+01:00",
                   ["Platform owner Odo Brenner wrote on X on Tuesday morning that a big story about the "
                    "Radora harbour was coming.", "He did not say what it was."], "Brenner teases story")


def _quillan_pile() -> list[dict[str, object]]:
    """Four pages saying Quillan published the invoices: the pile's main publisher."""
    return [_record(f"Paper {n}", f"https://paper{n}.example/harbour", f"2025-03-19T1{n}:00:00+01:00",
                    [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
            for n in range(4)]


def test_a_lesser_publishers_teaser_beside_the_main_publisher_named_is_a_side_quote(tmp_path):
    """A page opens on the platform owner's teaser ("'This will be big,' Brenner wrote on X")
    and retells the invoices "given to reporter Mara Quillan" with no verb of hers: the pile
    says far more often that she published, so the page retells her post; the teaser stays a
    weak citation, kept as evidence."""
    page = _record("Echo", "https://echo.example/harbour", "2025-03-20T10:00:00+01:00",
                   ["\"This will be big,\" platform owner Odo Brenner wrote on X hours before the files went up.",
                    "The invoices, given to freelance reporter Mara Quillan, show that the harbour board paid "
                    "Venn Marine 12 million crowns for dredging that never began.",
                    "The board has not replied."], "Harbour invoices")
    graph = _trace(tmp_path, [*_quillan_pile(), _owner_teaser(), page])
    assert graph.article("pile#6").root == "person:quillan"
    assert _edge(graph, "pile#6", "person:brenner").relation == Relation.WEAKLY_CITES


def test_a_lesser_publishers_post_the_lead_reports_stays_the_pages_source(tmp_path):
    """When the lead is the lesser publisher's own new post and the main publisher is named
    only further down, the news is his post: it stays the page's source."""
    page = _record("Echo", "https://echo.example/brenner", "2025-03-21T10:00:00+01:00",
                   ["Platform owner Odo Brenner wrote on X on Thursday that he would hand the audit office every "
                    "harbour invoice he holds.",
                    "Freelance reporter Mara Quillan has not commented on his offer."], "Brenner offers invoices")
    graph = _trace(tmp_path, [*_quillan_pile(), page])
    assert graph.article("pile#5").root == "person:brenner"


def test_a_known_publisher_named_only_in_the_title_is_a_weak_citation(tmp_path):
    """A page whose headline names the person ("Mara Dorin over de rekeningen") and whose
    body only retells the post, in other words, still names its source."""
    post = POST.replace("Mara Quillan", "Mara Dorin")
    cited = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                    [post, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
    retold = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                     ["Mara Dorin over de rekeningen van de haven",  # scraped text: the headline first
                      "De haven betaalde twaalf miljoen kronen voor baggerwerk dat nooit begon, blijkt uit "
                      "facturen."], "Mara Dorin over de rekeningen van de haven")
    graph = _trace(tmp_path, [cited, retold])
    assert graph.article("pile#2").root == graph.article("pile#1").root
    assert graph.node(graph.article("pile#2").root).kind == NodeKind.PERSON_PUBLICATION


@pytest.mark.parametrize(("name", "text", "traced"), [
    ("Lena Tanabe", "港湾委員会は工事が始まっていない浚渫に支払いをしたと、ジャーナリストのタナベ氏は指摘した。", True),
    ("Lena Tanabe", "记者塔纳贝称，港口委员会为从未开始的疏浚工程付了款。", True),
    ("Lena Tanabe", "기자 타나베는 항만위원회가 시작되지 않은 준설 공사에 돈을 지불했다고 밝혔다.", True),
    ("Lena Mortensen", "ذكرت الصحفية مورتنسن أن مجلس الميناء دفع أموالا مقابل أعمال تجريف لم تبدأ قط.", True),
    # katakana spells Ж "j" and writes r and l alike: "bagojin" meets Bagozhin by sound
    ("Yegor Bagozhin", "港湾委員会は工事が始まっていない浚渫に支払いをしたと、バゴジン氏は指摘した。", True),
    # another bearer of the surname: "Ken Tanabe" is not Lena Tanabe
    ("Lena Tanabe", "港湾委員会の広報担当者ケン・タナベ氏はコメントを控えた。", False),
])
def test_a_known_publisher_named_in_a_script_without_capitals(tmp_path, name, text, traced):
    """Japanese, Chinese, Korean and Arabic pages write the publisher's surname in their own
    script: it is romanised and met with the surname the pile gives in Latin letters."""
    cited = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                    [POST.replace("Mara Quillan", name), "The harbour board did not reply to questions on Tuesday."],
                    "Harbour paid")
    foreign = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00", [text], "港")
    graph = _trace(tmp_path, [cited, foreign])
    root = graph.article("pile#2").root
    assert (root == graph.article("pile#1").root) == traced
    if traced:
        assert graph.node(root).kind == NodeKind.PERSON_PUBLICATION and graph.node(root).person == name


def test_a_company_named_in_a_sentence_about_a_platform_is_not_a_publisher(tmp_path):
    page = _record("Westfold Gazette", "https://westfold.example/x", "2025-03-19T10:00:00+01:00",
                   ["Jim Harrow, Twitter's deputy counsel at the time, said the harbour board had asked for "
                    "the posts to be removed.", "The harbour board did not reply to questions on Tuesday."], "Posts")
    graph = _trace(tmp_path, [page])
    assert not [n for n in graph.nodes if n.kind == NodeKind.PERSON_PUBLICATION]


def test_a_report_first_mentioned_with_an_earlier_year_is_background(tmp_path):
    page = _record("Westfold Gazette", "https://westfold.example/x", "2025-03-19T10:00:00+01:00",
                   [POST, "The dredging contract was first questioned in the Lowland Herald's 2021 series on the "
                          "harbour, and the Lowland Herald reported then that no tender had been held."], "Harbour")
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps({"outlets": [{"id": "lowland-herald", "name": "Lowland Herald",
                                                 "kind": "newspaper"}]}), encoding="utf-8")
    path = tmp_path / "pile.jsonl"
    path.write_text(json.dumps(page) + "\n", encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(registry,)))
    assert _edge(graph, "pile#1", "report:lowland-herald").relation == Relation.WEAKLY_CITES
    assert graph.node(graph.article("pile#1").root).kind == NodeKind.PERSON_PUBLICATION


def _herald_registry(tmp_path: Path) -> Path:
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps({"outlets": [{"id": "lowland-herald", "name": "Lowland Herald",
                                                 "kind": "newspaper"}]}), encoding="utf-8")
    return registry


RETOLD = [  # pages of 2025 retelling the Herald's 2021 series; only some put the year next to the name
    "The harbour board's files show how it handled the 2021 Lowland Herald series on the dredging tender.",
    "Board members discussed a Lowland Herald report from 2021 at length, the minutes show.",
    "The minutes cover the weeks after the Lowland Herald's 2021 series on the tender was published.",
    "The tender was never advertised, the Lowland Herald reported.",
]


def test_a_report_the_pile_dates_to_an_earlier_year_is_background_on_every_page(tmp_path):
    """The Herald's old series is what the story is about; a page that names it without a year
    ("the tender was never advertised, the Lowland Herald reported") retells it as well."""
    pages = [_record(f"Paper {n}", f"https://paper{n}.example/harbour", "2025-03-19T10:00:00+01:00",
                     [POST, sentence], "Harbour") for n, sentence in enumerate(RETOLD)]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(_herald_registry(tmp_path),)))
    last = _edge(graph, "pile#4", "report:lowland-herald")
    assert last.relation == Relation.WEAKLY_CITES and "background" in last.evidence[0].detail
    assert {graph.node(a.root).kind for a in graph.articles} == {NodeKind.PERSON_PUBLICATION}


def test_a_report_named_by_few_pages_with_an_old_year_stays_a_source(tmp_path):
    """One page of four dating an event (not the report) to an earlier year changes nothing."""
    sentences = ["The Lowland Herald reported on Tuesday that the 2021 tender was never held.",
                 *["The Lowland Herald reported on Tuesday that the board hid the overrun."] * 3]
    pages = [_record(f"Paper {n}", f"https://paper{n}.example/harbour", "2025-03-19T10:00:00+01:00",
                     [sentence, "The board did not reply."], "Harbour") for n, sentence in enumerate(sentences)]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1, outlet_files=(_herald_registry(tmp_path),)))
    assert {a.root for a in graph.articles} == {"report:lowland-herald"}


def test_of_several_people_named_the_one_the_pile_says_published_is_the_source(tmp_path):
    """"Quillan's thread about Ilse Marrow's invoices": Marrow is the subject, not a publisher."""
    posts = [_record(f"Paper {n}", f"https://paper{n}.example/x", "2025-03-19T10:00:00+01:00",
                     ["Freelance reporter Mara Quillan posted a long thread on Twitter about the invoices of "
                      "board chair Ilse Marrow.", "Ilse Marrow said the invoices were in order."], "Thread")
             for n in range(3)]
    marrow = _record("Paper 9", "https://paper9.example/x", "2025-03-19T12:00:00+01:00",
                     ["Board chair Ilse Marrow posted her reply on Twitter, a statement of three lines."], "Reply")
    foreign = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                      ["Ilse Marrow i faktury portu: Mara Quillan pisze o dwunastu milionach koron."], "Port")
    graph = _trace(tmp_path, [*posts, marrow, foreign])
    root = graph.node(graph.article("pile#5").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.person == "Mara Quillan"


def test_the_headline_names_the_main_origin_and_counts_the_other_stories(tmp_path):
    from provenance import render

    denial = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     ["The Radora harbour board on Tuesday denied a newspaper report that it had hidden a cost "
                      "overrun from its auditors, calling it a misreading of routine minutes."], "Board denies")
    copy = dict(denial, url="https://eastmoor.example/denial", outlet="Eastmoor Post",
                published="2025-03-18T12:00:00+01:00")
    graph = _trace(tmp_path, [_scoop(), _wire(), _republished("Westfold Gazette", "westfold.example", 13), denial,
                              copy])
    headline = render.render(graph, "text").splitlines()[0]
    assert "Story origin: The Radora Courier" in headline and "(+1 other story in the pile)" in headline


def test_a_follow_ups_background_edges_keep_every_piece_of_evidence(tmp_path):
    denial = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     ["The Radora harbour board on Tuesday denied a newspaper report that it had hidden a cost "
                      "overrun from its auditors, calling it a misreading of routine minutes.", *SCOOP[1:]],
                     "Board denies")
    graph = _trace(tmp_path, [_scoop(), denial])
    background = _edge(graph, "pile#2", "pile#1")
    assert background.relation == Relation.WEAKLY_CITES
    assert sum(1 for item in background.evidence if item.kind == "passage") >= 4  # the shared sentences, all of them
    assert "background" in background.evidence[0].detail


# ---------------------------------------------------------------- pile-wide readings of weak evidence

def _agency_registry(tmp_path: Path) -> Path:
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps({"outlets": [
        {"id": "vca", "name": "Velmora Central Agency", "aliases": ["VCA"], "kind": "state-media", "country": "VL"},
        {"id": "velmora-banner", "name": "Velmora Banner", "kind": "state-media", "country": "VL"},
        {"id": "kettle-wire", "name": "Kettle Wire", "kind": "wire", "country": "KT"},
    ]}), encoding="utf-8")
    return registry


def _agency_pile(tmp_path: Path, extra: list[dict[str, object]]) -> provenance.ProvenanceGraph:
    cited = [_record(f"Paper {n}", f"https://paper{n}.example/test", "2025-03-24T10:00:00+00:00",
                     ["Velmora tested a new long-range rocket on Thursday, the Velmora Central Agency reported on "
                      "Friday, calling it a warning to its neighbours."], "Rocket test") for n in range(4)]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*cited, *extra]), encoding="utf-8")
    return provenance.trace([path], provenance.Config(workers=1, outlet_files=(_agency_registry(tmp_path),)))


def test_named_outlets_are_ranked_by_what_the_rest_of_the_pile_cites(tmp_path):
    """A page in a language without a cue lexicon names the Kettle Wire first, then the VCA:
    the other pages say "the Velmora Central Agency reported", so the VCA is its source."""
    foreign = _record("Tarn Post", "https://tarn.example/x", "2025-03-24T12:00:00+00:00",
                      ["Kettle Wire 消息, VCA 火箭 试射 星期四 邻国 警告."], "火箭")
    graph = _agency_pile(tmp_path, [foreign])
    assert graph.article("pile#5").root == "report:vca"


def test_state_media_reported_is_the_state_outlet_the_pile_cites_most(tmp_path):
    state = _record("Tarn Post", "https://tarn.example/y", "2025-03-24T12:00:00+00:00",
                    ["Velmora tested a long-range rocket on Thursday, state media reported, in what it called a "
                     "warning to its neighbours."], "Rocket")
    graph = _agency_pile(tmp_path, [state])
    edge = _edge(graph, "pile#5", "report:vca")
    assert edge.relation == Relation.CITES and "state media the pile cites most" in edge.evidence[0].detail
    assert graph.article("pile#5").root == "report:vca"


# ---------------------------------------------------------------- follow-ups reporting a new event

@pytest.mark.parametrize(("title", "lead"), [
    ("Marrow resigns", "Harbour board chair Ilse Marrow resigned on Tuesday after the Radora Courier revealed that "
                       "the board hid a dredging overrun from its auditors."),
    ("Rücktritt in Radora", "Hafenchefin Ilse Marrow tritt nach dem Bericht des Radora Courier über verschwiegene "
                            "Mehrkosten zurück."),
    ("Отставка", "Глава совета гавани Ильзе Марроу подала в отставку после публикации Radora Courier."),
    ("Marrow to go", "Harbour board chair Ilse Marrow has said she is stepping down after the Radora Courier "
                     "revealed that the board hid a dredging overrun."),
    ("Konsequenzen in Radora", "Hafenchefin Ilse Marrow hat nach dem Bericht des Radora Courier am Dienstag die "
                               "Konsequenzen gezogen."),
])
def test_a_page_leading_with_a_resignation_is_news_of_its_own(tmp_path, title, lead):
    """The resignation is the news; the scoop that caused it is background, never the parent."""
    named = _record("Eastmoor Post", "https://eastmoor.example/a", "2025-03-18T09:00:00+01:00",
                    ["Board chair Ilse Marrow said on Monday that the minutes were routine."], "Marrow speaks")
    page = _record("Kettle Post", "https://kettle.example/marrow", "2025-03-18T10:00:00+01:00",
                   [lead, "The board has not named a successor."], title)
    graph = _trace(tmp_path, [_scoop(), named, page])
    root = graph.node(graph.article("pile#3").root)
    assert root.kind == NodeKind.STATEMENT and root.person in ("Ilse Marrow", "Ильзе Марроу")
    assert _edge(graph, "pile#3", "pile#1").relation == Relation.WEAKLY_CITES


def test_a_headline_resignation_counts_only_when_the_lead_names_no_report(tmp_path):
    page = _record("Kettle Post", "https://kettle.example/marrow", "2025-03-18T10:00:00+01:00",
                   ["The harbour board hid a dredging overrun from its auditors, the Radora Courier reported on "
                    "Monday.", "The board has not named a successor."], "Overrun hidden; board chair Marrow resigns")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.article("pile#2").root == "pile#1"


def test_a_page_naming_an_outlet_means_its_report_not_its_follow_up(tmp_path):
    """The Courier's undated scoop and its undated resignation video: a page in another
    language, sharing no words with either, that names the Courier took the scoop."""
    video = _record("The Radora Courier", "https://radoracourier.example/video/marrow", None,
                    ["Ilse Marrow resigned on Tuesday; the port's chief quits."], "Marrow resigns")
    scoop = _record("The Radora Courier", "https://radoracourier.example/magazine/harbour", None, SCOOP, "Harbour")
    foreign = _record("Kettle Post", "https://kettle.example/port", "2025-03-18T10:00:00+01:00",
                      ["Zarząd portu ukrywał przed audytorami przekroczenie kosztów, napisał The Radora Courier."],
                      "Port")
    graph = _trace(tmp_path, [video, scoop, foreign])
    assert graph.article("pile#3").root == "pile#2"


@pytest.mark.parametrize("lead", [
    "Wegen der Affäre um verschwiegene Mehrkosten im Hafen von Radora ist die Vorsitzende Ilse Marrow am Dienstag "
    "zurückgetreten.",
    "قدمت رئيسة مجلس الميناء إلسه مارو استقالتها بعد نشر التقرير، وقالت Ilse Marrow إنها لم تخالف القانون.",
])
def test_a_resignation_told_verb_last_or_verb_first_is_news_of_its_own(tmp_path, lead):
    page = _record("Kettle Post", "https://kettle.example/marrow", "2025-03-18T10:00:00+01:00",
                   [lead, "Der Vorstand hat noch keinen Nachfolger benannt."], "Hafen")
    named = _record("Eastmoor Post", "https://eastmoor.example/a", "2025-03-18T09:00:00+01:00",
                    ["Board chair Ilse Marrow said on Monday that the minutes were routine."], "Marrow speaks")
    graph = _trace(tmp_path, [named, page])
    assert graph.node(graph.article("pile#2").root).kind == NodeKind.STATEMENT


@pytest.mark.parametrize("paragraphs", [
    # a quote opens, the news is in the next sentence (a time with a dot inside the quote)
    ["\"At 11.00 I asked the board to accept my resignation\", she told reporters.",
     "Ilse Marrow announced her resignation as chair on Tuesday.", "The board has not named a successor."],
    # a short scene-setter opens
    ["A scandal shakes the harbour.", "Board chair Ilse Marrow has resigned after the Radora Courier's report.",
     "The board has not named a successor."],
    # German verb-second order: the subject sits inside the split verb, after another name
    ["Flankiert von Vorstand Tomas Quell gab Marrow am Dienstag ihren Rücktritt bekannt.",
     "Der Vorstand hat noch keinen Nachfolger benannt."],
])
def test_a_resignation_in_the_second_sentence_or_inside_a_split_verb_is_news_of_its_own(tmp_path, paragraphs):
    named = _record("Eastmoor Post", "https://eastmoor.example/a", "2025-03-18T09:00:00+01:00",
                    ["Board chair Ilse Marrow said on Monday that the minutes were routine."], "Marrow speaks")
    page = _record("Kettle Post", "https://kettle.example/marrow", "2025-03-18T10:00:00+01:00", paragraphs, "Hafen")
    graph = _trace(tmp_path, [named, page])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Ilse Marrow"


def test_a_party_or_a_determiner_led_noun_is_not_the_one_who_resigned(tmp_path):
    """"The Harbour Party" and "Der Vorsitzende" are attributed like people on some pages;
    neither is a person, so the resignation is Marrow's."""
    named = _record("Eastmoor Post", "https://eastmoor.example/a", "2025-03-18T09:00:00+01:00",
                    ["Board chair Ilse Marrow said on Monday that the minutes were routine.",
                     "The Harbour Party said it would vote against the budget.",
                     "Der Vorsitzende sagte, die Zahlen seien korrekt."], "Marrow speaks")
    page = _record("Kettle Post", "https://kettle.example/marrow", "2025-03-18T10:00:00+01:00",
                   ["Board chair Ilse Marrow of the Harbour Party has said she is stepping down after the "
                    "Radora Courier's report.", "The board has not named a successor."], "Marrow to go")
    graph = _trace(tmp_path, [named, page])
    assert graph.node(graph.article("pile#2").root).person == "Ilse Marrow"


def test_a_name_glued_to_the_next_sentence_is_still_a_name():
    """Scraped text loses the space after a full stop ("via journalist Matt Taibbi.The
    documents"): the name is two words before the dot, initials keep theirs."""
    from provenance.graph.people import NAME_RUN

    runs = [m.group(0) for m in NAME_RUN.finditer("via journalist Matt Taibbi.The documents, J.D. Vance said")]
    assert runs[0].rstrip(".") == "Matt Taibbi" and "J.D. Vance" in runs


def test_a_translation_keeps_one_edge_to_the_first_of_identical_sources(tmp_path):
    """The English report and two verbatim reprints align equally with the Spanish page: one
    `translates` edge, to the report (the earliest), not one to every reprint."""
    from test_reuse import _TRANSLATION_EN, _TRANSLATION_ES

    english = _record("Lowland Courier", "https://lowland.example/harbour", "2025-03-18T09:00:00+01:00",
                      _TRANSLATION_EN, "Harbour board paid for dredging that never began")
    reprints = [_record(outlet, f"https://{host}/harbour", f"2025-03-18T1{hour}:00:00+01:00", _TRANSLATION_EN,
                        "Harbour board paid for dredging that never began")
                for outlet, host, hour in (("Kettle Post", "kettlepost.example", 0), ("Fenby Star", "fenby.example", 1))]
    spanish = _record("Diario del Sur", "https://diariosur.example/puerto", "2025-03-18T15:00:00+01:00",
                      _TRANSLATION_ES, "La junta del puerto pagó por un dragado que nunca empezó")
    graph = _trace(tmp_path, [*reprints, english, spanish])
    translated = [(e.source, e.target) for e in graph.edges if e.relation == Relation.TRANSLATES]
    assert translated == [("pile#4", "pile#3")]
    assert graph.article("pile#4").root == "pile#3"


def test_a_translation_traces_to_the_page_it_translates(tmp_path):
    """A Spanish page that names no outlet, only the English report's names and numbers in
    order, is that report translated: a `translates` edge, the later page its source's
    translation, and its chain ends at the English original."""
    from test_reuse import _TRANSLATION_EN, _TRANSLATION_ES

    english = _record("Lowland Courier", "https://lowland.example/harbour", "2025-03-18T09:00:00+01:00",
                      _TRANSLATION_EN, "Harbour board paid for dredging that never began")
    spanish = _record("Diario del Sur", "https://diariosur.example/puerto", "2025-03-18T15:00:00+01:00",
                      _TRANSLATION_ES, "La junta del puerto pagó por un dragado que nunca empezó")
    graph = _trace(tmp_path, [english, spanish])
    edge = _edge(graph, "pile#2", "pile#1")
    translated = next(e for e in edge.evidence if e.text.startswith("translates:"))
    assert edge.relation == Relation.TRANSLATES and "publication dates" in translated.detail
    assert translated.text.startswith("translates: Radora, Venn, Marine, 12, 2024, Teller")  # as the page writes them
    assert graph.article("pile#2").root == "pile#1"
    assert graph.node("pile#2").role == Role.TRANSLATION


def test_a_translated_wire_story_credits_the_wire_article_it_translates(tmp_path):
    """A Spanish page with a Reuters dateline translating Reuters' harbour story: its credit
    goes to that story, not to Reuters' later story of the same day on another matter."""
    from test_reuse import _OTHER_STORY_EN, _TRANSLATION_EN, _TRANSLATION_ES

    harbour = _record("Reuters", "https://www.reuters.com/world/harbour-dredging", "2025-03-18T09:00:00+00:00",
                      _TRANSLATION_EN, "Harbour board paid for dredging that never began")
    other = _record("Reuters", "https://www.reuters.com/world/harbour-chair-resigns", "2025-03-18T12:00:00+00:00",
                    _OTHER_STORY_EN, "Harbour board chair resigns")
    spanish = _record("Diario del Sur", "https://diariosur.example/puerto", "2025-03-18T15:00:00+00:00",
                      ["RADORA, 18 mar (Reuters) - " + _TRANSLATION_ES[0], *_TRANSLATION_ES[1:]],
                      "La junta del puerto pagó por un dragado que nunca empezó")
    graph = _trace(tmp_path, [harbour, other, spanish])
    edges = [e for e in graph.edges if e.source == "pile#3"]
    assert [e.target for e in edges] == ["pile#1"]  # the credit joins the translation's edge
    assert {v.kind for v in edges[0].evidence} == {"dateline", "reuse"}
    assert graph.article("pile#3").root == "pile#1"


def test_an_agency_named_in_a_picture_credit_is_no_source(tmp_path):
    page = _record("Kettle Blog", "https://kettleblog.example/harbour", "2025-03-18T10:00:00+01:00",
                   [SCOOP[1], "Photo: Ana Ruiz/AFP/Getty Images", SCOOP[2]], "Harbour minutes")
    graph = _trace(tmp_path, [page])
    assert "report:afp" not in {e.target for e in graph.edges}


def test_a_video_re_upload_titled_with_the_outlets_name_credits_it(tmp_path):
    """A video site's copy whose headline ends with the paper's name: the paper's piece."""
    upload = {"url": "https://videos.example/v3o8-harbour-board-hid-overrun", "published": "2025-03-18",
              "text": "Harbour board hid dredging overrun | Reuters |\n\n" + SCOOP[0]}
    graph = _trace(tmp_path, [upload])
    edge = next(e for e in graph.edges if e.source == "pile#1")
    assert edge.target == "report:reuters" and edge.relation == Relation.CREDITS
    assert edge.evidence[0].text == "Reuters"


def test_a_bodys_denial_voiced_by_a_spokesman_in_the_next_lines_is_his_statement(tmp_path):
    """"The harbour board rejected …" then "board spokesman Tomas Quell told reporters": the
    statement the follow-up reports is the spokesman's; with no spokesman, the board's."""
    lead = ("The Radora harbour board on Tuesday denied a newspaper report that it had hidden a cost overrun "
            "from its auditors.")
    voiced = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     [lead, "\u201cThe minutes have been misread,\u201d board spokesman Tomas Quell told reporters.",
                      SCOOP[2]], "Harbour board denies hiding overrun")
    graph = _trace(tmp_path, [_scoop(), voiced])
    assert graph.node(graph.article("pile#2").root).person == "Tomas Quell"
    unvoiced = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                       [lead, SCOOP[2]], "Harbour board denies hiding overrun")
    graph = _trace(tmp_path, [_scoop(), unvoiced])
    assert graph.node(graph.article("pile#2").root).person == "The Radora harbour board"


@pytest.mark.parametrize("lead", [
    "Board chair Ilse Marrow said on Tuesday that the harbour board had never hidden any overrun from its "
    "auditors, but promised to publish the minutes in full.",
    "The harbour board had never hidden any overrun from its auditors, board chair Ilse Marrow said on Tuesday "
    "in her first public remarks since the story broke.",
    # initials and abbreviations end no lead sentence: a dateline's "R.C.", "U.S."
    "Port Vale, R.C. — Board chair Ilse Marrow said on Tuesday that the harbour board had never hidden any "
    "overrun from its auditors.",
    "The harbour board's U.S. lenders were never misled, board chair Ilse Marrow said on Tuesday in her first "
    "public remarks since the story broke.",
    # the outlet that published what she answers, named as a participle's agent, tells none of her words
    "Board chair Ilse Marrow confirmed on Tuesday that the minutes, published by The Radora Courier, were "
    "authentic, but said they did not record the board's final decision.",
])
def test_a_lead_reporting_what_a_person_said_is_news_of_her_statement(tmp_path, lead):
    """A page whose lead is someone's new statement (a speech, remarks) reports that statement;
    the scoop it goes on to retell is background."""
    page = _record("Westfold Gazette", "https://westfold.example/marrow", "2025-03-18T10:00:00+01:00",
                   [lead, "Speaking at the quay after a closed session of the board, she said every payment to "
                    "contractors had been approved by the finance committee and would stand up to any review.",
                    "Opposition members of the regional assembly called her remarks evasive and asked the audit "
                    "office to bring its examination forward.", SCOOP[2]], "Marrow speaks")
    graph = _trace(tmp_path, [_scoop(), page])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Ilse Marrow"
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES


def test_a_paragraph_a_statement_page_shares_with_another_page_is_no_source_of_it(tmp_path):
    """Two pages tell the chair's written statement in the same words; one leads with it,
    the other is a longer piece on the audit. Neither is dated to tell who was first, but
    the paragraph they share is not where the statement page's news came from."""
    quote = ("In a written statement released by the board on Tuesday afternoon, Marrow said the July minutes "
             "had been misread and that all 14 payments to Venn Marine had been approved by the finance committee "
             "before they were made.")
    statement = _record("Westfold Gazette", "https://westfold.example/marrow", None,
                        ["Board chair Ilse Marrow said on Tuesday that the harbour board had never hidden any "
                         "overrun from its auditors and would publish the minutes in full.", quote,
                         "She did not say when the minutes would be published, and declined to take questions "
                         "from reporters waiting outside the harbour office on the quay.",
                         "Opposition members of the regional assembly called her remarks evasive and asked the "
                         "audit office to bring its examination of the dredging contract forward by a month.",
                         "The board meets again on Friday, when members are expected to vote on whether to "
                         "suspend further payments until the review is complete."], "Marrow denies hiding overrun")
    audit = _record("Eastmoor Post", "https://eastmoor.example/audit", None,
                    ["The regional audit office has asked the harbour board for every payment record on the "
                     "Teller Quay dredging contract going back to January 2023.",
                     "Auditors will also interview the two board members who first raised concerns about the "
                     "advance payments to Venn Marine, according to a letter seen by the Post.", quote,
                     "The audit office expects to report to the regional assembly before the summer recess.",
                     "Opposition members said the review should be carried out by an independent firm."],
                    "Audit office widens harbour review")
    graph = _trace(tmp_path, [_scoop(), statement, audit])
    parent = graph.node(graph.article("pile#2").chain[1])  # the statement itself, not the unseen shared text
    assert parent.kind == NodeKind.STATEMENT and parent.person == "Ilse Marrow", graph.article("pile#2").chain
    shared = [e for e in graph.edges if e.source == "pile#2" and e.target.startswith("inferred:")]
    assert shared and all(e.relation == Relation.WEAKLY_CITES for e in shared)  # kept, as background


@pytest.mark.parametrize("lead", [
    # a country speaks through its state media: the page reports that outlet's story
    "North Korea said on Tuesday that the harbour board had hidden a cost overrun from its auditors for "
    "eight months, in a long commentary.",
    "Os Estados Unidos afirmaram na terça-feira que o conselho do porto escondeu um custo adicional dos "
    "auditores durante oito meses.",
    # a question is a teaser, not a report of what was said
    "Why does Ilse Marrow insist that the harbour board never hid the overrun from its own auditors?",
    # the lead names the report it comes from
    "Board chair Ilse Marrow kept the overrun from the auditors, The Radora Courier reported on Monday, "
    "citing internal minutes of the harbour board.",
])
def test_a_lead_naming_a_country_a_question_or_a_report_is_no_statement(tmp_path, lead):
    page = _record("Westfold Gazette", "https://westfold.example/x", "2025-03-18T10:00:00+01:00",
                   [lead, "The Radora Courier reported on Monday, citing internal minutes, that the overrun had "
                    "been kept from the auditors.", SCOOP[2]], "Harbour overrun")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT


#: What a page reacting to the story adds in its own words (the pages below share only SCOOP[2]).
BODY_REACTION = ["The statement came a day after the regional assembly asked the audit office to examine every "
                 "payment made to contractors on the quay since the works began.",
                 "Opposition members called the reply evasive and asked for the board's minutes to be published "
                 "in full before the end of the month."]


@pytest.mark.parametrize("paragraphs", [
    ["Poland's foreign ministry said on Tuesday that the harbour board had never warned Warsaw about the "
     "overrun on the Teller Quay contract.", *BODY_REACTION, SCOOP[2]],
    ["Le ministère polonais des Affaires étrangères a déclaré mardi que le conseil du port n'avait jamais "
     "informé Varsovie du dépassement de coûts sur le chantier du quai Teller.",
     "Cette déclaration intervient au lendemain de la demande de l'assemblée régionale, qui veut que la cour "
     "des comptes examine chaque paiement versé aux entreprises depuis le début des travaux.",
     "Les élus de l'opposition ont jugé la réponse évasive et réclament la publication intégrale des "
     "procès-verbaux du conseil avant la fin du mois."],
])
def test_a_lead_reporting_what_a_ministry_said_is_news_of_its_statement(tmp_path, paragraphs):
    """A registered body speaking in the lead, however the page names it: one statement node,
    keyed by the body's registry id, the scoop retold as background."""
    page = _record("Westfold Gazette", "https://westfold.example/warsaw", "2025-03-18T10:00:00+01:00",
                   paragraphs, "Warsaw was not told")
    graph = _trace(tmp_path, [_scoop(), page])
    root = graph.node(graph.article("pile#2").root)
    assert root.id == "statement:pl-ministry-of-foreign-affairs" and root.kind == NodeKind.STATEMENT
    assert root.outlet_id == "pl-ministry-of-foreign-affairs"
    assert root.person == "Polish Ministry of Foreign Affairs"


@pytest.mark.parametrize("furniture", [
    ["Cranes on the Teller Quay, where the Radora Courier reported a cost overrun on Monday. Photo: Quay Pictures"],
    ["Warsaw was not told, ministry says", "Updated 18.03.2025 10:42",
     "Cranes on the Teller Quay, where the Radora Courier reported a cost overrun. (Quay Photo/Ola Berg)"],
])
def test_a_caption_or_a_sub_headline_before_the_lead_is_not_the_lead(tmp_path, furniture):
    """A scraped page often opens with a sub-headline, a date line and a photo whose caption
    names the report; the story's lead is the first paragraph of running text after them."""
    lead = ("Poland's foreign ministry said on Tuesday that the harbour board had never warned Warsaw about the "
            "overrun on the Teller Quay contract.")
    assert _reaction_root(tmp_path, [*furniture, lead]) == "statement:pl-ministry-of-foreign-affairs"


@pytest.mark.parametrize("lead", [
    "Poland's foreign ministry said on Tuesday it had no reason to doubt the harbour board's denial of a "
    "Radora Courier report on the overrun at the Teller Quay.",
    "The Polish foreign ministry said it had no reason to doubt the board's denial of the Radora Courier's "
    "report on the Teller Quay overrun.",
])
def test_a_statement_about_a_report_named_in_the_lead_is_still_the_bodys(tmp_path, lead):
    """The report a statement answers may be named in the lead ("denying a Courier report"):
    the outlet is what the body speaks about, not who tells its words; and "The Polish foreign
    ministry" opens with an article, not with a person's name."""
    assert _reaction_root(tmp_path, [lead]) == "statement:pl-ministry-of-foreign-affairs"


def test_a_statement_told_to_an_outlet_in_the_lead_is_that_outlets_report(tmp_path):
    """"…, the ministry told the Radora Courier": the words are the Courier's report."""
    told = "Poland's foreign ministry told the Radora Courier that the harbour board had never warned Warsaw."
    assert _reaction_root(tmp_path, [told]) != "statement:pl-ministry-of-foreign-affairs"


def _reaction_root(tmp_path: Path, opening: list[str]) -> str | None:
    """The root of a page that opens with these paragraphs, then reacts to the scoop."""
    page = _record("Westfold Gazette", "https://westfold.example/warsaw", "2025-03-18T10:00:00+01:00",
                   [*opening, *BODY_REACTION, SCOOP[2]], "Warsaw and the harbour board")
    return _trace(tmp_path, [_scoop(), page]).article("pile#2").root


def test_a_body_s_statement_is_its_speaker_s_when_the_pile_names_one(tmp_path):
    """"The Kremlin said" on one page and "Kremlin spokesman Pavel Lenz said" on another: the
    statement is the one person's the pile names speaking for that body."""
    body = _record("Westfold Gazette", "https://westfold.example/k1", "2025-03-18T10:00:00+01:00",
                   ["The Kremlin said on Tuesday that the harbour board had never informed Moscow about the "
                    "overrun on the Teller Quay contract.", *BODY_REACTION, SCOOP[2]], "Moscow was not told")
    person = _record("Kettle Post", "https://kettle.example/k2", "2025-03-18T11:00:00+01:00",
                     ["Kremlin spokesman Pavel Lenz said on Tuesday that the harbour board had never informed "
                      "Moscow about the overrun.", *BODY_REACTION, SCOOP[2]], "Lenz: Moscow was not told")
    graph = _trace(tmp_path, [_scoop(), body, person])
    assert graph.node(graph.article("pile#2").root).person == "Pavel Lenz"
    assert graph.article("pile#2").root == graph.article("pile#3").root


def test_a_body_after_a_named_subject_is_not_the_speaker(tmp_path):
    """"Ilse Marrow, in a letter to the Polish foreign ministry, said": Marrow speaks, the
    ministry is whom she wrote to."""
    page = _record("Westfold Gazette", "https://westfold.example/letter", "2025-03-18T10:00:00+01:00",
                   ["Ilse Marrow in a letter to Poland's foreign ministry said that the overrun had been reported "
                    "to the auditors in time.", *BODY_REACTION, SCOOP[2]], "Marrow writes to Warsaw")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.article("pile#2").root != "statement:pl-ministry-of-foreign-affairs"


def test_a_report_the_page_dates_before_its_news_is_background(tmp_path):
    """"The Courier revealed a few days ago …; Reuters reported on Tuesday that …": Reuters'
    report is the page's news, the Courier's its background."""
    page = _record("Kettle Post", "https://kettle.example/follow", "2025-03-20T10:00:00+01:00",
                   ["The Radora Courier revealed a few days ago that the harbour board had hidden a cost overrun "
                    "from its auditors.",
                    "Reuters reported on Tuesday that the board had also paid Venn Marine a second advance in "
                    "January, citing two people who saw the transfer.",
                    "The board did not answer questions about the second payment on Wednesday."], "A second advance")
    graph = _trace(tmp_path, [_scoop(), page])
    courier = next(e for e in graph.edges if e.source == "pile#2" and "Courier" in (e.evidence[0].text or ""))
    assert courier.relation == Relation.WEAKLY_CITES and "dates before its news" in courier.evidence[0].detail
    assert graph.article("pile#2").chain[1] == "report:reuters"
    alone = _record("Kettle Post", "https://kettle.example/retell", "2025-03-20T10:00:00+01:00",
                    ["The Radora Courier revealed a few days ago that the harbour board had hidden a cost overrun "
                     "from its auditors.", "The board did not answer questions on Wednesday."], "Overrun")
    graph = _trace(tmp_path, [_scoop(), alone])
    assert graph.article("pile#2").root == "pile#1"  # the one report it names is its source


def test_a_person_named_in_another_script_is_the_pile_s_person():
    """"Илон Маск" on a Bulgarian page is the Elon Musk of the pile's Latin pages: one key, one
    name, so one node; a name with no twin in the pile keeps its own."""
    from provenance.graph.index import _latin_twin

    people = {"musk": "Elon Musk", "taibbi": "Matt Taibbi", "mask": "Илон Маск", "petrov": "Иван Петров"}
    assert _latin_twin("mask", "Илон Маск", people) == "musk"
    assert _latin_twin("taibi", "Мэтт Тайби", people) == "taibbi"
    assert _latin_twin("sidorov", "Иван Сидоров", people) is None
    assert _latin_twin("musk", "Elon Musk", people) is None  # a Latin name is its own


@pytest.mark.parametrize(("name", "country"), [
    ("North Korea", True), ("N. Korea", True), ("Estados Unidos", True), ("Разведка США", True),
    ("Ilse Marrow", False), ("Jordan Peterson", False), ("Ali Khamenei", False),
])
def test_a_country_or_its_body_is_not_a_person(name, country):
    from provenance.nounphrases import names_a_country

    assert names_a_country(name) is country


# ---------------------------------------------------------------- unsourced pages

def _explainer(text: str, outlet: str = "Kettle Post", url: str = "https://kettle.example/explainer") -> dict[str, object]:
    return _record(outlet, url, "2025-03-20T10:00:00+01:00", [text], "What we know")


EXPLAINER = ("Why are people in Radora angry? For months the Teller Quay works stood still while Venn Marine "
             "was paid, and now Ilse Marrow must explain herself to the Westfold assembly.")


def test_a_page_naming_no_source_retells_the_story_its_names_mark(tmp_path):
    """No outlet, no credit, no shared passage: the page is not where the story began; it
    retells the story whose pages share its names, by the weakest relation there is."""
    graph = _trace(tmp_path, [_scoop(), _wire(), _explainer(EXPLAINER)])
    edge = _edge(graph, "pile#3", "pile#1")
    assert edge.relation == Relation.RETELLS and edge.confidence == 0.2
    assert {"marrow", "venn", "teller"} <= set(edge.evidence[0].text.split(", "))
    assert graph.article("pile#3").root == "pile#1"
    assert graph.node("pile#3").role == Role.INDEPENDENT


def test_an_unsourced_page_retells_the_story_whose_follow_ups_share_its_names_too(tmp_path):
    """Three follow-ups report Marrow's resignation and retell the Courier's scoop as their
    background; a page naming no source shares names with both. The resignation is the
    scoop's follow-up, no rival story: the page retells the scoop, whose pages lead."""
    retellings = [_record(f"Paper {n}", f"https://paper{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                          [f"{line} Ilse Marrow chairs the board; Venn Marine holds the Teller Quay contract.",
                           "The board did not comment."], "Radora harbour")
                  for n, line in enumerate(_RETELLINGS[:3], start=1)]
    follow_ups = [_record(f"Daily {n}", f"https://daily{n}.example/marrow", "2025-03-19T10:00:00+01:00",
                          [f"Ilse Marrow resigned as chair of the Radora harbour board on {day}, after The Radora "
                           "Courier reported that Venn Marine was paid for Teller Quay dredging that never began.",
                           "Her deputy will lead the board until the assembly names a successor."], "Marrow quits")
                  for n, day in enumerate(("Tuesday", "Wednesday", "Thursday"), start=1)]
    graph = _trace(tmp_path, [_scoop(), *retellings, *follow_ups, _explainer(EXPLAINER)])
    assert graph.node(graph.article("pile#5").root).kind == NodeKind.STATEMENT  # the follow-ups' own story
    assert _edge(graph, "pile#8", "pile#1").relation == Relation.RETELLS


def test_an_unsourced_page_in_a_declining_script_retells_the_story_through_case_endings(tmp_path):
    """Russian declines names ("Маррова", "Марровой"; "Радоры", "Радоре"): a page naming no
    source shares the story's names in other cases than the pages that cite the Courier, and
    still retells the story they trace to (names keyed by their first transliterated letters)."""
    citing = [_record(f"Gazeta {n}", f"https://gazeta{n}.example/radora", f"2025-03-17T1{n}:00:00+01:00",
                      [text, "Совет гавани не ответил на вопросы."], "Гавань")
                     for n, text in enumerate((
                         "Совет гавани Радоры скрывал перерасход, сообщила газета The Radora Courier. Глава "
                         "совета Ильза Маррова не объяснила, почему компания Веннмарин получила деньги за причал Теллер.",
                         "Как сообщила газета The Radora Courier, компания Веннмарин получила деньги за работы у "
                         "причала Теллер в гавани Радоры, которые так и не начались; Ильза Маррова молчит."), start=1)]
    explainer = _record("Blog", "https://blog.example/radora", "2025-03-20T10:00:00+01:00",
                        ["Почему жители в Радоре недовольны? Работы у причала Теллера стоят, компании Веннмарину "
                         "заплатили, а Ильзе Марровой придётся объясняться."], "Что известно")
    graph = _trace(tmp_path, [_scoop(), *citing, explainer])
    assert graph.article("pile#2").root == graph.article("pile#3").root == "pile#1"
    edge = _edge(graph, "pile#4", "pile#1")
    assert edge.relation == Relation.RETELLS and "марровой" in edge.evidence[0].text
    assert graph.article("pile#4").root == "pile#1"


_AGENCY_TEXT = [
    "Auditors of the Westfold assembly will question Ilse Marrow on Thursday about the Teller Quay works, "
    "where dredging of the northern basin never started although Venn Marine was paid in advance.",
    "The assembly's finance committee asked for every payment record of the harbour board since July 2024 "
    "and for the minutes of the board meetings at which the overrun was discussed.",
    "Opposition members of the assembly want an outside audit of the harbour accounts before the budget "
    "vote in May, and the transport minister has said he will not oppose one.",
]


def _agency_sites(first_intro: str) -> list[dict[str, object]]:
    """Two sites printing the agency's text under intros of their own, crediting no one."""
    intros = [first_intro, "A week of questions lies ahead for the chair of the harbour board in Radora."]
    return [_record(f"Site {n}", f"https://site{n}.example/harbour", "2025-03-19T10:00:00+01:00",
                    [intro, *_AGENCY_TEXT], "Harbour hearing") for n, intro in enumerate(intros)]


def test_a_text_shared_by_pages_naming_no_source_retells_the_story_its_names_mark(tmp_path):
    """Two sites print an agency's text with intros of their own and credit no one: the unseen
    common source of their text is not where the story began either; it retells the story
    whose pages share their names."""
    graph = _trace(tmp_path, [_scoop(), _wire(), *_agency_sites("Radora's harbour scandal reaches the regional "
                                                                "assembly this week.")])
    common = graph.article("pile#3").chain[1]
    assert graph.node(common).kind == NodeKind.INFERRED and graph.article("pile#4").chain[1] == common
    edge = _edge(graph, common, "pile#1")
    assert edge.relation == Relation.RETELLS and "none of them names a source" in edge.evidence[0].detail
    assert graph.article("pile#3").root == graph.article("pile#4").root == "pile#1"


def test_a_shared_text_whose_pages_name_a_vague_source_retells_the_story_too(tmp_path):
    """As above, but one site's intro adds "local media reported": its page has an edge of its
    own, the common source still cites nothing, and is still no origin: it retells the story
    its pages' names mark (an unseen source always came from somewhere)."""
    graph = _trace(tmp_path, [_scoop(), _wire(), *_agency_sites("Radora's harbour scandal reaches the regional "
                                                                "assembly this week, local media reported.")])
    common = graph.article("pile#4").chain[1]
    assert graph.node(common).kind == NodeKind.INFERRED
    assert _edge(graph, common, "pile#1").relation == Relation.RETELLS
    assert graph.article("pile#3").root == graph.article("pile#4").root == "pile#1"


def test_a_report_only_one_page_names_and_that_names_nothing_else_retells_the_story(tmp_path):
    """A regional paper prints an agency's copy ("KETTLEBY (dpa) -") cut before the outlets
    are named: the agency's report, out of the pile and citing no one, is not where the story
    began; it retells the story its page's names mark."""
    copy = _record("Kettle Post", "https://kettle.example/harbour", "2025-03-18T12:00:00+01:00",
                   ["KETTLEBY (dpa) - Auditors will question Ilse Marrow about the Teller Quay works, where "
                    "Venn Marine was paid for dredging that never started."], "Harbour hearing")
    graph = _trace(tmp_path, [_scoop(), _wire(), copy])
    assert graph.article("pile#3").chain[1] == "report:dpa"
    assert _edge(graph, "report:dpa", "pile#1").relation == Relation.RETELLS
    assert graph.article("pile#3").root == "pile#1"


@pytest.mark.parametrize("text", [
    # another story: its names are not this one's
    "The Orrin Rovers beat the Lakeside Lions three goals to one in the regional cup final on Sunday "
    "afternoon in front of a full stadium.",
    # weekdays, months and the pile's outlet names mark no story
    "The ferry to Radora ran late on a Monday in March, and on a Sunday in July the choir of Radora sang "
    "in the old hall by the water.",
])
def test_a_page_of_another_story_or_of_common_words_stays_alone(tmp_path, text):
    graph = _trace(tmp_path, [_scoop(), _wire(), _explainer(text)])
    assert graph.article("pile#3").chain == ("pile#3",)


def test_a_government_page_is_a_primary_statement_not_a_retelling(tmp_path):
    registry = _registry(tmp_path, ("radora-harbour-board", "Radora Harbour Board", "government",
                                    "radoraharbour.example"))
    release = _explainer(EXPLAINER, "Radora Harbour Board", "https://radoraharbour.example/press/1")
    graph = _trace_with(tmp_path, registry, [_scoop(), _wire(), release])
    assert graph.article("pile#3").chain == ("pile#3",)


@pytest.mark.parametrize("paragraphs", [
    ["The harbour board said on Tuesday that a newspaper report about a hidden overrun is utterly false and "
     "complete fiction.", SCOOP[2]],
    ["Der Hafenvorstand erklärte am Dienstag, der Zeitungsbericht des Radora Courier über verschwiegene "
     "Mehrkosten sei frei erfunden.",
     "Die Protokolle seien falsch gelesen worden, hieß es aus dem Vorstand. Die Zahlungen an die Baufirma "
     "seien vom Finanzausschuss genehmigt worden und hielten jeder Prüfung stand."],
])
def test_a_report_called_false_is_answered_as_a_denial_is(tmp_path, paragraphs):
    """No verb of denial: a verb of saying, the report, and a word of falsity after them."""
    page = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                   paragraphs, "Board: report false")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).kind == NodeKind.STATEMENT
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES


@pytest.mark.parametrize(("lead", "answered_by"), [
    ("Harbour Board Pushes Back on Newspaper's Claims of a Hidden Overrun at the New Quay", "Harbour Board"),
    ("The harbour board on Tuesday pushed back against a newspaper report that payments to the builder were hidden.",
     "The harbour board"),
])
def test_pushing_back_on_a_report_is_an_answer(tmp_path, lead, answered_by):
    """"pushes back on the claims", a headline's present tense: the page reports the board's
    answer, the scoop is its background."""
    page = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                   [lead, SCOOP[2]], "Board answers")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).label == f"{answered_by} (statement)"


@pytest.mark.parametrize("quoted", [
    "“The overrun will be reported after the election,” board chair Ilse Marrow writes in the memo, dated "
    "July 2024.",
    "„Die Mehrkosten melden wir nach der Wahl“, schreibt Vorstandschefin Ilse Marrow in dem Dokument vom Juli 2024.",
])
def test_words_written_in_a_leaked_document_are_not_their_author_s_statement(tmp_path, quoted):
    """A lead quoting what someone wrote in a document another made public reports the
    document: the page goes to the report that published it, not to a statement."""
    page = _record("Westfold Gazette", "https://westfold.example/memo", "2025-03-18T10:00:00+01:00",
                   [quoted, "The memo, first published by the Radora Courier on Monday, runs to eleven pages "
                            "and lists every payment made to the dredging contractor since the spring."],
                   "The memo in full")
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT
    assert graph.article("pile#2").root == "pile#1"


def test_a_body_s_answer_is_its_spokesperson_s_when_the_pile_names_one(tmp_path):
    """One page names the board's spokesman, set off by commas after his role; another says
    only "the harbour board": both report his statement."""
    voiced = _record("Westfold Gazette", "https://westfold.example/denial", "2025-03-18T10:00:00+01:00",
                     ["On Tuesday the harbour board denied a newspaper report that it had hidden a cost overrun "
                      "from its auditors.",
                      "A spokesman for the harbour board, Tomas Quell, said the minutes had been misread.",
                      SCOOP[2]], "Board denies")
    unvoiced = _record("Eastmoor Post", "https://eastmoor.example/denial", "2025-03-18T11:00:00+01:00",
                       ["The harbour board on Tuesday rejected a newspaper report that it had hidden a cost overrun, "
                        "calling the story a misreading of routine minutes."], "Board rejects report")
    graph = _trace(tmp_path, [_scoop(), voiced, unvoiced])
    assert graph.node(graph.article("pile#2").root).person == "Tomas Quell"
    assert graph.node(graph.article("pile#3").root).person == "Tomas Quell"


@pytest.mark.parametrize(("text", "platform"), [
    ("La periodista de investigación Mara Quillan explicó en su sitio web que la junta del puerto de Radora "
     "pagó doce millones de coronas por un dragado que nunca comenzó.", "website"),
    ("Dziennikarka śledcza i laureatka nagrody dziennikarskiej Mara Quillan napisała na swoim blogu, że "
     "zarząd portu w Radorze zapłacił dwanaście milionów koron za pogłębianie, które nigdy się nie zaczęło.", "blog"),
    ("La journaliste Mara Quillan a écrit sur son site que le conseil du port de Radora avait payé douze "
     "millions de couronnes pour un dragage qui n'a jamais commencé.", "website"),
    ("Freelance reporter Mara Quillan posted three videos on social media on Tuesday night, in which she "
     "shows the unfinished dredging works on the northern basin.", "social media"),
    ("„Consiliul portului a plătit douăsprezece milioane de coroane pentru un dragaj care nu a început "
     "niciodată”, a scris Mara Quillan pe rețeaua de socializare X.", "x"),
])
def test_a_persons_website_or_blog_named_in_another_language_is_her_publication(tmp_path, text, platform):
    """"explicó en su sitio web", "napisała na swoim blogu": the person's own publication,
    also behind a long description of who she is."""
    page = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                   [text, "Mara Quillan: Radora, 2025."], "Puerto")
    graph = _trace(tmp_path, [page])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.person == "Mara Quillan"
    assert root.platform == platform


@pytest.mark.parametrize("text", [
    "قالت الصحفية لينا تانابي إن مجلس الميناء دفع أموالا مقابل أعمال تجريف لم تبدأ قط.",
    "لینا تانابی، روزنامه‌نگار، نوشت که هیئت بندر برای لایروبی که هرگز آغاز نشد پول پرداخت.",
])
def test_a_short_surname_in_arabic_script_is_known_with_its_given_name(tmp_path, text):
    """"تانابي" alone ("tnb") is too short a skeleton to tell; with the given name before it,
    "لينا" ("ln"), the pair is Lena Tanabe's."""
    cited = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-19T10:00:00+01:00",
                    [POST.replace("Mara Quillan", "Lena Tanabe"), "The harbour board did not reply on Tuesday."],
                    "Harbour paid")
    foreign = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00", [text], "الميناء")
    graph = _trace(tmp_path, [cited, foreign])
    assert graph.article("pile#2").root == graph.article("pile#1").root
    assert graph.node(graph.article("pile#2").root).person == "Lena Tanabe"


def _two_publishers() -> tuple[list[dict[str, object]], dict[str, object]]:
    """Two pages on Mara Quillan's post and one on Tomas Quell's: she is the more published."""
    quillan = [_record(outlet, f"https://{host}/harbour", "2025-03-19T10:00:00+01:00",
                       [POST, "The harbour board did not reply to questions on Tuesday."], "Harbour paid")
               for outlet, host in (("Westfold Gazette", "westfold.example"), ("Fenby Star", "fenby.example"))]
    quell = _record("Eastmoor Post", "https://eastmoor.example/quell", "2025-03-19T11:00:00+01:00",
                    ["Blogger Tomas Quell wrote in a Substack post on Tuesday that the dredger had left in May."],
                    "Dredger gone")
    return quillan, quell


def test_every_known_publisher_a_page_names_is_kept_the_most_published_decides(tmp_path):
    """A page naming two people whose posts the pile cites, without a cue: both are weak
    citations (the evidence is kept), and the one more pages say published decides."""
    quillan, quell = _two_publishers()
    both = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                   ["Hafen Radora: Tomas Quell und Mara Quillan, die Rechnungen von Venn Marine, zwölf Millionen "
                    "Kronen für das Ausbaggern des Nordbeckens."], "Hafen")
    graph = _trace(tmp_path, [*quillan, quell, both])
    edges = {graph.node(e.target).person: e for e in graph.edges if e.source == "pile#4"}
    assert set(edges) == {"Mara Quillan", "Tomas Quell"}
    assert edges["Mara Quillan"].confidence > edges["Tomas Quell"].confidence
    assert graph.node(graph.article("pile#4").root).person == "Mara Quillan"


def test_another_latin_spelling_of_a_publisher_s_name_is_that_publisher(tmp_path):
    """A Polish page writes "Prigożyn" for the Prigozhin the pile's English pages name in
    full: the same first letter and consonants ("prgzn"), so the same person's post."""
    cited = [_record(outlet, f"https://{host}/telegram", "2025-03-19T10:00:00+01:00",
                     ["Wagner founder Yevgeny Prigozhin said in a video posted on Telegram that his men would leave "
                      "the town on Wednesday for lack of ammunition.", "The ministry did not reply."], "Video")
             for outlet, host in (("Westfold Gazette", "westfold.example"), ("Fenby Star", "fenby.example"))]
    polish = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00",
                     ["Szef najemników, Prigożyn: nagranie, amunicja, wycofanie z miasta w środę."],
                     "Wideo")
    graph = _trace(tmp_path, [*cited, polish])
    root = graph.node(graph.article("pile#3").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.person == "Yevgeny Prigozhin"


@pytest.mark.parametrize(("written", "language"), [
    ("Bagoschin", "de"),  # German writes Ж "sch"
    ("Bahozhyn", "en"),  # Ukrainian romanisation writes Г "h"
    ("Bagojine", "fr"),  # French writes Ж "j"
])
def test_a_name_in_another_language_s_transliteration_is_that_publisher(tmp_path, written, language):
    """The pile's English pages name Yegor Bagozhin's Telegram video; a page in another
    language's transliteration quotes what he said: the same person's post."""
    cited = [_record(outlet, f"https://{host}/telegram", "2025-03-19T10:00:00+01:00",
                     ["Militia founder Yegor Bagozhin said in a video posted on Telegram that his men would leave "
                      "the town on Wednesday for lack of ammunition.", "The ministry did not reply."], "Video")
             for outlet, host in (("Westfold Gazette", "westfold.example"), ("Fenby Star", "fenby.example"))]
    sentence = {"de": f"Ohne Munition werde man die Stadt am Mittwoch verlassen, behauptete {written}.",
                "en": f"\"Without shells we leave the town on Wednesday,\" {written} noted.",
                "fr": f"Sans munitions, nous quitterons la ville mercredi, a affirmé {written}."}[language]
    quoting = _record("Kettle Post", "https://kettle.example/x", "2025-03-19T12:00:00+01:00", [sentence], "Video")
    graph = _trace(tmp_path, [*cited, quoting])
    root = graph.node(graph.article("pile#3").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.person == "Yegor Bagozhin"


@pytest.mark.parametrize(("spellings", "key"), [
    (("Prigozhin", "Prigoschin", "Pryhozhyn", "Prigojine", "Prigozyn"), "prhsn"),
    (("Zelensky", "Selenskyj", "Zelenskyy"), "slnsk"),
    (("Peskov", "Peskow"), "pskv"),
    (("Yevgeny", "Jewgeni", "Evgeni"), "avhn"),
])
def test_transliteration_key_joins_one_name_s_spellings(spellings, key):
    from provenance.graph.scripts import transliteration_key
    assert {transliteration_key(s.casefold()) for s in spellings} == {key}


def test_transliteration_key_keeps_different_names_apart():
    from provenance.graph.scripts import transliteration_key
    assert len({transliteration_key(n) for n in ("peskov", "prigozhin", "kadyrov", "gerasimov", "shoigu")}) == 5


@pytest.mark.parametrize(("label", "name"), [
    ("Russia's Wagner", "Wagner"),  # the owner before a possessive is not part of the name
    ("Iran’s top authority Ali Khamenei", "Ali Khamenei"),
    ("Matt Taibbi's", "Matt Taibbi"),
    ("Wagner Group", None),  # a group is no one's name
    ("Chief Justice Ilse K. Marrow Jr.", "Ilse K. Marrow"),  # a title before, a generation mark after
    ("le juge Tomas Reyes", "Tomas Reyes"),
    ("Sr. Reyes", "Reyes"),
])
def test_a_possessive_owner_or_a_group_is_not_a_person_s_name(label, name):
    from provenance.graph.people import clean_name

    assert clean_name(label) == name


def test_a_wire_s_dateline_does_not_make_a_statement_lead_the_wire_s_report(tmp_path):
    """"MOSCOW (Harbour Wire - 18th March, 2025) …, board chair Ilse Marrow said on Tuesday":
    the wire carries her words; the news is her statement."""
    registry = _registry(tmp_path, ("harbour-wire", "Harbour Wire", "wire", "harbourwire.example"))
    page = _record("Westfold Gazette", "https://westfold.example/marrow", "2025-03-18T10:00:00+01:00",
                   ["RADORA (Harbour Wire - 18th March, 2025) The board has seen the report about the overrun but "
                    "will not comment on it for now, board chair Ilse Marrow said on Tuesday.",
                    "Speaking at the quay after a closed session, she said every payment to contractors had been "
                    "approved by the finance committee and would stand up to any review by the audit office."],
                   "Marrow")
    graph = _trace_with(tmp_path, registry, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).person == "Ilse Marrow"


def test_between_equal_citations_the_one_telling_the_headline_wins(tmp_path):
    """Two outlets cited alike in the lead: the page's source is the one whose sentence tells
    the headline's news, not a detail's source (nor the first by node id)."""
    registry = _registry(tmp_path, ("radora-presse", "Radora Presse", "wire", "radorapresse.example"),
                         ("kelvar-herald", "The Kelvar Herald", "newspaper", "kelvarherald.example"))
    page = _record("Lor Daily", "https://lordaily.example/dorn", "2025-03-01T16:00:00+01:00",
                   ["The cabinet was called to an emergency session overnight, The Kelvar Herald reported. "
                    "Missiles killed two farmers near the village of Dorn, a senior official said, "
                    "Radora Presse reported."], "Missiles killed two farmers near Dorn")
    graph = _trace_with(tmp_path, registry, [page])
    assert graph.article("pile#1").chain[1] == "report:radora-presse"
    herald, presse = _edge(graph, "pile#1", "report:kelvar-herald"), _edge(graph, "pile#1", "report:radora-presse")
    assert herald.relation == presse.relation == Relation.CITES and herald.confidence < presse.confidence


def test_an_undated_page_naming_the_weekday_takes_the_outlets_report_of_that_day(tmp_path):
    """The network's Wednesday report said a recording existed; its Monday report released it.
    An undated German page says the network published the recording "am Montagabend": its
    source is the Monday report, not the first one."""
    first = _record("KNN", "https://knn.example/2025/03/12/harbour-minutes", "2025-03-12",
                    ["KNN has learned that the harbour board kept a cost overrun from its auditors, according "
                     "to minutes described by two board members."], "Harbour board hid overrun, sources say")
    tape = _record("KNN", "https://knn.example/2025/03/17/harbour-tape", "2025-03-17",
                   ["Listen: KNN has obtained the recording of the July meeting at which the board agreed to wait "
                    "until after the election."], "Hear the harbour tape")
    page = _record("Westfold Rundschau", "https://rundschau.example/hafen", None,
                   ["Am Montagabend hatte der Nachrichtensender KNN einen Mitschnitt der Sitzung veröffentlicht, "
                    "in der der Hafenrat beschloss, die Mehrkosten bis nach der Wahl zu verschweigen.",
                    "Die Aufnahme stammt aus dem Juli. Der Hafenrat äußerte sich zunächst nicht zu dem Mitschnitt."],
                   "Mitschnitt belastet den Hafenrat")
    graph = _trace(tmp_path, [first, tape, page])
    assert graph.article("pile#3").chain == ("pile#3", "pile#2")


def test_a_chinese_lead_ends_at_its_full_width_stop(tmp_path):
    """Chinese and Japanese end sentences with "。": a lead reporting what a registered body
    confirmed is read as its statement, as in any other language."""
    page = _record("Xinhai Daily", "https://xinhai.example/2025/03/18/court", "2025-03-18",
                   ["3月18日，美国最高法院证实，港务局提交给法院的会议记录是真实的，但并不代表最终决定。",
                    "法院表示将在下月公布完整的审查结果，港务局对此没有发表评论。"], "美国最高法院证实会议记录属实")
    graph = _trace(tmp_path, [_scoop(), page])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.outlet_id == "us-supreme-court", graph.article("pile#2").chain


def test_an_outlets_edition_in_another_language_translates_its_own_article(tmp_path):
    """A network's Spanish edition of its English scoop, the same day: too few names in the
    English video blurb to align anchors, but the outlet and the story's names say it is the
    scoop translated; a Spanish page rewriting the edition traces to the scoop."""
    registry = tmp_path / "outlets.json"
    registry.write_text(json.dumps({"outlets": [{"id": "knn", "name": "KNN", "kind": "broadcaster",
                                                 "domains": ["knn.example"], "language": "en"}]}), encoding="utf-8")
    scoop = _record("KNN", "https://knn.example/2025/03/17/harbour", "2025-03-17",
                    ["Watch: Radora harbour board chair Ilse Marrow kept a cost overrun on the Teller Quay contract "
                     "from auditors, sources told KNN."], "Harbour chair hid overrun")
    edition = _record("KNN", "https://es.knn.example/2025/03/17/puerto", "2025-03-17",
                      ["La presidenta de la junta del puerto de Radora, Ilse Marrow, ocultó a los auditores un "
                       "sobrecoste en el contrato del muelle Teller, según fuentes consultadas por la cadena.",
                       "El contratista, Venn Marine, recibió pagos por adelantado por obras que aún no han "
                       "comenzado, añadieron las fuentes."], "La presidenta del puerto ocultó un sobrecoste")
    blog = _record("Blog del Sur", "https://blogdelsur.example/puerto", "2025-03-18",
                   ["La presidenta de la junta del puerto de Radora, Ilse Marrow, ocultó a los auditores un "
                    "sobrecoste en el contrato del muelle Teller, según fuentes consultadas por la cadena.",
                    "El contratista, Venn Marine, recibió pagos por adelantado por obras que aún no han "
                    "comenzado, añadieron las fuentes. Una vergüenza."], "Otra vergüenza en el puerto")
    graph = _trace_with(tmp_path, registry, [scoop, edition, blog])
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.TRANSLATES
    assert graph.article("pile#3").root == "pile#1", graph.article("pile#3").chain


#: Two sentences a blog adds to the scoop it copies, which a paper prints as well.
DOCK_LINES = [
    "Dockworkers at the northern basin said on Tuesday that no dredger had been seen at the Teller Quay site "
    "since the contract was signed in the spring of last year.",
    "A union steward, Piet Oster, said members had photographed the empty berth every week and would hand the "
    "pictures to the regional audit office on Friday.",
]


def test_a_page_sharing_passages_only_with_a_copier_is_not_left_alone(tmp_path):
    """A blog copies the scoop and adds two sentences a paper also prints; the blog's copy link
    is its stronger one, but the paper, which no other text joins, keeps its shared source
    with the blog instead of standing alone."""
    blog = _record("Kettle Blog", "https://kettle.example/b", None, [*SCOOP, *DOCK_LINES], "They knew")
    paper = _record("Westfold Gazette", "https://westfold.example/c", "2025-03-18",
                    ["Workers at the harbour have kept their own record of the stalled dredging work.", *DOCK_LINES,
                     "The board did not respond to questions about the photographs on Tuesday evening."],
                    "Dockworkers kept a record")
    graph = _trace(tmp_path, [_scoop(), blog, paper])
    assert graph.article("pile#2").chain == ("pile#2", "pile#1")
    shared = [e for e in graph.edges if e.relation == Relation.SHARES_SOURCE]
    assert {e.source for e in shared} == {"pile#2", "pile#3"} and len({e.target for e in shared}) == 1


def test_a_print_of_a_wire_story_in_another_language_translates_its_print_in_the_wires(tmp_path):
    """A Portuguese paper prints Reuters' story under its dateline, an English paper prints it
    in English: both carry Reuters' text, so the Portuguese one translates the English one,
    though too few of its names align in order to tell it by anchors."""
    english = _republished("Westfold Gazette", "westfold.example", 13)
    portuguese = _record("Jornal do Sul", "https://jornaldosul.example/mundo/porto", "2025-03-17T18:00:00+01:00",
                         ["LONDRES (Reuters) - A junta do porto de Radora escondeu dos auditores um custo extra no "
                          "contrato de dragagem, segundo atas internas.",
                          "Segundo dois membros da junta, a Venn Marine recebeu pagamentos adiantados.",
                          "A presidente Ilse Marrow não respondeu aos pedidos de comentário."],
                         "Junta do porto escondeu custo extra")
    graph = _trace(tmp_path, [english, portuguese])
    edge = _edge(graph, "pile#2", "pile#1")
    assert edge.relation == Relation.TRANSLATES and "Reuters" in edge.evidence[0].text


def test_a_rewrite_crediting_several_agencies_is_no_edition_of_one(tmp_path):
    """A Portuguese page closing on "Fontes: Reuters/AP/BBC" rewrites the agencies' reports: it
    carries no one outlet's text, so it is not drawn as Reuters' story in Portuguese beside an
    English print of it (a print crediting Reuters alone is, above)."""
    english = _republished("Westfold Gazette", "westfold.example", 13)
    portuguese = _record("Semana do Sul", "https://semanadosul.example/mundo/porto", "2025-03-17T18:00:00+01:00",
                         ["A junta do porto de Radora escondeu dos auditores um custo extra no contrato de "
                          "dragagem, segundo atas internas.",
                          "A presidente Ilse Marrow não respondeu; a Venn Marine recebeu pagamentos adiantados.",
                          "Fontes: Reuters/AP/BBC."],
                         "Junta do porto escondeu custo extra")
    graph = _trace(tmp_path, [english, portuguese])
    assert not [e for e in graph.edges if e.relation == Relation.TRANSLATES], graph.edges


#: A Chinese item written for the test: the harbour board story as a portal would run it.
HARBOUR_ZH = [
    "拉多拉港务局被指在疏浚合同中隐瞒了四千万克朗的超支，并且长达八个月没有向审计人员报告。",
    "据两名董事会成员透露，承包商文恩海事公司已提前收到北港区疏浚工程的款项，但工程至今尚未开工。",
    "港务局主席伊尔丝·马罗在七月的会议上表示，超支问题将在秋季地区选举之后再行公布。",
    "地区审计署周日晚间表示，将在本月底之前审查相关会议记录和付款记录。",
]


def test_chinese_copies_share_passages_character_by_character(tmp_path):
    """Chinese runs its words together: compared word by word, a whole sentence was one
    token and two portals' copies of one item shared no passage."""
    first = _record("Xinhai Daily", "https://xinhai.example/harbour", "2025-03-17T10:00:00+08:00", HARBOUR_ZH,
                    "拉多拉港务局隐瞒超支")
    second = _record("Dongfang Portal", "https://dongfang.example/harbour", "2025-03-17T15:00:00+08:00",
                     ["原标题：港务局隐瞒超支", *HARBOUR_ZH[:3]], "港务局隐瞒超支八个月")
    graph = _trace(tmp_path, [first, second])
    assert _edge(graph, "pile#2", "pile#1").relation in (Relation.COPIES, Relation.REWRITES)


def test_a_scraper_carrying_a_reprints_dateline_hangs_from_that_reprint(tmp_path):
    """A paper reprints the wire under its dateline, trims the two closing paragraphs and
    credits it; a scraper (no outlet, an unknown domain) lifts the paper's page, dateline
    and all, but not the credit. "LONDON (Reuters) -" in the scraper is the paper's text
    carried along, not the scraper's own credit: it ends where the paper's trim ends, so it
    took the paper's page."""
    paper = _record("Westfold Gazette", "https://westfold.example/world/radora-harbour", "2025-03-17T13:30:00+01:00",
                    [*WIRE, "Source: Reuters"], "Radora harbour board concealed overrun")
    scraper = _record("", "https://daily-feed-portal.example/radora-harbour-4412.html", "2025-03-17T16:00:00+00:00",
                      ["Trending now | Latest | Most read", *WIRE, "Share this story"], "Radora harbour board")
    graph = _trace(tmp_path, [_scoop(), _full_wire(), paper, scraper])
    scoop, wire, westfold, farm = "pile#1", "pile#2", "pile#3", "pile#4"
    assert graph.node(farm).parent == westfold, graph.article(farm).chain
    assert graph.node(westfold).parent == wire
    assert graph.article(farm).root == scoop


def test_a_rewrite_crediting_the_wire_in_its_own_lead_hangs_from_the_wire(tmp_path):
    """A paper retells the wire and says so in its lead ("news agency Reuters reported"), a
    lead it shares with a reprint that kept the wire's "(Reuters)" dateline; both leave out
    the wire's closing paragraphs. The reprint's dateline names Reuters in other words: the
    rewrite's credit is its own, and it hangs from the wire, not from the reprint whose trim
    it happens to share."""
    reprint = _record("Westfold Gazette", "https://westfold.example/world/radora-harbour", "2025-03-17T13:30:00+01:00",
                      [*WIRE, "Source: Reuters"], "Radora harbour board concealed overrun")
    retold = _record("Eastmoor Post", "https://eastmoor.example/news/harbour", "2025-03-17T15:00:00+01:00",
                     ["The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging "
                      "contract from its own auditors for eight months, news agency Reuters reported on Monday, "
                      "citing internal minutes.",
                      "The minutes, dated July 2024, show board chair Ilse Marrow telling members that the "
                      "overrun would be reported only after the regional election in the autumn, the newspaper "
                      "added.",
                      "Two board members told the paper that the contractor, Venn Marine, had been paid in "
                      "advance for dredging work on the northern basin that has still not started.",
                      WIRE[-1]],
                     "Harbour board hid overrun, agency says")
    graph = _trace(tmp_path, [_scoop(), _full_wire(), reprint, retold])
    wire, eastmoor = "pile#2", "pile#4"
    assert graph.node(eastmoor).parent == wire, graph.article(eastmoor).chain


def test_two_papers_trimming_the_wire_at_one_paragraph_both_took_the_wire(tmp_path):
    """Two papers print the wire without its two closing paragraphs, one crediting it, the
    later one silently: wires mark where a story may be cut, and papers cut there alike. The
    later paper took the wire's copy, not the earlier paper's, although it ends where that
    paper ends (a blog ending there took the paper's: see above)."""
    lead = WIRE[0].removeprefix("LONDON (Reuters) - ")
    first = _record("The Westfold Gazette", "https://westfold.example/a", "2025-03-17T13:00:00+01:00",
                    [lead, *WIRE[1:], "Source: Reuters"], "Radora harbour board concealed overrun")
    second = _record("The Eastmoor Post", "https://eastmoor.example/b", "2025-03-17T14:00:00+01:00",
                     [lead, *WIRE[1:]], "Radora harbour board concealed overrun")
    graph = _trace(tmp_path, [_full_wire(), first, second])
    assert graph.node("pile#3").parent == "pile#1", graph.article("pile#3").chain
    assert graph.node("pile#2").parent == "pile#1"


def test_a_page_dated_only_by_a_carried_dateline_copies_the_page_with_a_time(tmp_path):
    """A scraper's page has no date of its own, only the wire's "LONDON, March 17 (Reuters) -"
    carried with the text it lifted from a paper's trimmed reprint (published at 13:30 that
    day): the dateline's day is the wire's, not the scraper's, and the scraper copies the
    paper, as an undated page would, instead of sharing an unseen source with it."""
    lead = WIRE[0].replace("LONDON (Reuters) - ", "LONDON, March 17 (Reuters) - ")
    paper = _record("The Westfold Gazette", "https://westfold.example/world/radora-harbour",
                    "2025-03-17T13:30:00+01:00", ["Posted 17 Mar 2025, 13:30 CET", lead, *WIRE[1:], "Source: Reuters"],
                    "Radora harbour board concealed overrun")
    scraper = _record("", "https://daily-feed-portal.example/radora-harbour-4412.html", None,
                      ["Trending now | Latest | Most read", lead, *WIRE[1:]], "Radora harbour board")
    graph = _trace(tmp_path, [_full_wire(), paper, scraper])
    assert graph.article("pile#3").identity.published.kind == "dateline"
    assert graph.node("pile#3").parent == "pile#2", graph.article("pile#3").chain


def test_a_blog_takes_the_reprint_whose_trim_it_shares_not_one_cut_shorter_or_longer(tmp_path):
    """One paper cuts the wire's last paragraph, another both closing paragraphs; a blog
    lacks both. Both papers end nearer the blog's end than the wire does, but only the
    second cut what the blog lacks and no more: the blog took the second paper's page,
    whichever link scores higher."""
    one_cut = _record("The Westfold Gazette", "https://westfold.example/a", "2025-03-17T13:00:00+01:00",
                      [*WIRE, WIRE_TAIL[0], "Source: Reuters"], "Radora harbour board concealed overrun")
    two_cut = _record("The Eastmoor Post", "https://eastmoor.example/b", "2025-03-17T13:30:00+01:00",
                      [*WIRE, "Source: Reuters"], "Radora harbour board concealed overrun")
    blog = _record("Kettle Blog", "https://kettle.example/2025/03/harbour", "2025-03-17T18:00:00+01:00",
                   ["You could not make this up, friends.", *[w.removeprefix("LONDON (Reuters) - ") for w in WIRE]],
                   "They knew and they waited")
    graph = _trace(tmp_path, [_full_wire(), one_cut, two_cut, blog])
    assert graph.node("pile#4").parent == "pile#3", graph.article("pile#4").chain


def test_a_wayback_snapshot_saved_with_its_banner_is_the_page_it_archives(tmp_path):
    """Text saved from the Wayback Machine opens with its banner line ("The Wayback Machine -
    https://web.archive.org/web/…"): page chrome, not a sentence of the story, so the snapshot
    is the paper's page seen again (one article), not a copy that adds a sentence."""
    url = "https://westfold.example/world/radora-harbour"
    paper = _record("The Westfold Gazette", url, "2025-03-17T13:30:00+01:00", [*WIRE, "Source: Reuters"],
                    "Radora harbour board concealed overrun")
    archived = f"https://web.archive.org/web/20250318093041/{url}"
    snapshot = _record("The Westfold Gazette", archived, None,
                       [f"The Wayback Machine - {archived}", *WIRE, "Source: Reuters"],
                       "Radora harbour board concealed overrun")
    graph = _trace(tmp_path, [_full_wire(), paper, snapshot])
    assert _edge(graph, "pile#3", "pile#2").relation == Relation.SNAPSHOT_OF


@pytest.mark.parametrize(("name", "key"), [
    ("U.S.", "us"), ("the U.K.", "uk"), ("Jens Stoltenberg", "stoltenberg"), ("John F. Kennedy", "kennedy"),
    ("Тайбби", "taibbi"),
])
def test_a_names_key_is_its_last_word_an_initialism_one_word(name, key):
    """A statement node's key: "U.S." is "us" (its node was "statement:s"), a person's the surname."""
    from provenance.graph.people import person_key

    assert person_key(name) == key


@pytest.mark.parametrize(("text", "found"), [
    # katakana writes v as f (and as b): "エフゲニー" is Yevgeny, the pile's Prigozhin's given name
    ("ワグネルの創設者エフゲニー・プリゴジン氏は5日、撤退すると述べた。", True),
    # another given name before the surname: Hunter, not Joe, Biden
    ("ハンター・バイデン氏のノートパソコン", False),
])
def test_a_katakana_surname_after_a_given_name_is_the_known_persons_when_the_given_name_is_theirs(text, found):
    from provenance.graph.scripts import uncased_mentions

    people = {"prigozhin": "Yevgeny Prigozhin", "biden": "Joe Biden"}
    assert bool(list(uncased_mentions(text, 0, len(text), people))) is found


@pytest.mark.parametrize(("text", "found"), [
    ("أعلن الرئيس دونالد ترامب اليوم السبت", True),  # Arabic writes p as b: "trmb" is Trump's "trmp"
    ("امریکی صدر ڈونلڈ ٹرمپ نے کہا", True),  # Urdu has its own p
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने कहा", True),  # Devanagari, read by its consonants as Arabic is
    ("قال المتحدث باسم الوزارة", False),
    ("भारत और पाकिस्तान तैयार", False),
])
def test_a_surname_in_arabic_or_devanagari_script_is_the_known_persons(text, found):
    """Pages in Arabic, Urdu and Hindi name the pile's publisher in their own script; Arabic has
    no p or v and writes b and f for them, so the consonant skeletons are compared so."""
    from provenance.graph.scripts import uncased_mentions

    people = {"trump": "Donald Trump", "borozhin": "Andrei Borozhin"}
    assert bool(list(uncased_mentions(text, 0, len(text), people))) is found


def test_a_post_on_truth_social_is_the_persons_publication_not_a_person_called_social(tmp_path):
    """A president announces on his own platform, Truth Social: the pages that say so cite his
    post (platform ``truth-social``), and "Truth Social" is no person of its own; an Arabic
    page naming him in its script, with no cue we read, retells the same post."""
    wires = [_record(f"Radio {n}", f"https://radio{n}.example/truce", f"2025-05-10T1{n}:00:00+01:00",
                     [f"Westfold President Anna Kovar wrote on Truth Social on Saturday that the two ports had "
                      f"agreed to a full truce after talks {where}.", "Neither port authority commented."], "Truce")
             for n, where in ((2, "in Kettleby"), (3, "led by her envoy"))]
    arabic = _record("Arabic Daily", "https://arabic.example/truce", "2025-05-10T15:00:00+01:00",
                     ["أعلنت الرئيسة آنا كوفار اليوم السبت اتفاق الميناءين على هدنة كاملة."], "هدنة")
    graph = _trace(tmp_path, [*wires, arabic])
    for n in (1, 2):
        root = graph.node(graph.article(f"pile#{n}").root)
        assert (root.kind, root.id, root.platform) == (NodeKind.PERSON_PUBLICATION, "person:kovar", "truth-social")
    assert not any(node.id == "person:social" for node in graph.nodes)
    assert graph.article("pile#3").root == "person:kovar"


def test_a_known_publisher_announcing_in_the_lead_outranks_a_person_the_body_cites(tmp_path):
    """The pile knows the president posted the truce; a page whose lead says she announced it,
    with no platform word, and whose body has her envoy "also confirm" it, reports her post:
    the envoy's confirmation is a later source, not the page's."""
    wires = [_record(f"Radio {n}", f"https://radio{n}.example/truce", f"2025-05-10T1{n}:00:00+01:00",
                     [f"Westfold President Anna Kovar wrote on Truth Social on Saturday that the two ports had "
                      f"agreed to a full truce after talks {where}.", "Neither port authority commented."], "Truce")
             for n, where in ((2, "in Kettleby"), (3, "led by her envoy"))]
    page = _record("Kettle Post", "https://kettle.example/truce", "2025-05-10T16:00:00+01:00",
                   ["Westfold President Anna Kovar announced on Saturday that the two ports had agreed to a full "
                    "and immediate truce.", "Her envoy Piet Lorn also confirmed the agreement, saying talks had "
                    "lasted two days."], "Kovar announces truce")
    graph = _trace(tmp_path, [*wires, page])
    assert graph.article("pile#3").root == "person:kovar"
    edge = _edge(graph, "pile#3", "person:kovar")
    assert edge.relation == Relation.CITES and "speaks in the page's lead" in edge.evidence[0].detail


def test_a_report_two_pages_cite_retells_the_post_they_name_beside_it(tmp_path):
    """Six pages say the president posted the truce; two credit an agency's report and name
    her only in passing (a weak mention, kept as evidence). The agency's report, out of the
    pile, is one of the post's carriers: it retells her post, and the two pages root there."""
    wires = [_record(f"Radio {n}", f"https://radio{n}.example/truce", f"2025-05-10T1{n}:00:00+01:00",
                     [f"Westfold President Anna Kovar wrote on Truth Social on Saturday that the two ports had "
                      f"agreed to a full truce, talks number {n} having ended.", "Neither port authority commented."],
                     "Truce") for n in range(1, 7)]
    agency = [_record(f"Daily {n}", f"https://daily{n}.example/truce", "2025-05-11T09:00:00+01:00",
                      [f"The two ports have agreed to a full truce, Interfax reported on Sunday ({where}).",
                       "The agreement follows a week of talks that President Anna Kovar had pressed for."], "Truce")
              for n, where in ((1, "first edition"), (2, "later edition"))]
    graph = _trace(tmp_path, [*wires, *agency])
    assert _edge(graph, "report:interfax", "person:kovar").relation == Relation.WEAKLY_CITES
    assert graph.article("pile#7").root == graph.article("pile#8").root == "person:kovar"


def test_a_publisher_known_by_an_inflected_key_is_known_by_the_full_names_key():
    """Only a Russian page says Navalny published ("опубликованном Навальным": the key of the
    instrumental case, "navalnym"); the pile gives his full name, "Alexei Navalny", whose own
    key is "navalny": the publisher is known by that, which an Arabic page's "نافالني" meets."""
    from types import SimpleNamespace

    from provenance.graph.index import _publishers
    from provenance.graph.scripts import uncased_mentions

    people = {"navalnym": "Alexei Navalny", "navalny": "Alexei Navalny", "marekom": "Ivo Marek",
              "petrov": "Anna Petrova"}
    facts = (SimpleNamespace(id="a"), SimpleNamespace(id="b"))
    publishing = {"a": {"navalnym": "youtube"}, "b": {"marekom": "telegram", "petrov": "x"}}
    publishers = _publishers(people, facts, publishing)  # type: ignore[arg-type]
    assert publishers == {"navalny": "youtube", "marekom": "telegram", "petrov": "x"}
    text = "نشر نافالني فيلما"
    assert [key for *_, key in uncased_mentions(text, 0, len(text), {k: people[k] for k in publishers})] == ["navalny"]


def test_the_publisher_who_speaks_in_the_lead_decides_over_the_one_more_pages_name(tmp_path):
    """"Blogger Tomas Quell said on Wednesday …" on a page that also names Mara Quillan's post,
    which more pages cite: the lead's speaker is the page's news, Quillan's post its background."""
    quillan, quell = _two_publishers()
    answer = _record("Kettle Post", "https://kettle.example/x", "2025-03-20T12:00:00+01:00",
                     ["Harbour watcher Tomas Quell said on Wednesday that a second dredger is leaving the northern "
                      "basin this week.",
                      "The row began last week with Mara Quillan and her account of the Venn Marine invoices; Quell "
                      "has since followed the dredgers."], "Second dredger")
    graph = _trace(tmp_path, [*quillan, quell, answer])
    assert graph.node(graph.article("pile#4").root).person == "Tomas Quell"
