"""Stage 4, attributions: every place an article credits a source.

Cue first, then source: the extractor finds reporting verbs ("reported", "said") and
lead-ins ("according to", "citing", "a report in"), takes the noun phrase next to each,
and classifies it: a registered outlet (names, aliases, short forms such as "the Post"
once the outlet was named, anaphora such as "the newspaper"), a person or institution,
an anonymous source, or vague media ("US media"). Datelines, foot credits and photo
credits are read from their own lines (:mod:`provenance.credits`). Offsets index into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from provenance import language, stance
from provenance.credits import line_attributions
from provenance.lexicon import Lexicon
from provenance.models import Attribution, CleanedDocument, Span
from provenance.nounphrases import (
    LEADING_NOISE,
    MAX_SOURCE_WORDS,
    noun_phrase_after,
    noun_phrase_before,
    strip_span,
)
from provenance.outlets import Outlet, OutletMention, Registry
from provenance.stance import StanceModel
from provenance.textspans import sentences

#: Words of a sentence as the lexicon's trigger words are written ("d'après", "co-wrote").
_SENTENCE_WORD = re.compile(r"[\w'’ʼ-]+")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
_WHEN = re.compile(rf"\s*(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?(?:(?:late|early)\s+)?(?P<day>{_WEEKDAY})\b"
                   rf"(?:\s+(?:night|morning|evening|afternoon))?", re.IGNORECASE)
_CITING = re.compile(r",?\s*citing\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:he|she|they|we|i|it|them|him|her|you|this|that|these|those|which|who|one)", re.IGNORECASE)
#: "and" in the languages of the lexicons: "Reuters and the BBC", "Der Spiegel en de Süddeutsche Zeitung"
#: name two outlets, not a person at the first ("Fox News' Megyn Kelly").
_CONJUNCTION = (r"(?:and|or|und|oder|et|ou|y|e|o|i|oraz|lub|albo|și|şi|si|sau|és|vagy|meg|en|ve|veya|ile|ili|te|ni|"
                r"и|і|та|или)")
_PERSON_AFTER = re.compile(rf"(?:[’']s?)?\s+(?:(?!{_CONJUNCTION}\s)[a-z-]+\s+){{0,3}}(?:[A-Z][\w.'’-]+\s+)*"
                           r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)[A-Z][a-z][\w'’-]*\s*$")
_JOINED = re.compile(rf"(?<!\w){_CONJUNCTION}(?!\w)", re.IGNORECASE)
_NAME_JOINERS = frozenset({"the", "of", "for", "and", "de", "van", "von", "al", "bin", "la", "le", "da", "del"})
_ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "asked", "asks"})
_SPEAKER_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my",
                                   "some", "several", "two", "three", "many", "this", "that", "each"})
_INVERTED_NOT_SPEAKER = re.compile(rf"(?:{_WEEKDAY}|tonight|last|this (?:week|month|year)|earlier|later|then|"
                                   r"recently|again|also|once|twice|it|[a-z]+ly)\b", re.IGNORECASE)
#: The closing mark of a quotation right before a verb ('…,” said', "…?'' asked"): the verb's subject follows it.
_AFTER_QUOTE = re.compile(r"[”\"’']\s*$")
#: What stands before an inverted verb: a comma or a closing quote ('…,” reported Reuters'), or a dash, as
#: Polish, Croatian, Hungarian and Russian set off the reporting clause ('… – podała agencja Reuters').
_BEFORE_INVERTED = re.compile(r"(?:[,”\"’'—–]|\s-)\s*$")
#: A title in quotation marks: Polish, Croatian, Serbian and Romanian quote a paper's name after a common
#: noun ('dziennik "Bild"', 'tygodnik „Der Spiegel”'), and a straight quote ends the noun phrase before it.
_QUOTED_TITLE = re.compile(r"\s*[\"„“«](?P<title>[^\"„“”«»\n]{1,60}?)[\"”“»]")
_CLOSING_QUOTE = re.compile(r"[\"”»]\s*$")
#: A one-word name with a Turkish case ending after an apostrophe ("NTV'nin", "Musk'a"); English "'s" stays.
_CASE_SUFFIX = re.compile(r"(?P<name>[^\W\d_][\w.&-]*)[’'](?!s$)[^\W\d_]{1,4}")
_CLAUSE_START = re.compile(r"[,;:]\s*(?=[^,;:]*$)")
_WORD_END = re.compile(r"\S+")
#: At most this many words after a lead-in are searched for an outlet when the phrase runs on.
_OPENING_WORDS = 5
_RELATIVE_LINK = re.compile(r"\s*,?\s*(?P<pronoun>who|which|that)\s*$", re.IGNORECASE)
_CHAIN_KINDS = frozenset({"outlet", "person", "anonymous", "vague-media"})
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:this|has|was|is|always|perhaps|thus|as|news|its|his|us|yes|less|unless|"
                             r"whereas|press|business|kiss)\b)(?:[a-z][\w-]*s|government|staff|management|board|union|"
                             r"leadership|spokes(?:man|woman|person)|official|reporter|editor|journalist|columnist|"
                             r"correspondent|host|anchor|analyst|survey|poll|team)\b")
#: Words that open a noun phrase and never name a source on their own.
_DETERMINERS = frozenset({"such", "this", "that", "these", "those", "there", "here", "which", "what"})
_NOT_SUBJECT = (r"(?:While|Rather|But|And|As|If|When|After|Before|Although|Though|So|Yet|Then|The|A|An|Such|"
                r"This|That|These|Those|There|Here|In|On|At|For|With|According|Earlier|Later|Also)\s")
_SUBJECT = re.compile(rf"[“\"‘']?(?!{_NOT_SUBJECT})"
                      r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
                      r"|He|She|They|We|I|It)(?=\s+(?:[a-z]|on\s|in\s))")
#: Speaker labels that make an article a transcript (see ``_Context.transcript``).
TRANSCRIPT_LABELS = 2
_SPEAKER = re.compile(r"(?<![^\n])(?P<who>[A-Z][A-Z.'’ -]{1,30}[A-Z.])(?P<colon>:)\s")
_LEAD_IN_SPEAKER = re.compile(r"(?<![^\n])(?:And\s+)?(?:from|From)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)"
                              r"\s*(?P<colon>:)\s*$", re.MULTILINE)
_TRAILER = re.compile(r"(?:(?<![^\n])|[”\"]\s*)(?P<dash>[—–]|--)\s*"
                      r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s*$", re.MULTILINE)
_ASIDE = re.compile(r"\s*(?P<head>[^,;:“”\"]{2,80}?)(?:,\s*(?P<aside>[^,;:“”\"]{2,120}),\s*"
                    r"|\s+(?P<rel>(?:who|which|whose)\s[^,;:“”\"]{2,120}?)\s*,?\s*)")
_ANONYMITY = re.compile(r"anonymity|not to be (?:named|identified)|not authori[sz]ed|"
                        r"declined to be (?:named|identified)|on background|requested anonymity", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|minister|ministry|adviser|advisor|president|"
                   r"secretary|department|council|administration|authorit(?:y|ies)|government|chief|general|"
                   r"director|head|governor|mayor|police|prosecutors?|analysts?|experts?|sources?|diplomats?|"
                   r"lawmakers?|senators?|congressman|congresswoman|leaders?|commander|military|army|kremlin|"
                   r"white house|pentagon|office|agency|committee|court|judge|lawyer|attorney|campaign|polls?|surveys?|"
                   r"study|studies|voters|critics|supporters|opponents|observers|economists|people|residents|"
                   r"members|staff|aides|party|company|firm|group|organi[sz]ation|union|coalition|candidates?|"
                   r"statement|report|researchers|scientists|investigators|activists|protesters|democrats|"
                   r"republicans|others|many|some|most|both|all)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Context:
    """What earlier sentences named: the antecedent of "the paper", "the Post"."""

    last_outlet: Outlet | None = None
    named: tuple[Outlet, ...] = ()
    #: The article is a transcript: TRANSCRIPT_LABELS lines or more open with a speaker's
    #: label ("OKAFOR: We will…"). Elsewhere a lone "USA:" or "NEW DELHI:" is a page label
    #: or a dateline, not a speaker.
    transcript: bool = False


@dataclass(frozen=True)
class _Source:
    kind: str
    span: Span
    label: str
    outlet_id: str | None = None
    via: str | None = None


def extract(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon,
            publisher_id: str | None = None, model: StanceModel | None = None) -> tuple[Attribution, ...]:
    """All attributions of one article, in text order.

    Mentions of the article's own publisher ("Kiev - TASS" in a TASS story) never become
    the antecedent of "the newspaper": an outlet does not cite itself. ``model`` scores
    the stance cues the rules leave (:mod:`provenance.stance`); by default the bundled
    model of the lexicon's language, if there is one.
    """
    text = cleaned.document.text
    found = line_attributions(cleaned, registry, lexicon)
    model = model or stance.bundled_model(lexicon.language)
    context = _Context(transcript=len(_SPEAKER.findall(text)) >= TRANSCRIPT_LABELS)
    known: set[str] = set()  # head words of the sources so far, a feature of the model
    for sentence in sentences(text, cleaned.blocks):
        ruled = _sentence_attributions(text, sentence, registry, lexicon, context)
        if model is not None:
            ruled.extend(_learned_attributions(text, sentence, ruled, registry, lexicon, context, model, known))
            known.update(stance.head_key(a.source) for a in ruled)
        found.extend(ruled)
        context = _advance(context, text, sentence, registry, publisher_id, lexicon.spaced)
    return _nested(_deduplicated(found), lexicon.relay)


def _deduplicated(found: list[Attribution]) -> tuple[Attribution, ...]:
    unique: dict[tuple[str, int, int], Attribution] = {}
    for attribution in found:
        unique.setdefault((attribution.kind, attribution.source.start, attribution.source.end), attribution)
    return tuple(sorted(unique.values(), key=lambda a: (a.source.start, a.source.end, a.kind)))


def _nested(found: tuple[Attribution, ...], relay: re.Pattern[str] | None) -> tuple[Attribution, ...]:
    """Chains of relayed sources within a sentence, outermost first.

    "TASS, citing the Washington Post, said unnamed officials believe…": the main
    speaker (TASS, the source before the main verb) relays what it cites (the Post),
    which relays the sources inside the reported content (unnamed officials).
    """
    by_sentence: dict[int, list[Attribution]] = {}
    relays = _relays_with(relay)
    for attribution in found:
        if attribution.kind in _CHAIN_KINDS and attribution.cue is not None and attribution.role == "source":
            by_sentence.setdefault(attribution.sentence.start, []).append(attribution)
    chains: dict[int, tuple[str, ...]] = {}
    for group in by_sentence.values():
        main = next((a for a in group if not relays(a) and a.cue and a.source.start < a.cue.start), None)
        if main is None or main.cue is None:
            continue
        relayed = [a for a in group if relays(a) and a is not main]
        inner = [a for a in group if a is not main and not relays(a) and a.source.start >= main.cue.end]
        for attribution in relayed:
            chains[id(attribution)] = (main.label, attribution.label)
        for attribution in inner:
            chains[id(attribution)] = (main.label, *(a.label for a in relayed), attribution.label)
    return tuple(replace(a, chain=chains[id(a)]) if id(a) in chains else a for a in found)


def _relays_with(relay: re.Pattern[str] | None) -> Callable[[Attribution], bool]:
    """Cues that pass on another source's words: "citing X", "according to X", "quoted X"."""
    def relays(attribution: Attribution) -> bool:
        if attribution.cue is None:
            return False
        cue = attribution.cue.text
        if relay is not None and relay.fullmatch(cue):
            return True
        return cue.lower() in ("quoted", "cited") and attribution.source.start > attribution.cue.start
    return relays


