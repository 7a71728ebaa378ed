"""What the noun phrase next to a cue is: a registered outlet (by name, alias, short form
or anaphor), a person or institution, an anonymous source, vague media, or nothing; and
the attribution record made of a source and its cue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from provenance import language, resources
from provenance.attribution.patterns import (
    _AND,
    _ANONYMITY,
    _ASIDE,
    _CASE_SUFFIX,
    _CITING,
    _DETERMINERS,
    _JOINED,
    _MODIFIER_AFTER,
    _NAME_JOINERS,
    _PERSON_AFTER,
    _PRONOUN,
    _QUOTED_TITLE,
    _RELATIVE_LINK,
    _ROLE,
    _SPEAKER_DETERMINERS,
    _WEEKDAY,
    _WHEN,
)
from provenance.kinds import AttributionKind
from provenance.lexicon import Lexicon
from provenance.models import Attribution, Span
from provenance.nounphrases import (
    LEADING_NOISE,
    name_before_comma,
    noun_phrase_after,
    strip_span,
)
from provenance.outlets import Outlet, OutletMention, Registry, masthead_words


@dataclass(frozen=True)
class _Context:
    """What earlier sentences named: the antecedent of "the paper", "the Post"."""

    last_outlet: Outlet | None = None
    named: tuple[Outlet, ...] = ()
    #: The article is a transcript: TRANSCRIPT_LABELS lines or more open with a speaker's
    #: label ("OKAFOR: We will…"). Elsewhere a lone "USA:" or "NEW DELHI:" is a page label
    #: or a dateline, not a speaker.
    transcript: bool = False
    #: The bodies named so far, last named last: what "the court", "la Cour" can stand for.
    bodies: tuple[Outlet, ...] = ()

    def with_short_forms(self) -> tuple[Outlet, ...]:
        """The outlets named so far that have short forms: all that "the Post" can resolve to."""
        return tuple(outlet for outlet in self.named if outlet.short_forms)

    def referent(self, kinds: frozenset[str] | None) -> Outlet | None:
        """What an anaphor of these outlet kinds refers to: the outlet of such a kind named
        last; any kind (None): the outlet last named, "it" of "it reported"."""
        if kinds is None:
            return self.last_outlet
        return next((outlet for outlet in reversed(self.named) if outlet.kind in kinds), None)

    def body_called(self, heads: frozenset[str]) -> Outlet | None:
        """The body named last whose name, in some language, holds one of these head words:
        what "the court" or "la Cour" stands for once the Supreme Court was named. A word
        ending in the head counts, for compounds ("das Ministerium": Verteidigungsministerium)."""
        return next((outlet for outlet in reversed(self.bodies)
                     if any(word.endswith(head) for word in _name_words(outlet) for head in heads)), None)


@cache
def _name_words(outlet: Outlet) -> frozenset[str]:
    """The case-folded words of an outlet's names and aliases."""
    return frozenset(word for name in outlet.names for word in re.findall(r"\w+", name.casefold()))


class Reading(NamedTuple):
    """One sentence being read and what every rule reads with it: the article's text, the
    outlet registry, the language's lexicon, what earlier sentences named. One object in
    place of five arguments; a tuple so a rule unpacks what it needs in one line."""

    text: str
    sentence: Span
    registry: Registry
    lexicon: Lexicon
    context: _Context


@dataclass(frozen=True)
class _Source:
    kind: AttributionKind
    span: Span
    label: str
    outlet_id: str | None = None
    via: str | None = None


def _short_forms(text: str, span: Span, context: _Context) -> Iterator[tuple[Outlet, Span]]:
    """"the Post" resolves only to an outlet with that short form named earlier."""
    for outlet in reversed(context.with_short_forms()):
        for form in outlet.short_forms:
            core = re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)
            for match in re.finditer(rf"\b[Tt]he\s+{re.escape(core)}\b(?!\s+[A-Z])", text[span.start:span.end]):
                yield outlet, Span(span.start + match.start(), span.start + match.end(), match.group(0))


def _registered_source(outlet: Outlet, span: Span, via: str | None = None) -> _Source:
    """A registered name as a source: an outlet's report, or a body's statement (a person-like
    source, never a news report)."""
    return _Source("person" if outlet.kind == "government" else "outlet", span, outlet.name, outlet.id, via=via)


def _mention_source(text: str, mention: OutletMention) -> _Source:
    """A registered outlet's mention as the outlet source of its words."""
    span = Span(mention.start, mention.end, text[mention.start:mention.end])
    return _Source("outlet", span, mention.outlet.name, mention.outlet.id)


def _quoted_outlets(text: str, titles: list[re.Match[str]], registry: Registry) -> list[_Source]:
    """The registered outlets among quoted titles; an unregistered title is no source we can name."""
    found = []
    for title in titles:
        for mention in registry.find_mentions(text, title.start("title"), title.end("title")):
            if mention.outlet.kind != "government":
                found.append(_mention_source(text, mention))
                break
    return found


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _through_relative(text: str, sources: list[_Source], np: Span, cue_start: int) -> list[_Source]:
    """"Mr. Lund, who said": the span runs from the name to the relative pronoun that is the verb's subject.

    The label stays the name (the pronoun only stands for it), but the words the source
    occupies in the sentence include the pronoun, as annotators mark it; the name alone
    would leave the verb's grammatical subject out.
    """
    link = _RELATIVE_LINK.match(text, np.end, cue_start)
    if link is None:
        return sources
    end = link.end("pronoun")
    return [replace(s, span=Span(s.span.start, end, text[s.span.start:end])) for s in sources]


