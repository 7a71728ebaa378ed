"""People's own publications as sources: a post, a thread, a blog, a video.

An attribution to a person is a citation of their publication when the page says where
they published: in the same sentence ("wrote in a Substack post", "said on Telegram"),
or anywhere in the page for that same person ("Taibbi's thread on Twitter ... Taibbi
said"). "Told reporters" and "said in a statement" stay quotes. Names are cleaned of
titles ("Chairman Musk", "Fellow Substacker Matt Taibbi"), a lone surname takes the full
name the page gives, and spellings meet on one key: accents dropped, Cyrillic and Greek
transliterated, then the surname.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from provenance import resources
from provenance.facts import ArticleFacts, attribution_evidence
from provenance.graph.nodes import PERSON_KEY_SIMILARITY, NodeTable
from provenance.graph.scripts import consonants, transliteration_key, uncased_mentions
from provenance.kinds import NodeKind, Relation
from provenance.models import Attribution, CleanedDocument, Edge, Evidence, Node
from provenance.nounphrases import not_name_openers, not_names
from provenance.reuse.translation import skeleton
from provenance.textspans import without_accents, word_pattern
from provenance.urls import platform_account

if TYPE_CHECKING:  # the index reads people's names with this module's helpers
    from provenance.graph.index import FactIndex

#: Confidence of a citation of a person's publication: as strong as naming an outlet
#: (the citation stage adds its lead bonus, as for any citation).
PERSON_PUBLICATION_CONFIDENCE = 0.85
#: Confidence of a known publisher whose words the page's lead reports ("Donald Trump announced
#: on Saturday that …", the pile knowing his post): as a headline giving the words as that
#: person's (HEADLINE_SPEAKER_CONFIDENCE, below): above a person or report the body cites
#: (0.85: "Rubio also confirmed"), below a phrase citing the post itself (0.9).
LEAD_SPEAKER_CONFIDENCE = 0.88
#: Confidence of a known publisher merely named (no cue read): as for an outlet named so.
NAMED_PUBLISHER_CONFIDENCE = 0.34
#: ... and of the other known publishers the page names: kept as evidence (Musk handed
#: Taibbi the files), below what decides a chain or counts for a group's citation (0.3),
#: the lead bonus included.
OTHER_PUBLISHER_CONFIDENCE = 0.25
#: Confidence of an embedded post whose author the page's own words name: the page shows the
#: post it reports (a thread retold post by post) or a reaction beside a story it has from
#: elsewhere; below a citation in words (0.85), above a name read without a cue (0.34).
EMBEDDED_POST_CONFIDENCE = 0.6

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i", "ye", "g"],
                     strict=True))
#: Russian writes an English "W" before a vowel as "У" ("Уэллс" Wells, "Уильям" William,
#: "Уолл-стрит"): at a word's start, before э, и, о, а, е, it is read as "w", so that
#: "Уэллер" meets "Weller" (Ukrainian writes "В", read as v, which meets w already).
_CYRILLIC_W = re.compile(r"(?<!\w)у(?=[эиоае])")
#: How Greek spells foreign names' sounds it has no letter for: "γου" before a vowel at a
#: word's start is W ("Γουέλς" Wells), "μπ" and "ντ" there B and D ("Μπάιντεν" Biden,
#: "Ντόναλντ" Donald), "ου" U anywhere (accents are gone by then).
_GREEK_FOREIGN = ((re.compile(r"(?<!\w)γου(?=[αεηιουω])"), "w"), (re.compile(r"(?<!\w)μπ"), "b"),
                  (re.compile(r"(?<!\w)ντ"), "d"), (re.compile(r"ου"), "u"))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                   "y", "f", "ch", "ps", "o"], strict=True))
#: A capitalised word; dots only as initials ("J.D.", "U.S.") or at its end: "Taibbi.The" in
#: text scraped without a space after the full stop is two words.
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐΑ-Ω][\w'’-]*(?:\.[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐΑ-Ω](?!\w))*\.?")
NAME_RUN = re.compile(rf"{_NAME_WORD.pattern}(?:[ \u00a0]{_NAME_WORD.pattern})*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """One pattern for every platform word (and which platform each names), writing verbs,
    publication nouns, titles: a sentence is searched once per list, not once per platform."""
    data = resources.bundled("publications.json")
    platform_of = {word.casefold(): platform for platform, words in sorted(data["platforms"].items())
                   for word in words}
    return (word_pattern(platform_of), platform_of, word_pattern(data["writing"]),
            word_pattern(data["publications"]), frozenset(data["titles"]))


@cache
def _name_suffixes() -> frozenset[str]:
    """Generation marks after a surname ("Jr.", "III"): the surname is the word before."""
    return frozenset(resources.bundled("publications.json")["name_suffixes"])


@lru_cache(maxsize=65_536)
def publication_platform(sentence: str) -> str | None:
    """The platform a sentence says someone published on ("" for a plain article), or None.

    A platform word ("on Telegram", "in a Substack post") is enough; otherwise both a verb
    of publishing and a publication noun must be there: "wrote in an article", not "wrote
    to the board" or "said in a statement". Cached: the graph stage asks it of an
    attribution's sentence several times, and a pile's copies repeat their sentences.
    """
    return _platform_in(sentence)


def _platform_in(text: str) -> str | None:
    """:func:`publication_platform` of any text, uncached (a whole page is asked once)."""
    platforms, platform_of, writing, publications, _ = _words()
    found = platforms.search(text)
    if found is not None:
        return platform_of[found.group(0).casefold()]
    if writing.search(text) and publications.search(text):
        return ""
    return None


def _may_tell_publishing(text: str) -> bool:
    """Whether ``_platform_in(text) is not None``, asked in the cheaper order: the verbs of
    writing and the publication nouns, one of each found early in most pages, before the
    platform words, which a page without one (most) is scanned to its end for. The page
    screen was 4 % of reading an article (204 µs a page, 115 of them the platform words)."""
    platforms, _, writing, publications, _ = _words()
    return bool(writing.search(text) and publications.search(text)) or platforms.search(text) is not None


def _publishing_act(sentence: str) -> bool:
    """The sentence says something was published (a verb of publishing or a publication noun),
    not only that a platform exists: "Taibbi posted a thread", not "Twitter's counsel said"."""
    _, _, writing, publications, _ = _words()
    return bool(writing.search(sentence) or publications.search(sentence))


@lru_cache(maxsize=65_536)
def clean_name(label: str) -> str | None:
    """The person's name without titles and possessives; None when it is not a name.
    Cached: the graph stage cleans each person attribution's label several times."""
    words = _press_service_owner(label).split()
    owners = [i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))]
    if owners:  # "Russia's Wagner", "Iran's top authority Ali Khamenei": the owner is not the name
        words = words[owners[-1] + 1:]
    words = [word.removesuffix("’s").removesuffix("'s") for word in words]
    while len(words) > 1 and words[-1].casefold() in _name_suffixes():  # "John G. Roberts Jr."
        words = [*words[:-2], words[-2].rstrip(",")]
    titles = _words()[4]
    while words and words[0].casefold() in titles:
        words = words[1:]
    run = 0  # the trailing run of capitalised words: "freelance reporter Mara Quillan" -> "Mara Quillan"
    while run < len(words) and _NAME_WORD.fullmatch(words[len(words) - 1 - run]):
        run += 1
    words = words[len(words) - run:]
    while words and words[0].casefold() in titles:
        words = words[1:]
    if not 1 <= len(words) <= 4 or words[0].casefold() in not_names() or words[-1].casefold() in not_names():
        return None
    if words[0].casefold() in not_name_openers():  # "Der Vizekanzler", "The Taliban": no one's name
        return None
    return " ".join(words)


