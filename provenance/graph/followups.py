"""Follow-ups: a page answering a report is a story of its own.

"The Kremlin on Monday denied a report in The New York Times that ..." is news about a
denial. Its source is the Kremlin's statement, and the Times' report is background the
page retells: a weak citation, never its parent. A follow-up is told by its first
sentence (or, when that names no report, its headline), which carries a verb of response
and a noun for what it answers (both lists in ``data/followups.json``, several languages);
the responder is the sentence's first named speaker, or the words before the verb
(:mod:`.responders` names who speaks; this module decides what the news is).

A page leading with a new event of someone's making, "Strache resigned on Saturday after
the video ...", is likewise news of its own: its source is that person's announcement
(the name nearest before the event verb, completed from the pile's full names).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from provenance import resources
from provenance.facts import ArticleFacts, slug
from provenance.graph.background import body_outlets
from provenance.graph.clauses import (
    CJK_WORD,
    SUBORDINATE,
    leading_verb,
    lexicon,
    main_clause_start,
    split_verb,
)
from provenance.graph.described import country_only, described_body
from provenance.graph.inquiries import decider, decision_verbs, inquiry_verbs, investigator
from provenance.graph.leads import (
    OUTSIDE_TEXT,
    QUOTE_OPENERS,
    SOURCE_KINDS,
    FollowUpKind,
    Lead,
    lead_spans,
    named_subject,
    page_leads,
)
from provenance.graph.nodes import NodeTable
from provenance.graph.organisation_names import body_name_key, organisation_key, organisation_named
from provenance.graph.people import clean_name, credited_person, person_key, publication_platform
from provenance.graph.remarks import clarify_verbs, remarks_after
from provenance.graph.responders import (
    actor,
    full_name,
    known_person,
    responder,
    spokesperson_after,
    stance_cue,
    without_time,
)
from provenance.graph.scripts import uncased_mentions
from provenance.kinds import TEXT_RELATIONS, Derivation, NodeKind, Relation
from provenance.models import Attribution, Edge, Evidence, Node
from provenance.nounphrases import names_a_country, not_name_openers
from provenance.outlets import Outlet, Registry
from provenance.reuse import LINK_RULE
from provenance.textspans import word_pattern

_STATEMENT_NOTES = {"answer": "a statement answering the story's report, named by a follow-up",
                    "statement": "what a person said, which a page's lead reports as its news",
                    "event": "the person's own announcement of the new event a follow-up reports (a resignation)",
                    "inquiry": "the investigating body's announcement of the inquiry a follow-up reports",
                    "decision": "the body's announcement of the decision a page reports as its news (a press release, "
                                "a ruling)"}
#: Confidence of a follow-up's citation of the statement it reports.
STATEMENT_CONFIDENCE = 0.9
#: Confidence left to what a follow-up retells as background.
BACKGROUND_CONFIDENCE = 0.3



@dataclass(frozen=True)
class FollowUp:
    article: str
    responder: str
    evidence: Evidence
    kind: FollowUpKind = "answer"  # answers a report, or reports a new event (a resignation)
    body: str | None = None  # the registry id of the government body that speaks, when one does
    speaks_for: str | None = None  # the body a person speaks for ("Kremlin spokesman Dmitry Peskov")
    subject: str = ""  # the lead's words before its verb, where the responder is named
    relayed_by: tuple[str, ...] = ()  # outlets the lead says tell a statement ("…, Reuters reports")
    organisation: str | None = None  # the pile's organisation that speaks (organisations.py), by its key


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resources.bundled("followups.json")
    return (lexicon(data["denial_verbs"]), lexicon(data["response_verbs"]),
            lexicon(data["report_nouns"], compounds=True))


@cache
def _events() -> re.Pattern[str]:
    """Verbs of a new event the follow-up reports; "tritt … zurück" is a verb in two parts."""
    alternatives = [split_verb(entry) for entry in
                    sorted(resources.bundled("followups.json")["event_verbs"], key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


#: An event verb may stand further into its sentence than a denial: German ends a clause
#: with it ("Wegen des Skandals ist Österreichs Vizekanzler Heinz-Christian Strache
#: zurückgetreten"), and the verb's words themselves are rarely anything else.
EVENT_WITHIN_WORDS = 30


#: Lead sentences whose answer and event verbs are kept: a pile's copies share their leads.
LEADS_KEPT = 16_384


@lru_cache(maxsize=LEADS_KEPT)
def _event(sentence: str) -> re.Match[str] | None:
    """The verb by which a sentence reports a new event (someone resigned), if it does.
    Cached, as :func:`_answer`."""
    return leading_verb(_events(), sentence, EVENT_WITHIN_WORDS)


def _inquiry(sentence: str, registry: Registry | None) -> tuple[re.Match[str], str, FollowUpKind] | None:
    """The verb by which a lead reports an inquiry opened, and the investigating body that
    opened it (:mod:`.inquiries`): "Le parquet national financier a ouvert une enquête …"."""
    verb = _opening(sentence)
    if verb is None:
        return None
    found = investigator(sentence[main_clause_start(sentence[:verb.start()]) or 0:verb.start()], registry)
    return (verb, found[0], "inquiry") if found is not None else None


def _decision(sentence: str, registry: Registry | None) -> tuple[re.Match[str], str, FollowUpKind] | None:
    """The verb by which a lead reports a registered body's decision, and the body
    (:mod:`.inquiries`): "The International Criminal Court has issued an arrest warrant …"."""
    verb = _deciding(sentence)
    if verb is None:
        return None
    body = decider(sentence[main_clause_start(sentence[:verb.start()]) or 0:verb.start()], registry)
    return (verb, body.name, "decision") if body is not None else None


@lru_cache(maxsize=LEADS_KEPT)
def _deciding(sentence: str) -> re.Match[str] | None:
    """A lead's own verb of a decision, as :func:`_event` finds a resignation's."""
    return leading_verb(decision_verbs(), sentence, EVENT_WITHIN_WORDS)


@lru_cache(maxsize=LEADS_KEPT)
def _opening(sentence: str) -> re.Match[str] | None:
    """A lead's own verb of opening an investigation, as :func:`_event` finds a resignation's."""
    return leading_verb(inquiry_verbs(), sentence, EVENT_WITHIN_WORDS)


def denies(cue: str) -> bool:
    """Whether an attribution's cue is a verb of denial ("a démenti", "denied")."""
    return _patterns()[0].search(cue) is not None or _participles().search(cue) is not None