def _classify_all(reading: Reading, np: Span, pronoun_cue: str | None = None) -> list[_Source]:
    """One source, or each outlet of "The New York Times and CNN both reported"."""
    text, registry = reading.text, reading.registry
    first = _classify(reading, np, pronoun_cue)
    if first is not None and first.kind == "person":
        return [*_person_joined_before(reading, np), *_two_people(first)]
    if first is None or first.kind != "outlet":
        return [first] if first else []
    if not _JOINED.search(np.text):
        return [*_joined_before(reading, np), first]
    others = [_mention_source(text, m)
              for m in registry.find_mentions(text, np.start, np.end)  # "Reuters and the AP": either may head it
              if m.outlet.kind != "government" and m.outlet.id != first.outlet_id
              and not (m.start < first.span.end and first.span.start < m.end)]
    return sorted([*_joined_before(reading, np), first, *others], key=lambda source: source.span.start)


#: Two full names joined: "Josh Gerstein and Alexander Ward", after a shared role ("reporters"); the
#: second may keep a title of its own ("Chuck Schumer and House Speaker Nancy Pelosi").
_TWO_NAMES = re.compile(r"(?P<first>(?:[^\W\d_][\w.'’-]*\s+)*?(?:[A-ZÀ-Þ][\w.'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)"
                        rf"\s+(?:{_AND}|&)\s+(?P<second>(?:[A-ZÀ-Þ][\w.'’-]+\s+){{1,3}}[A-ZÀ-Þ][\w'’-]+)\.?$")


def _two_people(person: _Source) -> list[_Source]:
    """A person source that names two people is two sources: "Politico reporters Josh
    Gerstein and Alexander Ward wrote" (the first keeps the shared role)."""
    joined = _TWO_NAMES.fullmatch(person.span.text)
    if joined is None or not _looks_like_name(joined["second"]):
        return [person]
    start = person.span.start
    first = Span(start, start + joined.end("first"), joined["first"])
    second = Span(start + joined.start("second"), start + joined.end("second"), joined["second"])
    return [replace(person, span=first, label=first.text), replace(person, span=second, label=second.text)]


#: A capitalised name of two to four words ending right before "and" and the subject the
#: clause split found: "Politico editor-in-chief Matt Kaminski and executive editor …".
_NAME_BEFORE_AND = re.compile(rf"(?P<name>(?:[A-ZÀ-Þ][\w.'’-]*\s+){{1,3}}[A-ZÀ-Þ][\w'’-]+),?\s+(?:{_AND}|&)\s+$")
#: How far back the first of two joined people is looked for.
_PERSON_REACH = 60


def _person_joined_before(reading: Reading, np: Span) -> list[_Source]:
    """The first of two people whose roles split their joined subject at "and" ("Board chair
    Ilse Marrow and finance director Tomas Quell said": the subject found is Quell): a full
    name right before the "and", in a clause nothing else opens (not an earlier verb's
    object, "She thanked Ilse Marrow and finance director Tomas Quell said")."""
    text = reading.text
    floor = max(reading.sentence.start, np.start - _PERSON_REACH)
    joined = _NAME_BEFORE_AND.search(text, floor, np.start)
    if joined is None or joined.end() != np.start or not _looks_like_person(joined["name"]):
        return []
    name = titled_name(text, joined.start("name"), joined.end("name"))
    before = text[reading.sentence.start:joined.start("name")]
    opening = before.split()
    if name is None or (opening and (not _ROLE_OPENING.fullmatch(before) or _PRONOUN.fullmatch(opening[0]))):
        return []  # "She thanked Ilse Marrow and …": an earlier clause's object
    return [_Source("person", name, name.text)]


#: What may stand before the first of two joined people: nothing, or a role in lower case
#: after an optional outlet's or body's name ("Politico editor-in-chief", "Board chair").
_ROLE_OPENING = re.compile(r"\s*(?:(?:[A-ZÀ-Þ][\w.'’-]*(?:['’]s)?\s+){0,3}(?:[a-z][\w-]*\s+){1,3})?")


#: What joins outlets in a list before the last one: "Reuters and the AP", "Reuters, AFP and".
_LIST_JOINT = re.compile(rf"\s*(?:,|,?\s*(?:{_AND}|&)|,\s*{_AND})\s*", re.IGNORECASE)
#: How far back a list of outlets before the clause a verb's subject opens is looked for.
_LIST_REACH = 120


