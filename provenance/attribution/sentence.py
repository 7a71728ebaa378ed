"""The cue rules, sentence by sentence: :func:`extract` reads an article.

Cue first, then source: the extractor finds reporting verbs ("reported", "said") and
lead-ins ("according to", "citing", "a report in"), takes the noun phrase next to each,
and classifies it: a registered outlet (names, aliases, short forms such as "the Post"
once the outlet was named, anaphora such as "the newspaper"), a person or institution,
an anonymous source, or vague media ("US media"). Datelines, foot credits and photo
credits are read from their own lines (:mod:`.lines`). Offsets index into the article text.
Each rule gets the sentence as one :class:`.sources.Reading` (text, sentence, registry,
lexicon, what earlier sentences named).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import replace
from functools import cache, lru_cache, partial

from provenance import language, screening
from provenance.attribution import stance
from provenance.attribution.lines import line_attributions, quote_leads
from provenance.attribution.memo import SentenceRead, sentence_memo
from provenance.attribution.nesting import _deduplicated, _nested
from provenance.attribution.patterns import (
    _ADDRESSEE_VERBS,
    _AFTER_VERB_CHARS,
    _BETWEEN_OUTLETS,
    _CLAUSE_START,
    _CLOSING_QUOTE,
    _JOINED,
    _OPENING_WORDS,
    _QUOTED_TITLE,
    _SENTENCE_WORD,
    _SUBJECT,
    _WORD_END,
)
from provenance.attribution.separable import separable_attributions
from provenance.attribution.sources import (
    Reading,
    _attribution,
    _classify,
    _classify_all,
    _Context,
    _looks_like_person,
    _mention_source,
    _overlap,
    _quoted_outlets,
    _role_then_surname,
    _short_forms,
    _Source,
    _subject_before_aside,
    _through_relative,
    name_for_role,
)
from provenance.attribution.speakers import (
    _SPEAKER,
    TRANSCRIPT_LABELS,
    _inverted_source,
    _named_quotes,
    _speaker_labels,
    addressee_first,
    speaker_after_conduit,
)
from provenance.attribution.stance import StanceModel
from provenance.attribution.unspaced import _mentions, _name_attributions
from provenance.introduced import describes_an_outlet
from provenance.lexicon import Lexicon
from provenance.models import Attribution, CleanedDocument, Span
from provenance.nounphrases import (
    MAX_SOURCE_WORDS,
    noun_phrase_after,
    noun_phrase_before,
    strip_span,
)
from provenance.outlets import Outlet, OutletMention, Registry
from provenance.textspans import sentences


def extract(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon,
            publisher_id: str | None = None, model: StanceModel | None = None,
            memoize: bool = True) -> tuple[Attribution, ...]:
    """All attributions of one article, in text order.

    Mentions of the article's own publisher ("Kiev - TASS" in a TASS story) never become
    the antecedent of "the newspaper": an outlet does not cite itself. ``model`` scores
    the stance cues the rules leave (:mod:`.stance`); by default the bundled
    model of the lexicon's language, if there is one. A sentence read before with the
    bundled model is not read again (:mod:`.memo`); ``memoize=False`` reads every one.
    """
    text = cleaned.document.text
    registry = registry.for_language(lexicon.language)  # "laut der Süddeutschen Zeitung", "podle Spiegelu"
    found = line_attributions(cleaned, registry, lexicon, publisher_id)
    memoized = memoize and model is None and lexicon.capitals and lexicon.spaced
    memo = sentence_memo(registry, lexicon) if memoized else None
    model = model or stance.bundled_model(lexicon.language)
    reader = partial(_read_sentence, model=model)
    named = cache(partial(stance.named_elsewhere, text))
    context = _Context(transcript=len(_SPEAKER.findall(text)) >= TRANSCRIPT_LABELS)
    known: set[str] = set()  # head words of the sources so far, a feature of the model
    pictures = [a.sentence for a in found if a.kind == "photo-credit"]  # no antecedent of "the paper"
    for sentence in sentences(text, cleaned.blocks):
        reading = Reading(text, sentence, registry, lexicon, context)
        read = memo.read(reading, known, named, reader) if memo is not None else reader(reading, known, named)
        found.extend(read.found)
        known.update(read.heads)
        if not any(_overlap(sentence, picture) for picture in pictures):
            context = _advanced(context, read.mentioned, text, sentence, publisher_id)
    found.extend(quote_leads(cleaned, registry))
    return _nested(_deduplicated(_outside_pictures(found)), lexicon.relay)


def _read_sentence(reading: Reading, known: Container[str], named: Callable[[str], bool],
                   model: StanceModel | None) -> SentenceRead:
    """Every rule on one sentence, then the learned stance cues; and the outlets it names.

    ``known`` holds the head words of the article's sources so far, ``named`` says whether
    the article writes a word capitalised inside a sentence: the two things the model asks
    about the rest of the article (:mod:`.memo` records them).
    """
    ruled = _sentence_attributions(reading)
    heads: tuple[str, ...] = ()
    if model is not None:
        ruled.extend(_learned_attributions(reading, ruled, model, known, named))
        heads = tuple(stance.head_key(a.source) for a in ruled)
    text, sentence, registry, lexicon, _ = reading
    mentioned = tuple(m.outlet for m in _mentions(text, sentence, registry, lexicon.spaced))
    return SentenceRead(tuple(ruled), heads, mentioned)


def _outside_pictures(found: list[Attribution]) -> list[Attribution]:
    """A picture credit's words are no citation: "(图源:ScheerPost报道截图)", a screenshot of
    ScheerPost's report, credits the picture, and the "ScheerPost报道" in it cites nothing."""
    pictures = [(a.source.start, a.source.end) for a in found if a.kind == "photo-credit"]
    if not pictures:
        return found
    return [a for a in found if a.kind == "photo-credit"
            or not any(start <= a.source.start < end for start, end in pictures)]


