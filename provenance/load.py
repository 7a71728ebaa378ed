"""Stage 1, load: turn paths into :class:`LoadedDocument` records.

Reading is forgiving and honest: every file that cannot be used becomes an
:class:`InputProblem` with a one-line reason, and the rest of the corpus still loads.
Files are opened read-only and never modified.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from provenance import formats
from provenance.config import DEFAULT_MAX_FILE_BYTES, Progress
from provenance.models import Corpus, InputProblem, LoadedDocument

#: Extensions read when a directory is walked; other files there are ignored.
SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                      ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: A file with more NUL bytes than this share (and more than a stray few) is binary, not a
#: scraped page; a handful of NULs in real text are dropped by the normaliser instead.
BINARY_NUL_SHARE = 0.01
BINARY_NUL_MIN = 8

_MAGIC_NAMES = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive",
                b"\x1f\x8b": "a gzip archive"}


class UnreadableInput(Exception):
    """A file that cannot be used; the message is shown to the user as is."""


def load_corpus(paths: Iterable[str | os.PathLike[str]], max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                progress: Progress | None = None) -> Corpus:
    """Load every article under ``paths`` (files, or directories walked recursively)."""
    problems: list[InputProblem] = []
    files = input_files(paths, problems)
    documents: list[LoadedDocument] = []
    used_ids: set[str] = set()
    for number, (path, label) in enumerate(files, start=1):
        if progress is not None:
            progress("loading", number, len(files))
        try:
            records = _read_file(path, label, max_file_bytes)
        except UnreadableInput as error:
            problems.append(InputProblem(label, str(error)))
            continue
        for record in records:
            if isinstance(record, InputProblem):
                problems.append(record)
                continue
            unique = _unique_id(record.id, used_ids)
            documents.append(record if unique == record.id else replace(record, id=unique))
    return Corpus(tuple(documents), tuple(problems))


def joined(first: Corpus, second: Corpus) -> Corpus:
    """Two corpora as one, ids kept unique (the second's renamed "id~2" where they clash)."""
    used = {document.id for document in first.documents}
    renamed = []
    for document in second.documents:
        unique = _unique_id(document.id, used)
        renamed.append(document if unique == document.id else replace(document, id=unique))
    return Corpus((*first.documents, *renamed), (*first.problems, *second.problems))


def input_files(paths: Iterable[str | os.PathLike[str]], problems: list[InputProblem],
                suffixes: Mapping[str, str] = SUPPORTED_SUFFIXES, hidden: tuple[str, ...] = (".",)
                ) -> list[tuple[Path, str]]:
    """Every file under ``paths`` as (path, label), sorted by label: the corpus order.

    In folders, only files ending in one of ``suffixes`` are taken (others are listed as
    ignored) and names starting with one of ``hidden`` are passed over. Paths that cannot
    be used are added to ``problems``.
    """
    return sorted(set(_collect_files(paths, problems, suffixes, hidden)), key=lambda item: item[1])


def _collect_files(paths: Iterable[str | os.PathLike[str]], problems: list[InputProblem],
                   suffixes: Mapping[str, str], hidden: tuple[str, ...]) -> Iterator[tuple[Path, str]]:
    for raw in paths:
        path = Path(raw)
        label = os.fspath(raw)
        try:
            if path.is_dir():
                yield from _walk(path, problems, suffixes, hidden)
            elif path.exists():
                yield path, label
            elif path.is_symlink():
                problems.append(InputProblem(label, "broken symbolic link or symlink loop"))
            else:
                problems.append(InputProblem(label, "no such file or directory"))
        except OSError as error:  # e.g. a symlink loop on some systems, or a path too long
            problems.append(InputProblem(label, f"cannot open ({error.strerror or error})"))


def _walk(root: Path, problems: list[InputProblem], suffixes: Mapping[str, str],
          hidden: tuple[str, ...]) -> Iterator[tuple[Path, str]]:
    """Walk a directory in sorted order, following no symlinked directories (no loops)."""
    def on_error(error: OSError) -> None:
        problems.append(InputProblem(str(error.filename), f"cannot read directory ({error.strerror})"))

    for directory, subdirs, names in os.walk(root, onerror=on_error):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(hidden))
        for name in sorted(names):
            if name.startswith(hidden):
                continue
            path = Path(directory, name)
            if path.suffix.lower() not in suffixes:
                problems.append(InputProblem(str(path), _unsupported(path, suffixes), ignored=True))
                continue
            if path.is_symlink() and not path.exists():
                problems.append(InputProblem(str(path), "broken symbolic link or symlink loop"))
                continue
            yield path, str(path)


def _unsupported(path: Path, suffixes: Mapping[str, str]) -> str:
    kind = f"a {path.suffix.lower()} file" if path.suffix else "a file without an extension"
    known = ", ".join(dict.fromkeys(f".{name}" for name in suffixes.values()))
    return f"not read: {kind} is not a format provenance reads ({known})"


