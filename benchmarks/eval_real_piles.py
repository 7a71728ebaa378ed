"""Root accuracy, copy-pair recall and explicit-source recall on the labelled real piles.

Labels: benchmarks/real_piles/<story>.json (format in benchmarks/real_piles/LABELS.md).
Pages: --pages DIR/<story>/<page-id>.json (default ../real-piles, beside the checkout),
never committed. Each story's folder is traced once; a story whose folder is missing is
named in one line and skipped.

Run: python benchmarks/eval_real_piles.py [--labels DIR] [--pages DIR] [--story SLUG ...]
     [--markdown FILE] [--json]
Exit 0 when at least one story was scored, 2 when none could be.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
import provenance
from benchmarks.pile_scoring import (
    Check,
    Ratio,
    check_copy_pairs,
    check_roots,
    check_sources,
    check_translations,
    originals_of,
    tally,
)
from provenance.outlets import Registry, load_registry

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LABELS = ROOT / "benchmarks" / "real_piles"
DEFAULT_PAGES = ROOT.parent / "real-piles"
METRICS = ("root", "copy-pair", "explicit-source", "translation-pair", "translation-edge")
START, END = "<!-- real-piles:start -->", "<!-- real-piles:end -->"


@dataclass(frozen=True)
class StoryResult:
    """One story's checks, and what could not be scored."""

    story: str
    pages: int
    checks: tuple[Check, ...]
    missing_pages: tuple[str, ...] = ()

    def ratio(self, metric: str) -> Ratio:
        return tally(c.hit for c in self.checks if c.metric == metric)


def label_files(folder: Path, wanted: Iterable[str]) -> list[Path]:
    """Every story's label file, sorted; only the named stories when some are named."""
    names = set(wanted)
    return [path for path in sorted(folder.glob("*.json")) if not names or path.stem in names]


#: The pages corpus prints a page's date metadata before its text: "date 2019-05-18 Title ...".
_CORPUS_DATE = re.compile(r"^\s*date (?P<value>\d{4}-\d\d(?:-\d\d)?)\s+")


def staged_pages(folder: Path, staging: Path) -> Path:
    """The story's pages as the pages corpus holds them: the date it prints before the text
    becomes the record's ``published`` field (its metadata; a bare month stays a month, which
    the tool keeps as a range, never a day), the text is left as it was."""
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found = _CORPUS_DATE.match(record.get("text", ""))
        if found is not None:
            record["text"] = record["text"][found.end():]
            record["published"] = found["value"]
        (staging / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return staging


def score_story(labels: dict[str, Any], folder: Path, registry: Registry, config: provenance.Config) -> StoryResult:
    """Trace the story's folder once and run every check on the one graph."""
    story = str(labels.get("story") or folder.name)
    with tempfile.TemporaryDirectory() as staging:
        graph = provenance.trace([staged_pages(folder, Path(staging))], config)
    pages = [page for page in labels.get("pages", []) if isinstance(page, dict) and page.get("id")]
    traced = {article.id for article in graph.articles}
    missing = tuple(str(page["id"]) for page in pages if str(page["id"]) not in traced)
    checks = (check_roots(story, pages, graph, originals_of(labels), registry)
              + check_copy_pairs(story, pages, graph) + check_sources(story, pages, graph, registry)
              + check_translations(story, pages, graph))
    return StoryResult(story, len(pages), tuple(checks), missing)


def evaluate(label_paths: list[Path], pages_root: Path,
             config: provenance.Config) -> tuple[list[StoryResult], list[str]]:
    """Score each story whose pages are present; say in a line why the others were skipped."""
    registry = load_registry(())
    results, skipped = [], []
    for path in label_paths:
        labels = json.loads(path.read_text(encoding="utf-8"))
        folder = pages_root / path.stem
        if not folder.is_dir():
            skipped.append(f"{path.stem}: no pages folder at {folder}, skipped")
            continue
        results.append(score_story(labels, folder, registry, config))
    return results, skipped


def overall(results: list[StoryResult], metric: str) -> Ratio:
    return sum((r.ratio(metric) for r in results), Ratio())


def table_rows(results: list[StoryResult]) -> list[list[str]]:
    """One row per story and an overall row (sums of hits and totals, not a mean of shares)."""
    rows = [[r.story, str(r.pages), *(r.ratio(m).text() for m in METRICS)] for r in results]
    rows.append(["overall", str(sum(r.pages for r in results)), *(overall(results, m).text() for m in METRICS)])
    return rows


HEADER = ["story", "pages", "root accuracy", "copy-pair recall", "explicit-source recall",
          "translation-pair recall", "translation-edge precision"]


def markdown_table(results: list[StoryResult]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(results)]
    return "\n".join(lines)


def write_markdown(path: Path, results: list[StoryResult]) -> None:
    """Replace the text between the markers (appending them at the end when missing)."""
    section = f"{START}\n{markdown_table(results)}\n{END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if pattern.search(old):
        new = pattern.sub(lambda _: section, old, count=1)
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + ("\n" if old else "") + section + "\n"
    path.write_text(new, encoding="utf-8")


def print_report(results: list[StoryResult], skipped: list[str]) -> None:
    for line in skipped:
        print(line)
    widths = [max(len(row[i]) for row in [HEADER, *table_rows(results)]) for i in range(len(HEADER))]
    for row in [HEADER, *table_rows(results)]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    for result in results:
        misses = [c for c in result.checks if not c.hit]
        if not misses and not result.missing_pages:
            continue
        print(f"\n{result.story}: {len(misses)} misses")
        if result.missing_pages:
            print(f"  pages labelled but not traced: {', '.join(result.missing_pages)}")
        for check in misses:
            print(f"  {check.metric:<15} {check.subject} ({check.role}): labelled {check.expected}; traced {check.got}")


def as_json(results: list[StoryResult], skipped: list[str]) -> dict[str, Any]:
    return {
        "overall": {metric: overall(results, metric).as_json() for metric in METRICS},
        "stories": {r.story: {"pages": r.pages, **{m: r.ratio(m).as_json() for m in METRICS},
                              "missing_pages": list(r.missing_pages),
                              "misses": [asdict(c) for c in r.checks if not c.hit]} for r in results},
        "skipped": skipped,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="folder of <story>.json label files")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of <story>/<page-id>.json pages")
    parser.add_argument("--story", nargs="*", default=[], help="only these stories")
    parser.add_argument("--markdown", type=Path, help="rewrite the real-piles section of this Markdown file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--workers", type=int, default=1, help="processes per trace (1: no fork)")
    parser.add_argument("--meaning", action="store_true",
                        help="find translations by meaning too (needs the 'meaning' extra)")
    args = parser.parse_args(argv)
    config = provenance.Config(workers=args.workers, meaning=args.meaning)
    results, skipped = evaluate(label_files(args.labels, args.story), args.pages, config)
    if args.json:
        print(json.dumps(as_json(results, skipped), indent=2, ensure_ascii=False))
    else:
        print_report(results, skipped)
    if args.markdown and results:
        write_markdown(args.markdown, results)
    return 0 if results else 2


if __name__ == "__main__":
    sys.exit(main())