def _joined_before(reading: Reading, np: Span) -> list[_Source]:
    """Outlets listed before the subject's first, which the clause split cut off at "and"
    ("Reuters and the Associated Press reported": the subject found is the AP)."""
    text, registry = reading.text, reading.registry
    floor = max(reading.sentence.start, np.start - _LIST_REACH)
    mentions = registry.find_mentions(text, floor, np.start)
    named = [(m.outlet, Span(m.start, m.end, text[m.start:m.end])) for m in mentions
             if m.outlet.kind != "government"]  # "CNN, the Times, and the Post": short forms named before too
    named += list(_short_forms(text, Span(floor, np.start, text[floor:np.start]), reading.context))
    found: list[_Source] = []
    end = np.start
    for outlet, span in sorted(named, key=lambda item: (item[1].start, -item[1].end), reverse=True):
        if span.end > end:
            continue  # inside a name already taken ("The New York Times" holds "the Times")
        if not _LIST_JOINT.fullmatch(text, span.end, end):
            break
        found.append(_Source("outlet", span, outlet.name, outlet.id))
        end = span.start
    before = text[reading.sentence.start:end].strip()
    if before and before[-1] not in ",;:" and not LEADING_NOISE.fullmatch(before + " "):
        return []  # the list is an earlier verb's object: "Hackers hit Reuters and the AP reported it"
    return found


#: Words of a subject before its aside ("The minister, who …, said"); before a bare name
#: in apposition, a title may run longer, as Romance languages spell offices out ("El juez
#: presidente del Tribunal Supremo de Estados Unidos, John Roberts, confirmó").
MAX_HEAD_WORDS = 6
MAX_TITLED_HEAD_WORDS = 12


def _subject_before_aside(reading: Reading, floor: int, cue_start: int) -> list[_Source]:
    """The subject of "X, who …, said", "X, a spokesman for Y, said", "A spokesman, Karl Ost, said".

    A name in the apposition is the source; an aside saying the source asked not to be
    named makes the whole phrase an anonymous source. The subject may open a later clause
    of the sentence ("The government did not confirm it, but a spokesman, Piotr Muller,
    said"; "Sin embargo, el vocero del Pentágono, el general Pat Ryder, ha señalado"): each
    clause start is tried in turn while none gives a source, and there only a name in the
    aside is taken.
    """
    text = reading.text
    noise = LEADING_NOISE.match(text[floor:cue_start])  # "However, the company, which …, said"
    floor += noise.end() if noise else 0
    for start in _clause_starts(text, floor, cue_start):
        match = _ASIDE.fullmatch(text, start, cue_start)
        if match is None or len(match["head"].split()) > MAX_TITLED_HEAD_WORDS:
            continue
        name = titled_name(text, match.start("aside"), match.end("aside")) if match["aside"] else None
        pair = _two_apposed(text, match.start("aside"), match.end("aside")) if match["aside"] and not name else []
        if len(match["head"].split()) > MAX_HEAD_WORDS and not (name and _looks_like_name(match["aside"].strip())):
            continue  # a long title before a bare name; not "Um rascunho …, escrito pelo juiz Samuel Alito,"
        if start > floor:  # a later clause: only a name, in the aside or before it ("Jeff Weaver, his manager,")
            head = strip_span(text, match.start("head"), match.end("head"))
            if pair:  # "…, but the two reporters, Mara Quillan and Tomas Ferreira, wrote"
                return pair
            if name is None and head is not None and _looks_like_name(head.text) and len(head.text.split()) > 1:
                name = head
            if name is None and head is not None:  # "Last month, the Independent, a British newspaper, revealed"
                outlet = _classify(reading, head)
                return [outlet] if outlet is not None and outlet.kind == "outlet" else []
            return [_Source("person", name, name.text)] if name else []
        aside = match["aside"] or match["rel"] or ""
        group = "aside" if match["aside"] else "rel"
        if _ANONYMITY.search(aside):
            whole = strip_span(text, match.start("head"), match.end(group))
            return [_Source("anonymous", whole, whole.text)] if whole else []
        if name is not None:
            return [_Source("person", name, name.text)]
        if pair:
            return pair
        head = strip_span(text, match.start("head"), match.end("head"))
        lead = LEADING_NOISE.match(head.text) if head else None
        if head and lead:
            head = strip_span(text, head.start + lead.end(), head.end)
        found = _classify_all(reading, head) if head else []
        if found:
            return found
    return []


def _two_apposed(text: str, start: int, end: int) -> list[_Source]:
    """Two full names the apposition gives for a shared role ("the same two reporters, Jordan
    Robertson and Michael Riley, wrote", "dziennikarze gazety, Bastian Obermayer i Frederik
    Obermaier, opublikowali"): each is a source; an aside of other words names no one."""
    aside = strip_span(text, start, end)
    joined = _TWO_NAMES.fullmatch(aside.text) if aside else None
    if aside is None or joined is None or not all(_looks_like_name(joined[part]) for part in ("first", "second")):
        return []
    return [_Source("person", Span(aside.start + joined.start(group), aside.start + joined.end(group), joined[group]),
                    joined[group]) for group in ("first", "second")]


#: Where a clause may open inside a sentence: after a comma or semicolon (a leading adverb
#: "However," or a first clause "…, but").
_CLAUSE_OPENING = re.compile(r"[,;][”\"’»]?\s*")  # after a quotation too: '"…," Xinhua, the agency, wrote'


def _clause_starts(text: str, floor: int, cue_start: int) -> list[int]:
    """The sentence's start, then each place after a comma or semicolon before the cue."""
    return [floor, *(m.end() for m in _CLAUSE_OPENING.finditer(text, floor, cue_start))]


#: Lower-case words (articles, titles) an apposition may put before a name: "le général
#: Pat Ryder", "el vocero Piotr Muller", "the Pentagon's Brig. Gen. Pat Ryder" is all capitals.
MAX_TITLE_WORDS = 3


