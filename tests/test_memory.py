"""Stage boundaries: free memory handed back to the system."""

from __future__ import annotations

import sys

import pytest

from provenance import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_goes_back_to_the_system() -> None:
    blocks = [bytearray(64 * 1024) for _ in range(2_000)]  # from the heap (under the mmap threshold)
    del blocks
    assert memory.release_free_memory() is True


def test_without_malloc_trim_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.release_free_memory() is False