def _advanced(context: _Context, mentioned: tuple[Outlet, ...], text: str, sentence: Span,
              publisher_id: str | None) -> _Context:
    """The outlet last named in ``sentence`` becomes the antecedent for what follows;
    ``mentioned``: the registered outlets and bodies it names, read with the sentence
    (:func:`_read_sentence`). A body is never what "the paper" or "it reported" stands
    for, only "the court", "the ministry" (:meth:`_Context.body_called`)."""
    mentions = [outlet for outlet in mentioned if outlet.id != publisher_id and outlet.kind != "government"]
    mentions.extend(o for o, _ in _short_forms(text, sentence, context))
    bodies = [outlet for outlet in mentioned if outlet.kind == "government"]
    if bodies:
        context = replace(context, bodies=tuple(b for b in context.bodies if b not in bodies) + tuple(bodies))
    if not mentions:
        return context
    named = context.named + tuple(o for o in mentions if o not in context.named)
    return replace(context, last_outlet=mentions[-1], named=named)


def _sentence_attributions(reading: Reading) -> list[Attribution]:
    """Every rule of the cue lexicon on one sentence; an outlet spoken to is never its source."""
    text, sentence, _, lexicon, context = reading
    if not lexicon.capitals:
        return _addressees_win(_name_attributions(reading))
    present = _words_present(sentence.text)
    found = _verb_attributions(reading) if lexicon.may_match(lexicon.verb_words, present) else []
    if lexicon.may_match(lexicon.outlet_verb_words, present):
        found.extend(_outlet_actions(reading))
    found.extend(_participle_attributions(reading))
    found.extend(_speaker_labels(text, sentence, context.transcript))
    found.extend(_named_quotes(reading))
    spelled = _lead_in_words(sentence.text)
    # (lead-in, outlets only, whom it credits is spoken to)
    leads = ([(m, False, False) for m in lexicon.lead_in.finditer(text, sentence.start, sentence.end)]
             if lexicon.may_match(lexicon.lead_in_words, spelled) else [])
    for pattern, words, conduit in ((lexicon.object_lead_in, lexicon.object_lead_in_words, True),
                                    (lexicon.outlet_lead_in, lexicon.outlet_lead_in_words, False)):
        if pattern is not None and lexicon.may_match(words, spelled):
            leads += [(m, True, conduit) for m in pattern.finditer(text, sentence.start, sentence.end)]
    for lead, outlets_only, conduit in leads:
        cue = Span(lead.start("lead"), lead.end("lead"), lead["lead"])
        for source in _lead_in_sources(reading, lead.end(), outlets_only):
            attribution = _attribution(text, sentence, source, cue)
            found.append(replace(attribution, role="conduit") if conduit else attribution)
            speaker = speaker_after_conduit(reading, lead.start(), source) if conduit else None
            if speaker is not None:  # '…", izjavio je za MSNBC izveštač X': the reporter spoke
                found.append(_attribution(text, sentence, speaker, cue))
    found.extend(_postposed_conduits(reading))
    if lexicon.language != "en" and lexicon.may_match(lexicon.verb_words, present):
        found.extend(_outlets_after_verbs(reading, found))
        found.extend(_outlets_inside_split_verbs(reading, found))
        found.extend(_agents_of_participles(reading, found))
    if lexicon.separable_verb is not None and lexicon.may_match(lexicon.separable_words, present):
        found.extend(separable_attributions(reading, found))
    return _addressees_win(_acts_in_the_story(lexicon, found))


