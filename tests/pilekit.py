"""Small made-up piles for the graph tests: JSON Lines records written to a temporary
folder and traced with the library API, as a user's pile would be."""

from __future__ import annotations

import json
from pathlib import Path

import provenance
from provenance.models import Edge

#: A paper's scoop, paragraph by paragraph (our own wording): the story the piles retell.
SCOOP = [
    "The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging contract "
    "from its own auditors for eight months, according to internal minutes seen by the newspaper.",
    "The minutes, dated July 2024, show board chair Ilse Marrow telling members that the overrun would be "
    "reported only after the regional election in the autumn.",
    "Two board members said the contractor, Venn Marine, had been paid in advance for dredging work on the "
    "northern basin that has still not started.",
    "A spokesman for Venn Marine said the company had complied with every term of its contract and would "
    "welcome any review by the audit office.",
    "The audit office said on Sunday evening that it would examine the minutes and the payment records "
    "before the end of the month.",
]


def trace(tmp_path: Path, records: list[dict[str, object]], name: str = "pile.jsonl",
          outlet_files: tuple[Path, ...] = ()) -> provenance.ProvenanceGraph:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return provenance.trace([path], provenance.Config(workers=1, outlet_files=outlet_files))


def record(outlet: str, url: str, published: str | None, paragraphs: list[str], title: str) -> dict[str, object]:
    """One article as a JSON record: outlet, URL, title, text and, when given, its timestamp."""
    found: dict[str, object] = {"outlet": outlet, "url": url, "title": title, "text": "\n\n".join(paragraphs)}
    if published:
        found["published"] = published
    return found


def edge(graph: provenance.ProvenanceGraph, source: str, target: str) -> Edge:
    return next(e for e in graph.edges if e.source == source and e.target == target)
