"""Stage 5, text reuse: the token alignment of a linked pair, the link rule as one object,
and the wholly / partially derivation every copy or rewrite edge carries as numbers."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import FrozenInstanceError, replace

import numpy as np
import pytest

from provenance import reuse
from provenance.clean import clean
from provenance.config import Config
from provenance.kinds import Derivation, Relation
from provenance.models import Corpus, LoadedDocument
from provenance.pipeline import trace_corpus
from provenance.render import render
from provenance.reuse.align import aligned_shares, tokens

#: A wire's court report (fictional town, court and people), one sentence per line.
WIRE = [
    "A former harbour clerk was jailed for four years on Tuesday for stealing 212,000 crowns from the Ostrava port trust.",
    "Mirek Hollan, 47, moved the money into the accounts of two shell companies over six years, Velmora Crown Court heard.",
    "Judge Anna Steiger told him he had betrayed the trust of colleagues who had worked beside him for two decades.",
    "The fraud came to light when an auditor noticed that invoices from a cleaning firm carried the clerk's home address.",
    "Hollan admitted eleven counts of theft and false accounting at an earlier hearing in March.",
    "The port trust said it had since changed the way payments to suppliers are approved.",
    "A confiscation hearing to recover the money will be held later this year, the court was told.",
    "Hollan's lawyer said his client had gambling debts and was ashamed of what he had done.",
]
#: A paper's wholly derived version: sentences merged and split, trimmed and reordered.
WHOLLY = [
    "A former harbour clerk was jailed for four years yesterday for stealing 212,000 crowns from the Ostrava port "
    "trust, and Mirek Hollan, 47, moved the money into the accounts of two shell companies over six years.",
    "Judge Anna Steiger told him he had betrayed the trust of colleagues.",
    "They had worked beside him for two decades, Velmora Crown Court heard.",
    "Hollan's lawyer said his client had gambling debts and was ashamed of what he had done.",
    "The fraud came to light when an auditor noticed that invoices from a cleaning firm carried the clerk's home address.",
    "Hollan admitted eleven counts of theft and false accounting at an earlier hearing in March.",
]
#: A paper's partially derived version: two of the wire's sentences in its own reporting.
PARTIALLY = [
    "Neighbours in the quiet street where Mirek Hollan lived with his mother said they never suspected a thing.",
    "One of them, a retired teacher, said the former clerk had always been polite and kept a tidy garden.",
    "Mirek Hollan, 47, moved the money into the accounts of two shell companies over six years, Velmora Crown Court heard.",
    "Another neighbour remembered him washing a new car every Sunday morning, far grander than his salary allowed.",
    "At the port, staff who asked not to be named said the trust had ignored warnings about its payment checks.",
    "Judge Anna Steiger told him he had betrayed the trust of colleagues who had worked beside him for two decades.",
    "His mother declined to speak to reporters when they called at the house on Tuesday evening.",
    "The harbour workers' union said it would ask the trust's board for an independent review of its accounts.",
]


def _words(lines: list[str]) -> list[str]:
    return " ".join(lines).lower().replace(",", " ").replace(".", " ").split()


def test_alignment_follows_merged_split_and_reordered_sentences():
    wholly, wire = aligned_shares(_words(WHOLLY), _words(WIRE))
    partially, _ = aligned_shares(_words(PARTIALLY), _words(WIRE))
    assert wholly >= 0.75  # the merged, split and trimmed sentences still align
    assert 0.15 <= partially <= 0.35  # two sentences of eight
    assert wire < wholly  # the wire has sentences the paper left out


def test_single_shared_words_do_not_align():
    """Two reports of one story share "the", "court", names: runs of one word do not count."""
    mine = "the court heard that the clerk took money from the trust".split()
    theirs = "money was taken from the port by a clerk the court was told".split()
    assert aligned_shares(mine, theirs)[0] < aligned_shares(mine, theirs, min_run=1)[0]
    assert aligned_shares([], theirs) == (0.0, 0.0)


def test_tokens_are_the_compared_sentences_words():
    assert tokens(("a b c", "d e")) == ["a", "b", "c", "d", "e"]


def test_the_link_rule_is_one_frozen_object_the_pipeline_runs():
    rule = reuse.LINK_RULE
    with pytest.raises(FrozenInstanceError):
        rule.content_link = 0.1  # type: ignore[misc]
    assert rule.derivation(rule.wholly_aligned) == Derivation.WHOLLY
    assert rule.derivation(rule.wholly_aligned - 0.01) == Derivation.PARTIALLY
    weights = rule.weights(np.array([20, 20, 20, 20]), np.array([1.0, 0.5, 1.0, 1.0]), np.array([2, 2, 4, 2]),
                           np.array([False, False, False, True]))
    assert weights.tolist() == [20.0, 0.0, 10.0, 0.0]  # close narrative; too loose; spread 4; quoted


def test_a_stricter_rule_passed_to_find_links_drops_a_link():
    documents = tuple(_cleaned(name, lines) for name, lines in (("a-wire", WIRE), ("b-paper", WHOLLY)))
    assert [(link.a, link.b) for link in reuse.find_links(documents)] == [("a-wire", "b-paper")]
    strict = replace(reuse.LINK_RULE, link_min_weight=10_000.0, containment_link=2.0, paraphrase_containment=2.0)
    assert reuse.find_links(documents, rule=strict) == ()


def test_links_carry_both_sides_alignment():
    documents = tuple(_cleaned(name, lines) for name, lines in (("a-wire", WIRE), ("b-paper", WHOLLY)))
    (link,) = reuse.find_links(documents)
    assert link.aligned_b >= 0.75 and link.aligned_a < link.aligned_b
    assert reuse.compare_pair(*documents).aligned_b == link.aligned_b


@pytest.fixture(scope="module")
def graph():
    def record(name: str, outlet: str, stamp: str, lines: list[str]) -> LoadedDocument:
        return LoadedDocument(id=name, path=f"{name}.txt", format="txt", text="\n\n".join(["Clerk jailed", *lines]),
                              outlet_raw=outlet, outlet_raw_field="outlet", published_raw=stamp)

    corpus = Corpus((record("wire", "Tarn Press Agency", "2024-05-14T11:00:00+00:00", WIRE),
                     record("wholly", "The Velmora Gazette", "2024-05-15T06:00:00+00:00", WHOLLY),
                     record("partially", "The Ostrava Post", "2024-05-15T06:30:00+00:00", PARTIALLY)))
    return trace_corpus(corpus, Config(workers=1))


def test_each_copy_or_rewrite_edge_says_wholly_or_partially_as_numbers(graph):
    edges = {edge.source: edge for edge in graph.edges if edge.target == "wire"}
    assert edges["wholly"].relation in (Relation.COPIES, Relation.REWRITES)
    assert edges["wholly"].reuse is not None and edges["wholly"].reuse.derivation == Derivation.WHOLLY
    assert edges["partially"].reuse is not None and edges["partially"].reuse.derivation == Derivation.PARTIALLY
    figures = edges["wholly"].reuse
    assert figures.other_article == "wire" and figures.aligned > figures.other_aligned
    assert figures.passages >= 3 and figures.weight > 0 and 0 < figures.matched <= 1


def test_reuse_figures_in_json_csv_and_text(graph):
    data = json.loads(render(graph, "json"))
    figures = {edge["source"]: edge["reuse"] for edge in data["edges"] if "reuse" in edge}
    assert figures["wholly"]["derivation"] == "wholly" and isinstance(figures["wholly"]["aligned"], float)
    assert figures["partially"]["derivation"] == "partially"
    assert all("reuse" not in edge for edge in data["edges"] if edge["relation"] in ("cites", "credits"))
    rows = {row["source"]: row for row in csv.DictReader(io.StringIO(render(graph, "csv")))}
    assert rows["partially"]["derivation"] == "partially" and float(rows["partially"]["aligned"]) < 0.38
    assert "wholly: " in render(graph, "text")


def _cleaned(name: str, lines: list[str]):
    return clean(LoadedDocument(id=name, path=name, format="txt", text="\n\n".join(["Headline", *lines])))