def _acts_in_the_story(lexicon: Lexicon, found: list[Attribution]) -> list[Attribution]:
    """A speech act such as an apology ("Hoog apologised, in a tweet, for “…”") names who
    said the quoted words, but that act is part of the news, not where the page got it:
    its speaker is an actor, whom the graph cites weakly, as it does an outlet acting."""
    if lexicon.quoted_act is None:
        return found
    return [replace(a, role="actor") if a.role == "source" and a.cue is not None
            and lexicon.quoted_act.search(a.cue.text) else a for a in found]


@lru_cache(maxsize=32_768)
def _words_present(sentence: str) -> frozenset[str]:
    """A sentence's words, lower-cased, that the lexicon's trigger words are looked up in.
    Cached: they depend on the sentence's text alone, and a pile's copies repeat their sentences."""
    return frozenset(word.lower() for word in _SENTENCE_WORD.findall(sentence))


def _lead_in_words(sentence: str) -> frozenset[str]:
    """A sentence's words as lead-in screens look them up (:func:`screening.with_screen_forms`)."""
    return screening.with_screen_forms(_words_present(sentence))


def _lead_in_sources(reading: Reading, start: int, outlets_only: bool) -> list[_Source]:
    """The sources named after a lead-in ("according to X") or, with ``outlets_only``, the outlet a
    conduit cue names ("told X")."""
    text, sentence, registry, lexicon, _ = reading
    np = noun_phrase_after(text, start, sentence.end, lexicon.source_end)
    verb = lexicon.verb_cue.search(text, np.start, np.end) if np else None
    if np and verb and verb.start() > np.start and not verb["verb"].endswith("s"):  # "…publication warned"
        np = strip_span(text, np.start, verb.start())
    if np is None:
        title = _QUOTED_TITLE.match(text, start, sentence.end)  # 'według "Bild"'
        if title is not None:
            return _quoted_outlets(text, [title], registry)
    if outlets_only:
        source = _classify(reading, np) if np else None
        if source and np and np.start + 4 < source.span.start < np.end and \
                not describes_an_outlet(text[np.start:source.span.start]):  # "told reporters he reads X"
            source = None  # not "accordée à la chaîne de télévision suisse RSI"
        sources = [source] if source else []
    else:
        sources = name_for_role(text, np, _classify_all(reading, np), sentence.end) if np else []
    if outlets_only:  # "a déclaré à LCI qu'il …": the phrase runs on past the name
        return [s for s in sources if s.kind == "outlet"] or _sole_short_form(reading, np) \
            or _opening_outlet(reading, start)
    return sources or _opening_outlet(reading, start) or _opening_person(reading, start)


#: The capitalised words closing a phrase: the name after its description ("online news website BuzzFeed").
_CLOSING_NAME = re.compile(r"(?:[A-ZÀ-Þ][\w.&'’-]*\s+)*[A-ZÀ-Þ][\w.&'’-]*$")
#: The capitalised words opening a phrase that runs on: the name before the clause ("Buzzfeed contando").
_OPENING_NAME = re.compile(r"(?:[A-ZÀ-Þ][\w.&'’-]*\s+)*[A-ZÀ-Þ][\w.&'’-]*(?![\w.&'’-])")


def _sole_short_form(reading: Reading, np: Span | None) -> list[_Source]:
    """The outlet spoken to, named by a short form that one registered outlet alone has ("told
    online news website BuzzFeed", "dio una entrevista a Buzzfeed": BuzzFeed News). A source's
    short form waits for its full name (or the pile) to say which outlet it is; an outlet
    spoken to only says where the words were said, and one owner leaves no doubt."""
    if np is None:
        return []
    for name in (_CLOSING_NAME.search(np.text), _OPENING_NAME.match(np.text)):  # "Buzzfeed contando su …"
        owner = reading.registry.sole_short_form_owner(name.group(0)) if name else None
        if name is None or owner is None or owner.kind == "government":
            continue
        span = Span(np.start + name.start(), np.start + name.end(), name.group(0))
        return [_Source("outlet", span, owner.name, owner.id,
                        via=f"short form {span.text!r} of {owner.name}, the one outlet with it")]
    return []


