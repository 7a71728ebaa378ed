"""Publication dates: every candidate on the page, its kind and strength, and the choice.

A wrong date turns a copy into an original, so each candidate keeps its kind and the
text it came from, page-chrome dates (a header or weather widget showing the day the
page was scraped) are recorded but never chosen, and a year-less dateline ("Nov 6")
takes its year from the article's other dates or from the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import UnknownLocaleError
from babel.dates import get_day_names, get_month_names
from dateutil import parser as dateparser

from provenance import resources
from provenance.models import CleanedDocument, DateCandidate, MonthDate, PubDate, Span
from provenance.textspans import word_pattern

#: Strength of each kind of date evidence, from the page's own metadata down to the
#: page chrome. Ordered by how often each kind named the right day on the seeds and the
#: htmldate evaluation pages; see docs/inference.md.
STRENGTH = {
    "metadata-published": 1.0,
    "published-line": 0.9,
    "last-updated": 0.8,
    "byline": 0.75,
    "dateline": 0.7,
    "htmldate": 0.65,
    "url": 0.6,
    "metadata-modified": 0.3,
    "in-story": 0.0,
    "page-chrome": 0.0,
}
#: Kinds never chosen as the publication date (kept and shown as evidence only): a
#: story's own dates ("the vote on Nov 5") are what it is about, not when it appeared.
NEVER_CHOSEN = frozenset({"page-chrome", "in-story"})
#: Lines longer than this are story text, not a byline, date line or dateline.
MAX_DATE_LINE_CHARS = 160
#: Only this many lines from the top of the body are searched for bylines and datelines.
HEAD_LINES = 8

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![^\W\d_])\.?")
#: A clock after a date, with "at" in some languages ("à 14:05", "um 14:05", "в 14:05").
_TIME = (r"(?:,?\s*(?:(?:at|à|a las|alle|um|в|o|kl\.?|klo)\s+)?"
         r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*\(?(?-i:(?P<tz>[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?))\)?(?![\w]))?)?")
_TEXT_DATE = re.compile(
    r"(?<![\w])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:(?:st|nd|rd|th),?(?:\s+of)?)?\s+{_MONTH.replace('month', 'month2')})"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\d])" + _TIME,
    re.IGNORECASE)
#: "16.11.2022", "11/16/2022", "16/11/2022 14:05", "11/16/2022 06:43pm EDT": day and month by
#: the separator (a dot is day.month), by which number exceeds 12, else by the country
#: (month/day in the United States).
_NUMERIC_DATE = re.compile(r"(?<![\d.:/])(?P<first>\d{1,2})(?P<sep>[./])(?P<space> ?)(?P<second_>\d{1,2})(?P=sep)"
                           r"(?P=space)(?P<year>(?:19|20)\d\d)(?![\d])" + _TIME, re.IGNORECASE)
#: The year first, its parts closed by dots, spaced or not, as Hungarian, Korean and Chinese
#: pages print it ("2025. 03. 12.", "2025.03.12 14:05"); Czech and Slovak space the day-first
#: form ("12. 3. 2025", read by ``_NUMERIC_DATE``).
_YEAR_FIRST_DATE = re.compile(r"(?<![\d.:/])(?P<year>(?:19|20)\d\d)\.(?P<space> ?)(?P<month>\d{1,2})\.(?P=space)"
                              r"(?P<day>\d{1,2})\.?(?![\d])" + _TIME, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:/|$|[-_])")
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'/ -]{1,40}(?:\s*\([^)]{1,30}\))?,\s*")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


@dataclass(frozen=True)
class RawDate:
    """A date found on the page; ``year`` is None for a year-less dateline."""

    year: int | None
    month: int
    day: int
    clock: time | None
    offset: int | None
    kind: str
    span: Span | None
    note: str = ""


@cache
def _country_zones() -> dict[str, str]:
    zones: dict[str, str] = resources.bundled("timezones.json")["countries"]
    return zones


def to_local_time(raw: RawDate, country: str | None) -> RawDate:
    """A UTC metadata timestamp shown in the publisher's country's time.

    Readers saw the page on the local day: 02:54 UTC on 2 May is the evening of 1 May
    in New York. Only exact-UTC stamps are moved; a stated offset is the page's own.
    """
    zone_name = _country_zones().get(country or "")
    if raw.clock is None or raw.offset != 0 or raw.year is None or not zone_name:
        return raw
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return raw
    utc = datetime(raw.year, raw.month, raw.day, raw.clock.hour, raw.clock.minute, raw.clock.second,
                   tzinfo=UTC)
    local = utc.astimezone(zone)
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return replace(raw, year=local.year, month=local.month, day=local.day, clock=local.time().replace(tzinfo=None),
                   offset=minutes, note=f"{raw.note}; shown in {zone_name} time (published from {country})")


@cache
def _timezones() -> dict[str, dict[str, object]]:
    table: dict[str, dict[str, object]] = resources.bundled("timezones.json")["abbreviations"]
    return table


def tz_offset_minutes(abbreviation: str, country: str | None) -> int | None:
    """UTC offset of a time zone abbreviation, read in the outlet's country where it differs."""
    offset_text = _utc_offset_text(abbreviation, country)
    if offset_text is None:
        return None
    sign = -1 if offset_text.startswith("-") else 1
    hours, _, minutes = offset_text.lstrip("+-").partition(":")
    return sign * (int(hours) * 60 + int(minutes or 0))


