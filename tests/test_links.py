"""Links as citations: a link to the source is the strongest evidence a page gives."""

from __future__ import annotations

import json
from pathlib import Path

import provenance
from provenance.attribution.links import normalised_url
from provenance.kinds import Relation

SCOOP = ("The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging contract from its "
         "own auditors for eight months, according to internal minutes seen by the newspaper.")


def _page(body: str, url: str, site: str, published: str) -> str:
    return (f"<!doctype html><html><head><title>Harbour</title><link rel='canonical' href='{url}'>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{published}'></head><body>"
            "<nav><a href='https://twitter.com/intent/tweet?url=x'>Share</a></nav>"
            f"<article><h1>Harbour</h1>{body}</article></body></html>")


def test_a_body_link_to_a_page_of_the_pile_cites_that_page(tmp_path: Path):
    (tmp_path / "a.html").write_text(_page(f"<p>{SCOOP}</p>", "https://radoracourier.example/news/harbour",
                                           "The Radora Courier", "2025-03-17T09:00:00+01:00"), encoding="utf-8")
    body = ("<p>The harbour board is said to have hidden a large overrun, as <a href='https://www.radoracourier.example"
            "/news/harbour/?utm_source=x'>a local paper found</a> this week.</p>"
            "<p>The board did not answer questions. <img src='https://cdn.example/pic.jpg'></p>")
    (tmp_path / "b.html").write_text(_page(body, "https://kettleblog.example/harbour", "Kettle Blog",
                                           "2025-03-17T15:00:00+01:00"), encoding="utf-8")
    graph = provenance.trace([tmp_path], provenance.Config(workers=1))
    edge = next(e for e in graph.edges if e.source == "b" and e.target == "a")
    assert edge.relation == Relation.CITES and edge.evidence[0].text == "a local paper found"
    assert graph.article("b").root == "a"
    links = [a for a in graph.article("b").attributions if a.kind == "link"]
    assert [a.url for a in links] == ["https://www.radoracourier.example/news/harbour/?utm_source=x"]


def test_a_bare_url_to_a_registered_outlet_cites_its_report(tmp_path: Path):
    record = {"outlet": "Kettle Blog", "url": "https://kettleblog.example/x", "published": "2025-03-18",
              "text": "The harbour board hid an overrun.\n\nSource: https://www.reuters.com/world/radora-harbour-2025\n\n"
                      "Our own earlier post: https://kettleblog.example/older and a share link "
                      "https://www.facebook.com/sharer/sharer.php?u=x"}
    path = tmp_path / "pile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1))
    links = [a for a in graph.article("pile#1").attributions if a.kind == "link"]
    assert [(a.label, a.outlet_id) for a in links] == [("Reuters", "reuters")]
    assert graph.article("pile#1").root == "report:reuters"


def test_a_records_links_field_is_read_where_its_words_stand(tmp_path: Path):
    record = {"outlet": "Kettle Blog", "url": "https://kettleblog.example/y", "published": "2025-03-18",
              "text": "The harbour board hid an overrun, the Courier's investigation shows.",
              "links": [{"url": "https://radoracourier.example/news/harbour", "text": "the Courier's investigation"},
                        "https://elsewhere.example/not-in-the-text"]}
    path = tmp_path / "pile.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    graph = provenance.trace([path], provenance.Config(workers=1))
    (link,) = [a for a in graph.article("pile#1").attributions if a.kind == "link"]
    assert link.source.text == "the Courier's investigation" and link.label == "radoracourier.example"


def test_one_address_in_its_spellings_is_one_key():
    assert normalised_url("https://www.x.org/a/?utm=1#top") == normalised_url("http://x.org/a")