def _opening_outlet(reading: Reading, start: int) -> list[_Source]:
    """An outlet opening the words after a lead-in whose phrase runs on to the end of the clause.

    Dutch, German and Polish set no comma after "volgens de krant", "laut Reuters", "według
    Reutersa": the phrase after the lead-in is the whole clause ("volgens de krant zijn de
    gesprekken … afgebroken"), too long for a name or not ending in one. Its shortest opening
    of at most five words that names an outlet is taken; an anaphor only when no capitalised
    word or quotation follows it ("agencji Reuters" is Reuters, not the agency named before).
    A person is never read this way.
    """
    text, ceiling = reading.text, reading.sentence.end
    words = list(_WORD_END.finditer(text, start, ceiling))
    for index, word in enumerate(words[:_OPENING_WORDS]):
        if _CLAUSE_END.search(text, start, word.start()):
            break  # "glasovao za poništavanje odluke, izvijestio je Politico": the opening ended at the comma
        np = strip_span(text, start, word.end())
        if np is None:
            continue
        following = text[word.end():word.end() + 3].lstrip()[:1]
        source = _classify(reading, np)
        if source is None or source.kind != "outlet":
            continue
        if source.outlet_id is not None and source.via is None:
            rest = text[word.end():ceiling]
            joined = _JOINED.match(text, word.end() + len(rest) - len(rest.lstrip()))  # "de BBC en Reuters"
            longer = strip_span(text, start, words[min(index + 4, len(words) - 1)].end()) if joined else None
            return _classify_all(reading, longer) if longer else [source]
        if following and (following.isupper() or following in "\"„“«'"):
            continue
        return [source]
    return []


#: A person opening the words after a lead-in: function words, then at least this many
#: capitalised words ("nach Angaben des US-Präsidenten Donald Trump sind …").
_OPENING_NAME_WORDS = 2
_CLAUSE_END = re.compile(r"[,;:]")


def _opening_person(reading: Reading, start: int) -> list[_Source]:
    """The person a lead-in names where no comma ends the phrase (German, Dutch): the run of
    capitalised words that opens it, after its function words ("des", "van de"), when it
    reads as a name; the words after it are the clause. English sets a comma, so its
    phrases end at the name and never come here."""
    if reading.lexicon.language == "en":
        return []
    clause = _CLAUSE_END.search(reading.text, start, reading.sentence.end)
    words = list(_WORD_END.finditer(reading.text, start, clause.start() if clause else reading.sentence.end))
    function_words = language.stopwords(reading.lexicon.language)
    first = next((i for i, w in enumerate(words) if w.group(0).casefold() not in function_words), len(words))
    role = first
    while role < len(words) and words[role].group(0).casefold() in reading.lexicon.role_nouns:
        role += 1  # "volgens burgemeester Quillan wordt …": a role makes one name enough
    run = role
    while run < len(words) and words[run].group(0)[:1].isupper():
        run += 1
    if run - role < (1 if role > first else _OPENING_NAME_WORDS) or run == len(words):
        return []
    name = strip_span(reading.text, words[first].start(), words[run - 1].end())
    if name is None or not (_looks_like_person(name.text) or _role_then_surname(name.text, reading.lexicon.role_nouns)):
        return []
    return [_Source("person", name, name.text)]


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


def _postposed_conduits(reading: Reading) -> list[Attribution]:
    """Outlets spoken to, where the words that make them addressees follow the name.

    Turkish and Hungarian mark the addressee after it ("Reuters'a konuşan bir yetkili", "a Reuters
    hírügynökségnek nyilatkozva"), so no lead-in can precede it; a reporting verb further on
    ("… söyledi") would otherwise take the name for its subject.
    """
    text, sentence, registry, lexicon, _ = reading
    if lexicon.object_postposition is None:
        return []
    found = []
    for cue in lexicon.object_postposition.finditer(text, sentence.start, sentence.end):
        mentions = registry.find_mentions(text, max(sentence.start, cue.start() - 120), cue.start())
        mention = mentions[-1] if mentions else None
        if mention is None or mention.outlet.kind == "government" or text[mention.end:cue.start()].strip(" '’"):
            continue
        cue_span = Span(cue.start("lead"), cue.end("lead"), cue["lead"])
        found.append(replace(_attribution(text, sentence, _mention_source(text, mention), cue_span), role="conduit"))
    return found


