"""Run a per-article function over a corpus on every core.

Cleaning, identifying, reading attributions and profiling the text of one article need
nothing from any other article, and on a large corpus they are most of the work. Worker
processes are *forked*: they inherit the corpus, the outlet registry and the lexicons
instead of receiving them pickled. Results come back pickled with every input document
replaced by its index (``persistent_id``), so the parent keeps one copy of each text.
Results are returned in input order: the output does not depend on the number of workers.
"""

from __future__ import annotations

import copyreg
import io
import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from provenance.config import Progress
from provenance.models import LoadedDocument

#: Below this many articles, starting processes costs more than it saves.
PARALLEL_MIN_ITEMS = 400
#: Articles per task sent to a worker: large enough to amortise the pickling round trip.
#: The serial fallback reports progress every this many articles.
CHUNK_ITEMS = 100
#: The largest task. A worker remembers what it read (a sentence's findings, a block's
#: dates), and a story's copies stand within a few hundred articles of each other: in
#: tasks of 100 articles that alternate between two workers each met about half of a
#: story's copies. Tasks of 1,000 articles left 21 % fewer sentences to read afresh
#: (2,000: 22 %; realistic corpus, 8,000 articles of one worker's share).
MAX_CHUNK_ITEMS = 1000
#: Each task is at most the articles left over this many per worker, so the tasks shrink
#: near the end and no worker waits long for the last large one.
CHUNK_SHARES = 2

Result = TypeVar("Result")

#: The function and documents of the running map, set in the parent just before forking.
_JOB: tuple[Callable[[LoadedDocument], Any], Sequence[LoadedDocument]] | None = None
_POSITIONS: dict[int, int] | None = None
#: The function :func:`beside` runs, set in the parent just before forking.
_BESIDE: Callable[[], Any] | None = None


def worker_count(requested: int | None) -> int:
    """The workers to use: as requested, or every core this process may use."""
    return default_workers() if requested is None else requested


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_documents(function: Callable[[LoadedDocument], Result], documents: Sequence[LoadedDocument],
                  workers: int | None = None, progress: Progress | None = None,
                  stage: str = "reading") -> list[Result]:
    """``[function(d) for d in documents]``, split between ``workers`` forked processes."""
    workers = worker_count(workers)
    if workers <= 1 or len(documents) < PARALLEL_MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        return _serial(function, documents, progress, stage)
    global _JOB
    _JOB = (function, documents)
    try:
        chunks = chunk_bounds(len(documents), workers)
        results: list[Result] = []
        # An executor, not multiprocessing.Pool: a worker killed from outside (out of
        # memory) raises BrokenProcessPool here instead of leaving the run hanging.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for payload in pool.map(_run_chunk, chunks):
                results.extend(_DocumentUnpickler(io.BytesIO(payload), documents).load())
                if progress is not None:
                    progress(stage, len(results), len(documents))
        return results
    finally:
        _JOB = None


def chunk_bounds(items: int, workers: int) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` tasks covering ``items``: large ones (MAX_CHUNK_ITEMS)
    while many are left, so that each worker meets whole stories and its memos serve, then
    shrinking (the remainder over ``CHUNK_SHARES`` per worker, at least CHUNK_ITEMS), so
    that the workers finish together."""
    bounds, start = [], 0
    while start < items:
        size = max(CHUNK_ITEMS, min(MAX_CHUNK_ITEMS, (items - start) // (CHUNK_SHARES * workers)))
        bounds.append((start, min(start + size, items)))
        start += size
    return bounds


def beside(function: Callable[[], Result], workers: int | None = None, items: int = 0) -> Callable[[], Result]:
    """Start ``function()`` in a forked process; the returned function waits for its result.

    For a serial stage that needs nothing from the stage the parent runs meanwhile (the
    translations beside the reuse stage, which leaves one core of two idle about half the
    time). The child inherits what ``function`` reads instead of receiving it pickled; only
    its result comes back pickled. With one worker, a small corpus (``items`` below
    PARALLEL_MIN_ITEMS) or no ``fork``, ``function`` runs here and now.
    """
    if not forks(workers, items):
        result = function()
        return lambda: result
    global _BESIDE
    _BESIDE = function
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = pool.submit(_run_beside)  # forks here: the child holds the function from now on
    finally:
        _BESIDE = None

    def wait() -> Result:
        try:
            return future.result()
        finally:
            pool.shutdown()
    return wait


def forks(workers: int | None, items: int) -> bool:
    """Whether :func:`beside` runs a function in a forked process for ``workers`` and a
    corpus of ``items``: more than one worker, at least PARALLEL_MIN_ITEMS, ``fork`` available."""
    return worker_count(workers) > 1 and items >= PARALLEL_MIN_ITEMS and \
        "fork" in multiprocessing.get_all_start_methods()


def _run_beside() -> Any:
    assert _BESIDE is not None, "beside sets the function before forking"
    return _BESIDE()


def _serial(function: Callable[[LoadedDocument], Result], documents: Sequence[LoadedDocument],
            progress: Progress | None, stage: str) -> list[Result]:
    results = []
    for number, document in enumerate(documents, start=1):
        results.append(function(document))
        if progress is not None and (number % CHUNK_ITEMS == 0 or number == len(documents)):
            progress(stage, number, len(documents))
    return results


def _run_chunk(bounds: tuple[int, int]) -> bytes:
    """In a worker: the results of one chunk, pickled with documents by reference."""
    global _POSITIONS
    assert _JOB is not None, "map_documents sets the job before forking"
    function, documents = _JOB
    if _POSITIONS is None:
        _POSITIONS = {id(document): number for number, document in enumerate(documents)}
    buffer = io.BytesIO()
    _DocumentPickler(buffer, _POSITIONS).dump([function(documents[n]) for n in range(*bounds)])
    return buffer.getvalue()


def _document_at(position: int) -> LoadedDocument:
    """Stands in the pickles for an input document: the unpickler finds the parent's own
    (:meth:`_DocumentUnpickler.find_class`); never called."""
    raise AssertionError("documents are unpickled by _DocumentUnpickler")


class _DocumentPickler(pickle.Pickler):
    """Pickles each input document as a reference to its position in the corpus.

    The reference is made by a reducer for the document type alone (``dispatch_table``, looked
    up in C), not by ``persistent_id``, which pickle calls for every object, strings and
    numbers included: 2 million Python calls for 3,000 articles, 2 % of the workers' time.
    """

    def __init__(self, file: io.BytesIO, positions: dict[int, int]) -> None:
        self.dispatch_table = {**copyreg.dispatch_table, LoadedDocument: self._reduce_document}
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.positions = positions

    def _reduce_document(self, document: LoadedDocument) -> tuple[Callable[..., LoadedDocument], tuple[Any, ...]]:
        """The corpus's documents by position; any other (made in the worker) by value."""
        position = self.positions.get(id(document))
        return document.__reduce__() if position is None else (_document_at, (position,))


class _DocumentUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, documents: Sequence[LoadedDocument]) -> None:
        super().__init__(file)
        self.documents = documents

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _document_at.__name__:
            return self.documents.__getitem__
        return super().find_class(module, name)
