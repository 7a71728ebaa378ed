"""Stages 5-7 on a small hand-written corpus: reuse, relations, nodes, chains."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest

import provenance
from provenance import lexicon, load, outlets, pile, pipeline
from provenance.config import Config
from provenance.graph import merge_edges
from provenance.graph.common_source import _without_bridges
from provenance.graph.index import FactIndex, PileReading, connected_groups
from provenance.graph.nodes import NodeTable, report_node
from provenance.graph.relations import ReuseRelation, _Bests
from provenance.kinds import NodeKind, Relation
from provenance.models import Edge, Evidence, Node, ReuseFigures, ReuseLink

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def graph():
    return provenance.trace([FIXTURES / "mini"], Config(outlet_files=(FIXTURES / "outlets.json",)))


def _edge(graph, source, target):
    return next(e for e in graph.edges if e.source == source and e.target == target)


def test_original_in_corpus_is_the_origin(graph):
    assert graph.origins[0] == "1-gazette"
    assert graph.node("1-gazette").outlet == "The Lakeside Gazette"


def test_wire_cites_the_corpus_article_not_a_phantom_report(graph):
    edge = _edge(graph, "2-wire", "1-gazette")
    assert edge.relation in ("cites", "rewrites")  # it names the Gazette and rewrites its story
    assert "the Lakeside Gazette reported on Saturday, citing maintenance records" in [e.text for e in edge.evidence]
    assert not [n for n in graph.nodes if n.kind == "report"]


def test_republisher_copies_the_wire_with_dateline_and_passages(graph):
    edge = _edge(graph, "3-valley-times", "2-wire")
    assert edge.relation == "copies"
    kinds = [e.kind for e in edge.evidence]
    assert "dateline" in kinds and kinds.count("passage") >= 3
    passage = next(e for e in edge.evidence if e.kind == "passage")
    assert passage.other_article == "2-wire" and passage.similarity >= 0.9


def test_undated_blog_copies_and_is_bounded_below(graph):
    blog = graph.article("4-blog")
    assert blog.chain[:2] == ("4-blog", "3-valley-times") or blog.chain[:2] == ("4-blog", "2-wire")
    assert blog.root == "1-gazette"
    assert graph.node("4-blog").published is None
    assert graph.node("4-blog").published_range.earliest == "2030-06-08"  # not before what it copies


def test_unrelated_article_stands_alone(graph):
    article = graph.article("5-unrelated")
    assert article.chain == ("5-unrelated",) and not article.direct_sources


def test_every_edge_has_evidence_with_valid_offsets(graph):
    texts = {a.id: Path(a.path).read_text(encoding="utf-8") for a in graph.articles if a.path.endswith(".txt")}
    for edge in graph.edges:
        assert edge.evidence and 0 <= edge.confidence <= 1
        for item in edge.evidence:
            if item.article in texts and item.start is not None:
                assert texts[item.article][item.start:item.end] == item.text


def test_chains_end_at_roots(graph):
    by_source = {e.source for e in graph.edges}
    for article in graph.articles:
        assert article.chain[0] == article.id and article.chain[-1] == article.root
        assert article.root not in by_source or article.root in article.chain[:-1]


def test_merge_edges_keeps_all_evidence_and_the_strongest_relation():
    one = Evidence(kind="attribution", article="a", text="x")
    two = Evidence(kind="passage", article="a", text="y")
    merged = merge_edges([Edge("a", "b", "cites", 0.8, (one,)), Edge("a", "b", "copies", 0.9, (two,))])
    assert len(merged) == 1
    assert merged[0].relation == "copies" and merged[0].evidence == (one, two) and merged[0].confidence == 0.92


def test_date_contradiction_is_a_finding(tmp_path):
    story = ("Repairs to the Orrin Lake dam have been put off until next spring after cracks were found. "
             "The contractor asked for more time after cracks turned up in the spillway during a survey in April. "
             "Residents downstream have complained for years about the state of the spillway gates.")
    (tmp_path / "copy.json").write_text(json.dumps(
        {"text": f"Dam\nThe Lakeside Gazette reported the news. {story}", "published": "2030-06-01"}))
    (tmp_path / "original.json").write_text(json.dumps(
        {"text": f"Dam\n{story}", "site_name": "The Lakeside Gazette", "published": "2030-06-07"}))
    graph = provenance.trace([tmp_path], Config(outlet_files=(FIXTURES / "outlets.json",)))
    assert _edge(graph, "copy", "original").relation == "copies"
    (finding,) = graph.findings
    assert finding.kind == "date-contradiction" and finding.nodes == ("copy", "original")


def test_a_house_style_alone_is_an_inferred_wire_with_its_reason(tmp_path):
    """"Reporting by …; Editing by …" is Reuters' style, not a line naming Reuters: the page
    credits an inferred Reuters report, below a named credit's confidence, and says why."""
    body = ("Flood barriers in Velmora held overnight as the river crested at a record height.\n"
            "Officials said the water would recede by Thursday.\n"
            "Reporting by Ana Lopez; Editing by Tom Hart")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Barriers hold", "text": body, "site_name": "The Ledger"}))
    other = ("Rail services between Aldmere and Eastport resumed on Monday after a week of repairs.\n"
             "Source: Reuters")
    (tmp_path / "b.json").write_text(json.dumps({"title": "Trains run", "text": other, "site_name": "The Ledger"}))
    graph = provenance.trace([tmp_path], Config(workers=1))
    inferred = next(e for e in graph.edges if e.source == "a" and e.relation == "credits")
    named = next(e for e in graph.edges if e.source == "b" and e.relation == "credits")
    assert graph.node(inferred.target).label == "Reuters" == graph.node(named.target).label
    assert inferred.confidence < named.confidence
    assert any("house style" in item.detail for item in inferred.evidence)
    from provenance.render import to_dot, to_text

    assert "inferred from the agency's house style" in to_text(graph)
    assert "(house style)" in to_dot(graph)