def _addressees_win(found: list[Attribution]) -> list[Attribution]:
    """An outlet spoken to is not a source, though a reporting verb may read it as its subject.

    "– powiedział PAP rzecznik" (told PAP, the spokesman), "sagte der Minister im Gespräch mit
    dem ZDF", "a declarat Trump pentru CNN": the inverted verb takes the outlet after it for
    its speaker, the conduit cue for whom he spoke to; the conduit stands.
    """
    spoken_to = {(a.source.start, a.source.end) for a in found if a.role == "conduit"}
    return [a for a in found if a.role == "conduit" or (a.source.start, a.source.end) not in spoken_to]


def _learned_attributions(reading: Reading, ruled: list[Attribution], model: StanceModel,
                          known: Container[str], named: Callable[[str], bool] | None = None) -> list[Attribution]:
    """Subjects of stance cues ("X declined", "X has called for") that the rules did not take.

    A subject or a cue the rules already credited is left alone (an outlet spoken to,
    "told the Courier", leaves its cue open), so the model only adds recall;
    what the classifier makes of the subject (outlet, anonymous, a name, nothing) is
    one of the model's features.
    """
    text, sentence = reading.text, reading.sentence
    taken = [a.source for a in ruled]
    cues = [a.cue for a in ruled if a.cue is not None and a.role == "source"]
    found = []
    for candidate in stance.candidates(text, sentence, model, cues, named):
        if any(_overlap(candidate.source, t) for t in taken) or _VENUE_THEN_INFINITIVE.fullmatch(candidate.source.text):
            continue  # a venue before an infinitive ("went on CNN to declare") is where, not who
        if model.hopeless(candidate):
            continue
        source = _classify(reading, candidate.source)
        candidate = stance.with_late_features(candidate, source.kind if source else "none",
                                              stance.head_key(candidate.source) in known)
        if not model.accept(candidate):
            continue
        source = source or _Source("person", candidate.source, candidate.source.text, via="subject of a stance cue")
        attribution = _attribution(text, sentence, source, candidate.cue)
        if source.kind == "outlet" and not _names_a_report(reading, candidate.source, source):
            attribution = replace(attribution, role="actor")  # "AP has fired a reporter": an act, not a report
        found.append(attribution)
        taken.append(source.span)
    return found


def _names_a_report(reading: Reading, subject: Span, source: _Source) -> bool:
    """Whether a learned cue's subject is something an outlet published ("the report", "photos
    in the newspaper", "the article" standing for it): then the cue tells its content; else the
    outlet itself acts. The outlet's own name is not read ("The Washington Post" is no post)."""
    pattern = reading.lexicon.report_subject
    if pattern is None:
        return False
    outlet = reading.registry.get(source.outlet_id or "")
    named = outlet is not None and outlet.is_called(source.span.text)
    parts = ((subject.start, source.span.start), (source.span.end, subject.end)) if named else \
        ((subject.start, subject.end),)
    return any(pattern.search(reading.text, start, end) for start, end in parts if start < end)


#: Verbs that also stand as a participle right after a report noun ("a report published by").
_PARTICIPLES = frozenset({"published", "posted", "released", "aired", "issued", "carried", "broadcast"})
_REPORT_NOUN_END = re.compile(r"\b(?:report|article|story|piece|post|video|interview|statement)$", re.IGNORECASE)


def _verb_attributions(reading: Reading) -> list[Attribution]:
    """Sources standing before a reporting verb, or after it when inverted."""
    text, sentence, registry, lexicon, _ = reading
    found = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        np = noun_phrase_before(text, sentence.start, cue.start())
        relay = lexicon.relay.search(text, np.start, np.end) if np and lexicon.relay else None
        if np and relay and relay.start() > np.start:  # "State TV, citing the Times, reported": TV is the subject
            np = strip_span(text, np.start, relay.start())
        verb = cue["verb"].lower()
        if np and verb in _PARTICIPLES and _REPORT_NOUN_END.search(np.text):
            continue  # "according to a report published by X": a participle after its noun, no verb
        venue = _VENUE_THEN_INFINITIVE.fullmatch(np.text) if np else None
        if np and venue:  # "The mayor went on Fox News to say": the mayor says it, on Fox News
            found.extend(_speaker_on_a_venue(reading, np, venue, Span(cue.start(), cue.end(), cue.group(0))))
            continue
        sources = _classify_all(reading, np, pronoun_cue=f"{np.text.lower()} {verb}") \
            if np else []
        if not sources:  # "The minister, who spoke at a news conference, said": the subject before the aside
            sources = _subject_before_aside(reading, sentence.start, cue.start())
        if not sources and np is None:  # 'dziennik "Bild" podał'
            sources = _quoted_subjects(text, sentence.start, cue.start(), registry)
        if not sources and np is not None:  # "Reuters, görüşmelerin kesildiğini bildirdi."
            sources = _fronted_subject(reading, cue)
        if not sources and np is not None:  # "Andrzej Duda w nocnym oświadczeniu powiedział"
            sources = _name_before_a_phrase(np)
        if np and sources:
            sources = _through_relative(text, sources, np, cue.start())
            addressed = addressee_first(reading, np, sources, cue)
            if addressed is not None:  # "Об этом ТАСС сообщил источник"
                found.extend(addressed)
                continue
        if not sources and np is None:
            found.extend(_inverted_source(reading, cue))
            continue
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        found.extend(_attribution(text, sentence, source, cue_span) for source in sources)
        if verb in ("quoted", "quotes", "cited", "cites"):
            found.extend(_object_source(reading, cue_span))
    return found


