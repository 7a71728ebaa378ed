"""Writing results safely: atomically, and never over an input file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from provenance.load import SUPPORTED_SUFFIXES  # the formats a later run would read

#: Output format implied by a file extension.
FORMAT_BY_SUFFIX = {".json": "json", ".dot": "dot", ".gv": "dot", ".svg": "svg", ".txt": "text", ".text": "text",
                    ".html": "html", ".htm": "html", ".provjson": "prov-json", ".provn": "provn",
                    ".graphml": "graphml", ".png": "png", ".pdf": "pdf", ".csv": "csv"}


class OutputError(Exception):
    """The output cannot be written; the message is for the user."""


def format_for(path: Path) -> str | None:
    if path.name.lower().endswith(".prov.json"):
        return "prov-json"
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def write_atomically(path: Path, content: str | bytes | Iterable[str],
                     inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write to a temporary file beside ``path`` and rename it into place.

    ``content`` may be an iterable of text pieces (the JSON of a big graph), written as
    they come, so the whole never has to be held as one string.

    An interrupted run leaves the old file or the new one, never half of one. Refuses
    to write over any of ``inputs``, or to put a file the next run would read as an
    article (.txt, .json, .html, ...) into an input directory; a diagram beside the pile
    is fine.
    """
    target = path.resolve()
    readable = target.suffix.lower() in SUPPORTED_SUFFIXES
    for raw in inputs:
        source = Path(raw).resolve()
        if target == source:
            raise OutputError(f"{path}: refusing to overwrite an input ({raw})")
        if readable and source in target.parents:
            raise OutputError(f"{path}: refusing to write an article format into an input folder ({raw}): "
                              "the next run would read it as an article")
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"{path}: directory {directory} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        if isinstance(content, bytes):
            with os.fdopen(handle, "wb") as binary:
                binary.write(content)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.writelines([content] if isinstance(content, str) else content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as error:
        if "temporary" in locals() and os.path.exists(temporary):
            os.unlink(temporary)
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
