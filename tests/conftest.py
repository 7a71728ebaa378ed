"""Shared fixtures: paths to the bundled example and to the real data in ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLE = ROOT / "examples" / "calder-bridge"
EXAMPLE_OUTLETS = ROOT / "examples" / "outlets.json"

if str(ROOT) not in sys.path:  # the quality gates import the evaluation code in benchmarks/
    sys.path.insert(0, str(ROOT))


def require_shared(path: Path) -> Path:
    """Real-data tests need ../shared; CI always has it, so there a missing folder fails."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the checkout")
        pytest.skip(f"{path} not present (clone ../shared beside the checkout to run real-data tests)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared(SEEDS)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