def _utc_offset_text(abbreviation: str, country: str | None) -> str | None:
    upper = abbreviation.upper()
    match = re.fullmatch(r"(?:UTC|GMT)([+-])(\d{1,2})(?::?(\d{2}))?", upper)
    if match:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    entry = _timezones().get(upper)
    if entry is None:
        return None
    by_country = entry.get("by_country") or {}
    assert isinstance(by_country, dict)
    return str(by_country.get(country or "", entry["default"]))


def collect(cleaned: CleanedDocument, country: str | None = None, localise: bool = True) -> list[RawDate]:
    """Every date candidate of one article: metadata, date lines, dateline, URL, chrome.

    ``localise`` shows UTC metadata stamps in the publisher's country's time; it is off
    for wires and international state media, whose clock is UTC for a world audience.
    """
    document = cleaned.document
    found = [to_local_time(d, country if localise else None) for d in (
        _from_metadata(document.published_raw, "metadata-published", country),
        _from_metadata(document.modified_raw, "metadata-modified", country),
        _from_metadata(document.htmldate_raw, "htmldate", country)) if d]
    if document.url:
        match = _URL_DATE.search(document.url)
        if match and _valid(int(match["year"]), int(match["month"]), int(match["day"])):
            found.append(RawDate(int(match["year"]), int(match["month"]), int(match["day"]), None, None,
                                 "url", None, f"from the URL {document.url}"))
    body_seen = 0
    for block in cleaned.blocks:
        span = Span(block.start, block.end, document.text[block.start:block.end])
        if block.role == "chrome":
            found.extend(replace(d, kind="page-chrome", note=block.reason) for d in _text_dates(span, country))
            continue
        head = _head_line_dates(span, country) if body_seen < HEAD_LINES else []
        found.extend(head)
        if not head:
            found.extend(replace(d, kind="in-story") for d in _text_dates(span, country))
        body_seen += 1
    return found


@cache
def _date_line_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of every language's "Published …" and "Updated …" lines (``date_lines``
    in ``data/languages/<code>.json``): a page's language is not needed to read its date."""
    kinds: dict[str, set[str]] = {"published": set(), "updated": set()}
    for data in resources.languages().values():
        for kind, words in data.get("date_lines", {}).items():
            kinds[kind].update(word.casefold() for word in words)
    return (word_pattern(sorted(kinds["published"])), word_pattern(sorted(kinds["updated"])))


