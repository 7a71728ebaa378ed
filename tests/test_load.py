"""Stage 1, load: formats, field names, and bad files that must not stop the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write

from provenance.load import decode_bytes, load_corpus


def test_text_json_jsonl_and_html_are_read(tmp_path):
    write(tmp_path, "a.txt", "Title line\n\nBody text here.")
    write(tmp_path, "b.json", json.dumps({"headline": "H", "body": "Text of b.", "link": "https://x.example/b",
                                          "datePublished": "2024-01-02", "site_name": "X", "ignored": 1}))
    write(tmp_path, "c.jsonl", json.dumps({"text": "one"}) + "\n\n" + json.dumps({"content": "two"}) + "\n")
    write(tmp_path, "sub/d.html", "<html><head><title>D</title><meta property='og:site_name' content='Dee'>"
                                  "<meta property='article:published_time' content='2024-01-03T10:00:00+02:00'>"
                                  "</head><body><article><h1>D</h1><p>" + "Paragraph of page d. " * 10 +
                                  "</p></article></body></html>")
    write(tmp_path, "notes.md", "ignored: not an article format")
    corpus = load_corpus([tmp_path])
    assert [(Path(p.path).name, p.ignored) for p in corpus.problems] == [("notes.md", True)]
    assert "a .md file is not a format provenance reads" in corpus.problems[0].message
    by_id = {d.id: d for d in corpus.documents}
    assert sorted(by_id) == ["a", "b", "c#1", "c#3", "d"]
    assert by_id["b"].title == "H" and by_id["b"].url == "https://x.example/b"
    assert by_id["b"].published_raw == "2024-01-02" and by_id["b"].outlet_raw == "X"
    assert by_id["c#3"].text == "two"
    assert by_id["d"].outlet_raw == "Dee" and by_id["d"].published_raw == "2024-01-03T10:00:00+02:00"
    assert "Paragraph of page d." in by_id["d"].text


def test_json_list_and_articles_key(tmp_path):
    write(tmp_path, "l.json", json.dumps([{"text": "first"}, {"text": "second"}]))
    write(tmp_path, "w.json", json.dumps({"articles": [{"text": "third"}]}))
    corpus = load_corpus([tmp_path])
    assert [d.id for d in corpus.documents] == ["l#1", "l#2", "w#1"]


def test_bad_inputs_are_reported_and_the_rest_loads(tmp_path):
    write(tmp_path, "good.txt", "A good article.")
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "scan.txt", b"%PDF-1.7 binary stuff")
    write(tmp_path, "broken.json", "{not json")
    write(tmp_path, "feed.jsonl", json.dumps({"text": "ok"}) + "\n{broken\n")
    corpus = load_corpus([tmp_path, tmp_path / "missing.txt"])
    assert [d.id for d in corpus.documents] == ["feed#1", "good"]
    messages = {p.path.rsplit("/", 1)[-1]: p.message for p in corpus.problems}
    assert messages["empty.txt"] == "empty file"
    assert "PDF" in messages["scan.txt"]
    assert "invalid JSON at line 1" in messages["broken.json"]
    assert "invalid JSON on this line" in messages["feed.jsonl:2"]
    assert messages["missing.txt"] == "no such file or directory"


def test_encodings():
    assert decode_bytes("café".encode("cp1252")) == "café"
    assert decode_bytes("hello".encode("utf-16")) == "hello"
    assert decode_bytes("naïve".encode()) == "naïve"


def test_too_large_file_is_skipped(tmp_path):
    write(tmp_path, "big.txt", "x" * 2000)
    corpus = load_corpus([tmp_path], max_file_bytes=1000)
    assert not corpus.documents
    assert "too large" in corpus.problems[0].message


def test_duplicate_stems_get_unique_ids_and_order_does_not_matter(tmp_path):
    write(tmp_path, "x/a.txt", "one")
    write(tmp_path, "y/a.txt", "two")
    forward = load_corpus([tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"])
    backward = load_corpus([tmp_path / "y" / "a.txt", tmp_path / "x" / "a.txt"])
    assert [d.id for d in forward.documents] == ["a", "a~2"]
    assert forward == backward


def test_text_is_normalised(tmp_path):
    write(tmp_path, "a.txt", "line one\r\nline\x00 two\r")
    assert load_corpus([tmp_path]).documents[0].text == "line one\nline two\n"


def test_a_json_lines_corpus_is_read_record_by_record_whatever_its_size(tmp_path):
    """The size limit is for one article: a corpus file larger than it still loads, and only
    the one oversized line is refused, named by its line number."""
    line = json.dumps({"text": "The harbour board met on Monday. " * 10}) + "\n"
    huge = json.dumps({"text": "x" * 5000}) + "\n"
    path = write(tmp_path, "corpus.jsonl", line * 40 + huge + line)
    corpus = load_corpus([path], max_file_bytes=2000)
    assert len(corpus.documents) == 41 and path.stat().st_size > 2000 * 9
    assert [(p.path.rsplit(":", 1)[-1], "record too large" in p.message) for p in corpus.problems] == [("41", True)]
    assert corpus.documents[-1].id == "corpus#42"


@pytest.mark.parametrize(("text", "encoding"), [
    ("Газета сообщила в субботу, что администрация попросила правительство показать готовность к переговорам.",
     "cp1251"),
    ("Η εφημερίδα ανέφερε ότι η κυβέρνηση ζήτησε από την αντιπολίτευση να δείξει ετοιμότητα.", "cp1253"),
    ("Le quotidien a révélé samedi que l’administration avait demandé un délai.", "cp1252"),
    ("Die Zeitung berichtete am Samstag über die Gespräche; der Präsident äußerte sich nicht.", "latin-1"),
    ("Café à Paris", "cp1252"),
])
def test_legacy_encodings_decode_to_their_script(text, encoding):
    """Not UTF-8: Windows-1252 for Western pages, and the page's own code page when its
    letters are another script's (a Cyrillic page in Windows-1251 is not mojibake)."""
    assert decode_bytes(text.encode(encoding)) == text