def _press_service_owner(label: str) -> str:
    """A person's press office stands for the person: "Prigoschins Pressedienst" ->
    "Prigoschin", "Kadyrov's press service" -> "Kadyrov" (``press_services``); other labels
    are returned as they are."""
    lowered = label.casefold()
    noun = next((n for n in _press_services() if lowered.endswith(f" {n}")), None)
    if noun is None:
        return label
    owner = label[:-len(noun)].rstrip()
    if owner.endswith(("'s", "’s")):
        return owner[:-2]
    return owner[:-1] if owner.endswith("s") and " " not in noun else owner  # German "Prigoschins"


@cache
def _press_services() -> tuple[str, ...]:
    return tuple(word.casefold() for word in resources.bundled("publications.json")["press_services"])


@lru_cache(maxsize=65_536)
def person_key(name: str) -> str:
    """One key for the spellings of a name: transliterated, accents dropped, the surname."""
    plain = without_accents(name.casefold())
    plain = _CYRILLIC_W.sub("w", plain)
    for pattern, latin in _GREEK_FOREIGN:
        plain = pattern.sub(latin, plain)
    plain = "".join(_CYRILLIC.get(ch, _GREEK.get(ch, ch)) for ch in plain)
    words = re.findall(r"\w+", _INITIALISM.sub(lambda found: found.group(0).replace(".", ""), plain))
    return words[-1] if words else plain


