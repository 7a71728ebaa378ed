"""Who speaks in a follow-up's lead: the responder, a spokesperson, the person of an event.

"Russia on Saturday denied …" is Russia's statement; "Harbour board spokesman Tomas Quell
denied …" is Quell's, who speaks for the board; "Iran rejects the allegations" followed by
"spokesman Nasser Kanani told reporters" is Kanani's. Read by :mod:`.followups`, which
decides what a lead's news is; this module only names who said or did it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from provenance import resources
from provenance.facts import ArticleFacts
from provenance.graph.people import NAME_RUN, clean_name, person_key
from provenance.graph.scripts import uncased_mentions
from provenance.nounphrases import not_name_openers, not_names
from provenance.textspans import word_pattern


def actor(before: str, people: Mapping[str, str], first: bool = False) -> str | None:
    """Who did what the event verb says: the name nearest before it. A surname the pile
    gives in full ("Strache" -> "Heinz-Christian Strache") first, else the last full name
    (two capitalised words or more): "Video-Affäre in Österreich Strache tritt zurück" and
    "Il vicecancelliere austriaco Heinz-Christian Strache si è dimesso" both name Strache.
    With ``first``, the text after the verb is read from its start, for a subject after its
    verb ("… gab Strache am Samstag seinen Rücktritt bekannt", Arabic verb-first order)."""
    words = before.split()
    known = known_person(words if first else words[::-1], people)
    if known is not None:
        return known
    runs = [clean_name(run.group(0)) for run in NAME_RUN.finditer(before)]
    names = [name for name in runs if name and len(name.split()) >= 2]
    return (names[0] if first else names[-1]) if names else None


def known_person(words: list[str], people: Mapping[str, str]) -> str | None:
    """The full name of the first word, in the order given, that is a surname the pile knows,
    also when written in a script without capitals ("شتراخه": scripts.py)."""
    for word in words:
        key = person_key(word.strip(",.;:()«»\"'’"))
        if len(key) >= 4 and key in people:
            return people[key]
        found = next(uncased_mentions(word, 0, len(word), people), None)
        if found is not None:
            return people[found[2]]
    return None


def responder(fact: ArticleFacts, sentence_start: int, verb_start: int, before: str,
              after: str = "") -> str | None:
    """The first person attributed in the subject after the dateline, else the first person's
    full name in it (the spokesman who speaks for a group; "Reuters reports: President Donald
    Trump denied" is Trump's denial, Reuters only reports it), else an outlet attributed
    there, else the subject's leading capitalised words ("Russia on Saturday denied" -> "Russia")."""
    dateline = _DATELINE_END.match(before)
    subject_start = sentence_start + (dateline.end() if dateline else 0)
    named = [a for a in fact.attributions
             if subject_start <= a.source.start < verb_start and a.kind in ("person", "outlet")]
    people = [a for a in named if a.kind == "person"]  # one who says, before one who only wants
    speaker = next((a for a in people if a.cue is None or not stance_cue(a.cue.text)), people[0] if people else None)
    if speaker is not None and full_name(without_time(speaker.label)):
        return without_time(speaker.label)
    subject = without_time(before)
    person = next((name for run in NAME_RUN.finditer(subject) if (name := full_name(run.group(0)))), None)
    if person is not None:  # "Taliban spokesman Zabihullah Mujahid", "Der Sprecher der Taliban, Suhail Schahin,"
        return person
    spokesperson = spokesperson_after(fact, verb_start, after)
    if spokesperson is not None:  # "Iran rejected the allegations … spokesman Nasser Kanani told reporters"
        return spokesperson
    if speaker is not None:  # a body or a country speaks ("Russia on Saturday denied")
        return without_time(speaker.label)
    if named:  # an outlet that answers ("CNN denied ..."), when no person speaks in the subject
        return without_time(named[0].label)
    subject = _leading_name(subject)
    return subject if subject and len(subject.split()) <= 8 else None


def stance_cue(cue: str) -> bool:
    """Whether a cue is a verb of wanting, believing, hoping or fearing (``stance_verbs`` in
    data/followups.json): "Putin wants to disrupt the summit, Kuleba said" tells what Kuleba
    said of Putin, not words of Putin's."""
    return _stance_verbs().search(cue) is not None


@cache
def _stance_verbs() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["stance_verbs"])


def full_name(label: str) -> str | None:
    """The person's name of two words or more a label gives ("Ali Khamenei"); None for a body
    ("Iran", "the Kremlin") or a lone surname."""
    name = clean_name(label)
    return name if name is not None and len(name.split()) >= 2 else None


#: How far after the lead's verb a spokesperson who speaks for the responder may be named.
SPOKESPERSON_REACH = 600
#: How far before a name its role may stand, set off by a comma ("A spokesman for the
#: harbour board, Tomas Quell, said"): the extractor's label is then the name alone.
ROLE_BEFORE_NAME = 60


