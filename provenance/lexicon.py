"""The attribution lexicon: cue words and source phrases per language, from data files.

The bundled lexicon is the ``phrases`` of each ``provenance/data/languages/<code>.json``;
a user's file, ``{"languages": {"<code>": {...}}}``, adds entries to a language (or adds a
language). Lists are merged, never replaced, so
an extension cannot silently drop the bundled cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from provenance import resources, screening

#: A quotation opening after a speech act's verb, in the same sentence (the pattern is matched
#: within the sentence, so the lookahead never reads into the next one).
QUOTE_AHEAD = r"(?=[^\n“\"«»„]*[“\"«»„])"

#: A page's date and time heading a line, as portals print them before the source field
#: ("2022-05-04 14:43:17  来源: 封面新闻", "2023/06/27 Source: Reuters").
STAMP = r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"

_KEYS = ("verbs", "verb_adverbs", "lead_ins", "anaphora", "pronoun_cues", "vague_media",
         "anonymous", "credits", "photo_credits", "wire_signatures", "participle_cues", "pronoun_sources",
         "object_lead_ins", "anaphora_kinds", "relay_lead_ins", "outlet_verbs", "object_postpositions",
         "subject_markers", "joiners", "report_subjects", "unverified", "unverified_stems", "split_auxiliaries",
         "agent_prepositions", "byline_leads", "byline_joiners", "body_anaphora",
         "source_ends", "outlet_lead_ins",
         "not_after_verbs", "separable_particles", "addressee_articles",
         "subject_articles", "relative_pronouns", "addressee_openers", "title_case_verbs", "quoted_verbs",
         "bracket_byline_leads", "role_nouns")


class LexiconError(resources.DataFileError):
    """A user's phrase file cannot be used; the message names the file and the problem."""


_PLAIN_PHRASE = re.compile(r"[^\\()\[\]?*+|{}^$.]+")


def _trigger_words(items: list[str]) -> frozenset[str] | None:
    """The first word of every phrase, lower-cased; None if any phrase is a regular expression."""
    if not all(_PLAIN_PHRASE.fullmatch(item) for item in items):
        return None
    return frozenset(item.split()[0].lower() for item in items if item.split())


_LEADING_WORD = re.compile(r"(?P<word>[^\s\\()\[\]?*+|{}^$.]+) (?P<rest>.+)")


def _with_inner_adverbs(verbs: list[str], adverbs: str) -> list[str]:
    """Compound tenses with an adverb between auxiliary and participle: "a également
    affirmé", "ha anche scritto", "hat bereits berichtet" match the entries "a affirmé",
    "ha scritto", "hat berichtet". Entries are grouped by their first word, so the adverbs
    appear once per auxiliary, not once per verb."""
    single: list[str] = []
    by_first: dict[str, list[str]] = {}
    for verb in verbs:
        match = _LEADING_WORD.fullmatch(verb)
        if match:
            by_first.setdefault(match["word"], []).append(match["rest"])
        else:
            single.append(verb)
    grouped = [rf"{word}(?:\s+(?:{adverbs}))*\s+(?:{_alternation(rests)})" for word, rests in sorted(by_first.items())]
    return [*single, *grouped]


