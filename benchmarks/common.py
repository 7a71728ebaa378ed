"""The command line shared by the evaluation scripts: --data, --json, --errors."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def run(description: str, default_data: Path, evaluate: Callable[[Path], dict[str, Any]],
        print_table: Callable[[dict[str, Any]], None]) -> int:
    """Evaluate, then print the figures as a table or JSON, and the errors if asked."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=default_data)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list every wrong prediction")
    args = parser.parse_args()
    figures = evaluate(args.data)
    errors = figures.pop("errors", [])
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_table(figures)
    if args.errors:
        print("\n".join(str(error) for error in errors))
    return 0


def prf(correct_predictions: int, predictions: int, found_gold: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 (rounded to 3 places) from counts; 0 where undefined."""
    precision = correct_predictions / predictions if predictions else 0.0
    recall = found_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