#: Letters with dots that spell one word: "U.S.", "U.K.", "E.U." (the key of "U.S." is "us", not "s").
_INITIALISM = re.compile(r"(?<!\w)(?:\w\.){2,}")


def publishing_people(cleaned: CleanedDocument) -> dict[str, str]:
    """Surname key -> platform for every person the page names in a sentence about publishing."""
    text = cleaned.document.text
    found: dict[str, str] = {}
    if not _may_tell_publishing(text):
        return found  # no sentence can say it: most pages, checked once
    for block in cleaned.paragraphs:
        for sentence in _SENTENCE.finditer(text, block.start, block.end):
            platform = publication_platform(sentence.group(0))
            if platform is None or not _publishing_act(sentence.group(0)):
                continue
            publisher = _publisher_in(sentence.group(0))
            if publisher is not None:
                found.setdefault(person_key(publisher), platform)
    return found


#: How far (in characters) a name may stand from the word of publishing it goes with.
PUBLISHER_REACH = 60


def _publisher_in(sentence: str) -> str | None:
    """The author a sentence about publishing names: "Taibbi posted a thread", "Taibbi's
    thread", "a thread by Taibbi" -> Taibbi; never the people the thread is about ("the
    Hunter Biden laptop story", "a post about Biden"). The nearest such name to its act."""
    platforms, platform_of, writing, publications, _ = _words()
    verbs = [m.start() for m in writing.finditer(sentence)]
    names = [m.span() for m in NAME_RUN.finditer(sentence) if " " in m.group(0)]
    nouns = [m.start() for pattern in (platforms, publications) for m in pattern.finditer(sentence)
             if not any(start < m.start() < end for start, end in names)]  # not "Post" of "New York Post"
    best: tuple[int, str] | None = None
    for match in NAME_RUN.finditer(sentence):
        name = clean_name(match.group(0).rstrip(".,"))
        if name is None or name.casefold() in platform_of:
            continue
        distance = _authorship(sentence, match, verbs, nouns)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best else None


#: The name and its act: a subject before its verb, a possessive before its noun
#: ("Taibbi's long thread"), or "by"/"von"/"de" + the name after the act.
_POSSESSIVE = re.compile(r"[’']s?\b")
_BY = re.compile(r"(?:\bby|\bvon|\bde|\bdi|\bpar|\bpor|\bod|\bот|\bautorstwa)\s+$", re.IGNORECASE)
POSSESSIVE_REACH = 25


#: How far before a verb of publishing its passive auxiliary stands ("will be published", "wurde … veröffentlicht").
PASSIVE_REACH = 14


@cache
def _passive() -> re.Pattern[str]:
    """Auxiliaries of the passive right before a verb (``passive_auxiliaries``)."""
    auxiliaries = "|".join(map(re.escape, resources.bundled("publications.json")["passive_auxiliaries"]))
    return re.compile(rf"(?<!\w)(?:{auxiliaries})\s+(?:\w+\s+)?$", re.IGNORECASE)


