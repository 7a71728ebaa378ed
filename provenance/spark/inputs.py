"""Stage 1 on Spark: JSON Lines and Parquet files, local or on any file system Spark reads.

Each record becomes the same :class:`LoadedDocument` the local engine makes of it (same
id ``<file stem>#<line>``, same label ``<path>:<line>``), read on the executors, with a
sort key ``(file number, line or row number)`` that puts the corpus in the local order.
A file that cannot be used is one problem, as in :mod:`provenance.load`.
"""

from __future__ import annotations

import codecs
import datetime
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Literal, cast

from provenance import formats, load
from provenance.models import InputProblem, LoadedDocument

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.sql import Row, SparkSession

#: File name endings the Spark engine reads, and how.
SPARK_SUFFIXES: dict[str, Literal["jsonl", "parquet"]] = {".jsonl": "jsonl", ".ndjson": "jsonl",
                                                          ".parquet": "parquet"}

#: Splits of the JSON Lines input per core (in all): tasks of unequal length even out.
TASKS_PER_CORE = 4

RecordKey = tuple[int, int]  # (file number in corpus order, line or row number)


class SparkInputError(Exception):
    """Inputs the Spark engine cannot take as given; the message is shown to the user."""


@dataclass(frozen=True)
class InputFile:
    """One corpus file: where Spark reads it, and how the local engine would name it."""

    number: int
    uri: str
    label: str
    kind: Literal["jsonl", "parquet"]

    @property
    def stem(self) -> str:
        return PurePosixPath(self.label).stem


@dataclass(frozen=True)
class FileFailure:
    """A line that makes its whole file unusable (a binary file), as the local engine reads it."""

    message: str


def list_inputs(context: SparkContext, paths: Iterable[str]) -> tuple[tuple[InputFile, ...], tuple[InputProblem, ...]]:
    """The corpus files under ``paths`` in the local engine's order, and the paths not usable.

    Local paths are walked as the local engine walks them; ``hdfs://``, ``s3a://`` and
    other URIs are listed (globs allowed) through Spark's own Hadoop file system.
    """
    problems: list[InputProblem] = []
    local = [path for path in paths if "://" not in path or path.startswith("file://")]
    found = [(f"file://{os.path.abspath(path)}", label)
             for path, label in load.input_files([p.removeprefix("file://") for p in local], problems,
                                                 SPARK_SUFFIXES, hidden=(".", "_"))]
    for uri in (path for path in paths if path not in local):
        listed = _hadoop_files(context, uri)
        if not listed:
            problems.append(InputProblem(uri, "no such file or directory"))
        found.extend((name, name) for name in listed)
    files: list[InputFile] = []
    for uri, label in sorted(set(found), key=lambda item: item[1]):
        kind = SPARK_SUFFIXES.get(PurePosixPath(label).suffix.lower())
        if kind is None:
            problems.append(InputProblem(label, "not read by the Spark engine, which reads JSON Lines (.jsonl) "
                                                "and Parquet; trace this file with the local engine"))
            continue
        files.append(InputFile(len(files), uri, label, kind))
    _refuse_clashing_stems(files)
    return tuple(files), tuple(problems)


def _refuse_clashing_stems(files: list[InputFile]) -> None:
    """Record ids are ``<file stem>#<line>``: two files of one stem would give two articles one id."""
    seen: dict[str, str] = {}
    for item in files:
        if item.stem in seen:
            raise SparkInputError(f"{seen[item.stem]} and {item.label} have the same name; the Spark engine "
                                  "names records after their file: rename one")
        seen[item.stem] = item.label


def _hadoop_files(context: SparkContext, uri: str) -> list[str]:
    """Files matching ``uri`` (a file, a folder walked recursively, or a glob) on its file system."""
    jvm = context._jvm  # Spark's own gateway: the Hadoop client it was configured with
    if jvm is None:
        raise SparkInputError(f"{uri}: Spark's gateway is closed")
    pattern = jvm.org.apache.hadoop.fs.Path(uri)
    system = pattern.getFileSystem(context._jsc.hadoopConfiguration())
    names = []
    for status in system.globStatus(pattern) or []:
        if not status.isDirectory():
            names.append(status.getPath().toString())
            continue
        walk = system.listFiles(status.getPath(), True)
        while walk.hasNext():
            path = walk.next().getPath()
            if not path.getName().startswith((".", "_")):  # hidden files, _SUCCESS markers
                names.append(path.toString())
    return names