@cache
def _participles() -> re.Pattern[str]:
    """A denial's participles and gerunds ("denying", "negando"): the lead's own answer only
    near its start. Further in, one may be another's the sentence quotes ("The NCSC said it had
    no cause to doubt statements made by Apple and Amazon yesterday, denying a Bloomberg
    report"): the news is what the NCSC said."""
    return lexicon(resources.bundled("followups.json")["denial_participles"])


@lru_cache(maxsize=LEADS_KEPT)
def _answer(sentence: str, language: str) -> re.Match[str] | None:
    """The verb by which a sentence answers a report, if it does. Cached: it depends on the
    sentence and its language alone, and a pile's copies share their leads."""
    denials, responses, nouns = _patterns()
    denial = leading_verb(denials, sentence) or leading_verb(_participles(), sentence)
    if denial is not None:
        if main_clause_start(sentence[:denial.start()]) and not nouns.search(sentence, denial.end()):
            return None  # "According to the Courier, the board denied hiding …": the Courier's news
        return None if _negated(sentence, denial) else denial
    denial = denials.search(sentence)
    response = responses.search(sentence) or denial
    if response is not None:
        fronted = main_clause_start(sentence[:response.start()])  # after "According to X," the report follows
        if fronted is not None and (nouns.search(sentence, response.end() if fronted else 0)
                                    or remarks_after(sentence, response.end(), others_only=True)):
            return None if _negated(sentence, response) else response
    return _clarified(sentence) or _called_false(sentence, language) or _declined_comment(sentence)


def _declined_comment(sentence: str) -> re.Match[str] | None:
    """A lead's own refusal to comment ("Kremlin spokesman Dmitry Peskov on Friday declined to
    comment on the threat …", "أكد الكرملين رفضه التعليق على تصريحات …"): the refusal answers
    what it will not comment on, and is the page's news (``no_comment_verbs``)."""
    verb = leading_verb(_no_comment(), sentence)
    return None if verb is None or _negated(sentence, verb) else verb


@cache
def _no_comment() -> re.Pattern[str]:
    return lexicon(resources.bundled("followups.json")["no_comment_verbs"])


def _clarified(sentence: str) -> re.Match[str] | None:
    """A lead's own verb clarifying someone's remarks: "The Vatican has explained the words of
    Pope Francis in an interview", "Vatican clarifies Pope's words". The clarification is the
    news, the remarks it explains background, as with an answer to a report."""
    verb = leading_verb(clarify_verbs(), sentence)
    if verb is None or _negated(sentence, verb) or not remarks_after(sentence, verb.end()):
        return None
    return verb


#: How many words before a verb of answer, and after it, a negation may stand.
NEGATION_BEFORE_WORDS, NEGATION_AFTER_WORDS = 3, 2


def _negated(sentence: str, verb: re.Match[str]) -> bool:
    """A negated verb answers nothing: "Die US-Regierung bestreitet nicht, dass …" (does not
    deny), "did not deny", "n'a pas démenti", "не отрицает" (``negations`` in
    data/followups.json)."""
    before = re.findall(r"[\w'’-]+", sentence[:verb.start()])[-NEGATION_BEFORE_WORDS:]
    after = re.findall(r"[\w'’-]+", sentence[verb.end():])[:NEGATION_AFTER_WORDS]
    words = {word.casefold().replace("’", "'") for word in (*before, *after)}
    unspaced = sentence[max(0, verb.start() - 2):verb.start()]  # "不否认", "未否定": no spaces to split on
    return bool(words & _negations()) or any(word.endswith("n't") for word in words) or \
        any(CJK_WORD.match(word) and word in unspaced for word in _negations())


@cache
def _negations() -> frozenset[str]:
    return frozenset(word.casefold() for word in resources.bundled("followups.json")["negations"])


def _called_false(sentence: str, language: str) -> re.Match[str] | None:
    """A verb of saying near the start, a report noun and a word of falsity after the verb:
    "The White House said on Wednesday that a blog post … is utterly false" denies it."""
    verbs = _saying(language)
    saying = leading_verb(verbs, sentence) if verbs is not None else None
    if saying is None or not _patterns()[2].search(sentence):
        return None
    return saying if _falsity().search(sentence, saying.end()) else None


@cache
def _saying(language: str) -> re.Pattern[str] | None:
    verbs = _speech_verbs(language)
    return lexicon(verbs) if verbs else None


@cache
def _falsity() -> re.Pattern[str]:
    return lexicon(resources.bundled("followups.json")["falsity_words"], compounds=True)


