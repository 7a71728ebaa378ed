"""Made-up messy piles of news pages with known provenance, for root-accuracy checks.

A pile holds several stories. Each starts with a fictional paper's scoop (09:00 local),
which a real wire (Reuters, AP or AFP) rewrites at 11:00 while naming the paper; 3-4
fictional papers republish the wire copy (most with "Source: <wire>", some silently),
1-2 blogs copy one of those papers, and some stories add a rewrite of the wire, an exact
duplicate record, an archive snapshot of the scoop, or a follow-up (a denial the next
day that mentions the scoop as background). Every story draws its own fictional names,
places, numbers and sentences, so stories share nothing beyond boilerplate; the same
seed gives byte-identical files.

Run: python benchmarks/synth_piles.py --seed 7 --stories 6 --out /tmp/pile
writes ``pile.jsonl`` (one record per line: outlet, url, published, title, text; the
tool names them ``pile#<line>``) and ``truth.json`` (each record's story, role, parent,
relation and root).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks import synth_text as text
from provenance.outlets import Registry, load_registry

PILE_STEM = "pile"
FIRST_DAY = date(2025, 3, 3)
OFFSETS = (60, 120, 180, -300, 330, 540, -180, 0)  # minutes east of UTC, one per story


@dataclass(frozen=True)
class Wire:
    """A real wire of the bundled registry, with the house style its copy carries."""

    name: str  # as the credit line and the citing sentence spell it
    mark: str  # the dateline mark
    dash: str
    domain: str
    signoff: str  # with {reporter} and {editor}


WIRES = (
    Wire("Reuters", "(Reuters)", "-", "reuters.com", "Reporting by {reporter}; Editing by {editor}"),
    Wire("Associated Press", "(AP)", "—", "apnews.com",
         "Associated Press writer {reporter} contributed to this report."),
    Wire("AFP", "(AFP)", "-", "afp.com", "{initials}/{editor_initials}"),
)


@dataclass(frozen=True)
class Record:
    """One line of the pile, as a scraper would have written it."""

    outlet: str
    url: str
    published: str
    title: str
    text: str

    def to_json(self) -> str:
        """One JSONL line, fields in a fixed order so equal piles are equal bytes."""
        return json.dumps({"outlet": self.outlet, "url": self.url, "published": self.published,
                           "title": self.title, "text": self.text}, ensure_ascii=False)


@dataclass(frozen=True)
class Item:
    """A record with its truth, before the pile is shuffled and numbered."""

    key: str  # unique within the pile: "s2:wire"
    story: str
    role: str  # original, wire, republisher, copy, rewrite, snapshot, duplicate
    record: Record
    parent: str | None = None  # key of the item it was taken from
    relation: str | None = None  # copies, rewrites, credits, cites, snapshot, duplicate
    root: str | None = None  # key of its story's original (itself for an original)
    mentions: tuple[str, ...] = ()  # keys a follow-up names as background


@dataclass(frozen=True)
class Pile:
    """A shuffled pile and its truth, ready to be written."""

    items: tuple[Item, ...]
    stories: tuple[dict[str, object], ...]
    seed: int

    def ids(self) -> dict[str, str]:
        """Item key -> the id the tool gives the record (``pile#<line>``)."""
        return {item.key: f"{PILE_STEM}#{line}" for line, item in enumerate(self.items, start=1)}

    def truth(self) -> dict[str, object]:
        """The truth file's content: every record's story, role, parent, relation and root."""
        ids = self.ids()
        records = [{"index": line, "id": ids[item.key], "story": item.story, "role": item.role,
                    "outlet": item.record.outlet, "parent": ids[item.parent] if item.parent else None,
                    "relation": item.relation, "root": ids[item.root or item.key],
                    "mentions": [ids[key] for key in item.mentions]}
                   for line, item in enumerate(self.items, start=1)]
        stories = [{**story, "original": ids[str(story["original"])],
                    "follow_up": ids[str(story["follow_up"])] if story["follow_up"] else None}
                   for story in self.stories]
        return {"pile": f"{PILE_STEM}.jsonl", "seed": self.seed, "stories": stories, "records": records}


def stamp(day: date, hour: int, minute: int, offset_minutes: int) -> datetime:
    """A local time with its offset: the way papers print their publication time."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone(timedelta(minutes=offset_minutes)))


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def slug(words: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:70]


def _paragraphs(parts: list[str]) -> str:
    return "\n\n".join(parts)


def _group(rng: random.Random, sentences: list[str]) -> list[str]:
    """Paragraphs of one sentence, now and then two, as papers print them."""
    parts: list[str] = []
    for sentence in sentences:
        if parts and len(parts) > 1 and rng.random() < 0.25 and "\n" not in parts[-1]:
            parts[-1] = f"{parts[-1]} {sentence}"
        else:
            parts.append(sentence)
    return parts


def _page_url(domain: str, day: date, title: str, section: str = "news") -> str:
    return f"https://www.{domain}/{section}/{day:%Y/%m/%d}/{slug(title)}"


class StoryBuilder:
    """Writes one story's articles from its own fictional world."""

    #: Paragraphs a blog leaves out of the page it lifts (a subclass adds its own page furniture).
    COPY_DROPS: tuple[str, ...] = ("Source:", "(Source:")

    def __init__(self, rng: random.Random, world: text.World, wire: Wire, number: int) -> None:
        self.rng, self.world, self.wire = rng, world, wire
        self.story = f"s{number}"
        self.day = FIRST_DAY + timedelta(days=2 * (number - 1))
        self.offset = OFFSETS[(number - 1) % len(OFFSETS)]
        self.items: list[Item] = []
        self.scoop_sentences: list[str] = []

    def key(self, name: str) -> str:
        return f"{self.story}:{name}"

    def add(self, item: Item) -> Item:
        self.items.append(item)
        return item

    def build(self) -> list[Item]:
        """The scoop, the wire, republications, blogs and the extras, 10 articles or more."""
        scoop = self.scoop()
        wire, wire_parts = self.wire_copy(scoop)
        papers = [self.republisher(wire, wire_parts, n) for n in range(self.rng.randint(3, 4))]
        for n in range(self.rng.randint(1, 2)):
            self.blog(self.rng.choice(papers), n)
        extras: list[Callable[..., None]] = [self.rewrite, self.duplicate, self.snapshot, self.follow_up]
        self.rng.shuffle(extras)
        chosen = [extra for extra in extras if self.rng.random() < 0.5]
        for extra in extras:
            if len(self.items) + len(chosen) >= 10:
                break
            if extra not in chosen:
                chosen.append(extra)
        for extra in extras:  # in the shuffled order, whichever were chosen
            if extra in chosen:
                extra(scoop=scoop, wire=wire, wire_parts=wire_parts, papers=papers)
        return self.items

    def scoop(self) -> Item:
        world = self.world
        title, self.scoop_sentences = text.scoop_title(self.rng, world), self.write_scoop_sentences()
        parts = _group(self.rng, self.scoop_sentences)
        record = Record(world.paper.name, _page_url(world.paper.domain, self.day, title), iso(
            self.when(self.day, 9, 0)), title, _paragraphs([f"By {world.reporter}", *parts]))
        return self.add(Item(self.key("scoop"), self.story, "original", record, root=self.key("scoop")))

    def write_scoop_sentences(self) -> list[str]:
        """The scoop's lead and body; a subclass may vary the lead's wording."""
        return text.scoop_sentences(self.rng, self.world)

    def wire_copy(self, scoop: Item) -> tuple[Item, list[str]]:
        """The wire's rewrite: its dateline, the citing lead, most scoop sentences, its own."""
        world, wire = self.world, self.wire
        weekday = self.day.strftime("%A")
        city = self.rng.choice([world.capital.upper(), world.capital.upper(), "LONDON", "PARIS"])
        lead = text.wire_lead(self.rng, world, weekday)
        body = text.wire_body(self.rng, world, wire.name, weekday, self.scoop_sentences[1:])
        signoff = wire.signoff.format(reporter=world.wire_reporter, editor=world.wire_editor,
                                      initials=_initials(world.wire_reporter),
                                      editor_initials=_initials(world.wire_editor))
        parts = [f"{self.dateline(city)} {wire.mark} {wire.dash} {lead}", *body, signoff]
        title = text.wire_title(self.rng, world)
        moment = self.when(self.day, 11, 0).astimezone(UTC)
        record = Record(wire.name, _page_url(wire.domain, self.day, title, "world"), iso(moment), title,
                        _paragraphs(parts))
        item = Item(self.key("wire"), self.story, "wire", record, scoop.key, "rewrites", scoop.key)
        return self.add(item), parts

    def when(self, day: date, hour: int, minute: int) -> datetime:
        """A page's local publication time; a subclass may move a story's clock."""
        return stamp(day, hour, minute, self.offset)

    def dateline(self, city: str) -> str:
        """The place of the wire's dateline; a subclass may add the day ("LONDON, March 5")."""
        return city

    def republisher(self, wire: Item, wire_parts: list[str], number: int) -> Item:
        """A paper carrying the wire copy: credited ("Source: X") in most cases, silently in some."""
        outlet = self.world.republishers[number]
        credited = number == 0 or self.rng.random() < 0.65
        parts = list(wire_parts[:-1])  # papers drop the wire's sign-off
        if self.rng.random() < 0.5:
            parts = parts[:len(parts) - self.rng.randint(1, 2)]
        if not credited or self.rng.random() < 0.4:
            parts[0] = parts[0].split(f" {self.wire.dash} ", 1)[1]  # the dateline goes too
        if credited:
            parts.append(self.rng.choice(["Source: {w}", "Source: {w}", "(Source: {w})"]).format(w=self.wire.name))
        title = text.paper_title(self.rng, self.world)
        moment = self.when(self.day, 12 + number, self.rng.randrange(0, 60, 5))
        record = Record(outlet.name, _page_url(outlet.domain, self.day, title), iso(moment), title, _paragraphs(parts))
        relation = "credits" if credited else "copies"
        return self.add(Item(self.key(f"paper{number}"), self.story, "republisher", record, wire.key, relation,
                             self.key("scoop")))

    def blog(self, paper: Item, number: int) -> Item:
        """A blog lifting a paper's page without credit, with its own rant around it."""
        parts = self.without_dateline(self.kept_parts(paper.record.text))
        outlet = self.world.blogs[number]
        intro, outro = text.blog_frame(self.rng, self.world)
        title = text.blog_title(self.rng, self.world)
        moment = self.when(self.day, 18 + 2 * number, self.rng.randrange(0, 60, 5))
        body = ["Home | About | Contact | Archive", title, intro, *parts, outro]
        record = Record(outlet.name, f"https://{outlet.domain}/{self.day:%Y/%m}/{slug(title)}/", iso(moment), title,
                        _paragraphs(body))
        return self.add(Item(self.key(f"blog{number}"), self.story, "copy", record, paper.key, "copies",
                             self.key("scoop")))

    def kept_parts(self, text: str) -> list[str]:
        """A page's paragraphs as a copier keeps them: without its credit lines (and, in the
        realistic corpus, its date lines)."""
        return [p for p in text.split("\n\n") if not p.startswith(self.COPY_DROPS)]

    def without_dateline(self, parts: list[str]) -> list[str]:
        """The paragraphs with the wire's dateline taken off the first, where it has one."""
        if parts and f" {self.wire.dash} " in parts[0] and self.wire.mark in parts[0]:
            return [parts[0].split(f" {self.wire.dash} ", 1)[1], *parts[1:]]
        return parts

    def rewrite(self, *, wire: Item, wire_parts: list[str], **_: object) -> None:
        """A paper retelling the wire in its own words, naming the wire."""
        outlet = self.world.rewriter
        parts = text.paraphrase(self.rng, self.world, self.wire.name, wire_parts[:-1])
        title = text.paper_title(self.rng, self.world)
        moment = self.when(self.day, 15, self.rng.randrange(0, 60, 5))
        record = Record(outlet.name, _page_url(outlet.domain, self.day, title), iso(moment), title, _paragraphs(parts))
        self.add(Item(self.key("rewrite"), self.story, "rewrite", record, wire.key, "rewrites", self.key("scoop")))

    def duplicate(self, *, scoop: Item, papers: list[Item], **_: object) -> None:
        """The same record again under another URL of the same outlet (AMP, print view)."""
        twin = self.rng.choice([scoop, *papers])
        url = self.rng.choice([twin.record.url.replace("https://www.", "https://amp.", 1),
                               twin.record.url + "?output=print", twin.record.url + "/amp"])
        self.add(Item(self.key("duplicate"), self.story, "duplicate", replace(twin.record, url=url), twin.key,
                      "duplicate", self.key("scoop")))

    def snapshot(self, *, scoop: Item, **_: object) -> None:
        """The Wayback Machine's copy of the scoop: its text under an archive banner."""
        captured = datetime.fromisoformat(scoop.record.published).astimezone(UTC) + timedelta(
            minutes=self.rng.randrange(30, 360, 15))
        url = f"https://web.archive.org/web/{captured:%Y%m%d%H%M%S}/{scoop.record.url}"
        banner = f"The Wayback Machine - {url}"
        record = replace(scoop.record, url=url, text=_paragraphs([banner, scoop.record.text]))
        self.add(Item(self.key("snapshot"), self.story, "snapshot", record, scoop.key, "snapshot", scoop.key))

    def follow_up(self, *, scoop: Item, **_: object) -> None:
        """The next day's denial by another paper: a story of its own that mentions the scoop."""
        outlet = self.world.follow_up_paper
        day = self.day + timedelta(days=1)
        parts = text.denial_paragraphs(self.rng, self.world, self.day.strftime("%A"), day.strftime("%A"),
                                       self.rng.choice(self.scoop_sentences[1:]))
        title = text.denial_title(self.rng, self.world)
        record = Record(outlet.name, _page_url(outlet.domain, day, title), iso(self.when(day, 10, 30)),
                        title, _paragraphs(parts))
        key = self.key("follow-up")
        self.add(Item(key, self.story, "original", record, root=key, mentions=(scoop.key,)))


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()).lower()


