"""The words of the synthetic piles: fictional worlds and the sentences written about them.

Kept apart from ``synth_piles`` (which decides who copies whom) because this is data
and phrasing: every story gets fresh made-up names, places and numbers, and draws its
sentences from varied templates (``[a|b]`` picks one wording, ``{slot}`` a story word),
so that two stories never share a sentence beyond boilerplate.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from provenance.outlets import Registry

ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
          "st", "tr", "sk", "vel", "mar", "ost")
VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou")
CODAS = ("", "", "", "n", "r", "l", "s", "nd", "rk", "m", "th")
PAPER_NOUNS = ("Courier", "Herald", "Gazette", "Sentinel", "Chronicle", "Ledger", "Tribune", "Observer", "Examiner",
               "Dispatch", "Mercury", "Clarion", "Bugle", "Advertiser", "Evening News", "Daily", "Messenger", "Argus")
BLOG_PATTERNS = ("{w} Watch", "The {w} Files", "{w} Matters", "{w}Talk", "Notes from {w}", "{w} Unfiltered")
CURRENCIES = ("crowns", "marks", "florins", "dalers", "lira", "ducats", "thalers", "riyals")
MONTHS = ("January", "February", "April", "May", "June", "July", "August", "September", "October", "November")


@dataclass(frozen=True)
class Topic:
    """What a story is about; each story of a pile gets another one while they last."""

    name: str
    body_kind: str  # "Water Authority": the institution the scoop is about
    portfolio: str  # the ministry
    subject_kind: str
    problem: str
    problem2: str
    action: str  # past tense, takes the subject as object
    purpose: str  # "to pay for ..."
    unit: str  # who depends on the subject
    doc: str  # the scoop's documents
    asset: str
    symptom: str


TOPICS = (
    Topic("water", "Water Authority", "Environment", "desalination plant", "hairline cracks in the main intake pipe",
          "corroded valves in the filter hall", "delayed repairs to", "to pay for a new pumping station",
          "households", "an internal engineering audit", "pipe network", "brown water running from their taps"),
    Topic("rail", "Rail Company", "Transport", "northern freight line", "worn rails on a coastal stretch",
          "loose sleepers near two level crossings", "postponed track renewal on",
          "to cover a shortfall in its passenger budget", "commuters", "maintenance logs", "rolling stock",
          "trains crawling at walking pace"),
    Topic("hospital", "Health Board", "Health", "regional children's hospital", "a shortage of intensive care nurses",
          "broken ventilation in two operating theatres", "quietly cut night shifts at", "to close a deficit",
          "patients", "staffing spreadsheets", "ambulance fleet", "waiting times of up to nine hours"),
    Topic("schools", "Education Office", "Education", "free school meals scheme", "unpaid invoices to suppliers",
          "spoiled deliveries at three kitchens", "scaled back", "to fund teacher bonuses", "pupils", "a draft budget",
          "kitchen equipment", "children going without lunch"),
    Topic("power", "Grid Operator", "Energy", "offshore wind connection", "overheating transformers at two substations",
          "a failed cable joint under the estuary", "deferred the upgrade of",
          "to keep tariffs down before the election", "customers", "minutes of a board meeting", "substations",
          "blackouts lasting several hours"),
    Topic("ports", "Port Authority", "Trade", "container terminal expansion", "subsidence under the new quay",
          "silt building up in the approach channel", "halted dredging at", "to renegotiate a construction contract",
          "shipping lines", "a consultant's report", "cranes", "ships queuing offshore for days"),
    Topic("police", "Police Directorate", "Interior", "emergency call centre",
          "calls left unanswered for more than ten minutes", "a crash of the dispatch software",
          "merged the dispatch desks of", "to save on rent", "callers", "internal performance figures",
          "patrol cars", "nobody picking up the emergency line"),
    Topic("airport", "Airports Agency", "Infrastructure", "second runway project", "drainage faults beneath the apron",
          "cracked concrete on a taxiway", "pushed back the opening of", "to wait for a new environmental permit",
          "passengers", "leaked planning documents", "terminal buildings", "flights diverted after heavy rain"),
    Topic("housing", "Housing Fund", "Housing", "social housing programme", "mould in hundreds of new flats",
          "faulty fire doors in two tower blocks", "stopped handing over keys at", "to settle a dispute with builders",
          "tenants", "inspection reports", "housing stock", "damp walls in newly built flats"),
    Topic("forestry", "Forestry Service", "Agriculture", "northern forest reserve",
          "illegal felling on protected slopes",
          "unmarked logging roads near a river", "suspended ranger patrols in", "to redeploy staff to fire duty",
          "visitors", "satellite images and emails", "fire towers", "lorries carrying logs at night"),
    Topic("broadband", "Telecom Regulator", "Digital Affairs", "rural broadband rollout",
          "missed coverage targets in mountain districts", "unfinished fibre trenches along two highways",
          "extended the deadline for", "to spare operators fines", "villages", "correspondence with operators",
          "masts", "connections that drop every evening"),
    Topic("museum", "Heritage Council", "Culture", "national museum's storage depot",
          "flood damage to archived collections", "a broken climate control system", "kept quiet about",
          "to avoid delaying a fundraising drive", "items", "an insurance claim", "storage halls",
          "crates left on wet floors"),
)

SCOOP_TITLES = (
    "{body_title} [quietly|secretly] {action} {subject}, documents show",
    "Revealed: {body_title} {action} {subject} despite warnings over {problem_short}",
    "{subject_title} [safety|maintenance] work put off [until {due_year}|for two years], papers seen by the "
    "{paper_word} show",
)
WIRE_TITLES = (
    "{country} {body_kind_lower} {action} {subject_kind}[ -newspaper| - report|, paper says]",
    "{country}'s {body_kind_lower} delayed work on {subject_kind}, newspaper reports",
)
PAPER_TITLES = (
    "{subject_title} [work|repairs] put off [until {due_year}|for two years], report says",
    "{body_title} accused of delaying [repairs|work] at {subject}",
    "Report: {capital} {body_kind_lower} {action} {subject_kind}",
    "{problem_title}: {body_title} under fire over {subject_kind}",
)
BLOG_TITLES = ("The {subject_kind} [cover-up|scandal]: they knew, and they waited",
               "[Again?|Unbelievable.] {body_title} and the {subject_kind}",
               "Who is [really|actually] running the {subject_kind}?")
DENIAL_TITLES = ("{body_title} denies report it {action} {subject}",
                 "{body_title} rejects claims over {subject_kind} as “{denial_word}”")

LEAD = ("{body} {action} {subject} [for two years|until {due_year}] {purpose}, [despite|in spite of] "
        "[warnings about|an engineers' report on] {problem}, according to {doc} seen by {paper_short}.")
WIRE_LEAD = ("{body} {action} {subject} [for two years|until {due_year}], {paper} reported on {weekday}, "
             "citing {doc_short}.")
WIRE_BOILERPLATE = ("{wire} could not independently verify the [report|documents].",
                    "{body} did not immediately respond to a request for comment from {wire}.")
DENIAL_LEAD = ("{body} on {weekday2} [denied|rejected] a newspaper report that it had {action} {subject}, "
               "calling it “{denial_quote}”.")
DENIAL_BACKGROUND = "{paper} reported on {weekday}, citing {doc_short}, that {body_short} had {action} {subject}."
DENIAL_QUOTES = ("[entirely false|a fabrication]", "[misleading|deeply misleading] and [irresponsible|wrong]")
BLOG_OPENERS = ("Read this and weep.", "Nobody here will be surprised.", "You could not make this up.",
                "Here we go again.", "We told you so.", "File under: of course.")
BLOG_CLOSERS = ("Share this post | Leave a comment", "Comments are open below.", "Like and share if you agree.")

#: Sentence frames: few fixed words, many slots drawn afresh from the story's own lexicon at
#: every use, so that two stories' sentences built on one frame still share almost nothing.
FRAMES = (
    "{person}, {a_role} at {org}, {verb} the {adj} {noun} near {place} {time}.",
    "{org} {verb} {number} {adj} {nouns} {time}, {doc_ref}.",
    "“The {nouns} in {place} are {adj} and the {nouns2} are {adj2},” said {person}, {a_role}.",
    "{number} {nouns} were {verb} at {place} {time}, {doc_ref}.",
    "{person} {verb} the {noun} {time} and {verb2} its {adj} {noun2}.",
    "In {place}, {number} {nouns} cost {org} {amount} {time}.",
    "{doc} [lists|counts] {number} {adj} {nouns} and {number2} {nouns2} at {place}.",
    "“We {verb} every {noun} in {place} {time},” {person} told {paper_short}.",
    "The {adj} {noun} at {org} was last {verb} in {year}, when {person} was {a_role}.",
    "{person}, who {verb} the {noun} in {year}, [declined to comment|did not answer calls].",
    "Asked about the {adj} {nouns}, {person} said {org} had {verb} them {time}.",
    "A {adj} {noun} from {place} {verb} {number} {nouns} {time}.",
    "{org} paid {amount} for {number} {adj} {nouns} {time}, {doc_ref}.",
    "By {month}, {number} {nouns} in {place} had been {verb}.",
    "{person} and {person2} {verb} the {adj} {nouns} of {place} {time}.",
    "“{adj_cap} {nouns}, {adj2} {nouns2},” {person} wrote to {org} {time}.",
)
NOUNS = ("pump", "cable", "ledger", "turbine", "invoice", "valve", "boiler", "crane", "ward", "depot", "bridge",
         "sluice", "gantry", "furnace", "pylon", "tunnel", "hangar", "kiln", "silo", "barge", "lorry", "wagon",
         "archive", "register", "permit", "licence", "tender", "contract", "audit", "survey", "sample", "meter",
         "sensor", "alarm", "hydrant", "culvert", "levee", "quay", "jetty", "berth", "signal", "switch", "platform",
         "canteen", "dormitory", "clinic", "pharmacy", "laboratory", "workshop", "warehouse", "garage", "shed",
         "boat", "drone", "radar", "antenna", "mast", "beacon", "lantern", "compressor", "generator", "battery",
         "filter", "reservoir", "cistern", "aqueduct", "pipeline", "conveyor", "hopper", "trailer", "tractor",
         "harvester", "greenhouse", "orchard", "vineyard", "hive", "kennel", "stable", "paddock", "fence", "gate",
         "ramp", "stairwell", "lift", "escalator", "roof", "chimney", "gutter", "drain", "sewer", "manhole",
         "ventilator", "incubator", "scanner", "stretcher", "ambulance", "locker", "terminal", "server", "router")
ADJECTIVES = ("rusty", "leaking", "cracked", "idle", "overloaded", "outdated", "unlicensed", "flooded", "broken",
              "unpaid", "missing", "faulty", "corroded", "abandoned", "warped", "mislabelled", "unsealed", "buckled",
              "charred", "mouldy", "sagging", "uninsured", "unpainted", "rotting", "jammed", "clogged", "frayed",
              "untested", "uncertified", "undersized", "oversized", "dented", "scorched", "waterlogged", "neglected",
              "shuttered", "improvised", "second-hand", "borrowed", "rented", "leased", "refurbished", "patched",
              "temporary", "provisional", "half-built", "unfinished", "dilapidated", "brittle", "loose", "bent",
              "tilted", "sunken", "stranded", "unlit", "unheated", "overheated", "unmanned", "unguarded", "disused")
VERBS = ("inspected", "repaired", "audited", "replaced", "dismantled", "relocated", "sealed", "tested", "catalogued",
         "welded", "painted", "drained", "flushed", "rewired", "calibrated", "photographed", "measured", "weighed",
         "counted", "towed", "lifted", "lowered", "scrapped", "auctioned", "leased", "insured", "locked", "reopened",
         "closed", "fenced", "patched", "reinforced", "dredged", "excavated", "surveyed", "mapped", "logged",
         "tagged", "registered", "certified", "condemned", "demolished", "rebuilt", "restored", "cleaned", "emptied",
         "refilled", "reassigned", "rerouted", "mothballed", "overhauled", "stripped", "salvaged", "sold")
ROLES = ("surveyor", "accountant", "nurse", "foreman", "auditor", "technician", "caretaker", "inspector", "clerk",
         "electrician", "plumber", "welder", "dispatcher", "archivist", "pilot", "driver", "mechanic", "ranger",
         "geologist", "chemist", "pharmacist", "planner", "translator", "cashier", "guard", "paramedic", "stoker",
         "signaller", "harbourmaster", "lockkeeper", "beekeeper", "gardener", "joiner", "glazier", "roofer",
         "bookkeeper", "registrar", "notary", "steward", "quartermaster")
SEASONS = ("last spring", "last summer", "last autumn", "last winter", "in early {year}", "in late {year}")


@dataclass(frozen=True)
class Lexicon:
    """One story's own words: drawn from shared pools without replacement, so stories differ."""

    nouns: tuple[str, ...]
    adjectives: tuple[str, ...]
    verbs: tuple[str, ...]
    roles: tuple[str, ...]
    places: tuple[str, ...]
    people: tuple[str, ...]
    orgs: tuple[str, ...]