def follow_up(fact: ArticleFacts, people: Mapping[str, str] | None = None,
              publishers: Collection[str] = (), registry: Registry | None = None,
              leads: list[Lead] | None = None) -> FollowUp | None:
    """The responder, when the page's first sentence (or else its headline) answers a report
    or reports a new event of someone's making. ``people``: the pile's full names by key;
    ``leads``: the page's :func:`page_leads` when already read (the fact index reads them
    once, for the citations too)."""
    leads = page_leads(fact) if leads is None else leads
    for lead in leads:
        start, sentence = lead.start, lead.text
        kind: FollowUpKind = "answer"
        verb = _answer(sentence, fact.language) if "answer" in lead.kinds else None
        if verb is not None and lead.place == "address" and not named_subject(sentence[:verb.start()]):
            continue  # an address's answer needs a named subject: see ADDRESS_SUBJECT_WORDS
        if verb is None and "event" in lead.kinds:
            verb, kind = _event(sentence), "event"
        opened = _inquiry(sentence, registry) or _decision(sentence, registry) \
            if verb is None and "event" in lead.kinds else None
        if opened is not None:
            verb, kind = opened[0], opened[2]
        if verb is None:
            said = _statement(fact, start, sentence, people or {}, publishers, registry) \
                if "statement" in lead.kinds else None
            if said is not None:
                return said
            continue
        relayed: tuple[str, ...] = ()
        if opened is not None:
            speaker: str | None = opened[1]
        elif kind == "event":  # "gab Strache ... seinen Rücktritt bekannt": a subject inside the verb first
            speaker = known_person(verb.group(0).split(), people or {}) or \
                actor(sentence[:verb.start()], people or {}) or \
                actor(sentence[verb.end():], people or {}, first=True)
        else:
            at = start if lead.in_text else -len(sentence) - 1  # not in the text: no attribution of it is in it
            main = main_clause_start(sentence[:verb.start()]) or 0  # after "According to Reuters,"
            relayed = _fronted_relays(fact, at, at + main)
            speaker = responder(fact, at + main, at + verb.start(), sentence[main:verb.start()], sentence[verb.end():])
            if speaker is None or (CJK_WORD.search(speaker) and _SUBJECT_END.search(speaker)):
                speaker = _uncased_subject(sentence[main:verb.start()], sentence[verb.end():])
                speaker = _known_in_script(fact, speaker, people or {}) or speaker
        if speaker is None or speaker.strip().casefold() in not_name_openers() or _an_outlet(speaker, registry):
            continue  # "He denies wrongdoing …": a pronoun names no one; an outlet answers by its report
        body = _answering_body(fact, speaker, leads, registry)
        spokesperson = spokesperson_after(fact, start + verb.end(), sentence[verb.end():]) \
            if body is not None and kind == "answer" and lead.in_text else None
        through = f", through {spokesperson}" if spokesperson else ""  # a body's answer in its spokesperson's words
        speaker = spokesperson or (body.name if body is not None else speaker)
        what = {"answer": "answers a report", "inquiry": "is the news: it opened an inquiry",
                "decision": "is the news: its decision"}.get(
            kind, "is the news: a new event")
        where = "" if lead.in_text else f", {OUTSIDE_TEXT[lead.place]}" + \
            (f": {fact.identified.cleaned.document.url}" if lead.place == "address" else "")
        evidence = Evidence(kind="attribution", article=fact.id, text=sentence,
                            start=start if lead.in_text else None, end=start + len(sentence) if lead.in_text else None,
                            detail=f"follow-up: {body.name if body is not None else speaker} {what} "
                                   f"({verb.group(0)}{where}{through})")
        return FollowUp(fact.id, speaker, evidence, kind, body=body.id if body is not None else None,
                        subject=sentence[:verb.start()], relayed_by=relayed)
    return None


def _known_in_script(fact: ArticleFacts, speaker: str | None, people: Mapping[str, str]) -> str | None:
    """The pile's full name of a responder written in a script without capitals ("بوتين ينفي"):
    the known person whose surname the page writes as a word of the responder, read where the
    page gives it with the given name too ("فلاديمير بوتين", :mod:`.scripts`), when one is."""
    if not speaker or not people or not _UNCASED.search(speaker):
        return None
    words = set(speaker.split())
    text = fact.identified.cleaned.document.text
    keys = {key for start, end, key in uncased_mentions(text, 0, len(text), people) if text[start:end] in words}
    return people[keys.pop()] if len(keys) == 1 else None


def _fronted_relays(fact: ArticleFacts, start: int, end: int) -> tuple[str, ...]:
    """The outlets a lead's fronted "according to" clause names ("据路透社报道，克里姆林宫否认…"):
    they tell the answer, as "…, Reuters reports" does after it (:func:`relays`)."""
    return tuple(sorted({a.outlet_id for a in fact.attributions
                         if a.kind == "outlet" and a.outlet_id and start <= a.source.start < end}))


def _answering_body(fact: ArticleFacts, speaker: str, leads: list[Lead], registry: Registry | None) -> Outlet | None:
    """The government body that answers: the one the responder names ("US Department of
    Homeland Security", one node whatever the page calls it), or, for a country ("U.S.
    government sides with Apple, effectively denying …"), the one body of that country that
    speaks in the page's leads ("Homeland Security has said it has 'no reason to doubt' …")."""
    if registry is None:
        return None
    named = registry.by_name(speaker)
    if named is not None and named.kind == "government":
        return named
    country = country_only(speaker)
    if country is None:
        return None
    spans = lead_spans(leads)
    for within in (spans, [(0, len(fact.identified.cleaned.document.text))]):  # the leads, else the page
        speaking = {a.outlet_id for a in fact.attributions if a.kind == "person" and a.cue is not None
                    and a.outlet_id is not None and any(start <= a.source.start < end for start, end in within)}
        bodies = {body.id: body for key in speaking if (body := registry.get(key)) is not None
                  and body.kind == "government" and body.country == country}
        if bodies:
            return next(iter(bodies.values())) if len(bodies) == 1 else None
    return None