#: A page's own date line ("Published 4 March 2025 13:11 BRT", "Updated: 16.11.2022 14:05",
#: "March 15, 2025 7:52 AM CET Updated 2 hours ago") is at most this long and has at most
#: DATE_LINE_OTHER_WORDS words besides its date and its "published"/"updated" words.
DATE_LINE_CHARS = 80
DATE_LINE_OTHER_WORDS = 4
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def is_date_line(text: str) -> bool:
    """A paragraph that only says when the page appeared or changed, not what happened:
    a dated "Published"/"Updated"/"Posted" line, or a line the date opens, with a few
    words at most besides ("by admin", "2 hours ago").

    Two outlets' reprints of one wire story differ in these lines alone, and a copy that
    took neither page's line should not count either's as text it left out. A story
    sentence that names a date ("The report was published on 4 March 2025 by the
    ministry") has too many other words.
    """
    if len(text) > DATE_LINE_CHARS or not _DIGIT.search(text):
        return False
    spans = sorted((d.span for d in _dates_in(text, None, 0, False) if d.year is not None and d.span is not None),
                   key=lambda span: span.start)
    if not spans:
        return False
    published, updated = _date_line_words()
    lowered = text.casefold()
    if spans[0].start > 0 and not (published.search(lowered) or updated.search(lowered)):
        return False
    rest = lowered
    for span in reversed(spans):
        rest = rest[:span.start] + " " + rest[span.end:]
    rest = updated.sub(" ", published.sub(" ", rest))
    return len(_LETTER_WORD.findall(rest)) <= DATE_LINE_OTHER_WORDS


def _head_line_dates(span: Span, country: str | None) -> list[RawDate]:
    """A dateline's date, or the date of a short byline / "Published" / "Updated" line."""
    if not _DIGIT.search(span.text):  # no date to read (every date pattern has a day number): skip the word lookups
        return []
    lowered = span.text.lower()
    dateline = _DATELINE.match(span.text)
    if dateline:
        dates = _text_dates(span, country, start_at=dateline.end(), anchored=True)
        if dates:
            return [replace(d, kind="dateline") for d in dates[:1]]
    if len(span.text) > MAX_DATE_LINE_CHARS:
        return []
    published, updated = _date_line_words()
    if updated.search(lowered):
        kind = "last-updated"
    elif published.search(lowered):
        kind = "published-line"
    else:
        kind = "byline"
    dates = sorted((d for d in _text_dates(span, country) if d.year is not None),
                   key=lambda d: d.span.start if d.span else 0)
    if kind == "byline":
        dates = [d for d in dates if _opens_or_ends_its_line(d, span)]
    return [replace(d, kind=kind) for d in dates[:1]]


#: A byline's date opens or ends its line ("Jane Doe, CNN | May 31, 2023", "date 2022-03-25
#: Kim orders a test"); one with a sentence before it and words after it is a photo caption
#: or story text: "Trump speaks during an event at the club April 4, 2023 in West Palm
#: Beach, Florida" is not when the page appeared; nor is a date with a long run of text on
#: both sides ("Member Brokepixel Joined May 11, 2017 Messages 3,066 Reactions ..."). A
#: date opens its line within BYLINE_HEAD_CHARS, ends it within BYLINE_TAIL_CHARS after a
#: head that is no sentence (fewer than CAPTION_HEAD_WORDS lower-case words).
BYLINE_HEAD_CHARS = 12
BYLINE_TAIL_CHARS = 24
CAPTION_HEAD_WORDS = 3
_SEPARATORS = " \t|·•-–—,.:;)("
_LOWER_WORD = re.compile(r"(?<![\w])[a-zß-ÿ][a-zß-ÿ]+(?![\w])")


def _opens_or_ends_its_line(found: RawDate, line: Span) -> bool:
    if found.span is None:
        return True
    head = line.text[:found.span.start - line.start].strip(_SEPARATORS)
    tail = line.text[found.span.end - line.start:].strip(_SEPARATORS)
    if not tail or len(head) <= BYLINE_HEAD_CHARS:
        return True
    return len(tail) <= BYLINE_TAIL_CHARS and len(_LOWER_WORD.findall(head)) < CAPTION_HEAD_WORDS


def _text_dates(span: Span, country: str | None, start_at: int = 0, anchored: bool = False) -> list[RawDate]:
    """The dates written in a block, with spans into the article (see :func:`_dates_in`)."""
    if not _DIGIT.search(span.text, start_at):  # every date pattern has a day number
        return []
    found = _dates_in(span.text, country, start_at, anchored)
    if span.start == 0:
        return list(found)
    return [replace(d, span=Span(d.span.start + span.start, d.span.end + span.start, d.span.text)) if d.span else d
            for d in found]


#: Blocks whose dates are kept for reuse (per process): a pile's copies repeat their blocks.
BLOCKS_KEPT = 16_384