class PoolDealer:
    """Deals words from shuffled pools, reshuffling a pool only once it runs out."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, pool: tuple[str, ...], count: int) -> tuple[str, ...]:
        deck = self.decks.setdefault(name, [])
        dealt = []
        for _ in range(count):
            if not deck:
                deck.extend(pool)
                self.rng.shuffle(deck)
            dealt.append(deck.pop())
        return tuple(dealt)


@dataclass(frozen=True)
class FictionalOutlet:
    name: str
    domain: str  # always under .example


@dataclass(frozen=True)
class World:
    """One story's fictional cast and numbers, and the slots its templates fill."""

    topic: Topic
    capital: str
    paper: FictionalOutlet
    republishers: tuple[FictionalOutlet, ...]
    blogs: tuple[FictionalOutlet, ...]
    rewriter: FictionalOutlet
    follow_up_paper: FictionalOutlet
    reporter: str
    wire_reporter: str
    wire_editor: str
    slots: dict[str, str]
    lexicon: Lexicon


class NameMaker:
    """Fresh pronounceable made-up words, never reused in a pile and never a registered outlet."""

    def __init__(self, rng: random.Random, registry: Registry) -> None:
        self.rng, self.registry = rng, registry
        self.used: set[str] = set()
        self.dealer = PoolDealer(rng)

    def word(self) -> str:
        while True:
            syllables = [self.rng.choice(ONSETS) + self.rng.choice(VOWELS) for _ in range(self.rng.randint(2, 3))]
            candidate = ("".join(syllables) + self.rng.choice(CODAS)).capitalize()
            if candidate not in self.used and self.free(candidate):
                self.used.add(candidate)
                return candidate

    def free(self, name: str) -> bool:
        """Not a registered outlet, not even inside running text: a fictional outlet must stay unknown."""
        return self.registry.by_name(name) is None and not self.registry.find_mentions(name)

    def person(self) -> str:
        return f"{self.word()} {self.word()}"

    def paper(self, nouns: list[str]) -> FictionalOutlet:
        while True:
            town, noun = self.word(), nouns.pop()
            name = f"The {town} {noun}"
            if self.free(name):
                return FictionalOutlet(name, f"{town}{noun}".lower().replace(" ", "") + ".example")

    def blog(self, pattern: str) -> FictionalOutlet:
        word = self.word()
        name = pattern.format(w=word)
        return FictionalOutlet(name, re.sub(r"[^a-z]", "", name.lower()) + ".example")


