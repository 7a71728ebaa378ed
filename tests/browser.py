"""Headless Chromium for tests that look at our output as a person's browser shows it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic", "--hide-scrollbars"]
#: Let scripts in a page run long enough to show themselves before the DOM is dumped.
VIRTUAL_TIME_MS = 2000


def chromium() -> str:
    """The Chromium binary; CI installs it (make test), elsewhere its absence skips."""
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package")
    pytest.skip("Chromium not installed (make test installs it)")
    raise AssertionError  # unreachable


def _run(arguments: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *arguments], cwd=cwd,
                              capture_output=True, text=True, timeout=120, check=False)


def dump_dom(page: Path) -> str:
    """The page's DOM after its scripts (if any were allowed to) had time to run."""
    result = _run([f"--virtual-time-budget={VIRTUAL_TIME_MS}", "--dump-dom", page.resolve().as_uri()], page.parent)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(page: Path, png: Path, size: str = "1600,1000") -> Path:
    result = _run([f"--window-size={size}", f"--screenshot={png}", page.resolve().as_uri()], page.parent)
    assert result.returncode == 0 and png.exists(), result.stderr[-2000:]
    return png


def is_blank(png: Path) -> bool:
    """True when every pixel has (nearly) the same colour."""
    from PIL import Image

    with Image.open(png) as image:
        extrema = image.convert("L").getextrema()
    return extrema[1] - extrema[0] < 10