def _advance(context: _Context, text: str, sentence: Span, registry: Registry,
             publisher_id: str | None, spaced: bool = True) -> _Context:
    """The outlet last named in ``sentence`` becomes the antecedent for what follows."""
    mentions = [m.outlet for m in _mentions(text, sentence, registry, spaced)
                if m.outlet.kind != "government" and m.outlet.id != publisher_id]
    mentions.extend(o for o, _ in _short_forms(text, sentence, context))
    if not mentions:
        return context
    named = context.named + tuple(o for o in mentions if o not in context.named)
    return _Context(last_outlet=mentions[-1], named=named, transcript=context.transcript)


def _short_forms(text: str, span: Span, context: _Context) -> Iterator[tuple[Outlet, Span]]:
    """"the Post" resolves only to an outlet with that short form named earlier."""
    for outlet in reversed(context.named):
        for form in outlet.short_forms:
            core = re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)
            for match in re.finditer(rf"\b[Tt]he\s+{re.escape(core)}\b(?!\s+[A-Z])", text[span.start:span.end]):
                yield outlet, Span(span.start + match.start(), span.start + match.end(), match.group(0))


def _sentence_attributions(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                           context: _Context) -> list[Attribution]:
    if not lexicon.capitals:
        return _addressees_win(_name_attributions(text, sentence, registry, lexicon, context))
    present = frozenset(word.lower() for word in _SENTENCE_WORD.findall(text, sentence.start, sentence.end))
    found = (_verb_attributions(text, sentence, registry, lexicon, context)
             if lexicon.may_match(lexicon.verb_words, present) else [])
    if lexicon.may_match(lexicon.outlet_verb_words, present):
        found.extend(_outlet_actions(text, sentence, registry, lexicon, context))
    found.extend(_participle_attributions(text, sentence, registry, lexicon, context))
    found.extend(_speaker_labels(text, sentence, context.transcript))
    leads = ([(m, False) for m in lexicon.lead_in.finditer(text, sentence.start, sentence.end)]
             if lexicon.may_match(lexicon.lead_in_words, present) else [])
    if lexicon.object_lead_in is not None and lexicon.may_match(lexicon.object_lead_in_words, present):
        leads += [(m, True) for m in lexicon.object_lead_in.finditer(text, sentence.start, sentence.end)]
    for lead, outlets_only in leads:
        cue = Span(lead.start("lead"), lead.end("lead"), lead["lead"])
        for source in _lead_in_sources(text, lead.end(), sentence, registry, lexicon, context, outlets_only):
            attribution = _attribution(text, sentence, source, cue)
            found.append(replace(attribution, role="conduit") if outlets_only else attribution)
    found.extend(_postposed_conduits(text, sentence, registry, lexicon))
    if lexicon.language != "en" and lexicon.may_match(lexicon.verb_words, present):
        found.extend(_outlets_after_verbs(text, sentence, registry, lexicon, found))
    return _addressees_win(found)


