"""What the graph stage needs to know about one article, gathered in one record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property

from provenance import textspans
from provenance.identify import IdentifiedDocument
from provenance.models import Attribution, Evidence, MonthDate, NamedOutlet, PubDate

#: Attribution kinds that name where the text came from (photo credits do not).
CITATION_KINDS = frozenset({"outlet", "dateline", "credit", "house-style", "link", "post"})
#: The article's own wire marks: a dateline, a credit line, an agency's house style.
WIRE_MARK_KINDS = frozenset({"dateline", "credit", "house-style"})
#: The marks that name the wire (a house style is only read from the copy's look).
NAMED_MARK_KINDS = frozenset({"dateline", "credit"})


def wire_marks(fact: ArticleFacts, kinds: frozenset[str] = WIRE_MARK_KINDS) -> frozenset[str]:
    """The wires whose mark of ``kinds`` a page carries, not its own outlet's."""
    return frozenset(a.outlet_id for a in fact.attributions
                     if a.kind in kinds and a.outlet_id and a.outlet_id != fact.publisher_id)


def is_carried_sentence(attribution: Attribution) -> bool:
    """A sentence of an agency's copy that names it and that every copier carries along with
    the rest ("AFP could not independently verify the documents": house style read from a
    cue), not a mark of the page's own furniture (dateline, credit line, sign-off). It says
    whose copy the text is, not which page a copier took it from."""
    return attribution.kind == "house-style" and attribution.cue is not None
#: A word inside a sentence (after a word or a comma): a name when it is capitalised.
_NAME = re.compile(r"(?<=[\w,] )[^\W\d_][\w'’-]{3,}")


@dataclass(frozen=True)
class ArticleFacts:
    identified: IdentifiedDocument
    attributions: tuple[Attribution, ...]
    language: str = "en"
    #: Read per article where the workers have the page (None: the graph stage reads them):
    #: the registered outlets the body names, and the people it says published the story
    #: (surname key, platform), from :mod:`provenance.graph.people`.
    body_outlets: tuple[NamedOutlet, ...] | None = None
    publishing: tuple[tuple[str, str], ...] | None = None
    #: Words of the sentences text reuse compares (its token stream; 0 when not profiled):
    #: with a link's aligned shares, how many words of a page a copy left untaken.
    compared_words: int = 0

    @property
    def id(self) -> str:
        return self.identified.cleaned.document.id

    @property
    def publisher_id(self) -> str | None:
        outlet = self.identified.identity.outlet
        return outlet.outlet_id if outlet else None

    @property
    def publisher_name(self) -> str | None:
        outlet = self.identified.identity.outlet
        return outlet.name if outlet else None

    @property
    def published(self) -> PubDate | None:
        chosen = self.identified.identity.published
        return chosen.value if chosen else None

    @property
    def month(self) -> MonthDate | None:
        """The month an undated page gives without its day ("date 2023-06", "/2023/06/")."""
        return self.identified.identity.month

    @property
    def title(self) -> str | None:
        document = self.identified.cleaned.document
        if document.title:
            return document.title
        for block in self.identified.cleaned.blocks:
            if block.role == "title":
                return document.text[block.start:block.end]
        return None

    @cached_property
    def content_words(self) -> frozenset[str]:
        """The body's words of four letters or more, lower-cased: what the page is about."""
        cleaned = self.identified.cleaned
        text = cleaned.document.text
        return frozenset(word for block in cleaned.paragraphs for word in textspans.words(text[block.start:block.end])
                         if len(word) >= 4)

    @cached_property
    def names(self) -> frozenset[str]:
        """The body's names: capitalised words of four letters or more that do not open a
        sentence, lower-cased. Two pages of one story share several; two stories that one
        outlet covered the same week share its name and little else."""
        cleaned = self.identified.cleaned
        text = cleaned.document.text
        return frozenset(word.lower() for block in cleaned.paragraphs
                         for word in _NAME.findall(text, block.start, block.end) if word[0].isupper())

    @cached_property
    def seconds(self) -> float:
        """Seconds since the epoch (midnight UTC for a bare day); unknown dates sort last.
        Kept: parent choice asks for it of every candidate parent of every page."""
        if self.published is None:
            return float("inf")
        moment = instant(self.published)
        if moment is None:
            moment = datetime.combine(self.published.day, datetime.min.time(), tzinfo=UTC)
        return moment.timestamp()

    @cached_property
    def cited(self) -> frozenset[str]:
        """:meth:`cited_outlets`, computed once (the graph asks for every link and citation)."""
        return self.cited_outlets()

    def cited_outlets(self) -> frozenset[str]:
        """Registered outlets this article names as a source (never its own publisher)."""
        return frozenset(a.outlet_id for a in self.attributions
                         if a.kind in CITATION_KINDS and a.outlet_id and a.outlet_id != self.publisher_id)


def attribution_evidence(article_id: str, attribution: Attribution) -> Evidence:
    phrase = attribution.phrase or attribution.source
    details = [f"{attribution.kind} source: {attribution.label}"]
    if attribution.cue:
        details.append(f"cue: {attribution.cue.text}")
    if attribution.via:
        details.append(attribution.via)
    kind = "attribution" if attribution.kind not in WIRE_MARK_KINDS else \
        "credit" if attribution.kind == "house-style" else attribution.kind
    return Evidence(kind=kind, article=article_id, text=phrase.text, start=phrase.start, end=phrase.end,
                    detail="; ".join(details))


def instant(value: PubDate) -> datetime | None:
    """An absolute time when the date has a clock and a UTC offset."""
    if value.clock is None or value.utc_offset_minutes is None:
        return None
    tz = timezone(timedelta(minutes=value.utc_offset_minutes))
    return datetime.combine(value.day, value.clock, tzinfo=tz)


def instant_order(first: PubDate | None, second: PubDate | None) -> int | None:
    """-1 or 1 when both dates are instants (a clock time with its offset) that differ."""
    if first is None or second is None:
        return None
    a, b = instant(first), instant(second)
    if a is None or b is None or a == b:
        return None
    return -1 if a < b else 1


def compare(first: PubDate | None, second: PubDate | None) -> int | None:
    """-1 if ``first`` is surely earlier, 1 if surely later, None when it cannot be told."""
    if first is None or second is None:
        return None
    exact = instant_order(first, second)
    if exact is not None:
        return exact
    if first.day != second.day:
        return -1 if first.day < second.day else 1
    return None


def slug(text: str) -> str:
    """A name as an id part: letters and digits of any script, runs of the rest one hyphen
    ("Голос Полісся" -> "голос-полісся"; an ASCII-only slug made every Cyrillic, Arabic or
    Chinese name one id)."""
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-") or "unknown"
