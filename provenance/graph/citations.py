"""Edges from what an article names: outlets, datelines, credits, people's publications.

A named outlet's article in the pile is the target when there is one (not published
after the citing page); otherwise the outlet's report becomes a node of its own. A
person's attribution is a citation only when it names a publication of theirs ("wrote in
a Substack post", "said on Telegram"); "told reporters" is a quote, not a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from provenance import dates, resources, textspans
from provenance.attribution.links import normalised_url
from provenance.facts import ArticleFacts, attribution_evidence, slug
from provenance.graph.background import body_outlets, earlier_year
from provenance.graph.followups import denies
from provenance.graph.index import FactIndex
from provenance.graph.leads import address_headline
from provenance.graph.nodes import NodeTable, report_node
from provenance.graph.organisations import body_statement_edges, named_organisation_edge, organisation_statement_edge
from provenance.graph.people import (
    EMBEDDED_POST_CONFIDENCE,
    LEAD_SPEAKER_CONFIDENCE,
    OTHER_PUBLISHER_CONFIDENCE,
    account_publication_edge,
    credit_publication_edge,
    headline_speaker_edge,
    lesser_publishers_lowered,
    named_publisher_edges,
    person_key,
    person_publication_edge,
    side_quotes_lowered,
)
from provenance.graph.retold import DATED_EARLIER_NOTE, called_first
from provenance.kinds import NodeKind, Relation
from provenance.models import Attribution, Edge, Evidence, Node
from provenance.outlets import Outlet, Registry

#: Confidence of a single piece of attribution evidence, by its kind.
ATTRIBUTION_CONFIDENCE = {"outlet": 0.85, "dateline": 0.85, "credit": 0.8, "house-style": 0.5, "link": 0.85,
                          "post": EMBEDDED_POST_CONFIDENCE, "vague-media": 0.3, "named-only": 0.35}
#: A citation in the lead (the first LEAD_CHARS characters of the body) names the story's
#: source; one further down is often background ("The Post reported in 2020 that ...").
#: Calibrated on the real-page development piles: leads run 250-600 characters.
LEAD_CHARS = 500
#: Outlet kinds that publish news (a journal its papers): a ministry or a company named in a story is its subject.
MEDIA_KINDS = frozenset({"wire", "newspaper", "broadcaster", "magazine", "journal", "state-media", "aggregator",
                         "digital", "blog"})
#: Confidence of a page's citation of the outlet its lead's speaker spoke to, when it names
#: no source: below any cue's.
CONDUIT_CONFIDENCE = 0.5
LEAD_BONUS = 0.05
#: A citation whose sentence tells the headline's news (shares at least HEADLINE_WORDS of its
#: words of four letters or more) is the page's source more than one for a detail: a
#: bonus below any difference between kinds of evidence, so it decides only between equals.
HEADLINE_BONUS = 0.02
#: An outlet the headline itself names ("…: CNN", "…, Chosun Ilbo says") is the teller of
#: the page's news: a bonus that, like the headline's, decides between equals.
HEADLINE_TELLER_BONUS = 0.03
HEADLINE_WORDS = 3
#: A citation whose words say the report was the story's first ("first reported by the Daily
#: Beast", ``first_report_phrases``) names the origin the page knows of: it outranks the other
#: reports the page names (0.1 is above every bonus and difference between kinds of evidence
#: but the lead's and the headline's together: the AP pile's firing pages name the agency
#: they write about in every paragraph, and the outlet that broke the firing once).
FIRST_REPORT_BONUS = 0.1
#: An outlet named without a cue that no page of the pile cites as a source: a name in the
#: story (a network that aired an interview), less likely its source than a known publisher
#: (0.34) or an outlet the pile cites (0.35).
UNCITED_NAMED_CONFIDENCE = 0.33
#: Confidence of "state media reported" resolved by the pile to one state outlet (KCNA).
RESOLVED_STATE_CONFIDENCE = 0.6
#: Confidence of a citation of a report the page dates to an earlier year, or of an
#: outlet named with a verb of denial ("TF1 a démenti"): background, not a source.
BACKGROUND_CONFIDENCE = 0.3
#: Confidence of an outlet named acting in the story ("AFP withdrew its report", "AP has fired
#: the reporter"): no source of the page, but more than background: the pile is about that
#: outlet, so the mention counts where :mod:`.retold` weighs how much the pile leans on it.
ACTOR_CONFIDENCE = 0.32
#: How near the citation's words a year must be to date the cited report.
YEAR_NEAR_CHARS = 25
_RELATIONS = {"outlet": Relation.CITES, "dateline": Relation.CREDITS, "credit": Relation.CREDITS,
              "house-style": Relation.CREDITS,
              "link": Relation.CITES, "post": Relation.CITES}


def citation_edges(fact: ArticleFacts, index: FactIndex, registry: Registry, nodes: NodeTable,
                   vague_sources: bool) -> Iterable[Edge]:
    """Every citation one article makes, as edges to the nodes it names.

    A page in a language we read no cues for still names its source: when no citation is
    found, every registered outlet the body names (in any script) is a weak citation.
    """
    found = _background_by_first_mention(list(_cue_citations(fact, index, registry, nodes, vague_sources)), fact,
                                         index, registry, nodes)
    found = _background_told_as_earlier(found, fact, nodes)
    found = lesser_publishers_lowered(found, index, nodes)
    if not any(edge.relation != Relation.WEAKLY_CITES for edge in found):
        # an outlet already read (a denier, a background report) is not named again as a weak source
        answered = {nodes[edge.target].outlet_id for edge in found}
        found.extend(edge for edge in named_outlet_edges(fact, index, registry, nodes)
                     if nodes[edge.target].outlet_id not in answered)
        found.extend(_named_publisher_or_organisation(fact, index, nodes))
        if not found:  # nothing named at all: the outlet the lead's speaker spoke to
            found.extend(_lead_conduit_edges(fact, index, registry, nodes))
        if not found:  # nor that: a registered body's own words the page gives
            found.extend(body_statement_edges(fact, registry, nodes, index.spokespeople))
    else:  # a known publisher named beside a cited source is kept as evidence ("… in Taibbi's
        # tweets"), below what decides a chain or a group's citation, unless the pile's main
        # publisher is named beside a lesser one's side quote (side_quotes_lowered)
        cited = {nodes[edge.target].person for edge in found}
        named = [edge for edge in named_publisher_edges(fact, index, nodes) if nodes[edge.target].person not in cited]
        found, leading = side_quotes_lowered(found, named, index, nodes, index.leads[fact.id],
                                             fact.identified.cleaned.document.text)
        found.extend(edge if edge.target in leading or edge.relation == Relation.CITES else  # a lead's speaker
                     replace(edge, confidence=min(edge.confidence, OTHER_PUBLISHER_CONFIDENCE)) for edge in named)
    headline = headline_speaker_edge(fact, index, nodes)  # "Kuleba: …"
    return found if headline is None else [*found, headline]


def _named_publisher_or_organisation(fact: ArticleFacts, index: FactIndex, nodes: NodeTable) -> list[Edge]:
    """The known publishers a page names without a cue, or the pile's organisation it names
    when more pages give the organisation speaking (organisations.py): the publishers' posts
    then stay as evidence, below it."""
    named = named_publisher_edges(fact, index, nodes)
    most = max((index.publisher_pages.get(person_key(nodes[edge.target].person or ""), 0) for edge in named),
               default=0)
    organisation = named_organisation_edge(fact, index.organisations, most, nodes)
    if organisation is None:
        return named
    return [organisation, *(replace(edge, relation=Relation.WEAKLY_CITES,
                                    confidence=min(edge.confidence, OTHER_PUBLISHER_CONFIDENCE))
                            if edge.confidence < LEAD_SPEAKER_CONFIDENCE else edge for edge in named)]


def _cue_citations(fact: ArticleFacts, index: FactIndex, registry: Registry, nodes: NodeTable,
                   vague_sources: bool) -> Iterable[Edge]:
    lead_end = _lead_end(fact)
    people = index.publishing.get(fact.id, {})
    headline = _headline_words(fact)
    headline_named: frozenset[str] | None = None  # read when a citation first needs it (an address is costly)
    for attribution in fact.attributions:
        if attribution.kind == "vague-media":
            short = _pile_outlet_named(attribution.label, fact, index, registry) if vague_sources else None
            if short is not None:  # "The Times reported": the one outlet of that short form the pile has
                if short.id != fact.publisher_id:  # an outlet's mention of itself cites nobody
                    yield _short_form_edge(attribution, short, fact, index, registry, nodes)
            elif vague_sources:
                yield _vague_edge(attribution, fact, index, registry, nodes)
            continue
        spoken = organisation_statement_edge(attribution, fact, index.organisations, nodes)
        if spoken is not None:  # "the company said in a statement": the organisation's own announcement
            bonus = LEAD_BONUS * (attribution.sentence.start < lead_end) + _headline_bonus(fact, attribution, headline)
            yield replace(spoken, confidence=spoken.confidence + bonus)
            continue
        if attribution.kind in ("person", "post", "link") and not attribution.outlet_id:
            # a person's publication; a link elsewhere than someone's account goes on as any link
            edge = person_publication_edge(attribution, fact, people, index, nodes) if attribution.kind == "person" \
                else account_publication_edge(attribution, fact, index, nodes, ATTRIBUTION_CONFIDENCE["link"])
            if edge is not None and attribution.role == "actor":  # "Hoog apologised, in a tweet, for “…”"
                yield _acting(edge)
                continue
            if edge is not None:
                bonus = LEAD_BONUS * (attribution.sentence.start < lead_end) + \
                    _headline_bonus(fact, attribution, headline)
                yield replace(edge, confidence=edge.confidence + bonus) if bonus else edge
            if edge is not None or attribution.kind != "link":
                continue
        relation = _RELATIONS.get(attribution.kind)
        if attribution.kind == "credit" and not attribution.outlet_id and \
                _pile_outlet_named(attribution.label, fact, index, registry) is None:
            edge = credit_publication_edge(attribution, fact, index, nodes, ATTRIBUTION_CONFIDENCE["credit"])
            if edge is not None:  # "Source: Kadyrov on Telegram"
                yield edge
                continue
        if attribution.kind == "outlet" and not attribution.outlet_id:  # a masthead the registry lacks
            named = _pile_outlet_named(attribution.label, fact, index, registry)
            if named is not None:
                attribution = replace(attribution, label=named.name, outlet_id=named.id)
        if relation is None or (attribution.outlet_id and attribution.outlet_id == fact.publisher_id) or \
                (not attribution.outlet_id and _own_short_form(attribution.label, fact, registry)):
            continue
        if attribution.role == "conduit":
            continue
        linked = index.by_url.get(normalised_url(attribution.url)) if attribution.url else None
        target = linked if linked and linked != fact.id else \
            source_node(attribution.outlet_id, attribution.label, fact, index, registry, nodes,
                        _day_said(attribution, fact))
        confidence = ATTRIBUTION_CONFIDENCE.get(attribution.kind, 0.5)
        evidence = attribution_evidence(fact.id, attribution)
        background = _not_a_report(attribution)
        if background is not None:
            why, weight = background
            evidence = replace(evidence, detail=f"{evidence.detail}; background: {why}")
            yield Edge(fact.id, target, Relation.WEAKLY_CITES, weight, (evidence,))
            continue
        if attribution.sentence.start < lead_end:
            confidence += LEAD_BONUS
        if headline_named is None:
            headline_named = _headline_names(fact)
        confidence += _headline_bonus(fact, attribution, headline) + FIRST_REPORT_BONUS * called_first((evidence,)) + \
            HEADLINE_TELLER_BONUS * _named_by_headline(attribution, headline_named)
        yield Edge(fact.id, target, relation, confidence, (evidence,))


def _lead_conduit_edges(fact: ArticleFacts, index: FactIndex, registry: Registry, nodes: NodeTable) -> list[Edge]:
    """The outlet the lead's speaker spoke to ("Sur la RSI, le pape a parlé …", "said in an
    interview with RSI"), when the page cites no source: the interview it aired is where the
    words were first said. Not for a page that names its source: its speaker's outlet is
    then a detail of the story the source tells."""
    lead_end = _lead_end(fact)
    edges: list[Edge] = []
    for attribution in fact.attributions:
        if attribution.role != "conduit" or not attribution.outlet_id or attribution.sentence.start >= lead_end \
                or attribution.outlet_id == fact.publisher_id or _calls_itself(attribution, fact, index, registry):
            continue  # "…, Pogan told the Observer" on The Ostivelouth Observer's page: its own interview
        target = source_node(attribution.outlet_id, attribution.label, fact, index, registry, nodes)
        if target in {edge.target for edge in edges}:
            continue
        evidence = attribution_evidence(fact.id, attribution)
        evidence = replace(evidence, detail=f"{evidence.detail}; the outlet the lead's speaker spoke to")
        edges.append(Edge(fact.id, target, Relation.CITES, CONDUIT_CONFIDENCE, (evidence,)))
    return edges


def _calls_itself(attribution: Attribution, fact: ArticleFacts, index: FactIndex, registry: Registry) -> bool:
    """Whether the outlet an attribution names is the page's own, called by the last words of
    its name ("the Observer" on The Ostivelouth Observer's page), whatever else the registry
    calls so."""
    own = _pile_outlet_named(attribution.label, fact, index, registry)
    return (own is not None and own.id == fact.publisher_id) or _own_short_form(attribution.label, fact, registry)


def _acting(edge: Edge) -> Edge:
    """A person whose speech act the page tells ("apologised, in a tweet, for “…”") acts in
    the story: their post is part of the news, not where the page got it, so it is cited weakly."""
    evidence = tuple(replace(e, detail=f"{e.detail}; background: the person acts in the story") for e in edge.evidence)
    return replace(edge, relation=Relation.WEAKLY_CITES, confidence=ACTOR_CONFIDENCE, evidence=evidence)


def _not_a_report(attribution: Attribution) -> tuple[str, float] | None:
    """Why an outlet named with a cue is in the story but not its source, and the weak edge's
    confidence; None when it is a source.

    "TF1 a démenti": TF1 answered the story. "The Associated Press has fired the reporter":
    the agency acts in the story (a learned cue's subject, :mod:`provenance.attribution.stance`).
    """
    if attribution.cue is not None and denies(attribution.cue.text):
        return "a denial, the page reports an answer", BACKGROUND_CONFIDENCE
    if attribution.role == "actor":
        return "the outlet acts in the story, it does not report it", ACTOR_CONFIDENCE
    return None


def _headline_words(fact: ArticleFacts) -> frozenset[str]:
    title = fact.title
    return frozenset(word for word in textspans.words(title) if len(word) >= 4) if title else frozenset()


def _headline_bonus(fact: ArticleFacts, attribution: Attribution, headline: frozenset[str]) -> float:
    """HEADLINE_BONUS when the attribution's sentence tells the headline's news."""
    if len(headline) < HEADLINE_WORDS:
        return 0.0
    text = fact.identified.cleaned.document.text
    said = frozenset(textspans.words(text[attribution.sentence.start:attribution.sentence.end]))
    return HEADLINE_BONUS if len(headline & said) >= HEADLINE_WORDS else 0.0


def _headline_names(fact: ArticleFacts) -> frozenset[str]:
    """The words of the page's headline, or of the one its address spells, lower-cased."""
    cleaned = fact.identified.cleaned
    title = fact.title or address_headline(cleaned.document.text, cleaned.document.url, fact.language)
    return frozenset(word.casefold() for word in textspans.words(title)) if title else frozenset()


def _named_by_headline(attribution: Attribution, headline: frozenset[str]) -> bool:
    """Whether the page's headline names the cited outlet ("Executed North Korean diplomat is
    alive: CNN", "… Chosun Ilbo says"): the headline's news is that outlet's report."""
    if not headline or not attribution.outlet_id:
        return False
    label = [word.casefold() for word in textspans.words(attribution.label) if word.casefold() != "the"]
    return bool(label) and headline.issuperset(label)


def _background_by_first_mention(edges: list[Edge], fact: ArticleFacts, index: FactIndex, registry: Registry,
                                 nodes: NodeTable) -> list[Edge]:
    """A report the page first names next to an earlier year is background, every mention of it.

    "Twitter's suppression of the New York Post's 2020 story ..." then "the Post reported":
    the page's story is not the Post's, it retells it. A year further down ("of the 20
    killed in 2019, the Times said") dates something else and changes nothing. A report
    the pile as a whole retells (:mod:`.background`) is background on every page.
    """
    if not any(edge.relation == Relation.CITES for edge in edges):
        return edges
    first = _first_mentions(fact, registry)
    background: dict[str, int] = dict(index.background)
    for outlet_id, (start, end) in first.items():
        year = _year_near(start, end, fact, index)
        if year is not None:
            background[outlet_id] = year
    if not background:
        return edges
    result = []
    for edge in edges:
        year = background.get(nodes[edge.target].outlet_id or "")
        if year is None or edge.relation != Relation.CITES:
            result.append(edge)
            continue
        evidence = tuple(replace(e, detail=f"{e.detail}; background: a report of {year}") for e in edge.evidence)
        result.append(replace(edge, relation=Relation.WEAKLY_CITES, confidence=BACKGROUND_CONFIDENCE,
                              evidence=evidence))
    return result


def _background_told_as_earlier(edges: list[Edge], fact: ArticleFacts, nodes: NodeTable) -> list[Edge]:
    """A report the page dates before its news ("Un'inchiesta del New York Times ha rivelato
    qualche giorno fa …", "as the Times reported last week") is background, when the page
    cites another report as its news ("… il Washington Post rilancia lo scoop e aggiunge"):
    every citation of that report goes weak. A page citing only the earlier report retells it."""
    text = fact.identified.cleaned.document.text
    earlier = {nodes[edge.target].outlet_id or edge.target for edge in edges
               if edge.relation == Relation.CITES and _dated_earlier(text, edge)}
    current = {nodes[edge.target].outlet_id or edge.target for edge in edges
               if edge.relation in (Relation.CITES, Relation.CREDITS)} - earlier
    if not earlier or not current:
        return edges
    result = []
    for edge in edges:
        if edge.relation == Relation.CITES and (nodes[edge.target].outlet_id or edge.target) in earlier:
            evidence = tuple(replace(e, detail=f"{e.detail}; {DATED_EARLIER_NOTE}")
                             for e in edge.evidence)
            edge = replace(edge, relation=Relation.WEAKLY_CITES, confidence=BACKGROUND_CONFIDENCE, evidence=evidence)
        result.append(edge)
    return result


def _dated_earlier(text: str, edge: Edge) -> bool:
    """Whether the sentence of the edge's first quote says the report came days or weeks before:
    before the quote, or after it up to the clause's comma ("as the Times reported last week",
    not "…, KCNA reported, potentially defying reports last week that …", whose week is the
    other reports')."""
    first = edge.evidence[0] if edge.evidence else None
    if first is None or first.start is None or first.end is None:
        return False
    opening = max(text.rfind(mark, 0, first.start) for mark in ".!?\n")
    closing = min((i for i in (text.find(mark, first.end) for mark in ".!?\n,;") if i >= 0), default=len(text))
    return _earlier_phrases().search(text, opening + 1, closing) is not None


@cache
def _earlier_phrases() -> re.Pattern[str]:
    return textspans.word_pattern(resources.bundled("followups.json")["earlier_phrases"])


def _first_mentions(fact: ArticleFacts, registry: Registry) -> dict[str, tuple[int, int]]:
    """Where the body first names each registered outlet; a copyright sign's name ("avril
    2014. © AFP / Alain Jocard" under a photo) owns the picture, it does not mention a report."""
    text = fact.identified.cleaned.document.text
    found: dict[str, tuple[int, int]] = {}
    for mention in body_outlets(fact, registry):
        if not _COPYRIGHT.search(text, max(0, mention.start - 6), mention.start):
            found.setdefault(mention.outlet_id, (mention.start, mention.end))
    return found


_COPYRIGHT = re.compile(r"(?:©|\([cC]\))\s*$")


def _year_near(start: int, end: int, fact: ArticleFacts, index: FactIndex) -> int | None:
    """A year right next to a name, before the page's own (or the pile's) year."""
    text = fact.identified.cleaned.document.text
    return earlier_year_in(text[max(0, start - YEAR_NEAR_CHARS):end + YEAR_NEAR_CHARS], fact, index)


def earlier_year_in(passage: str, fact: ArticleFacts, index: FactIndex) -> int | None:
    now = fact.published.day.year if fact.published else index.median_year
    return earlier_year(passage, now) if now is not None else None


def _lead_end(fact: ArticleFacts) -> int:
    body = fact.identified.cleaned.paragraphs
    return body[0].start + LEAD_CHARS if body else 0


def _own_short_form(label: str, fact: ArticleFacts, registry: Registry) -> bool:
    """Whether an unresolved name is the page's own outlet's short form, in any case: "Quelle:
    WELT" under a video on welt.de credits Die Welt itself ("Welt" is a word too, so the
    registry resolves it only after the outlet is named)."""
    own = registry.get(fact.publisher_id) if fact.publisher_id else None
    return own is not None and label.strip().casefold() in {form.casefold() for form in own.short_forms}


def named_outlet_edges(fact: ArticleFacts, index: FactIndex, registry: Registry, nodes: NodeTable) -> list[Edge]:
    """Weak citations of the registered outlets a page names without a cue we can read.

    The outlet the rest of the pile cites most comes first (a little more confidence), then
    the first named: a Chinese page naming Yonhap, Sputnik and KCNA in a pile where forty
    pages say "KCNA reported" took the story from KCNA; with no such support, the first
    named, in a lead most often the source. The page's own outlet is not a source of itself, nor
    is an agency named in a picture credit ("Photo: Mahmud Hams/AFP/Getty Images").
    """
    cleaned = fact.identified.cleaned
    text = cleaned.document.text
    mentions = []
    reader = registry.for_language(fact.language)  # "der Süddeutschen Zeitung", "podle Spiegelu"
    for block in cleaned.paragraphs:
        mentions.extend(reader.find_mentions(text, block.start, block.end))
        mentions.extend(registry.find_unspaced_mentions(text, block.start, block.end))
    edges: list[Edge] = []
    seen: set[str] = set()
    conduits = {a.outlet_id for a in fact.attributions if a.role == "conduit" and a.outlet_id}
    pictures = [a.sentence for a in fact.attributions if a.kind == "photo-credit"]  # "Photo: …/AFP/Getty"
    for mention in sorted(mentions, key=lambda m: (-index.support.get(m.outlet.id, 0), m.start)):
        outlet = mention.outlet
        if outlet.id == fact.publisher_id or outlet.id in seen or outlet.kind not in MEDIA_KINDS \
                or outlet.id in conduits or any(p.start <= mention.start < p.end for p in pictures):
            continue
        seen.add(outlet.id)
        if outlet.id in index.background or _year_near(mention.start, mention.end, fact, index) is not None:
            continue  # "the New York Post's 2020 story": background, not the source
        target = source_node(outlet.id, outlet.name, fact, index, registry, nodes)
        evidence = Evidence(kind="attribution", article=fact.id, text=text[mention.start:mention.end],
                            start=mention.start, end=mention.end,
                            detail=f"outlet named: {outlet.name}; no attribution phrase read, a weak citation")
        base = ATTRIBUTION_CONFIDENCE["named-only"] if index.support.get(outlet.id) else UNCITED_NAMED_CONFIDENCE
        confidence = round(max(0.2, base - 0.01 * len(edges)), 2)
        edges.append(Edge(fact.id, target, Relation.WEAKLY_CITES, confidence, (evidence,)))
    return edges


#: How far after a cue, and before the source's name, the day of the report is looked for
#: ("informó el martes", "am Montagabend (Ortszeit) vom US-Sender CNN").
DAY_AFTER_CUE_CHARS = 25
DAY_BEFORE_SOURCE_CHARS = 40


def _day_said(attribution: Attribution, fact: ArticleFacts) -> str | None:
    """The weekday the citing words give the report: English's "reported on Friday", or a
    weekday name of the page's language in the cue, just after it, or just before the
    source's name ("Am Montagabend hatte der Sender CNN … veröffentlicht", "a révélé lundi",
    "in der am Montagabend vom US-Sender CNN publik gemachten Aufnahme")."""
    if attribution.relative_day or attribution.cue is None:
        return attribution.relative_day
    text = fact.identified.cleaned.document.text
    before_source = attribution.source.start - DAY_BEFORE_SOURCE_CHARS
    start = max(attribution.sentence.start, min(attribution.cue.start, before_source))
    end = min(attribution.sentence.end, attribution.cue.end + DAY_AFTER_CUE_CHARS)
    return dates.weekday_named(text[start:end], fact.language)


def source_node(outlet_id: str | None, label: str, citing: ArticleFacts, index: FactIndex, registry: Registry,
                nodes: NodeTable, relative_day: str | None = None) -> str:
    """The cited outlet's article in the pile if there is one, else a report node for it."""
    if outlet_id:
        day = dates.shift_to_weekday(citing.published.day, relative_day) \
            if relative_day and citing.published else None
        article = index.outlet_article(outlet_id, citing, day, None if citing.published else relative_day)
        if article is not None:
            return article.id
    outlet = registry.get(outlet_id) if outlet_id else None
    return nodes.add(report_node(outlet_id, outlet.name if outlet else label))


def _pile_outlet_named(label: str, fact: ArticleFacts, index: FactIndex, registry: Registry) -> Outlet | None:
    """The outlet of the pile a name the registry did not resolve stands for ("The Times", "the
    Observer", "the Evening News"): the page's own publisher when its name ends with those words
    (a paper calling itself: "the Observer can reveal" in The Kibim Observer), else the only
    outlet that publishes a page of the pile or that a page cites whose name or a short form
    ends with them; None when the pile has none or several."""
    words = label.split()
    if len(words) < 2 or words[0].casefold() != "the" or not words[1][:1].isupper():
        return None
    tail = [word.casefold() for word in words[1:]]
    found = [outlet for outlet_id in index.by_last_word.get(tail[-1], ()) if (outlet := registry.get(outlet_id))
             and any(name.casefold().split()[-len(tail):] == tail for name in (outlet.name, *outlet.short_forms))]
    own = [outlet for outlet in found if outlet.id == fact.publisher_id]
    return own[0] if own else found[0] if len(found) == 1 else None


def _short_form_edge(attribution: Attribution, outlet: Outlet, fact: ArticleFacts, index: FactIndex,
                     registry: Registry, nodes: NodeTable) -> Edge:
    evidence = attribution_evidence(fact.id, attribution)
    evidence = replace(evidence, detail=f"{evidence.detail}; {attribution.label!r} may be several outlets, and "
                                        f"the only one of them in the pile is {outlet.name}")
    target = source_node(outlet.id, outlet.name, fact, index, registry, nodes, _day_said(attribution, fact))
    return Edge(fact.id, target, Relation.WEAKLY_CITES, ATTRIBUTION_CONFIDENCE["named-only"], (evidence,))


def _vague_edge(attribution: Attribution, fact: ArticleFacts, index: FactIndex, registry: Registry,
                nodes: NodeTable) -> Edge:
    """"American media reported" points weakly at the one US outlet the pile cites, if there
    is one: "media" are many. "State media reported" means one agency, the state outlet the
    pile cites most: a citation at RESOLVED_STATE_CONFIDENCE, below a named source's (the
    name is the pile's reading, not the page's)."""
    evidence = attribution_evidence(fact.id, attribution)
    country = nationality(attribution.label)
    candidates = sorted(index.cited_by_country.get(country, frozenset()) - {fact.publisher_id}) if country else []
    state = _state_media(attribution.label, country, fact, index, registry)
    if state is None and len(candidates) != 1:
        target = nodes.add(Node(id=f"vague:{fact.id}:{slug(attribution.label)}", kind=NodeKind.VAGUE,
                                label=attribution.label, in_corpus=False, note="vague attribution: no outlet named"))
        return Edge(fact.id, target, Relation.WEAKLY_CITES, ATTRIBUTION_CONFIDENCE["vague-media"], (evidence,))
    outlet = registry.get(state or candidates[0])
    assert outlet is not None
    target = source_node(outlet.id, outlet.name, fact, index, registry, nodes)
    if state is not None:
        evidence = replace(evidence, detail=f"{evidence.detail}; the state media the pile cites most is {outlet.name}")
        return Edge(fact.id, target, Relation.CITES, RESOLVED_STATE_CONFIDENCE, (evidence,))
    evidence = replace(evidence,
                       detail=f"{evidence.detail}; the only {country} outlet the corpus cites is {outlet.name}")
    return Edge(fact.id, target, Relation.WEAKLY_CITES, ATTRIBUTION_CONFIDENCE["vague-media"], (evidence,))


#: "State media reported" is read as the pile's most cited state outlet only when the pile
#: cites it at least this many times as often as the next one (KCNA against Rodong Sinmun).
STATE_MEDIA_MARGIN = 2


def _state_media(phrase: str, country: str | None, fact: ArticleFacts, index: FactIndex,
                 registry: Registry) -> str | None:
    """The state-media outlet a "state media" / "la presse officielle" phrase means, if the pile says."""
    if not _state_words().search(phrase):
        return None
    supported = sorted(((count, outlet_id) for outlet_id, count in index.support.items()
                        if outlet_id != fact.publisher_id and (outlet := registry.get(outlet_id)) is not None
                        and outlet.kind == "state-media" and (country is None or outlet.country == country)),
                       reverse=True)
    if not supported or (len(supported) > 1 and supported[0][0] < STATE_MEDIA_MARGIN * supported[1][0]):
        return None
    return supported[0][1]


@cache
def _state_words() -> re.Pattern[str]:
    words = resources.bundled("demonyms.json")["state_words"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


@cache
def _demonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = resources.bundled("demonyms.json")["countries"]
    return tuple((re.compile(rf"(?<![\w.]){re.escape(word)}(?![\w])"), country)
                 for country, words in sorted(table.items()) for word in words)


def nationality(phrase: str) -> str | None:
    """The country a vague source is qualified by ("US media" -> "US"), if any."""
    return next((country for pattern, country in _demonyms() if pattern.search(phrase)), None)
