"""Page text made safe to display: one line, printable, no direction overrides.

Pages are hostile input: a right-to-left override can make a diagram or terminal line
say something else than it contains, and control characters can drive a terminal.
"""

from __future__ import annotations

#: Bidirectional controls (embeddings, overrides, isolates, marks).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))


def display_text(text: str) -> str:
    """Whitespace collapsed, non-printable characters and bidi controls removed."""
    flat = " ".join(text.split())
    return "".join(ch if ch.isprintable() else " " for ch in flat).translate(_BIDI_CONTROLS)


def shorten(text: str, limit: int) -> str:
    """:func:`display_text`, cut to ``limit`` characters with an ellipsis."""
    flat = display_text(text)
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def wrap(text: str, width: int, lines: int) -> tuple[str, ...]:
    """:func:`display_text` in at most ``lines`` lines of ``width`` characters, the last cut
    with an ellipsis: a node's label grows down, not sideways, so a big pile stays narrow."""
    words = display_text(text).split(" ")
    found: list[str] = []
    for word in words:
        if found and len(found[-1]) + 1 + len(word) <= width:
            found[-1] += " " + word
        else:
            found.append(word)
    if len(found) <= lines and all(len(line) <= width for line in found):
        return tuple(found)
    kept = [shorten(line, width) for line in found[:lines]]
    kept[-1] = shorten(" ".join(found[lines - 1:]), width)
    return tuple(kept)
