"""The Spark engine (provenance.spark): the local engine's output, byte for byte.

Spark runs here in local mode on two cores, one session for the module (starting one
takes several seconds). The corpus is the realistic synthetic one of the scale benchmark
(outlets, wire rewrites, copies, translations, duplicates), a few hundred articles,
split over two files with the kinds of bad input a real pile has.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks import synth_corpus
from provenance import render
from provenance.cli import main
from provenance.config import Config
from provenance.pipeline import trace
from provenance.spark import SparkInputError, spark_session, trace_spark

ARTICLES = 300


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    with spark_session("local[2]") as session:
        yield session


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two JSON Lines files of the synthetic corpus, a broken line, a blank line, a line that
    is not an object, an empty file and a PDF named .jsonl."""
    made = tmp_path_factory.mktemp("made")
    synth_corpus.write(made, seed=5, articles=ARTICLES)
    lines = (made / "corpus.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    folder = tmp_path_factory.mktemp("pile")
    half = len(lines) // 2
    (folder / "first.jsonl").write_text("".join(lines[:half]) + '{"text": \n\n[1, 2]\n', encoding="utf-8")
    (folder / "second.jsonl").write_text("".join(lines[half:]), encoding="utf-8")
    (folder / "empty.jsonl").write_text("", encoding="utf-8")
    (folder / "scan.jsonl").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    return folder


def _json(graph: object) -> str:
    return "".join(render.iter_json(graph))  # type: ignore[arg-type]


def test_the_spark_engine_gives_the_local_engines_json_byte_for_byte(spark: object, pile: Path) -> None:
    config = Config(workers=2)
    local = trace([pile], config)
    distributed = trace_spark([str(pile)], config, session=spark)  # type: ignore[arg-type]
    assert _json(distributed) == _json(local)
    assert len(local.articles) > 250
    relations = {edge.relation for edge in local.edges}
    assert {"copies", "cites"} <= relations  # the pairs were made and scored on the executors
    half = len((pile / "first.jsonl").read_text(encoding="utf-8").splitlines()) - 3
    assert [problem.path.rsplit("/", 1)[-1] for problem in local.problems] == [
        "empty.jsonl", f"first.jsonl:{half + 1}", f"first.jsonl:{half + 3}", "scan.jsonl"]


def test_parquet_rows_are_read_as_the_records_of_a_json_list(spark: object, pile: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in (pile / "second.jsonl").read_text(encoding="utf-8").splitlines()][:80]
    listed = tmp_path / "json"
    listed.mkdir()
    (listed / "pile.json").write_text(json.dumps(records), encoding="utf-8")
    written = tmp_path / "written"
    spark.read.json(str(pile / "second.jsonl")).limit(80).coalesce(1).write.parquet(str(written))  # type: ignore[attr-defined]
    table = tmp_path / "parquet"
    table.mkdir()
    shutil.copy(next(written.glob("*.parquet")), table / "pile.parquet")
    local = _json(trace([listed], Config(workers=1)))
    distributed = _json(trace_spark([str(table)], Config(workers=1), session=spark))  # type: ignore[arg-type]
    assert distributed == local.replace(f"{listed}/pile.json#", f"{table}/pile.parquet#")


def test_two_files_of_one_name_are_refused_with_both_named(spark: object, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "feed.jsonl").write_text('{"text": "Words enough for a record."}\n', encoding="utf-8")
    with pytest.raises(SparkInputError, match=r"a/feed\.jsonl and .*b/feed\.jsonl have the same name"):
        trace_spark([str(tmp_path)], Config(workers=1), session=spark)  # type: ignore[arg-type]


def test_the_cli_runs_the_spark_engine_and_writes_the_same_json(pile: Path, tmp_path: Path) -> None:
    """The user's command, in its own process (it starts and stops its own Spark)."""
    small = tmp_path / "small"
    small.mkdir()
    lines = (pile / "second.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (small / "feed.jsonl").write_text("".join(lines[:60]), encoding="utf-8")
    outputs = {}
    for engine in ("local", "spark"):
        out = tmp_path / f"{engine}.json"
        done = subprocess.run([sys.executable, "-m", "provenance.cli", "trace", str(small), "--engine", engine,
                               "--workers", "1", "-o", str(out)], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs[engine] = out.read_bytes()
    assert outputs["spark"] == outputs["local"]


def test_spark_options_are_checked_before_anything_starts(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["trace", str(tmp_path), "--master", "local[2]"])
    assert result.exit_code == 2 and "--master is for --engine spark" in result.output
    result = runner.invoke(main, ["trace", "https://example.org/story", "--engine", "spark"])
    assert result.exit_code == 2 and "not http(s) pages" in result.output


def test_without_pyspark_the_command_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text('{"text": "Words enough for one record."}\n', encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)  # what an install without the extra looks like
    result = CliRunner().invoke(main, ["trace", str(tmp_path), "--engine", "spark"])
    assert result.exit_code == 2
    assert "pip install 'provenance[spark]'" in result.output and "Traceback" not in result.output