def titled_name(text: str, start: int, end: int) -> Span | None:
    """The words from ``start`` to ``end`` when they name a person: all capitals ("Brig. Gen.
    Pat Ryder"), or a name of at least two words after a few lower-case title words ("le
    général Pat Ryder")."""
    span = strip_span(text, start, end)
    if span is None:
        return None
    if _looks_like_name(span.text):
        return span
    words = span.text.split()
    capitals = next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    titles = words[:-capitals] if capitals else []
    if 2 <= capitals <= 4 and len(titles) <= MAX_TITLE_WORDS and all(_is_word(w) and w.islower() for w in titles) \
            and not (titles and (_LINKING_WORD.fullmatch(titles[-1]) or _LIST_INTRODUCER.fullmatch(titles[0]))):
        return span
    return None


#: Words that open an aside listing members of the phrase before it ("fact checkers, including
#: The Washington Post,"): what follows is an example, not a title and a name.
_LIST_INTRODUCER = re.compile(r"including|like|such|among|especially|notably|particularly|namely|darunter|"
                              r"einschließlich|notamment|dont|incluidos?|incluidas?|inclusive|compreso|compresi",
                              re.IGNORECASE)


#: The words set off by a comma after a phrase, up to the next mark or the sentence's end
#: (whose splitting already knows "Brig." from a full stop).
_APPOSITION_AFTER = re.compile(r",\s+(?P<aside>[^,;:!?()“”\"«»]+)")


def apposed_person(text: str, after: int, ceiling: int) -> Span | None:
    """The person an apposition right after a role names: "…, said the Pentagon spokesman,
    Brig. Gen. Pat Ryder." or "Lo ha detto il candidato democratico, Joe Biden, durante …"."""
    apposition = _APPOSITION_AFTER.match(text, after, ceiling)
    if apposition is None:
        return None
    end = apposition.end("aside")
    return titled_name(text, apposition.start("aside"), end - 1 if text[end - 1] == "." else end)


def name_for_role(text: str, np: Span, sources: list[_Source], ceiling: int) -> list[_Source]:
    """A role or a body named as the speaker ("the Pentagon spokesman", "le porte-parole du
    Pentagone"), a description that names no source ("el vocero del Gobierno") or a role at
    an outlet ("la directrice de l'information de l'AFP") gives way to the person its
    apposition names (a person at that outlet: no citation of its report)."""
    if _looks_like_name(np.text):
        return sources
    outlets = [s for s in sources if s.kind == "outlet"]
    if outlets and (len(outlets) > 1 or not np.text[:1].islower() or outlets[0].span.start == np.start):
        return sources  # "selon l'AFP": the agency; only a role at it ("la directrice … de l'AFP") is a person
    name = apposed_person(text, np.end, ceiling)
    if name is None:
        return sources
    if outlets:
        return [_Source("person", name, name.text, outlets[0].outlet_id, via=f"a person at {outlets[0].label}")]
    return [_Source("person", name, name.text)]


#: A word that makes the capitals after it a complement, not a name: "líder del Grupo
#: Wagner", "head of the Foreign Office", "la Wagner".
_LINKING_WORD = re.compile(r"of|the|at|for|in|by|from|with|de|del|della|dello|dei|degli|di|du|des|da|do|dos|das|"
                           r"von|vom|der|den|dem|van|en|à|al|au|aux|la|le|les|el|il|lo|los|las|die|das|y|e|et|und|"
                           r"and|or|o|ou|na|no|nos|nas|pour|para|per|por|sur|su", re.IGNORECASE)