#: Letters of scripts without capitals whose leads :func:`.responders.responder` reads no
#: name in: Arabic and Persian, Chinese, Japanese, Korean.
_UNCASED = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: Where the subject of such a lead ends: a topic particle (Japanese "は", "が"; Korean "은",
#: "는" closing a word), a comma, a date's digit or a word of time; Japanese "と" (and) ends
#: the first of joined subjects, as "Apple and Amazon denied" is read for Apple.
_SUBJECT_END = re.compile(r"は|が|と|[은는](?=\s)|[,，、،]|\d|(?<!\w)(?:يوم|اليوم|أمس|مساء|صباح|روز|امروز|دیروز)(?!\w)|"
                          r"今天|昨天|今日|昨日|当天|當天|当日|[周週][一二三四五六日]|星期|日前|近日")
#: A subject longer than this is not a name: the sentence was read wrong.
MAX_SUBJECT_CHARS = 60


_AFTER_COLON = re.compile(r"[:：]")


def _uncased_subject(before: str, after: str) -> str | None:
    """Who answers in a lead written without capitals, where :func:`.responders.responder`,
    which reads names by them, finds no one: the subject before the verb, up to its particle,
    a comma, a date, a word of time or the report noun ("AppleとAmazonは、…報道を否定した" -> "AppleとAmazon",
    "라도라 항만청은 18일 …" -> "라도라 항만청"), or after the verb when it opens the sentence,
    as Arabic puts it ("نفى مجلس ميناء رادورا يوم الثلاثاء …" -> "مجلس ميناء رادورا"). A label
    before a colon is no part of it ("اسم الخبر : بوتين ينفي …", "news title: Putin denies")."""
    before = _AFTER_COLON.split(before)[-1].strip()
    text = before or after.strip()
    if not _UNCASED.search(text):
        return None
    ends = [found.start() for found in (_SUBJECT_END.search(text), _patterns()[2].search(text)) if found]
    subject = text[:min(ends, default=len(text))].strip(" ,،、，")
    if any(mark in subject for mark in QUOTE_OPENERS):
        return None  # words quoted, not a subject: "“他們對我們的回應完全不感興趣…”"
    return subject if 0 < len(subject) <= MAX_SUBJECT_CHARS else None


#: A parenthesis closing within this many characters of a lead's start holds its dateline's mark.
DATELINE_CHARS = 80


def _statement(fact: ArticleFacts, start: int, sentence: str, people: Mapping[str, str],
               publishers: Collection[str], registry: Registry | None) -> FollowUp | None:
    """A lead that reports what a named person said and names no report it comes from:
    "Iran's top authority Ayatollah Ali Khamenei said on Tuesday that Tehran had not been
    involved" is news of Khamenei's speech. Not a question (a video's teaser), not a country
    or a body ("North Korea announced": its state media's report), not in a sentence that
    names a news outlet (the outlet reports the words) other than by a wire's dateline
    ("MOSCOW (Sputnik) …, Kremlin spokesman Dmitry Peskov said"), not words said in an
    interview (the interviewer's report: the outlet that ran it), not a publication ("showed
    in a thread": the person's post is the source, people.py), not words written in a
    document someone else made public ("Justice Alito writes in the draft": the news is
    the leaked draft, its publisher the source), not a person whose own
    publication the pile already names (that is the story's original, not a follow-up)."""
    end = start + len(sentence)
    inside = [a for a in fact.attributions if start <= a.source.start < end]
    marks = [(a.source.start, a.source.end) for a in inside if a.kind == "dateline"]  # the wire carries the words
    opening = sentence.find(")", 0, DATELINE_CHARS)
    if sentence.find("(", 0, max(opening, 0)) >= 0:  # "MOSCOW (UrduPoint News / Sputnik - 05th May, 2023)"
        marks.append((start, start + opening))
    if sentence.rstrip()[-1:] in "?？؟" or sentence.lstrip()[:1] == "¿" or _said_in_an_interview(sentence) or \
            publication_platform(sentence) is not None or _document_words().search(sentence):
        return None
    relays = _relaying_outlets(fact, start, end, inside, marks, registry)
    if relays is None:
        return None  # "…, anunció la agencia norcoreana de noticias, KCNA": the agency's report
    speakers = [a for a in inside if a.kind == "person" and a.cue is not None
                and speech_verb(a.cue.text, fact.language) and not stance_cue(a.cue.text)]
    if any(a.cue is not None and _writing_verbs().search(a.cue.text) for a in speakers):
        return None  # "a écrit le juge Alito dans la déclaration, qui n'est pas encore définitive": a writing
    bodies = {id(a): body for a in speakers if (body := _speaking_body(a, fact, registry)) is not None}
    for attribution in speakers:
        if attribution.cue is None or id(attribution) in bodies:
            continue  # a person first: "Nato chief Jens Stoltenberg has said", not NATO
        name = clean_name(without_time(attribution.label))
        if name is None or names_a_country(name):
            continue
        key = person_key(name)
        name = people.get(key, name) if len(key) >= 4 else name  # "Porqué Trump" -> "Donald Trump"
        if len(name.split()) < 2 or person_key(name) in publishers or _posted_by(fact, key):
            continue
        evidence = Evidence(kind="attribution", article=fact.id, text=sentence, start=start, end=end,
                            detail=f"follow-up: the lead reports what {name} said ({attribution.cue.text})")
        return FollowUp(fact.id, name, evidence, "statement", speaks_for=_spoken_for(attribution, registry),
                        relayed_by=relays)
    if any(id(a) not in bodies for a in speakers):
        return None  # a person speaks in the lead, not as news of its own (her publication, a country)
    found = _body_statement(fact, start, sentence, [(a, bodies[id(a)]) for a in speakers])
    return replace(found, relayed_by=relays) if found is not None else None


def _relaying_outlets(fact: ArticleFacts, start: int, end: int, inside: list[Attribution],
                      marks: list[tuple[int, int]], registry: Registry | None) -> tuple[str, ...] | None:
    """The news outlets a statement's lead says tell it, or None when an outlet the lead names
    makes the lead that outlet's report. A lead naming an outlet tells its report ("…, KCNA
    reported": the agency's story), unless it also names the report the statement is about:
    "Britain's cyber security agency said it had no reason to doubt the denials of a Bloomberg
    story, Reuters reports" is Reuters telling the agency's statement (its relay); a wire's
    dateline only carries the words; an outlet that is a participle's agent ("published by
    Politico") made what the statement answers."""
    agented = [a for a in inside if _agent_of_participle(a, fact)]
    sources = [a for a in inside if a.kind in SOURCE_KINDS and a.kind != "dateline" and a not in agented]
    if registry is None:
        return None if sources else ()
    text = fact.identified.cleaned.document.text
    agents = {a.source.start for a in agented}
    named = [found for found in body_outlets(fact, registry) if start <= found.start < end
             and _news_outlet(found.outlet_id, registry) and not any(s <= found.start < e for s, e in marks)
             and found.start not in agents]
    relays = {a.outlet_id for a in sources if a.kind == "outlet" and a.outlet_id is not None}
    its_report = {found.outlet_id for found in named  # not "Reuters reports", a relay's verb
                  if found.outlet_id not in relays and _names_its_report(text, found.end, found.start)}
    telling = {found.outlet_id for found in named if found.outlet_id not in its_report}
    if not sources and not telling:
        return ()
    if not its_report or len(relays) < len(sources) or not telling <= relays or relays & its_report:
        return None
    return tuple(sorted(relays))


#: What joins a passive participle to its agent, and a word or two for the outlet's kind:
#: "publicado pelo site Politico", "published by the news site", "publié par le site".
_AGENT_GAP = re.compile(r"\s*(?:by|pelo|pela|pelos|pelas|por|par|von|vom|da|dal|dalla|door|przez)\s+"
                        r"(?:[^\W\d_][\w-]*\s+){0,2}?", re.IGNORECASE)


def _agent_of_participle(attribution: Attribution, fact: ArticleFacts) -> bool:
    """An outlet named as the agent of a participle ("a document …, published by Politico"):
    it published what the lead's speaker answers; it does not tell the speaker's words."""
    cue = attribution.cue
    return attribution.kind == "outlet" and cue is not None and cue.end <= attribution.source.start and \
        _AGENT_GAP.fullmatch(fact.identified.cleaned.document.text, cue.end, attribution.source.start) is not None


#: A report noun right after an outlet's name, an adjective at most between ("a Bloomberg
#: report", "Bloomberg's momentous report"), makes the name the report's. ("The report by
#: Bloomberg" is read as an attribution, which keeps a lead from being a statement.)
_REPORT_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?:(?!(?:that|the|a|an|which|who|its?|and|or|to|on|in|was|is)\s)"
                                r"[\w-]+\s+)?", re.IGNORECASE)


