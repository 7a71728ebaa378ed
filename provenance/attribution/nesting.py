"""One attribution per source span, and nested attribution ("TASS, citing The Washington
Post, said unnamed officials ...") folded into chains, outermost first."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from provenance.attribution.patterns import _CHAIN_KINDS
from provenance.models import Attribution


def _deduplicated(found: list[Attribution]) -> tuple[Attribution, ...]:
    unique: dict[tuple[str, int, int], Attribution] = {}
    for attribution in found:
        unique.setdefault((attribution.kind, attribution.source.start, attribution.source.end), attribution)
    return tuple(sorted(unique.values(), key=lambda a: (a.source.start, a.source.end, a.kind)))


def _nested(found: tuple[Attribution, ...], relay: re.Pattern[str] | None) -> tuple[Attribution, ...]:
    """Chains of relayed sources within a sentence, outermost first.

    "TASS, citing the Washington Post, said unnamed officials believe…": the main
    speaker (TASS, the source before the main verb) relays what it cites (the Post),
    which relays the sources inside the reported content (unnamed officials).
    """
    by_sentence: dict[int, list[Attribution]] = {}
    relays = _relays_with(relay)
    for attribution in found:
        if attribution.kind in _CHAIN_KINDS and attribution.cue is not None and attribution.role == "source":
            by_sentence.setdefault(attribution.sentence.start, []).append(attribution)
    chains: dict[int, tuple[str, ...]] = {}
    for group in by_sentence.values():
        main = next((a for a in group if not relays(a) and a.cue and a.source.start < a.cue.start), None)
        if main is None or main.cue is None:
            continue
        relayed = [a for a in group if relays(a) and a is not main]
        inner = [a for a in group if a is not main and not relays(a) and a.source.start >= main.cue.end]
        for attribution in relayed:
            chains[id(attribution)] = (main.label, attribution.label)
        for attribution in inner:
            chains[id(attribution)] = (main.label, *(a.label for a in relayed), attribution.label)
    return tuple(replace(a, chain=chains[id(a)]) if id(a) in chains else a for a in found)


def _relays_with(relay: re.Pattern[str] | None) -> Callable[[Attribution], bool]:
    """Cues that pass on another source's words: "citing X", "according to X", "quoted X"."""
    def relays(attribution: Attribution) -> bool:
        if attribution.cue is None:
            return False
        cue = attribution.cue.text
        if relay is not None and relay.fullmatch(cue):
            return True
        return cue.lower() in ("quoted", "cited") and attribution.source.start > attribution.cue.start
    return relays


