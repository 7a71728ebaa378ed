"""Per-article stages on several processes: same results, in order, one copy of each text."""

from __future__ import annotations

import dataclasses
import itertools
import os
import random

import pytest

from provenance import parallel
from provenance.clean import clean
from provenance.config import Config
from provenance.models import Corpus, LoadedDocument
from provenance.pipeline import trace_corpus
from provenance.render import iter_json, render

SIZE = parallel.PARALLEL_MIN_ITEMS + 37


def _documents(count: int) -> tuple[LoadedDocument, ...]:
    """Stories of a wire text and its copies, with dates, so that the graph has every kind of edge."""
    rng = random.Random(11)
    vocabulary = [f"word{n}" for n in range(2000)]
    documents = []
    for number in range(count):
        story = number // 8
        story_rng = random.Random(story)
        sentences = [" ".join(story_rng.choice(vocabulary) for _ in range(15)).capitalize() + "." for _ in range(8)]
        if number % 8:
            sentences = sentences[rng.randint(0, 2):]
        text = f"Story {story} part {number}\n\nLONDON (Reuters) - " + "\n\n".join(sentences) + "\n"
        documents.append(LoadedDocument(id=f"a{number:04d}", path=f"a{number:04d}.txt", format="txt", text=text,
                                        published_raw=f"2031-02-{1 + number % 8:02d}"))
    return tuple(documents)


def test_results_come_back_in_order_with_the_parents_documents():
    documents = _documents(SIZE)
    cleaned = parallel.map_documents(clean, documents, workers=2)
    assert [c.document.id for c in cleaned] == [d.id for d in documents]
    assert all(c.document is d for c, d in zip(cleaned, documents, strict=True))  # by reference, not a copy
    assert cleaned == [clean(d) for d in documents]


def _with_copy(document: LoadedDocument) -> tuple[LoadedDocument, LoadedDocument]:
    return document, dataclasses.replace(document, id=document.id + "-copy")


def test_a_document_made_in_a_worker_comes_back_by_value_the_corpus_ones_by_reference():
    documents = _documents(SIZE)
    results = parallel.map_documents(_with_copy, documents, workers=2)
    assert all(given is document for (given, _), document in zip(results, documents, strict=True))
    assert [made.id for _, made in results] == [d.id + "-copy" for d in documents]
    assert results[0][1].text == documents[0].text


def test_tasks_cover_the_corpus_in_order_large_first_then_shrinking():
    for items in (1, parallel.PARALLEL_MIN_ITEMS, 10_009, 100_011):
        bounds = parallel.chunk_bounds(items, 2)
        assert bounds[0][0] == 0 and bounds[-1][1] == items
        assert all(end == start for (_, end), (start, _) in itertools.pairwise(bounds))  # no gap, no overlap
        sizes = [end - start for start, end in bounds]
        assert max(sizes) <= parallel.MAX_CHUNK_ITEMS
        assert sizes[:-1] == sorted(sizes[:-1], reverse=True)  # the last may be a remainder
    sizes = [end - start for start, end in parallel.chunk_bounds(100_011, 2)]
    assert sizes[0] == parallel.MAX_CHUNK_ITEMS and sizes[-2] == parallel.CHUNK_ITEMS


def test_progress_is_reported_up_to_the_total():
    seen = []
    parallel.map_documents(clean, _documents(SIZE), workers=2, progress=lambda *args: seen.append(args))
    assert seen[-1] == ("reading", SIZE, SIZE)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)


def _boom(document: LoadedDocument) -> None:
    raise ValueError(f"cannot read {document.id}")


def test_an_error_in_a_worker_reaches_the_caller():
    with pytest.raises(ValueError, match="cannot read"):
        parallel.map_documents(_boom, _documents(SIZE), workers=2)


def test_the_trace_does_not_depend_on_the_number_of_workers():
    corpus = Corpus(_documents(SIZE))
    one = trace_corpus(corpus, Config(workers=1))
    two = trace_corpus(corpus, Config(workers=2))
    assert render(one, "json") == render(two, "json")
    assert any(edge.relation == "copies" for edge in two.edges)


def test_the_json_rendered_on_two_processes_is_the_same_text():
    """The edges, passages and findings rendered by a forked process and read back after the
    articles and nodes: the same text as one process writes."""
    graph = trace_corpus(Corpus(_documents(SIZE)), Config(workers=2))
    assert any(edge.evidence for edge in graph.edges)
    assert "".join(iter_json(graph, workers=2)) == "".join(iter_json(graph, workers=1)) == render(graph, "json")


def test_the_json_with_its_edges_rendered_before_the_findings_is_the_same_text(monkeypatch):
    """The CLI has the edges and passages rendered by a forked process as soon as the graph
    stage made them (EarlyEdges, given to the trace as ``edges_made``): the same text."""
    from provenance.render.jsonout import EarlyEdges

    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)  # the pile's few hundred edges are rendered ahead too
    with EarlyEdges(workers=2) as early:
        graph = trace_corpus(Corpus(_documents(SIZE)), Config(workers=2, edges_made=early.start))
        assert early.started and graph.edges
        assert early.take(graph.edges[:-1]) is None  # other edges than those it rendered: not used
        assert "".join(iter_json(graph, workers=2, early=early)) == render(graph, "json")
        assert early.take(graph.edges) is None  # read once


def test_early_edges_not_read_let_their_process_and_file_go():
    from provenance.render.jsonout import EarlyEdges

    graph = trace_corpus(Corpus(_documents(SIZE)), Config(workers=1))
    with EarlyEdges(workers=2) as early:
        early.start(graph.edges * 2)  # enough edges to fork for
        assert early.started
    assert not early.started and early.take(graph.edges * 2) is None
    with EarlyEdges(workers=1) as alone:  # one worker: nothing rendered ahead, iter_json renders it all
        alone.start(graph.edges * 2)
        assert not alone.started
        assert "".join(iter_json(graph, workers=1, early=alone)) == render(graph, "json")


def test_the_cyclic_garbage_collector_is_restored_after_a_run(monkeypatch):
    import gc

    assert gc.isenabled()
    trace_corpus(Corpus(_documents(20)), Config(workers=1))
    assert gc.isenabled()

    def failing(*args, **kwargs):
        raise RuntimeError("stage failed")

    monkeypatch.setattr("provenance.pipeline._facts", failing)
    with pytest.raises(RuntimeError):
        trace_corpus(Corpus(_documents(20)), Config(workers=1))
    assert gc.isenabled()


def _killed(document: LoadedDocument) -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel does to a process out of memory


def test_a_worker_killed_from_outside_fails_the_run_instead_of_hanging():
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):
        parallel.map_documents(_killed, _documents(SIZE), workers=2)


def test_beside_runs_in_another_process_and_returns_the_result():
    wait = parallel.beside(lambda: (os.getpid(), [n * n for n in range(5)]), workers=2, items=SIZE)
    pid, squares = wait()
    assert squares == [0, 1, 4, 9, 16]
    assert pid != os.getpid()


def test_beside_runs_here_for_one_worker_or_a_small_corpus():
    assert parallel.beside(os.getpid, workers=1, items=SIZE)() == os.getpid()
    assert parallel.beside(os.getpid, workers=2, items=parallel.PARALLEL_MIN_ITEMS - 1)() == os.getpid()


def test_beside_passes_on_the_childs_error():
    def fails() -> None:
        raise ValueError("no translations")

    with pytest.raises(ValueError, match="no translations"):
        parallel.beside(fails, workers=2, items=SIZE)()