def _lead_in_sources(text: str, start: int, sentence: Span, registry: Registry, lexicon: Lexicon,
                     context: _Context, outlets_only: bool) -> list[_Source]:
    """The sources named after a lead-in ("according to X") or, with ``outlets_only``, the outlet a
    conduit cue names ("told X")."""
    np = noun_phrase_after(text, start, sentence.end)
    verb = lexicon.verb_cue.search(text, np.start, np.end) if np else None
    if np and verb and verb.start() > np.start and not verb["verb"].endswith("s"):  # "…publication warned"
        np = strip_span(text, np.start, verb.start())
    if np is None:
        title = _QUOTED_TITLE.match(text, start, sentence.end)  # 'według "Bild"'
        if title is not None:
            return _quoted_outlets(text, [title], registry)
    if outlets_only:
        source = _classify(text, np, registry, lexicon, context) if np else None
        if source and np and np.start + 4 < source.span.start < np.end:  # "told reporters he reads X"
            source = None
        sources = [source] if source else []
    else:
        sources = _classify_all(text, np, registry, lexicon, context) if np else []
    if outlets_only:
        return [s for s in sources if s.kind == "outlet"]
    return sources or _opening_outlet(text, start, sentence.end, registry, lexicon, context)


def _opening_outlet(text: str, start: int, ceiling: int, registry: Registry, lexicon: Lexicon,
                    context: _Context) -> list[_Source]:
    """An outlet opening the words after a lead-in whose phrase runs on to the end of the clause.

    Dutch, German and Polish set no comma after "volgens de krant", "laut Reuters", "według
    Reutersa": the phrase after the lead-in is the whole clause ("volgens de krant zijn de
    gesprekken … afgebroken"), too long for a name or not ending in one. Its shortest opening
    of at most five words that names an outlet is taken; an anaphor only when no capitalised
    word or quotation follows it ("agencji Reuters" is Reuters, not the agency named before).
    A person is never read this way.
    """
    words = list(_WORD_END.finditer(text, start, ceiling))
    for index, word in enumerate(words[:_OPENING_WORDS]):
        np = strip_span(text, start, word.end())
        if np is None:
            continue
        following = text[word.end():word.end() + 3].lstrip()[:1]
        source = _classify(text, np, registry, lexicon, context)
        if source is None or source.kind != "outlet":
            continue
        if source.outlet_id is not None and source.via is None:
            rest = text[word.end():ceiling]
            joined = _JOINED.match(text, word.end() + len(rest) - len(rest.lstrip()))  # "de BBC en Reuters"
            longer = strip_span(text, start, words[min(index + 4, len(words) - 1)].end()) if joined else None
            return _classify_all(text, longer, registry, lexicon, context) if longer else [source]
        if following and (following.isupper() or following in "\"„“«'"):
            continue
        return [source]
    return []


