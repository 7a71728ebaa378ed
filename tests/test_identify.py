"""Stage 3, identify: outlet candidates and publication dates with their evidence."""

from __future__ import annotations

import pytest

from provenance import dates, pile
from provenance.clean import clean
from provenance.dates import choose, collect, resolve, shift_to_weekday, tz_offset_minutes, weekday_named
from provenance.identify import identify_corpus
from provenance.models import LoadedDocument
from provenance.outlets import Outlet, Registry

REGISTRY = Registry({o.id: o for o in [
    Outlet("cpa", "Continental Press Agency", "wire", aliases=("CPA",), domains=("cpa.example",), marks=("(CPA)",)),
    Outlet("herald", "The Eastport Herald", "newspaper", domains=("eastportherald.example",), country="XX"),
    Outlet("indian", "Indian Daily", "newspaper", domains=("indiandaily.example",), country="IN"),
]})


def _doc(text: str, **fields: str) -> LoadedDocument:
    return LoadedDocument(id=fields.pop("id", "x"), path="x.txt", format="txt", text=text, **fields)


def _identify(*documents: LoadedDocument):
    return identify_corpus(tuple(clean(d) for d in documents), REGISTRY)


def test_metadata_beats_domain_beats_dateline():
    doc = _doc("Title\nVELMORA, March 15 (CPA) - Story text.", outlet_raw="The Eastport Herald",
               outlet_raw_field="site_name", url="https://www.eastportherald.example/a")
    identity = _identify(doc)[0].identity
    assert identity.outlet.name == "The Eastport Herald" and identity.outlet.method == "metadata"
    assert [c.method for c in identity.outlet_candidates] == ["metadata", "domain", "dateline"]


def test_source_field_is_weaker_than_the_domain():
    doc = _doc("Title\nStory.", outlet_raw="Continental Press Agency", outlet_raw_field="source",
               url="https://eastportherald.example/a")
    assert _identify(doc)[0].identity.outlet.outlet_id == "herald"


def test_dateline_mark_identifies_a_wire_page_and_unknown_stays_unknown():
    wire, anonymous = _identify(_doc("Title\nVELMORA, March 15 (CPA) - Story.", id="w"),
                                _doc("Title\nJust a story.", id="n"))
    assert wire.identity.outlet.outlet_id == "cpa" and wire.identity.outlet.span.text == "(CPA)"
    assert anonymous.identity.outlet is None


def test_about_box_names_an_unregistered_site():
    text = "Title\nOne.\nTwo.\nThree.\nAbout Civic Watch\nWe watch."
    assert _identify(_doc(text))[0].identity.outlet.name == "Civic Watch"


@pytest.mark.parametrize(("name", "kind"), [
    ("The Westfold Gazette", "newspaper"),  # a masthead word ends the name
    ("The Radora Evening Courier", "newspaper"),
    ("Kettle Blog", "digital"),
    ("Notes from Moutrei", "digital"),
])
def test_a_pile_outlet_named_like_a_masthead_is_a_newspaper(name, kind):
    outlet = pile.pile_outlet(_doc("Story.", outlet_raw=name, url="https://site.example/a"), REGISTRY)
    assert outlet is not None and outlet.kind == kind


def test_last_updated_line_keeps_time_and_indian_time_zone():
    doc = _doc("Title\nLast Updated: November 06, 2022, 07:03 AM IST\nStory.", url="https://indiandaily.example/x")
    published = _identify(doc)[0].identity.published
    assert published.kind == "last-updated"
    assert published.value.isoformat() == "2022-11-06T07:03+05:30"


def test_yearless_dateline_takes_the_corpus_year_and_chrome_date_loses():
    dated = _doc("Title\nPublished 5 November 2022, 10:00 CET\nStory.", id="a")
    yearless = _doc("Monday, July 15, 2024\nTitle\nWASHINGTON, Nov 6 - Story.", id="b")
    first, second = _identify(dated, yearless)
    assert first.identity.published.value.isoformat() == "2022-11-05T10:00+01:00"
    assert second.identity.published.kind == "dateline"
    assert second.identity.published.value.isoformat() == "2022-11-06"
    assert "inferred" in second.identity.published.note
    assert [c.kind for c in second.identity.date_candidates if c.value.day.year == 2024] == ["page-chrome"]


def test_only_a_chrome_date_gives_no_publication_date():
    doc = _doc("Monday, July 15, 2024\nTitle\nStory without a date.")
    assert _identify(doc)[0].identity.published is None