#: A subject, a verb or two and the outlet it appeared on or with, before an infinitive cue: "The
#: mayor went on Fox News to say", "Rubio appeared on CNN to declare". The subject speaks; the
#: outlet is where (PolNeAR's train part: "went on CNN to declare" was read as CNN declaring).
_VENUE_THEN_INFINITIVE = re.compile(r"(?P<subject>\S.*?)(?:\s+(?:even|also|then|later|again|just|recently|"
                                    r"has|have|had|was|were|[a-z]+ly))*\s+[a-z]+\s+(?:on|onto|with)\s+"
                                    r"(?P<venue>\S.*?)\s+to")


def _speaker_on_a_venue(reading: Reading, np: Span, venue: re.Match[str], cue: Span) -> list[Attribution]:
    """The subject before the verb as the source; a registered outlet it appeared on, a conduit."""
    text, sentence, registry, _, _ = reading
    found: list[Attribution] = []
    subject = strip_span(text, np.start, np.start + venue.end("subject"))
    if subject is not None:
        found.extend(_attribution(text, sentence, source, cue) for source in _classify_all(reading, subject))
    for mention in registry.find_mentions(text, np.start + venue.start("venue"), np.start + venue.end("venue")):
        if mention.outlet.kind != "government":
            found.append(replace(_attribution(text, sentence, _mention_source(text, mention), cue), role="conduit"))
    return found


#: A full name, then a phrase opened by a preposition, before the verb: the name is its subject
#: ("Andrzej Duda w nocnym oświadczeniu dla mediów powiedział", "Ilse Marrow in a statement said").
_CAPITAL = "A-ZÀ-ÞŁŚŻŹĆŃА-ЯЁЄІЇΆ-ΏΑ-Ω"
_NAME_THEN_PHRASE = re.compile(rf"(?P<name>(?:[{_CAPITAL}][\w’'-]+\s+){{1,2}}[{_CAPITAL}][\w’'-]+)\s+"
                               r"(?:w|we|na|dla|podczas|po|in|at|during|dans|lors|durante|nel|nella|im|bei|während|"
                               r"в|во|на|у|під|під час)\s")


def _name_before_a_phrase(np: Span) -> list[_Source]:
    """The full name opening a subject phrase that goes on with where or how it was said."""
    named = _NAME_THEN_PHRASE.match(np.text)
    if named is None or not _looks_like_person(named["name"]):
        return []
    name = Span(np.start, np.start + named.end("name"), named["name"])
    return [_Source("person", name, name.text)]


def _fronted_subject(reading: Reading, cue: re.Match[str]) -> list[_Source]:
    """The outlet set off by a comma at the head of a sentence its reporting verb closes.

    Turkish puts the verb last, after the whole reported clause, and often a comma after a
    long sentence's subject ("Reuters, görüşmelerin perşembe günü kesildiğini bildirdi."):
    the words before the verb are the reported clause. Only an outlet is read this way.
    """
    text, sentence = reading.text, reading.sentence
    if text[cue.end():sentence.end].strip(" .!?…\"”’'»)"):
        return []
    head = re.match(r"\s*[“\"„«]?(?P<np>[^,;:“”\"„«»()]{2,60}?)\s*,", text[sentence.start:cue.start()])
    if head is None or len(head["np"].split()) > 4:
        return []
    np = strip_span(text, sentence.start + head.start("np"), sentence.start + head.end("np"))
    source = _classify(reading, np) if np else None
    return [source] if source is not None and source.kind == "outlet" else []