def topic_order(rng: random.Random, stories: int) -> list[Topic]:
    """Distinct topics for the first stories, then again in a new order."""
    order: list[Topic] = []
    while len(order) < stories:
        batch = list(TOPICS)
        rng.shuffle(batch)
        order.extend(batch)
    return order[:stories]


def make_world(rng: random.Random, names: NameMaker, topic: Topic) -> World:
    """A story's cast: its country, institution, people, outlets and numbers."""
    nouns = list(PAPER_NOUNS)
    rng.shuffle(nouns)
    blog_patterns = list(BLOG_PATTERNS)
    rng.shuffle(blog_patterns)
    paper = names.paper(nouns)
    capital, town, town2, country = names.word(), names.word(), names.word(), names.word() + "ia"
    slots = _slots(rng, names, topic, paper, country, (capital, town, town2))
    return World(topic, capital, paper, tuple(names.paper(nouns) for _ in range(4)),
                 tuple(names.blog(blog_patterns.pop()) for _ in range(2)), names.paper(nouns), names.paper(nouns),
                 names.person(), names.person(), names.person(), slots,
                 _lexicon(names, (capital, town, town2), slots))


def _lexicon(names: NameMaker, places: tuple[str, ...], slots: dict[str, str]) -> Lexicon:
    """The story's own nouns, adjectives, verbs and roles, and more made-up places and people."""
    deal = names.dealer.deal
    return Lexicon(deal("nouns", NOUNS, 12), deal("adjectives", ADJECTIVES, 9), deal("verbs", VERBS, 9),
                   deal("roles", ROLES, 6), (*places, names.word(), names.word()),
                   tuple(names.person() for _ in range(6)),
                   (slots["body"], slots["company"], f"the {names.word()} {slots['body_kind_lower']}"))