def _looks_like_name(phrase: str) -> bool:
    words = phrase.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _classify(reading: Reading, np: Span, pronoun_cue: str | None = None) -> _Source | None:
    """What kind of source a noun phrase names, resolved to an outlet where it is one."""
    text, _, registry, lexicon, context = reading
    title = _title_after(text, np)
    if title is not None:  # 'dziennika "Bild"': the name, not the newspaper named before
        found = _quoted_outlets(text, [title], registry)
        return found[0] if found else None
    for mention in registry.find_mentions(text, np.start, np.end):
        span = Span(mention.start, mention.end, text[mention.start:mention.end])
        clause = _clause_after(text, mention.end, np.end)
        if clause and lexicon.language != "en":  # "Nachdem der Spiegel das Video veröffentlicht hatte"
            return _registered_source(mention.outlet, span)
        if _PERSON_AFTER.match(text, mention.end, np.end) and not clause:  # "Fox News' Megyn Kelly", "Post columnist X"
            return _Source("person", np, np.text, mention.outlet.id, via=f"a person at {mention.outlet.name}")
        if _MODIFIER_AFTER.match(text, mention.end, np.end):  # "BBC staff", "Metro officials": not the outlet
            whole = strip_span(text, mention.start, np.end)
            if whole and lexicon.anonymous.fullmatch(whole.text):  # "White House sources"
                return _Source("anonymous", whole, whole.text, mention.outlet.id)
            if (whole and _looks_like_person(whole.text)) or (whole and _ROLE.search(whole.text)):
                return _Source("person", whole, whole.text, mention.outlet.id, via=f"people at {mention.outlet.name}")
            return None
        if _POLL_AFTER.match(text, mention.end, np.end):  # "a Reuters/Ipsos poll": the poll, not a report
            return _Source("person", np, np.text, mention.outlet.id, via=f"a poll by {mention.outlet.name}")
        return _registered_source(mention.outlet, span)
    for outlet, span in _short_forms(text, np, context):
        return _Source("outlet", span, outlet.name, outlet.id, via=f"short form {span.text!r} of {outlet.name}")
    adjunct = _short_form_before_report(reading, np)
    if adjunct is not None:
        return adjunct
    home = _home_acronym(np, registry, lexicon)
    if home is not None:
        return home
    body = _body_anaphor(reading, np)
    if body is not None:
        return body
    relative = _relative_outlet(reading, np) or _relative_person(reading, np)
    if relative is not None:
        return relative
    anaphor = lexicon.anaphor.search(text, np.start, np.end)
    if anaphor and anaphor.end() == np.end and not _ends_a_title(text, np.start, anaphor):
        referent = context.referent(lexicon.kinds_for(anaphor.group(0)))
        if referent is None:
            return None
        span = Span(anaphor.start(), anaphor.end(), anaphor.group(0))
        return _Source("outlet", span, referent.name, referent.id, via=f"{span.text!r} refers to {referent.name}")
    if pronoun_cue in lexicon.pronoun_cues and (antecedent := context.referent(None)):
        return _Source("outlet", np, antecedent.name, antecedent.id, via=f"'it' refers to {antecedent.name}")
    masthead = _masthead(np, registry) or _domain_source(np, registry)
    if masthead is not None:
        return masthead
    bare = re.sub(r"[’'](?:ve|s|d|ll|re|m)$", "", np.text)
    if bare.lower() in lexicon.pronoun_sources:
        return _Source("person", Span(np.start, np.start + len(bare), bare), bare, via="pronoun, not resolved")
    if _PRONOUN.fullmatch(bare) or _function_words(bare, lexicon):
        return None
    return _classify_people(np, lexicon)