def _names_its_report(text: str, name_end: int, name_start: int | None = None) -> bool:
    """Whether an outlet named in a lead is the report a statement answers ("the agency said it
    had no reason to doubt the denials of a Bloomberg report", "lo scoop del New York Times"),
    not the outlet telling the words ("…, anunció la agencia KCNA") nor one spoken to ("told
    Reuters that the report")."""
    after = _patterns()[2].search(text, name_end, name_end + 40)
    if after is not None and _REPORT_AFTER_NAME.fullmatch(text, name_end, after.start()) is not None:
        return True
    if name_start is None:
        return False
    before = text[max(0, name_start - REPORT_BEFORE_CHARS):name_start]
    nouns = list(_patterns()[2].finditer(before))
    return bool(nouns) and _OF_BEFORE_NAME.fullmatch(before, nouns[-1].end()) is not None


#: How far before an outlet's name the report noun of "lo scoop del “New York Times”" may stand.
REPORT_BEFORE_CHARS = 40
#: What joins a report noun to the outlet whose report it is, written before the name: "report
#: by", "scoop del", "article du", "Bericht der", nothing in a genitive ("статья Radora
#: Courier"), and an opening quotation mark.
_OF_BEFORE_NAME = re.compile(r"\s+(?:(?:by|of|in|from|del|della|dello|dei|de|du|des|de la|do|da|dos|das|di|der|des|"
                             r"von|vom|в|из|w|z)\s+)?(?:(?:the|la|le|el|il|lo|die|der|das|den|dem)\s+)?"
                             r"[\"“”„«»'‘’]?\s*", re.IGNORECASE)