def _alternation(items: Iterable[str]) -> str:
    """Longest first, so "has reported" is tried before "reported"; an empty list matches nothing."""
    return "|".join(sorted(set(items), key=lambda item: (-len(item), item))) or "(?!)"


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns of one language."""

    language: str
    verb_cue: re.Pattern[str]
    lead_in: re.Pattern[str]
    anaphor: re.Pattern[str]
    pronoun_cues: frozenset[str]
    vague_media: re.Pattern[str]
    anonymous: re.Pattern[str]
    credit_line: re.Pattern[str]
    photo_credit: re.Pattern[str]
    wire_signatures: tuple[tuple[re.Pattern[str], str], ...] = ()
    participle_cue: re.Pattern[str] | None = None
    pronoun_sources: frozenset[str] = frozenset()
    object_lead_in: re.Pattern[str] | None = None
    anaphora_kinds: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()
    relay: re.Pattern[str] | None = None
    outlet_verb: re.Pattern[str] | None = None
    #: Words after an outlet's name that make it the addressee ("Reuters'a konuşan", "a Reuters
    #: hírügynökségnek nyilatkozva"): the conduit cues of languages that mark them after the name.
    object_postposition: re.Pattern[str] | None = None
    #: Lower-cased words one of which a sentence must contain for the pattern to match
    #: (None: the list has regular-expression syntax, so the pattern is always tried).
    #: Most sentences contain no reporting verb: a set lookup spares them the regex.
    verb_words: frozenset[str] | None = None
    outlet_verb_words: frozenset[str] | None = None
    #: The same for lead-ins, read from regular expressions too (:mod:`provenance.screening`),
    #: looked up among a sentence's words in their screen form.
    lead_in_words: frozenset[str] | None = None
    object_lead_in_words: frozenset[str] | None = None
    #: Lead-ins that take a registered outlet only and credit it ("(via Reuters)"): a source,
    #: not an outlet spoken to; a platform after them ("said via Twitter") is no one.
    outlet_lead_in: re.Pattern[str] | None = None
    outlet_lead_in_words: frozenset[str] | None = None
    #: A run of the language's verb adverbs, matched where an inverted verb ends ("déclarait
    #: alors Michel Julien"): the speaker's name starts after it.
    adverb_run: re.Pattern[str] | None = None
    #: Whether words stand apart: Chinese and Japanese run words together and Korean glues
    #: particles to names ("연합뉴스가"), so their cues are matched without word boundaries.
    spaced: bool = True
    #: Whether names are capitalised: in Arabic, Persian, Chinese, Japanese and Korean a source
    #: is found as a registered name beside a cue, not as a capitalised noun phrase.
    capitals: bool = True
    #: Particles that, right after a name, make it the subject of a verb far after it
    #: (Japanese "は", "が"; Korean "은", "는", "이", "가").
    subject_marker: re.Pattern[str] | None = None
    #: What joins two names that share a cue ("조선중앙통신과 노동신문은", "路透社和法新社").
    joiner: re.Pattern[str] | None = None
    #: Words that make the subject of a learned stance cue a report ("the report shocked",
    #: "photos in the newspaper show"), not the outlet acting ("the agency apologised").
    report_subject: re.Pattern[str] | None = None
    #: What an agency writes after its own name when it could not check a claim ("Reuters
    #: could not independently verify"): the page carries that agency's copy.
    unverified: re.Pattern[str] | None = None
    #: Word stems one of which a text must contain for ``unverified`` to be tried ("verif", "prüf").
    unverified_screen: re.Pattern[str] | None = None
    #: The auxiliary of a compound tense that puts its subject between itself and the
    #: participle after a fronted phrase ("Zuvor hatte der Spiegel berichtet", "Eerder had
    #: de Volkskrant gemeld"): German and Dutch word order.
    split_auxiliary: re.Pattern[str] | None = None
    #: What opens the agent of a participle used as an adjective ("die vom Spiegel
    #: veröffentlichten Dokumente", "de door de Volkskrant gepubliceerde documenten"), ending
    #: where the outlet's name starts (a role noun between): the outlet is the verb's source.
    agent_preposition: re.Pattern[str] | None = None
    #: A byline line: its lead ("By", "Por", "Autor:") and the names after it (``who``).
    byline: re.Pattern[str] | None = None
    #: What joins the names of a byline ("and", "e", "und"), besides commas.
    byline_joiner: re.Pattern[str] | None = None
    #: A named body's common noun standing for it ("the court", "la Cour", "o Tribunal
    #: Superior", "the ministry"), matched at the end of a noun phrase: one pattern, each
    #: entry a group whose head words a body's name must contain to be its referent.
    body_anaphor: re.Pattern[str] | None = None
    #: The head words of each pattern of ``body_anaphor``, by its group ``b0``, ``b1``, ...
    body_heads: tuple[frozenset[str], ...] = ()
    #: Where a source's noun phrase ends before the place or medium of its words ("rapporte
    #: LCI sur son compte Twitter", "a indiqué Le Monde dans son édition de lundi", "informó
    #: Telemundo en su sitio web"): English's "on", "in" end one in every language already.
    source_end: re.Pattern[str] | None = None
    #: A separable reporting verb split round its subject, German and Dutch ("teilte das
    #: Ministerium am Montag mit", "maakte het ministerie bekend"): its finite part, at least
    #: one word, its particle closing the clause (:mod:`provenance.attribution.separable`).
    separable_verb: re.Pattern[str] | None = None
    #: The (finite part, particle) pairs of the verb entries the pattern is built from, lower-cased.
    separable_pairs: frozenset[tuple[str, str]] = frozenset()
    #: The finite parts, one of which a sentence must contain for the pattern to be tried.
    separable_words: frozenset[str] = frozenset()
    #: Articles and prepositions that open an addressee ("teilte dem Spiegel mit", "a déclaré
    #: Jean Dupont à l'AFP", "dijo a la agencia EFE el portavoz"): no subject.
    addressee_articles: frozenset[str] = frozenset()
    #: What opens a sentence whose outlet before the verb is spoken to when a subject follows
    #: the verb ("Об этом ТАСС сообщил источник": a source told TASS), matched whole.
    addressee_opener: re.Pattern[str] | None = None
    #: Speech acts that are reporting verbs only before a quotation (``quoted_verbs``:
    #: "apologised to Y for “…”", "a présenté ses excuses"): matched within a cue's text, they
    #: make the speaker an actor in the story, whose words the page quotes, not its source.
    quoted_act: re.Pattern[str] | None = None
    #: A byline header in lenticular brackets, its role word before a slash ("【文/观察者网 张晨静】"):
    #: the writer and the outlet (``who``), as Chinese portals head an article.
    bracket_byline: re.Pattern[str] | None = None
    #: Subject relative pronouns that, after an outlet's name and its comma, are that outlet
    #: ("la agencia AP, que citó"): the language's own, beside those every language shares.
    relative_pronouns: frozenset[str] = frozenset()
    #: Articles that open a subject ("Die Polizei teilte … mit"), unlike a fronted
    #: adverbial's preposition ("Am Montag teilte … mit").
    subject_articles: frozenset[str] = frozenset()
    #: Nouns for a person's office or trade in lower case ("président", "papa", "prezydent"): one
    #: of them before a single capitalised word makes that word a person's name ("le président
    #: Macron"), where a lone capitalised word after other lower-case words may be a company or a
    #: place ("la société Apple"). English's roles are in the extractor's own role pattern.
    role_nouns: frozenset[str] = frozenset()

    def kinds_for(self, anaphor: str) -> frozenset[str] | None:
        """Outlet kinds an anaphor can refer to; None when any kind will do ("the report")."""
        bare = re.sub(r"[’']s$", "", anaphor)
        return next((kinds for pattern, kinds in self.anaphora_kinds if pattern.fullmatch(bare)), None)

    @classmethod
    def compile(cls, language: str, entries: dict[str, list[Any]], spaced: bool = True,
                capitals: bool = True) -> Lexicon:
        flags = re.IGNORECASE
        adverbs = _alternation(entries["verb_adverbs"])
        verbs = _alternation(_with_inner_adverbs(entries["verbs"], adverbs) if spaced and adverbs else entries["verbs"])
        if entries.get("title_case_verbs"):  # a headline in title case: "Glenn Beck Says Trump Poses a Threat"
            verbs += rf"|(?:{_alternation(entries['title_case_verbs'])})(?=\s+[A-Z“\"‘'])"
        # "X apologised to Y for “…”": a speech act whose words the sentence quotes
        acts = _with_inner_adverbs(entries["quoted_verbs"], adverbs) if spaced and adverbs else entries["quoted_verbs"]
        if acts:
            verbs += rf"|(?:{_alternation(acts)}){QUOTE_AHEAD}"
        edge, start, gap = (r"\b", r"(?<![\w-])", r"\s+") if spaced else ("", "", r"\s*")
        # what makes a reporting verb another verb: Polish "podał się do dymisji" (resigned)
        not_after = rf"(?!{gap}(?:{_alternation(entries['not_after_verbs'])}))" if entries["not_after_verbs"] else ""
        auxiliaries = r"(?:(?:has|have|had|did|does|do|will|would|could|may|might)(?:n[’']t)?\s+)?" if spaced else ""
        triggers = _trigger_words if spaced else lambda items: None  # unspaced text has no words to look up
        lead_triggers = screening.lead_in_triggers if spaced else lambda items: None
        return cls(
            language=language,
            verb_cue=re.compile(rf"{edge}{auxiliaries}(?:(?:{adverbs})\s+)*(?-i:(?P<verb>{verbs})){edge}{not_after}",
                                flags),
            lead_in=re.compile(rf"{start}(?P<lead>{_alternation(entries['lead_ins'])}){gap}", flags),
            anaphor=re.compile(rf"(?:{_alternation(entries['anaphora'])})(?:'s)?", flags),
            pronoun_cues=frozenset(cue.lower() for cue in entries["pronoun_cues"]),
            vague_media=re.compile(rf"(?:{_alternation(entries['vague_media'])})", flags),
            anonymous=re.compile(rf"(?:{_alternation(entries['anonymous'])})", flags),
            credit_line=re.compile(
                rf"^\s*(?:{STAMP}\s*[|·]?\s*)?\(?(?P<lead>{_alternation(entries['credits'])})(?:(?<=[:：])|(?!\w))\s*(?P<sep>[:\-–—])?\s*"
                # the credited piece's date may follow in brackets: "Source: Reuters (4 March 2023)"
                rf"(?P<who>[^()\n]{{2,80}}?)\)?\s*(?:\([^()\n]{{0,30}}\d[^()\n]{{0,30}}\)\s*)?[.]?$",
                flags),
            photo_credit=re.compile(
                rf"[(\[]\s*(?:{_alternation(entries['photo_credits'])})\s*[:=]\s*(?P<who>[^()\[\]\n]{{2,60}})[)\]]"
                rf"|(?:^|(?<=[.!?]\s))(?:{_alternation(entries['photo_credits'])})\s*:\s*(?P<who2>[^\n]{{2,60}})$"
                rf"|[(\[](?P<who3>(?:[\w.&-]+\s+){{1,2}}(?:{_alternation(entries['photo_credits'])})\s*/\s*[^()\[\]\n]{{2,60}})[)\]]",
                flags | re.MULTILINE),
            wire_signatures=tuple((re.compile(item["pattern"], flags), item["outlet"])
                                  for item in entries["wire_signatures"]),
            participle_cue=re.compile(rf"(?<=,\s)(?-i:(?P<verb>{_alternation(entries['participle_cues'])}))\b")
            if entries["participle_cues"] else None,
            pronoun_sources=frozenset(p.lower() for p in entries["pronoun_sources"]),
            outlet_verb=re.compile(rf"{edge}{auxiliaries}(?:(?:{adverbs})\s+)*"
                                   rf"(?-i:(?P<verb>{_alternation(entries['outlet_verbs'])})){edge}",
                                   flags) if entries["outlet_verbs"] else None,
            relay=re.compile(rf"{start}(?:{_alternation(entries['relay_lead_ins'])})(?![\w-])" if spaced
                             else rf"(?:{_alternation(entries['relay_lead_ins'])})", flags)
            if entries["relay_lead_ins"] else None,
            anaphora_kinds=tuple((re.compile(item["pattern"], flags), frozenset(item["kinds"]))
                                 for item in entries["anaphora_kinds"]),
            object_postposition=re.compile(
                rf"(?P<lead>{_alternation(entries['object_postpositions'])})" + (r"(?![\w-])" if spaced else ""),
                flags) if entries["object_postpositions"] else None,
            verb_words=triggers([*entries["verbs"], *entries["quoted_verbs"]]),
            quoted_act=re.compile(rf"{edge}(?:{_alternation(acts)}){edge}", flags) if acts else None,
            bracket_byline=re.compile(rf"【\s*(?:{_alternation(entries['bracket_byline_leads'])})\s*[/／]\s*"
                                      r"(?P<who>[^】\n]{2,40})】") if entries["bracket_byline_leads"] else None,
            outlet_verb_words=triggers(entries["outlet_verbs"]),
            lead_in_words=lead_triggers(entries["lead_ins"]),
            object_lead_in_words=lead_triggers(entries["object_lead_ins"]),
            outlet_lead_in_words=lead_triggers(entries["outlet_lead_ins"]),
            adverb_run=re.compile(rf"\s*(?:(?:{adverbs})(?![\w-])\s*)+", flags) if spaced and entries["verb_adverbs"]
            else None,
            spaced=spaced,
            capitals=capitals,
            subject_marker=re.compile(_alternation(entries["subject_markers"])) if entries["subject_markers"] else None,
            joiner=re.compile(rf"\s*(?:{_alternation(entries['joiners'])})\s*") if entries["joiners"] else None,
            report_subject=re.compile(rf"{edge}(?:{_alternation(entries['report_subjects'])}){edge}", flags)
            if entries["report_subjects"] else None,
            unverified=re.compile(rf"(?<=\s)(?:{_alternation(entries['unverified'])}){edge}", flags)
            if entries["unverified"] else None,
            unverified_screen=re.compile(_alternation(re.escape(stem) for stem in entries["unverified_stems"]), flags)
            if entries["unverified_stems"] else None,
            **_phrase_shapes(entries, flags, edge, start, gap),
        )

    @staticmethod
    def may_match(triggers: frozenset[str] | None, words: frozenset[str]) -> bool:
        """Whether a pattern with these trigger words can match a sentence with these words."""
        return triggers is None or not triggers.isdisjoint(words)


def _phrase_shapes(entries: dict[str, list[Any]], flags: re.RegexFlag, edge: str, start: str,
                   gap: str) -> dict[str, Any]:
    """The patterns of a phrase's shape around its cue, for :meth:`Lexicon.compile`: lead-ins
    of outlets only, German and Dutch split verbs and agents, bylines, a body's common noun,
    where a source ends."""
    def optional(key: str, pattern: str) -> re.Pattern[str] | None:
        return re.compile(pattern, flags) if entries[key] else None

    return {
        "object_lead_in": optional("object_lead_ins",
                                   rf"{start}(?P<lead>{_alternation(entries['object_lead_ins'])}){gap}"),
        "outlet_lead_in": optional("outlet_lead_ins",
                                   rf"{start}(?P<lead>{_alternation(entries['outlet_lead_ins'])}){gap}"),
        "split_auxiliary": optional("split_auxiliaries",
                                    rf"{edge}(?:{_alternation(entries['split_auxiliaries'])}){edge}"),
        "agent_preposition": optional("agent_prepositions",
                                      rf"{edge}(?:{_alternation(entries['agent_prepositions'])})\s+(?:[\w-]+\s+)?$"),
        # a list's bullet may stand before it in a scrape ("- By Ana Lind and Tomas Quell", "• Por …")
        "byline": optional("byline_leads", rf"\s*(?:[-–—•·*]\s*)?(?P<lead>{_alternation(entries['byline_leads'])})"
                                           r"(?:(?<=:)\s*|\s+)"
                                           r"(?P<who>\S.{2,140}?)\s*"),
        "byline_joiner": re.compile(rf"\s*(?:,|;|\s(?:{_alternation(entries['byline_joiners'])})\s)\s*", flags),
        "body_anaphor": optional("body_anaphora", start + "(?:" + "|".join(
            f"(?P<b{i}>{item['pattern']})" for i, item in enumerate(entries["body_anaphora"])) + ")$"),
        "body_heads": tuple(frozenset(head.casefold() for head in item["heads"]) for item in entries["body_anaphora"]),
        "relative_pronouns": frozenset(word.casefold() for word in entries["relative_pronouns"]),
        "role_nouns": frozenset(word.casefold() for word in entries["role_nouns"]),
        "addressee_articles": frozenset(word.lower() for word in entries["addressee_articles"]),
        "addressee_opener": optional("addressee_openers", rf"\s*(?:{_alternation(entries['addressee_openers'])})\s*"),
        "source_end": optional("source_ends", rf"\s+(?:{_alternation(entries['source_ends'])})(?![\w-])"),
        **_separable_verbs(entries, flags),
    }


#: Words a separable verb's finite part and its particle may have between them.
SEPARABLE_SPAN_WORDS = 12


def _separable_verbs(entries: dict[str, list[Any]], flags: re.RegexFlag) -> dict[str, Any]:
    """The split form of every plain two-word verb entry ending in a separable particle
    ("teilte mit"): the finite part, one to :data:`SEPARABLE_SPAN_WORDS` words inside one
    clause, the particle before a clause's end."""
    particles = {particle.lower() for particle in entries["separable_particles"]}
    pairs = frozenset((verb.split()[0].lower(), verb.split()[1].lower()) for verb in entries["verbs"]
                      if _PLAIN_PHRASE.fullmatch(verb) and len(verb.split()) == 2
                      and verb.split()[1].lower() in particles)
    if not pairs:
        return {}
    finites = _alternation(re.escape(finite) for finite, _ in pairs)
    ends = _alternation(re.escape(particle) for _, particle in pairs)
    pattern = (rf"(?<![\w-])(?P<finite>{finites})(?:\s+[^\s,;:.!?„“”\"«»()]+){{1,{SEPARABLE_SPAN_WORDS}}}?"
               rf"\s+(?P<particle>{ends})(?![\w-])(?=\s*(?:[,;:.!?)\"“”„«»]|$))")
    return {"separable_verb": re.compile(pattern, flags), "separable_pairs": pairs,
            "separable_words": frozenset(finite for finite, _ in pairs),
            "subject_articles": frozenset(word.lower() for word in entries["subject_articles"])}