def test_an_intermediary_stands_for_the_source_above_it_that_the_page_also_cites():
    """A page cites the wire (0.92), a paper that retells the wire (0.85) and a company's
    denial (0.92): the chain goes through the paper to the wire, not to the denial because
    the wire, being above the paper, dropped out of the choice."""
    from provenance.chains import primary_parent
    from provenance.kinds import Relation

    def cite(source: str, target: str, confidence: float) -> Edge:
        evidence = (Evidence(kind="attribution", article=source, text="x", start=0, end=1, detail=""),)
        return Edge(source, target, Relation.CITES, confidence, evidence)

    edges = {"page": [cite("page", "report:wire", 0.92), cite("page", "report:paper", 0.85),
                      cite("page", "report:denial", 0.92)],
             "report:paper": [cite("report:paper", "report:wire", 0.4)]}
    assert primary_parent("page", edges).target == "report:paper"


@pytest.mark.parametrize(("matched", "parent"), [
    (0.0, "report:cnn"),  # not one similar sentence: vocabulary alone, the named source decides
    (0.3, "other"),  # similar sentences: the page rewrote the other's text
])
def test_a_rewrite_of_vocabulary_alone_yields_to_a_named_source(matched, parent):
    from provenance.chains import primary_parent
    from provenance.kinds import Derivation

    figures = ReuseFigures(other_article="other", derivation=Derivation.PARTIALLY, aligned=0.06, other_aligned=0.18,
                           matched=matched, other_matched=matched, contained=0.03, other_contained=0.09,
                           similarity=0.0, weight=0.0, passages=0, longest_passage=0)
    evidence = (Evidence(kind="attribution", article="page", text="x", start=0, end=1, detail=""),)
    edges = {"page": [Edge("page", "other", Relation.REWRITES, 0.5, evidence, figures),
                      Edge("page", "report:cnn", Relation.CITES, 0.94, evidence)]}
    assert primary_parent("page", edges).target == parent


def test_primary_parents_decided_once_equal_each_decided_alone():
    """Remembering the decisions of nodes above no cycle changes none: random graphs of
    mixed relations, with cycles, self-loops and ties."""
    import random

    from provenance import chains
    from provenance.kinds import Relation
    from provenance.models import Edge

    relations = [Relation.COPIES, Relation.REWRITES, Relation.CITES, Relation.CREDITS, Relation.WEAKLY_CITES]
    generator = random.Random(3)
    for _ in range(300):
        names = [f"n{i}" for i in range(generator.randrange(2, 16))]
        edges = tuple(Edge(generator.choice(names), generator.choice(names), generator.choice(relations),
                           generator.choice([0.4, 0.6, 0.9]), ()) for _ in range(generator.randrange(1, 35)))
        by_source = chains.index_edges(edges)
        assert chains.primary_parents(names, by_source) == {
            name: chains.primary_parent(name, by_source) for name in names}