def _body_statement(fact: ArticleFacts, start: int, sentence: str,
                    speakers: list[tuple[Attribution, Outlet]]) -> FollowUp | None:
    """A lead reporting what a registered government body said, when no person speaks in it
    ("국방부는 … 공식 발표했다", "the Russian Defence Ministry said", "Britain's national cyber
    security agency said"): the body's statement, one node whatever the page calls the body."""
    for attribution, body in speakers:
        if attribution.cue is None:
            continue
        if _NAME.search(sentence, 0, max(0, attribution.source.start - start)):
            return None  # a name before it is the subject: "Євген Пригожин у зверненні до Міноборони заявив"
        # "The Kremlin said …" and, further on, "Kremlin spokesman Dmitry Peskov told reporters":
        # the body's statement, in its spokesperson's words
        spokesperson = spokesperson_after(fact, start + len(sentence), sentence[attribution.cue.end - start:])
        through = f", through {spokesperson}" if spokesperson else ""
        evidence = Evidence(kind="attribution", article=fact.id, text=sentence, start=start,
                            end=start + len(sentence),
                            detail=f"follow-up: the lead reports what {body.name} said "
                                   f"({attribution.cue.text}{through})")
        return FollowUp(fact.id, spokesperson or body.name, evidence, "statement", body.id)
    return None


@cache
def _speech_verbs(language: str) -> frozenset[str]:
    return frozenset(verb.casefold() for verb in
                     resources.languages().get(language, {}).get("phrases", {}).get("verbs", ()))


def speech_verb(cue: str, language: str) -> bool:
    """Whether a cue is one of the language's verbs of saying ("said", "stated", "äußerte"),
    not a stance phrase the learned cues found ("can decide")."""
    verbs = _speech_verbs(language)
    words = cue.casefold().split()
    return any(" ".join(words[i:j]) in verbs for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _body_named(attribution: Attribution, registry: Registry | None) -> Outlet | None:
    """The registered government body or organisation the attribution is tied to, if any: the
    speaker itself, or the body a person speaks for ("Kremlin spokesman Dmitry Peskov")."""
    outlet = registry.get(attribution.outlet_id) if registry is not None and attribution.outlet_id else None
    return outlet if outlet is not None and outlet.kind == "government" else None


def _government_body(attribution: Attribution, registry: Registry | None) -> Outlet | None:
    """The body when the attribution names it as the speaker ("Nato chief Jens Stoltenberg" is
    a person at NATO, not NATO)."""
    body = _body_named(attribution, registry)
    return body if body is not None and (attribution.label == body.name or body.is_called(attribution.label)) \
        else None  # "The Vatican said": the Holy See by one of its names


def _speaking_body(attribution: Attribution, fact: ArticleFacts, registry: Registry | None) -> Outlet | None:
    """The body that speaks: named ("the Russian Defence Ministry said") or described by its
    role where the page names it elsewhere (:mod:`.described`)."""
    return _government_body(attribution, registry) or described_body(attribution, fact, registry)


def _spoken_for(attribution: Attribution, registry: Registry | None) -> str | None:
    """The id of the body a person is named as speaking for."""
    body = _body_named(attribution, registry)
    return body.id if body is not None else None


def _an_outlet(speaker: str, registry: Registry | None) -> bool:
    """Whether the responder read is a news outlet's name, an adjective of place before it at
    most ("French Mediapart", from "French Mediapart journalist says judicial source denies
    report"): an outlet's answer is a report of its own, which the page's citations read."""
    if registry is None:
        return False
    mentions = registry.find_mentions(speaker)
    return any(_news_outlet(mention.outlet.id, registry) and len(speaker[:mention.start].split()) <= 1
               and not speaker[mention.end:].strip() for mention in mentions)


def _news_outlet(outlet_id: str, registry: Registry) -> bool:
    """A registered outlet that reports news (the White House's own site is a speaker's)."""
    outlet = registry.get(outlet_id)
    return outlet is not None and outlet.kind != "government"


def _posted_by(fact: ArticleFacts, key: str) -> bool:
    """Whether the page embeds, links or credits a post of this person's ("Source: Kadyrov on
    Telegram"): her publication, not a statement."""
    return any((a.kind in ("post", "link") and person_key(clean_name(a.label) or a.label) == key)
               or (a.kind == "credit" and credited_person(a.label) == key) for a in fact.attributions)


def voiced_bodies(followups: Mapping[str, FollowUp], languages: Mapping[str, str] | None = None) -> dict[str, FollowUp]:
    """Answers by a body ("The White House said a blog post … is utterly false") given to the
    person who speaks for it elsewhere in the pile: a page whose lead names the same body
    and whose answer is a person's ("the White House denied …; a spokesperson …, Adrienne
    Watson, said"). Only when one person alone does, or one alone on pages in the page's
    language (``languages``, each page's: the Taliban's English statements are Zabihullah
    Mujahid's, its German one Suhail Shaheen's), and not one whose name holds the body's
    ("Bouygues" the company is not Martin Bouygues): the body's statement is hers."""
    by_word: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # a lead's words -> (person, lead, language)
    language_of = languages or {}
    for article_id, found in followups.items():
        if found.kind == "answer" and found.body is None and full_name(found.responder):  # a body is no spokesperson
            # the body named where the responder is, not in the claim answered ("… a report
            # that soldiers were paid by Russia": the Taliban's spokesman does not speak for Russia)
            lead = (found.subject or found.evidence.text).casefold()
            for word in set(_WORDS.findall(lead)):
                by_word[word].append((found.responder, lead, language_of.get(article_id, "")))
    result = _bodies_by_their_speakers(followups)
    for article_id, found in followups.items():
        if found.kind != "answer" or full_name(found.responder):
            continue
        body = _ARTICLE.sub("", found.responder.strip()).casefold()
        words = _WORDS.findall(body)
        if len(body) < 4 or not words:
            continue
        voices = [(person, language) for person, lead, language in by_word.get(max(words, key=len), ())
                  if body in lead and body not in person.casefold()]
        speakers = {person for person, _ in voices}
        if len(speakers) > 1:  # several spokespeople: the one the pages in this page's language name
            speakers = {person for person, language in voices if language == language_of.get(article_id)}
        if len(speakers) == 1:
            result[article_id] = replace(found, responder=speakers.pop())
    return result


def _bodies_by_their_speakers(followups: Mapping[str, FollowUp]) -> dict[str, FollowUp]:
    """A body's statement ("The Kremlin said on Thursday") given to the one person the pile's
    other leads name speaking for that body ("Kremlin spokesman Dmitry Peskov said"): one
    statement, told with or without its speaker's name."""
    speakers: dict[str, set[str]] = defaultdict(set)
    for found in followups.values():
        if found.speaks_for:
            speakers[found.speaks_for].add(found.responder)
    result = dict(followups)
    for article_id, found in followups.items():
        if found.body and len(speakers.get(found.body, ())) == 1:
            (person,) = speakers[found.body]
            evidence = replace(found.evidence, detail=f"{found.evidence.detail}; {person} speaks for it in the pile")
            result[article_id] = replace(found, responder=person, body=None, speaks_for=found.body, evidence=evidence)
    return result


_ARTICLE = re.compile(r"^(?:the|la|le|el|il|die|der|das)\s+", re.IGNORECASE)
#: A person's name: two capitalised words in a row, in Latin, Cyrillic or Greek script.
_NAME = re.compile(r"(?<!\w)(?!(?:The|A|An)\s)[A-ZÀ-ÞА-ЯЁЄІЇҐΑ-Ω][\w’'-]+\s+[A-ZÀ-ÞА-ЯЁЄІЇҐΑ-Ω][\w’'-]+")
_WORDS = re.compile(r"\w+")


@cache
def _document_words() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["document_words"])


