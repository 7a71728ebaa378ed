"""Broken and hostile input: a clear message, nothing lost, nothing injected (issue 7)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from hostile.corpus import write_hostile_corpus

import provenance
from provenance import render
from provenance.cli import main
from provenance.config import Config
from provenance.load import load_corpus

GOOD = ("Harbour bridge {n} closes for repairs\n\nPORTLYN, March 15 - The Harbour Gazette reported on Friday that "
        "bridge {n} would close for two weeks, citing council documents.\n\nOfficials said repairs would start on "
        "Monday and that ferries would run every twenty minutes.\n")


def _write_broken(directory: Path) -> dict[str, str]:
    """Ten broken inputs and the words their message must contain."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "empty.txt").write_bytes(b"")
    (directory / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    (directory / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (directory / "nul.txt").write_bytes(b"text\x00\x00\x00\x00\x00\x00" * 50)
    (directory / "broken.json").write_text('{"title": "x", "text": ')
    (directory / "list.json").write_text('[1, 2]')
    (directory / "notext.json").write_text('{"title": "only a title"}')
    (directory / "lines.jsonl").write_text('{"text": "fine line"}\n{oops\n')
    (directory / "loop.txt").symlink_to(directory / "loop.txt")
    os.mkfifo(directory / "pipe.txt")
    return {"empty.txt": "empty file", "scan.txt": "PDF", "photo.txt": "PNG", "nul.txt": "NUL",
            "broken.json": "invalid JSON at line 1", "list.json#1": "not a JSON object",
            "notext.json": "no text", "lines.jsonl:2": "invalid JSON on this line",
            "loop.txt": "symlink loop", "pipe.txt": "not a regular file"}


def test_twenty_good_and_ten_broken(tmp_path):
    for n in range(20):
        (tmp_path / f"good{n:02d}.txt").write_text(GOOD.format(n=n))
    expected = _write_broken(tmp_path)
    result = CliRunner().invoke(main, ["trace", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    traced = {a["id"] for a in data["articles"]}
    assert {f"good{n:02d}" for n in range(20)} <= traced
    messages = {Path(p["path"]).name: p["message"] for p in data["problems"]}
    for name, words in expected.items():
        assert words in messages[name], (name, messages.get(name))
        assert f"{name}" in result.stderr
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == len(data["problems"])  # one line each


def test_strict_turns_skips_into_failure(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD.format(n=1))
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["trace", str(tmp_path), "--strict"])
    assert result.exit_code == 1 and "--strict" in result.stderr and result.stdout == ""


def test_huge_file_is_skipped_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # a sparse 200 MB file: no disk or memory used
        handle.truncate(200 * 1024 * 1024)
    (tmp_path / "good.txt").write_text(GOOD.format(n=1))
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["good"]
    assert "too large" in corpus.problems[0].message and "209,715,200 bytes" in corpus.problems[0].message


@pytest.mark.parametrize(("data", "expected"), [
    ("Café au lait, naïve señor".encode("latin-1"), "Café au lait, naïve señor"),
    ("“Smart quotes” – dash €".encode("cp1252"), "“Smart quotes” – dash €"),
    ("\ufeffUTF-16 text with BOM".encode("utf-16"), "UTF-16 text with BOM"),
    ("UTF-8 with BOM".encode("utf-8-sig"), "UTF-8 with BOM"),
])
def test_encodings_are_decoded(tmp_path, data, expected):
    (tmp_path / "a.txt").write_bytes(data)
    (document,) = load_corpus([tmp_path]).documents
    assert expected in document.text


def test_gbk_mojibake_and_mixed_encodings_still_load(tmp_path):
    (tmp_path / "gbk.txt").write_bytes("新闻报道说".encode("gbk") + b" and Reuters reported it.")
    (tmp_path / "mixed.txt").write_bytes("caf\xc3\xa9 and caf\xe9 in one file".encode("latin-1"))
    corpus = load_corpus([tmp_path])
    assert len(corpus.documents) == 2 and not corpus.problems


@pytest.mark.parametrize("html", [
    "<html><body><p>Unclosed paragraph <b>bold <i>nested",
    "<<<>>><p>Weird</p></div></div></body>",
    "<html><head><title>t</title></head><body>" + "<div>" * 3000 + "Deep text here, long enough." + "</div>" * 10,
    "<html><head><script>var x = '</script>';</script></head><body><p>Text after a broken script.</p></body></html>",
])
def test_broken_html_never_raises(tmp_path, html):
    (tmp_path / "page.html").write_text(html)
    corpus = load_corpus([tmp_path])
    assert len(corpus.documents) + len(corpus.problems) == 1


def test_directory_symlink_loops_are_not_followed(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD.format(n=1))
    (tmp_path / "sub" / "back").symlink_to(tmp_path, target_is_directory=True)
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["a"]


def test_ten_thousand_files(tmp_path):
    for n in range(10_000):
        (tmp_path / f"f{n:05d}.txt").write_text(f"Title {n}\nShort body number {n} about the bridge.\n")
    graph = provenance.trace([tmp_path])
    assert len(graph.articles) == 10_000 and not graph.problems


def test_inputs_are_never_modified(tmp_path):
    paths = write_hostile_corpus(tmp_path / "in", 6)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    CliRunner().invoke(main, ["trace", str(tmp_path / "in"), "-o", str(tmp_path / "out.svg")])
    assert before == {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def test_interrupted_write_keeps_the_old_output(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD.format(n=1))
    out = tmp_path / "graph.json"
    out.write_text("previous result")

    def interrupted(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    result = CliRunner().invoke(main, ["trace", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 2 and "No space left" in result.stderr
    assert out.read_text() == "previous result"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hostile")
    write_hostile_corpus(directory)
    return provenance.trace([directory], Config())


def test_hostile_corpus_traces_every_article(hostile_graph):
    assert len(hostile_graph.articles) == 30 and not hostile_graph.problems


def test_svg_stays_one_document_without_active_content(hostile_graph):
    svg = render.to_svg(hostile_graph)
    root = ElementTree.fromstring(svg.encode("utf-8"))  # still well-formed XML
    tags = {element.tag.rsplit("}", 1)[-1].lower() for element in root.iter()}
    assert not tags & {"script", "iframe", "img", "style", "foreignobject", "meta"}
    for element in root.iter():
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            assert not local.startswith("on"), (local, value[:80])
            if local == "href":
                assert not value.strip().lower().startswith("javascript:"), value[:80]
    assert "\u202e" not in svg and "\x00" not in svg


def test_dot_has_no_injected_statements(hostile_graph):
    dot = render.to_dot(hostile_graph)
    assert "\u202e" not in dot and "\x00" not in dot
    # Graphviz parsed the DOT: count what it drew (--expand: every edge of a story, further sources too)
    svg = render.to_svg(hostile_graph, render.DiagramOptions(expand=True))
    drawn_nodes = set(re.findall(r"<g id=\"(node&#45;n\d+)\"", svg))
    drawn_edges = set(re.findall(r"<g id=\"(edge&#45;\d+)\"", svg))
    assert drawn_nodes == {f"node&#45;n{i}" for i in range(len(hostile_graph.nodes))}
    from provenance.render.panels import plan
    from provenance.render.view import GraphView

    story = plan(hostile_graph, GraphView.of(hostile_graph), fold=False).story_of()
    within = {i for i, e in enumerate(hostile_graph.edges) if story.get(e.source) == story.get(e.target)}
    assert drawn_edges == {f"edge&#45;{i}" for i in within}  # edges between two stories' panels are not drawn
    assert "injected" not in re.sub(r"<title>.*?</title>|<text[^>]*>.*?</text>|xlink:title=\"[^\"]*\"", "", svg)


def test_json_holds_the_text_as_data(hostile_graph):
    data = json.loads(render.to_json(hostile_graph))
    assert len(data["articles"]) == 30


def test_unreadable_file_is_named_with_the_reason(tmp_path, monkeypatch):
    """Root reads any file, so the permission error is simulated where the loader opens it."""
    (tmp_path / "good.txt").write_text(GOOD.format(n=1))
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    real_open = Path.open

    def guarded(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["good"]
    assert [(Path(p.path).name, p.message) for p in corpus.problems] == [("secret.txt", "cannot read (Permission denied)")]


def test_an_impossible_timezone_offset_in_metadata_is_dropped_not_fatal(tmp_path):
    """"+24:00" parses but is no offset: the article is traced undated, the run goes on."""
    record = {"outlet": "Kettle Post", "url": "https://kettle.example/a", "published": "2025-03-06T05:18:00+24:00",
              "title": "Harbour", "text": "The harbour board paid Venn Marine in advance for dredging that never began."}
    path = tmp_path / "pile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", str(path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"][0]["published"] is None
