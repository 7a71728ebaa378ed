"""The facts of a pile, indexed once: by id, by publisher, and what each country cites.

The builder looks a cited outlet's article up here instead of scanning every article
for every citation, which made the graph stage grow with the square of the pile.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from rapidfuzz import fuzz

from provenance.attribution.links import normalised_url
from provenance.dates import WEEKDAYS
from provenance.facts import ArticleFacts, compare
from provenance.graph.background import background_reports
from provenance.graph.followups import FollowUp, follow_up, voiced_bodies
from provenance.graph.leads import lead_spans, page_leads
from provenance.graph.organisations import body_spokespeople, organisations_answering, pile_organisations
from provenance.graph.people import clean_name, person_key, publication_platform, publishing_people
from provenance.graph.scripts import consonants, transliteration_key
from provenance.models import ReuseLink
from provenance.outlets import Registry
from provenance.reuse import TranslationLink
from provenance.reuse.translation import skeleton
from provenance.textspans import romanised
from provenance.urls import platform_account

_Link = TypeVar("_Link", bound=ReuseLink | TranslationLink)
DAY_SECONDS = 86_400.0  # a bare day's timestamp is its midnight UTC: the page may be up to a day later


@dataclass(frozen=True)
class PileReading:
    """What the index reads from the facts alone, needing no reuse link: the pile's people,
    each page's leads and the follow-ups they report, the outlets it cites as sources and
    the earlier reports it retells.

    Most of the index's time (the follow-ups above all: 3.4 of 5.5 s at 10,000 articles) and
    nothing in it waits for the reuse stage, so the pipeline reads it in a forked process
    beside that stage (:func:`provenance.parallel.beside`), where the second core is idle
    half the time; only this small record comes back pickled.
    """

    people: dict[str, str]  # surname key -> full name (FactIndex.people)
    publishers: dict[str, str]
    publishing: dict[str, dict[str, str]]
    median_year: int | None
    leads: dict[str, list[tuple[int, int]]]
    followups: dict[str, FollowUp]
    support: Counter[str]
    background: dict[str, int]
    organisations: dict[str, tuple[str, int]]  # key -> (name, pages giving it speaking): organisations.py

    @classmethod
    def read(cls, facts: tuple[ArticleFacts, ...], registry: Registry) -> PileReading:
        publishing = {fact.id: dict(fact.publishing) if fact.publishing is not None
                      else publishing_people(fact.identified.cleaned) for fact in facts}
        people = _people(facts)
        median_year = _median_year(facts)
        publishers = _publishers(people, facts, publishing)
        leads = {fact.id: page_leads(fact) for fact in facts}  # read once: follow-ups, then citations
        followups = voiced_bodies({fact.id: found for fact in facts
                                   if (found := follow_up(fact, people, publishers, registry, leads[fact.id]))
                                   is not None and not _own_words(fact, found)},
                                  {fact.id: fact.language for fact in facts})
        organisations = pile_organisations(facts, people, registry, publishers)
        return cls(people=people, publishers=publishers, publishing=publishing, median_year=median_year,
                   leads={article_id: lead_spans(found) for article_id, found in leads.items()},
                   followups=organisations_answering(followups, organisations), support=_support(facts),
                   background=background_reports(facts, registry, median_year),
                   organisations=organisations)


@dataclass(frozen=True)
class FactIndex:
    facts: tuple[ArticleFacts, ...]
    by_id: Mapping[str, ArticleFacts]
    by_publisher: Mapping[str, tuple[ArticleFacts, ...]]  # each outlet's articles, earliest first
    cited_by_country: Mapping[str, frozenset[str]]  # registered outlets the pile cites, by country
    linked: Mapping[str, Mapping[str, float]]  # articles sharing text with each article -> the link's strength
    translated: Mapping[str, Mapping[str, float]]  # other-language articles that are one text with it -> strength
    publisher_positions: Mapping[str, Mapping[str, int]]  # outlet -> article id -> place in by_publisher
    publisher_times: Mapping[str, list[float]]  # outlet -> its articles' timestamps, in by_publisher order
    publisher_days: Mapping[str, Mapping[date, tuple[ArticleFacts, ...]]]  # outlet -> day -> its articles
    people: Mapping[str, str]  # surname key -> the full name (two words or more) the pile gives most
    platform_pages: Mapping[str, tuple[str, str]]  # article id -> (platform, account) for social/blog URLs
    publishers: Mapping[str, str]  # surname key -> platform, for people some page says published the story
    publisher_pages: Mapping[str, int]  # surname key -> how many pages say that person published
    publishing: Mapping[str, Mapping[str, str]]  # article id -> surname key -> platform, as that page says
    median_year: int | None  # the pile's median publication year: the "now" of an undated page
    registry: Registry
    followups: Mapping[str, FollowUp]  # article id -> the new event or answer its lead reports (followups.py)
    leads: Mapping[str, list[tuple[int, int]]]  # article id -> where its text says its news (followups.lead_spans)
    by_url: Mapping[str, str]  # normalised URL -> the article of the pile at that address
    support: Mapping[str, int]  # outlet -> how many pages cite it with a phrase, dateline or credit
    background: Mapping[str, int]  # outlet -> year of its earlier report the pile retells (background.py)
    by_last_word: Mapping[str, tuple[str, ...]]  # a name's last word -> outlets publishing or cited in the pile
    organisations: Mapping[str, tuple[str, int]]  # the pile's unregistered organisations: key -> (name, pages)
    spokespeople: Mapping[str, str]  # registered body id -> the name its follow-ups give its statement

    @classmethod
    def build(cls, facts: tuple[ArticleFacts, ...], registry: Registry,
              links: tuple[ReuseLink, ...] = (), translations: Sequence[TranslationLink] = (),
              reading: PileReading | None = None) -> FactIndex:
        """The index; ``reading`` is :meth:`PileReading.read` of the same facts and registry
        when it was read beforehand (beside the reuse stage), read here otherwise."""
        reading = reading or PileReading.read(facts, registry)
        by_publisher: dict[str, list[ArticleFacts]] = defaultdict(list)
        by_country: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            if fact.publisher_id:
                by_publisher[fact.publisher_id].append(fact)
            for outlet_id in fact.cited:
                outlet = registry.get(outlet_id)
                if outlet and outlet.country:
                    by_country[outlet.country].add(outlet_id)
        ordered = {k: tuple(sorted(v, key=lambda f: (timestamp(f), f.id))) for k, v in by_publisher.items()}
        people, publishing = reading.people, reading.publishing
        return cls(facts=facts, registry=registry, followups=reading.followups, support=reading.support,
                   leads=reading.leads, organisations=reading.organisations,
                   spokespeople=body_spokespeople(reading.followups),
                   by_last_word=_by_last_word(sorted({*ordered, *reading.support}), registry),
                   by_url={normalised_url(f.identified.cleaned.document.url): f.id for f in reversed(facts)
                           if f.identified.cleaned.document.url},
                   by_id={f.id: f for f in facts},
                   by_publisher=ordered,
                   publisher_positions={k: {f.id: i for i, f in enumerate(v)} for k, v in ordered.items()},
                   publisher_times={k: [timestamp(f) for f in v] for k, v in ordered.items()},
                   publisher_days={k: _by_day(v) for k, v in ordered.items()},
                   cited_by_country={k: frozenset(v) for k, v in by_country.items()},
                   linked=_neighbours(links), translated=_neighbours(translations), people=people,
                   publishers=reading.publishers, publishing=publishing,
                   publisher_pages=Counter(key for fact in facts for key in publishing[fact.id] if key in people),
                   median_year=reading.median_year, background=reading.background,
                   platform_pages={f.id: page for f in facts
                                   if (page := platform_account(f.identified.cleaned.document.url))})

    def page_owner(self, article_id: str) -> tuple[str, str] | None:
        """(whose, platform) for a page on a person's account: the person the pile names in
        full whose surname the account holds ("mtaibbi": Matt Taibbi), else "@account"."""
        page = self.platform_pages.get(article_id)
        if page is None:
            return None
        platform, account = page
        key = self.account_person(account)
        return (self.people[key] if key else f"@{account}"), platform

    def account_person(self, account: str) -> str | None:
        """The surname key of the person the pile names in full whose surname an account
        holds ("mtaibbi": "taibbi"), if any."""
        return next((key for key in sorted(self.people) if len(key) >= 4 and key in account), None)

    def account_article(self, account: str, citing: ArticleFacts) -> str | None:
        """The pile's page on that very account (x.com/<account>/status/…), if any."""
        return next((article_id for article_id, (_, owner) in sorted(self.platform_pages.items())
                     if owner == account.lower() and article_id != citing.id), None)

    def person_article(self, key: str, citing: ArticleFacts) -> str | None:
        """A page of the pile that is the person's own account (x.com/mtaibbi/..., name.substack.com)."""
        if len(key) < 4:
            return None
        for article_id, (_, account) in sorted(self.platform_pages.items()):
            if article_id != citing.id and key in account:
                return article_id
        return None

    def outlet_article(self, outlet_id: str, citing: ArticleFacts, day: date | None = None,
                       weekday: str | None = None) -> ArticleFacts | None:
        """The cited outlet's article in the pile that the citing page took from.

        Of the outlet's articles not published after the citing page: the one that shares most
        text with it (in its language first, then translated: a Spanish page with a Reuters
        dateline translates that Reuters story, not the wire's other story of the day),
        else one of the day the citing text gives ("reported on Friday"), else, for
        a dated page, the outlet's latest dated article before it (for an undated page, before
        the earliest dated page it shares text with; with no such page, the outlet's latest
        article on the ``weekday`` the citing text names: an undated page saying CNN released
        the tape "am Montagabend" means CNN's Monday report, not its Wednesday one), else one that is not a
        follow-up (a page naming the outlet means its report, not its resignation video),
        chosen by shared words, else the earliest. Without shared text, an outlet with more
        than MANY_ARTICLES articles in the pile (a pile of many stories) offers only those
        on the page's story (they share SAME_STORY_NAMES names): Reuters' report of another
        story the same morning is not the one a page cites; with none, the citation goes
        to the outlet's report node.
        Each step looks up only the articles it needs (by id, by day, by time), so an
        outlet with thousands of articles costs no more than one with two.
        """
        articles = self.by_publisher.get(outlet_id, ())
        if not articles:
            return None

        several = len(articles) > MANY_ARTICLES

        def usable(candidate: ArticleFacts) -> bool:
            return candidate.id != citing.id and compare(candidate.published, citing.published) != 1 and \
                (not several or _same_story(citing, candidate))

        positions = self.publisher_positions[outlet_id]
        for neighbours in (self.linked, self.translated):  # shared text is the story's own evidence
            strength = neighbours.get(citing.id, {})
            shared = sorted((-strength[n], positions[n]) for n in strength if n in positions)
            for _, position in shared:
                candidate = articles[position]
                if candidate.id != citing.id and compare(candidate.published, citing.published) != 1:
                    return candidate
        if day is not None:
            by_day = self.publisher_days[outlet_id]
            for offset in (0, -1, 1):
                for candidate in by_day.get(day + timedelta(days=offset), ()):
                    if usable(candidate):
                        return candidate
        dated = citing if citing.published is not None else self._earliest_dated_neighbour(citing)
        if dated is not None:
            latest = self._latest_dated_before(outlet_id, dated, usable)
            if latest is not None:
                return latest
        elif citing.month is not None and (in_month := self._latest_dated_by(outlet_id, citing.month.last_day,
                                                                              usable, weekday)) is not None:
            return in_month
        elif weekday is not None:
            on_day = [a for day, found in self.publisher_days[outlet_id].items()
                      if WEEKDAYS[day.weekday()] == weekday for a in found if usable(a)]
            if on_day:
                return max(on_day, key=lambda a: (timestamp(a), a.id))
        candidates = [candidate for candidate in articles[:MAX_UNDATED_CHOICE] if usable(candidate)]
        reports = [candidate for candidate in candidates if self._reports_news(candidate)] or candidates
        return _closest_in_words(citing, self._home_editions(outlet_id, reports))

    def _reports_news(self, candidate: ArticleFacts) -> bool:
        """Not a follow-up answering the story or reporting an event (a resignation video);
        an outlet's interview (someone's statement in its lead) is a report of its own."""
        found = self.followups.get(candidate.id)
        return found is None or found.kind == "statement"

    def _earliest_dated_neighbour(self, citing: ArticleFacts) -> ArticleFacts | None:
        """The earliest dated page sharing text with an undated one: the text was out by then,
        so the outlet's report it names is one published before (a copy of the June tape
        story names CNN's June tape, not its May report)."""
        dated = [fact for n in self.linked.get(citing.id, ()) if (fact := self.by_id[n]).published is not None]
        return min(dated, key=lambda fact: (timestamp(fact), fact.id), default=None)

    def _home_editions(self, outlet_id: str, candidates: list[ArticleFacts]) -> list[ArticleFacts]:
        """The candidates in the outlet's own language, when there are any: CNN's English
        report, not CNN en Español's translation of it published the same day."""
        outlet = self.registry.get(outlet_id)
        home = [c for c in candidates if outlet is not None and outlet.language and c.language == outlet.language]
        return home or candidates

    def _latest_dated_before(self, outlet_id: str, citing: ArticleFacts,
                             usable: Callable[[ArticleFacts], bool]) -> ArticleFacts | None:
        """The outlet's latest dated article not after the page (an outlet's June report, not its April one)."""
        return next((c for c in self._dated_until(outlet_id, timestamp(citing) + DAY_SECONDS) if usable(c)), None)

    def _latest_dated_by(self, outlet_id: str, last_day: date, usable: Callable[[ArticleFacts], bool],
                         weekday: str | None) -> ArticleFacts | None:
        """The outlet's latest dated article by the end of the month an undated page gives
        ("date 2023-06": CNN's June tape, not its May report), on the weekday the page names
        if one is."""
        end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tzinfo=UTC).timestamp()
        candidates = [a for a in self._dated_until(outlet_id, end) if usable(a)]
        named = [a for a in candidates if weekday and a.published and WEEKDAYS[a.published.day.weekday()] == weekday]
        chosen = named or candidates
        return chosen[0] if chosen else None

    def _dated_until(self, outlet_id: str, until: float) -> list[ArticleFacts]:
        """The outlet's dated articles up to a moment (seconds since the epoch), latest first;
        none when it has one dated article at most: nothing to choose between."""
        articles, times = self.by_publisher[outlet_id], self.publisher_times[outlet_id]
        dated = bisect_left(times, float("inf"))
        if dated < 2:
            return []
        return list(reversed(articles[:bisect_right(times, until, 0, dated)]))