def _without_titles(sentence: str, end: int) -> int:
    """Where the text before a name ends once the titles before it are passed over ("by
    reporter Mara Quillan" -> "by ")."""
    titles = _words()[4]
    while (word := _WORD_BEFORE.search(sentence, 0, end)) is not None and word.group(1).casefold() in titles:
        end = word.start()
    return end


def _authorship(sentence: str, name: re.Match[str], verbs: list[int], nouns: list[int]) -> int | None:
    """How far the name stands from an act it is the author of, or None when it is none's.
    A verb in the passive has what was published for its subject ("the Hunter Biden story
    will be published on Twitter"), and "by"/"de" takes the name for the act's author only
    close after it ("a thread by Taibbi", "published on Friday by Taibbi", not "uma história
    do New York Post … no laptop de Hunter Biden")."""
    found = [act - name.end() for act in verbs if 0 <= act - name.end() <= PUBLISHER_REACH
             and not _passive().search(sentence, max(0, act - PASSIVE_REACH), act)]
    if _POSSESSIVE.match(sentence, name.end()) or name.group(0).endswith(("'s", "’s")):  # "Quillan's thread"
        found += [act - name.end() for act in nouns if 0 <= act - name.end() <= POSSESSIVE_REACH]
    by = _BY.search(sentence, max(0, name.start() - 40), _without_titles(sentence, name.start()))
    if by is not None:
        found += [name.start() - act for act in (*verbs, *nouns) if 0 <= by.start() - act <= POSSESSIVE_REACH]
    return min(found) if found else None


def named_publisher_edges(fact: ArticleFacts, index: FactIndex, nodes: NodeTable) -> list[Edge]:
    """A weak citation of the known publisher a page names without a cue we can read.

    A Ukrainian or Bulgarian page that names "Метт Тайббі" (in any spelling the key
    transliteration meets) retells that person's publication when nothing else is named.
    Of several named, the one most pages of the pile say published is the page's source:
    "Taibbi's thread on Hunter Biden's laptop" retells Taibbi, not Biden; the others are
    weak citations below it (OTHER_PUBLISHER_CONFIDENCE), kept as evidence. One who speaks
    in the page's lead comes first ("Chechen leader Ramzan Kadyrov said his forces are ready
    to replace Wagner", on a page naming Prigozhin's video more): the lead tells the news.
    """
    if not index.publishers:
        return []  # most piles: nobody's publication is cited, nothing to look for
    text = fact.identified.cleaned.document.text
    mentions: dict[str, list[tuple[int, int]]] = {}
    publishers = {key: index.people[key] for key in index.publishers}
    for block in fact.identified.cleaned.body:  # the title too: "Taibbi: the files"
        for match in _NAME_WORD.finditer(text, block.start, block.end):
            key = _known_key(person_key(match.group(0)), index, written=match.group(0))
            if key is not None and not _another_bearer(text, match, index.people[key]):
                mentions.setdefault(key, []).append(match.span())
        for start, end, key in uncased_mentions(text, block.start, block.end, publishers):
            mentions.setdefault(key, []).append((start, end))  # "マット・タイビ", "شتراخه": scripts.py
    if not mentions:
        return []
    speaking = _lead_speakers(fact, index)
    chosen = max(mentions, key=lambda k: (k in speaking, index.publisher_pages.get(k, 0), -min(mentions[k])[0]))
    edges: list[Edge] = []
    for key in sorted(mentions):
        full = index.people[key]
        node_id = _post_node(key, full, index.publishers[key], fact, index, nodes)
        detail = (f"person named: {full}, whose publication other pages cite; no attribution phrase read, "
                  f"a weak citation{'' if key == chosen else ' (another publisher is named more)'}")
        evidence = [Evidence(kind="attribution", article=fact.id, text=text[start:end], start=start, end=end,
                             detail=detail) for start, end in sorted(mentions[key])]
        if key == chosen and key in speaking:  # "Donald Trump announced on Saturday that …": his post's news
            detail = f"person source: {full}, whose publication other pages cite, speaks in the page's lead"
            edges.append(Edge(fact.id, node_id, Relation.CITES, LEAD_SPEAKER_CONFIDENCE,
                              tuple(replace(item, detail=detail) for item in evidence)))
        elif key == chosen:  # one edge per mention: merged, repeated naming adds its bonus
            edges.extend(Edge(fact.id, node_id, Relation.WEAKLY_CITES, NAMED_PUBLISHER_CONFIDENCE, (item,))
                         for item in evidence)
        else:  # one edge, no bonus: never above the chosen one
            edges.append(Edge(fact.id, node_id, Relation.WEAKLY_CITES, OTHER_PUBLISHER_CONFIDENCE, tuple(evidence)))
    return edges



