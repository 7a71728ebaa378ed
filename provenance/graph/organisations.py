"""Organisations a pile speaks of: a company's own announcement as a page's source.

A company's press release or blog post is often a story's first word: "OpenAI said in a
blog post", "wie das Unternehmen bekannt gab", "le conseil d'administration d'OpenAI a
annoncé", "disse a empresa". The registry cannot know every company, so the pile names
them: a capitalised name that speaks on MIN_ORGANISATION_PAGES pages or more, alone when its
shape marks an organisation ("OpenAI", "NASA": capitals inside or an acronym) or beside a noun
for one (``nouns`` in data/organisations.json: "OpenAI's board", "the board of OpenAI",
"Совет директоров компании OpenAI", "OpenAI董事会"), is an organisation of the pile. A page's
attribution whose speaker is that organisation, by its name or by such a noun alone on a page
that names it ("the company said"), cites the organisation's statement: one node per
organisation (``statement:<key>``) whatever the page's language, as a registered body's is.

Not an organisation: a registered outlet or body (their own rules read them), a person the
pile knows by full name, a country, a lone capitalised word of ordinary shape ("Apple said":
a surname or a company; a noun beside it on two pages settles it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from provenance.facts import ArticleFacts, attribution_evidence
from provenance.graph.followups import FollowUp, speech_verb
from provenance.graph.nodes import NodeTable
from provenance.graph.organisation_names import organisation_key, organisation_named
from provenance.graph.people import clean_name, person_key
from provenance.graph.responders import stance_cue
from provenance.kinds import NodeKind, Relation
from provenance.models import Attribution, Edge, Evidence, Node
from provenance.nounphrases import names_a_country, not_name_openers
from provenance.outlets import Registry

#: Pages on which a name must speak as an organisation before the pile counts it as one: a
#: single page's "the ChatGPT company said" names a product, not the company behind it.
MIN_ORGANISATION_PAGES = 2
#: Confidence of a page's citation of an organisation's own statement: below a named outlet's
#: report (0.85), which carries the statement when a page names both.
ORGANISATION_STATEMENT_CONFIDENCE = 0.8
#: Confidence of a page's citation of the pile's organisation it only names: a known
#: publisher's (people.py, 0.34), which it replaces when more pages give the organisation speaking.
NAMED_ORGANISATION_CONFIDENCE = 0.34
#: The pile's organisation outweighs a person the page names whose publication the pile cites
#: when at least this many times as many pages give the organisation speaking as say the person
#: published (the ratio people.py asks of a main publisher over a lesser one): OpenAI's
#: announcement (13 pages) over its ousted chief's post (1); not the Wagner group (6 pages) over
#: its founder's videos (5), which the group's statements relay.
ORGANISATION_LEAD_RATIO = 2.0
#: Pages that must give an organisation speaking before a page that only names it retells its
#: announcement: the pile is then about what it said (OpenAI's board, 13 pages of 58), not a
#: report about a company that spoke on a page or two (AWS in the Bloomberg pile, 2).
MIN_NAMED_ORGANISATION_PAGES = 5


def _speaks(attribution: Attribution, language: str, registered: bool = False) -> bool:
    """A speaker's words: a verb of saying of the page's language (or English, the lexicon every
    page is also read with), not a stance ("the board believes") nor a silence ("did not
    immediately respond", "declined to comment"). ``registered``: the speaker is a body the
    registry knows (its id on the attribution); else one it does not."""
    if attribution.kind != "person" or attribution.role != "source" or bool(attribution.outlet_id) != registered or \
            attribution.cue is None:
        return False
    cue = attribution.cue.text
    return (speech_verb(cue, language) or speech_verb(cue, "en")) and not stance_cue(cue) and \
        _SILENCE.search(cue) is None


#: A cue that says the speaker said nothing: no statement of theirs to cite.
_SILENCE = re.compile(r"\b(?:not|no|never|declined|refused|n['’]t|nicht|pas|no ha|non|не|ни)\b", re.IGNORECASE)


def pile_organisations(facts: Iterable[ArticleFacts], people: Mapping[str, str], registry: Registry,
                       publishers: Collection[str] = ()) -> dict[str, tuple[str, int]]:
    """The pile's organisations, by :func:`organisation_key`: each the form its pages give
    most, and how many pages give it speaking. Not a known publisher's own group ("Wagner
    chief Yevgeny Prigozhin" on two pages): its announcements are that person's posts, which
    people.py reads."""
    facts = tuple(facts)
    pages: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in facts:
        for attribution in fact.attributions:
            name = organisation_named(attribution.label)[0]  # cached by label: the cheap test first
            if name is None or not _speaks(attribution, fact.language) or \
                    not _may_be_organisation(name, people, registry, publishers):
                continue
            key = organisation_key(name)
            pages[key].add(fact.id)
            forms[key][name] += 1
    found = {key: (min(forms[key].items(), key=lambda item: (-item[1], item[0]))[0], len(pages[key]))
             for key in sorted(pages) if len(pages[key]) >= MIN_ORGANISATION_PAGES}
    owned = _publishers_groups(facts, found, publishers)
    return {key: value for key, value in found.items() if key not in owned}


def _publishers_groups(facts: tuple[ArticleFacts, ...], organisations: Mapping[str, tuple[str, int]],
                       publishers: Collection[str]) -> set[str]:
    """The organisations a known publisher is named as heading, on MIN_ORGANISATION_PAGES pages
    or more: the organisation's name and the publisher's surname in one speaker's words."""
    if not organisations or not publishers:
        return set()
    names = {key: re.compile(rf"(?<!\w){re.escape(name)}", re.IGNORECASE) for key, (name, _) in organisations.items()}
    pages: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for attribution in fact.attributions:
            if attribution.kind != "person":
                continue
            words = {person_key(word) for word in attribution.label.split()}
            if words.isdisjoint(publishers):
                continue
            for key, pattern in names.items():
                if pattern.search(attribution.label):
                    pages[key].add(fact.id)
    return {key for key, found in pages.items() if len(found) >= MIN_ORGANISATION_PAGES}


def _may_be_organisation(name: str, people: Mapping[str, str], registry: Registry,
                         publishers: Collection[str]) -> bool:
    """Not a surname the pile completes ("Altman's board"), nor a publisher's name, a country,
    a registered outlet or body. A name of several words the pile also lists among its people
    ("Venn Marine": two capitalised words) is an organisation when its own noun says so."""
    key = person_key(name)
    if (len(name.split()) == 1 and key in people) or key in publishers:
        return False
    return len(name) >= 2 and name.casefold() not in not_name_openers() and not names_a_country(name) and \
        registry.by_name(name) is None


def _mentions(fact: ArticleFacts, organisations: Mapping[str, tuple[str, int]]) -> dict[str, list[tuple[int, int]]]:
    """Where the page names each of the pile's organisations (its usual form, whole words)."""
    text = fact.identified.cleaned.document.text
    found = {key: [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
             for key, (name, _) in organisations.items()}
    return {key: spans for key, spans in found.items() if spans}


def _page_organisation(fact: ArticleFacts, organisations: Mapping[str, tuple[str, int]]) -> str | None:
    """The pile's organisation the page names most, which its "the company" stands for."""
    ranked = sorted(((len(spans), key) for key, spans in _mentions(fact, organisations).items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _statement_node(key: str, display: str, nodes: NodeTable, outlet_id: str | None = None) -> str:
    """The node of an organisation's (or, with ``outlet_id``, a registered body's) own statement."""
    what = "the body's own announcement (a statement, a press release, a report)" if outlet_id else \
        "the organisation's own announcement (a statement, a press release, a blog post)"
    return nodes.add(Node(id=f"statement:{key}", kind=NodeKind.STATEMENT, label=f"{display} (statement)",
                          in_corpus=False, person=display, outlet_id=outlet_id,
                          note=f"{what}, which pages give as its words"))


def named_organisation_edge(fact: ArticleFacts, organisations: Mapping[str, tuple[str, int]],
                            publisher_pages: int, nodes: NodeTable) -> Edge | None:
    """A weak citation of the pile's organisation a page names without a cue we can read, when
    more pages of the pile give that organisation speaking than say the person the page names
    most published (``publisher_pages``), by ORGANISATION_LEAD_RATIO: a page on the company's
    announcement that names its ousted chief, whose own post a page or two cite, retells the
    company's announcement."""
    mentions = _mentions(fact, organisations)
    if not mentions:
        return None
    key = max(mentions, key=lambda k: (organisations[k][1], -mentions[k][0][0]))
    display, pages = organisations[key]
    if pages < max(MIN_NAMED_ORGANISATION_PAGES, ORGANISATION_LEAD_RATIO * publisher_pages):
        return None
    start, end = mentions[key][0]
    evidence = Evidence(kind="attribution", article=fact.id, text=fact.identified.cleaned.document.text[start:end],
                        start=start, end=end,
                        detail=f"organisation named: {display}, whose announcement {pages} pages give; no attribution "
                               "phrase read, a weak citation")
    return Edge(fact.id, _statement_node(key, display, nodes), Relation.WEAKLY_CITES, NAMED_ORGANISATION_CONFIDENCE,
                (evidence,))


def organisation_statement_edge(attribution: Attribution, fact: ArticleFacts,
                                organisations: Mapping[str, tuple[str, int]], nodes: NodeTable) -> Edge | None:
    """A citation of the organisation's own statement, when the attribution's speaker is one of
    the pile's organisations: named ("OpenAI said", "the OpenAI board said") or by a noun on a
    page that names it ("the company said in a statement")."""
    if not organisations:
        return None
    name, is_organisation = organisation_named(attribution.label)
    if not is_organisation or not _speaks(attribution, fact.language):
        return None
    key = organisation_key(name) if name is not None else _page_organisation(fact, organisations)
    if key is None or key not in organisations:
        return None
    display = organisations[key][0]
    return _spoken(fact, attribution, _statement_node(key, display, nodes), f"the organisation {display} speaks",
                   ORGANISATION_STATEMENT_CONFIDENCE)


def _spoken(fact: ArticleFacts, attribution: Attribution, node_id: str, who: str, confidence: float) -> Edge:
    """The page's citation of a statement node, its attribution the evidence, saying who speaks."""
    evidence = attribution_evidence(fact.id, attribution)
    return Edge(fact.id, node_id, Relation.CITES, confidence, (replace(evidence, detail=f"{evidence.detail}; {who}"),))


def organisations_answering(followups: Mapping[str, FollowUp],
                            organisations: Mapping[str, tuple[str, int]]) -> dict[str, FollowUp]:
    """The follow-ups whose responder is one of the pile's organisations, given its key: their
    statement is the organisation's one node ("Le conseil d'administration de Venn Marine a
    annoncé …" and "Venn Marine's board said …"), not a person's keyed by a last word."""
    if not organisations:
        return dict(followups)
    return {article_id: replace(found, organisation=key) if found.body is None and
            (key := _organisation_of(found.responder, organisations)) is not None else found
            for article_id, found in followups.items()}


def _organisation_of(responder: str, organisations: Mapping[str, tuple[str, int]]) -> str | None:
    named = organisation_named(responder)[0]
    for candidate in (named, clean_name(responder), responder):
        if candidate and organisation_key(candidate) in organisations:
            return organisation_key(candidate)
    return None


#: Confidence of a page's citation of a registered body's words when the page names no other
#: source: below any cue's citation of a report (a body's words a report carries are that
#: report's news), above a name read without a cue.
BODY_WORDS_CONFIDENCE = 0.5


def body_statement_edges(fact: ArticleFacts, registry: Registry, nodes: NodeTable,
                         spokespeople: Mapping[str, str]) -> list[Edge]:
    """Citations of a registered body's own statement, on a page that names no other source,
    when the attribution's speaker is the body itself by one of its names ("Amnesty
    International отметила", "Amnistía Internacional ha denunciado"), not a person at it:
    the node the follow-ups give the body's statements, ``statement:<id>``, named as they name
    it (``spokespeople``: the spokesperson most of them give, by body id). Where a page cites
    a report, the body's words are that report's news ("the Kremlin said", told by Reuters)."""
    edges = []
    for attribution in fact.attributions:
        if not _speaks(attribution, fact.language, registered=True):
            continue
        body = registry.get(attribution.outlet_id or "")
        if body is None or body.kind != "government" or not body.is_called(attribution.label) or \
                body.id == fact.publisher_id:  # the body's own page (its press release) cites no one
            continue
        speaker = spokespeople.get(body.id, body.name)  # the name the follow-ups give its statement
        node_id = _statement_node(body.id, speaker, nodes, outlet_id=body.id)
        edges.append(_spoken(fact, attribution, node_id, f"the body {body.name} speaks", BODY_WORDS_CONFIDENCE))
    return edges


def body_spokespeople(followups: Mapping[str, FollowUp]) -> dict[str, str]:
    """The name most follow-ups of each registered body give its statement: its spokesperson
    ("Dmitry Peskov" for the Kremlin's), else the body's own (the statement nodes' names)."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id in sorted(followups):
        found = followups[article_id]
        if found.body is not None:
            names[found.body][found.responder] += 1
    return {body: counts.most_common(1)[0][0] for body, counts in names.items()}  # ties: the first article's