@lru_cache(maxsize=BLOCKS_KEPT)
def _dates_in(text: str, country: str | None, start_at: int, anchored: bool) -> tuple[RawDate, ...]:
    """The dates of a block's text, spans counted from its start: they depend on the text
    (and the publisher's country) alone, so a block repeated across a pile is read once."""
    span = Span(0, len(text), text)
    results: list[RawDate] = []
    for match in _TEXT_DATE.finditer(span.text, start_at):
        if anchored and match.start() > start_at:
            break
        raw = _raw_from_match(match, span, country)
        if raw:
            results.append(raw)
    for match in _ISO_DATE.finditer(span.text, start_at):
        if _valid(int(match["year"]), int(match["month"]), int(match["day"])):
            results.append(RawDate(int(match["year"]), int(match["month"]), int(match["day"]), None, None, "",
                                   _sub(span, match.start(), match.end())))
    readers = ((_NUMERIC_DATE, _numeric), (_YEAR_FIRST_DATE, _year_first), (_month_names()[0], _named_month))
    for pattern, read in readers:
        for match in pattern.finditer(span.text, start_at):
            if anchored and match.start() > start_at:
                break
            raw = read(match, span, country)
            if raw is not None and not any(_overlaps(raw, found) for found in results):  # "September" is German too
                results.append(raw)
    return tuple(results)


def _overlaps(first: RawDate, second: RawDate) -> bool:
    a, b = first.span, second.span
    return bool(a and b and a.start < b.end and b.start < a.end)


def _raw_from_match(match: re.Match[str], span: Span, country: str | None) -> RawDate | None:
    month = _MONTHS[(match["month"] or match["month2"])[:3].lower()]
    day = int(match["day"] or match["day2"])
    year = int(match["year"]) if match["year"] else None
    return _raw(year, month, day, match, span, country)


def _raw(year: int | None, month: int, day: int, match: re.Match[str], span: Span,
         country: str | None) -> RawDate | None:
    """The date a match names, with its clock and zone when it gives them (``_TIME``'s groups)."""
    if not _valid(year or 2000, month, day):
        return None
    clock, offset = None, None
    if match["hour"] is not None and year is not None:
        hour = int(match["hour"]) % 24
        if match["ampm"]:
            hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
        if hour < 24 and int(match["minute"]) < 60:
            clock = time(hour, int(match["minute"]), int(match["second"] or 0))
            offset = tz_offset_minutes(match["tz"], country) if match["tz"] else None
    return RawDate(year, month, day, clock, offset, "", _sub(span, match.start(), match.end()))


def _year_first(match: re.Match[str], span: Span, country: str | None) -> RawDate | None:
    return _raw(int(match["year"]), int(match["month"]), int(match["day"]), match, span, country)


def _numeric(match: re.Match[str], span: Span, country: str | None) -> RawDate | None:
    first, second = int(match["first"]), int(match["second_"])
    if first > 12 or match["sep"] == ".":
        day, month = first, second
    elif second > 12 or country == "US":
        day, month = second, first
    else:
        day, month = first, second
    return _raw(int(match["year"]), month, day, match, span, country)


@cache
def _month_names() -> tuple[re.Pattern[str], dict[str, int]]:
    """Month names of every supported language but English (whose forms ``_TEXT_DATE``
    reads), from Babel's calendar data: "6 novembre 2022", "6. November 2022", "6 ноября 2022"."""
    names: dict[str, int] = {}
    for code in sorted(resources.languages()):
        if code == "en":
            continue
        try:
            for months in (get_month_names("wide", "format", locale=code),
                           get_month_names("wide", "stand-alone", locale=code),
                           get_month_names("abbreviated", "format", locale=code),
                           get_month_names("abbreviated", "stand-alone", locale=code)):
                for number, name in months.items():
                    names.setdefault(name.casefold().rstrip("."), number)
        except (UnknownLocaleError, ValueError):
            continue
    alternation = "|".join(re.escape(name) for name in sorted(names, key=lambda n: (-len(n), n)) if len(name) >= 3)
    pattern = re.compile(rf"(?<![\w])(?P<day>\d{{1,2}})\.?\s+(?P<name>{alternation})\.?,?\s+"
                         rf"(?P<year>(?:19|20)\d\d)(?![\d])" + _TIME, re.IGNORECASE)
    return pattern, names