def spokesperson_after(fact: ArticleFacts, after: int, claim: str = "") -> str | None:
    """A person the next lines quote as a spokesperson ("foreign ministry spokesman Nasser
    Kanani tells reporters"): when the lead's subject names a country or a body, not a
    person, the statement it reports is the spokesperson's. Not the spokesperson of a party
    the lead names only in the claim it answers (``claim``, the lead after its verb): in
    "Russia denounced a report that its spies paid Taliban-linked militants", a "Taliban
    spokesman" further down speaks for the Taliban, not for Russia."""
    text = fact.identified.cleaned.document.text
    accused = {word.casefold() for word in _CAPITALISED.findall(claim)}
    for attribution in fact.attributions:
        if attribution.kind != "person" or not after <= attribution.source.start < after + SPOKESPERSON_REACH:
            continue
        start = attribution.source.start
        role = text[max(attribution.sentence.start, start - ROLE_BEFORE_NAME):start]
        spokes = _spokes_words().search(attribution.label) or _spokes_words().search(role)
        if spokes is None:
            continue  # "board spokesman Tomas Quell", or "A spokesman for the board, Tomas Quell,"
        owner = spokes.string[:spokes.start()]
        if accused & {word.casefold() for word in _CAPITALISED.findall(owner)}:
            continue  # another party's spokesperson: "Taliban spokesman Mujahid Zabiullah"
        name = full_name(attribution.label) or _apposed_name(text, attribution.source.end)
        if name:
            return name
    return None


_APPOSED = re.compile(rf"\s*,\s*(?P<name>{NAME_RUN.pattern})\s*,")
#: A capitalised word, cut at a hyphen ("Taliban-linked" -> "Taliban").
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÞА-ЯЁ][^\W\d_]+")


def _apposed_name(text: str, at: int) -> str | None:
    """The full name set off by commas right after a role: "A spokesperson for the National
    Security Council, Adrienne Watson, said" -> "Adrienne Watson"."""
    found = _APPOSED.match(text, at, at + 80)
    return full_name(found["name"]) if found else None


@cache
def _spokes_words() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["spokesperson_words"], compounds=True)


_CONNECTORS = frozenset({"of", "the", "for", "and", "&", "de", "des", "du", "la", "le", "del", "der", "di", "da",
                         "von", "van", "al", "el"})


#: A subject of an article and lower-case words ("Os talibãs", "Les talibans") is a group
#: named by its common noun when it is at most this long.
GROUP_SUBJECT_WORDS = 4


#: How many lower-case words of a descriptor may stand between an article and the name they
#: describe ("The tech giants Apple and Amazon").
APPOSITION_WORDS = 3


def _leading_name(subject: str) -> str:
    """The capitalised words a subject starts with, joined by connectors ("Ministry of Defence");
    an article alone is no one: "Os talibãs negaram" is the Taliban, not "Os"; after an article
    and a descriptor, the name they describe ("De technologiereuzen Apple en Amazon")."""
    words: list[str] = []
    split = subject.split()
    opener = bool(split) and (split[0].casefold() in not_name_openers() or split[0].casefold() in _CONNECTORS)
    if opener and len(split) > 1 and not split[1][:1].isupper():  # Dutch "De" too, not "De Blasio"
        named = next((i for i, word in enumerate(split[2:APPOSITION_WORDS + 2], 2) if word[:1].isupper()), None)
        if named is not None and not any(word.casefold() in _CONNECTORS for word in split[1:named]):
            # "De technologiereuzen Apple en Amazon", "The tech giants Apple and Amazon"; not
            # "The management of French conglomerate Bouygues", whose "French" is no name
            return _leading_name(" ".join(split[named:]))
        return " ".join(split).strip(" ,") if len(split) <= GROUP_SUBJECT_WORDS else ""
    for word in split:
        if word[:1].isupper() or (words and word.casefold() in _CONNECTORS):
            words.append(word)
        else:
            break
    while words and words[-1].casefold() in _CONNECTORS:
        words.pop()
    return " ".join(words).strip(" ,")


_TIME_WORDS = re.compile(r"(?:,?\s+(?:on|am|le|el|il|в|во|w|on\s+the)\s+[\w.]+(?:,\s*\w+\s+\d{1,2})?|"
                         r",?\s+(?:today|yesterday|tonight|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|сегодня|"
                         r"вчера))+[\s,]*$", re.IGNORECASE)
#: What ends a dateline before the story's subject: "KABUL, Afghanistan – ", "MOSCOW: ".
_DATELINE_END = re.compile(r"^.*?(?:\s[-–—]\s|[A-ZÀ-Þ]{3,}\s*:\s)")


_LEADING_DAY = re.compile(r"^(?:(?:on|last|this|am|le|el|il|ce|este)\s+)?(?P<day>[^\W\d_]+)\s*,?\s+", re.IGNORECASE)


def without_time(subject: str) -> str:
    """"MOSCOW: Russia on Tuesday" -> "Russia", "On Tuesday the board" -> "the board":
    neither place nor day is the speaker."""
    subject = _DATELINE_END.sub("", subject.strip(), count=1)
    leading = _LEADING_DAY.match(subject)
    if leading is not None and leading["day"].casefold() in not_names():
        subject = subject[leading.end():]
    return _TIME_WORDS.sub("", subject).strip(" ,")