#: Names two pages of one story share at least: a page about the Trump tape and CNN's
#: report share "Trump", "Iran", "Bedminster"; two stories one wire covered share its name.
SAME_STORY_NAMES = 3
#: An outlet with more articles than this in the pile covers several of its stories. The
#: real piles of one story hold at most 3 of one outlet's (CNN's report, its tape, its
#: Spanish edition), and there the names test would fail across scripts.
MANY_ARTICLES = 5


def _same_story(citing: ArticleFacts, candidate: ArticleFacts) -> bool:
    return len(citing.names & candidate.names) >= SAME_STORY_NAMES


#: How many of an outlet's articles the word comparison weighs when nothing else decides.
MAX_UNDATED_CHOICE = 32
#: The word comparison decides only with at least this many of one candidate's own words
#: shared, and this many times the runner-up's: a long article has more words of its own
#: than a short one, and a page in another language shares few words with either.
MIN_OWN_WORDS = 3
OWN_WORDS_MARGIN = 2.0


def _closest_in_words(citing: ArticleFacts, candidates: list[ArticleFacts]) -> ArticleFacts | None:
    """The candidate whose own words (those no other candidate has) the citing page shares most.

    Two undated articles of one magazine, the scoop and a later video on the resignation:
    a page that retells the scoop shares the scoop's words ("millionaire", "2017"), one on
    the resignation the video's. Without a clear winner, the earliest (the first listed).
    """
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    counts: Counter[str] = Counter(word for candidate in candidates for word in candidate.content_words)
    shared = citing.content_words
    own = [sum(1 for word in candidate.content_words if counts[word] == 1 and word in shared)
           for candidate in candidates]
    first, runner_up = sorted(range(len(candidates)), key=lambda i: (-own[i], i))[:2]
    if own[first] >= MIN_OWN_WORDS and own[first] >= OWN_WORDS_MARGIN * own[runner_up]:
        return candidates[first]
    return candidates[0]