def _shared(first: str, second: str, weight: float) -> ReuseRelation:
    link = ReuseLink(first, second, (), 0.5, 0.5, weight)
    return ReuseRelation(first, second, Relation.SHARES_SOURCE, link, "no evidence of direction")


def test_a_light_shared_link_never_bridges_two_groups_of_different_wires():
    """Two pages sharing an agency's text and two sharing a network's lede are two groups,
    though one of each keeps a few of the other's words; a page only a light link holds
    still joins the group it shares words with."""
    heavy_a, heavy_b = _shared("a1", "a2", 88.0), _shared("b1", "b2", 26.0)
    bridge, stray = _shared("a1", "b1", 5.0), _shared("c1", "b2", 6.0)
    kept = _without_bridges([heavy_a, bridge, heavy_b, stray], {"a2": {"bloomberg"}, "b2": {"cnn"}})
    assert bridge not in kept and stray in kept
    assert connected_groups([(r.later, r.earlier) for r in kept]) == [["a1", "a2"], ["b1", "b2", "c1"]]


@pytest.mark.parametrize("carried", [{}, {"a2": {"afp"}}, {"a2": {"afp"}, "b1": {"afp"}}])
def test_a_light_shared_link_joins_two_groups_that_carry_no_different_wires(carried):
    """Rewrites of one agency's correction in two groups, neither crediting another wire:
    one group, which keeps the agency the group cites (AFP pile)."""
    heavy_a, heavy_b = _shared("a1", "a2", 88.0), _shared("b1", "b2", 26.0)
    bridge = _shared("a1", "b1", 5.0)
    kept = _without_bridges([heavy_a, bridge, heavy_b], carried)
    assert connected_groups([(r.later, r.earlier) for r in kept]) == [["a1", "a2", "b1", "b2"]]


def _shares(source: str, target: str, weight: float) -> Edge:
    figures = ReuseFigures(target, None, 0.2, 0.1, 0.4, 0.1, 0.12, 0.05, 0.55, weight, 1, 25)
    evidence = (Evidence(kind="reuse", article=source, text="shares-source: no evidence of direction"),)
    return Edge(source, "inferred:1", Relation.SHARES_SOURCE, 0.42, evidence, figures)


def test_a_source_shared_on_vocabulary_alone_yields_to_the_page_s_own_citation():
    """Two write-ups sharing words but no passage (weight 5) are no evidence of an unseen
    text that outranks "CNN reported"; a shared passage (weight 40) still is."""
    from provenance.chains import primary_parent

    cite = Edge("page", "p27", Relation.CITES, 0.9,
                (Evidence(kind="attribution", article="page", text="CNN reported", start=0, end=12),))
    assert primary_parent("page", {"page": [_shares("page", "other", 5.0), cite]}).target == "p27"
    assert primary_parent("page", {"page": [_shares("page", "other", 40.0), cite]}).target == "inferred:1"
    assert primary_parent("page", {"page": [_shares("page", "other", 5.0)]}).target == "inferred:1"


def _relay_edge(page: str, target: str, relation: Relation, confidence: float) -> Edge:
    return Edge(page, target, relation, confidence,
                (Evidence(kind="attribution", article=page, text=target, start=0, end=1),))


def _relay_nodes(*pages: str) -> NodeTable:
    nodes = NodeTable({page: Node(id=page, kind=NodeKind.ARTICLE, label=page, in_corpus=True) for page in pages})
    nodes.add(report_node("el-universal", "El Universal"))
    return nodes


def test_a_relay_cites_what_its_carriers_cite_in_their_order():
    """Two pages credit El Universal and cite CNN's Monday tape in their lead (0.9) and CNN's
    earlier report further down (0.87): the agency's node cites both, the lead's first."""
    from provenance.graph.relays import RELAY_CONFIDENCE, relay_citations

    edges = [edge for page in ("page", "other") for edge in (
        _relay_edge(page, "report:el-universal", Relation.CREDITS, 0.9), _relay_edge(page, "tape", Relation.CITES, 0.9),
        _relay_edge(page, "report", Relation.CITES, 0.87))]
    relayed = relay_citations(edges, _relay_nodes("page", "other"))
    confidence = {e.target: e.confidence for e in relayed}
    assert confidence == {"tape": RELAY_CONFIDENCE, "report": round(RELAY_CONFIDENCE - 0.03, 2)}


