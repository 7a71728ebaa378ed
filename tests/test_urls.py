"""What an article's address says: the headline most sites spell in it."""

from __future__ import annotations

import pytest

from provenance.graph.leads import address_headline
from provenance.urls import slug_words


@pytest.mark.parametrize(("url", "words"), [
    ("https://gazette.example/2025/03/18/dredgeco-rejects-claims-of-hidden-overrun/",
     ("dredgeco", "rejects", "claims", "of", "hidden", "overrun")),
    ("https://gazette.example/news/8812/Hafenchef-weist-Bericht-ueber-Kosten-zurueck.html",
     ("Hafenchef", "weist", "Bericht", "ueber", "Kosten", "zurueck")),
    ("https://wire.example/article/us-radora-harbour-idUSKBN2XY0AB20250318", ()),  # an id, not a headline
    ("https://gazette.example/politics/", ()),
    ("https://gazette.example/news/show/1428783", ()),
    ("not a url at all", ()),
    ("https://gazette.example/abc%00def-ghi-jkl-mno-pqr", ("abc", "def", "ghi", "jkl", "mno", "pqr")),  # hostile bytes
    ("https://gazette.example/" + "-".join(["word"] * 500), ()),  # no headline runs to 500 words
    (None, ()),
])
def test_the_headline_words_of_an_address(url, words):
    assert slug_words(url) == words


def test_the_address_headline_is_written_as_the_page_writes_its_words():
    text = "Dredgeco, the contractor, said the Radora Courier had misread the invoices."
    assert address_headline(text, "https://gazette.example/dredgeco-rejects-radora-courier-claims") == \
        "Dredgeco rejects Radora Courier claims"
    assert address_headline(text, "https://gazette.example/world/") is None


def test_the_address_headline_gets_back_accents_and_umlauts():
    """Addresses drop accents ("dement") and write umlauts as two letters ("zurueck"): a
    word the page writes comes back as written, a German one it does not gets its umlauts."""
    assert address_headline("Le groupe dément la mort de son patron.",
                            "https://gazette.example/le-groupe-dement-la-mort-du-patron") == \
        "Le groupe dément la mort du patron"
    assert address_headline("Der Hafenchef ist am Dienstag nach den Enthüllungen gegangen.",
                            "https://zeitung.example/Hafenchef-tritt-nach-Enthuellungen-zurueck", "de") == \
        "Hafenchef tritt nach Enthüllungen zurück"
