"""The nodes of the graph, made once each: articles, cited reports, people's publications."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from provenance.facts import ArticleFacts, slug
from provenance.kinds import NodeKind
from provenance.models import DateRange, Node

#: Two transliterated surnames this close (rapidfuzz ratio, 0-100) name one person:
#: "taibbi"/"taibi" 91, "musk"/"mask" 75 (not merged: too short to tell).
PERSON_KEY_SIMILARITY = 85


class NodeTable:
    """The nodes made so far, owned by one graph build; the first making of an id wins."""

    def __init__(self, initial: Mapping[str, Node]) -> None:
        self._nodes = dict(initial)
        self._initial = dict(initial)  # what changes() compares with
        self._person_keys: dict[str, list[str]] = {}  # id prefix (person, statement) -> keys

    def add(self, node: Node) -> str:
        self._nodes.setdefault(node.id, node)
        return node.id

    def add_person(self, node: Node) -> str:
        """A person's node (publication or statement), met again under another spelling of the surname.

        "Taibbi", "Taibi" and "Тайбби" are one person: keys (transliterated surnames) that
        are close (rapidfuzz ratio at least PERSON_KEY_SIMILARITY) share the first node.
        """
        prefix, _, key = node.id.rpartition(":")
        known = self._person_keys.setdefault(prefix, [])
        for existing in known:
            if existing == key or (existing[:1] == key[:1] and fuzz.ratio(existing, key) >= PERSON_KEY_SIMILARITY):
                return f"{prefix}:{existing}"
        known.append(key)
        return self.add(node)

    def update(self, node: Node) -> None:
        """Replace a node by a newer version of itself (a date, a better label)."""
        self._nodes[node.id] = node

    def __getitem__(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._nodes))

    def snapshot(self) -> dict[str, Node]:
        return dict(self._nodes)

    def changes(self) -> NodeChanges:
        """The nodes added or replaced since the table was made, in the table's order, and the
        person keys met: what a copy of the table filled in another process sends back."""
        return NodeChanges({node_id: node for node_id, node in self._nodes.items()
                            if self._initial.get(node_id) is not node}, self._person_keys)

    def apply(self, changes: NodeChanges) -> None:
        """Make this table what the copy that made ``changes`` became (this one unchanged
        since it was made): replaced nodes keep their place, new ones follow in the copy's order."""
        self._nodes.update(changes.nodes)
        self._person_keys = {prefix: list(keys) for prefix, keys in changes.person_keys.items()}


@dataclass(frozen=True)
class NodeChanges:
    """What a :class:`NodeTable` gained since it was made (:meth:`NodeTable.changes`)."""

    nodes: dict[str, Node]  # new or replaced nodes, in the table's order
    person_keys: dict[str, list[str]]


def article_node(fact: ArticleFacts, owner: tuple[str, str] | None = None) -> Node:
    """An input article's node; ``owner`` (whose, platform) for a page on a person's account,
    labelled by whose post it is ("Matt Taibbi (x)"), not by the platform's host."""
    document = fact.identified.cleaned.document
    outlet = fact.publisher_name
    published = fact.published.isoformat() if fact.published else None
    month = fact.month
    dated = DateRange(published, published) if published or month is None else \
        DateRange(month.first_day.isoformat(), month.last_day.isoformat())
    person, platform = owner or (None, None)
    label = f"{person} ({platform})" if person else outlet or "Unknown outlet"
    return Node(id=fact.id, kind=NodeKind.ARTICLE, label=label, in_corpus=True, outlet=outlet,
                outlet_id=fact.publisher_id, published=published, published_range=dated,
                title=fact.title, path=document.path, url=document.url,
                person=person if person and not person.startswith("@") else None, platform=platform)


def report_node(outlet_id: str | None, name: str, note: str = "cited report, not in the corpus") -> Node:
    node_id = f"report:{outlet_id or slug(name)}"
    return Node(id=node_id, kind=NodeKind.REPORT, label=name, in_corpus=False, outlet=name, outlet_id=outlet_id,
                note=note)


def with_note(node: Node, note: str) -> Node:
    return replace(node, note=f"{node.note}; {note}" if node.note else note)