#: A year and month opening a head line with no day after them ("date 2023-06 CNN
#: veröffentlicht …", "2023/06"), and a month's name and a year alone opening one ("June
#: 2023", "juin 2023"); a "/2023/06/" address without a day.
_YEAR_MONTH = re.compile(r"\s*(?:date\s*:?\s*)?(?P<year>(?:19|20)\d\d)[-/.](?P<month>0?[1-9]|1[0-2])(?![-/.]?\d)")
_URL_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>0[1-9]|1[0-2])/(?!\d)")


@cache
def _month_year() -> tuple[re.Pattern[str], dict[str, int]]:
    """A month's name and a year opening a line, in every supported language; each name's number."""
    numbers = {**_month_names()[1], **_ENGLISH_MONTHS}
    alternation = "|".join(re.escape(name) for name in sorted(numbers, key=lambda n: (-len(n), n)) if len(name) >= 3)
    return re.compile(rf"\s*(?P<name>{alternation})\.?\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE), numbers


_ENGLISH_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                   "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}


def _without_day(raw: str) -> tuple[int, int | None] | None:
    """(year, month or None) of a metadata value that gives no day ("2023-06", "June 2023",
    "2023"): what python-dateutil fills in from its default is not on the page."""
    if _ISO_STAMP.fullmatch(raw.strip()):
        return None
    try:
        first = dateparser.parse(raw, default=datetime(1, 1, 1), ignoretz=True)
        second = dateparser.parse(raw, default=datetime(1, 2, 2), ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.day == second.day or first.year < 1900 or first.year != second.year:
        return None
    return first.year, (first.month if first.month == second.month else None)


def gives_a_day(raw_dates: Iterable[RawDate]) -> bool:
    """Whether a page's dates include one that a publication date will be chosen from: then
    a month without its day (:func:`month_date`) is never read."""
    return any(d.year is not None and d.kind not in NEVER_CHOSEN and _valid(d.year, d.month, d.day)
               for d in raw_dates)


def month_date(cleaned: CleanedDocument) -> MonthDate | None:
    """The month a page gives without a day: its metadata, a head line opening with it, else
    its address. Kept only for a page with no publication date chosen (identify.resolve)."""
    document = cleaned.document
    for raw in (document.published_raw, document.modified_raw):
        partial = _without_day(raw) if raw else None
        if partial and partial[1]:
            return MonthDate(partial[0], partial[1], "metadata", None, f"page metadata gives the month: {raw}")
    text = cleaned.document.text
    for block in [b for b in cleaned.blocks if b.role != "chrome"][:HEAD_LINES]:
        month_year, numbers = _month_year()
        numeric = _YEAR_MONTH.match(text, block.start, block.end)
        found = numeric or month_year.match(text, block.start, block.end)
        if found is None:
            continue
        month = int(found["month"]) if numeric else numbers.get(found["name"].casefold())
        if month:
            span = Span(found.start(), found.end(), found.group(0))
            return MonthDate(int(found["year"]), month, "head-line", span, "a head line gives the month, not the day")
    match = _URL_MONTH.search(cleaned.document.url or "")
    if match:
        return MonthDate(int(match["year"]), int(match["month"]), "url", None,
                         f"the address gives the month: {cleaned.document.url}")
    return None


def _named_month(match: re.Match[str], span: Span, country: str | None) -> RawDate | None:
    month = _month_names()[1].get(match["name"].casefold())
    return _raw(int(match["year"]), month, int(match["day"]), match, span, country) if month else None


def _from_metadata(raw: str | None, kind: str, country: str | None) -> RawDate | None:
    """A metadata timestamp, parsed with python-dateutil, keeping its time and offset."""
    if not raw:
        return None

    def zone(name: str | None, offset: int | None) -> int | None:
        if offset is not None:
            return offset
        minutes = tz_offset_minutes(name, country) if name else None
        return minutes * 60 if minutes is not None else None

    try:
        parsed = _iso_stamp(raw) or dateparser.parse(raw, default=datetime(1, 1, 1), tzinfos=zone)
        offset = parsed.utcoffset()  # "+24:00" parses, but an offset of a day or more raises here
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year < 1900 or (parsed.day == 1 and _without_day(raw)):  # a day other than the default is written
        return None  # "2023-06", "June 2023", "2023": not its first day (month_date keeps a month)
    has_time = bool(re.search(r"\d[:h]\d\d", raw))
    return RawDate(parsed.year, parsed.month, parsed.day, parsed.time().replace(microsecond=0) if has_time else None,
                   int(offset.total_seconds() // 60) if offset is not None and has_time else None, kind, None,
                   f"{'htmldate' if kind == 'htmldate' else 'page metadata'}: {raw}")


#: The ISO 8601 stamps of page metadata ("2025-03-06T05:18:00+01:00"): read by Python's own
#: parser, which gives what python-dateutil gives them (a test compares both) at a tenth of its
#: cost; dateutil reads every other form. Most of a corpus's stamps are of this shape.
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)?)?")


def _iso_stamp(raw: str) -> datetime | None:
    """``raw`` read as an ISO 8601 stamp, or None when it is not one (or not a valid one)."""
    if not _ISO_STAMP.fullmatch(raw):
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _sub(span: Span, start: int, end: int) -> Span:
    return Span(span.start + start, span.start + end, span.text[start:end])


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def reference_day(raw_dates: list[RawDate]) -> date | None:
    """The strongest full date of an article (never page chrome): anchors year-less dates."""
    full = [d for d in raw_dates if d.year is not None and d.kind not in NEVER_CHOSEN]
    if not full:
        return None
    best = max(full, key=lambda d: STRENGTH.get(d.kind, 0.0))
    return date(best.year or 1, best.month, best.day)


def resolve(raw_dates: list[RawDate], reference: date | None) -> tuple[DateCandidate, ...]:
    """Turn raw dates into candidates, giving year-less ones the year nearest ``reference``."""
    candidates = []
    for raw in raw_dates:
        year, note = raw.year, raw.note
        if year is None:
            if reference is None:
                continue
            year = _nearest_year(raw.month, raw.day, reference)
            note = f"year {year} inferred from the corpus's other dates"
        if not _valid(year, raw.month, raw.day):
            continue
        value = PubDate(date(year, raw.month, raw.day), raw.clock, raw.offset)
        candidates.append(DateCandidate(value, raw.kind, STRENGTH.get(raw.kind, 0.5), raw.span, note))
    return tuple(candidates)


def _nearest_year(month: int, day: int, reference: date) -> int:
    options = [y for y in (reference.year - 1, reference.year, reference.year + 1) if _valid(y, month, day)]
    return min(options, key=lambda y: abs((date(y, month, day) - reference).days))


def choose(candidates: tuple[DateCandidate, ...]) -> DateCandidate | None:
    """The strongest candidate; among equals the most precise, then the earliest."""
    usable = [c for c in candidates if c.kind not in NEVER_CHOSEN]
    if not usable:
        return None
    return max(usable, key=lambda c: (c.strength, c.value.clock is not None, -c.value.day.toordinal()))


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@cache
def _weekday_words(language: str) -> re.Pattern[str] | None:
    """The language's weekday names (Babel's calendar data), each opening a word: German
    writes the time of day onto the day ("Montagabend"), Portuguese its "-feira"."""
    try:
        names = get_day_names("wide", "format", locale=language)
    except (UnknownLocaleError, ValueError):
        return None
    alternation = "|".join(f"(?P<d{number}>{re.escape(name)})" for number, name in sorted(names.items()))
    return re.compile(rf"(?<![\w-])(?:{alternation})", re.IGNORECASE)


def weekday_named(text: str, language: str | None) -> str | None:
    """The English name of the first weekday ``text`` names in ``language`` ("am
    Montagabend" -> "Monday", "lundi soir" -> "Monday"), if any. Limit: inflected forms
    ("в пятницу" for "пятница") are not read."""
    pattern = _weekday_words(language) if language and language != "und" else None
    found = pattern.search(text) if pattern is not None else None
    if found is None or found.lastgroup is None:
        return None
    return WEEKDAYS[int(found.lastgroup[1:])]


def shift_to_weekday(anchor: date, weekday_name: str) -> date | None:
    """The latest day on or before ``anchor`` that falls on ``weekday_name``."""
    names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    lowered = weekday_name.lower()
    if lowered == "today":
        return anchor
    if lowered == "yesterday":
        return anchor - timedelta(days=1)
    if lowered not in names:
        return None
    return anchor - timedelta(days=(anchor.weekday() - names.index(lowered)) % 7)
