"""A realistic synthetic corpus at scale: many stories over shared outlets, with a truth file.

``synth_piles`` writes small piles in which every story has its own outlets. A real
corpus differs in ways that cost a tracer time and accuracy, so this one adds them:

- a registry of outlets that recur across stories (fictional papers, real wires, blogs,
  papers in a made-up second language, unnamed "content farm" domains), written to
  ``outlets.json``;
- several stories a day, their articles interleaved, on the same papers;
- dates in metadata and in the text, with time zones ("Published 5 March 2025 14:05 CET",
  "LONDON, March 5 (Reuters) -"); some pages give the date only in their text;
- besides the pile's roles (scoop, wire rewrite, republishers with and without credit,
  blogs, rewrites, duplicates, snapshots, follow-up denials): translations of the wire
  (relation ``translates``; with or without its dateline, ``detectable`` says whether the
  text names the source), copies on unknown domains, exact duplicate lines, snapshots of
  republished pages and papers republishing the follow-up.

Stories are generated and written a window at a time, so memory does not grow with the
corpus (beyond the set of made-up words already used, which keeps names unique). The
same seed gives byte-identical files.

Run: python benchmarks/synth_corpus.py --articles 10000 --seed 7 --out /tmp/corpus
writes ``corpus.jsonl`` (the tool names records ``corpus#<line>``), ``truth.json`` (every
record's story, role, parent, relation and root; one record a line) and ``outlets.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks import synth_text as text
from benchmarks.synth_piles import WIRES, Item, Record, StoryBuilder, Wire, iso, slug, stamp
from provenance.outlets import load_registry

CORPUS_STEM = "corpus"
FIRST_DAY = date(2025, 3, 3)
STORIES_PER_DAY = 4
WINDOW = 16  # stories whose articles are shuffled together before they are written
#: Time zones the papers print (minutes east of UTC, abbreviation); unambiguous in the tool's table.
ZONES = ((60, "CET"), (120, "EET"), (180, "MSK"), (-300, "EST"), (540, "JST"), (-180, "BRT"), (0, "GMT"),
         (480, "SGT"), (600, "AEST"))
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
#: Paragraphs a copier leaves out of the page it lifts: credits and the page's own date line.
DATE_LINE_PREFIXES = ("Published", "Posted", "Updated")
FARM_FURNITURE = ("Trending now | Latest | Most read", "Disclaimer: this story is auto-generated from a syndicated "
                  "feed.", "Related: more news from around the world")


@dataclass(frozen=True)
class Outlet:
    """One outlet of the corpus registry."""

    name: str  # empty for an unknown domain: its pages carry no outlet name
    domain: str
    kind: str  # paper, wire, blog, foreign-paper, unknown-domain
    language: str = "en"

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "domain": self.domain, "kind": self.kind, "language": self.language}


@dataclass(frozen=True)
class OutletRegistry:
    """The outlets stories draw from; sizes grow with the corpus, as a real one's would."""

    papers: tuple[text.FictionalOutlet, ...]
    blogs: tuple[text.FictionalOutlet, ...]
    foreign: tuple[text.FictionalOutlet, ...]
    farms: tuple[str, ...]  # unknown domains

    def outlets(self) -> Iterator[Outlet]:
        yield from (Outlet(w.name, w.domain, "wire") for w in WIRES)
        yield from (Outlet(p.name, p.domain, "paper") for p in self.papers)
        yield from (Outlet(b.name, b.domain, "blog") for b in self.blogs)
        yield from (Outlet(f.name, f.domain, "foreign-paper", self.language(f)) for f in self.foreign)
        yield from (Outlet("", d, "unknown-domain") for d in self.farms)

    def language(self, outlet: text.FictionalOutlet) -> str:
        """A foreign paper's made-up language, by its place in the registry."""
        return text.LANGUAGES[self.foreign.index(outlet) % len(text.LANGUAGES)]

    def cast(self, rng: random.Random) -> text.Cast:
        """Seven distinct papers and two blogs for one story."""
        papers = rng.sample(self.papers, 7)
        return text.Cast(papers[0], tuple(papers[1:5]), tuple(rng.sample(self.blogs, 2)), papers[5], papers[6])