def _read_file(path: Path, label: str, max_file_bytes: int) -> list[LoadedDocument | InputProblem]:
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower(), "txt")
    if fmt == "jsonl":
        return _read_json_lines(path, label, max_file_bytes)
    text = decode_bytes(_read_bytes(path, max_file_bytes))
    if not text.strip():
        raise UnreadableInput("empty file")
    base_id = path.stem
    if fmt == "html":
        return [formats.parse_html(text, base_id, label)]
    if fmt == "json":
        return formats.parse_json(text, base_id, label)
    if fmt == "jsonl":
        return formats.parse_jsonl(text, base_id, label)
    return [LoadedDocument(id=base_id, path=label, format="txt", text=formats.normalise_text(text))]


def _read_json_lines(path: Path, label: str, max_record_bytes: int) -> list[LoadedDocument | InputProblem]:
    """A JSON Lines corpus, read record by record: a corpus file may be any size (the size
    limit is for one article, so it applies to each line); a bad line is one problem."""
    results: list[LoadedDocument | InputProblem] = []
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise UnreadableInput("not a regular file")
        with path.open("rb") as handle:
            head = handle.read(64)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # lines are not bytes apart
                return formats.parse_jsonl(decode_bytes(_read_bytes(path, max_record_bytes)), path.stem, label)
            decode_bytes(head)  # refuses a PDF or an image before any line is read
            handle.seek(0)
            for number, raw in enumerate(handle, start=1):
                results.extend(json_line(raw, len(raw), number, path.stem, label, max_record_bytes))
    except UnreadableInput:
        raise
    except OSError as error:
        raise UnreadableInput(f"cannot read ({error.strerror or error})") from None
    if not results:
        raise UnreadableInput("empty file")
    return results


def json_line(raw: bytes, size: int, number: int, stem: str, label: str,
              max_record_bytes: int) -> list[LoadedDocument | InputProblem]:
    """Line ``number`` of a JSON Lines file (``size`` bytes with its line end): nothing for a
    blank line, one problem for a record over the limit or broken JSON. Raises
    :class:`UnreadableInput` for bytes that are not text (the whole file is unusable)."""
    if not raw.strip():
        return []
    if size > max_record_bytes:
        return [InputProblem(f"{label}:{number}", f"record too large ({size:,} bytes; the limit for one "
                                                  f"article is {max_record_bytes:,})")]
    return formats.parse_jsonl(decode_bytes(raw), stem, label, first_line=number)


def _read_bytes(path: Path, max_file_bytes: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise UnreadableInput("not a regular file")
        size = info.st_size
        if size > max_file_bytes:
            raise UnreadableInput(f"too large ({size:,} bytes; the limit is {max_file_bytes:,})")
        with path.open("rb") as handle:
            return handle.read(max_file_bytes + 1)
    except UnreadableInput:
        raise
    except IsADirectoryError:
        raise UnreadableInput("is a directory") from None
    except OSError as error:
        raise UnreadableInput(f"cannot read ({error.strerror or error})") from None


def decode_bytes(data: bytes) -> str:
    """Decode a scraped page: BOMs first, then UTF-8, then Windows-1252 (never fails)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableInput(f"invalid {encoding.upper()} despite its byte-order mark") from None
    for magic, name in _MAGIC_NAMES.items():
        if data.startswith(magic):
            raise UnreadableInput(f"binary file ({name}), not text")
    if data and data.count(b"\x00") > max(BINARY_NUL_MIN, len(data) * BINARY_NUL_SHARE):
        raise UnreadableInput("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data)


#: Share of a Windows-1252 reading's letters outside ASCII above which the bytes are not
#: Western text: French or German pages have 2-6 % accented letters, a Cyrillic page read
#: as Windows-1252 nearly all ("Ãàçåòà" for "Газета").
MOJIBAKE_SHARE = 0.3
#: Encodings charset-normalizer may name for such bytes: its guesses among the Western
#: code pages are unreliable on short texts (French read as Mac Latin-2), so only these
#: scripts' single-byte encodings are taken from it.
NON_LATIN_ENCODINGS = frozenset({"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5", "cp866", "cp1253",
                                 "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620"})


def _legacy(data: bytes) -> str:
    """A page in a legacy encoding: Windows-1252 unless its letters say another script
    (a Cyrillic page in Windows-1251), which charset-normalizer then names."""
    western = data.decode("cp1252", errors="replace")
    letters = [ch for ch in western if ch.isalpha()]
    foreign = sum(1 for ch in letters if not ch.isascii())
    if not letters or foreign / len(letters) <= MOJIBAKE_SHARE:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding not in NON_LATIN_ENCODINGS:
        return western
    return str(best)


def _unique_id(candidate: str, used: set[str]) -> str:
    unique, counter = candidate, 2
    while unique in used:
        unique, counter = f"{candidate}~{counter}", counter + 1
    used.add(unique)
    return unique