def _quoted_outlets(text: str, titles: list[re.Match[str]], registry: Registry) -> list[_Source]:
    """The registered outlets among quoted titles; an unregistered title is no source we can name."""
    found = []
    for title in titles:
        for mention in registry.find_mentions(text, title.start("title"), title.end("title")):
            if mention.outlet.kind != "government":
                span = Span(mention.start, mention.end, text[mention.start:mention.end])
                found.append(_Source("outlet", span, mention.outlet.name, mention.outlet.id))
                break
    return found


def _quoted_subjects(text: str, floor: int, cue_start: int, registry: Registry) -> list[_Source]:
    """Outlets quoted right before a verb: 'Niemiecki dziennik "SZ" i tygodnik "Der Spiegel" opublikowały'.

    The closing quotation mark ends the noun phrase, which is then empty; every registered
    outlet quoted in the clause before the verb is its subject, when the clause is short.
    """
    if not _CLOSING_QUOTE.search(text, floor, cue_start):
        return []
    clause = _CLAUSE_START.search(text, floor, cue_start)
    begin = clause.end() if clause else floor
    if len(text[begin:cue_start].split()) > MAX_SOURCE_WORDS + 3:
        return []
    return _quoted_outlets(text, list(_QUOTED_TITLE.finditer(text, begin, cue_start)), registry)


