"""Exports for other tools (PROV-JSON, PROV-N, GraphML) and the HTML report's structure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from hostile.corpus import write_hostile_corpus

import provenance
from provenance import render
from provenance.cli import main
from provenance.config import Config

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = [ROOT / "examples" / "calder-bridge"]
CONFIG = Config(outlet_files=(ROOT / "examples" / "outlets.json",))


@pytest.fixture(scope="module")
def graph():
    return provenance.trace(EXAMPLE, CONFIG)


def test_prov_json_reads_back_with_one_entity_per_node_and_one_derivation_per_edge(graph):
    from prov.model import ProvDerivation, ProvDocument, ProvEntity

    document = ProvDocument.deserialize(content=render.to_prov_json(graph), format="json")
    records = list(document.get_records())
    entities = [r for r in records if isinstance(r, ProvEntity)]
    derivations = [r for r in records if isinstance(r, ProvDerivation)]
    assert len(entities) == len(graph.nodes)
    assert len(derivations) == len(graph.edges)
    ids = {str(value) for entity in entities for key, value in entity.attributes if str(key) == "pv:id"}
    assert {a.id for a in graph.articles} <= ids
    kinds = {str(value) for d in derivations for key, value in d.attributes if str(key) == "prov:type"}
    assert {"prov:Quotation", "prov:PrimarySource"} <= kinds  # wasQuotedFrom and hadPrimarySource are used


def test_seed_prov_has_the_washington_post_report(seeds_dir):
    from prov.model import ProvDocument, ProvEntity

    seeds = provenance.trace([seeds_dir])
    document = ProvDocument.deserialize(content=render.to_prov_json(seeds), format="json")
    labels = [str(v) for r in document.get_records() if isinstance(r, ProvEntity)
              for k, v in r.attributes if str(k) == "pv:id"]
    assert "report:washington-post" in labels and len(labels) == len(seeds.nodes)


def test_prov_n_and_graphml(graph):
    provn = render.to_prov_n(graph)
    assert provn.startswith("document") and provn.count("wasDerivedFrom(") == len(graph.edges)
    root = ElementTree.fromstring(render.to_graphml(graph).encode("utf-8"))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(root.findall(f"{ns}graph/{ns}node")) == len(graph.nodes)
    assert len(root.findall(f"{ns}graph/{ns}edge")) == len(graph.edges)


def test_html_report_structure(graph):
    page = render.to_html(graph)
    assert '<meta http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert page.lower().count("<script") == 1  # our sorting script, and only it may run:
    import base64
    import hashlib

    script = page[page.index("<script>") + 8:page.index("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page and script == render.html.SORT_SCRIPT
    assert "<h2>Findings</h2>" in page and "uncredited-copy" in page
    for index in range(len(graph.nodes)):
        assert f'id="n{index}"' in page  # a section per node, the diagram links to it
    assert 'xlink:href="#n' in page or 'href="#n' in page
    assert "<del>" in page or "<ins>" in page or "<mark>" in page  # aligned passages with changes marked


def test_hostile_text_is_escaped_in_html_and_graphml(tmp_path):
    write_hostile_corpus(tmp_path)
    hostile = provenance.trace([tmp_path])
    page = render.to_html(hostile)
    assert page.lower().replace("&lt;script", "").count("<script") == 1  # ours alone, no page's
    assert "onerror=" not in page.replace("onerror=&quot;", "").replace("onerror=\\", "")
    ElementTree.fromstring(render.to_graphml(hostile).encode("utf-8"))  # still well-formed XML


@pytest.mark.parametrize(("name", "check"), [
    ("report.html", "<!DOCTYPE html>"), ("graph.prov.json", '"wasDerivedFrom"'), ("graph.provn", "document"),
    ("graph.graphml", "<graphml")])
def test_cli_writes_each_format_from_its_extension(tmp_path, name, check):
    out = tmp_path / name
    result = CliRunner().invoke(main, ["trace", str(EXAMPLE[0]), "--outlets", str(CONFIG.outlet_files[0]),
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert check in out.read_text(encoding="utf-8")


def test_collapse_and_sources_options(graph):
    collapsed = render.to_dot(graph, render.DiagramOptions(collapse=True))
    assert "copies" in collapsed and "_copies" in collapsed
    with_sources = render.to_dot(graph, render.DiagramOptions(sources=True))
    assert "quoted in" in with_sources


def test_exports_are_deterministic_across_hash_seeds():
    script = ("import sys, pathlib, provenance; from provenance import render; from provenance.config import Config;"
              f"g = provenance.trace([{str(EXAMPLE[0])!r}], Config(outlet_files=(pathlib.Path({str(CONFIG.outlet_files[0])!r}),)));"
              "sys.stdout.write(render.to_prov_json(g) + render.to_prov_n(g) + render.to_graphml(g) + render.to_html(g))")
    outputs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outputs) == 1


def test_html_report_groups_findings_and_lists_every_article_in_an_overview(tmp_path):
    from benchmarks.synth_piles import generate, write

    pile, _ = write(generate(seed=3, stories=7), tmp_path)
    big = provenance.trace([pile], provenance.Config(workers=1))
    page = render.to_html(big)
    kinds = {f.kind for f in big.findings}
    for kind in kinds:
        count = sum(1 for f in big.findings if f.kind == kind)
        assert f"<h3>{kind} ({count})</h3>" in page
        if count > 3:
            assert f"<summary>{count - 3} more</summary>" in page
    overview = page[page.index('id="overview"'):page.index("<h2>Articles</h2>")]
    assert all(f">{article.id}</a>" in overview for article in big.articles)
    assert page.count("in the diagram</a>") == len(big.articles)  # every section links back to its node
    assert "max-width:none" in page  # the diagram keeps its natural size, in a scrolling box


def test_html_report_is_written_without_graphviz(graph, monkeypatch):
    import graphviz

    from provenance.render import html as html_report

    class Missing:
        def pipe(self, *args, **kwargs):
            raise graphviz.ExecutableNotFound(("dot",))

    monkeypatch.setattr(html_report, "build", lambda *args, **kwargs: Missing())
    page = render.to_html(graph)
    assert "needs Graphviz" in page and "<h2>Overview</h2>" in page