def _slots(rng: random.Random, names: NameMaker, topic: Topic, paper: FictionalOutlet, country: str,
           places: tuple[str, str, str]) -> dict[str, str]:
    """Every story word a template may ask for: places, people, numbers, then the quotes built from them."""
    slots = {**_place_slots(rng, topic, paper, country, places), **_people_slots(rng, names, topic)}
    slots.update(_number_slots(rng, slots["currency"]))
    slots["denial_quote"] = expand(rng, rng.choice(DENIAL_QUOTES), slots, sentence=False)
    return slots


def _place_slots(rng: random.Random, topic: Topic, paper: FictionalOutlet, country: str,
                 places: tuple[str, str, str]) -> dict[str, str]:
    """The country, its towns, the institution and the thing the scoop is about."""
    capital, town, town2 = places
    body = f"the {capital} {topic.body_kind}"
    subject = f"the {rng.choice(places[1:])} {topic.subject_kind}"
    problem_short = topic.problem.split(" in ")[0].split(" on ")[0]
    return {
        "paper": paper.name, "paper_short": "the " + paper.name.split(" ", 2)[2], "paper_word": paper.name.split()[-1],
        "country": country, "capital": capital, "town": town, "town2": town2, "currency": rng.choice(CURRENCIES),
        "body": body, "body_title": body[4:], "body_short": "the " + topic.body_kind.split()[-1].lower(),
        "body_kind_lower": topic.body_kind.lower(), "subject": subject, "subject_cap": upper_first(subject),
        "subject_title": subject[4:], "subject_kind": topic.subject_kind, "problem": topic.problem,
        "problem2": topic.problem2, "problem_short": problem_short, "problem_title": upper_first(problem_short),
        "action": topic.action, "purpose": topic.purpose, "unit": topic.unit, "unit_cap": upper_first(topic.unit),
        "doc": topic.doc, "doc_cap": upper_first(topic.doc),
        "doc_short": rng.choice(["internal documents", "documents it had seen", topic.doc]),
        "asset": topic.asset, "symptom": topic.symptom, "portfolio": topic.portfolio,
        "portfolio_lower": topic.portfolio.lower(),
    }


def _people_slots(rng: random.Random, names: NameMaker, topic: Topic) -> dict[str, str]:
    """The spokesperson, minister, critic, chief executive, insiders and companies."""
    people = {role: names.person() for role in ("spokes", "minister", "critic", "chief")}
    house = topic.body_kind.split()[-1]
    return {
        "spokes": f"{house.lower()} spokes{rng.choice(['man', 'woman'])} {people['spokes']}",
        "minister": f"{topic.portfolio} Minister {people['minister']}", "minister_last": people["minister"].split()[1],
        "minister_office": f"The office of {topic.portfolio} Minister {people['minister']}",
        "critic": f"opposition lawmaker {people['critic']}", "critic_last": people["critic"].split()[1],
        "chief": f"{house} chief executive {people['chief']}", "chief_last": people["chief"].split()[1],
        "insiders": rng.choice(["two engineers familiar with the matter", "three staff members who spoke on condition "
                                "of anonymity", "two people involved in the decision"]),
        "company": f"{names.word()} {rng.choice(['Holdings', 'Group', 'Construction', 'Engineering'])}",
        "company2": f"its main supplier, {names.word()} {rng.choice(['Industries', 'Works', 'Systems'])}",
    }


