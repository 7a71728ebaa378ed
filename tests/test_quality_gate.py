"""Quality gates: the measured figures of docs/evaluation.md, pinned just under.

A change that makes identity or dates worse on the real evaluation data fails CI. The
floors only ever move up: after an improvement, re-run the benchmark, update
docs/evaluation.md and raise the floor here.
"""

from __future__ import annotations

import pytest
from conftest import SHARED, require_shared

#: Measured 2026-11-23 (docs/evaluation.md): F1 0.969 on all 100 pages, 0.986 on the 73
#: pages whose chosen date carries a UTC offset; plain htmldate 0.936 and 0.942.
DATES_F1_FLOOR = 0.96
DATES_TZ_F1_FLOOR = 0.98
#: Measured: 0.995 on the 792 annotated PolNeAR articles; 0.947 on the 75 wire-credited ones.
WIRE_ACCURACY_FLOOR = 0.99
WIRE_CREDITED_ACCURACY_FLOOR = 0.94


@pytest.fixture(scope="module")
def date_figures():
    from benchmarks.eval_dates import evaluate

    return evaluate(require_shared(SHARED / "eval" / "htmldate"))


def test_dates_beat_plain_htmldate_and_hold_their_floor(date_figures):
    ours, theirs = date_figures["provenance"], date_figures["htmldate"]
    assert ours["all"]["pages"] == 100
    assert ours["all"]["f1"] >= DATES_F1_FLOOR
    assert ours["all"]["f1"] >= theirs["all"]["f1"]
    assert ours["with-time-zone"]["f1"] >= DATES_TZ_F1_FLOOR
    assert ours["with-time-zone"]["f1"] >= theirs["with-time-zone"]["f1"]


def test_credited_wire_accuracy_on_polnear():
    from benchmarks.eval_outlets import evaluate

    figures = evaluate(require_shared(SHARED / "eval" / "polnear"))
    assert figures["articles"] >= 700
    assert figures["accuracy"] >= WIRE_ACCURACY_FLOOR
    assert figures["wire_accuracy"] >= WIRE_CREDITED_ACCURACY_FLOOR


#: Measured on PolNeAR train + dev (924 articles; docs/evaluation.md), 2026-12-07: source
#: overlap F1 0.762 (P 0.840, R 0.697), exact 0.604; cue overlap F1 0.703; outlet sources
#: overlap F1 0.705 (P 0.714, R 0.696), exact 0.636. Before the learned stance cues: 0.594,
#: 0.496, 0.545, 0.652, 0.606.
ATTRIBUTION_FLOORS = {"source-overlap": 0.755, "source-exact": 0.595, "cue-overlap": 0.695,
                      "outlet-source-overlap": 0.695, "outlet-source-exact": 0.625}
#: Precision is what a fact-checker relies on: an attribution we report should be real.
SOURCE_PRECISION_FLOOR = 0.84
#: Held-out dev alone (84 articles, never used to train or tune the stance model),
#: 2026-12-07: source overlap F1 0.737 (P 0.816), cue overlap F1 0.689.
DEV_ATTRIBUTION_FLOORS = {"source-overlap": 0.73, "cue-overlap": 0.68}
DEV_SOURCE_PRECISION_FLOOR = 0.81


def test_attribution_spans_on_polnear():
    from benchmarks.eval_attribution import evaluate

    figures = evaluate(require_shared(SHARED / "eval" / "polnear"))
    assert figures["articles"] >= 900
    for name, floor in ATTRIBUTION_FLOORS.items():
        assert figures[name]["f1"] >= floor, (name, figures[name])
    assert figures["source-overlap"]["precision"] >= SOURCE_PRECISION_FLOOR


def test_attribution_spans_on_held_out_polnear_dev():
    from benchmarks.eval_attribution import evaluate

    figures = evaluate(require_shared(SHARED / "eval" / "polnear"), part="dev")
    assert figures["articles"] >= 80
    for name, floor in DEV_ATTRIBUTION_FLOORS.items():
        assert figures[name]["f1"] >= floor, (name, figures[name])
    assert figures["source-overlap"]["precision"] >= DEV_SOURCE_PRECISION_FLOOR


#: Measured on METER courts (docs/evaluation.md): derived-vs-non edge F1 0.844 (P 0.905),
#: 3-way macro-F1 0.614 (the edges' own derivation, from the token alignment). Floors sit just under.
METER_EDGE_F1_FLOOR = 0.83
METER_EDGE_PRECISION_FLOOR = 0.89
METER_MACRO_F1_FLOOR = 0.60


def test_text_reuse_on_meter():
    from benchmarks.eval_meter import evaluate

    figures = evaluate(require_shared(SHARED / "eval" / "meter"))
    assert figures["articles"] >= 700
    assert figures["edge"]["f1"] >= METER_EDGE_F1_FLOOR
    assert figures["edge"]["precision"] >= METER_EDGE_PRECISION_FLOOR
    assert figures["macro_f1"] >= METER_MACRO_F1_FLOOR


#: Measured (docs/evaluation.md, real piles): 1.000 on seeds 1, 2, 3 and 7. The issue's bar
#: is 0.98; synthetic piles need no ../shared, so this gate always runs.
SYNTH_PILE_ROOT_FLOOR = 0.98


@pytest.mark.parametrize("seed", [11, 23])
def test_synthetic_messy_piles_root_at_their_originals(tmp_path, seed):
    from benchmarks import synth_piles
    from benchmarks.eval_synth_piles import trace_pile
    from benchmarks.pile_scoring import tally

    synth_piles.write(synth_piles.generate(seed, 5), tmp_path)
    outcomes = trace_pile(tmp_path)
    misses = [(o.article, o.role, o.got) for o in outcomes if not o.hit]
    assert (tally(o.hit for o in outcomes).value or 0) >= SYNTH_PILE_ROOT_FLOOR, misses