#: Confidence of a known publisher whose name opens a headline with a colon ("Kuleba: Putin's
#: entourage sending false signals …"): the headline gives the words as that person's, the
#: convention of many languages' news for what someone posted or said; above the citation of a
#: report the words answer ("Reuters wrote", 0.85), below a phrase citing the post (0.9).
HEADLINE_SPEAKER_CONFIDENCE = 0.88
#: A headline opening with at most three words and a colon: "Kuleba:", "Prigozjin:", "Рябков:".
_HEADLINE_SPEAKER = re.compile(r"\s*([^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,2})\s*[:：]\s+\S")
#: A line longer than this is a sentence of the text that happens to hold a colon.
MAX_HEADLINE_SPEAKER_CHARS = 200


def headline_speaker_edge(fact: ArticleFacts, index: FactIndex, nodes: NodeTable) -> Edge | None:
    """A citation of the known publisher a headline or sub-headline opens with before a colon:
    the page reports that person's words (their post)."""
    if not index.publishers:
        return None
    text = fact.identified.cleaned.document.text
    lines: list[tuple[int | None, int | None, str]] = [(start, end, text[start:end])
                                                       for start, end in index.leads.get(fact.id, ())]
    lines.append((None, None, fact.identified.cleaned.document.title or ""))
    for start, end, line in lines:
        found = _HEADLINE_SPEAKER.match(line) if len(line) <= MAX_HEADLINE_SPEAKER_CHARS else None
        key = _known_key(person_key(found.group(1)), index, written=found.group(1)) if found else None
        if key is None or key not in index.publishers:
            continue
        full = index.people[key]
        node_id = _post_node(key, full, index.publishers[key], fact, index, nodes)
        detail = f"person source: {full}; the headline gives the words as theirs (a name and a colon)"
        evidence = Evidence(kind="attribution", article=fact.id, text=line, start=start, end=end, detail=detail)
        return Edge(fact.id, node_id, Relation.CITES, HEADLINE_SPEAKER_CONFIDENCE, (evidence,))
    return None


def _lead_speakers(fact: ArticleFacts, index: FactIndex) -> set[str]:
    """The known people a page's lead sentences have speak ("Kadyrov said his forces …")."""
    spans = index.leads.get(fact.id, ())
    found: set[str] = set()
    for attribution in fact.attributions:
        if attribution.kind == "person" and attribution.cue is not None and \
                any(start <= attribution.source.start < end for start, end in spans):
            key = _known_key(person_key(clean_name(attribution.label) or attribution.label), index,
                             written=attribution.label)
            if key is not None:
                found.add(key)
    return found


#: A page's citation of a lesser publisher's post sits this far below its citation of the
#: publisher most pages of the pile name (kept as evidence, never the page's parent).
LESSER_PUBLISHER_MARGIN = 0.05


