"""The notebook API: records in, DataFrames, a networkx graph and CSV out."""

from __future__ import annotations

import csv
import gc
import io

import pandas as pd
import pytest

import provenance
from provenance import render

SCOOP = ("The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging contract from its "
         "own auditors for eight months, according to internal minutes seen by the newspaper. The minutes show board "
         "chair Ilse Marrow telling members the overrun would be reported only after the regional election.")
WIRE = ("LONDON (Reuters) - The Radora harbour board kept a 40 million crown cost overrun on the Teller Quay dredging "
        "contract from its own auditors for eight months, The Radora Courier reported on Monday. The minutes show "
        "board chair Ilse Marrow telling members the overrun would be reported only after the regional election.")
RECORDS = [
    {"id": "scoop", "outlet": "The Radora Courier", "url": "https://radoracourier.example/a",
     "published": "2025-03-17T09:00:00+01:00", "title": "Harbour overrun", "text": SCOOP},
    {"id": "wire", "outlet": "Reuters", "url": "https://www.reuters.com/world/radora",
     "published": "2025-03-17T11:00:00+00:00", "title": "Overrun, paper says", "text": WIRE},
    {"id": "copy", "outlet": "=HYPERLINK(\"http://evil.example\")", "url": "https://kettle.example/x",
     "published": "2025-03-17T15:00:00+01:00", "title": "Overrun", "text": "=1+1 " + WIRE.removeprefix("LONDON (Reuters) - ")},
]


@pytest.fixture(scope="module")
def graph():
    return provenance.trace_records(RECORDS, provenance.Config(workers=1))


def test_records_are_traced_with_their_own_ids(graph):
    assert sorted(a.id for a in graph.articles) == ["copy", "scoop", "wire"]
    assert graph.article("wire").root == "scoop"


def test_a_dataframe_with_empty_cells_is_traced_the_same(graph):
    frame = pd.DataFrame(RECORDS)
    frame.loc[0, "title"] = float("nan")
    traced = provenance.trace_records(frame, provenance.Config(workers=1))
    assert [a.root for a in traced.articles] == [a.root for a in graph.articles]


def test_a_record_without_text_or_with_a_used_id_is_a_problem_not_a_crash():
    traced = provenance.trace_records([RECORDS[0], {"id": "empty", "title": "no text"}, RECORDS[0]],
                                      provenance.Config(workers=1))
    assert [a.id for a in traced.articles] == ["scoop"]
    messages = [p.message for p in traced.problems]
    assert any("no text" in m for m in messages) and any("used by an earlier record" in m for m in messages)


def test_tables_have_typed_columns(graph):
    tables = graph.to_pandas()
    assert len(tables.articles) == 3 and len(tables.edges) == len(graph.edges)
    assert str(tables.articles["published"].dtype).startswith("datetime64")
    assert tables.edges["confidence"].dtype == "float64" and tables.articles["chain_length"].dtype == "int64"
    wire = tables.articles.set_index("id").loc["wire"]
    assert wire["root"] == "scoop" and wire["chain_length"] == 1


def test_networkx_graph_carries_every_node_and_edge(graph):
    digraph = graph.to_networkx()
    assert digraph.number_of_nodes() == len(graph.nodes) and digraph.number_of_edges() == len(graph.edges)
    assert digraph.edges["wire", "scoop"]["relation"] in ("cites", "rewrites", "copies")
    assert digraph.nodes["wire"]["parent"] == "scoop"


def test_edges_as_csv_defuse_spreadsheet_formulas(graph, tmp_path):
    rows = list(csv.DictReader(io.StringIO(render.to_csv(graph))))
    assert len(rows) == len(graph.edges)
    assert all(not value.startswith(("=", "+", "@")) for row in rows for value in row.values())
    from click.testing import CliRunner

    from provenance.cli import main

    source = tmp_path / "pile.jsonl"
    source.write_text("\n".join(__import__("json").dumps(r) for r in RECORDS), encoding="utf-8")
    result = CliRunner().invoke(main, ["trace", str(source), "-o", str(tmp_path / "edges.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "edges.csv").read_text(encoding="utf-8").startswith("source,target,relation,confidence")


def test_the_library_leaves_the_garbage_collector_as_it_found_it():
    for state in (True, False):
        (gc.enable if state else gc.disable)()
        provenance.trace_records(RECORDS[:1], provenance.Config(workers=1))
        assert gc.isenabled() is state
    gc.enable()


def test_the_notebook_page_runs_as_written(capsys):
    """Every code block of docs/notebook.md runs, and prints what its comments say."""
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "notebook.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, "docs/notebook.md", "exec"), {})
        printed = capsys.readouterr().out.splitlines()
        promised = [line.split("# ", 1)[1].strip() for line in block.splitlines()
                    if line.startswith("print(") and "# " in line]
        for line, expected in zip(printed, promised, strict=True):
            if not expected.startswith(("the ", "the longest")):
                assert line == expected, (line, expected)