def test_what_one_page_crediting_a_wire_cites_is_not_the_wire_s_source():
    """One page credits the wire and quotes a minister's reaction to the wire's story ("Kuleba
    commented"): its own addition, not what the wire cites."""
    from provenance.graph.relays import relay_citations

    edges = [_relay_edge("page", "report:el-universal", Relation.CREDITS, 0.9),
             _relay_edge("page", "person:minister", Relation.CITES, 0.9)]
    assert relay_citations(edges, _relay_nodes("page")) == []


_SCOOP = {"id": "scoop", "outlet": "The New York Times", "url": "https://www.nytimes.com/2031/03/02/harbour.html",
          "published": "2031-03-02T08:00:00Z", "title": "Harbour deal collapses",
          "text": "The harbour deal between the two cities collapsed on Sunday night after the port authority "
                  "withdrew its offer, according to three officials involved in the talks."}
_BLOG = {"id": "blog", "outlet": "Harbour Watch", "url": "https://harbourwatch.example/deal",
         "published": "2031-03-03T10:00:00Z", "title": "Residents relieved",
         "text": "Residents of the old quarter said they were relieved. The Times reported that the port "
                 "authority pulled out because it could not raise a loan."}


def test_an_unresolved_short_form_is_the_one_outlet_of_that_name_in_the_pile():
    """ "The Times reported" names no outlet for sure; with The New York Times the only Times of the pile, the
    blog weakly cites it, and the evidence says why."""
    traced = provenance.trace_records([_SCOOP, _BLOG], Config(workers=1))
    edge = _edge(traced, "blog", "scoop")
    assert any("the only one of them in the pile is The New York Times" in e.detail for e in edge.evidence)
    assert not [n for n in traced.nodes if n.kind in ("person", "vague")]


def test_an_unresolved_short_form_stays_vague_when_the_pile_has_two_such_outlets():
    other = {**_SCOOP, "id": "london", "outlet": "The Times", "url": "https://www.thetimes.co.uk/article/harbour",
             "text": "A London view of the harbour talks, which the paper covered for years without a result."}
    traced = provenance.trace_records([_SCOOP, other, _BLOG], Config(workers=1))
    assert [n.label for n in traced.nodes if n.kind == "vague"] == ["The Times"]


def test_a_paper_calling_itself_by_its_short_form_cites_nobody():
    """ "the Observer can reveal" in The Kibim Observer's own scoop is the paper speaking, even in a pile
    with another Observer: no vague source, and the scoop stays the root."""
    scoop = {"id": "scoop", "outlet": "The Kibim Observer", "url": "https://www.kibimobserver.example/a",
             "published": "2031-03-02T08:00:00Z", "title": "Library reopening delayed",
             "text": "The customs service pushed back the reopening of the central library, the Observer can "
                     "reveal. Officials declined to comment on the delay when asked on Monday."}
    other = {"id": "other", "outlet": "The Lakeside Observer", "url": "https://www.lakesideobserver.example/b",
             "published": "2031-03-01T08:00:00Z", "title": "Harbour fees rise",
             "text": "Harbour fees will rise by a tenth next spring, the port board announced on Friday."}
    traced = provenance.trace_records([scoop, other], Config(workers=1))
    assert not [n for n in traced.nodes if n.kind == "vague"]
    assert traced.article("scoop").root == "scoop"


def test_a_masthead_the_registry_lacks_is_a_report_node_not_a_person():
    blog = {**_BLOG, "text": "Residents of the old quarter said they were relieved. The Kettle Valley Courier reported "
                             "on Monday that the port authority pulled out because it could not raise a loan."}
    traced = provenance.trace_records([blog], Config(workers=1))
    (report,) = [n for n in traced.nodes if n.kind == "report"]
    assert report.label == "The Kettle Valley Courier"
    assert not [n for n in traced.nodes if n.kind == "person"]