def lesser_publishers_lowered(edges: list[Edge], index: FactIndex, nodes: NodeTable) -> list[Edge]:
    """Of several people's posts a page cites, the one more pages of the pile say was
    published leads: "According to Taibbi, Twitter blocked …" over the owner's "This will be
    awesome," Musk wrote (a side quote). A page citing one person's post is left as it is.
    """
    ranks = {i: index.publisher_pages.get(person_key(node.person), 0)
             for i, edge in enumerate(edges) if edge.relation == Relation.CITES
             and (node := nodes[edge.target]).person and person_key(node.person) in index.publishers}
    if len({person_key(nodes[edges[i].target].person or "") for i in ranks}) < 2:
        return edges
    top = max(ranks.values())
    ceiling = max(edges[i].confidence for i, rank in ranks.items() if rank == top) - LESSER_PUBLISHER_MARGIN
    return [replace(edge, confidence=round(min(edge.confidence, ceiling), 2))
            if ranks.get(i, top) < top else edge for i, edge in enumerate(edges)]

#: The pile's main publisher outweighs a lesser one when at least this many times as many of
#: its pages say that person published (Taibbi 6 to Musk 2 in the Twitter Files pile,
#: Prigozhin 5 to Kadyrov 2 in the Bakhmut one); closer counts leave the page's own cue to decide.
LEAD_PUBLISHER_RATIO = 2.0


def side_quotes_lowered(edges: list[Edge], named: list[Edge], index: FactIndex, nodes: NodeTable,
                        leads: list[tuple[int, int]], text: str) -> tuple[list[Edge], frozenset[str]]:
    """A lesser publisher's post quoted beside the pile's main publisher, who is only named.

    "'This will be awesome,' Musk tweeted" on a page that retells "the files given to Matt
    Taibbi": the owner's teaser is a side quote, the story is Taibbi's thread, which the pile
    says was published far more often. The quoted post becomes a weak citation, below the
    named main publisher (whose node id is returned), and stays as evidence. Nothing changes
    when the named publisher does not clearly lead the pile (LEAD_PUBLISHER_RATIO), nor when
    the page's lead (``leads``: its spans) names the lesser publisher and not the main one:
    "Kadyrov offered to take over Bakhmut, after Prigozhin ..." is news of Kadyrov's post.
    """
    cited = {i: index.publisher_pages.get(person_key(node.person), 0) for i, edge in enumerate(edges)
             if edge.relation == Relation.CITES and (node := nodes[edge.target]).person
             and person_key(node.person) in index.publishers}
    ranked = [(index.publisher_pages.get(person_key(nodes[edge.target].person or ""), 0), edge.target)
              for edge in named]
    if not cited or not ranked:
        return edges, frozenset()
    top, target = max(ranked)
    if top < LEAD_PUBLISHER_RATIO * max(max(cited.values()), 1):
        return edges, frozenset()
    main_in_lead = any(_within(item.start, leads) for edge in named if edge.target == target for item in edge.evidence)
    lesser = word_pattern({(nodes[edges[i].target].person or "").split()[-1] for i in cited} - {""})
    lesser_in_lead = any(_within(item.start, leads) for i in cited for item in edges[i].evidence) or \
        any(lesser.search(text, start, end) for start, end in leads)
    if lesser_in_lead and not main_in_lead:
        return edges, frozenset()
    ceiling = NAMED_PUBLISHER_CONFIDENCE - LESSER_PUBLISHER_MARGIN
    return [replace(edge, relation=Relation.WEAKLY_CITES, confidence=round(min(edge.confidence, ceiling), 2))
            if i in cited else edge for i, edge in enumerate(edges)], frozenset({target})


def _within(position: int | None, spans: list[tuple[int, int]]) -> bool:
    return position is not None and any(start <= position < end for start, end in spans)


_WORD_BEFORE = re.compile(r"(\S+)\s+$")
#: A given name before the surname is the publisher's when it is this alike to one of the
#: publisher's names, in any script and case ("Метта Тайббі" is Matt Taibbi; "Hunter Biden" is not
#: Joe Biden).
GIVEN_NAME_SIMILARITY = 60


def _another_bearer(text: str, surname: re.Match[str], full: str) -> bool:
    """The surname follows a given name that is not the publisher's: "Hunter Biden" is not
    "Joe Biden", whose post other pages cite; "President Biden" and "Joe Biden" are him."""
    before = _WORD_BEFORE.search(text, max(0, surname.start() - 40), surname.start())
    if before is None or not _NAME_WORD.fullmatch(before.group(1)):
        return False
    word = before.group(1).strip(".,")
    if word.casefold() in _words()[4]:
        return False
    return not any(_names_alike(word, part) for part in full.split())