@cache
def _writing_verbs() -> re.Pattern[str]:
    """Verbs of writing: what a lead says someone wrote is a document or a post (its publisher
    the source, or the person's publication: people.py), not words spoken as news."""
    return word_pattern(resources.bundled("followups.json")["writing_verbs"])


@cache
def _interview_words() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["interview_words"], compounds=True)


def _said_in_an_interview(sentence: str) -> bool:
    """Whether the lead's speaker spoke in an interview: an interview word in its main clause,
    before any "that", "when", "que" … ("X said in an interview with Y that …"); one further on
    is another's ("The Vatican said the Pope did not mean … when he spoke in a television
    interview": the Vatican's statement)."""
    clause = SUBORDINATE.search(sentence)
    return _interview_words().search(sentence, 0, clause.start() if clause else len(sentence)) is not None


def _answered(edge: Edge, followups: Mapping[str, FollowUp]) -> bool:
    """A follow-up's edge that points at the story it answers (not at another follow-up's text).
    A page leading with someone's statement keeps the text it wholly took (a copy of a wire's
    story of a speech is still that wire's copy; a paragraph of background is not), and
    another follow-up's text taken from such a page is background: a resignation is not the
    remarks of the day before. Nor does a statement's page share a source with pages it shares
    a paragraph with (the speech's words, translated alike): only one it shares most of its
    text with, or one whose shared text tells the statement itself (its lead: one wire's story
    of the statement, carried with other paragraphs)."""
    found = followups[edge.source]
    statement = found.kind == "statement"
    if edge.relation == Relation.SHARES_SOURCE:
        return statement and edge.reuse is not None and \
            LINK_RULE.derivation(edge.reuse.aligned) != Derivation.WHOLLY and not _shares_lead(edge, found)
    if edge.relation == Relation.WEAKLY_CITES:
        return False
    if edge.relation in TEXT_RELATIONS:
        if statement and edge.reuse is not None and edge.reuse.derivation == Derivation.WHOLLY:
            return False
        target = followups.get(edge.target)
        if target is None or target.kind == "statement":
            return True
        # the Taliban's answer carried under Russia's: another's news, unless it is the page's lead
        return _speaker_key(target) != _speaker_key(found) and not _shares_lead(edge, found, target)
    return True


def _speaker_key(found: FollowUp) -> str:
    """Who answers, as the statement node keys them: the body's id, an unregistered
    investigating body's whole name ("parquet-de-radora"), an organisation's name ("The Stamou
    Rail Company" -> "stamourail", as :mod:`.organisations` keys its statements), else the
    person's key."""
    return found.body or found.organisation or _name_key(found.responder if found.kind == "inquiry" else
                                                         clean_name(found.responder) or found.responder,
                                                         found.kind)


def _name_key(name: str, kind: FollowUpKind) -> str:
    if kind == "inquiry":
        return slug(name)
    organisation = organisation_named(name)[0]  # a company's last word is a noun, no surname
    if organisation is not None:
        return organisation_key(organisation)
    return body_name_key(name) or person_key(name)


def _shares_lead(edge: Edge, found: FollowUp, target: FollowUp | None = None) -> bool:
    """Whether a passage the edge shares, close enough to count as copied (``match_ratio``), is
    the follow-up's lead sentence (and, given the target's follow-up, the target's lead too:
    both tell the same news first; "Russia on Saturday denounced …" and "The Taliban on Saturday
    rejected …" match at 58 %, two answers told alike)."""
    lead = found.evidence
    other = target.evidence if target is not None else None
    if lead.start is None or lead.end is None:
        return False
    return any(piece.kind == "passage" and piece.article == edge.source and _overlaps(piece.start, piece.end, lead)
               and (piece.similarity or 0.0) * 100 >= LINK_RULE.match_ratio
               and (other is None or _overlaps(piece.other_start, piece.other_end, other))
               for piece in edge.evidence)