def test_metadata_timestamp_with_offset():
    doc = _doc("Title\nStory.", published_raw="2025-03-14T18:40:00+01:00")
    cleaned = clean(doc)
    chosen = choose(resolve(collect(cleaned), None))
    assert chosen.kind == "metadata-published"
    assert chosen.value.isoformat() == "2025-03-14T18:40+01:00"


@pytest.mark.parametrize(("abbreviation", "country", "minutes"), [
    ("IST", "IN", 330), ("IST", "IE", 60), ("IST", None, 330), ("EDT", None, -240), ("MSK", "RU", 180),
    ("CEST", None, 120), ("JST", None, 540), ("UTC+3", None, 180), ("XYZ", None, None)])
def test_time_zone_table(abbreviation, country, minutes):
    assert tz_offset_minutes(abbreviation, country) == minutes


def test_relative_days():
    from datetime import date

    sunday = date(2022, 11, 6)
    assert shift_to_weekday(sunday, "Saturday") == date(2022, 11, 5)
    assert shift_to_weekday(sunday, "Sunday") == sunday
    assert shift_to_weekday(sunday, "yesterday") == date(2022, 11, 5)
    assert shift_to_weekday(sunday, "someday") is None


@pytest.mark.parametrize(("text", "language", "weekday"), [
    ("Am Montagabend hatte der Sender", "de", "Monday"),  # the time of day written onto the day
    ("a révélé vendredi soir", "fr", "Friday"),
    ("informó el martes", "es", "Tuesday"),
    ("divulgou na segunda-feira", "pt", "Monday"),
    ("meldde woensdag", "nl", "Wednesday"),
    ("Montana's governor", "de", None),
    ("on Monday", None, None),  # no language, no reading (English days are the cue rules')
])
def test_a_weekday_is_read_in_the_page_s_language(text, language, weekday):
    assert weekday_named(text, language) == weekday


@pytest.mark.parametrize(("line", "expected"), [
    ("Jane Rowe, Eastport Herald | March 4, 2023", "2023-03-04"),
    ("March 4, 2023 Harbour board orders a review of the dredging contract", "2023-03-04"),
    ("Updated 10:05 AM EST, Sat March 4, 2023", "2023-03-04"),
    ("Published 16.11.2022 14:05", "2022-11-16T14:05"),
    ("Updated: 11/16/2022 06:43pm EDT", "2022-11-16T18:43-04:00"),
    ("Jane Rowe | 16/11/2022", "2022-11-16"),
    ("08.02.2023", "2023-02-08"),
    ("Jane Rowe, 6. November 2022", "2022-11-06"),
    ("Publié le 6 novembre 2022 à 14:05", "2022-11-06T14:05"),
    ("Опубликовано 6 ноября 2022", "2022-11-06"),
    ("Date of publication: 27th, June 2023 GMT", "2023-06-27"),  # an ordinal and a comma (an Arabic site's line)
    ("Posted on the 4th of March 2023", "2023-03-04"),
    ("Jana Nováková | 12. 3. 2025 14:05", "2025-03-12T14:05"),  # Czech and Slovak space the dotted form
    ("Kovács Anna, 2025. 03. 12. 14:05", "2025-03-12T14:05"),  # the year first (Hungarian, Korean)
    ("2025.03.12 14:05", "2025-03-12T14:05"),
])
def test_a_byline_date_opens_or_ends_its_line(line, expected):
    doc = _doc(f"Title\n{line}\nThe story begins here and runs on for a while.", url="https://eastportherald.example/a")
    assert _identify(doc)[0].identity.published.value.isoformat() == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Published 4 March 2025 13:11 BRT", True),
    ("Posted on March 3, 2025 by admin", True),
    ("Updated: 16.11.2022 14:05", True),
    ("March 15, 2025 7:52 AM CET Updated 2 hours ago", True),  # the date opens the line
    ("Publié le 6 novembre 2022 à 14:05", True),
    ("4 March 2025", True),
    ("The report was published on 4 March 2025 by the ministry.", False),  # a story sentence naming a date
    ("On 4 March 2025 he resigned.", False),  # the date does not open it, and no date-line word
    ("Published in 2019", False),  # no date
    ("Updated with the ministry's reply to the questions the paper sent on 4 March 2025", False),  # too long
])
def test_a_date_line_is_told_from_a_story_sentence_that_names_a_date(line, expected):
    assert dates.is_date_line(line) is expected


def test_a_date_inside_a_photo_caption_is_not_the_publication_date():
    caption = ("Board chair Ilse Marrow speaks during a hearing at the harbour office March 4, 2023 in Velmora, "
               "Eastport.")
    doc = _doc(f"Title\n{caption}\nThe story begins here.", url="https://eastportherald.example/2023/05/31/harbour")
    published = _identify(doc)[0].identity.published
    assert published.kind == "url" and published.value.isoformat() == "2023-05-31"


