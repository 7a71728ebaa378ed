"""The edges as CSV (``-o edges.csv``): a spreadsheet's view of who took from whom."""

from __future__ import annotations

import csv
import io
from typing import Any

from provenance.models import ProvenanceGraph

EDGE_COLUMNS = ("source", "target", "relation", "confidence", "derivation", "aligned", "source_label", "target_label",
                "evidence_count", "evidence")


def edge_rows(graph: ProvenanceGraph) -> list[dict[str, Any]]:
    """One row per edge: who took from whom, how, how sure, and the first piece of evidence; for
    a copy or rewrite, wholly or partially derived and the share of its words aligned with the target."""
    labels = {node.id: node.label for node in graph.nodes}
    return [{"source": e.source, "target": e.target, "relation": str(e.relation), "confidence": e.confidence,
             "derivation": str(e.reuse.derivation) if e.reuse and e.reuse.derivation else None,
             "aligned": e.reuse.aligned if e.reuse else None,
             "source_label": labels.get(e.source, ""), "target_label": labels.get(e.target, ""),
             "evidence_count": len(e.evidence), "evidence": e.evidence[0].text if e.evidence else ""}
            for e in graph.edges]


#: A cell a spreadsheet would run as a formula: page text is hostile, so such a cell is
#: written with a leading apostrophe (the OWASP advice for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(graph: ProvenanceGraph) -> str:
    """The edges as CSV, one row each (columns :data:`EDGE_COLUMNS`); text that would start a
    formula in a spreadsheet is defused."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(EDGE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in edge_rows(graph):
        writer.writerow({key: _defused(value) for key, value in row.items()})
    return buffer.getvalue()


def _defused(value: Any) -> Any:
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value