def _overlaps(start: int | None, end: int | None, span: Evidence) -> bool:
    return None not in (start, end, span.start, span.end) and \
        start < span.end and span.start < end  # type: ignore[operator]


#: "and" between names in a responder: "Apple and Amazon", "Apple y Amazon", "AppleとAmazon".
_JOINT = re.compile(r"\s+(?:and|&|y|e|et|und|en|i|и)\s+(?=[^\W\d_])|と(?=\w)")
#: Confidence of a follow-up's citation of the statement of a party answering beside the first.
JOINT_STATEMENT_CONFIDENCE = 0.85


def parties(responder: str) -> list[str]:
    """The parties that answer together, in the page's order ("Apple and Amazon reject claims":
    Apple's statement and Amazon's), each one node, whatever company a page names it in. A
    name with a lower-case word after "and" ("Ministry of Defence and its allies") is one."""
    parts = [part.strip(" ,") for part in _JOINT.split(responder)]
    return parts if len(parts) > 1 and all(part[:1].isupper() for part in parts) else [responder]


def refocus(edges: list[Edge], followups: Mapping[str, FollowUp], nodes: NodeTable,
            statements: bool = True) -> list[Edge]:
    """A follow-up's edges to what it retells become background; its citation of an outlet
    that tells the follow-up's news goes to that outlet's report of it (:func:`relays`,
    :func:`relay_node`); with ``statements``, it also cites its responder's statement, or
    the relay's report does (once: pass it with the citation edges)."""
    relayed = relays(edges, followups, nodes)
    result: list[Edge] = []
    for edge in edges:
        found = followups.get(edge.source)
        if found is not None and edge.target in relayed.get(edge.source, ()):
            result.append(replace(edge, target=relay_node(edge.target, found, nodes)))
        elif found is not None and _answered(edge, followups):
            first, *rest = edge.evidence  # every piece kept; the first (the link's summary) says why
            evidence = (replace(first, detail=f"{first.detail}; background: the page answers this report"), *rest)
            result.append(replace(edge, relation=Relation.WEAKLY_CITES, confidence=BACKGROUND_CONFIDENCE,
                                  evidence=evidence))
        else:
            result.append(edge)
    if not statements:
        return result
    for article_id, node_ids in _statement_nodes(followups, nodes).items():
        found = followups[article_id]
        citers = [relay_node(report, found, nodes) for report in relayed.get(article_id, ())] or [article_id]
        for number, node_id in enumerate(node_ids):
            confidence = STATEMENT_CONFIDENCE if number == 0 else JOINT_STATEMENT_CONFIDENCE
            result.extend(Edge(citer, node_id, Relation.CITES, confidence, (found.evidence,)) for citer in citers)
    return result


def relays(edges: list[Edge], followups: Mapping[str, FollowUp], nodes: NodeTable) -> dict[str, tuple[str, ...]]:
    """Each follow-up's relays: the reports of outlets its lead says tell the news ("…, Reuters
    reports") and of those its credit line or dateline names ("With inputs from Reuters",
    "(Reuters) -"): a credit is for the page's text, whose news is the follow-up's."""
    found: dict[str, set[str]] = {article: {f"report:{outlet}" for outlet in followup.relayed_by}
                                  for article, followup in followups.items() if followup.relayed_by}
    for edge in edges:
        if edge.source in followups and edge.relation == Relation.CREDITS and edge.target.startswith("report:"):
            found.setdefault(edge.source, set()).add(edge.target)
    return {article: tuple(sorted(report for report in reports if report in nodes))
            for article, reports in found.items()}


def relay_node(report_id: str, found: FollowUp, nodes: NodeTable) -> str:
    """An outlet's report of a follow-up's statement ("Reuters reports" the cyber agency's
    words): a node of its own, apart from the outlet's report of the story itself, which the
    pile's other pages cite ("report:reuters" and "report:reuters:ncsc")."""
    report = nodes[report_id]
    return nodes.add(replace(report, id=f"{report_id}:{_speaker_key(found)}",
                             label=f"{report.label} (on {found.responder})",
                             note=f"{report.label}'s report of {found.responder}'s statement, not in the corpus"))


def _statement_nodes(followups: Mapping[str, FollowUp], nodes: NodeTable) -> dict[str, list[str]]:
    """Each follow-up's statement nodes, its first party's first. The form most pages give
    names a node ("The Taliban" of two English pages, not the one Portuguese page's "Os
    talibãs"): spellings of one key share the node made first."""
    names = {article_id: [found.responder] if found.body or found.organisation or found.kind == "inquiry" else
             [clean_name(party) or party for party in parties(found.responder)]
             for article_id, found in followups.items()}
    counts = Counter(name for found_names in names.values() for name in found_names)
    node_ids: dict[str, list[str]] = {}
    for article_id in sorted(followups, key=lambda found_in: (-counts[names[found_in][0]], found_in)):
        found = followups[article_id]
        node_ids[article_id] = [
            nodes.add_person(Node(id=f"statement:{found.body or found.organisation or _name_key(name, found.kind)}",
                                  kind=NodeKind.STATEMENT,
                                  label=f"{name} (statement)", in_corpus=False, person=name, outlet_id=found.body,
                                  note=_STATEMENT_NOTES[found.kind]))
            for name in names[article_id]]  # a body by its registry id: one node whatever the page calls it
    return dict(sorted(node_ids.items()))