def generate(seed: int = 7, stories: int = 6, registry: Registry | None = None) -> Pile:
    """A shuffled pile of ``stories`` stories; the same seed gives the same pile."""
    rng = random.Random(seed)
    registry = registry or load_registry(())
    names = text.NameMaker(rng, registry)
    topics = text.topic_order(rng, stories)
    items: list[Item] = []
    summaries: list[dict[str, object]] = []
    for number in range(1, stories + 1):
        world = text.make_world(rng, names, topics[number - 1])
        builder = StoryBuilder(rng, world, WIRES[(number - 1) % len(WIRES)], number)
        story_items = builder.build()
        items.extend(story_items)
        follow = next((i.key for i in story_items if i.key.endswith(":follow-up")), None)
        summaries.append({"story": builder.story, "topic": world.topic.name, "paper": world.paper.name,
                          "wire": builder.wire.name, "original": builder.key("scoop"), "follow_up": follow,
                          "articles": len(story_items)})
    rng.shuffle(items)
    return Pile(tuple(items), tuple(summaries), seed)


def write(pile: Pile, out: Path) -> tuple[Path, Path]:
    """Write ``pile.jsonl`` and ``truth.json`` into ``out``; returns both paths."""
    out.mkdir(parents=True, exist_ok=True)
    pile_path, truth_path = out / f"{PILE_STEM}.jsonl", out / "truth.json"
    pile_path.write_text("".join(item.record.to_json() + "\n" for item in pile.items), encoding="utf-8", newline="\n")
    truth_path.write_text(json.dumps(pile.truth(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8",
                          newline="\n")
    return pile_path, truth_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stories", type=int, default=6)
    parser.add_argument("--out", type=Path, default=Path("synth-pile"))
    args = parser.parse_args(argv)
    pile = generate(args.seed, args.stories)
    pile_path, truth_path = write(pile, args.out)
    print(f"{len(pile.items)} records in {len(pile.stories)} stories: {pile_path}, truth in {truth_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