#: A capitalised name between an article and a lower-case noun: "a Guardian investigation".
_ADJUNCT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<form>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)(?:['’]s)?\s+(?P<noun>[a-z]+)")


def _short_form_before_report(reading: Reading, np: Span) -> _Source | None:
    """A short form that modifies a noun for what an outlet publishes names its one owner,
    though the page never gives the full name: "a Guardian investigation can reveal" is The
    Guardian's, "a Post report said" nobody's while several outlets are the Post."""
    _, _, registry, lexicon, _ = reading
    found = _ADJUNCT.fullmatch(np.text)
    if found is None or lexicon.report_subject is None or not lexicon.report_subject.fullmatch(found["noun"]):
        return None
    owner = registry.sole_short_form_owner(found["form"])
    if owner is None or owner.kind == "government":
        return None
    if _POLL_AFTER.match(" " + found["noun"]):  # "a CBS poll": the poll, as for a full name
        return _Source("person", np, np.text, owner.id, via=f"a poll by {owner.name}")
    start = np.start + found.start("form")
    span = Span(start, start + len(found["form"]), found["form"])
    return _Source("outlet", span, owner.name, owner.id,
                   via=f"short form {span.text!r} of {owner.name} before its {found['noun']}")


#: Relative pronouns that stand for the outlet named right before their comma.
_RELATIVE_PRONOUNS = frozenset({"which", "who", "qui", "quien", "quienes", "il quale", "la quale", "der", "die", "das",
                                "welche", "który", "która", "которое", "которая", "который"})
#: How far before the pronoun's comma an outlet's name may start.
_RELATIVE_REACH = 80


def _home_acronym(np: Span, registry: Registry, lexicon: Lexicon) -> _Source | None:
    """An outlet's acronym on a page in its own language, where readers know it without its
    full name ("uppger TT" on a Swedish page, "DN skriver", "AA" on a Turkish one, "NTV" on a
    Turkish one and on a Russian one, two channels): a short form that one outlet of the
    page's language alone has, written in capitals. Elsewhere an acronym stays a short form
    that needs its outlet named first."""
    suffixed = _CASE_SUFFIX.fullmatch(np.text)
    if suffixed:  # "NTV'nin haberine göre": the acronym, then its case ending
        np = Span(np.start, np.start + suffixed.end("name"), suffixed["name"])
    if not np.text.isupper() or not 2 <= len(np.text) <= 6 or not np.text.isalpha():
        return None
    at_home = [owner for owner in registry.with_short_form(np.text) if owner.language == lexicon.language]
    if len(at_home) != 1:
        return None
    outlet = at_home[0]
    return _Source("outlet", np, outlet.name, outlet.id, via=f"{np.text!r}, {outlet.name}'s name at home")


def _relative_outlet(reading: Reading, np: Span) -> _Source | None:
    """A relative pronoun right after an outlet's name and its comma is that outlet: "the
    news came from Reuters, which reported", "tout est parti de l'AFP, qui a diffusé". A
    person's two-word name is resolved where the phrase is cut (nounphrases); a single
    registered name is resolved here, where the registry is known."""
    text, sentence, registry, lexicon, _ = reading
    if np.text.casefold() not in _RELATIVE_PRONOUNS and np.text.casefold() not in lexicon.relative_pronouns:
        return None
    comma = re.search(r",\s*$", text[max(sentence.start, np.start - 3):np.start])
    if comma is None:
        return None
    end = np.start - len(comma.group(0))
    floor = max(sentence.start, end - _RELATIVE_REACH)
    last = next(reversed([m for m in registry.find_mentions(text, floor, end) if m.end == end]), None)
    if last is None:
        return None
    return _registered_source(last.outlet, np, via=f"{np.text!r} refers to {last.outlet.name}")



def _relative_person(reading: Reading, np: Span) -> _Source | None:
    """A language's relative pronoun, also a conjunction ("que", "che", "care"), alone between a
    person's name and its comma and the verb is that person: "ao jornalista Matt Taibbi, que
    publicou uma longa thread". The span stays the pronoun, the label is the name; an outlet
    named so was resolved by :func:`_relative_outlet` first."""
    text, sentence, _, lexicon, _ = reading
    if np.text.casefold() not in lexicon.relative_pronouns:
        return None
    name = name_before_comma(text, max(sentence.start, np.start - _RELATIVE_REACH), np.start)
    if name is None or len(name["name"].split()) < 2:
        return None
    return _Source("person", np, name["name"], via=f"{np.text!r} refers to {name['name']}")

def _clause_after(text: str, start: int, end: int) -> bool:
    """Whether an article stands among the lower-case words after an outlet's name: the
    phrase ran on into the clause ("Laut Reuters wurden die Gespräche …", a verb-final clause
    "nachdem der Spiegel das Video veröffentlicht hatte"), so the outlet is the subject: the
    capitalised noun closing the phrase is no person at it, nor is "das" an English plural.
    English modifiers and polls ("A Reuters photographer captured a …") are read first there."""
    return any(word in _SPEAKER_DETERMINERS for word in re.findall(r"(?<!\S)[a-zß-ÿ]+(?=\s)", text[start:end]))


def _body_anaphor(reading: Reading, np: Span) -> _Source | None:
    """A body named before, taken up by its common noun: "the court said" after the Supreme
    Court, "la Cour a confirmé", "o Tribunal Superior confirmou", "the ministry said". Only a
    body whose own names hold that noun is its referent, so "the court" never stands for a
    ministry; with no such body named, the phrase is read as before."""
    text, _, _, lexicon, context = reading
    found = lexicon.body_anaphor.search(text, np.start, np.end) if lexicon.body_anaphor else None
    if found is None:
        return None
    heads = next(heads for i, heads in enumerate(lexicon.body_heads) if found.group(f"b{i}") is not None)
    body = context.body_called(heads)
    if body is None:
        return None
    span = Span(found.start(), found.end(), found.group(0))
    return _Source("person", span, body.name, body.id, via=f"{span.text!r} refers to {body.name}")


#: A newspaper's name by its shape: "The", capitalised words, then a word that ends mastheads
#: (``masthead_words`` in data/publications.json) or a registered short form's word.
_MASTHEAD = re.compile(r"[Tt]he\s+(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,4}(?P<last>[A-Z][\w'’-]+))(?:\s+newspaper)?")


def _masthead(np: Span, registry: Registry) -> _Source | None:
    """An outlet the registry does not resolve, read from its name's shape, never a person.

    A short form alone ("The Times reported", "the Courier can reveal", "The Times
    newspaper") is some outlet, which the pile may tell (graph/citations.py): vague media. A
    longer masthead ("The Kettle Valley Courier reported") is an unregistered outlet of that
    name, cited as such.
    """
    shape = _MASTHEAD.fullmatch(np.text)
    if shape is None:
        return None
    last = shape["last"]
    if last not in masthead_words() and not registry.with_short_form(last):
        return None
    if shape["name"] == last:
        return _Source("vague-media", np, np.text)
    name = Span(np.start, np.start + shape.end("name"), np.text[:shape.end("name")])
    label = f"The {shape['name']}"  # one label (and one report node) however a page writes the article
    return _Source("outlet", name, label, via="a newspaper's name, not in the registry")


#: A site named by its domain ("передает unian.net", "сообщает ria.ru", "according to
#: nypost.com"): two or more labels, the last a top-level domain's letters.
_DOMAIN = re.compile(r"(?:www\.)?(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})", re.IGNORECASE)


def _domain_source(np: Span, registry: Registry) -> _Source | None:
    """A site named by its domain: the registered outlet owning it, else the site itself
    (an outlet the registry lacks, labelled with its domain as a link to it is)."""
    shape = _DOMAIN.fullmatch(np.text)
    if shape is None or not any(ch.isalpha() for ch in shape["domain"].rsplit(".", 1)[0]):
        return None
    domain = shape["domain"].lower()
    outlet = registry.by_url(domain)
    if outlet is not None:
        return _Source("outlet", np, outlet.name, outlet.id, via=f"the domain {domain} is {outlet.name}'s")
    if not shape["domain"].rsplit(".", 1)[1].islower():
        return None  # a place abbreviated, not a site: "N.Korea says", "S.Africa"
    return _Source("outlet", np, domain, via="a site named by its domain, not in the registry")


#: An outlet's name as the sponsor of a poll, alone or with its pollster ("a Reuters/Ipsos
#: poll", "a New York Times/CBS News survey", "a Suffolk University/Boston Globe Poll"): the
#: source is the poll, a person-like source, not the outlet's report (PolNeAR annotates the
#: whole phrase; 33 of 98 outlet false positives on its train part were polls).
_POLL_AFTER = re.compile(r"(?:\s*/\s*[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3}?)?\s+(?:polls?|polling|surveys?)\b",
                         re.IGNORECASE)


def _title_after(text: str, np: Span) -> re.Match[str] | None:
    """A quoted title right after a short common-noun phrase: 'dziennika "Bild"', 'ziarul „Adevărul”'."""
    words = np.text.split()
    if len(words) > 3 or np.text[1:] != np.text[1:].lower():
        return None
    return _QUOTED_TITLE.match(text, np.end)


def _ends_a_title(text: str, np_start: int, anaphor: re.Match[str]) -> bool:
    """A one-word media noun after a capitalised word ends an outlet's name, and refers to nothing.

    "Jutarnji list", "Nasz Dziennik", "Yeni Şafak gazetesi", "Новая газета": in languages
    without articles the anaphor "list" ("the paper") is also the last word of many titles; an
    unregistered title must not resolve to the outlet named before.
    """
    if len(anaphor.group(0).split()) > 1:
        return False
    before = text[np_start:anaphor.start()].split()
    return bool(before) and before[-1].lstrip("„“\"«")[:1].isupper()


def _function_words(phrase: str, lexicon: Lexicon) -> bool:
    """A phrase of the language's function words only ("Jak podaje PAP", "Wie berichtet"): no name."""
    words = phrase.lower().split()
    return bool(words) and all(word in language.stopwords(lexicon.language) for word in words)


def _classify_people(np: Span, lexicon: Lexicon) -> _Source | None:
    if lexicon.anonymous.fullmatch(np.text) or re.search(r"\b(?:unnamed|anonymous|unidentified)\b", np.text, re.I):
        return _Source("anonymous", np, np.text)
    if lexicon.vague_media.fullmatch(np.text):
        return _Source("vague-media", np, np.text)
    if _possessed_work(np.text):  # "According to Taibbi's thread": Taibbi, named by _attribution
        return _Source("person", np, np.text)
    if not _looks_like_person(np.text) and not _role_then_surname(np.text, lexicon.role_nouns):
        return None
    suffixed = _CASE_SUFFIX.fullmatch(np.text)
    if suffixed:  # "NTV'nin haberine göre": the name is NTV, "'nin" its case ending
        if len(suffixed["name"]) < 2:
            return None  # an elided pronoun, not a name with its ending: "C'est le temps qui …"
        np = Span(np.start, np.start + suffixed.end("name"), suffixed["name"])
    return _Source("person", np, np.text)


#: The day said between a subject and its verb: "Ali Khamenei on Tuesday rejected".
_TRAILING_WHEN = re.compile(rf"\s+(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?(?:(?:late|early)\s+)?{_WEEKDAY}"
                            r"(?:\s+(?:night|morning|evening|afternoon))?$", re.IGNORECASE)
#: A reflexive that stresses the subject is not part of the name: "Musk himself tweeted",
#: "le ministre lui-même a déclaré" (the source's words keep it; its label does not).
_INTENSIFIER = re.compile(r"[\s,]+(?:himself|herself|themselves|itself|lui-même|elle-même|eux-mêmes|selbst|"
                          r"stesso|stessa|mismo|misma|mesmo|mesma|сам|сама)$", re.IGNORECASE)


#: "Taibbi's long thread", "Mara Quillan’s post": a name, its possessive, a publication noun.
_POSSESSED_WORK = re.compile(r"(?P<name>[A-ZÀ-ÞА-Я][\w.-]*(?:\s+[A-ZÀ-ÞА-Я][\w.-]*){0,3})[’']s"
                             r"(?:\s+[\w-]+)?\s+(?P<noun>[\w-]+)")


@cache
def _publication_nouns() -> frozenset[str]:
    return frozenset(word.casefold() for word in resources.bundled("publications.json")["publications"])


@lru_cache(maxsize=16_384)
def _looks_like_person(phrase: str) -> bool:
    """A name ("Mr Zelensky", "Jake Sullivan") or a phrase headed by a role ("local officials").

    Other clauses that happen to stand before a verb ("a calculated attempt to ensure
    Kyiv") are not sources. Cached: it depends on the phrase alone, and a pile's copies
    repeat their subjects.
    """
    words = re.sub(r"[’']s\b", "", phrase).split()
    if not words or words[0].lower() in _FIRST_AND_SECOND_PERSON:
        return False
    if len(words) == 1 and words[0].lower() in _DETERMINERS:  # "Such claims were…": no one
        return False
    if _ROLE.fullmatch(words[-1].strip(".,")) or _ROLE.search(" ".join(words[-2:])):
        return True
    titled = next((i for i in range(len(words) - 1, 0, -1) if _ROLE.fullmatch(words[i - 1])), None)
    if titled is not None and len(words) - titled <= 4 and all(w[:1].isupper() for w in words[titled:]):
        return True  # "former Radora Star reporter Mara Quillan": a role, then the name
    if _role_then_name(words):
        return True
    if _two_full_names(phrase):
        return True
    return words[-1][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS or _ROLE.fullmatch(w) for w in words)


def _two_full_names(phrase: str) -> bool:
    """Two full names joined by any read language's "and" ("Jan Kowalski i Piotr Nowak", "Mara
    Quillan und Tomas Ferreira"); two single capitalised words ("Apple et Amazon") may be
    companies, and are left to the rules that know them."""
    joined = _TWO_NAMES.fullmatch(phrase)
    return joined is not None and all(len(joined[part].split()) >= 2 and _looks_like_name(joined[part])
                                      for part in ("first", "second"))


#: "I", "we", "you" in the languages read: the speaker of a quotation inside it ("«Я написал
#: то, что написал», — ответил Херш"), never a source of its own.
_FIRST_AND_SECOND_PERSON = frozenset({"we", "i", "you", "us", "я", "мы", "ты", "вы", "ich", "wir", "du", "je", "nous",
                                      "tu", "vous", "yo", "nosotros", "io", "noi", "eu", "nós", "ja", "wy", "ви"})


def _role_then_name(words: list[str]) -> bool:
    """A role in lower case, then a full name: "Le maire Michel Julien", "der Bürgermeister
    Karl Huber", "il sindaco Marco Rossi" (roles outside English are not in the role list).
    The name is two or three capitalised words; the role one to MAX_ROLE_WORDS lower-case
    words after an optional article (its first word may carry the sentence's capital)."""
    run = 0
    while run < len(words) and words[len(words) - 1 - run][:1].isupper():
        run += 1
    head = words[:len(words) - run]
    if head and head[0].lower() in _SPEAKER_DETERMINERS:
        head = head[1:]
    if head and head[0][:1].isupper() and len(head) > 1:  # the sentence's capital: "Dziennikarz śledczy …"
        head = [head[0].lower(), *head[1:]]
    return 2 <= run <= 3 and 1 <= len(head) <= MAX_ROLE_WORDS and all(w[:1].islower() and _is_word(w) for w in head)


def _role_then_surname(phrase: str, roles: frozenset[str]) -> bool:
    """A role noun of the page's language, then one capitalised name: "le président Macron",
    "el papa Francisco", "premier Tusk". One capitalised word after lower-case words may be a
    company, a place or a product ("la société Apple"), so only a known role admits it; an
    acronym ("le groupe TF1") is left to the outlet rules."""
    words = phrase.split()
    if len(words) < 2 or not roles:
        return False
    name, head = words[-1], words[:-1]
    if not (name[:1].isupper() and _is_word(name) and not name.isupper()):
        return False
    if head[0].lower() in _SPEAKER_DETERMINERS:
        head = head[1:]
    head = [word.lower() if index == 0 else word for index, word in enumerate(head)]  # the sentence's capital
    return (1 <= len(head) <= MAX_ROLE_WORDS and all(word[:1].islower() and _is_word(word) for word in head)
            and any(word.casefold() in roles for word in head))


def _is_word(word: str) -> bool:
    """Letters, joined by hyphens or apostrophes ("porte-parole", "l'information")."""
    return all(part.isalpha() for part in re.split(r"[-’']", word))


#: A role before a name may be a long description: "Dziennikarz śledczy i laureat nagrody
#: Pulitzera Seymour Hersh" (investigative journalist and Pulitzer laureate).
MAX_ROLE_WORDS = 6


def _possessed_work(phrase: str) -> re.Match[str] | None:
    """"Taibbi's long thread": a name owning a publication noun, or None."""
    owned = _POSSESSED_WORK.fullmatch(phrase)
    return owned if owned is not None and owned["noun"].casefold() in _publication_nouns() else None


def _owner(source: _Source) -> _Source:
    """"Taibbi's long thread" is Taibbi's publication: the source is Taibbi."""
    owned = _possessed_work(source.label) if source.kind == "person" else None
    if owned is None:
        return source
    name = Span(source.span.start, source.span.start + owned.end("name"), owned["name"])
    return replace(source, span=name, label=owned["name"])


def _attribution(text: str, sentence: Span, source: _Source, cue: Span) -> Attribution:
    source = _owner(source)
    when = _WHEN.match(text, cue.end, sentence.end) if cue.end <= sentence.end else None
    label = _INTENSIFIER.sub("", source.label) or source.label if source.kind == "person" else source.label
    when_said = _TRAILING_WHEN.search(source.span.text) if source.kind == "person" else None
    if when_said is not None and when_said.start() > 0:  # "Ali Khamenei on Tuesday rejected": the day is no name
        kept = source.span.text[:when_said.start()]
        source = replace(source, span=Span(source.span.start, source.span.start + len(kept), kept))
        label = _TRAILING_WHEN.sub("", label) or label
    return Attribution(kind=source.kind, source=source.span, cue=cue, sentence=sentence, label=label,
                       outlet_id=source.outlet_id, relative_day=when["day"].capitalize() if when else None,
                       via=source.via, phrase=_phrase(text, sentence, source.span, cue, when))


def _phrase(text: str, sentence: Span, source: Span, cue: Span, when: re.Match[str] | None) -> Span:
    """The words a reader should see: source, cue, its day and a ", citing X" clause."""
    start, end = min(source.start, cue.start), max(source.end, cue.end, when.end() if when else 0)
    citing = _CITING.match(text, end, sentence.end)
    if citing:
        np = noun_phrase_after(text, citing.end(), sentence.end)
        if np:
            end = np.end
    return Span(start, end, text[start:end])
