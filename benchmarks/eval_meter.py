"""Text reuse on ../shared/eval/meter (courts): newspapers against Press Association copy.

For each story (catchline), the PA files and the newspaper articles are traced together,
as a user would: PA copy with its wire timestamp and the outlet "PA Media", newspapers
with their paper and the next day's date. A newspaper labelled wholly or partially
derived should get a copies/rewrites edge to a PA file of its story; a non-derived one
none. The 3-way label is the edge's own (``edge.reuse.derivation``: wholly or partially
derived, by the share of the article's words aligned with PA, provenance.reuse.rule), and
non-derived without an edge.

Run: python benchmarks/eval_meter.py [--json] [--errors]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from provenance.config import Config
from provenance.load import decode_bytes
from provenance.models import Corpus, LoadedDocument, ProvenanceGraph
from provenance.pipeline import trace_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks.common import prf, run

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "meter"
PAPERS = {"guardian": "The Guardian", "times": "The Times", "independent": "The Independent",
          "mail": "Daily Mail", "mirror": "Daily Mirror", "sun": "The Sun", "star": "Daily Star",
          "express": "Daily Express", "telegraph": "The Daily Telegraph"}
LABELS = ("wholly", "partially", "non")
_STAMP = re.compile(r"(\d{1,2}):(\d{2})\s+(\d{2})/(\d{2})/(\d{2})")


def load_labels(data: Path) -> dict[str, str]:
    labels = {}
    for label in LABELS:
        for line in (data / "file_index" / "courts" / f"{label}_derived.txt").read_text().split():
            labels[line.removeprefix("meter_corpus/")] = label
    return labels


def story_corpus(data: Path, day: str, catchline: str) -> Corpus:
    documents = []
    for path in sorted((data / "PA" / "rawtexts" / "courts" / day / catchline).glob("*.txt")):
        text = decode_bytes(path.read_bytes())
        stamp = _STAMP.search(text[:400])
        published = (datetime(2000 + int(stamp[5]) if int(stamp[5]) < 50 else 1900 + int(stamp[5]), int(stamp[4]),
                              int(stamp[3]), int(stamp[1]), int(stamp[2])).isoformat() if stamp else None)
        documents.append(LoadedDocument(id=f"PA/{path.stem}", path=str(path.relative_to(data)), format="txt",
                                        text=text, outlet_raw="PA Media", outlet_raw_field="outlet",
                                        published_raw=published))
    next_day = (datetime.strptime(day, "%d.%m.%y") + timedelta(days=1)).date().isoformat()
    for path in sorted((data / "newspapers" / "rawtexts" / "courts" / day / catchline).glob("*.txt")):
        paper = PAPERS.get(path.stem.rsplit("_", 1)[-1], path.stem.rsplit("_", 1)[-1])
        documents.append(LoadedDocument(id=path.stem, path=str(path.relative_to(data)), format="txt",
                                        text=decode_bytes(path.read_bytes()), outlet_raw=paper,
                                        outlet_raw_field="outlet", published_raw=next_day))
    return Corpus(tuple(documents))


def predicted_label(graph: ProvenanceGraph, article_id: str) -> str:
    """non without a copies/rewrites edge to PA; else the edge's derivation (wholly or
    partially), wholly if any edge says so."""
    edges = [e for e in graph.edges if e.source == article_id and e.target.startswith("PA/")
             and e.relation in ("copies", "rewrites")]
    if not edges:
        return "non"
    derivations = {str(e.reuse.derivation) for e in edges if e.reuse is not None}
    return "wholly" if "wholly" in derivations else "partially"


def evaluate(data: Path = DEFAULT_DATA) -> dict[str, object]:
    labels = load_labels(data)
    stories = sorted({(Path(p).parts[3], Path(p).parts[4]) for p in labels})
    gold, predicted = {}, {}
    for day, catchline in stories:
        corpus = story_corpus(data, day, catchline)
        graph = trace_corpus(corpus, Config(vague_sources=False))
        for document in corpus.documents:
            key = f"newspapers/rawtexts/courts/{day}/{catchline}/{document.id}.txt"
            if key in labels:
                gold[key], predicted[key] = labels[key], predicted_label(graph, document.id)
    return _scores(gold, predicted)


def _scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, object]:
    confusion = Counter((gold[k], predicted[k]) for k in gold)
    per_label = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        claimed = sum(n for (_, p), n in confusion.items() if p == label)
        support = sum(n for (g, _), n in confusion.items() if g == label)
        per_label[label] = {"support": support, **prf(tp, claimed, tp, support)}
    derived = [k for k in gold if gold[k] != "non"]
    claimed = [k for k in gold if predicted[k] != "non"]
    hits = len([k for k in derived if predicted[k] != "non"])
    return {"articles": len(gold), "macro_f1": round(sum(v["f1"] for v in per_label.values()) / 3, 3),
            "edge": prf(hits, len(claimed), hits, len(derived)),
            "per_label": per_label,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
            "errors": sorted(f"{k}: {predicted[k]}, expected {gold[k]}" for k in gold if gold[k] != predicted[k])}


def _table(figures: dict[str, Any]) -> None:
    edge = figures["edge"]
    print(f"{figures['articles']} articles; 3-way macro-F1 {figures['macro_f1']:.3f}; derived-vs-non edge "
          f"P {edge['precision']:.3f} R {edge['recall']:.3f} F1 {edge['f1']:.3f}")
    for label, f in figures["per_label"].items():
        print(f"  {label:<10} support {f['support']:>4}  P {f['precision']:.3f}  R {f['recall']:.3f}  "
              f"F1 {f['f1']:.3f}")
    print("  confusion:", figures["confusion"])


def main() -> int:
    return run(__doc__.splitlines()[0], DEFAULT_DATA, evaluate, _table)


if __name__ == "__main__":
    sys.exit(main())
