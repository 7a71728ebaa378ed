"""User-facing settings for a trace run.

Thresholds that are calibration rather than preference live as named constants in the
stage modules (with how they were calibrated); this holds what a user may choose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Called as progress(stage, done, total) during long stages ("loading", "aligning").
Progress = Callable[[str, int, int], None]

#: Files larger than this are skipped with a message instead of being read whole.
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    """Options for :func:`provenance.trace`.

    ``outlet_files`` extend or override the bundled outlet registry (same JSON format as
    ``provenance/data/outlets.json``); ``phrase_files`` do the same for attribution cues.
    ``vague_sources`` adds nodes for vague attributions ("US media reported");
    ``progress`` is told how far the long stages have got (the CLI draws a bar with it);
    ``workers`` is how many processes read articles (default: every core; 1: no fork).
    """

    outlet_files: tuple[Path, ...] = ()
    phrase_files: tuple[Path, ...] = ()
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    vague_sources: bool = True
    progress: Progress | None = None
    workers: int | None = None