def test_a_paper_calling_itself_by_the_end_of_its_name_cites_nobody():
    scoop = {"id": "scoop", "outlet": "The Stomen Evening News", "url": "https://www.stomen.example/a",
             "published": "2031-03-02T08:00:00Z", "title": "Blood bank refit put off",
             "text": "The housing fund put off the refit of the southern blood bank for two years, the Evening "
                     "News can reveal. The fund did not answer questions sent on Monday."}
    traced = provenance.trace_records([scoop], Config(workers=1))
    assert not [n for n in traced.nodes if n.kind in ("report", "vague")]
    assert traced.article("scoop").root == "scoop"


def test_a_credited_outlets_article_is_the_one_the_page_shares_most_text_with(tmp_path):
    """A page under a Reuters dateline shares a whole story with Reuters' Wednesday report and
    only the agency's stock sentence with its Monday report on another story: the credit
    goes to the Wednesday report, not to the earlier one."""
    records = [
        {"id": "monday", "outlet": "Reuters", "published": "2031-03-03T09:00:00Z", "title": "Ferry fares rise",
         "text": "Ferry fares on the northern routes will rise by a tenth. Reuters could not verify the figures."},
        {"id": "wednesday", "outlet": "Reuters", "published": "2031-03-05T09:00:00Z", "title": "Harbour overrun",
         "text": "The harbour board hid a cost overrun from its auditors. Reuters could not verify the figures."},
        {"id": "reprint", "outlet": "Westfold Gazette", "published": "2031-03-05T12:00:00Z", "title": "Overrun",
         "text": "LONDON (Reuters) - The harbour board hid a cost overrun from its auditors. Reuters could not "
                 "verify the figures."},
    ]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    documents = load.load_corpus([path]).documents
    registry = pile.with_pile_outlets(outlets.load_registry(), documents)
    reader = pipeline.article_reader(registry, lexicon.load_lexicons(()), with_profiles=False)
    facts = pipeline._facts([reader(document) for document in documents])
    ids = {fact.identified.cleaned.document.title: fact.id for fact in facts}
    links = (ReuseLink(ids["Overrun"], ids["Ferry fares rise"], (), 0.5, 0.5, 1.0),
             ReuseLink(ids["Overrun"], ids["Harbour overrun"], (), 1.0, 1.0, 30.0))
    index = FactIndex.build(facts, registry, links)
    chosen = index.outlet_article("reuters", index.by_id[ids["Overrun"]])
    assert chosen is not None and chosen.id == ids["Harbour overrun"]


def test_the_pile_read_beforehand_and_pickled_gives_the_same_index():
    """The pipeline reads the facts' follow-ups, leads and people in a forked process beside
    the reuse stage and sends them back pickled: the index built on them is the one built
    reading them itself."""
    example = Path(__file__).parent.parent / "examples"
    documents = load.load_corpus([example / "calder-bridge"]).documents
    registry = pile.with_pile_outlets(outlets.load_registry([example / "outlets.json"]), documents)
    reader = pipeline.article_reader(registry, lexicon.load_lexicons(()), with_profiles=False)
    facts = pipeline._facts([reader(document) for document in documents])
    reading = pickle.loads(pickle.dumps(PileReading.read(facts, registry)))
    assert reading.followups  # the example's follow-up answers the scoop
    assert FactIndex.build(facts, registry, reading=reading) == FactIndex.build(facts, registry)


def test_of_two_reprints_ending_before_the_wire_only_the_one_cut_where_the_copy_ends_is_trimmed_like():
    """The wire's copy leaves 50 of its words out of a blog, one paper's 25, another's 2: both
    papers end nearer the blog's end than the wire does, but the first kept a paragraph the
    blog lacks. Only the second is the trim the blog shares."""
    words = {"blog": 200, "wire": 250, "one-cut": 225, "two-cut": 202}
    facts = {name: SimpleNamespace(compared_words=count) for name, count in words.items()}
    relations = [ReuseRelation("blog", parent, Relation.COPIES,
                               ReuseLink("blog", parent, (), 1.0, 1.0, 30.0, aligned_a=1.0,
                                         aligned_b=round(200 / words[parent], 3)), "publication times")
                 for parent in ("wire", "one-cut", "two-cut")]
    bests = _Bests.of(relations, facts, frozenset({"wire"}))
    assert [bests.trimmed_like(r) for r in relations] == [False, False, True]


