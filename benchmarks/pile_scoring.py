"""Pure scoring of a traced graph against labelled piles, shared by the pile evaluations.

Nothing here runs the tool or reads files beyond a truth file: the functions take a
:class:`provenance.ProvenanceGraph` (or its parts) and labels, and say what was found.
Kept apart from the scripts so that tests can score tiny hand-built graphs, and so that
synthetic and real piles are judged by one set of rules.

The graph stage is being reworked while these are written (relations ``duplicates`` and
``snapshot-of``, node kind ``person-publication`` with ``person``), so fields that may
not exist yet are read with ``getattr`` and both old and new relation names count.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.graph.people import clean_name
from provenance.graph.scripts import consonants, transliteration_key
from provenance.kinds import Relation
from provenance.models import ArticleResult, Node, ProvenanceGraph
from provenance.outlets import Registry
from provenance.reuse.translation import skeleton
from provenance.textspans import romanised

#: Edges saying two nodes are one article (another URL, an archive copy).
SAME_AS_RELATIONS = frozenset({"duplicate", "duplicates", "snapshot", "snapshot-of"})
#: Edges saying the text itself was taken: what joins a copy pair.
REUSE_RELATIONS = frozenset({"copies", "rewrites", "translates", "shares-source"}) | SAME_AS_RELATIONS
PERSON_KIND = "person-publication"
#: Nodes that stand for a person's own words: a publication, or a statement a follow-up reports.
PERSON_KINDS = frozenset({PERSON_KIND, "statement"})


@dataclass(frozen=True)
class Ratio:
    """Hits out of a total; a share that says how many it rests on."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def text(self) -> str:
        return "n/a" if self.value is None else f"{self.value:.3f} ({self.hits}/{self.total})"

    def as_json(self) -> dict[str, float | int | None]:
        return {"hits": self.hits, "total": self.total,
                "value": None if self.value is None else round(self.value, 4)}


def tally(hits: Iterable[bool]) -> Ratio:
    flags = list(hits)
    return Ratio(sum(flags), len(flags))


# ------------------------------------------------------------------ graph reading


def relation_name(relation: object) -> str:
    """An edge's relation as its plain word (a str today, a StrEnum tomorrow)."""
    return str(getattr(relation, "value", relation))


def same_as(graph: ProvenanceGraph, node_id: str) -> frozenset[str]:
    """The node and every node joined to it, in either direction, by duplicate or snapshot edges.

    Roots may legitimately land on any member: a duplicate has no earlier twin.
    """
    linked: dict[str, set[str]] = {}
    for edge in graph.edges:
        if relation_name(edge.relation) in SAME_AS_RELATIONS:
            linked.setdefault(edge.source, set()).add(edge.target)
            linked.setdefault(edge.target, set()).add(edge.source)
    group, todo = {node_id}, [node_id]
    while todo:
        for neighbour in linked.get(todo.pop(), ()):
            if neighbour not in group:
                group.add(neighbour)
                todo.append(neighbour)
    return frozenset(group)


def reuse_neighbours(graph: ProvenanceGraph, node_id: str) -> frozenset[str]:
    """Nodes joined to this one by a text-reuse edge, whichever way it points."""
    found = set()
    for edge in graph.edges:
        if relation_name(edge.relation) not in REUSE_RELATIONS:
            continue
        if edge.source == node_id:
            found.add(edge.target)
        elif edge.target == node_id:
            found.add(edge.source)
    return frozenset(found)


def pair_joined(graph: ProvenanceGraph, first: str, second: str) -> bool:
    """Two pages of one copy group are joined directly, or through one shared node."""
    first_side, second_side = reuse_neighbours(graph, first), reuse_neighbours(graph, second)
    return second in first_side or bool(first_side & second_side)


def node_or_none(graph: ProvenanceGraph, node_id: str | None) -> Node | None:
    if node_id is None:
        return None
    try:
        return graph.node(node_id)
    except KeyError:
        return None


# ------------------------------------------------------------------ name matching