def _outlet_actions(reading: Reading) -> list[Attribution]:
    """What outlets do with news ("the Globe exposed", "the Post ran a story"): outlets only."""
    text, sentence, _, lexicon, _ = reading
    if lexicon.outlet_verb is None:
        return []
    found: list[Attribution] = []
    for cue in lexicon.outlet_verb.finditer(text, sentence.start, sentence.end):
        np = noun_phrase_before(text, sentence.start, cue.start())
        sources = _classify_all(reading, np) if np else []
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        found.extend(_attribution(text, sentence, s, cue_span) for s in sources if s.kind == "outlet")
    return found


def _outlets_after_verbs(reading: Reading, found: list[Attribution]) -> list[Attribution]:
    """The subject after its verb with no comma before it, as German, Dutch, Italian and
    Spanish put it after a fronted phrase ("Am Freitag veröffentlichten der Spiegel und die
    SZ", "ha rivelato il Corriere"): taken only when registered news outlets follow the verb
    at once (an article, a conjunction, quotation marks between, or a noun for a news outlet
    the anaphora know: "Das berichtete die Nachrichtenagentur AP") and no other rule of the
    sentence has read them; a person or a common noun there is far more often the verb's
    object. English inverts only after a quote or a comma (:func:`_inverted_source`)."""
    text, sentence, _, lexicon, _ = reading
    taken = [a.source for a in found]
    added: list[Attribution] = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        if cue["verb"] in _ADDRESSEE_VERBS:
            continue
        cue_span = Span(cue.start(), cue.end(), cue.group(0))
        stop = min(sentence.end, cue.end() + _AFTER_VERB_CHARS)
        start = _past_adverbs(reading, cue.end(), stop)  # "berichteten auch die „Washington Post“"
        added.extend(_outlet_run(reading, _past_outlet_noun(reading, start, stop), stop, cue_span, taken))
    return added


def _past_adverbs(reading: Reading, start: int, stop: int) -> int:
    """Where the words after an inverted verb go on past the language's verb adverbs ("berichtete
    auch der Spiegel", "ha rivelato anche il Corriere", "informó también El País"): an adverb
    stands between the verb and its subject as often as not; so may a relay and its words,
    up to such an adverb."""
    run, relay = reading.lexicon.adverb_run, reading.lexicon.relay
    if run is None:
        return start
    cited = relay.match(reading.text, _after_space(reading.text, start), stop) if relay is not None else None
    if cited is not None:  # "berichteten unter Berufung auf Geheimdienstkreise auch die „Washington Post“"
        after = run.search(reading.text, cited.end(), stop)  # the relay's words end where an adverb stands
        return after.end() if after is not None else start
    skipped = run.match(reading.text, start, stop)
    return skipped.end() if skipped is not None and skipped.end() > start else start


def _past_outlet_noun(reading: Reading, start: int, stop: int) -> int:
    """Past a noun for a news outlet that the outlet's name follows at once, in apposition
    ("berichtete die Nachrichtenagentur AP"); ``start`` when none does. With an article
    after the noun ("zitierte die Zeitung den Spiegel") the noun is the subject, the name
    its object."""
    text, registry, lexicon = reading.text, reading.registry, reading.lexicon
    role = lexicon.anaphor.match(text, _after_space(text, start), stop)
    if role is None:
        return start
    mention = next(iter(registry.find_mentions(text, role.end(), stop)), None)
    return role.end() if mention is not None and _ONLY_QUOTES.fullmatch(text, role.end(), mention.start) else start


#: How far before its participle a compound tense's auxiliary may stand.
_SPLIT_VERB_CHARS = 120


def _outlets_inside_split_verbs(reading: Reading, found: list[Attribution]) -> list[Attribution]:
    """The subject between a compound tense's auxiliary and its participle, as German and
    Dutch order a clause after a fronted phrase ("Zuvor hatte die Zeitung Bild berichtet",
    "Am Montagabend hatte der Nachrichtensender CNN einen Mitschnitt veröffentlicht",
    "Eerder had de Volkskrant gemeld"): registered news outlets only, right after the
    auxiliary or after a noun for a news outlet ("der Nachrichtensender"), and not read by
    another rule. A person there ("hatte Trump CNN gesagt") leaves the outlet an object."""
    text, sentence, _, lexicon, _ = reading
    if lexicon.split_auxiliary is None:
        return []
    taken = [a.source for a in found]
    added: list[Attribution] = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        participle = text.rfind(" ", cue.start(), cue.end()) + 1  # the cue's last word
        floor = max(sentence.start, cue.start() - _SPLIT_VERB_CHARS)
        auxiliaries = list(lexicon.split_auxiliary.finditer(text, floor, participle))
        if not auxiliaries or cue["verb"] in _ADDRESSEE_VERBS:
            continue
        auxiliary = auxiliaries[-1]  # the nearest before the participle
        role = lexicon.anaphor.match(text, _after_space(text, auxiliary.end()), participle)
        position = role.end() if role is not None else auxiliary.end()
        added.extend(_outlet_run(reading, position, participle, Span(cue.start(), cue.end(), cue.group(0)), taken))
    return added