def test_a_shared_text_cites_first_the_source_its_members_cite_more_strongly():
    """Two members both cite two sources: the shared text cites both, the one they cite
    more strongly a step above, whatever the sources' names (before, equal confidences left
    the chain to their alphabetical order: "person:aaa" over "statement:zzz")."""
    from provenance.graph.common_source import INHERITED_RANK_STEP, _inherited_citations

    def cite(source: str, target: str, confidence: float) -> Edge:
        return Edge(source, target, Relation.CITES, confidence,
                    (Evidence(kind="attribution", article=source, text="said", detail="x"),))

    cited_by = {member: [cite(member, "person:aaa", 0.6), cite(member, "statement:zzz", 0.8)]
                for member in ("m1", "m2")}
    edges = {edge.target: edge.confidence for edge in _inherited_citations("inferred:1", ["m1", "m2"], cited_by)}
    assert edges["statement:zzz"] - edges["person:aaa"] == pytest.approx(INHERITED_RANK_STEP)


def test_a_node_tables_changes_applied_to_its_original_make_the_same_table():
    """The builder fills a copy of the node table in a forked process (the citations) and
    applies what it gained to its own: new nodes in the copy's order, replaced ones in place,
    person spellings kept."""
    first = Node(id="a", kind=NodeKind.ARTICLE, label="a", in_corpus=True)
    second = Node(id="b", kind=NodeKind.ARTICLE, label="b", in_corpus=True)
    original, copy = NodeTable({"a": first, "b": second}), NodeTable({"a": first, "b": second})
    copy.add(report_node("reuters", "Reuters"))
    copy.update(Node(id="a", kind=NodeKind.ARTICLE, label="a, dated", in_corpus=True))
    taibbi = copy.add_person(Node(id="person:taibbi", kind=NodeKind.PERSON_PUBLICATION, label="Matt Taibbi", in_corpus=False))
    changes = pickle.loads(pickle.dumps(copy.changes()))
    assert set(changes.nodes) == {"a", "report:reuters", "person:taibbi"}  # "b" unchanged is not sent
    original.apply(changes)
    assert original.snapshot() == copy.snapshot()
    assert list(original.snapshot()) == list(copy.snapshot())  # the same order
    assert original.add_person(Node(id="person:taibi", kind=NodeKind.PERSON_PUBLICATION, label="Taibi",
                                    in_corpus=False)) == taibbi  # the spelling met in the copy


def test_the_graph_built_with_its_citations_in_a_forked_process_is_the_same(monkeypatch):
    """With two workers the citations are made in a forked process while the builder
    classifies the reuse links: the same nodes, edges and findings as one process makes."""
    from provenance import graph, parallel

    example = Path(__file__).parent.parent / "examples"
    documents = load.load_corpus([example / "calder-bridge"]).documents
    registry = pile.with_pile_outlets(outlets.load_registry([example / "outlets.json"]), documents)
    reader = pipeline.article_reader(registry, lexicon.load_lexicons(()), with_profiles=True)
    work = [reader(document) for document in documents]
    facts = pipeline._facts(work)
    links = provenance.reuse.find_links(tuple(fact.identified.cleaned for fact in facts), None,
                                        tuple(done.profile for done in work if done.profile is not None))
    alone = graph.build_graph(facts, links, registry, workers=1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)  # fork even for the example's few pages
    forked = graph.build_graph(facts, links, registry, workers=2)
    assert any(edge.relation == Relation.CITES for edge in forked.edges)
    assert forked == alone
    assert [node.id for node in forked.nodes] == [node.id for node in alone.nodes]


def test_merging_more_edges_into_merged_ones_is_merging_them_all_again():
    """The builder adds its later edges (retold sources, retold stories) with merge_more,
    which merges again only the pairs they add to: the same edges as merge_edges of all."""
    import random

    from provenance.graph.edges import merge_more

    rng = random.Random(5)
    relations = [Relation.CITES, Relation.COPIES, Relation.WEAKLY_CITES, Relation.CREDITS]

    def edge(number: int) -> Edge:
        source, target = rng.choice("abcdef"), rng.choice("uvwxyz")
        evidence = Evidence("attribution", source, f"text {rng.randint(0, 3)}", detail=str(number % 3))
        return Edge(source, target, rng.choice(relations), rng.choice([0.3, 0.55, 0.8, 0.985]), (evidence,))

    for _ in range(50):
        first = merge_edges([edge(n) for n in range(rng.randint(0, 30))])
        more = [edge(n) for n in range(rng.randint(0, 6))]
        assert merge_more(first, more) == merge_edges([*first, *more])
