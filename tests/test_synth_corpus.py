"""The realistic synthetic corpus (benchmarks/synth_corpus.py) and the scale benchmark's reader.

The corpus is the truth every scale figure is scored against, so it must be reproducible
(same seed, same bytes) and its truth must be a consistent forest; the benchmark's
piecewise JSON reader must agree with ``json.load``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench_cli_scale, synth_corpus

ARTICLES = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    synth_corpus.write(folder, seed=3, articles=ARTICLES)
    return folder


def _records(folder: Path) -> list[dict[str, Any]]:
    return list(json.loads((folder / "truth.json").read_text(encoding="utf-8"))["records"])


def test_same_seed_gives_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    synth_corpus.write(tmp_path, seed=3, articles=ARTICLES)
    for name in ("corpus.jsonl", "truth.json", "outlets.json"):
        assert (tmp_path / name).read_bytes() == (corpus / name).read_bytes(), name


def test_another_seed_gives_another_corpus(corpus: Path, tmp_path: Path) -> None:
    synth_corpus.write(tmp_path, seed=4, articles=ARTICLES)
    assert (tmp_path / "corpus.jsonl").read_bytes() != (corpus / "corpus.jsonl").read_bytes()


def test_truth_is_a_consistent_forest(corpus: Path) -> None:
    """Every record is in the corpus once; parents and roots exist; following parents reaches the root."""
    records = _records(corpus)
    lines = (corpus / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == len(lines) >= ARTICLES
    by_id = {r["id"]: r for r in records}
    assert [r["id"] for r in records] == [f"corpus#{n}" for n in range(1, len(lines) + 1)]
    for record in records:
        assert (record["parent"] is None) == (record["relation"] is None) == (record["role"] == "original")
        assert record["root"] in by_id and by_id[record["root"]]["role"] == "original"
        seen, node = set(), record
        while node["parent"] is not None:
            assert node["id"] not in seen, "a cycle in the truth"
            seen.add(node["id"])
            node = by_id[node["parent"]]
            assert node["story"] == record["story"]
        assert node["id"] == record["root"]
        assert all(m in by_id for m in record["mentions"])


def test_corpus_has_every_kind_of_page(corpus: Path) -> None:
    """Roles and relations the issue asks for, dates in text and a registry of outlets."""
    records = _records(corpus)
    roles = {r["role"] for r in records}
    assert {"original", "wire", "republisher", "copy", "duplicate", "snapshot", "translation"} <= roles
    assert {"copies", "credits", "rewrites", "translates", "duplicate", "snapshot"} <= {r["relation"] for r in records}
    text = (corpus / "corpus.jsonl").read_text(encoding="utf-8")
    assert "Published " in text and any(mark in text for mark in ("(Reuters)", "(AP)", "(AFP)"))
    kinds = {o["kind"] for o in json.loads((corpus / "outlets.json").read_text(encoding="utf-8"))["outlets"]}
    assert kinds == {"wire", "paper", "blog", "foreign-paper", "unknown-domain"}


def test_piecewise_reader_agrees_with_json_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Elements split across tiny chunks still decode, numbers included."""
    document = {"schema_version": 1, "origin": None, "articles": [{"id": "a", "chain": ["a", "b"]}, {"id": "b"}],
                "nodes": [], "edges": [{"source": "a", "target": "b", "relation": "copies", "confidence": 0.75}],
                "findings": [{"kind": "x", "nodes": ["a"]}], "count": 12345}
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    monkeypatch.setattr(bench_cli_scale, "CHUNK", 7)
    got = list(bench_cli_scale.top_level(path, ("articles", "nodes", "edges")))
    assert [k for k, _ in got] == ["schema_version", "origin", "articles", "articles", "edges", "findings", "count"]
    assert dict(got)["count"] == 12345 and got[4][1] == {"source": "a", "target": "b", "relation": "copies",
                                                          "confidence": 0.75}


def _story_paragraphs(text: str) -> list[str]:
    """A page's paragraphs without what every copier drops: credits, date lines, datelines."""
    kept = [p for p in text.split("\n\n")
            if not p.startswith(("Source:", "(Source:", "Published ", "Posted "))]
    return [re.sub(r"^[A-Z .'-]+, [A-Z][a-z]+ \d+ \([^)]+\) [-—] ", "", p) for p in kept]


def test_same_text_parents_are_other_pages_of_the_story_with_the_parents_text(corpus: Path) -> None:
    """A copy's listed twins are pages of its story, neither itself nor its parent, whose story
    paragraphs are its parent's: which of them it took is what no text can tell."""
    records = _records(corpus)
    by_id = {r["id"]: r for r in records}
    texts = {f"corpus#{n}": json.loads(line)["text"]
             for n, line in enumerate((corpus / "corpus.jsonl").read_text(encoding="utf-8").splitlines(), start=1)}
    listed = [r for r in records if r.get("same_text_parents")]
    assert listed, "the corpus should hold reprints with identical text"
    for record in listed:
        parent = _story_paragraphs(texts[record["parent"]])
        for twin in record["same_text_parents"]:
            assert twin not in (record["id"], record["parent"]) and by_id[twin]["story"] == record["story"]
            assert by_id[twin]["role"] in ("wire", "republisher")
            twin_text = _story_paragraphs(texts[twin])
            if by_id[twin]["role"] == "wire":
                twin_text = twin_text[:-1]
            if by_id[record["parent"]]["role"] == "wire":
                parent = _story_paragraphs(texts[record["parent"]])[:-1]
            assert twin_text == parent