#: Written for the test: a wire line in English and in Russian, as a scraper would store it.
_CLEAN = ("LONDON (Reuters) - The Post’s report said “the talks” were over. "
          "Газета «Вашингтон пост» сообщила об этом в субботу.")


@pytest.mark.parametrize("misread", ["latin-1", "cp1252"])
def test_utf8_that_was_misread_upstream_is_repaired(tmp_path, misread):
    """A scraper that decoded UTF-8 as Latin-1 or Windows-1252 stored "â€™" for ’ and "Ð“" for Г."""
    mojibake = _CLEAN.encode("utf-8").decode(misread, errors="ignore" if misread == "cp1252" else "strict")
    assert mojibake != _CLEAN and "Ð" in mojibake
    write(tmp_path, "pile.jsonl", json.dumps({"text": mojibake, "title": "Talks"}) + "\n")
    (document,) = load_corpus([tmp_path]).documents
    if misread == "latin-1":
        assert document.text == _CLEAN
    else:  # Windows-1252 has no character for five bytes: those letters are lost, the rest comes back
        assert document.text.startswith("LONDON (Reuters) - The Post’s report said “the talks")
        assert "â€" not in document.text and "Ð" not in document.text


@pytest.mark.parametrize("page", ["cp852", "cp437"])
def test_utf8_that_was_read_as_a_dos_code_page_is_repaired(tmp_path, page):
    """A feed that decoded UTF-8 as a DOS code page stored "ver├Âffentlicht" for
    "veröffentlicht"; a table drawn with box characters is left as it is."""
    clean = "Die Zeitung hat den Entwurf veröffentlicht; der Präsident äußerte sich nicht."
    mojibake = clean.encode("utf-8").decode(page)
    assert "├" in mojibake
    write(tmp_path, "pile.jsonl", json.dumps({"text": mojibake + "\n┌──┐ │ table │", "title": "Entwurf"}) + "\n")
    (document,) = load_corpus([tmp_path]).documents
    assert document.text.startswith(clean) and "┌──┐ │ table │" in document.text


def test_accented_text_that_only_looks_like_mojibake_is_left_alone(tmp_path):
    text = "« Il a bu un café» à Paris, dit SÃO PAULO Ölwerk. Â propos, ©2024."
    write(tmp_path, "page.txt", text)
    (document,) = load_corpus([tmp_path]).documents
    assert document.text == text