def _number_slots(rng: random.Random, currency: str, year: int = 2025) -> dict[str, str]:
    """Sums, counts, years and days: numbers make two stories' sentences differ even in one template."""
    return {
        "amount": f"{rng.randint(2, 40)}.{rng.randint(1, 9)} million {currency}",
        "amount2": f"{rng.randint(300, 990)},000 {currency}", "amount3": f"{rng.randint(41, 95)} million {currency}",
        "amount4": f"{rng.randint(110, 900)} million {currency}",
        "count": f"{rng.randint(12, 240)},{rng.randint(100, 999)}",
        "year_old": str(rng.randint(1961, 1999)), "year_prev": str(rng.randint(2019, 2023)),
        "year_last": str(rng.randint(2014, 2019)), "year_rules": str(rng.randint(1988, 2009)),
        "due_year": str(rng.randint(2027, 2029)), "this_year": str(year), "n_years": str(rng.randint(4, 8)),
        "month": f"{rng.choice(MONTHS)} {year - 1}", "month2": rng.choice(MONTHS),
        "day_of_month": str(rng.randint(2, 27)), "grade": rng.choice(["C", "D", "3", "poor", "adequate"]),
        "pop": str(rng.randint(2, 19)), "pct": str(rng.randint(3, 18)), "pct2": str(rng.randint(2, 11)),
        "election_month": f"{rng.choice(MONTHS)} {year + 1}",
        "rally_day": rng.choice(["Thursday", "Saturday", "next Tuesday"]),
        "weekday_before": rng.choice(["Saturday", "Sunday"]),
    }


def expand(rng: random.Random, template: str, slots: dict[str, str], sentence: bool = True,
           lexicon: Lexicon | None = None) -> str:
    """Pick one wording of each ``[a|b]`` and fill the ``{slots}``; a sentence's first letter goes up.

    With a lexicon, word slots ({noun}, {verb}, {person}, ...) are drawn afresh at each use.
    """
    chosen = re.sub(r"\[([^\[\]]*)\]", lambda match: rng.choice(match.group(1).split("|")), template)
    drawn: dict[str, str] = {}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in slots:
            return slots[name]
        if lexicon is None:
            raise KeyError(name)
        drawn[name] = _draw(rng, name, lexicon, slots, drawn)
        return drawn[name]

    filled = re.sub(r"\{(\w+)\}", fill, chosen)
    return upper_first(filled) if sentence else filled


def _draw(rng: random.Random, name: str, lexicon: Lexicon, slots: dict[str, str], drawn: dict[str, str]) -> str:
    """One word for a frame slot; a "2" slot ({noun2}) never repeats its first ({noun})."""
    base = name.rstrip("2")
    for _ in range(10):
        word = _word_for(rng, base, lexicon, slots)
        if name == base or word != drawn.get(base):
            return word
    return word


def _word_for(rng: random.Random, base: str, lexicon: Lexicon, slots: dict[str, str]) -> str:
    year = str(rng.randint(2009, 2024))
    simple = {"person": lexicon.people, "org": lexicon.orgs, "verb": lexicon.verbs, "adj": lexicon.adjectives,
              "noun": lexicon.nouns, "place": lexicon.places, "month": MONTHS}
    if base in simple:
        return rng.choice(simple[base])
    if base == "adj_cap":
        return upper_first(rng.choice(lexicon.adjectives))
    if base == "nouns":
        return plural(rng.choice(lexicon.nouns))
    if base == "a_role":
        role = rng.choice(lexicon.roles)
        return ("an " if role[0] in "aeiou" else "a ") + role
    if base == "number":
        return str(rng.randint(2, 480))
    if base == "amount":
        return f"{rng.randint(12, 990)},000 {slots['currency']}"
    if base == "year":
        return year
    if base == "doc_ref":
        return rng.choice([f"according to {slots['doc']}", f"{slots['doc']} shows", "the documents show"])
    if base == "time":
        return rng.choice([f"in {rng.choice(MONTHS)} {year}", rng.choice(SEASONS).format(year=year),
                           f"on {rng.choice(['Monday', 'Tuesday', 'Thursday', 'Friday'])}", f"since {year}"])
    raise KeyError(base)


def plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def frame_sentences(rng: random.Random, world: World, count: int) -> list[str]:
    """``count`` sentences on different frames, in the story's own words."""
    frames = list(FRAMES)
    rng.shuffle(frames)
    return [expand(rng, frame, world.slots, lexicon=world.lexicon) for frame in frames[:count]]


def upper_first(words: str) -> str:
    """Capitalise the first letter only: str.capitalize would lower-case the names after it."""
    return words[:1].upper() + words[1:]


def scoop_title(rng: random.Random, world: World) -> str:
    return expand(rng, rng.choice(SCOOP_TITLES), world.slots)


def scoop_sentences(rng: random.Random, world: World) -> list[str]:
    """The scoop's lead and 11-14 sentences on different frames."""
    return [expand(rng, LEAD, world.slots), *frame_sentences(rng, world, rng.randint(11, 14))]


