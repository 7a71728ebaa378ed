"""A synthetic news corpus with known provenance, for speed and accuracy benchmarks.

Stories have an original report, a wire rewrite of it, verbatim and edited copies of the
wire, paraphrases (like translations), and unrelated background articles. Words are
made-up syllable strings (no real text is copied), sentences 8-25 words, articles 300-800
words. The true edges (copy -> source) are returned with the corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from provenance.models import LoadedDocument

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu", "fe", "ho", "ji", "bu", "ra",
             "te", "no", "ki", "ma", "so", "li", "we", "ya", "ch", "sh", "an", "or", "el"]


@dataclass(frozen=True)
class SynthCorpus:
    documents: tuple[LoadedDocument, ...]
    edges: frozenset[tuple[str, str]]  # (derived article, its source)
    kinds: dict[str, str]


class _Words:
    def __init__(self, rng: random.Random, size: int = 40_000) -> None:
        self.rng = rng
        self.vocabulary = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
                                  for _ in range(size)})

    def sentence(self) -> str:
        words = [self.rng.choice(self.vocabulary) for _ in range(self.rng.randint(8, 25))]
        return " ".join(words).capitalize() + "."

    def article(self) -> list[str]:
        sentences, count = [], 0
        target = self.rng.randint(300, 800)
        while count < target:
            sentences.append(self.sentence())
            count += len(sentences[-1].split())
        return sentences


def _edit(rng: random.Random, words: _Words, sentences: list[str], change: float, drop: float) -> list[str]:
    """Change a share of the words and drop a share of the sentences."""
    edited = []
    for sentence in sentences:
        if rng.random() < drop:
            continue
        tokens = sentence.rstrip(".").split()
        tokens = [rng.choice(words.vocabulary) if rng.random() < change else t for t in tokens]
        edited.append(" ".join(tokens).capitalize() + ".")
    return edited


def generate(articles: int, seed: int = 7) -> SynthCorpus:
    """About ``articles`` articles: stories of 8-15 articles each, and 25 % background."""
    rng = random.Random(seed)
    words = _Words(rng)
    documents: list[LoadedDocument] = []
    edges: set[tuple[str, str]] = set()
    kinds: dict[str, str] = {}
    start = datetime(2030, 1, 1, 8, 0)
    story = 0

    def add(kind: str, sentences: list[str], when: datetime) -> str:
        article_id = f"s{story:06d}-{len(documents):07d}-{kind}"
        text = f"Headline {story} {kind}\n\n" + "\n\n".join(sentences) + "\n\nRead more stories like this.\n"
        documents.append(LoadedDocument(id=article_id, path=article_id, format="txt", text=text,
                                        published_raw=when.isoformat() + "+00:00"))
        kinds[article_id] = kind
        return article_id

    while len(documents) < articles:
        when = start + timedelta(hours=story)
        if rng.random() < 0.25:
            add("background", words.article(), when)
            story += 1
            continue
        original_text = words.article()
        original = add("original", original_text, when)
        wire_text = _edit(rng, words, original_text, change=0.35, drop=0.2)
        wire = add("wire", wire_text, when + timedelta(hours=1))
        edges.add((wire, original))
        for copy in range(rng.randint(6, 13)):
            kind = rng.choice(["verbatim", "edited", "edited", "paraphrase"])
            change, drop = {"verbatim": (0.0, 0.0), "edited": (0.05, 0.25), "paraphrase": (0.4, 0.1)}[kind]
            derived = add(kind, _edit(rng, words, wire_text, change, drop), when + timedelta(hours=2 + copy))
            edges.add((derived, wire))
        story += 1
    return SynthCorpus(tuple(documents[:articles]),
                       frozenset(e for e in edges if e[0] in kinds and int(e[0].split("-")[1]) < articles
                                 and int(e[1].split("-")[1]) < articles), kinds)