def _postposed_conduits(text: str, sentence: Span, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """Outlets spoken to, where the words that make them addressees follow the name.

    Turkish and Hungarian mark the addressee after it ("Reuters'a konuşan bir yetkili", "a Reuters
    hírügynökségnek nyilatkozva"), so no lead-in can precede it; a reporting verb further on
    ("… söyledi") would otherwise take the name for its subject.
    """
    if lexicon.object_postposition is None:
        return []
    found = []
    for cue in lexicon.object_postposition.finditer(text, sentence.start, sentence.end):
        mentions = registry.find_mentions(text, max(sentence.start, cue.start() - 120), cue.start())
        mention = mentions[-1] if mentions else None
        if mention is None or mention.outlet.kind == "government" or text[mention.end:cue.start()].strip(" '’"):
            continue
        source = _Source("outlet", Span(mention.start, mention.end, text[mention.start:mention.end]),
                         mention.outlet.name, mention.outlet.id)
        cue_span = Span(cue.start("lead"), cue.end("lead"), cue["lead"])
        found.append(replace(_attribution(text, sentence, source, cue_span), role="conduit"))
    return found


def _addressees_win(found: list[Attribution]) -> list[Attribution]:
    """An outlet spoken to is not a source, though a reporting verb may read it as its subject.

    "– powiedział PAP rzecznik" (told PAP, the spokesman), "sagte der Minister im Gespräch mit
    dem ZDF", "a declarat Trump pentru CNN": the inverted verb takes the outlet after it for
    its speaker, the conduit cue for whom he spoke to; the conduit stands.
    """
    spoken_to = {(a.source.start, a.source.end) for a in found if a.role == "conduit"}
    return [a for a in found if a.role == "conduit" or (a.source.start, a.source.end) not in spoken_to]


#: Where a sentence ends inside a block the sentence splitter keeps whole ("。", "다. ", "؟").
_STOP = re.compile(r"[。！？!?؟;؛\n]|\.(?=\s|$)")
#: A comma also ends the clause a name shares with its cue where no particle marks the subject.
_STOP_OR_COMMA = re.compile(r"[。！？!?؟;؛\n,،，]|\.(?=\s|$)")
#: Spaces, brackets and quotation marks around a name: "‘조선중앙통신’", "朝鮮中央通信(KCNA)", «نيويورك تايمز».
_WRAPPING = re.compile(r"[\s\"'“”‘’«»「」『』《》〈〉()（）\[\]【】]+")
#: A name at most this many letters before its cue is bound to it (a particle: "가", "の", "에서").
_ADJACENT = 2
#: How far a name may stand after a lead-in: two words ("ذكرت صحيفة X"), or eight characters where
#: words are not spaced ("据美国《华盛顿邮报》").
_AFTER_WORDS, _AFTER_CHARS = 2, 8
#: A Latin name inside text without spaces ("CNNが", "据CNN报道"), looked up whole in the registry.
_LATIN_RUN = re.compile(r"[A-Za-z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*", re.ASCII)


def _mentions(text: str, span: Span, registry: Registry, spaced: bool) -> list[OutletMention]:
    """Registered names in a span; where words are not spaced, also names glued to other words
    ("로이터통신은", "朝鮮中央通信によると", "CNNが")."""
    found = registry.find_mentions(text, span.start, span.end)
    if spaced:
        return found
    found = [*found, *registry.find_unspaced_mentions(text, span.start, span.end)]
    for run in _LATIN_RUN.finditer(text, span.start, span.end):
        outlet = registry.by_name(run.group(0))
        if outlet is not None and not outlet.common_word:
            found.append(OutletMention(outlet, run.start(), run.end()))
    kept: list[OutletMention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _name_attributions(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                       context: _Context) -> list[Attribution]:
    """Sources in scripts without capitals (Arabic, Persian, Chinese, Japanese, Korean).

    No capital marks a name, so a source is a registered outlet (or its anaphor, or unnamed
    sources) bound to a cue. A cue after its source ("X에 따르면", "X报道", "X گزارش داد") takes
    the name right before it, else the one a particle marks as subject ("朝鮮中央通信は…と報じた"),
    else, where no particle marks subjects, the nearest in its clause; a lead-in ("据", "به گزارش",
    Arabic's verb before its subject "ذكرت") takes the name right after it. A name one cue took is
    no other cue's subject in its clause ("연합뉴스가 조선중앙통신을 인용해 보도했다").
    """
    named = _named_sources(text, sentence, registry, lexicon, context)
    if not named:
        return []
    cues: list[tuple[re.Match[str], int | str, bool, bool]] = [
        (m, 0, True, False) for m in lexicon.verb_cue.finditer(text, sentence.start, sentence.end)]
    cues += [(m, "lead", False, False) for m in lexicon.lead_in.finditer(text, sentence.start, sentence.end)]
    for pattern, before in ((lexicon.object_postposition, True), (lexicon.object_lead_in, False)):
        if pattern is not None:
            cues += [(m, "lead", before, True) for m in pattern.finditer(text, sentence.start, sentence.end)]
    stops = _STOP if lexicon.subject_marker else _STOP_OR_COMMA
    found: list[Attribution] = []
    taken: dict[int, set[str]] = {}
    for match, group, before, conduit in sorted(cues, key=lambda c: c[0].start(c[1])):
        cue = Span(match.start(group), match.end(group), match.group(group))
        floor = max((m.end() for m in stops.finditer(text, sentence.start, cue.start)), default=sentence.start)
        ceiling = next((m.start() for m in stops.finditer(text, cue.end, sentence.end)), sentence.end)
        clause = taken.setdefault(floor, set())
        source = (_bound_before(text, named, floor, cue.start, lexicon, clause, conduit) if before
                  else _bound_after(text, named, cue.end, ceiling, lexicon.spaced))
        for joined in _joined(text, named, source, lexicon, before):
            clause.add(joined.label)
            attribution = _attribution(text, sentence, joined, cue)
            found.append(replace(attribution, role="conduit") if conduit else attribution)
    return found


def _named_sources(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                   context: _Context) -> list[_Source]:
    """Registered outlets named in a sentence, anaphora of outlets named before, unnamed and vague sources."""
    found = [_Source("person" if m.outlet.kind == "government" else "outlet", Span(m.start, m.end, text[m.start:m.end]),
                     m.outlet.name, m.outlet.id) for m in _mentions(text, sentence, registry, lexicon.spaced)]
    for kind, pattern in (("anaphor", lexicon.anaphor), ("anonymous", lexicon.anonymous),
                          ("vague-media", lexicon.vague_media)):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            span = strip_span(text, match.start(), match.end())
            if span is None or any(_overlap(span, other.span) for other in found):
                continue
            source = _anaphor_source(span, found, registry, lexicon, context) if kind == "anaphor" \
                else _Source(kind, span, span.text)
            if source is not None:
                found.append(source)
    return sorted(found, key=lambda source: source.span.start)


def _anaphor_source(span: Span, found: list[_Source], registry: Registry, lexicon: Lexicon,
                    context: _Context) -> _Source | None:
    """"同通信", "통신은", "الوكالة": the outlet of its kind named last, earlier in the sentence or before it."""
    kinds = lexicon.kinds_for(span.text)
    here = [registry.get(s.outlet_id) for s in found if s.kind == "outlet" and s.outlet_id and s.span.end <= span.start]
    earlier = [*context.named, *([context.last_outlet] if context.last_outlet else []), *(o for o in here if o)]
    referent = next((o for o in reversed(earlier) if kinds is None or o.kind in kinds), None)
    if referent is None:
        return None
    return _Source("outlet", span, referent.name, referent.id, via=f"{span.text!r} refers to {referent.name}")


def _bound_before(text: str, named: list[_Source], floor: int, cue_start: int, lexicon: Lexicon,
                  taken: set[str], conduit: bool) -> _Source | None:
    """The source a cue after it binds: adjacent, else marked as subject, else (no markers) the nearest."""
    before = [s for s in named if floor <= s.span.start and s.span.end <= cue_start and s.label not in taken]
    if not before:
        return None
    nearest = before[-1]
    if len(_WRAPPING.sub("", text[nearest.span.end:cue_start])) <= _ADJACENT:
        return nearest
    if conduit or lexicon.subject_marker is None:
        return None if conduit else nearest
    marker = lexicon.subject_marker

    def marked(source: _Source) -> bool:
        wrapped = _WRAPPING.match(text, source.span.end)
        return bool(marker.match(text, wrapped.end() if wrapped else source.span.end))
    return next((s for s in before if marked(s)), None)


def _bound_after(text: str, named: list[_Source], cue_end: int, ceiling: int, spaced: bool) -> _Source | None:
    """The source right after a lead-in: a media noun or two may stand between ("ذكرت صحيفة X")."""
    after = next((s for s in named if s.span.start >= cue_end), None)
    if after is None or after.span.start > ceiling:
        return None
    gap = _WRAPPING.sub(" ", text[cue_end:after.span.start]).split()
    return after if (len(gap) <= _AFTER_WORDS if spaced else len("".join(gap)) <= _AFTER_CHARS) else None


def _joined(text: str, named: list[_Source], source: _Source | None, lexicon: Lexicon,
            backwards: bool) -> list[_Source]:
    """The source and the names joined to it ("조선중앙통신과 노동신문은", "路透社和法新社报道")."""
    if source is None:
        return []
    group = [source]
    if lexicon.joiner is None:
        return group
    index = named.index(source)
    step = -1 if backwards else 1
    while 0 <= index + step < len(named):
        first, second = sorted((group[-1], named[index + step]), key=lambda s: s.span.start)
        if not lexicon.joiner.fullmatch(text, first.span.end, second.span.start):
            break
        index += step
        group.append(named[index])
    return group


def _learned_attributions(text: str, sentence: Span, ruled: list[Attribution], registry: Registry,
                          lexicon: Lexicon, context: _Context, model: StanceModel,
                          known: set[str]) -> list[Attribution]:
    """Subjects of stance cues ("X declined", "X has called for") that the rules did not take.

    A subject or a cue the rules already credited is left alone (an outlet spoken to,
    "told the Courier", leaves its cue open), so the model only adds recall;
    what the classifier makes of the subject (outlet, anonymous, a name, nothing) is
    one of the model's features.
    """
    taken = [a.source for a in ruled]
    cues = [a.cue for a in ruled if a.cue is not None and a.role == "source"]
    found = []
    for candidate in stance.candidates(text, sentence, model, cues):
        if any(_overlap(candidate.source, t) for t in taken):
            continue
        if model.hopeless(candidate):
            continue
        source = _classify(text, candidate.source, registry, lexicon, context)
        candidate = stance.with_late_features(candidate, source.kind if source else "none",
                                              stance.head_key(candidate.source) in known)
        if not model.accept(candidate):
            continue
        source = source or _Source("person", candidate.source, candidate.source.text, via="subject of a stance cue")
        found.append(_attribution(text, sentence, source, candidate.cue))
        taken.append(source.span)
    return found


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _verb_attributions(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                       context: _Context) -> list[Attribution]:
    """Sources standing before a reporting verb, or after it when inverted."""
    found = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        np = noun_phrase_before(text, sentence.start, cue.start())
        relay = lexicon.relay.search(text, np.start, np.end) if np and lexicon.relay else None
        if np and relay and relay.start() > np.start:  # "State TV, citing the Times, reported": TV is the subject
            np = strip_span(text, np.start, relay.start())
        verb = cue["verb"].lower()
        sources = _classify_all(text, np, registry, lexicon, context, pronoun_cue=f"{np.text.lower()} {verb}") \
            if np else []
        if not sources:  # "The minister, who spoke at a news conference, said": the subject before the aside
            sources = _subject_before_aside(text, sentence.start, cue.start(), registry, lexicon, context)
        if not sources and np is None:  # 'dziennik "Bild" podał'
            sources = _quoted_subjects(text, sentence.start, cue.start(), registry)
        if not sources and np is not None:  # "Reuters, görüşmelerin kesildiğini bildirdi."
            sources = _fronted_subject(text, sentence, cue, registry, lexicon, context)
        if np and sources:
            sources = _through_relative(text, sources, np, cue.start())
        if not sources and np is None:
            found.extend(_inverted_source(text, sentence, cue, registry, lexicon, context))
            continue
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        found.extend(_attribution(text, sentence, source, cue_span) for source in sources)
        if verb in ("quoted", "quotes", "cited", "cites"):
            found.extend(_object_source(text, sentence, cue_span, registry, lexicon, context))
    return found


def _fronted_subject(text: str, sentence: Span, cue: re.Match[str], registry: Registry, lexicon: Lexicon,
                     context: _Context) -> list[_Source]:
    """The outlet set off by a comma at the head of a sentence its reporting verb closes.

    Turkish puts the verb last, after the whole reported clause, and often a comma after a
    long sentence's subject ("Reuters, görüşmelerin perşembe günü kesildiğini bildirdi."):
    the words before the verb are the reported clause. Only an outlet is read this way.
    """
    if text[cue.end():sentence.end].strip(" .!?…\"”’'»)"):
        return []
    head = re.match(r"\s*[“\"„«]?(?P<np>[^,;:“”\"„«»()]{2,60}?)\s*,", text[sentence.start:cue.start()])
    if head is None or len(head["np"].split()) > 4:
        return []
    np = strip_span(text, sentence.start + head.start("np"), sentence.start + head.end("np"))
    source = _classify(text, np, registry, lexicon, context) if np else None
    return [source] if source is not None and source.kind == "outlet" else []


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


def _outlet_actions(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                    context: _Context) -> list[Attribution]:
    """What outlets do with news ("the Globe exposed", "the Post ran a story"): outlets only."""
    if lexicon.outlet_verb is None:
        return []
    found: list[Attribution] = []
    for cue in lexicon.outlet_verb.finditer(text, sentence.start, sentence.end):
        np = noun_phrase_before(text, sentence.start, cue.start())
        sources = _classify_all(text, np, registry, lexicon, context) if np else []
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        found.extend(_attribution(text, sentence, s, cue_span) for s in sources if s.kind == "outlet")
    return found


def _classify_all(text: str, np: Span, registry: Registry, lexicon: Lexicon, context: _Context,
                  pronoun_cue: str | None = None) -> list[_Source]:
    """One source, or each outlet of "The New York Times and CNN both reported"."""
    first = _classify(text, np, registry, lexicon, context, pronoun_cue)
    if first is None or first.kind != "outlet" or not _JOINED.search(np.text):
        return [first] if first else []
    others = [_Source("outlet", Span(m.start, m.end, text[m.start:m.end]), m.outlet.name, m.outlet.id)
              for m in registry.find_mentions(text, first.span.end, np.end) if m.outlet.kind != "government"]
    return [first, *others]


def _subject_before_aside(text: str, floor: int, cue_start: int, registry: Registry, lexicon: Lexicon,
                          context: _Context) -> list[_Source]:
    """The subject of "X, who …, said", "X, a spokesman for Y, said", "A spokesman, Karl Ost, said".

    A name in the apposition is the source; an aside saying the source asked not to be
    named makes the whole phrase an anonymous source.
    """
    match = _ASIDE.fullmatch(text, floor, cue_start)
    if match is None or len(match["head"].split()) > 6:
        return []
    aside = match["aside"] or match["rel"] or ""
    group = "aside" if match["aside"] else "rel"
    if _ANONYMITY.search(aside):
        whole = strip_span(text, match.start("head"), match.end(group))
        return [_Source("anonymous", whole, whole.text)] if whole else []
    if match["aside"] and _looks_like_name(aside):
        name = strip_span(text, match.start("aside"), match.end("aside"))
        return [_Source("person", name, name.text)] if name else []
    head = strip_span(text, match.start("head"), match.end("head"))
    noise = LEADING_NOISE.match(head.text) if head else None
    if head and noise:
        head = strip_span(text, head.start + noise.end(), head.end)
    return _classify_all(text, head, registry, lexicon, context) if head else []


def _looks_like_name(phrase: str) -> bool:
    words = phrase.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _speaker_labels(text: str, sentence: Span, transcript: bool) -> list[Attribution]:
    """Transcript labels ("OKAFOR: We will…", only in a transcript), lead-ins ("And from
    Chairwoman Y:") and trailers ("— Commissioner X") naming who speaks a quotation."""
    found = []
    patterns = ((_SPEAKER, "colon"),) if transcript else ()
    for pattern, cue_group in (*patterns, (_LEAD_IN_SPEAKER, "colon"), (_TRAILER, "dash")):
        match = pattern.search(text, sentence.start, sentence.end)
        if match:
            who = Span(match.start("who"), match.end("who"), match["who"])
            cue = Span(match.start(cue_group), match.end(cue_group), match[cue_group])
            found.append(_attribution(text, sentence, _Source("person", who, who.text), cue))
    return found


def _inverted_source(text: str, sentence: Span, cue: re.Match[str], registry: Registry, lexicon: Lexicon,
                     context: _Context) -> list[Attribution]:
    """Verb before source after a quote or comma: '…,” reported Reuters', '…, said the paper'."""
    if not _BEFORE_INVERTED.search(text[max(sentence.start, cue.start() - 3):cue.start()]):
        return []
    np = noun_phrase_after(text, cue.end(), sentence.end)
    sources = _classify_all(text, np, registry, lexicon, context) if np else []  # "…, reported Reuters and EFE"
    if not sources and np and cue["verb"] not in _ADDRESSEE_VERBS and _AFTER_QUOTE.search(
            text, max(sentence.start, cue.start() - 3), cue.start()):
        speaker = _inverted_speaker(np)
        sources = [speaker] if speaker else []
    cue_span = Span(cue.start(), cue.end(), cue.group(0))
    attributions = [_attribution(text, sentence, source, cue_span) for source in sources]
    if cue["verb"] in _ADDRESSEE_VERBS:  # "…, told the New York Times": whom the source spoke to
        return [replace(a, role="conduit") for a in attributions if a.kind == "outlet"]
    return attributions


#: What may stand between an inverted verb and the outlet after it, or between two outlets
#: named together: articles, a conjunction, quotation marks ("der «Spiegel» und die SZ").
_BETWEEN_OUTLETS = re.compile(r"^(?:[\s\"„“”«»']|(?<![\w])(?:der|die|das|den|dem|des|de|het|il|lo|la|le|les|el|"
                              r"los|las|o|a|os|as|l'|und|and|e|y|et|en|i|és|ve|și|si)(?![\w]))*$", re.IGNORECASE)
#: How far after a verb an inverted outlet subject is looked for.
_AFTER_VERB_CHARS = 120


def _outlets_after_verbs(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                         found: list[Attribution]) -> list[Attribution]:
    """The subject after its verb with no comma before it, as German, Dutch, Italian and
    Spanish put it after a fronted phrase ("Am Freitag veröffentlichten der Spiegel und die
    SZ", "ha rivelato il Corriere"): taken only when registered news outlets follow the verb
    at once (an article, a conjunction, quotation marks between) and no other rule of the
    sentence has read them; a person or a common noun there is far more often the verb's
    object. English inverts only after a quote or a comma (:func:`_inverted_source`)."""
    taken = [a.source for a in found]
    added: list[Attribution] = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        if cue["verb"] in _ADDRESSEE_VERBS:
            continue
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        position = cue.end()
        for mention in registry.find_mentions(text, cue.end(), min(sentence.end, cue.end() + _AFTER_VERB_CHARS)):
            if not _BETWEEN_OUTLETS.match(text[position:mention.start]):
                break
            span = Span(mention.start, mention.end, text[mention.start:mention.end])
            position = mention.end
            if not any(_overlap(span, other) for other in taken):
                source = _Source("outlet", span, mention.outlet.name, mention.outlet.id)
                added.append(_attribution(text, sentence, source, cue_span))
                taken.append(span)
    return added


def _inverted_speaker(np: Span) -> _Source | None:
    """The speaker named after an inverted verb: '…,” said a Nevada farmer', '…?” asked one voter'.

    Before a verb, a phrase must look like a name or a role, since any clause can stand
    there; after a quotation and its verb, the phrase can only be the speaker, so any
    noun phrase opened by a determiner or a capital counts ("Republican strategist Ana
    Ruiz", "the 46-year-old"). A day ("said Tuesday") or an adverb is not a speaker.
    """
    words = np.text.split()
    if _INVERTED_NOT_SPEAKER.match(np.text) or _PRONOUN.fullmatch(np.text):
        return None
    if not (words[0][:1].isupper() or words[0].lower() in _SPEAKER_DETERMINERS):
        return None
    return _Source("person", np, np.text, via="speaker after an inverted verb")


def _participle_attributions(text: str, sentence: Span, registry: Registry, lexicon: Lexicon,
                             context: _Context) -> list[Attribution]:
    """", saying …", ", adding …": the source is the subject the sentence opens with."""
    if lexicon.participle_cue is None:
        return []
    subject = _SUBJECT.match(text, sentence.start, sentence.end)
    if subject is None:
        return []
    np = Span(subject.start("np"), subject.end("np"), subject["np"])
    found = []
    for cue in lexicon.participle_cue.finditer(text, np.end, sentence.end):
        source = _classify(text, np, registry, lexicon, context)
        if source:
            found.append(_attribution(text, sentence, source, Span(cue.start(), cue.end(), cue.group(0))))
    return found


def _object_source(text: str, sentence: Span, cue: Span, registry: Registry, lexicon: Lexicon,
                   context: _Context) -> list[Attribution]:
    """The nested source of "the report quoted an unnamed official as saying"."""
    np = noun_phrase_after(text, cue.end, sentence.end)
    source = _classify(text, np, registry, lexicon, context) if np else None
    return [_attribution(text, sentence, source, cue)] if source else []


def _classify(text: str, np: Span, registry: Registry, lexicon: Lexicon, context: _Context,
              pronoun_cue: str | None = None) -> _Source | None:
    """What kind of source a noun phrase names, resolved to an outlet where it is one."""
    title = _title_after(text, np)
    if title is not None:  # 'dziennika "Bild"': the name, not the newspaper named before
        found = _quoted_outlets(text, [title], registry)
        return found[0] if found else None
    for mention in registry.find_mentions(text, np.start, np.end):
        span = Span(mention.start, mention.end, text[mention.start:mention.end])
        if _PERSON_AFTER.match(text, mention.end, np.end):  # "Fox News' Megyn Kelly", "Post columnist X"
            return _Source("person", np, np.text, mention.outlet.id, via=f"a person at {mention.outlet.name}")
        if _MODIFIER_AFTER.match(text, mention.end, np.end):  # "BBC staff", "Metro officials": not the outlet
            whole = strip_span(text, mention.start, np.end)
            if whole and lexicon.anonymous.fullmatch(whole.text):  # "White House sources"
                return _Source("anonymous", whole, whole.text, mention.outlet.id)
            if (whole and _looks_like_person(whole.text)) or (whole and _ROLE.search(whole.text)):
                return _Source("person", whole, whole.text, mention.outlet.id, via=f"people at {mention.outlet.name}")
            return None
        kind = "person" if mention.outlet.kind == "government" else "outlet"
        return _Source(kind, span, mention.outlet.name, mention.outlet.id)
    for outlet, span in _short_forms(text, np, context):
        return _Source("outlet", span, outlet.name, outlet.id, via=f"short form {span.text!r} of {outlet.name}")
    antecedent = context.last_outlet
    anaphor = lexicon.anaphor.search(text, np.start, np.end)
    if anaphor and anaphor.end() == np.end and not _ends_a_title(text, np.start, anaphor):
        kinds = lexicon.kinds_for(anaphor.group(0))
        referent = antecedent if kinds is None else next((o for o in reversed(context.named) if o.kind in kinds), None)
        if referent is None:
            return None
        span = Span(anaphor.start(), anaphor.end(), anaphor.group(0))
        return _Source("outlet", span, referent.name, referent.id, via=f"{span.text!r} refers to {referent.name}")
    if pronoun_cue in lexicon.pronoun_cues and antecedent:
        return _Source("outlet", np, antecedent.name, antecedent.id, via=f"'it' refers to {antecedent.name}")
    bare = re.sub(r"[’'](?:ve|s|d|ll|re|m)$", "", np.text)
    if bare.lower() in lexicon.pronoun_sources:
        return _Source("person", Span(np.start, np.start + len(bare), bare), bare, via="pronoun, not resolved")
    if _PRONOUN.fullmatch(bare) or _function_words(bare, lexicon):
        return None
    return _classify_people(np, lexicon)


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
    if not _looks_like_person(np.text):
        return None
    suffixed = _CASE_SUFFIX.fullmatch(np.text)
    if suffixed:  # "NTV'nin haberine göre": the name is NTV, "'nin" its case ending
        np = Span(np.start, np.start + suffixed.end("name"), suffixed["name"])
    return _Source("person", np, np.text)


def _looks_like_person(phrase: str) -> bool:
    """A name ("Mr Zelensky", "Jake Sullivan") or a phrase headed by a role ("local officials").

    Other clauses that happen to stand before a verb ("a calculated attempt to ensure
    Kyiv") are not sources.
    """
    words = re.sub(r"[’']s\b", "", phrase).split()
    if not words or words[0].lower() in ("we", "i", "you", "us"):
        return False
    if len(words) == 1 and words[0].lower() in _DETERMINERS:  # "Such claims were…": no one
        return False
    if _ROLE.fullmatch(words[-1].strip(".,")) or _ROLE.search(" ".join(words[-2:])):
        return True
    return words[-1][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS or _ROLE.fullmatch(w) for w in words)


def _attribution(text: str, sentence: Span, source: _Source, cue: Span) -> Attribution:
    when = _WHEN.match(text, cue.end, sentence.end) if cue.end <= sentence.end else None
    return Attribution(kind=source.kind, source=source.span, cue=cue, sentence=sentence, label=source.label,
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
