"""The command line: formats, output files, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from provenance import __version__
from provenance.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
MINI = str(FIXTURES / "mini")
OUTLETS = ["--outlets", str(FIXTURES / "outlets.json")]


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_version_and_help():
    assert _run("--version").output.strip() == f"provenance, version {__version__}"
    result = _run("trace", "--help")
    assert result.exit_code == 0 and "Examples:" in result.output and "--format" in result.output


def test_text_tree_is_the_default():
    result = _run("trace", MINI, *OUTLETS)
    assert result.exit_code == 0, result.output
    assert "Story origin: The Lakeside Gazette" in result.output
    assert "└── Northern Wire Service" in result.output


def test_format_from_output_extension(tmp_path):
    for name, check in [("g.json", lambda t: json.loads(t)["origin"] == "1-gazette"),
                        ("g.dot", lambda t: t.startswith("digraph")),
                        ("g.svg", lambda t: "<svg" in t)]:
        out = tmp_path / name
        result = _run("trace", MINI, *OUTLETS, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert check(out.read_text(encoding="utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_unknown_extension_is_a_usage_error(tmp_path):
    result = _run("trace", MINI, "-o", str(tmp_path / "graph.xyz"))
    assert result.exit_code == 2 and "--format" in result.output


def test_skipped_inputs_exit_1_and_are_named(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["trace", MINI, str(tmp_path), *OUTLETS, "--format", "json"])
    assert result.exit_code == 1
    assert "provenance: skipped" in result.stderr and "empty.txt: empty file" in result.stderr
    assert json.loads(result.stdout)["problems"][0]["message"] == "empty file"


def test_strict_fails_on_skips(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = _run("trace", MINI, str(tmp_path), "--strict")
    assert result.exit_code == 1 and "--strict" in result.stderr


def test_nothing_to_trace(tmp_path):
    result = _run("trace", str(tmp_path / "nothing-here"))
    assert result.exit_code == 1
    assert "no such file or directory" in result.stderr and "no articles to trace" in result.stderr


def test_refuses_to_overwrite_an_input(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Title\nSome text.")
    result = _run("trace", str(article), "-o", str(article), "--format", "text")
    assert result.exit_code == 2 and "refusing" in result.stderr
    assert article.read_text() == "Title\nSome text."


def test_bad_outlet_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = _run("trace", MINI, "--outlets", str(bad))
    assert result.exit_code == 2 and "bad.json" in result.stderr and "Traceback" not in result.output


def test_missing_argument_is_a_usage_error():
    assert _run("trace").exit_code == 2


def test_compare_shows_aligned_passages_side_by_side():
    result = _run("compare", str(FIXTURES / "mini" / "3-valley-times.json"), str(FIXTURES / "mini" / "2-wire.txt"),
                  "--width", "120")
    assert result.exit_code == 0, result.output
    assert "3-valley-times ⟷ 2-wire" in result.output
    assert "verbatim" in result.output and " │ " in result.output


def test_compare_needs_two_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nOnly one.")
    result = _run("compare", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and "exactly two" in result.stderr


def test_workers_option_changes_nothing_in_the_output():
    one = _run("trace", MINI, *OUTLETS, "--workers", "1", "-f", "json")
    default = _run("trace", MINI, *OUTLETS, "-f", "json")
    assert one.exit_code == 0 and one.output == default.output
    refused = _run("trace", MINI, "--workers", "0")
    assert refused.exit_code == 2 and "--workers" in refused.output


def test_ctrl_c_exits_130_and_writes_nothing(tmp_path, monkeypatch):
    from provenance import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_trace", interrupted)
    out = tmp_path / "graph.json"
    result = CliRunner().invoke(cli.main, ["trace", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 130 and "interrupted" in result.output and not out.exists()


def test_one_article_is_one_article(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe harbour board met on Monday and said nothing new.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", str(tmp_path / "a.txt")])
    assert result.output.startswith("1 article traced")


def test_a_folders_foreign_files_are_named_but_are_no_failure(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe harbour board met on Monday and said nothing new.\n", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", str(tmp_path), "--strict"])
    assert result.exit_code == 0, result.output
    assert "scan.pdf: not read: a .pdf file is not a format provenance reads" in result.stderr
    assert "README.md: not read" in result.stderr


def test_with_nothing_traced_quiet_still_says_why(tmp_path):
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", str(tmp_path / "a.json"), "--quiet"])
    assert result.exit_code == 1
    assert "a.json: invalid JSON" in result.stderr and "no articles to trace" in result.stderr


def test_png_and_pdf_are_written_and_byte_identical_across_runs(tmp_path):
    for suffix, magic in (("png", b"\x89PNG"), ("pdf", b"%PDF")):
        first, second = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        for path in (first, second):
            result = CliRunner().invoke(main, ["trace", "examples/calder-bridge", "--outlets", "examples/outlets.json",
                                               "-o", str(path)])
            assert result.exit_code == 0, result.output
        assert first.read_bytes().startswith(magic) and first.read_bytes() == second.read_bytes()


def test_the_format_and_the_extension_must_agree(tmp_path):
    result = CliRunner().invoke(main, ["trace", "examples/calder-bridge", "-f", "svg", "-o", str(tmp_path / "x.png")])
    assert result.exit_code == 2 and "make them agree" in result.output and not (tmp_path / "x.png").exists()
    result = CliRunner().invoke(main, ["trace", "examples/calder-bridge", "-f", "png"])
    assert result.exit_code == 2 and "-o FILE.png" in result.output


def test_the_tree_fits_the_terminal_and_findings_wrap_whole(tmp_path):
    result = CliRunner().invoke(main, ["trace", "examples/calder-bridge", "--outlets", "examples/outlets.json"],
                                env={"COLUMNS": "60"})
    lines = result.stdout.splitlines()
    assert all(len(line) <= 60 for line in lines), max(lines, key=len)
    assert "confidence (0-1)" in result.stdout
    findings = " ".join(line.strip() for line in lines[lines.index("Findings:") + 1:])
    assert "“the cables are rotting faster than anyone dares to admit” in 06-republic-voice" in findings


def test_a_diagram_may_go_into_the_input_folder_but_not_an_article_format(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe harbour board met on Monday and said nothing new.\n", encoding="utf-8")
    drawn = _run("trace", str(tmp_path), "-o", str(tmp_path / "story.dot"))
    assert drawn.exit_code == 0 and (tmp_path / "story.dot").exists()
    refused = _run("trace", str(tmp_path), "-o", str(tmp_path / "graph.json"))
    assert refused.exit_code == 2 and "next run would read it" in refused.stderr
    assert not (tmp_path / "graph.json").exists()


def test_compare_calls_nothing_verbatim_that_differs_by_a_word(tmp_path):
    text = ("The harbour board kept a forty million crown overrun on the Teller Quay dredging contract from its own "
            "auditors for eight months, according to internal minutes seen by the newspaper on Monday.")
    (tmp_path / "a.txt").write_text(f"Title\n{text}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Title\n{text.replace('eight months', 'nine months')}\n", encoding="utf-8")
    result = _run("compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 0, result.output
    assert "lightly edited" in result.output and "verbatim" not in result.output
    assert "character offsets" in result.output and "(characters " in result.output


def test_attributions_lists_one_per_line_under_a_header_row():
    result = _run("attributions", "examples/calder-bridge/02-cpa-wire.txt", "--outlets", "examples/outlets.json")
    assert result.exit_code == 0, result.output
    header, first, *_ = result.stdout.splitlines()
    assert header.split("\t")[:4] == ["article", "offsets", "kind", "source"]
    assert first.startswith("02-cpa-wire\t") and len(first.split("\t")) == 5


def test_a_reader_that_stops_early_is_not_an_error():
    """`provenance trace … -f json | head`: the closed pipe ends the run quietly, exit 0."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-c", "from provenance.cli import main; main()", "trace",
               str(root / "examples" / "calder-bridge"), "--outlets", str(root / "examples" / "outlets.json"),
               "-f", "json", "-q"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10).startswith(b"{")
        process.stdout.close()
        error = process.stderr.read().decode()
        assert process.wait(timeout=60) == 0, error
    assert "internal error" not in error and "Traceback" not in error


def test_json_output_is_streamed_to_the_file_as_to_json_writes_it(tmp_path):
    from provenance import render, trace
    from provenance.config import Config

    root = Path(__file__).resolve().parents[1]
    output = tmp_path / "graph.json"
    result = CliRunner().invoke(main, ["trace", str(root / "examples" / "calder-bridge"), "--outlets",
                                       str(root / "examples" / "outlets.json"), "-o", str(output), "-q"])
    assert result.exit_code == 0, result.output
    graph = trace([root / "examples" / "calder-bridge"], Config(outlet_files=(root / "examples" / "outlets.json",)))
    assert output.read_text(encoding="utf-8") == render.to_json(graph)
    data = json.loads(output.read_text(encoding="utf-8"))
    texts = {(p["article"], p["start"], p["end"]): p["text"] for p in data["passages"]}
    passages = [e for edge in data["edges"] for e in edge["evidence"] if e["kind"] == "passage"]
    assert passages and all(e["text"] is None and (e["article"], e["start"], e["end"]) in texts for e in passages)
    assert len(texts) == len(data["passages"])  # each sentence once, however many edges share it