#: Compiled lexicon sets kept per process, by the user files' paths, sizes and times.
LEXICON_SETS_KEPT = 8


def load_lexicons(extra_files: Iterable[Path] = ()) -> Mapping[str, Lexicon]:
    """Every language's lexicon, the user's phrase files merged in (:class:`Lexicons`: each
    compiled when first asked for).

    Compiling the 29 bundled lexicons takes about two seconds, far more than tracing a small
    pile: a notebook or a test suite that traces many piles compiles them once. A user file
    edited between two calls (another size or modification time) is read again.
    """
    paths = tuple(Path(path) for path in extra_files)
    return _compiled_lexicons(tuple((str(path), *_stamp(path)) for path in paths)).shared()


class Lexicons(Mapping[str, Lexicon]):
    """The lexicons by language, each compiled the first time it is asked for.

    A corpus is mostly in a few languages, and compiling all 29 costs about 1.6 s in the
    parent before the workers fork, while they wait (the realistic corpus reads English
    alone: 0.2 s). Each worker compiles what it reads; a language asked for again gets the
    same object (the sentence memo is kept per lexicon). The languages a user's phrase file
    adds to are compiled when it is loaded, so that a bad pattern fails the run at once.
    """

    def __init__(self, entries: dict[str, dict[str, list[Any]]], writing: dict[str, dict[str, Any]],
                 compiled: dict[str, Lexicon] | None = None) -> None:
        self._entries = entries
        self._writing = writing
        self._compiled: dict[str, Lexicon] = {} if compiled is None else compiled

    def shared(self) -> Lexicons:
        """Another mapping of the same lexicons, compiled once for both (each caller its own object)."""
        return Lexicons(self._entries, self._writing, self._compiled)

    def __getitem__(self, language: str) -> Lexicon:
        compiled = self._compiled.get(language)
        if compiled is None:
            compiled = self._compiled[language] = _compiled(language, self._entries[language],
                                                            self._writing.get(language, {}))
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError:
        return (-1, -1)  # unreadable: read_user_file names the problem when it is read
    return (status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=LEXICON_SETS_KEPT)