def normalise_name(name: str) -> str:
    """Case, accents, a leading "The", punctuation and spacing do not make two names differ."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = unicodedata.normalize("NFC", "".join(  # accents go; a kana's voicing mark stays ("ジョン", not "ション")
        c for i, c in enumerate(decomposed) if not unicodedata.combining(c) or _KANA.match(decomposed[i - 1])))
    folded = re.sub(r"[^\w\s]", " ", plain.casefold())
    folded = re.sub(r"^\s*the\s+", "", folded)
    return " ".join(folded.split())


def outlet_key(name: str, registry: Registry) -> str:
    """The registry id when the name (or its mark: "(Reuters)", or a short form only one outlet
    has: "Bloomberg") is a known outlet, else the normalised name."""
    outlet = registry.by_name(name) or registry.by_name(normalise_name(name)) or registry.by_mark(name)
    if outlet is None and len(short := registry.with_short_form(name)) == 1:
        outlet = short[0]
    return f"id:{outlet.id}" if outlet else f"name:{normalise_name(name)}"


def name_variants(name: str) -> tuple[str, ...]:
    """A label and its parts: "KCNA (Korean Central News Agency)" is also "KCNA" and the long name."""
    inside = re.findall(r"\(([^()]+)\)", name)
    outside = re.sub(r"\([^()]*\)", " ", name).strip()
    return tuple(v for v in dict.fromkeys([name, outside, *inside]) if v.strip())


_SITE = re.compile(r"[a-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2})?")


def names_match(labelled: str, traced: str | None, registry: Registry, traced_outlet_id: str | None = None) -> bool:
    """The same outlet by the registry, the same name once normalised (any variant of the
    label), or an unregistered site named by its domain: "techdirt.com" is Techdirt."""
    if not traced and not traced_outlet_id:
        return False
    if traced_outlet_id and any(owner.id == traced_outlet_id for owner in registry.with_short_form(labelled)):
        return True  # "NTV", the short form two channels share, for NTV (Turkey) on a Turkish page
    if traced and _SITE.fullmatch(traced.strip().casefold()):
        site = traced.strip().casefold().split(".")[0]
        if any(normalise_name(v).replace(" ", "") == site for v in name_variants(labelled)):
            return True
    for variant in name_variants(labelled):
        wanted = outlet_key(variant, registry)
        if traced_outlet_id and wanted == f"id:{traced_outlet_id}":
            return True
        if traced and (wanted == outlet_key(traced, registry) or normalise_name(variant) == normalise_name(traced)):
            return True
    return False


_KANA = re.compile(r"[\u3040-\u30ff]")


def person_matches(labelled: str, traced: str | None) -> bool:
    """Same person by full name, by the surname alone ("Taibbi" for "Matt Taibbi"), or by the full
    name after a title ("Prime Minister Manuel Valls"); titles the tool drops are dropped
    ("Mr Musk", "Chairman Musk": the surname alone), and so are middle initials."""
    if not traced:
        return False
    if _KANA.search(traced) and not _KANA.search(labelled):
        return _kana_sound(labelled) == _kana_sound(traced)
    wanted, got = (_without_initials(normalise_name(labelled).split()),
                   _without_initials(normalise_name(clean_name(traced) or traced).split()))
    if not wanted or not got:
        return False
    if len(wanted) > 1 and got[-len(wanted):] == wanted:
        return True
    if len(wanted) > 1 and len(got) > 1 and (_sounds_alike(wanted[-2:], got[-2:])
                                             or _sounds_alike(wanted[-2:], got[-2:][::-1])):
        return True  # another language's spelling or order: "Suhail Schahin", "Mujahid Zabiullah"
    if wanted == got:
        return True
    return (len(wanted) == 1 or len(got) == 1) and (wanted[-1] == got[-1] or _sounds_alike(wanted[-1:], got[-1:]))


def _kana_sound(name: str) -> str:
    """A full name's consonants as Japanese katakana keeps them: "l" is "r", an "r" before a
    consonant or at a word's end is a long vowel ("Roberts" is "ロバーツ", robātsu), an "m"
    before "p" or "b" is "n": "John Roberts" and "ジョン・ロバーツ" are both "jn rbts"."""
    words = romanised(normalise_name(name)).replace("-", " ").split()
    if not _KANA.search(name):  # as katakana hears an English name: "Trump" is "toranpu"
        words = [re.sub(r"m(?=[pb])", "n", re.sub(r"r(?=[^aeiouy]|$)", "", word)) for word in words]
    return " ".join(consonants(word.replace("l", "r")) for word in words)


def _without_initials(words: list[str]) -> list[str]:
    """A middle initial does not make two names differ: "John G. Roberts" is John Roberts."""
    kept = [w for i, w in enumerate(words) if not (len(w) == 1 and 0 < i < len(words) - 1)]
    return kept or words


def _sounds_alike(wanted: list[str], got: list[str]) -> bool:
    """Given name and surname each with the same sound skeleton once romanised ("Херш" is
    Hersh), by any of the tool's own keys (translation anchors', the uncased scripts'
    consonants, which drop "h", or the Slavic transliterations': "Evguéni Prigojine" is
    Yevgeny Prigozhin), the surname's at least three letters long."""
    wanted, got = [romanised(w).casefold() for w in wanted], [romanised(w).casefold() for w in got]
    return any(all(key(a) == key(b) for a, b in zip(wanted, got, strict=True)) and len(key(wanted[-1])) >= 3
               for key in (skeleton, consonants, transliteration_key))