def _by_last_word(outlet_ids: list[str], registry: Registry) -> dict[str, tuple[str, ...]]:
    """The pile's outlets by the last word of each name and short form, casefolded: what a
    name the registry did not resolve ("the Observer", "The Evening News") is looked up by."""
    found: dict[str, list[str]] = defaultdict(list)
    for outlet_id in outlet_ids:
        outlet = registry.get(outlet_id)
        if outlet is not None:
            for word in dict.fromkeys(name.split()[-1].casefold() for name in (outlet.name, *outlet.short_forms)
                                      if name.split()):
                found[word].append(outlet_id)
    return {word: tuple(ids) for word, ids in found.items()}


def _own_words(fact: ArticleFacts, found: FollowUp) -> bool:
    """The page is the responder's own publication (a press release on the authority's site,
    "The Calder Valley Transit Authority has noted recent media reports …"): it is the
    statement, not a page reporting it, so no statement node is made above it."""
    if fact.publisher_id is not None and found.body == fact.publisher_id:
        return True
    name = fact.publisher_name
    return name is not None and _bare_name(name) == _bare_name(found.responder)


def _bare_name(name: str) -> str:
    return re.sub(r"^(?:the|la|le|les|el|los|las|die|der|das)\s+", "", name.strip().casefold())

def _support(facts: tuple[ArticleFacts, ...]) -> Counter[str]:
    """How many pages cite each outlet as a source (not a conduit, "told CNN", nor an actor, "AP fired")."""
    return Counter(outlet_id for fact in facts for outlet_id in
                   {a.outlet_id for a in fact.attributions if a.outlet_id and a.role == "source"} & fact.cited)


