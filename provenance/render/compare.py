"""`provenance compare A B`: the passages two articles share, side by side in a terminal."""

from __future__ import annotations

import textwrap

from provenance.models import LoadedDocument, ReuseLink
from provenance.render.diff import Segment, compare
from provenance.render.safe import display_text

MARKS = {"added": ("[+", "+]"), "dropped": ("[-", "-]"), "changed": ("[~", "~]")}
COLOURS = {"added": ("\x1b[32m", "\x1b[0m"), "dropped": ("\x1b[31;9m", "\x1b[0m"), "changed": ("\x1b[33m", "\x1b[0m")}


def side_by_side(first: LoadedDocument, second: LoadedDocument, link: ReuseLink, width: int = 120,
                 colour: bool = False) -> str:
    column = max(30, (width - 3) // 2)
    lines = [_header(first, second, link), ""]
    for passage in link.passages:
        result = compare(passage.a.text, passage.b.text)
        left = _wrap(_marked(result.article, colour), column)
        right = _wrap(_marked(result.source, colour), column)
        kind = _kind(passage.similarity, result.added + result.dropped + result.changed)
        quoted = ", quoted speech" if passage.quoted else ""
        lines.append(f"── {kind}{quoted}, {passage.similarity:.0%} similar "
                     f"(characters {passage.a.start}-{passage.a.end} / {passage.b.start}-{passage.b.end}) " + "─" * 10)
        for index in range(max(len(left), len(right))):
            a = left[index] if index < len(left) else ""
            b = right[index] if index < len(right) else ""
            lines.append(f"{_pad(a, column)} │ {b}")
        notes = "; ".join(result.notes)
        if notes:
            lines.append(f"   {notes}")
        lines.append("")
    if not link.passages:
        lines.append("No shared passages.")
    return "\n".join(lines) + "\n"


def _kind(similarity: float, words_differing: int) -> str:
    """Verbatim only when not a word differs: 96 % alike with one word changed is an edit."""
    if words_differing == 0:
        return "verbatim"
    return "lightly edited" if similarity >= 0.7 else "paraphrased"


def _header(first: LoadedDocument, second: LoadedDocument, link: ReuseLink) -> str:
    longest = f" (the longest {link.longest_passage} words)" if link.longest_passage else ""
    return (f"{display_text(first.id)} ⟷ {display_text(second.id)}: {len(link.passages)} shared passages{longest}; "
            f"sentences matched {link.coverage_a:.0%} / {link.coverage_b:.0%}; narrative trigrams contained "
            f"{link.containment_a:.0%} / {link.containment_b:.0%}\n"
            "Marks: [+added in the left+] [-only on the right-] [~changed~]; each passage gives its "
            "character offsets in the left and the right text")


def _marked(segments: tuple[Segment, ...], colour: bool) -> str:
    out = []
    for segment in segments:
        text = display_text(segment.text)
        if segment.kind in MARKS:
            start, end = (COLOURS if colour else MARKS)[segment.kind]
            text = f"{start}{text}{end}"
        out.append(text)
    return " ".join(out)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _pad(text: str, width: int) -> str:
    visible = len(text) - sum(len(code) for pair in COLOURS.values() for code in pair if code in text) \
        if "\x1b" in text else len(text)
    return text + " " * max(0, width - visible)