def wire_title(rng: random.Random, world: World) -> str:
    return expand(rng, rng.choice(WIRE_TITLES), world.slots)


def wire_lead(rng: random.Random, world: World, weekday: str) -> str:
    return expand(rng, WIRE_LEAD, {**world.slots, "weekday": weekday})


SWAPS = ((r"\bsaid\b", "added"), (r"\bwhich had been\b", "which was"), (r"\bAt least\b", "Some"),
         (r"\bat least\b", "some"), (r"\bshow\.", "showed."), (r"\bdocuments\b", "papers"),
         (r"\bwere moved\b", "were transferred"), (r"\bcarried out\b", "conducted"), (r" also\b", ""),
         (r"\bThe plan\b", "The proposal"), (r"\bappears to be\b", "was"),
         (r"\bhave complained\b", "have been complaining"),
         (r"\bthe work\b", "the repairs"), (r"\btold\b", "said to"), (r"\bthe lowest\b", "the worst"),
         (r"\bevery month\b", "each month"))


def lightly_edit(rng: random.Random, sentence: str) -> str:
    """One or two wording changes, or a trailing attribution when no change applies."""
    applicable = [(old, new) for old, new in SWAPS if re.search(old, sentence)]
    rng.shuffle(applicable)
    for old, new in applicable[:2]:
        sentence = re.sub(old, new, sentence, count=1)
    if not applicable and sentence.endswith(".") and "”" not in sentence:
        sentence = sentence[:-1] + ", the newspaper said."
    return sentence


def wire_body(rng: random.Random, world: World, wire: str, weekday: str, sentences: list[str]) -> list[str]:
    """Most scoop sentences verbatim or lightly edited, a few dropped, the wire's own mixed in."""
    body = []
    for sentence in sentences:
        draw = rng.random()
        if draw < 0.6:
            body.append(sentence)
        elif draw < 0.87:
            body.append(lightly_edit(rng, sentence))
    slots = {**world.slots, "wire": wire, "weekday": weekday}
    own = [expand(rng, template, slots) for template in WIRE_BOILERPLATE] + frame_sentences(rng, world, 2)
    for sentence in own:
        body.insert(rng.randint(1, len(body)), sentence)
    return body


def paper_title(rng: random.Random, world: World) -> str:
    return expand(rng, rng.choice(PAPER_TITLES), world.slots)


def paraphrase(rng: random.Random, world: World, wire: str, wire_parts: list[str]) -> list[str]:
    """A rewrite of the wire copy: no dateline, every wording change taken, some sentences gone."""
    lead = expand(rng, "{body} {action} {subject}, [news agency|the agency] " + wire + " reported, [quoting|citing] "
                  "{paper}.", world.slots)
    kept = [p for p in wire_parts[1:] if rng.random() < 0.75]
    rewritten = []
    for sentence in kept:
        for old, new in SWAPS:
            sentence = re.sub(old, new, sentence)
        rewritten.append(sentence)
    return [lead, *rewritten]


def blog_title(rng: random.Random, world: World) -> str:
    return expand(rng, rng.choice(BLOG_TITLES), world.slots)


def blog_frame(rng: random.Random, world: World) -> tuple[str, str]:
    """The blogger's own opening and closing words around the lifted text."""
    opener, closing = frame_sentences(rng, world, 2)
    return f"{rng.choice(BLOG_OPENERS)} {opener}", f"{closing}\n\n{rng.choice(BLOG_CLOSERS)}"


def denial_title(rng: random.Random, world: World) -> str:
    return expand(rng, rng.choice(DENIAL_TITLES), {**world.slots, "denial_word": world.slots["denial_quote"]})


def denial_paragraphs(rng: random.Random, world: World, weekday: str, weekday2: str, quoted: str) -> list[str]:
    """The denial's own sentences, the scoop named as background and one of its sentences quoted."""
    slots = {**world.slots, "weekday": weekday, "weekday2": weekday2}
    own = frame_sentences(rng, world, 3)
    return [expand(rng, DENIAL_LEAD, slots), expand(rng, DENIAL_BACKGROUND, slots), *own[:2],
            "The newspaper had written: " + quoted, own[2]]


# ------------------------------------------------------------------ realistic corpus (benchmarks/synth_corpus.py)


@dataclass(frozen=True)
class Cast:
    """The outlets a story of the large corpus draws from its shared registry, instead of fresh ones."""

    paper: FictionalOutlet
    republishers: tuple[FictionalOutlet, ...]
    blogs: tuple[FictionalOutlet, ...]
    rewriter: FictionalOutlet
    follow_up_paper: FictionalOutlet


def make_world_with(rng: random.Random, names: NameMaker, topic: Topic, cast: Cast) -> World:
    """A story's cast as :func:`make_world` makes it, but with outlets that recur across stories,
    as papers and blogs do in a real corpus."""
    capital, town, town2, country = names.word(), names.word(), names.word(), names.word() + "ia"
    slots = _slots(rng, names, topic, cast.paper, country, (capital, town, town2))
    return World(topic, capital, cast.paper, cast.republishers, cast.blogs, cast.rewriter, cast.follow_up_paper,
                 names.person(), names.person(), names.person(), slots,
                 _lexicon(names, (capital, town, town2), slots))


