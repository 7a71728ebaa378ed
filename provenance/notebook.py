"""Using the tool from a notebook: records in, tables and graphs out.

``trace_records`` takes what a researcher already holds (a list of dicts, or a pandas
DataFrame with the usual column names: text, title, url, published, outlet); ``to_pandas``
and ``to_networkx`` turn the traced graph into the tables and the graph object that
analysis code expects, with numbers as numbers. pandas and networkx are optional
(``pip install provenance[notebook]``); everything else works without them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance.config import Config
from provenance.formats import record_to_document
from provenance.models import ArticleResult, Corpus, InputProblem, LoadedDocument, Node, ProvenanceGraph
from provenance.pipeline import trace_corpus
from provenance.render.csvout import EDGE_COLUMNS, edge_rows

if TYPE_CHECKING:  # optional dependencies, imported when used
    import networkx
    import pandas


def trace_records(records: Iterable[Mapping[str, Any]] | pandas.DataFrame, config: Config | None = None,
                  source: str = "records") -> ProvenanceGraph:
    """Trace records held in memory: dicts, or the rows of a DataFrame.

    Fields are read as in a JSON file (docs/cli.md): ``text`` (or body, content, ...),
    ``title``, ``url``, ``published``, ``outlet``. A record's ``id`` field names the
    article; without one it is ``<source>#<row>``. A record that cannot be used is a
    problem in ``graph.problems``, like an unreadable file.
    """
    rows = records.to_dict("records") if hasattr(records, "to_dict") else list(records)
    documents: list[LoadedDocument] = []
    problems: list[InputProblem] = []
    used: set[str] = set()
    for number, row in enumerate(rows, start=1):
        clean = {key: value for key, value in dict(row).items() if not _missing(value)}
        doc_id = str(clean.get("id") or f"{source}#{number}")
        if doc_id in used:
            problems.append(InputProblem(f"{source}#{number}", f"id {doc_id!r} is used by an earlier record"))
            continue
        used.add(doc_id)
        found = record_to_document(clean, doc_id, f"{source}#{number}", "record", number)
        (problems if isinstance(found, InputProblem) else documents).append(found)  # type: ignore[arg-type]
    return trace_corpus(Corpus(tuple(documents), tuple(problems)), config)


def _missing(value: object) -> bool:
    """None, or a DataFrame's empty cell (NaN)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


@dataclass(frozen=True)
class Tables:
    """The graph as three DataFrames: one row per article, node and edge."""

    articles: pandas.DataFrame
    nodes: pandas.DataFrame
    edges: pandas.DataFrame


def to_pandas(graph: ProvenanceGraph) -> Tables:
    """Articles, nodes and edges as DataFrames, with typed columns (dates as timestamps,
    confidence as a float, counts as integers)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_pandas needs pandas: pip install 'provenance[notebook]'") from None
    by_id = {node.id: node for node in graph.nodes}
    articles = pd.DataFrame([_article_row(article, by_id[article.id]) for article in graph.articles],
                            columns=["id", "outlet", "published", "language", "role", "parent", "root", "chain_length",
                                     "url", "title"])
    nodes = pd.DataFrame([_node_row(n) for n in graph.nodes],
                         columns=["id", "kind", "label", "role", "outlet", "outlet_id", "published", "in_corpus",
                                  "parent", "person", "platform", "url"])
    edges = pd.DataFrame(edge_rows(graph), columns=list(EDGE_COLUMNS))
    for table in (articles, nodes):
        table["published"] = pd.to_datetime(table["published"], errors="coerce", utc=True, format="ISO8601")
    articles["chain_length"] = articles["chain_length"].astype("int64")
    edges["confidence"] = edges["confidence"].astype("float64")
    edges["aligned"] = edges["aligned"].astype("float64")
    edges["evidence_count"] = edges["evidence_count"].astype("int64")
    return Tables(articles, nodes, edges)


def to_networkx(graph: ProvenanceGraph) -> networkx.DiGraph:
    """A directed graph, edges from the later node to its source (as in the JSON), every
    node's and edge's fields as attributes."""
    try:
        import networkx as nx
    except ImportError:
        raise ImportError("to_networkx needs networkx: pip install 'provenance[notebook]'") from None
    result = nx.DiGraph()
    for node in graph.nodes:
        result.add_node(node.id, **{key: value for key, value in _node_row(node).items() if key != "id"})
    for row in edge_rows(graph):
        result.add_edge(row["source"], row["target"], **{k: v for k, v in row.items() if k not in ("source", "target")})
    return result


def _node_row(node: Node) -> dict[str, Any]:
    return {"id": node.id, "kind": str(node.kind), "label": node.label, "role": str(node.role) if node.role else None,
            "outlet": node.outlet, "outlet_id": node.outlet_id, "published": node.published,
            "in_corpus": node.in_corpus, "parent": node.parent, "person": node.person, "platform": node.platform,
            "url": node.url}


def _article_row(article: ArticleResult, node: Node) -> dict[str, Any]:
    return {"id": article.id, "outlet": node.outlet, "published": node.published, "language": article.language,
            "role": str(node.role) if node.role else None, "parent": node.parent, "root": article.root,
            "chain_length": len(article.chain) - 1, "url": article.url, "title": article.title}
