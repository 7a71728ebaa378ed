"""The synthetic pile generator and the pile scoring rules, on small inputs only (fast)."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from benchmarks import synth_piles
from benchmarks.pile_scoring import (
    Original,
    TruthRecord,
    check_translations,
    cited_nodes,
    names_match,
    pair_joined,
    person_matches,
    root_hit,
    score_roots,
    source_found,
)
from provenance.kinds import NodeKind, Relation
from provenance.models import ArticleResult, Attribution, Edge, Identity, Node, ProvenanceGraph, Span
from provenance.outlets import load_registry

ROLES = {"original", "wire", "republisher", "copy", "rewrite", "snapshot", "duplicate"}
RELATIONS = {None, "copies", "rewrites", "credits", "cites", "snapshot", "duplicate"}


@pytest.fixture(scope="module")
def two_story_pile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pile")
    synth_piles.write(synth_piles.generate(seed=3, stories=2), out)
    return out


def test_same_seed_gives_the_same_bytes(two_story_pile: Path, tmp_path: Path) -> None:
    synth_piles.write(synth_piles.generate(seed=3, stories=2), tmp_path)
    for name in ("pile.jsonl", "truth.json"):
        assert (tmp_path / name).read_bytes() == (two_story_pile / name).read_bytes()


def test_another_seed_gives_another_pile(two_story_pile: Path, tmp_path: Path) -> None:
    synth_piles.write(synth_piles.generate(seed=4, stories=2), tmp_path)
    assert (tmp_path / "pile.jsonl").read_bytes() != (two_story_pile / "pile.jsonl").read_bytes()


def test_truth_is_consistent(two_story_pile: Path) -> None:
    truth = json.loads((two_story_pile / "truth.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in truth["records"]}
    lines = (two_story_pile / "pile.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(records)
    for record in records.values():
        assert record["role"] in ROLES and record["relation"] in RELATIONS
        assert record["parent"] is None or records[record["parent"]]["story"] == record["story"]
        assert records[record["root"]]["role"] == "original"
        assert (record["parent"] is None) == (record["role"] == "original")
    for story in truth["stories"]:
        assert sum(r["story"] == story["story"] for r in records.values()) >= 10
        assert records[story["original"]]["role"] == "original"


def test_records_are_dated_with_offsets_and_fictional_outlets_stay_fictional(two_story_pile: Path) -> None:
    registry = load_registry(())
    truth = json.loads((two_story_pile / "truth.json").read_text(encoding="utf-8"))
    roles = [r["role"] for r in truth["records"]]
    for line, role in zip((two_story_pile / "pile.jsonl").read_text(encoding="utf-8").splitlines(), roles,
                          strict=True):
        record = json.loads(line)
        assert record["published"][-6] in "+-"
        if role == "wire":
            assert registry.by_name(record["outlet"]) is not None
        else:
            assert registry.by_name(record["outlet"]) is None
            assert ".example/" in record["url"]


# --------------------------------------------------------------------- tiny graphs


def article(article_id: str, root: str, chain: tuple[str, ...] = (),
            attributions: tuple[Attribution, ...] = ()) -> ArticleResult:
    identity = Identity(outlet=None, outlet_candidates=(), published=None, date_candidates=())
    return ArticleResult(id=article_id, path=article_id, title=None, url=None, identity=identity,
                         attributions=attributions, chrome=(), chain=chain or (article_id, root), root=root)


def node(node_id: str, kind: str = "article", **extra: str) -> Node:
    return Node(id=node_id, kind=kind, label=extra.pop("label", node_id), in_corpus=kind == "article",  # type: ignore[arg-type]
                **extra)  # type: ignore[arg-type]


def edge(source: str, target: str, relation: str) -> Edge:
    return Edge(source=source, target=target, relation=relation, confidence=0.9, evidence=())  # type: ignore[arg-type]


def graph(articles: list[ArticleResult], nodes: list[Node], edges: list[Edge] = ()) -> ProvenanceGraph:  # type: ignore[assignment]
    return ProvenanceGraph(articles=tuple(articles), nodes=tuple(nodes), edges=tuple(edges), origins=())


TRUTH = (TruthRecord("pile#1", "s1", "original", "pile#1"),
         TruthRecord("pile#2", "s1", "copy", "pile#1", "pile#1", "copies"),
         TruthRecord("pile#3", "s1", "duplicate", "pile#1", "pile#1", "duplicate"))


def test_a_root_on_the_original_or_its_duplicate_is_a_hit() -> None:
    traced = graph([article("pile#1", "pile#1", ("pile#1",)), article("pile#2", "pile#3"),
                    article("pile#3", "pile#3", ("pile#3",))], [node("pile#1"), node("pile#2"), node("pile#3")])
    assert [o.hit for o in score_roots(TRUTH, traced)] == [True, True, True]


def test_a_root_elsewhere_is_a_miss_with_its_chain() -> None:
    traced = graph([article("pile#1", "pile#1", ("pile#1",)), article("pile#2", "report:x"),
                    article("pile#3", "pile#1")], [node("pile#1"), node("pile#2"), node("pile#3"),
                                                    node("report:x", "report")])
    outcomes = score_roots(TRUTH, traced)
    assert [o.hit for o in outcomes] == [True, False, True]
    assert outcomes[1].got == "report:x" and outcomes[1].chain == ("pile#2", "report:x")


def test_an_untraced_record_is_a_miss() -> None:
    traced = graph([article("pile#1", "pile#1", ("pile#1",))], [node("pile#1")])
    assert [o.hit for o in score_roots(TRUTH, traced)] == [True, False, False]


def test_a_copy_pair_is_joined_directly_or_through_one_shared_node() -> None:
    traced = graph([], [], [edge("p1", "inferred:1", "shares-source"), edge("p2", "inferred:1", "shares-source"),
                            edge("p4", "p1", "copies"), edge("p5", "p1", "cites")])
    assert pair_joined(traced, "p1", "p2")
    assert pair_joined(traced, "p4", "p1")
    assert not pair_joined(traced, "p5", "p1")  # a citation is not text reuse
    assert not pair_joined(traced, "p4", "p2")  # two steps apart


def test_an_outlet_original_matches_through_the_registry() -> None:
    registry = load_registry(())
    traced = graph([], [node("report:ap", "report", label="AP", outlet="The Associated Press", outlet_id="ap")])
    assert root_hit(traced, "report:ap", Original("original", outlet="Associated Press"), registry)
    assert root_hit(traced, "report:ap", Original("original", outlet="AP (Associated Press)"), registry)
    assert not root_hit(traced, "report:ap", Original("original", outlet="Reuters"), registry)
    assert not root_hit(traced, "report:ap", Original("original", page="p07"), registry)


def test_an_organisation_original_matches_its_statement_node() -> None:
    """A follow-up labelled with the organisation that answered ("outlet": "Apple") is traced
    right to that organisation's statement, not to another's."""
    registry = load_registry(())
    traced = graph([], [node("statement:apple", "statement", label="Apple (statement)", person="Apple")])
    assert root_hit(traced, "statement:apple", Original("denial", outlet="Apple"), registry)
    assert not root_hit(traced, "statement:apple", Original("denial", outlet="Amazon"), registry)


def test_a_statement_labelled_with_its_body_and_speaker_matches_either_statement_node() -> None:
    """The Court's statement issued by the Chief Justice, labelled with both: the Court's
    statement node is that original too; another body's is not, nor the Court's report."""
    registry = load_registry(())
    court = Original("statement", outlet="Supreme Court of the United States", person="John Roberts")
    traced = graph([], [node("statement:us-supreme-court", "statement", label="Supreme Court (statement)",
                             person="Supreme Court of the United States"),
                        node("statement:roberts", "statement", label="John Roberts (statement)", person="John Roberts"),
                        node("statement:biden", "statement", label="Joe Biden (statement)", person="Joe Biden"),
                        node("report:x", "report", label="Supreme Court of the United States")])
    assert root_hit(traced, "statement:us-supreme-court", court, registry)
    assert root_hit(traced, "statement:roberts", court, registry)
    assert not root_hit(traced, "statement:biden", court, registry)
    assert not root_hit(traced, "report:x", court, registry)


def test_a_page_original_accepts_its_snapshot_twin() -> None:
    traced = graph([], [node("p07"), node("p08")], [edge("p08", "p07", "snapshot-of")])
    assert root_hit(traced, "p08", Original("original", page="p07"), load_registry(()))


def test_a_person_original_needs_a_person_publication_node() -> None:
    if "person" not in {f.name for f in fields(Node)}:
        pytest.skip("this provenance has no person-publication nodes yet")
    registry = load_registry(())
    traced = graph([], [node("person:taibbi", "person-publication", label="Matt Taibbi on X", person="Matt Taibbi"),
                        node("report:x", "report", label="Taibbi")])
    assert root_hit(traced, "person:taibbi", Original("original", person="Taibbi", platform="x"), registry)
    assert not root_hit(traced, "report:x", Original("original", person="Matt Taibbi"), registry)


def test_name_matching_ignores_case_articles_accents_and_titles() -> None:
    registry = load_registry(())
    assert names_match("the washington post", "The Washington Post", registry)
    assert names_match("Radora Courier", "The Radora Courier.", registry)
    assert not names_match("The Radora Courier", "The Radora Herald", registry)
    assert names_match("Radora Courier", "radoracourier.example", registry)  # an unregistered site by its domain
    assert not names_match("Radora Herald", "radoracourier.example", registry)
    assert names_match("Bloomberg", "Bloomberg News", registry, "bloomberg")  # a short form only it has
    assert person_matches("Michele Leridon", "global news director Michèle Léridon")
    assert person_matches("Taibbi", "Matt Taibbi")
    assert not person_matches("Matt Taibbi", "Matt Damon")
    assert person_matches("Ilse Marrow", "Chief Justice Ilse K. Marrow Jr.")  # title, initial, generation
    assert not person_matches("Ilse Marrow", "Ilse K. Benning")


def test_a_person_is_matched_across_scripts_and_transliterations() -> None:
    """Made-up names: a surname in Cyrillic, a French transliteration of a Russian name."""
    assert person_matches("Oleg Marsh", "Марш")
    assert person_matches("Yevgeny Dobrynin", "Evguéni Dobrynine")
    assert person_matches("Pavel Kirsch", "Пресс-секретарь Павел Кирш")
    assert not person_matches("Oleg Marsh", "Миллер")
    assert not person_matches("Yevgeny Dobrynin", "Evguéni Dorine")


def test_an_explicit_source_is_found_among_the_attributions() -> None:
    span = Span(0, 7, "Reuters")
    credit = Attribution(kind="credit", source=span, cue=None, sentence=span, label="Reuters", outlet_id="reuters")
    photo = Attribution(kind="photo-credit", source=span, cue=None, sentence=span, label="AFP", outlet_id="afp")
    page = article("p01", "p01", attributions=(credit, photo))
    registry = load_registry(())
    assert source_found(page, "Thomson Reuters", registry)
    assert not source_found(page, "AFP", registry)  # a photo credit is not a source


def test_a_title_before_a_surname_is_the_same_person() -> None:
    assert person_matches("Elon Musk", "Mr Musk")
    assert person_matches("Elon Musk", "Chairman Musk")
    assert not person_matches("Elon Musk", "Mr Damon")


def test_an_explicit_source_is_found_on_a_citation_edge() -> None:
    """The name-only fallback (a page in a language without cues) cites by an edge, not a
    cue attribution: the source is found all the same; a text edge is no naming."""
    page = article("p01", "p01")
    registry = load_registry(())
    spiegel = Node(id="report:der-spiegel", kind=NodeKind.REPORT, label="Der Spiegel", in_corpus=False,
                   outlet="Der Spiegel", outlet_id="der-spiegel")
    taibbi = Node(id="person:taibbi", kind=NodeKind.PERSON_PUBLICATION, label="Matt Taibbi (substack)",
                  in_corpus=False, person="Matt Taibbi")
    edges = (Edge(source="p01", target=spiegel.id, relation=Relation.WEAKLY_CITES, confidence=0.35, evidence=()),
             Edge(source="p01", target=taibbi.id, relation=Relation.COPIES, confidence=0.9, evidence=()))
    graph = ProvenanceGraph(articles=(page,), nodes=(spiegel, taibbi), edges=edges, origins=())
    cited = cited_nodes(graph)["p01"]
    assert source_found(page, "Spiegel", registry, cited)
    assert not source_found(page, "Matt Taibbi", registry, cited)  # copying a text names no one
    assert not source_found(page, "Spiegel", registry)


def test_one_name_spelt_the_way_another_language_writes_it_is_the_same_person() -> None:
    assert person_matches("Suhail Shaheen", "Suhail Schahin")  # German spelling
    assert person_matches("Dmitry Peskov", "Dmitri Peskov")
    assert person_matches("Zabihullah Mujahid", "Taliban spokesman Mujahid Zabiullah")  # family name first
    assert not person_matches("Suhail Shaheen", "Suhail Hassan")
    assert not person_matches("Dmitry Peskov", "Maria Peskov")  # another given name: not one person


def test_a_translation_of_its_story_s_original_page_is_a_labelled_translation_edge() -> None:
    """A page labelled a translation whose immediate source is the original, with no
    "translates" field, and the original's page: the edge between them is labelled."""
    pages = [{"id": "p27", "role": "original", "story": "original", "immediate_source": "original"},
             {"id": "p15", "role": "translation", "story": "original", "immediate_source": "original"},
             {"id": "p30", "role": "translation", "story": "other", "immediate_source": "original"}]
    traced = graph([], [node("p27"), node("p15"), node("p30")],
                   [edge("p15", "p27", "translates"), edge("p30", "p27", "translates")])
    hits = {c.subject: c.hit for c in check_translations("s", pages, traced) if c.metric == "translation-edge"}
    assert hits == {"p15>p27": True, "p30>p27": False}


def test_a_name_in_katakana_is_matched_as_japanese_hears_it() -> None:
    """"ロバーツ" keeps no "r" before the "t" ("robātsu"), "トランプ" an "n" for the "m"."""
    assert person_matches("John Roberts", "ジョン・ロバーツ")
    assert person_matches("Donald Trump", "ドナルド・トランプ")
    assert person_matches("Samuel Alito", "サミュエル・アリート")
    assert not person_matches("John Roberts", "ドナルド・トランプ")