#: Sentence-initial function words a translation must not keep as if they were names.
_CAPITALISED_COMMON = frozenset({"The", "A", "An", "In", "On", "At", "By", "Asked", "We", "It", "Its", "He", "She",
                                 "They", "Some", "Read", "Reporting", "Editing", "Associated", "Source", "Home"})
_TRANSLATABLE = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: The made-up languages a corpus's foreign papers write in.
LANGUAGES = ("xa", "xb", "xc")


def _foreign_word(word: str, language: str) -> str:
    """One English word in a made-up language: always the same word, like a real vocabulary,
    and made from a hash so that it needs no random state."""
    key = f"{language}:{word.lower()}".encode()
    digest = int.from_bytes(hashlib.blake2b(key, digest_size=6).digest(), "big")
    syllables = []
    for _ in range(1 + len(word) // 4):
        digest, onset = divmod(digest, len(ONSETS))
        digest, vowel = divmod(digest, len(VOWELS))
        syllables.append(ONSETS[onset] + VOWELS[vowel])
    foreign = "".join(syllables) + CODAS[digest % len(CODAS)]
    return foreign.capitalize() if word[0].isupper() else foreign


def translate(text: str, language: str = LANGUAGES[0]) -> str:
    """The text in a made-up language, word for word: names (capitalised words) and
    numbers stay, every common word changes, so no English sentence survives for text reuse
    to find. Stands in for a translation the tool cannot link by its words."""
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].isupper() and word not in _CAPITALISED_COMMON:
            return word
        return _foreign_word(word, language)
    return _TRANSLATABLE.sub(swap, text)


#: Pools a large corpus's topics are composed from: with a dozen fixed topics, thousands of
#: stories would share whole lead sentences (same institution, action, purpose and documents,
#: only the names changed), which unrelated real stories never do.
BODY_KINDS = ("Water Authority", "Rail Company", "Health Board", "Education Office", "Grid Operator",
              "Port Authority", "Police Directorate", "Airports Agency", "Housing Fund", "Forestry Service",
              "Telecom Regulator", "Heritage Council", "Roads Agency", "Fisheries Board", "Prison Service",
              "Tax Office", "Fire Brigade", "Coast Guard", "Mining Inspectorate", "Food Safety Agency",
              "Pensions Fund", "Postal Service", "Weather Office", "Veterinary Service", "Customs Service",
              "Waste Authority", "Parks Service", "Bus Company", "Tram Company", "Dam Authority", "Canal Board",
              "Bridge Authority", "Nuclear Regulator", "Blood Service", "Library Board", "Sports Council",
              "Census Office", "Ferry Company", "Lottery Board", "Transit Authority")
PORTFOLIOS = ("Environment", "Transport", "Health", "Education", "Energy", "Trade", "Interior", "Infrastructure",
              "Housing", "Agriculture", "Digital Affairs", "Culture", "Finance", "Justice", "Labour", "Tourism",
              "Fisheries", "Defence", "Regional Development", "Social Affairs")
SITE_QUALIFIERS = ("northern", "coastal", "new", "main", "regional", "eastern", "flagship", "old", "underground",
                   "central", "riverside", "western", "mountain", "harbour", "island", "southern", "lakeside",
                   "border", "municipal", "twin-span", "national", "suburban", "hilltop", "valley", "inner-city")
FACILITIES = ("pumping station", "freight line", "children's hospital", "bus depot", "road tunnel", "toll bridge",
              "reservoir", "ferry terminal", "data centre", "landfill site", "sewage works", "substation", "dam",
              "storage depot", "water tower", "tram line", "canal lock", "lighthouse", "grain silo", "power plant",
              "training college", "prison wing", "border crossing", "cold store", "sorting office",
              "radar station", "fish market", "blood bank", "records archive", "observatory", "football stadium",
              "swimming pool", "ice rink", "concert hall", "central library", "court building", "ring road",
              "flyover", "cable car", "quarry", "smelter", "incinerator", "wind farm", "solar park",
              "heat network", "desalination plant", "container terminal", "runway", "housing estate", "school campus")
DEFECTS = ("hairline cracks", "corroded valves", "subsidence", "asbestos", "rotten beams", "faulty wiring",
           "leaking roofs", "contaminated soil", "broken alarms", "failed welds", "missing fire doors",
           "flooded basements", "black mould", "rusted bolts", "unsafe scaffolding", "worn brakes",
           "a cracked foundation", "toxic fumes", "overloaded circuits", "blocked drains", "loose cladding",
           "falsified inspection records", "expired safety certificates", "a sagging retaining wall",
           "water ingress", "burst pipes", "a rat infestation", "crumbling concrete", "defective sensors",
           "unlicensed contractors")
PLACES_IN_SITE = ("the main hall", "the east wing", "two control rooms", "the basement", "the loading bay",
                  "the access road", "three pump houses", "the roof space", "the cooling system", "the boiler house",
                  "the north gate", "the switch room", "the staff canteen", "the upper deck", "the lift shafts",
                  "the car park", "the old annex", "the sluice gates", "the night shelter", "the server room")
