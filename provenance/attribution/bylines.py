"""Bylines: who wrote the text a page carries ("By Jane Doe and Tom Roe", "Por Ana Lima, Reuters").

A byline is read only where papers print it, in the story's first lines or its last ones
(agencies sign their copy at the foot: "Por Doina Chiacu e Kanishka Singh"), and only when
the whole line is names: "By Tuesday, the court had ruled" is a sentence, "By The Numbers"
a heading. Each person named becomes an attribution of kind ``byline``, which cites nobody
(the writers of a page are not its source) but is shown with the page, and tells a
republished agency text by its reporters' names. A registered outlet in the byline ("By
The Associated Press", "Jane Doe, Reuters", "Jane Doe for the Courier") is a credit of
that outlet, as a credit line would be; the graph drops it on the outlet's own page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.lexicon import Lexicon
from provenance.models import Attribution, Block, CleanedDocument, Span
from provenance.nounphrases import not_name_openers, not_names
from provenance.outlets import Registry

#: Bylines stand in the story's first lines (under the headline and dateline) or its last.
HEAD_LINES = 4
FOOT_LINES = 3
#: A byline line is short: a long line is a paragraph that happens to open with "By".
MAX_BYLINE_CHARS = 160
#: Words of one person's name, particles included ("Ana de la Cruz", "Jan van der Berg").
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5

#: Lower-case words inside names ("Ana de la Cruz", "Ludwig van Beethoven", "Ali bin Said").
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von",
                        "der", "den", "ter", "ten", "al", "el", "bin", "ibn", "y"})
#: A capitalised word of a name, in any alphabet: "Chiacu", "O'Neill", "Jean-Luc", "J.", "Шевченко".
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
#: "Jane Doe for the Courier", "Jane Doe (Reuters)": the writer and the outlet she wrote for.
_FOR_OUTLET = re.compile(r"(?P<name>.+?)\s+(?:for|für|pour|para|per|voor|dla|za)\s+(?P<outlet>.+)|"
                         r"(?P<name2>.+?)\s*\((?P<outlet2>[^()]+)\)", re.IGNORECASE)
#: What may separate the names from the outlet they wrote for: "Jane Doe | Reuters", "Jane Doe / AFP".
_OUTLET_BAR = re.compile(r"\s*[|/]\s*|\s+[-–—]\s+")


def byline_attributions(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """The people and outlets the page's byline names, each an attribution of its own."""
    if lexicon.byline is None or lexicon.byline_joiner is None or not lexicon.capitals:
        return []
    text = cleaned.document.text
    found: list[Attribution] = []
    for block in _byline_places(cleaned.body):
        if block.end - block.start > MAX_BYLINE_CHARS:
            continue
        match = lexicon.byline.fullmatch(text, block.start, block.end)
        if match is None:
            continue
        named = _named(text, match.start("who"), match.end("who"), registry, lexicon.byline_joiner)
        if named is None:
            continue
        line = Span(block.start, block.end, text[block.start:block.end])
        lead = Span(match.start("lead"), match.end("lead"), match["lead"])
        found.extend(_attribution(span, outlet_id, registry, lead, line) for span, outlet_id in named)
    return found


def _byline_places(body: tuple[Block, ...]) -> Iterator[Block]:
    """The first and last lines of the story, each once."""
    head = body[:HEAD_LINES]
    yield from head
    yield from body[max(len(head), len(body) - FOOT_LINES):]


def _named(text: str, start: int, end: int, registry: Registry,
           joiner: re.Pattern[str]) -> list[tuple[Span, str | None]] | None:
    """Each name of a byline with the outlet it is (None: a person); None when a part is
    neither a person's name nor a registered outlet, so the line is no byline. A last part
    that is neither ("Jane Doe, Washington correspondent") is the writer's post, left out."""
    parts = _parts(text, start, end, joiner)
    named: list[tuple[Span, str | None]] = []
    for number, part in enumerate(parts):
        outlet = registry.by_name(part.text)
        if outlet is not None:
            named.append((part, outlet.id))
        elif _is_person(part.text):
            named.append((part, None))
        elif number < len(parts) - 1 or not named:
            return None
    return named or None


def _parts(text: str, start: int, end: int, joiner: re.Pattern[str]) -> list[Span]:
    """The byline cut at commas, joiners ("and", "e"), bars and "for": one span per name."""
    parts: list[Span] = []
    position = start
    cuts = [*_cuts(joiner, text, start, end), (end, end)]
    for cut_start, cut_end in cuts:
        if cut_start > position:
            parts.extend(_writer_and_outlet(text, position, cut_start))
        position = cut_end
    return parts


def _cuts(joiner: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for pattern in (joiner, _OUTLET_BAR) for m in pattern.finditer(text, start, end)]
    merged: list[tuple[int, int]] = []
    for cut in sorted(found):
        if merged and cut[0] < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], cut[1]))
        else:
            merged.append(cut)
    return merged


def _writer_and_outlet(text: str, start: int, end: int) -> list[Span]:
    """ "Jane Doe for the Courier" as two parts, the writer and the outlet; else the part as it is."""
    piece = text[start:end]
    match = _FOR_OUTLET.fullmatch(piece)
    if match is None:
        return [Span(start, end, piece)]
    name_group, outlet_group = ("name", "outlet") if match["name"] else ("name2", "outlet2")
    return [Span(start + match.start(group), start + match.end(group), match[group])
            for group in (name_group, outlet_group)]


def _is_person(name: str) -> bool:
    """Two to five words, the first and last capitalised, the others capitalised or particles,
    none a word that starts or ends no name ("News", "Staff", "The")."""
    words = name.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    refused = not_names()
    if words[0].casefold() in not_name_openers():
        return False
    for number, word in enumerate(words):
        edge = number in (0, len(words) - 1)
        if word.casefold() in refused or word.strip(".").casefold() in refused:
            return False
        if word in _PARTICLES and not edge:
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
    return True


def _attribution(span: Span, outlet_id: str | None, registry: Registry, lead: Span, line: Span) -> Attribution:
    if outlet_id is not None:
        outlet = registry.get(outlet_id)
        return Attribution("credit", span, lead, line, outlet.name if outlet else span.text, outlet_id,
                           phrase=line, via="the byline")
    return Attribution("byline", span, lead, line, span.text, None, phrase=line, via="the byline")