def read_records(spark: SparkSession, files: tuple[InputFile, ...],
                 max_record_bytes: int) -> RDD[tuple[RecordKey, LoadedDocument | InputProblem | FileFailure]]:
    """Every record of every file, read on the executors, keyed by its place in the corpus."""
    context = spark.sparkContext
    # enough splits of a few big files for every core (a 186 MB file is 6 splits by block size)
    splits = -(-TASKS_PER_CORE * context.defaultParallelism // max(1, sum(f.kind == "jsonl" for f in files)))
    parts = []
    for item in files:
        if item.kind == "jsonl":
            lines = context.textFile(item.uri, minPartitions=splits, use_unicode=False).zipWithIndex()
            parts.append(lines.flatMap(partial(_json_line, item, max_record_bytes)))
        else:
            rows = spark.read.parquet(item.uri).rdd.zipWithIndex()
            parts.append(rows.map(partial(_parquet_row, item)))
    return context.union(parts) if parts else context.emptyRDD()


def _json_line(item: InputFile, max_record_bytes: int,
               numbered: tuple[bytes, int]) -> Iterator[tuple[RecordKey, LoadedDocument | InputProblem | FileFailure]]:
    """One line of a JSON Lines file, as :func:`provenance.load._read_json_lines` reads it."""
    raw, number = numbered[0], numbered[1] + 1
    key = (item.number, number)
    if number == 1 and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield key, FileFailure("UTF-16 JSON Lines are read by the local engine only (save the file as UTF-8)")
        return
    try:
        if number == 1:
            load.decode_bytes(raw[:64])  # refuses a PDF or an image before any line is read
        # the local engine counts the line's end, which Hadoop's line reader drops
        records = load.json_line(raw, len(raw) + 1, number, item.stem, item.label, max_record_bytes)
    except load.UnreadableInput as error:
        yield key, FileFailure(str(error))
        return
    for record in records:
        yield key, record


def _parquet_row(item: InputFile,
                 numbered: tuple[Row, int]) -> tuple[RecordKey, LoadedDocument | InputProblem | FileFailure]:
    """One Parquet row as a record: named like a JSON list's items (``<stem>#<row>``)."""
    number = numbered[1] + 1
    record = {name: _plain(value) for name, value in numbered[0].asDict(True).items()}
    return (item.number, number), formats.record_to_document(record, f"{item.stem}#{number}",
                                                             f"{item.label}#{number}", "parquet", number)


def _plain(value: Any) -> Any:
    """Parquet's typed values as JSON would give them (timestamps as ISO 8601 text)."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {name: _plain(item) for name, item in value.items()}
    return value


def settled(records: RDD[tuple[RecordKey, LoadedDocument | InputProblem | FileFailure]],
            files: tuple[InputFile, ...]) -> tuple[RDD[tuple[RecordKey, LoadedDocument]], tuple[InputProblem, ...]]:
    """The documents of the usable files, and every problem in corpus order.

    A file with a failure is one problem (its first failure) and gives no documents; a
    file that gives nothing at all is "empty", as with the local engine.
    """
    small = records.filter(lambda pair: not isinstance(pair[1], LoadedDocument)).collect()
    failed: dict[int, str] = {}
    for (number, _), item in sorted(small, key=lambda pair: pair[0]):
        if isinstance(item, FileFailure):
            failed.setdefault(number, item.message)
    giving = set(records.map(lambda pair: pair[0][0]).distinct().collect())
    per_file: list[tuple[RecordKey, InputProblem]] = [
        ((number, 0), InputProblem(files[number].label, message)) for number, message in failed.items()]
    per_file += [((item.number, 0), InputProblem(item.label, "empty file")) for item in files
                 if item.number not in giving]
    per_file += [(key, item) for key, item in small if isinstance(item, InputProblem) and key[0] not in failed]
    documents = cast("RDD[tuple[RecordKey, LoadedDocument]]",
                     records.filter(lambda pair: isinstance(pair[1], LoadedDocument) and pair[0][0] not in failed))
    return documents, tuple(item for _, item in sorted(per_file, key=lambda pair: pair[0]))
