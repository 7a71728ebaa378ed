"""Plain, frozen dataclasses passed between the pipeline stages.

Each stage takes the previous stage's dataclasses and returns new ones; nothing is
mutated in place. Character offsets always index into ``LoadedDocument.text`` so that
``text[start:end]`` gives back the evidence a fact-checker can find on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from provenance.kinds import AttributionKind, Derivation, NodeKind, Relation, Role

if TYPE_CHECKING:  # optional notebook dependencies
    import networkx

    from provenance.notebook import Tables


class _Record:
    """Base of every record here: pickles as a call of the constructor.

    Slotted frozen dataclasses otherwise unpickle through a generic ``__setstate__`` that
    is several times slower, which shows when workers send back 100,000 articles.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        names: tuple[str, ...] = type(self).__slots__  # the subclass's: its fields, in order
        return type(self), tuple(getattr(self, name) for name in names)


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A slice of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- load


@dataclass(frozen=True, slots=True)
class LoadedDocument(_Record):
    """One article as read from disk, before any interpretation."""

    id: str
    path: str
    format: str
    text: str
    title: str | None = None
    url: str | None = None
    published_raw: str | None = None
    modified_raw: str | None = None
    outlet_raw: str | None = None
    outlet_raw_field: str | None = None
    record: int | None = None
    htmldate_raw: str | None = None  # htmldate's day for an HTML page (its own heuristics)
    links: tuple[PageLink, ...] = ()  # the links in the article's body (HTML anchors, a record's links)


@dataclass(frozen=True, slots=True)
class PageLink(_Record):
    """A link the article's body gives: where it points, and the words it is set on."""

    url: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class InputProblem(_Record):
    """An input that could not be read, with a one-line reason for the user.

    ``ignored``: a file of a format the tool does not read, met while walking a folder (a
    PDF, a .docx, a README.md). It is named, but it is no failure: the exit code and
    ``--strict`` count only inputs that should have been read.
    """

    path: str
    message: str
    ignored: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus(_Record):
    documents: tuple[LoadedDocument, ...]
    problems: tuple[InputProblem, ...] = ()


# -------------------------------------------------------------------------- clean


@dataclass(frozen=True, slots=True)
class Block(_Record):
    """A paragraph-sized region of the text and what the cleaner decided it is."""

    start: int
    end: int
    role: str  # "title", "body" or "chrome"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CleanedDocument(_Record):
    document: LoadedDocument
    blocks: tuple[Block, ...]

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role != "chrome")

    @property
    def chrome(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role == "chrome")

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """The story's own text: body blocks without the title."""
        return tuple(b for b in self.blocks if b.role == "body")


# ----------------------------------------------------------------------- identify


@dataclass(frozen=True, order=True, slots=True)
class PubDate(_Record):
    """A publication date at the precision the evidence gives (day, or time with offset)."""

    day: date
    clock: time | None = None
    utc_offset_minutes: int | None = None

    def isoformat(self) -> str:
        if self.clock is None:
            return self.day.isoformat()
        stamp = datetime.combine(self.day, self.clock)
        if self.utc_offset_minutes is not None:
            tz = timezone(timedelta(minutes=self.utc_offset_minutes))
            stamp = stamp.replace(tzinfo=tz)
        return stamp.isoformat(timespec="minutes" if self.clock.second == 0 else "seconds")


@dataclass(frozen=True, slots=True)
class DateCandidate(_Record):
    value: PubDate
    kind: str  # metadata-published, last-updated, dateline, page-chrome, ...
    strength: float
    span: Span | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class OutletCandidate(_Record):
    name: str
    outlet_id: str | None
    method: str  # metadata, domain, dateline, self-description, credit
    strength: float
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class MonthDate(_Record):
    """A publication month without its day ("date 2023-06" heading a page, a "/2023/06/"
    address): no publication date, but a range the page was published in."""

    year: int
    month: int
    kind: str  # head-line, url
    span: Span | None = None
    note: str = ""

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        following = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class Identity(_Record):
    outlet: OutletCandidate | None
    outlet_candidates: tuple[OutletCandidate, ...]
    published: DateCandidate | None
    date_candidates: tuple[DateCandidate, ...]
    #: The month the page gives when it gives no day (kept only when no date was chosen).
    month: MonthDate | None = None


# ------------------------------------------------------------------- attributions


@dataclass(frozen=True, slots=True)
class Attribution(_Record):
    """One place where an article credits a source."""

    kind: AttributionKind
    source: Span
    cue: Span | None
    sentence: Span
    label: str  # resolved source name ("The Washington Post", "unnamed sources")
    outlet_id: str | None = None
    relative_day: str | None = None  # "Saturday", "Friday", ...
    via: str | None = None  # how an anaphor ("the paper") was resolved
    phrase: Span | None = None  # the words to show: source, cue, day, "citing X"
    role: str = "source"  # "conduit": the outlet a source spoke to ("told CNN"); "actor": an outlet acting ("AP fired")
    chain: tuple[str, ...] = ()  # nested attribution, outermost first: ("TASS", "The Washington Post", "sources")
    url: str | None = None  # for a link: where it points