def _by_day(articles: tuple[ArticleFacts, ...]) -> dict[date, tuple[ArticleFacts, ...]]:
    days: dict[date, list[ArticleFacts]] = defaultdict(list)
    for article in articles:
        if article.published is not None:
            days[article.published.day].append(article)
    return {day: tuple(found) for day, found in days.items()}


def connected_groups(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The connected groups of ids that the pairs join, each sorted, in a stable order."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.setdefault(item, item) != item:
            item = parent[item]
        return item

    for a, b in pairs:
        parent[find(a)] = find(b)
    grouped: dict[str, list[str]] = defaultdict(list)
    for item in sorted(parent):
        grouped[find(item)].append(item)
    return sorted(grouped.values())


def _median_year(facts: tuple[ArticleFacts, ...]) -> int | None:
    years = sorted(f.published.day.year for f in facts if f.published is not None)
    return years[len(years) // 2] if years else None


def _publishers(people: Mapping[str, str], facts: tuple[ArticleFacts, ...],
                publishing: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """People the pile names in full whom some page ties to a platform: known publishers."""
    found: dict[str, str] = {}
    for fact in facts:
        for key, platform in sorted(publishing[fact.id].items()):
            if key in people:
                found.setdefault(_nominative(key, people), platform)
    return found


def _nominative(key: str, people: Mapping[str, str]) -> str:
    """The key of the full name a surname key stands for, when the pile knows that name by its
    own key too: a Russian page's "опубликованном Навальным" gives "navalnym", an instrumental
    case, whose full name "Alexei Navalny" is keyed "navalny"; the publisher is known by the
    latter, which other scripts' spellings meet ("نافالني")."""
    own = person_key(people[key])
    return own if own != key and people.get(own) == people[key] else key


#: A name given in a sentence about publishing ("Mara Quillan wrote in a Substack post")
#: counts this many times: of two bearers of one surname, the publisher is the person.
PUBLISHING_NAME_WEIGHT = 10


def _people(facts: tuple[ArticleFacts, ...]) -> dict[str, str]:
    """Surname key -> the full name (two words or more) the pile's attributions give most often
    ("Heinz-Christian Strache", not the "Inhalt Heinz-Christian Strache" of one page's label),
    the names of publishing sentences first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in facts:
        for attribution in fact.attributions:
            name = clean_name(attribution.label) if attribution.kind == "person" else None
            if name and len(name.split()) >= 2:
                publishing = publication_platform(attribution.sentence.text) is not None
                counts[person_key(name)][name] += PUBLISHING_NAME_WEIGHT if publishing else 1
    people = {key: min(names, key=lambda n: (-names[n], len(n), n)) for key, names in counts.items()}
    support = {key: sum(names.values()) for key, names in counts.items()}
    sounds, latin = _sound_buckets(support), _latin_index(people)
    return {key: people[_latin_twin(key, name, people, latin) or _spelling_twin(key, support, sounds) or key]
            for key, name in people.items()}


#: A spelling variant's consonants must be this long to join the name the pile gives more.
MIN_SPELLING_SKELETON = 4


def _sounds(key: str) -> set[tuple[str, str]]:
    """A surname key's buckets: first letter and either skeleton; and its transliteration key,
    which has its own first letter's class ("Selenskyj" meets "Zelensky")."""
    sounds = {(key[:1], sound) for sound in (consonants(key), skeleton(key)) if len(sound) >= MIN_SPELLING_SKELETON}
    spelled = transliteration_key(key)
    return sounds | {("~", spelled)} if len(spelled) >= MIN_SPELLING_SKELETON else sounds


def _sound_buckets(keys: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """Surname keys by sound (:func:`_sounds`), so a spelling meets its twins by lookup:
    thousands of names in a large pile, never each against each."""
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        for sound in _sounds(key):
            buckets[sound].append(key)
    return buckets


def _spelling_twin(key: str, support: Mapping[str, int],
                   buckets: Mapping[tuple[str, str], list[str]]) -> str | None:
    """The surname key another spelling of one name stands for, in the Latin script ("Prigożyn",
    "Prigojine", "Pryhozhyn" -> prigozhin): the same sounds (:func:`_sounds`), and given more
    often in the pile; the variant then takes that name's full form and node."""
    twins = {other for sound in _sounds(key) for other in buckets.get(sound, ())
             if other != key and support[other] > support[key]}
    return max(twins, key=lambda other: (support[other], other)) if twins else None


#: Romanised surnames this alike (rapidfuzz ratio) are one name in two scripts ("taibi", "taibbi").
SCRIPT_TWIN_SIMILARITY = 85
#: A sound skeleton this long or longer is distinctive enough to join two spellings ("msk").
MIN_TWIN_SKELETON = 3


def _latin_twin(key: str, name: str, people: Mapping[str, str],
                latin: Mapping[str, list[str]] | None = None) -> str | None:
    """The Latin-script surname key a name written in another script stands for ("Илон Маск"
    -> "musk": the pile's Latin pages name Elon Musk): the one key with the same sound
    skeleton or a near spelling, when exactly one does. One person then has one node.
    ``latin``: the Latin keys by first letter and by skeleton (:func:`_latin_index`)."""
    if name.isascii() or any("a" <= ch <= "z" for ch in name.casefold()):
        return None
    latin = latin if latin is not None else _latin_index(people)
    romanised_key = romanised(key).casefold()
    sound = skeleton(romanised_key)
    alike = latin.get(f"sound:{sound}", []) if len(sound) >= MIN_TWIN_SKELETON else []
    near = [other for other in latin.get(f"first:{romanised_key[:1]}", ())
            if fuzz.ratio(romanised_key, other) >= SCRIPT_TWIN_SIMILARITY]
    twins = sorted({other for other in (*alike, *near) if other != key})
    return twins[0] if len(twins) == 1 else None


def _latin_index(people: Mapping[str, str]) -> dict[str, list[str]]:
    """Keys of names written in Latin letters, by first letter and by sound skeleton."""
    index: dict[str, list[str]] = defaultdict(list)
    for key, full in people.items():
        if full.isascii():
            index[f"first:{key[:1]}"].append(key)
            index[f"sound:{skeleton(key)}"].append(key)
    return index


def adjacency(links: Iterable[_Link]) -> dict[str, dict[str, _Link]]:
    """Each article's linked articles, with the link between them."""
    found: dict[str, dict[str, _Link]] = defaultdict(dict)
    for link in links:
        found[link.a][link.b] = link
        found[link.b][link.a] = link
    return dict(found)


def _neighbours(links: Iterable[ReuseLink | TranslationLink]) -> dict[str, dict[str, float]]:
    """Each article's linked articles with the link's strength (a reuse link's weight, a
    translation's aligned anchors): of an outlet's pages that share text with a citing page,
    the one it shares most with is the one it took, not the earliest (Reuters' story of
    another day shares only the agency's stock sentences with it)."""
    return {page: {other: float(link.score if isinstance(link, ReuseLink) else link.aligned)
                   for other, link in linked.items()}
            for page, linked in adjacency(links).items()}


def timestamp(facts: ArticleFacts) -> float:
    """Seconds since the epoch (midnight UTC for a bare day); unknown dates sort last."""
    return facts.seconds