ACTIONS = ("delayed repairs to", "postponed work on", "quietly shelved upgrades at", "halted inspections at",
           "cut the maintenance budget of", "put off the renovation of", "scrapped safety checks at",
           "kept quiet about faults at", "froze spending on", "cancelled the refit of",
           "suspended night inspections at", "withheld funding for", "pushed back the reopening of",
           "skipped audits of", "mothballed parts of", "downgraded the safety rating of", "shelved the expansion of",
           "slashed staffing at", "deferred the upgrade of", "stopped paying contractors at")
PURPOSES = ("to pay for a new headquarters", "to cover a budget shortfall", "to fund bonuses for managers",
            "to avoid a row before the election", "to meet a savings target set by the treasury", "to keep fees down",
            "to finance a stadium bid", "to settle a legal dispute", "to free cash for a merger",
            "to hide losses from auditors", "to buy a fleet of company cars", "to hit a reporting deadline",
            "to please a new board chairman", "to clear a backlog of unpaid invoices", "to cut its borrowing",
            "to redeploy engineers to a prestige project", "to spare a contractor penalties",
            "to avoid closing a popular service", "to fund a marketing campaign", "to balance its books for the year",
            "to pay off a consultancy", "to raise its credit rating", "to cover legal fees", "to refurbish offices",
            "to hand out a dividend", "to hire more press officers", "to pay severance to a former director",
            "to keep a pet project alive", "to plug a hole left by a failed investment", "to buy land near the coast")
UNITS = ("households", "commuters", "patients", "pupils", "customers", "shipping lines", "callers", "passengers",
         "tenants", "visitors", "villages", "farmers", "fishermen", "pensioners", "drivers", "residents",
         "students", "traders", "hauliers", "anglers")
DOCS = ("an internal engineering audit", "maintenance logs", "staffing spreadsheets", "a draft budget",
        "minutes of a board meeting", "a consultant's report", "internal performance figures",
        "leaked planning documents", "inspection reports", "satellite images and emails",
        "correspondence with contractors", "an insurance claim", "a confidential risk register",
        "emails between senior managers", "a whistleblower's dossier", "procurement records",
        "an unpublished safety review", "handwritten site notes", "invoices and delivery notes", "internal memos")
ASSETS = ("pipe network", "rolling stock", "ambulance fleet", "kitchen equipment", "substations", "cranes",
          "patrol cars", "terminal buildings", "housing stock", "fire towers", "masts", "storage halls", "boats",
          "lorries", "lifts", "generators", "pumps", "buses", "ventilation units", "sirens")
SYMPTOMS = ("brown water running from taps", "trains crawling at walking pace", "waiting times of up to nine hours",
            "children going without lunch", "blackouts lasting several hours", "ships queuing offshore for days",
            "nobody picking up the phone", "flights diverted after heavy rain", "damp walls in new flats",
            "lorries carrying logs at night", "connections that drop every evening", "crates left on wet floors",
            "queues around the block", "doors that no longer lock", "smoke drifting over the town",
            "a smell of gas in the street", "buses that never arrive", "fish floating in the canal",
            "alarms ringing all night", "gates left open overnight")


def random_topic(rng: random.Random) -> Topic:
    """A topic composed afresh from the pools: tens of millions of combinations, so that two
    stories of a large corpus rarely share more than a phrase."""
    defect, defect2 = rng.sample(DEFECTS, 2)
    place, place2 = rng.sample(PLACES_IN_SITE, 2)
    subject_kind = f"{rng.choice(SITE_QUALIFIERS)} {rng.choice(FACILITIES)}"
    body_kind = rng.choice(BODY_KINDS)
    return Topic(f"{body_kind.lower()}: {subject_kind}", body_kind, rng.choice(PORTFOLIOS), subject_kind,
                 f"{defect} in {place}", f"{defect2} in {place2}", rng.choice(ACTIONS), rng.choice(PURPOSES),
                 rng.choice(UNITS), rng.choice(DOCS), rng.choice(ASSETS), rng.choice(SYMPTOMS))


#: Scoop leads for the large corpus: one fixed lead structure shared by thousands of stories
#: would make unrelated scoops look alike; real leads differ in build, not only in names.
CORPUS_LEADS = (
    LEAD,
    "Despite [repeated|urgent] warnings about {problem}, {body} {action} {subject} {purpose}, {paper_short} can "
    "reveal.",
    "According to {doc} seen by {paper_short}, {body} {action} {subject} [last year|this spring|in {month}] {purpose}.",
    "[Managers|Executives] at {body} {action} {subject} {purpose} while {unit} [faced|put up with] {symptom}, "
    "{doc} [obtained|seen] by {paper_short} show.",
    "{subject_cap} was left with {problem} after {body} {action} it {purpose}, {paper_short} has learned.",
    "{unit_cap} [faced|put up with] {symptom} for months because {body} {action} {subject}, according to {doc}.",
)


def corpus_scoop_sentences(rng: random.Random, world: World) -> list[str]:
    """A scoop as :func:`scoop_sentences` writes it, its lead built on one of several structures."""
    return [expand(rng, rng.choice(CORPUS_LEADS), world.slots), *frame_sentences(rng, world, rng.randint(11, 14))]