# ---------------------------------------------------------------------- text reuse


@dataclass(frozen=True, slots=True)
class NamedOutlet(_Record):
    """A registered outlet an article's body names, and where (read once per article)."""

    outlet_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage(_Record):
    """A sentence of one article matched by a sentence of another."""

    a: Span
    b: Span
    similarity: float
    words: int
    quoted: bool
    spread: int  # how many corpus articles carry this passage


@dataclass(frozen=True, slots=True)
class ReuseLink(_Record):
    a: str
    b: str
    passages: Sequence[Passage]  # a tuple, or passages.PassageRange (made when first read)
    coverage_a: float
    coverage_b: float
    score: float
    containment_a: float = 0.0  # share of a's narrative word trigrams also in b
    containment_b: float = 0.0
    narrative_similarity: float = 0.0  # words-weighted mean similarity of the close narrative passages
    longest_passage: int = 0  # words of the longest passage at MATCH_RATIO or more
    aligned_a: float = 0.0  # share of a's words in runs the token alignment pairs with b's (reuse.align)
    aligned_b: float = 0.0


# --------------------------------------------------------------------------- graph


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    kind: str  # attribution, dateline, credit, passage, date
    article: str
    text: str
    start: int | None = None
    end: int | None = None
    detail: str = ""
    other_article: str | None = None
    other_start: int | None = None
    other_end: int | None = None
    other_text: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class DateRange(_Record):
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True, slots=True)
class Node(_Record):
    id: str
    kind: NodeKind
    label: str
    in_corpus: bool
    outlet: str | None = None
    outlet_id: str | None = None
    published: str | None = None
    published_range: DateRange = field(default_factory=DateRange)
    title: str | None = None
    path: str | None = None
    note: str = ""
    role: Role | None = None  # decided once by the graph stage, after the chains
    person: str | None = None  # for a person's own publication
    platform: str | None = None  # "substack", "x", "telegram", ... where known
    url: str | None = None  # the article's URL, or the archived URL of a snapshot's original
    parent: str | None = None  # the target of the node's deciding edge: the next step of its chain


@dataclass(frozen=True, slots=True)
class ReuseFigures(_Record):
    """A text edge's reuse figures, as numbers: its source article against ``other_article``
    (the edge's target, or for a shares-source edge the article it shares the text with).
    Shares are 0-1; the ``other_`` figure is the same measure from the other side."""

    other_article: str
    derivation: Derivation | None  # copies and rewrites: wholly or partially derived (reuse.rule)
    aligned: float  # share of its words in runs the token alignment pairs with the other's
    other_aligned: float
    matched: float  # share of its words in sentences matched with the other's
    other_matched: float
    contained: float  # share of its narrative word trigrams found in the other
    other_contained: float
    similarity: float  # words-weighted mean similarity of the close narrative passages
    weight: float  # similarity-weighted words of the shared narrative passages (the link rule's)
    passages: int
    longest_passage: int  # words


@dataclass(frozen=True, slots=True)
class Edge(_Record):
    source: str  # the later article (or report) that took something
    target: str  # where it came from
    relation: Relation
    confidence: float
    evidence: tuple[Evidence, ...]
    reuse: ReuseFigures | None = None  # copies, rewrites, shares-source


@dataclass(frozen=True, slots=True)
class ArticleResult(_Record):
    """Everything the pipeline learnt about one input article."""

    id: str
    path: str
    title: str | None
    url: str | None
    identity: Identity
    attributions: tuple[Attribution, ...]
    chrome: tuple[Block, ...]
    direct_sources: tuple[str, ...] = ()
    chain: tuple[str, ...] = ()
    root: str | None = None
    published_range: DateRange = field(default_factory=DateRange)
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Finding(_Record):
    kind: str  # date-contradiction, ...
    message: str
    nodes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProvenanceGraph(_Record):
    """The result of :func:`provenance.trace`: the citation graph and every trace."""

    articles: tuple[ArticleResult, ...]
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    origins: tuple[str, ...]
    findings: tuple[Finding, ...] = ()
    problems: tuple[InputProblem, ...] = ()

    def node(self, node_id: str) -> Node:
        for candidate in self.nodes:
            if candidate.id == node_id:
                return candidate
        raise KeyError(node_id)

    def article(self, article_id: str) -> ArticleResult:
        for candidate in self.articles:
            if candidate.id == article_id:
                return candidate
        raise KeyError(article_id)

    def edges_from(self, node_id: str) -> tuple[Edge, ...]:
        return tuple(e for e in self.edges if e.source == node_id)

    def to_pandas(self) -> Tables:
        """Articles, nodes and edges as pandas DataFrames (:func:`provenance.notebook.to_pandas`)."""
        from provenance.notebook import to_pandas

        return to_pandas(self)

    def to_networkx(self) -> networkx.DiGraph:
        """The graph as a networkx DiGraph (:func:`provenance.notebook.to_networkx`)."""
        from provenance.notebook import to_networkx

        return to_networkx(self)