def _same_given_name(name: str, full: str) -> bool:
    """Two names of one surname are one person unless both give a first name and the two
    differ (in any script: "Метта" is "Matt")."""
    first, other = name.split()[:-1], full.split()[:-1]
    if not first or not other:
        return True
    return any(_names_alike(a, b) for a in first for b in other)


def _names_alike(first: str, second: str) -> bool:
    """One name in two spellings, transliterated: "Метт" is "mett", near enough "matt"."""
    return fuzz.ratio(person_key(first), person_key(second)) >= GIVEN_NAME_SIMILARITY


def _known_key(key: str, index: FactIndex, written: str = "") -> str | None:
    """The known publisher a surname key stands for: the same key, a near spelling, or the
    one publisher with its sound skeleton: a name in another script ("Мъск", "Маск" -> musk:
    the transliteration keeps the vowel the script writes) or another Latin spelling with
    the same first letter ("Prigożyn" -> prigozhin), or its transliteration key ("Prigoschin",
    "Pryhozhyn": :func:`~provenance.graph.scripts.transliteration_key`)."""
    if len(key) < 4 and not (written and not written.isascii() and len(skeleton(key)) >= 3):
        return None
    if key in index.publishers:
        return key
    near = next((k for k in index.publishers if k[:1] == key[:1] and fuzz.ratio(k, key) >= PERSON_KEY_SIMILARITY),
                None)
    if near is not None or not written:
        return near
    shortest = 3 if not written.isascii() else 4  # a Latin spelling needs more to go on ("Prigozin")
    sounds = {sound for sound in (skeleton(key), consonants(key)) if len(sound) >= shortest}
    spelled = transliteration_key(key)
    twins = [k for k in index.publishers if ((k[:1] == key[:1] or not written.isascii())
                                             and sounds & {skeleton(k), consonants(k)})
             or (len(spelled) >= 4 and spelled == transliteration_key(k))]
    return twins[0] if len(twins) == 1 else None


def _full_names(fact: ArticleFacts) -> dict[str, str]:
    """Surname key -> the longest form of that name among the page's own attributions."""
    names: dict[str, str] = {}
    for attribution in fact.attributions:
        name = clean_name(attribution.label) if attribution.kind == "person" else None
        if name and len(name.split()) > len(names.get(person_key(name), "").split()):
            names[person_key(name)] = name
    return names


def person_publication_edge(attribution: Attribution, fact: ArticleFacts, people: Mapping[str, str],
                            index: FactIndex, nodes: NodeTable) -> Edge | None:
    """A citation of the person's own publication, when the page says they published.

    The target is the person's own page when the pile holds it (their account's URL),
    else one node for their publication, shared by every page that names it.
    """
    name = clean_name(attribution.label)
    if name is None:
        return None
    key = person_key(name)
    key = key if key in index.people else _known_key(key, index, written=name) or key  # "Prigoschin"
    platform = publication_platform(attribution.sentence.text)
    if platform is None:
        platform = people.get(key)
    if platform is None:
        return None
    known = index.people.get(key)
    if known is not None and not _same_given_name(name, known):
        return None  # "Lars Quillan declined to comment": not Mara Quillan, whose post the pile cites
    # the fullest form: the page's own ("Yevgeny Prigozhin, the head of Wagner, said"), else
    # the pile's, when the page only writes the surname ("Prigozhin said in an audio message")
    full = max((form for form in (_full_names(fact).get(key), known, name) if form),
               key=lambda form: len(form.split()) >= 2)
    if len(full.split()) < 2:
        return None  # a lone word no page completes may be anything: "Twitter", "Meanwhile"
    node_id = _post_node(key, full, platform, fact, index, nodes)
    return Edge(fact.id, node_id, Relation.CITES, PERSON_PUBLICATION_CONFIDENCE,
                (attribution_evidence(fact.id, attribution),))