# ------------------------------------------------------------------ synthetic piles


@dataclass(frozen=True)
class TruthRecord:
    """One record of a synthetic pile's truth file."""

    id: str
    story: str
    role: str
    root: str
    parent: str | None = None
    relation: str | None = None


@dataclass(frozen=True)
class RootOutcome:
    """Whether one article's traced root is an accepted one, with what was traced."""

    article: str
    story: str
    role: str
    expected: tuple[str, ...]
    got: str | None
    chain: tuple[str, ...]
    hit: bool


def load_truth(path: Path) -> tuple[TruthRecord, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(TruthRecord(r["id"], r["story"], r["role"], r["root"], r.get("parent"), r.get("relation"))
                 for r in data["records"])


def duplicate_group(root: str, truth: Iterable[TruthRecord]) -> frozenset[str]:
    """The original and its exact duplicates: records the tool cannot order, so any may be the root."""
    return frozenset({root} | {r.id for r in truth if r.role == "duplicate" and r.parent == root})


def accepted_roots(record: TruthRecord, truth: Iterable[TruthRecord]) -> frozenset[str]:
    """The roots counted right for a record: its original's duplicate group."""
    return duplicate_group(record.root, truth)


def score_roots(truth: Iterable[TruthRecord], graph: ProvenanceGraph) -> tuple[RootOutcome, ...]:
    """Each truth record's traced root against the accepted ones (a missing article is a miss)."""
    records = tuple(truth)
    articles = {a.id: a for a in graph.articles}
    outcomes = []
    for record in records:
        accepted = accepted_roots(record, records)
        article = articles.get(record.id)
        got = article.root if article else None
        hit = got is not None and (got in accepted or bool(same_as(graph, got) & accepted)
                                   or _answered_statement(graph, article.chain if article else (), accepted))
        outcomes.append(RootOutcome(record.id, record.story, record.role, tuple(sorted(accepted)), got,
                                    article.chain if article else (), hit))
    return tuple(outcomes)


def _answered_statement(graph: ProvenanceGraph, chain: Sequence[str], accepted: frozenset[str]) -> bool:
    """A follow-up's chain may end one step past it, at the statement it reports: still its story."""
    if len(chain) < 2 or chain[-2] not in accepted:
        return False
    node = node_or_none(graph, chain[-1])
    return node is not None and str(node.kind) == "statement"


def ratios_by(outcomes: Iterable[RootOutcome], key: str) -> dict[str, Ratio]:
    """Root accuracy per value of an outcome field ("story", "role"), keys sorted."""
    grouped: dict[str, list[bool]] = {}
    for outcome in outcomes:
        grouped.setdefault(str(getattr(outcome, key)), []).append(outcome.hit)
    return {name: tally(grouped[name]) for name in sorted(grouped)}


# ------------------------------------------------------------------ real piles


@dataclass(frozen=True)
class Original:
    """A labelled original: an outlet's report, a person's publication, maybe a page of the pile."""

    id: str
    outlet: str | None = None
    person: str | None = None
    platform: str | None = None
    page: str | None = None

    def describe(self) -> str:
        if self.page:
            return f"page {self.page}"
        if self.person:
            return f"person {self.person}" + (f" ({self.platform})" if self.platform else "")
        return f"outlet {self.outlet}"


@dataclass(frozen=True)
class Check:
    """One scored judgement on a real pile: a page's root, a copy pair, or a named source."""

    story: str
    metric: str  # root, copy-pair, explicit-source
    subject: str  # the page, or "p03+p07"
    role: str
    expected: str
    got: str
    hit: bool


def originals_of(labels: Mapping[str, Any]) -> dict[str, Original]:
    """The story's original and the follow-ups' originals, by id."""
    entries = [labels.get("original"), *list(labels.get("other_originals") or [])]
    found = {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get("id"):
            found[entry["id"]] = Original(entry["id"], entry.get("outlet"), entry.get("person"),
                                          entry.get("platform"), entry.get("page"))
    return found


def describe_node(node: Node | None, node_id: str | None) -> str:
    """What a traced root is, in the words a miss list needs."""
    if node is None:
        return node_id or "(not traced)"
    person = getattr(node, "person", None)
    extra = f", person {person}" if person else ""
    return f"{node.id} [{node.kind}: {node.outlet or node.label}{extra}]"


def root_hit(graph: ProvenanceGraph, root: str | None, original: Original, registry: Registry) -> bool:
    """The traced root is the labelled original: its page (or a twin), its person, or its outlet."""
    if root is None:
        return False
    if original.page:
        return root == original.page or original.page in same_as(graph, root)
    node = node_or_none(graph, root)
    if node is None:
        return False
    if original.person:
        if str(node.kind) in PERSON_KINDS and (person_matches(original.person, getattr(node, "person", None))
                                              or person_matches(original.person, node.label)):
            return True
        # a body's statement issued in a person's name ("the Court's statement, by Chief Justice
        # Roberts", labelled with both) is found as either's statement node; an outlet's interview
        # of a person (the Pope on RSI, labelled with both) as that outlet's report
        return bool(original.outlet) and (
            (str(node.kind) == "statement" and names_match(original.outlet, getattr(node, "person", None), registry,
                                                          node.outlet_id))
            or (str(node.kind) == "report" and original.platform is None
                and names_match(original.outlet, node.outlet, registry, node.outlet_id)))
    if original.outlet:  # an organisation's statement is its node too: "Apple (statement)" for Apple's denial
        return (names_match(original.outlet, node.outlet, registry, node.outlet_id)
                or names_match(original.outlet, node.label, registry)
                or (str(node.kind) == "statement" and names_match(original.outlet, getattr(node, "person", None),
                                                                  registry)))
    return False


def check_roots(story: str, pages: Iterable[Mapping[str, Any]], graph: ProvenanceGraph,
                originals: Mapping[str, Original], registry: Registry) -> list[Check]:
    """Root checks for every page that is traced and not labelled unrelated."""
    articles = {a.id: a for a in graph.articles}
    checks = []
    for page in pages:
        page_id, role = str(page["id"]), str(page.get("role"))
        original = originals.get(str(page.get("story")))
        if role == "unrelated" or page_id not in articles or original is None:
            continue
        root = articles[page_id].root
        checks.append(Check(story, "root", page_id, role, original.describe(),
                            describe_node(node_or_none(graph, root), root),
                            root_hit(graph, root, original, registry)))
    return checks


def copy_pairs(pages: Iterable[Mapping[str, Any]], traced: Iterable[str]) -> list[tuple[str, str]]:
    """Every unordered pair of traced pages that share a copy group, in a stable order."""
    present = set(traced)
    groups: dict[str, list[str]] = {}
    for page in pages:
        group = page.get("copy_group")
        if group and str(page["id"]) in present:
            groups.setdefault(str(group), []).append(str(page["id"]))
    return [(a, b) for name in sorted(groups) for i, a in enumerate(sorted(groups[name]))
            for b in sorted(groups[name])[i + 1:]]


def check_copy_pairs(story: str, pages: Sequence[Mapping[str, Any]], graph: ProvenanceGraph) -> list[Check]:
    roles = {str(p["id"]): str(p.get("role")) for p in pages}
    return [Check(story, "copy-pair", f"{a}+{b}", f"{roles[a]}+{roles[b]}", "joined",
                  "joined" if (hit := pair_joined(graph, a, b)) else "not joined", hit)
            for a, b in copy_pairs(pages, (article.id for article in graph.articles))]


def check_translations(story: str, pages: Sequence[Mapping[str, Any]], graph: ProvenanceGraph) -> list[Check]:
    """Recall: each page labelled as translating another page of the pile is joined to it
    (directly or through one node). Precision: each ``translates`` edge between two pages
    joins a labelled pair, a page and a copy of the one it translates, or two translations
    of one source."""
    traced = {article.id for article in graph.articles}
    by_id = {str(p["id"]): p for p in pages}
    wanted = sorted((str(p["id"]), str(p["translates"])) for p in pages
                    if str(p.get("translates") or "").startswith("p") and str(p["id"]) in traced
                    and str(p["translates"]) in traced)
    checks = [Check(story, "translation-pair", f"{a}>{b}", str(by_id[a].get("role")), "joined",
                    "joined" if (hit := pair_joined(graph, a, b)) else "not joined", hit) for a, b in wanted]
    for edge in graph.edges:
        if relation_name(edge.relation) == "translates" and edge.source in by_id and edge.target in by_id:
            hit = _labelled_translation(by_id[edge.source], by_id[edge.target], by_id)
            checks.append(Check(story, "translation-edge", f"{edge.source}>{edge.target}",
                                str(by_id[edge.source].get("role")), "a labelled translation",
                                "labelled" if hit else "not labelled", hit))
    return checks


#: Roles of a page that carries its source's text as it is (a translation of that source is
#: a translation of the page too).
CARRIER_ROLES = frozenset({"copy", "republisher", "snapshot", "duplicate"})


def _labelled_translation(first: Mapping[str, Any], second: Mapping[str, Any],
                          by_id: Mapping[str, Mapping[str, Any]]) -> bool:
    """The two pages are a labelled translation pair, a translation and a copy of its source
    (same copy group, or a copy or republication of the outlet report it translates, when that
    report is not in the pile), or two translations of one source."""
    for page, other in ((first, second), (second, first)):
        target = str(page.get("translates") or "")
        if target == str(other["id"]) or _translates_its_original(page, other):
            return True
        source = by_id.get(target)
        if source is not None and source.get("copy_group") and source.get("copy_group") == other.get("copy_group"):
            return True
        if target.startswith("outlet:") and other.get("immediate_source") == target \
                and other.get("role") in CARRIER_ROLES:
            return True  # "translates outlet:Reuters" and a Reuters copy in the pile
    return bool(first.get("translates")) and first.get("translates") == second.get("translates")


def _translates_its_original(page: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """A translation whose immediate source is its story's original, and the original's page
    (labelled "role": "original" in that story): "CNN's own Spanish translation of the
    exclusive", whose "translates" field was left empty."""
    return page.get("role") == "translation" and page.get("immediate_source") == "original" \
        and other.get("role") == "original" and other.get("story") == page.get("story")


#: Edges by which a page names its source: the evidence is on the edge (the name-only
#: fallback for languages without cues is an edge, not a cue attribution).
CITATION_RELATIONS = frozenset({Relation.CITES, Relation.CREDITS, Relation.WEAKLY_CITES})


def cited_nodes(graph: ProvenanceGraph) -> dict[str, list[Node]]:
    """The nodes each article cites, credits or weakly cites, by article id."""
    nodes = {node.id: node for node in graph.nodes}
    cited: dict[str, list[Node]] = {}
    for edge in graph.edges:
        if edge.relation in CITATION_RELATIONS and edge.target in nodes:
            cited.setdefault(edge.source, []).append(nodes[edge.target])
    return cited


def source_found(article: ArticleResult, name: str, registry: Registry, cited: Iterable[Node] = ()) -> bool:
    """The article has an attribution resolved to this name (photo credits do not count), or
    a citation edge to a node of that outlet or person."""
    is_outlet = outlet_key(name, registry).startswith("id:")
    named = [(a.label, a.outlet_id) for a in article.attributions if a.kind != "photo-credit"]
    named += [(node.person or node.outlet or node.label, node.outlet_id) for node in cited]
    for label, outlet_id in named:
        if names_match(name, label, registry, outlet_id):
            return True
        if not is_outlet and person_matches(name, label):
            return True
    return False


def check_sources(story: str, pages: Iterable[Mapping[str, Any]], graph: ProvenanceGraph,
                  registry: Registry) -> list[Check]:
    """One check per labelled explicit source of each traced page."""
    articles = {a.id: a for a in graph.articles}
    cited = cited_nodes(graph)
    checks = []
    for page in pages:
        article = articles.get(str(page["id"]))
        if article is None:
            continue
        for source in page.get("explicit_sources") or []:
            name = str(source.get("name") or "")
            if not name:
                continue
            found = source_found(article, name, registry, cited.get(article.id, ()))
            labels = sorted({a.label for a in article.attributions if a.kind != "photo-credit"})
            checks.append(Check(story, "explicit-source", article.id, str(page.get("role")),
                                f"{name} ({source.get('kind')})", "found" if found else "; ".join(labels[:8]) or "none",
                                found))
    return checks
