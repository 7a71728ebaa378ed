"""Findings: uncredited copies, mis-credits, circular sourcing, anonymous origins, quote drift."""

from __future__ import annotations

from pathlib import Path

import provenance
from provenance.config import Config
from provenance.facts import ArticleFacts
from provenance.models import Corpus, LoadedDocument
from provenance.pipeline import trace_corpus

FIXTURES = Path(__file__).parent / "fixtures"
CONFIG = Config(outlet_files=(FIXTURES / "outlets.json",))
STORY = ("Repairs to the Orrin Lake dam have been put off until next spring after cracks were found in the spillway. "
         "The contractor asked for more time after cracks turned up in the spillway during a survey in April. "
         "Residents downstream have complained for years about the state of the spillway gates and the old locks.")


def _doc(doc_id: str, text: str, **fields: str) -> LoadedDocument:
    return LoadedDocument(id=doc_id, path=doc_id, format="txt", text=text, **fields)


def _kinds(graph: provenance.ProvenanceGraph) -> dict[str, list[tuple[str, ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for finding in graph.findings:
        found.setdefault(finding.kind, []).append(finding.nodes)
    return found


def test_mis_credit_when_the_credit_names_an_agency_the_copied_page_does_not_carry():
    corpus = Corpus((
        _doc("blog", f"Dam news\n{STORY}", outlet_raw="Valley Times", published_raw="2030-06-07T10:00+00:00"),
        _doc("copy", f"Dam news\nORRIN, June 8 (NWS) - {STORY}", outlet_raw="Harbour Blog",
             published_raw="2030-06-08T10:00+00:00")))
    graph = trace_corpus(corpus, CONFIG)
    assert ("copy", "blog") in _kinds(graph)["mis-credit"]


def test_circular_citation():
    corpus = Corpus((
        _doc("a", "Dam\nThe Lakeside Gazette reported that the dam would close for a month.", outlet_raw="Valley Times"),
        _doc("b", "Dam\nValley Times reported that the dam would close for a month.", outlet_raw="The Lakeside Gazette")))
    graph = trace_corpus(corpus, Config(outlet_files=(FIXTURES / "outlets.json",)))
    assert _kinds(graph)["circular-citation"] == [("a", "b")]


def test_a_report_known_only_through_unnamed_sources():
    corpus = Corpus((_doc("x", "Dam\nThe Lakeside Gazette reported on Friday, citing unnamed officials, that the dam "
                              "would close."),))
    graph = trace_corpus(corpus, CONFIG)
    (finding,) = [f for f in graph.findings if f.kind == "anonymous-origin"]
    assert finding.nodes == ("report:lakeside-gazette",) and "unnamed officials" in finding.message


def test_the_bundled_example_findings():
    root = Path(__file__).resolve().parents[1]
    graph = provenance.trace([root / "examples" / "calder-bridge"],
                             Config(outlet_files=(root / "examples" / "outlets.json",)))
    kinds = _kinds(graph)
    assert kinds["uncredited-copy"] == [("05-civic-watch-blog", "03-eastport-herald")]
    (drift,) = kinds["quote-drift"]  # one quotation, one finding: the corpus-wide one tells the pair's drift too
    assert drift[:2] == ("01-meridian-courier-scoop", "02-cpa-wire")
    assert "mis-credit" not in kinds and "circular-citation" not in kinds


def test_quote_tracked_across_the_corpus_with_its_first_appearance_and_every_wording():
    root = Path(__file__).resolve().parents[1]
    graph = provenance.trace([root / "examples" / "calder-bridge"],
                             Config(outlet_files=(root / "examples" / "outlets.json",)))
    (finding,) = [f for f in graph.findings if f.kind == "quote-drift" and "across articles" in f.message]
    assert finding.nodes[0] == "01-meridian-courier-scoop"  # the first appearance
    assert "has admitted in writing" in finding.message and "will admit" in finding.message
    assert "rotting faster than anyone dares to admit" in finding.message and "06-republic-voice" in finding.nodes


def test_the_corpus_drift_found_beforehand_gives_the_same_findings():
    """The pipeline finds the quotations drifted across the corpus beside the reuse stage
    and hands them to ``detect``: the same findings as ``detect`` finding them itself."""
    import pickle

    from provenance import findings

    root = Path(__file__).resolve().parents[1]
    graph = provenance.trace([root / "examples" / "calder-bridge"],
                             Config(outlet_files=(root / "examples" / "outlets.json",)))
    facts = _example_facts(root)
    drift = pickle.loads(pickle.dumps(findings.corpus_quote_drift(facts)))  # sent back from a forked process
    assert drift
    edges, labels = graph.edges, {node.id: node.label for node in graph.nodes}
    assert findings.detect(edges, facts, labels, drift) == findings.detect(edges, facts, labels)


def _example_facts(root: Path) -> dict[str, ArticleFacts]:
    """The bundled example's facts by id, read as the pipeline reads them."""
    from provenance import lexicon, load, outlets, pile, pipeline

    documents = load.load_corpus([root / "examples" / "calder-bridge"]).documents
    registry = pile.with_pile_outlets(outlets.load_registry([root / "examples" / "outlets.json"]), documents)
    reader = pipeline.article_reader(registry, lexicon.load_lexicons(()), with_profiles=False)
    return {fact.id: fact for fact in pipeline._facts([reader(document) for document in documents])}


def test_a_partial_quotation_is_not_drift():
    corpus = Corpus((
        _doc("a", 'Pledge\nThe minister promised support "for as long as it takes" to the region.'),
        _doc("b", 'Pledge\nThe minister promised support "as long as it takes" to the region, again.')))
    assert not [f for f in trace_corpus(corpus, CONFIG).findings if f.kind == "quote-drift"]


def test_circular_sourcing_searched_within_components_finds_what_every_path_finds():
    """The loops reported are those of a search over every path (the search before it was
    kept to each node's component), on random graphs with and without cycles."""
    import random

    from provenance.findings import _circular_citations
    from provenance.kinds import Relation
    from provenance.models import Edge

    def every_path(graph: dict[str, list[str]]) -> list[tuple[str, ...]]:
        reported: set[frozenset[str]] = set()
        loops = []
        for start in sorted(graph):
            stack = [(start, [start])]
            found = None
            while stack and found is None:
                node, path = stack.pop()
                for target in sorted(graph.get(node, [])):
                    if target == start:
                        found = path
                        break
                    if target not in path and len(path) < 12:
                        stack.append((target, [*path, target]))
            if found and frozenset(found) not in reported:
                reported.add(frozenset(found))
                loops.append(tuple(found))
        return loops

    generator = random.Random(5)
    for _ in range(200):
        names = [f"n{i}" for i in range(generator.randrange(2, 14))]
        pairs = {(generator.choice(names), generator.choice(names)) for _ in range(generator.randrange(1, 30))}
        edges = tuple(Edge(a, b, Relation.CITES, 0.5, ()) for a, b in sorted(pairs))
        graph: dict[str, list[str]] = {}
        for edge in edges:
            graph.setdefault(edge.source, []).append(edge.target)
        assert [finding.nodes for finding in _circular_citations(edges)] == every_path(graph)


def test_a_pairs_drift_is_looked_up_among_the_corpus_findings_naming_its_first_article():
    """detect asks only the corpus-wide findings that name a pair's first article whether
    they tell its drift (not every finding for every pair): each finding is listed under
    every article it names, once, in the corpus's order."""
    from provenance import findings
    from provenance.models import Finding

    wide = (Finding("quote-drift", "across articles", ("a", "b", "c", "b")), frozenset({"x"}))
    other = (Finding("quote-drift", "across articles", ("c", "d")), frozenset({"y"}))
    by_node = findings._by_first_node([wide, other])
    assert by_node == {"a": [wide], "b": [wide], "c": [wide, other], "d": [other]}
    pair = Finding("quote-drift", "the same quotation differs", ("c", "d"))
    assert findings._told_by(pair, ("y", "y"), by_node["c"])
    assert not findings._told_by(pair, ("x", "x"), by_node["c"])  # "x" is told, but not for c and d