def _outlet_run(reading: Reading, start: int, stop: int, cue: Span, taken: list[Span]) -> list[Attribution]:
    """The registered news outlets standing at ``start`` as a verb's subject, with only
    articles, conjunctions or quotation marks between them ("der Spiegel und die SZ"), each
    an attribution of the cue unless another rule read it. A government body there is the
    verb's object ("acusó a la OTAN"), and so is a name with a case ending."""
    text, registry = reading.text, reading.registry
    found: list[Attribution] = []
    position = start
    for mention in registry.find_mentions(text, start, stop):
        if not _BETWEEN_OUTLETS.match(text[position:mention.start]) or mention.outlet.kind == "government" \
                or _inflected(registry, text, mention):
            break
        position = mention.end
        found.extend(_untaken_outlet(reading, mention, cue, taken))
    return found


def _untaken_outlet(reading: Reading, mention: OutletMention, cue: Span, taken: list[Span]) -> list[Attribution]:
    """The outlet mention as an attribution of the cue, unless another rule read that name
    (its span is added to ``taken``)."""
    source = _mention_source(reading.text, mention)
    if any(_overlap(source.span, other) for other in taken):
        return []
    taken.append(source.span)
    return [_attribution(reading.text, reading.sentence, source, cue)]


#: How far before its participle an agent's preposition may open.
_AGENT_CHARS = 40
_ONLY_QUOTES = re.compile(r"[\s\"'„“”«»]*")


def _agents_of_participles(reading: Reading, found: list[Attribution]) -> list[Attribution]:
    """The outlet that is the agent of a participle used as an adjective, German and Dutch
    ("in der am Montagabend vom US-Sender CNN publik gemachten Aufnahme", "de door de
    Volkskrant gepubliceerde documenten"): the recording is CNN's publication, wherever the
    clause around it starts."""
    text, sentence, registry, lexicon, _ = reading
    if lexicon.agent_preposition is None:
        return []
    taken = [a.source for a in found]
    added: list[Attribution] = []
    for cue in lexicon.verb_cue.finditer(text, sentence.start, sentence.end):
        floor = max(sentence.start, cue.start() - _AGENT_CHARS - _AFTER_VERB_CHARS)
        before = [m for m in registry.find_mentions(text, floor, cue.start())
                  if _ONLY_QUOTES.fullmatch(text, m.end, cue.start())]
        if not before or before[-1].outlet.kind == "government" or _inflected(registry, text, before[-1]):
            continue
        mention = before[-1]
        opening = max(sentence.start, mention.start - _AGENT_CHARS)
        if lexicon.agent_preposition.search(text[opening:mention.start]) is None:
            continue
        added.extend(_untaken_outlet(reading, mention, Span(cue.start(), cue.end(), cue.group(0)), taken))
    return added


def _inflected(registry: Registry, text: str, mention: OutletMention) -> bool:
    """A name with a case ending ("der Süddeutschen Zeitung", "Bilder" read as "Bild" + "er")
    is no subject standing after its verb: a subject there is in the nominative, as named."""
    return registry.by_name(text[mention.start:mention.end]) is None


def _after_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _participle_attributions(reading: Reading) -> list[Attribution]:
    """", saying …", ", adding …": the source is the subject the sentence opens with."""
    text, sentence, _, lexicon, _ = reading
    if lexicon.participle_cue is None:
        return []
    subject = _SUBJECT.match(text, sentence.start, sentence.end)
    if subject is None:
        return []
    np = Span(subject.start("np"), subject.end("np"), subject["np"])
    found = []
    for cue in lexicon.participle_cue.finditer(text, np.end, sentence.end):
        source = _classify(reading, np)
        if source:
            found.append(_attribution(text, sentence, source, Span(cue.start(), cue.end(), cue.group(0))))
    return found


def _object_source(reading: Reading, cue: Span) -> list[Attribution]:
    """The nested source of "the report quoted an unnamed official as saying"."""
    text, sentence = reading.text, reading.sentence
    np = noun_phrase_after(text, cue.end, sentence.end, reading.lexicon.source_end)
    source = _classify(reading, np) if np else None
    return [_attribution(text, sentence, source, cue)] if source else []