#: A possessive left before a platform word: "Zelensky's Telegram channel".
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)?\s*$")



def _credited_channel(label: str) -> tuple[str, str] | None:
    """The person and platform a credit names ("Kadyrov on Telegram"), or None."""
    found = _words()[0].search(label)
    if found is None or found.start() == 0:
        return None
    name = clean_name(_POSSESSIVE_END.sub("", label[:found.start()]).strip(" ,:;-–—"))
    return (name, _words()[1][found.group(0).casefold()]) if name else None


def credited_person(label: str) -> str | None:
    """The key of the person whose channel a credit line names, or None."""
    credited = _credited_channel(label)
    return person_key(credited[0]) if credited else None

def credit_publication_edge(attribution: Attribution, fact: ArticleFacts, index: FactIndex,
                            nodes: NodeTable, confidence: float) -> Edge | None:
    """A credit line naming a person's channel credits that person's own publication:
    "Source: Kadyrov on Telegram", "Джерело: Зеленський у Telegram", "Source: Zelensky's
    Telegram channel" (a Ukrainian outlet's house style), not a report called "Kadyrov on
    Telegram". The caller has ruled out a registered outlet's name."""
    credited = _credited_channel(attribution.label)
    if credited is None:
        return None
    name, platform = credited
    key = person_key(name)
    known = index.people.get(key)
    full = known if known is not None and _same_given_name(name, known) else name
    node_id = _post_node(key, full, platform, fact, index, nodes)
    return Edge(fact.id, node_id, Relation.CREDITS, confidence, (attribution_evidence(fact.id, attribution),))

def _post_node(key: str, full: str, platform: str, fact: ArticleFacts, index: FactIndex, nodes: NodeTable) -> str:
    """The node a citation of a person's post goes to: their page in the pile, else the node of
    their publication outside it."""
    return index.person_article(key, fact) or nodes.add_person(_publication_node(key, full, platform))


def _publication_node(key: str, full: str, platform: str) -> Node:
    """The node of a person's publication outside the pile ("" platform: not said where)."""
    return Node(id=f"person:{key}", kind=NodeKind.PERSON_PUBLICATION,
                label=f"{full} ({platform})" if platform else full, in_corpus=False, person=full,
                platform=platform or None,
                note="a person's own publication, named by the citing text; not in the corpus")


def account_publication_edge(attribution: Attribution, fact: ArticleFacts, index: FactIndex, nodes: NodeTable,
                             link_confidence: float) -> Edge | None:
    """A citation of a person's own post, from a link to their account or an embedded post.

    A link (``x.com/<account>/status/…``, ``<account>.substack.com``) is a citation as any
    link is. An embedded post ("— Name (@account) date") is one only when the page's own
    words name its author: a post by someone the story never mentions is a reaction shown
    beside it (the attribution is kept on the article, no edge is drawn).
    """
    account = platform_account(attribution.url)
    if account is None:
        return None
    platform, handle = account
    if attribution.kind == "post":
        name = clean_name(attribution.label)
        if name is None or not _named_outside(fact, person_key(name), attribution):
            return None
        key, confidence = person_key(name), EMBEDDED_POST_CONFIDENCE
    else:
        key = index.account_person(handle) or handle
        name, confidence = None, link_confidence
    full = index.people.get(key) or name or f"@{handle}"
    node_id = index.account_article(handle, fact) or index.person_article(key, fact) or \
        nodes.add_person(_publication_node(key, full, platform))
    return Edge(fact.id, node_id, Relation.CITES, confidence, (attribution_evidence(fact.id, attribution),))


def _named_outside(fact: ArticleFacts, key: str, attribution: Attribution) -> bool:
    """The page names the person (any spelling the key meets) outside the post's signature."""
    text = fact.identified.cleaned.document.text
    signature = attribution.phrase or attribution.source
    for block in fact.identified.cleaned.paragraphs:
        for match in _NAME_WORD.finditer(text, block.start, block.end):
            if not signature.start <= match.start() < signature.end and person_key(match.group(0)) == key:
                return True
    return False