def test_an_unregistered_host_is_named_by_its_site_and_a_raw_address_by_nothing():
    from provenance.identify import observe
    from provenance.outlets import load_registry

    def outlet(url: str) -> str | None:
        document = LoadedDocument(id="x", path="x.json", format="json", url=url,
                                  text="Harbour board hid overrun\nThe board kept an overrun from its auditors.")
        candidates = observe(clean(document), load_registry()).outlet_candidates
        return next((c.name for c in candidates if c.method == "unregistered-domain"), None)

    assert outlet("https://edition.r.worldcdn.net/news/harbour") == "worldcdn.net"
    assert outlet("https://news.kettlepost.co.uk/harbour") == "kettlepost.co.uk"
    assert outlet("http://15.188.22.1/news/harbour") is None
    assert outlet("https://www.radora.example/harbour") == "radora.example"


@pytest.mark.parametrize(("line", "kind"), [
    ("Veröffentlicht am 6. November 2022, 14:05", "published-line"),
    ("Aktualisiert: 16.11.2022 14:05", "last-updated"),
    ("Publié le 6 novembre 2022 à 14:05", "published-line"),
    ("Обновлено 6 ноября 2022", "last-updated"),
    ("Last Updated: Nov 6, 2022, 07:03 AM IST", "last-updated"),
])
def test_published_and_updated_lines_in_each_language(line, kind):
    doc = _doc(f"Title\n{line}\nThe story begins here and runs on for a while.", url="https://eastportherald.example/a")
    assert _identify(doc)[0].identity.published.kind == kind


@pytest.mark.parametrize("raw", ["2025-03-06T05:18:00Z", "2025-03-06T05:18:00-00:00", "2025-03-06T05:18:00+05:45",
                                 "2025-11-10T14:39:00-05:00", "2025-03-06", "2025-03-06T05:18", "2025-03-06 05:18:00",
                                 "2025-03-06T05:18:00.5+01:00", "1899-12-31T10:00:00Z", "2025-02-30",
                                 "2025-03-06T24:00:00", "2025-03-06T05:18:00+23:59"])
@pytest.mark.parametrize("country", [None, "US", "IN"])
def test_iso_stamps_read_as_dateutil_reads_them(raw, country, monkeypatch):
    fast = dates._from_metadata(raw, "metadata-published", country)
    monkeypatch.setattr(dates, "_iso_stamp", lambda _: None)
    assert fast == dates._from_metadata(raw, "metadata-published", country)


@pytest.mark.parametrize("raw", ["2025-03-06T05:18:00+24:00", "2025-03-06T05:18:00-25:00", "March 6 2025 5:18 +2400"])
def test_a_stamp_with_an_offset_of_a_day_or_more_is_no_date(raw):
    """An offset of 24 hours or more parses but is no offset: the stamp is dropped, never a crash."""
    assert dates._from_metadata(raw, "metadata-published", None) is None


@pytest.mark.parametrize(("fields", "text", "kind"), [
    ({"published_raw": "2024-06"}, "Title\nThe quay reopened after the repairs.", "metadata"),
    ({"published_raw": "June 2024"}, "Title\nThe quay reopened after the repairs.", "metadata"),
    ({}, "date 2024-06 The quay reopened\nThe quay reopened after the repairs.", "head-line"),
    ({}, "Title\njuin 2024\nLe quai a rouvert après les travaux.", "head-line"),
    ({"url": "https://harbournotes.example/2024/06/quay-reopens/"}, "Title\nThe quay reopened.", "url"),
])
def test_a_month_without_its_day_is_a_range_not_its_first_day(fields, text, kind):
    """"2024-06" is no claim of 1 June: no publication date, the month kept as its evidence."""
    identity = _identify(_doc(text, **fields))[0].identity
    assert identity.published is None
    assert identity.month is not None and (identity.month.isoformat(), identity.month.kind) == ("2024-06", kind)
    assert (identity.month.first_day.isoformat(), identity.month.last_day.isoformat()) == ("2024-06-01", "2024-06-30")


def test_a_day_wins_over_a_month_and_a_year_alone_is_no_date():
    dated = _identify(_doc("Title\nThe quay reopened.", published_raw="2024-06-12",
                           url="https://harbournotes.example/2024/06/quay-reopens/"))[0].identity
    assert dated.published is not None and dated.published.value.isoformat() == "2024-06-12" and dated.month is None
    year = _identify(_doc("Title\nThe quay reopened.", published_raw="2024"))[0].identity
    assert year.published is None and year.month is None  # not 1 January 2024