def _compiled_lexicons(files: tuple[tuple[str, int, int], ...]) -> Lexicons:
    merged: dict[str, dict[str, list[Any]]] = {}
    extra_files = [Path(name) for name, _, _ in files]
    bundled = {"languages": {code: data["phrases"] for code, data in resources.languages().items()
                             if "phrases" in data}}
    writing = {code: data.get("writing", {}) for code, data in resources.languages().items()}
    extended: set[str] = set()
    for index, (data, label) in enumerate([(bundled, "provenance/data/languages"),
                                           *((resources.read_user_file(path, "phrase"), str(path))
                                             for path in extra_files)]):
        for language, entries in _languages(data, label).items():
            target = merged.setdefault(language, {key: [] for key in _KEYS})
            for key in _KEYS:
                target[key] = [*target[key], *entries.get(key, [])]
            if index:
                extended.add(language)
    lexicons = Lexicons(dict(sorted(merged.items())), writing)
    for language in sorted(extended):  # a user's pattern is checked now, not in a worker
        lexicons[language]
    return lexicons


def _compiled(language: str, entries: dict[str, list[Any]], writing: dict[str, Any]) -> Lexicon:
    """One language's lexicon, or :class:`LexiconError` naming what a phrase file got wrong."""
    try:
        return Lexicon.compile(language, entries, **writing)
    except re.error as error:
        raise LexiconError(f"a phrase pattern is not a valid regular expression: {error}") from None
    except (KeyError, TypeError):
        raise LexiconError("each wire signature needs a 'pattern' and an 'outlet', each anaphora kind a 'pattern' "
                           "and 'kinds', each body anaphor a 'pattern' and 'heads'") from None


def _languages(data: Any, label: str) -> dict[str, dict[str, list[Any]]]:
    languages = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(languages, dict):
        raise LexiconError(f"{label}: expected {{\"languages\": {{\"en\": {{...}}}}}}")
    for language, entries in languages.items():
        if not isinstance(entries, dict) or not all(
                isinstance(entries.get(key, []), list) for key in _KEYS):
            raise LexiconError(f"{label}: language {language!r} must map each key to a list of patterns")
    return languages
