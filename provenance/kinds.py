"""The closed vocabularies: attribution kinds, relations, derivations, node kinds and roles.

They are string enums so that JSON, DOT and tests read them as the plain words they
are ("copies", "report"), while the code cannot misspell one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class Relation(StrEnum):
    """What an edge says about its source (the later node) and its target."""

    DUPLICATES = "duplicates"  # the same text again: another file or URL of one article
    SNAPSHOT_OF = "snapshot-of"  # an archive, cache, AMP or mirror copy of the target
    COPIES = "copies"  # took the text
    REWRITES = "rewrites"  # paraphrased the text
    TRANSLATES = "translates"  # the text in another language (a kind of rewrite)
    SHARES_SOURCE = "shares-source"  # same text, no telling who was first: the target is inferred
    CREDITS = "credits"  # wire dateline or foot credit
    CITES = "cites"  # names the source in the text
    WEAKLY_CITES = "weakly-cites"  # vague attribution, or background mention in a follow-up
    RETELLS = "retells"  # names no source, shares no text: tells the story these names mark (inferred)


#: Strength order of relations: which edge decides an article's chain to its origin.
RELATION_PRIORITY: tuple[Relation, ...] = tuple(Relation)
#: Relations that say the text itself was taken.
TEXT_RELATIONS = frozenset({Relation.DUPLICATES, Relation.SNAPSHOT_OF, Relation.COPIES, Relation.REWRITES,
                            Relation.TRANSLATES, Relation.SHARES_SOURCE})


class Derivation(StrEnum):
    """How much of a copy or rewrite came from its source (METER's journalists' labels)."""

    WHOLLY = "wholly"  # most of its words, in order, are the source's
    PARTIALLY = "partially"  # some passages or phrasing of the source, the rest its own


class NodeKind(StrEnum):
    ARTICLE = "article"  # an input article
    REPORT = "report"  # an outlet's report named by the pile but not in it
    PERSON_PUBLICATION = "person-publication"  # a person's own post, blog, thread or video
    STATEMENT = "statement"  # a person's or body's statement a follow-up reports (a denial)
    INFERRED = "inferred"  # a text several articles share, seen in none of them whole
    VAGUE = "vague"  # "local media", "Western outlets": no outlet named


class Role(StrEnum):
    """What a node is in its story, decided once by the graph stage."""

    ORIGIN = "origin"  # the root the story's articles trace to
    WIRE = "wire"  # a relay others republish or credit
    REPUBLISHER = "republisher"  # carries a source's text and credits it
    COPY = "copy"  # carries a source's text without credit
    REWRITE = "rewrite"  # retells a source in its own words
    TRANSLATION = "translation"  # a source's text in another language
    SNAPSHOT = "snapshot"  # an archive or mirror of an article
    DUPLICATE = "duplicate"  # the same article again
    INDEPENDENT = "independent"  # an article with no source found (a ``retells`` edge may name its story)
    SOURCE = "source"  # a node outside the pile that something cites


#: What an attribution names: a news outlet, unnamed media ("local media"), anonymous
#: sources, a person or institution, an agency's dateline, a foot credit, an agency's house
#: style, a picture credit (never a source of the text), a link, an embedded social post.
#: A Literal rather than an enum: the extractor writes these words, and mypy checks each against the list.
AttributionKind = Literal["outlet", "vague-media", "anonymous", "person", "dateline", "credit", "house-style",
                          "photo-credit", "link", "post", "byline"]