def make_registry(rng: random.Random, names: text.NameMaker, stories: int) -> OutletRegistry:
    """Made-up outlets, never a registered name; a few hundred papers for a large corpus."""
    def papers(count: int) -> tuple[text.FictionalOutlet, ...]:
        made: list[text.FictionalOutlet] = []
        while len(made) < count:
            nouns = list(text.PAPER_NOUNS)
            rng.shuffle(nouns)
            made.extend(names.paper(nouns) for _ in range(min(len(nouns), count - len(made))))
        return tuple(made)

    blogs = tuple(names.blog(rng.choice(text.BLOG_PATTERNS)) for _ in range(max(6, min(120, stories // 20 + 6))))
    farms = tuple(f"{names.word().lower()}{rng.choice(['news', 'daily', 'feed', 'post', '24'])}.example"
                  for _ in range(max(4, min(60, stories // 40 + 4))))
    return OutletRegistry(papers(max(16, min(400, stories // 4 + 16))), blogs,
                          papers(max(3, min(40, stories // 50 + 3))), farms)


class CorpusStory(StoryBuilder):
    """A pile story on shared outlets, with dates in its text and the corpus-only extras."""

    COPY_DROPS = (*StoryBuilder.COPY_DROPS, *DATE_LINE_PREFIXES)

    def __init__(self, rng: random.Random, world: text.World, wire: Wire, number: int,
                 registry: OutletRegistry) -> None:
        super().__init__(rng, world, wire, number)
        self.registry = registry
        self.day = FIRST_DAY + timedelta(days=(number - 1) // STORIES_PER_DAY)
        self.offset, self.zone = rng.choice(ZONES)
        self.shift = rng.randrange(-150, 150)  # stories keep their order of pages, not the same clock
        self.detectable: dict[str, bool] = {}

    def when(self, day: date, hour: int, minute: int) -> datetime:
        return stamp(day, hour, minute, self.offset) + timedelta(minutes=self.shift + self.rng.randrange(0, 5))

    def write_scoop_sentences(self) -> list[str]:
        return text.corpus_scoop_sentences(self.rng, self.world)

    def dateline(self, city: str) -> str:
        return f"{city}, {MONTH_NAMES[self.day.month - 1]} {self.day.day}"

    def add(self, item: Item) -> Item:
        """Every page of its own gets a date line in its text; some copies lose the metadata date."""
        if item.role in ("original", "republisher", "rewrite"):
            item = replace(item, record=self._dated(item.record, keep_metadata=item.role == "original"))
        return super().add(item)

    def _dated(self, record: Record, keep_metadata: bool) -> Record:
        """The date line in the text; originals keep their metadata date (a snapshot is timed from it)."""
        moment = datetime.fromisoformat(record.published)
        line = self.date_line(moment)
        parts = record.text.split("\n\n")
        if parts[0].startswith("By ") and self.rng.random() < 0.4:
            parts[0] = f"{parts[0]} | {line.removeprefix('Published ')}"
        else:
            parts.insert(1 if parts[0].startswith("By ") else 0, line)
        missed = not keep_metadata and self.rng.random() < 0.15  # the scraper missed the metadata
        published = "" if missed else record.published
        return replace(record, text="\n\n".join(parts), published=published)

    def same_text_parents(self) -> dict[str, list[str]]:
        """Per copy or reprint, the pages other than its parent whose story text is its parent's
        to the word once page furniture is dropped (credits, date lines, the wire's dateline
        and sign-off): a reader cannot tell which of them the page took. Pure: no random draw."""
        texts = {item.key: self._story_text(item) for item in self.items if item.role in ("wire", "republisher")}
        same: dict[str, list[str]] = {}
        for item in self.items:
            if item.role not in ("copy", "republisher") or item.parent not in texts:
                continue
            twins = [key for key, body in texts.items()
                     if key not in (item.key, item.parent) and body == texts[item.parent]]
            if twins:
                same[item.key] = twins
        return same

    def _story_text(self, item: Item) -> tuple[str, ...]:
        parts = self.kept_parts(item.record.text)
        if item.role == "wire":
            parts = parts[:-1]  # the sign-off
        return tuple(self.without_dateline(parts))

    def date_line(self, moment: datetime) -> str:
        """The page's own publication line, in one of the styles papers print."""
        month = MONTH_NAMES[moment.month - 1]
        hour12 = f"{(moment.hour - 1) % 12 + 1}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"
        return self.rng.choice([
            f"Published {moment.day} {month} {moment.year} {moment:%H:%M} {self.zone}",
            f"Published {month} {moment.day}, {moment.year} {hour12} {self.zone}",
            f"Posted {moment.day} {month[:3]} {moment.year}, {moment:%H:%M} {self.zone}",
        ])

    def build(self) -> list[Item]:
        """The pile story, then the corpus extras, each with its own chance."""
        items = super().build()
        scoop, wire = self._by_key("scoop"), self._by_key("wire")
        papers = [i for i in items if i.role == "republisher" and i.parent == wire.key]
        wire_parts = wire.record.text.split("\n\n")
        foreign = list(self.registry.foreign)
        self.rng.shuffle(foreign)
        languages: set[str] = set()
        for outlet in foreign[:self.rng.choice((0, 1, 1, 2))]:
            if self.registry.language(outlet) not in languages:  # two papers of one language would agree
                languages.add(self.registry.language(outlet))
                self.translation(wire, wire_parts, outlet, len(languages) - 1)
        if self.rng.random() < 0.5:
            self.farm_copy(self.rng.choice(papers))
        if self.rng.random() < 0.3:
            self.exact_duplicate(self.rng.choice([scoop, wire, *papers]))
        if self.rng.random() < 0.2:
            self.paper_snapshot(self.rng.choice(papers))
        follow = next((i for i in items if i.key == self.key("follow-up")), None)
        if follow is not None and self.rng.random() < 0.6:
            self.follow_up_copy(follow)
        return self.items

    def _by_key(self, name: str) -> Item:
        return next(i for i in self.items if i.key == self.key(name))

    def translation(self, wire: Item, wire_parts: list[str], outlet: text.FictionalOutlet, number: int) -> None:
        """A foreign paper's translation of the wire, a few sentences shorter; half keep the wire's
        dateline, the rest name no one."""
        language = self.registry.language(outlet)
        credited = self.rng.random() < 0.5
        parts = [wire_parts[0], *(p for p in wire_parts[1:-1] if self.rng.random() < 0.85)]
        if not credited:
            parts[0] = parts[0].split(f" {self.wire.dash} ", 1)[1]
        moment = self.when(self.day, 13 + number, self.rng.randrange(0, 60, 5))
        title = text.translate(text.paper_title(self.rng, self.world), language)
        body = [text.translate(p, language) if i or not credited else _translate_after_dateline(p, self.wire.dash,
                                                                                                 language)
                for i, p in enumerate(parts)]
        record = Record(outlet.name, f"https://www.{outlet.domain}/nuvis/{self.day:%Y/%m/%d}/{slug(title)}",
                        iso(moment), title, "\n\n".join(body))
        key = self.key(f"translation{number}")
        self.detectable[key] = credited
        self.add(Item(key, self.story, "translation", record, wire.key, "translates", self.key("scoop")))

    def farm_copy(self, paper: Item) -> None:
        """A page on an unknown domain with no outlet name, lifting a paper's page among ads."""
        domain = self.rng.choice(self.registry.farms)
        parts = self.kept_parts(paper.record.text)
        title = paper.record.title
        moment = self.when(self.day, 16, self.rng.randrange(0, 60, 5)).astimezone(UTC)
        body = [FARM_FURNITURE[0], *parts, FARM_FURNITURE[1], FARM_FURNITURE[2]]
        record = Record("", f"https://{domain}/{slug(title)}-{self.rng.randrange(10**6, 10**7)}.html",
                        iso(moment) if self.rng.random() < 0.7 else "", title, "\n\n".join(body))
        self.add(Item(self.key("farm"), self.story, "copy", record, paper.key, "copies", self.key("scoop")))

    def exact_duplicate(self, twin: Item) -> None:
        """The very same line twice, as a scraper that ran twice writes it."""
        self.add(Item(self.key("exact-duplicate"), self.story, "duplicate", twin.record, twin.key, "duplicate",
                      self.key("scoop")))

    def paper_snapshot(self, paper: Item) -> None:
        """An archive copy of a republished page, a day later."""
        when = self.day + timedelta(days=1)
        url = f"https://web.archive.org/web/{when:%Y%m%d}0930{self.rng.randrange(10, 60)}/{paper.record.url}"
        record = replace(paper.record, url=url, text=f"The Wayback Machine - {url}\n\n{paper.record.text}")
        self.add(Item(self.key("paper-snapshot"), self.story, "snapshot", record, paper.key, "snapshot",
                      self.key("scoop")))

    def follow_up_copy(self, follow: Item) -> None:
        """Another paper carrying the denial with a credit: a copy whose root is the follow-up."""
        outlet = self.rng.choice([p for p in self.registry.papers if p.name != follow.record.outlet])
        parts = self.kept_parts(follow.record.text)
        parts.append(f"(Source: {follow.record.outlet})")
        moment = datetime.fromisoformat(follow.record.published or iso(self.when(self.day + timedelta(days=1), 10,
                                                                                  30)))
        moment += timedelta(hours=2, minutes=self.rng.randrange(0, 60, 5))
        title = text.denial_title(self.rng, self.world)
        record = Record(outlet.name, f"https://www.{outlet.domain}/news/{moment:%Y/%m/%d}/{slug(title)}",
                        iso(moment), title, "\n\n".join(parts))
        self.add(Item(self.key("follow-up-copy"), self.story, "republisher", record, follow.key, "credits",
                      follow.key))


def _translate_after_dateline(paragraph: str, dash: str, language: str) -> str:
    """Keep "LONDON, March 5 (Reuters) -" as foreign papers do, translate the rest."""
    head, _, rest = paragraph.partition(f" {dash} ")
    return f"{head} {dash} {text.translate(rest, language)}" if rest else text.translate(paragraph, language)


@dataclass(frozen=True)
class Story:
    """One story's items and its summary line for the truth file."""

    items: list[Item]
    summary: dict[str, Any]
    detectable: dict[str, bool]
    same_text: dict[str, list[str]]  # item key -> pages whose story text is its parent's (same_text_parents)


class Generator:
    """The corpus's registry and its stories, from one random stream: same seed, same corpus."""

    def __init__(self, seed: int, articles: int) -> None:
        self.rng, self.articles = random.Random(seed), articles
        self.names = text.NameMaker(self.rng, load_registry(()))
        self.registry = make_registry(self.rng, self.names, max(1, articles // 12))

    def stories(self) -> Iterator[Story]:
        """Stories until about ``articles`` articles (the last story is kept whole)."""
        rng, written, number = self.rng, 0, 0
        while written < self.articles:
            number += 1
            world = text.make_world_with(rng, self.names, text.random_topic(rng), self.registry.cast(rng))
            builder = CorpusStory(rng, world, rng.choice(WIRES), number, self.registry)
            items = builder.build()
            written += len(items)
            follow = next((i.key for i in items if i.key.endswith(":follow-up")), None)
            yield Story(items, {"story": builder.story, "topic": world.topic.name, "paper": world.paper.name,
                                "wire": builder.wire.name, "day": builder.day.isoformat(), "zone": builder.zone,
                                "original": builder.key("scoop"), "follow_up": follow, "articles": len(items)},
                        builder.detectable, builder.same_text_parents())


def _record_line(record: Record) -> str:
    """One JSONL line in a fixed field order, leaving out what the scraper did not get."""
    fields = {"outlet": record.outlet, "url": record.url, "published": record.published, "title": record.title,
              "text": record.text}
    return json.dumps({k: v for k, v in fields.items() if v or k == "text"}, ensure_ascii=False) + "\n"


def write(out: Path, seed: int = 7, articles: int = 1000) -> dict[str, Any]:
    """Write ``corpus.jsonl``, ``truth.json`` and ``outlets.json`` into ``out``, a window of stories at a
    time; returns counts."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed ^ 0x5EED)  # the interleaving's own stream: the stories do not depend on it
    summaries: list[str] = []
    line = 0
    with (out / f"{CORPUS_STEM}.jsonl").open("w", encoding="utf-8", newline="\n") as corpus, \
            (out / "truth.json").open("w", encoding="utf-8", newline="\n") as truth:
        truth.write(json.dumps({"corpus": f"{CORPUS_STEM}.jsonl", "seed": seed})[:-1] + ', "records": [\n')
        generator = Generator(seed, articles)
        _write_registry(out / "outlets.json", [o.as_json() for o in generator.registry.outlets()])
        window: list[Story] = []
        for story in generator.stories():
            window.append(story)
            if len(window) == WINDOW:
                line = _flush(rng, window, line, corpus, truth, summaries)
                window = []
        line = _flush(rng, window, line, corpus, truth, summaries)
        truth.write('\n], "stories": [\n' + ",\n".join(summaries) + "\n]}\n")
    return {"articles": line, "stories": len(summaries), "folder": str(out)}


def _flush(rng: random.Random, window: list[Story], line: int, corpus: TextIO, truth: TextIO,
           summaries: list[str]) -> int:
    """Shuffle a window's articles together, number them, write them and their truth; the stories'
    summaries (with the ids of their originals) go to ``summaries``."""
    items = [item for story in window for item in story.items]
    detectable = {key: flag for story in window for key, flag in story.detectable.items()}
    same_text = {key: twins for story in window for key, twins in story.same_text.items()}
    rng.shuffle(items)
    ids = {item.key: f"{CORPUS_STEM}#{number}" for number, item in enumerate(items, start=line + 1)}
    for number, item in enumerate(items, start=line + 1):
        corpus.write(_record_line(item.record))
        entry = {"index": number, "id": ids[item.key], "story": item.story, "role": item.role,
                 "outlet": item.record.outlet or None, "url": item.record.url,
                 "parent": ids[item.parent] if item.parent else None, "relation": item.relation,
                 "root": ids[item.root or item.key], "mentions": [ids[key] for key in item.mentions]}
        if item.key in detectable:
            entry["detectable"] = detectable[item.key]
        if item.key in same_text:
            entry["same_text_parents"] = sorted((ids[key] for key in same_text[item.key]),
                                                key=lambda i: int(i.rpartition("#")[2]))
        truth.write(("" if number == 1 else ",\n") + json.dumps(entry, ensure_ascii=False))
    for story in window:
        follow = story.summary["follow_up"]
        summaries.append(json.dumps({**story.summary, "original": ids[story.summary["original"]],
                                     "follow_up": ids[follow] if follow else None}, ensure_ascii=False))
    return line + len(items)


def _write_registry(path: Path, outlets: list[dict[str, str]]) -> None:
    path.write_text(json.dumps({"outlets": outlets}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8",
                    newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="about this many (whole stories)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("synth-corpus"))
    args = parser.parse_args(argv)
    counts = write(args.out, args.seed, args.articles)
    print(f"{counts['articles']} articles in {counts['stories']} stories: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
