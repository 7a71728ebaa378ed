"""Who speaks a quotation when no cue verb precedes it: transcript labels ("OKAFOR:" in a
transcript), lead-ins ("And from Chairwoman Y:"), trailers ("— Commissioner X"), and the
source after an inverted verb ('…,” said the paper', '…, reported Reuters')."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from provenance.attribution.patterns import (
    _ADDRESSEE_VERBS,
    _AFTER_QUOTE,
    _AND,
    _APPOSED_NAME,
    _BEFORE_INVERTED,
    _INVERTED_NOT_SPEAKER,
    _LEADING_NAME,
    _PRONOUN,
    _SPEAKER_DETERMINERS,
)
from provenance.attribution.sources import (
    Reading,
    _attribution,
    _classify,
    _classify_all,
    _looks_like_person,
    _Source,
    _two_people,
    name_for_role,
)
from provenance.models import Attribution, Span
from provenance.nounphrases import (
    not_names,
    noun_phrase_after,
    strip_span,
)

#: Speaker labels that make an article a transcript (see ``_Context.transcript``).
TRANSCRIPT_LABELS = 2
_SPEAKER = re.compile(r"(?<![^\n])(?P<who>[A-Z][A-Z.'’ -]{1,30}[A-Z.])(?P<colon>:)\s")
_LEAD_IN_SPEAKER = re.compile(r"(?<![^\n])(?:And\s+)?(?:from|From)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)"
                              r"\s*(?P<colon>:)\s*$", re.MULTILINE)
_TRAILER = re.compile(r"(?:(?<![^\n])|[”\"]\s*)(?P<dash>[—–]|--)\s*"
                      r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s*$", re.MULTILINE)
#: A full name, at most its affiliation in parentheses, a colon, then a quotation: the
#: speaker as headlines, live pages and French copy set it ('Catherine Nayl (TF1) : « J'ai
#: eu … »', 'Ilse Marrow: "We paid in full."'). Not after a lower-case word: 'he told Radio
#: Kettleby: "…"' names whom he spoke to.
_NAMED_QUOTE = re.compile(r"(?<![a-zà-ÿа-яё,] )(?<![\w'’])"
                          r"(?P<who>[A-ZÀ-ÖØ-ÞА-ЯЁΆ-ΏΑ-Ω][\w'’-]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞА-ЯЁΆ-ΏΑ-Ω][\w'’-]+){1,3})"
                          r"(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]*(?P<colon>:)[ \u00a0]*[«\"“„]")


def _named_quotes(reading: Reading) -> list[Attribution]:
    """People named before a colon that opens a quotation (:data:`_NAMED_QUOTE`); a name that
    is an outlet or no one's ("Breaking News:") is left to the other rules."""
    text, sentence = reading.text, reading.sentence
    if text.find(":", sentence.start, sentence.end) < 0:
        return []  # most sentences: no colon, no pattern run
    found = []
    for match in _NAMED_QUOTE.finditer(text, sentence.start, sentence.end):
        who = Span(match.start("who"), match.end("who"), match["who"])
        if any(word.casefold() in not_names() for word in who.text.split()):
            continue  # "Breaking News:", "Live Updates:"
        sources = _classify_all(reading, who)
        if len(sources) == 1 and sources[0].kind == "person":
            cue = Span(match.start("colon"), match.end("colon"), ":")
            found.append(_attribution(text, sentence, sources[0], cue))
    return found


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


def _inverted_source(reading: Reading, cue: re.Match[str]) -> list[Attribution]:
    """Verb before source after a quote or comma: '…,” reported Reuters', '…, said the paper';
    or opening the sentence, capitalised: 'Said Comey, “The thought …”'."""
    text, sentence = reading.text, reading.sentence
    opening = not text[sentence.start:cue.start()].strip() and cue["verb"][:1].isupper()
    if not opening and not _BEFORE_INVERTED.search(text[max(sentence.start, cue.start() - 3):cue.start()]):
        return []
    start = _after_adverbs(reading, cue.end())
    relay = reading.lexicon.relay.search(text, start, sentence.end) if reading.lexicon.relay else None
    # "…, berichtete die Nachrichtenagentur AP unter Berufung auf …": the source ends where it relays
    np = noun_phrase_after(text, start, relay.start() if relay else sentence.end, reading.lexicon.source_end)
    sources = _classify_all(reading, np) if np else []  # "…, reported Reuters and EFE"
    if np:  # "…, said the Pentagon spokesman, Brig. Gen. Pat Ryder"
        sources = name_for_role(text, np, sources, sentence.end)
        if len(sources) == 1 and sources[0].kind == "person" and sources[0].span.start > np.start:
            sources += _joined_name_after(text, sources[0], sentence.end)  # "…, Ilse Marrow, und der …, Tomas Quell"
    if np and sources and np.text[:1].islower() and all(s.kind == "outlet" for s in sources):
        sources = _person_at_outlet(text, np, sentence.end, sources[0]) or sources
    if not sources and np and cue["verb"] not in _ADDRESSEE_VERBS and _AFTER_QUOTE.search(
            text, max(sentence.start, cue.start() - 6), cue.start()):
        speaker = _inverted_speaker(_named_speaker(text, np, sentence.end))
        sources = _two_people(speaker) if speaker else []  # '…," said Nancy Pelosi and Chuck Schumer'
        if speaker and len(sources) == 1 and speaker.kind == "person":
            sources += _joined_name_after(text, speaker, sentence.end)  # "», ont averti Mme Pelosi et M. Schumer."
    if not sources and np and cue["verb"] not in _ADDRESSEE_VERBS:  # "…, afirmó Nancy Pelosi este martes"
        sources = _full_name_opening(np)
    cue_span = Span(cue.start(), cue.end(), cue.group(0))
    speaker, addressed = (_name_before_outlets(np, sources), False) if np else (None, False)
    if speaker is None and np:
        speaker, addressed = _speaker_after_outlet(reading, np, sources)
    if speaker is None and not addressed and np:
        speaker, addressed = _speaker_before_addressee(reading, np, sources)
    if speaker is not None or addressed:  # "…, verrät Ghazi Hamad der BBC": he speaks, the BBC is spoken to
        return [*([_attribution(text, sentence, speaker, cue_span)] if speaker is not None else []),
                *(replace(_attribution(text, sentence, s, cue_span), role="conduit") for s in sources)]
    attributions = [_attribution(text, sentence, source, cue_span) for source in sources]
    if cue["verb"] in _ADDRESSEE_VERBS:  # "…, told the New York Times": whom the source spoke to
        return [replace(a, role="conduit") for a in attributions if a.kind == "outlet"]
    return attributions


#: What stands between a speaker and the outlet he spoke to: a dative article or "to".
_ADDRESSEE_ARTICLE = re.compile(r"\s+(?:der|dem|den|gegenüber(?: der| dem| den)?|tegen(?: de| het)?)\s+"
                                r"(?:[A-ZÄÖÜ][\w-]*(?:agentur|zeitung|sender|blatt|magazin|portal|krant|omroep)\s+)?"
                                r"[„“\"«]?", re.IGNORECASE)


#: A second name joined to a speaker's: "et M. Schumer", "and Chuck Schumer", "y Carmen Ortiz".
_JOINED_NAME = re.compile(rf"\s+{_AND}\s+(?P<name>(?:[A-ZÀ-Þ][\w.'’-]*\s+){{0,2}}[A-ZÀ-Þ][\w'’-]+)")


#: A second speaker after "and" with a role of its own set off by commas: ", und der
#: Mehrheitsführer im Senat, Chuck Schumer", ", et le chef de la majorité, Chuck Schumer".
_JOINED_ROLE_NAME = re.compile(rf",?\s+{_AND}\s+(?:[^\W\d_][^,.;:!?\n]{{2,60}}),\s+"
                               r"(?P<name>(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,2}[A-ZÀ-Þ][\w'’-]+)(?=\s*[,.;:!?]|\s*$)")


def _joined_name_after(text: str, speaker: _Source, ceiling: int) -> list[_Source]:
    """The person named right after the speaker with "and" between, who speaks with them,
    directly or after a role of their own ("…, Nancy Pelosi, und der Mehrheitsführer im
    Senat, Chuck Schumer")."""
    joined = _JOINED_NAME.match(text, speaker.span.end, ceiling) or \
        _JOINED_ROLE_NAME.match(text, _past_comma(text, speaker.span.end), ceiling)
    if joined is None or not _looks_like_person(joined["name"]):
        return []
    name = Span(joined.start("name"), joined.end("name"), joined["name"])
    return [_Source("person", name, name.text, via=speaker.via)]


def _past_comma(text: str, at: int) -> int:
    """Past the comma closing an apposition the speaker's name stood in ("…, Nancy Pelosi, und")."""
    return at + 1 if text[at:at + 1] == "," else at


def _full_name_opening(np: Span) -> list[_Source]:
    """A person's full name (two to three capitalised words) opening the phrase after an
    inverted verb, before lower-case words that say when or where: Romance languages put
    the speaker there after a comma as after a quotation ("…, afirmó Nancy Pelosi este
    martes", "…, ha detto Mario Draghi in conferenza stampa"); a single capitalised word
    ("…, dijo Pelosi") is left to the other rules."""
    leading = _LEADING_NAME.match(np.text)
    if leading is None or len(leading["name"].split()) < 2 or not _looks_like_person(leading["name"]):
        return []
    name = Span(np.start, np.start + leading.end("name"), leading["name"])
    return [_Source("person", name, name.text, via="speaker after an inverted verb")]


def _name_before_outlets(np: Span, sources: list[_Source]) -> _Source | None:
    """A person's full name opening the phrase after an inverted verb, before the outlets
    found in it: German and Dutch put whom one spoke to after the speaker, without a
    preposition ("verrät Ghazi Hamad der BBC", "zei Jan de Vries tegen de NOS")."""
    if not sources or any(s.kind != "outlet" for s in sources):
        return None
    leading = _LEADING_NAME.match(np.text)
    if leading is None or len(leading["name"].split()) < 2 or \
            not _ADDRESSEE_ARTICLE.fullmatch(np.text, leading.end("name"), sources[0].span.start - np.start):
        return None  # "цитирует Ким Чен Ына агентство ЦТАК": the agency quotes him
    name = Span(np.start, np.start + leading.end("name"), leading["name"])
    return _Source("person", name, name.text, via="speaker after an inverted verb")


def _speaker_after_outlet(reading: Reading, np: Span, sources: list[_Source]) -> tuple[_Source | None, bool]:
    """The speaker after the outlet spoken to, and whether the outlet is spoken to, where a
    language puts the addressee first with no preposition: Russian and Ukrainian ("…», —
    заявил РИА Новости глава управления Иван Петров": he told RIA Novosti; an indeclinable
    name's case shows only in this order), German with a dative article ("sagte dem
    Spiegel ein Sprecher", spoken to whoever speaks). Not English, where a role after the
    outlet is a person at it ("said CNN anchor Jake Tapper")."""
    text, lexicon = reading.text, reading.lexicon
    if lexicon.language == "en" or len(sources) != 1 or sources[0].kind != "outlet":
        return None, False
    outlet = sources[0].span
    before = text[np.start:outlet.start].strip()
    dative = before.lower() in lexicon.addressee_articles
    if before and not dative and not lexicon.anaphor.fullmatch(before):
        return None, False
    rest = strip_span(text, outlet.end, np.end)
    if rest is None or not text[outlet.end:rest.start].isspace():
        return None, False  # "РИА Новости." ends the phrase; "Spiegel-Reporter" is one word
    speaker = _classify(reading, rest)
    if speaker is not None and speaker.kind in ("person", "anonymous"):
        return speaker, True
    return None, dative


def _speaker_before_addressee(reading: Reading, np: Span, sources: list[_Source]) -> tuple[_Source | None, bool]:
    """The speaker before the outlet spoken to, and whether the outlet is spoken to, where a
    preposition, and maybe a noun for the outlet, stands between them after an inverted verb
    ("…, a déclaré Jean Dupont à l'AFP", "…, dijo el ministro a la agencia EFE", "ha detto
    Mario Rossi al Corriere"): the outlet is a conduit, never the subject."""
    addressee = _addressee_before_name(reading.lexicon.addressee_articles)
    if addressee is None or len(sources) != 1 or sources[0].kind != "outlet":
        return None, False
    marked = addressee.search(reading.text, np.start, sources[0].span.start)
    speaker = strip_span(reading.text, np.start, marked.start()) if marked is not None else None
    if speaker is None:
        return None, False
    found = _classify(reading, speaker)
    return (found if found is not None and found.kind in ("person", "anonymous") else None), True


#: Lower-case words (a noun for the outlet) that may stand between the preposition and its name.
ADDRESSEE_NOUN_WORDS = 3


@cache
def _addressee_before_name(articles: frozenset[str]) -> re.Pattern[str] | None:
    """A language's addressee preposition closing the words before an outlet's name, with up to
    ADDRESSEE_NOUN_WORDS words between ("à l'", " a la agencia ", " al ")."""
    if not articles:
        return None
    alternation = "|".join(re.escape(word) for word in sorted(articles, key=len, reverse=True))
    return re.compile(rf"\s(?:{alternation})(?:(?<=['’])|\s+)(?:[^\W\d_]+\s+){{0,{ADDRESSEE_NOUN_WORDS}}}"
                      r"[„“\"«]?$", re.IGNORECASE)


def addressee_first(reading: Reading, np: Span, sources: list[_Source], cue: re.Match[str]) -> list[Attribution] | None:
    """The outlet before the verb spoken to, where the language's opener says so and words
    follow the verb naming who spoke ("Об этом ТАСС сообщил источник в ведомстве": a source
    told TASS): the outlet a conduit, the phrase after the verb its speaker. None where the
    rule does not apply."""
    text, sentence, lexicon = reading.text, reading.sentence, reading.lexicon
    if lexicon.addressee_opener is None or len(sources) != 1 or sources[0].kind != "outlet":
        return None
    outlet = sources[0].span
    if not lexicon.addressee_opener.fullmatch(text, np.start, outlet.start) or text[outlet.end:np.end].strip():
        return None
    rest = noun_phrase_after(text, _after_adverbs(reading, cue.end()), sentence.end, lexicon.source_end)
    if rest is None:
        return None  # "Об этом ТАСС сообщил.": TASS's report
    speaker = _classify(reading, rest)
    if speaker is None or speaker.kind not in ("person", "anonymous"):
        return None  # "Про це Укрінформ повідомив у понеділок": a day, not who spoke
    cue_span = Span(cue.start(), cue.end(), cue.group(0))
    return [_attribution(text, sentence, speaker, cue_span),
            replace(_attribution(text, sentence, sources[0], cue_span), role="conduit")]


def speaker_after_conduit(reading: Reading, cue_start: int, outlet: _Source) -> _Source | None:
    """Who spoke, after an inverted conduit cue and its outlet ('"…", izjavio je sinoć za
    MSNBC izveštač Politika Džoš Gerštajn': the reporter told MSNBC), outside English, where
    a role after the outlet is a person at it ("told CNN anchor Jake Tapper")."""
    text, sentence, lexicon = reading.text, reading.sentence, reading.lexicon
    if lexicon.language == "en" or outlet.kind != "outlet" \
            or not _BEFORE_INVERTED.search(text[max(sentence.start, cue_start - 3):cue_start]):
        return None
    rest = noun_phrase_after(text, outlet.span.end, sentence.end, lexicon.source_end)
    if rest is None or not text[outlet.span.end:rest.start].isspace():
        return None
    speaker = _classify(reading, rest)
    return speaker if speaker is not None and speaker.kind in ("person", "anonymous") else None


def _after_adverbs(reading: Reading, at: int) -> int:
    """Where the subject of an inverted verb starts: after the adverbs that may follow the
    verb ("déclarait alors Michel Julien", "ha detto poi il ministro")."""
    run = reading.lexicon.adverb_run
    skipped = run.match(reading.text, at, reading.sentence.end) if run is not None else None
    return skipped.end() if skipped is not None and skipped.end() > at else at


def _person_at_outlet(text: str, np: Span, ceiling: int, outlet: _Source) -> list[_Source]:
    """The speaker a role at an outlet names after it ('…», disse a diretora de informação da
    AFP, Michèle Léridon'): a person at that outlet, not a citation of its report."""
    apposed = _APPOSED_NAME.match(text, np.end, ceiling)
    if apposed is None:
        return []
    name = Span(apposed.start("name"), apposed.end("name"), apposed["name"])
    return [_Source("person", name, name.text, outlet.outlet_id, via=f"a person at {outlet.label}")]


def _named_speaker(text: str, np: Span, ceiling: int) -> Span:
    """The name in a speaker phrase, when it gives one: after the role ('the news director,
    Jane Doe'), or before where it was said ('Jane Doe sur Twitter'); else the phrase."""
    apposed = _APPOSED_NAME.match(text, np.end, ceiling)
    if apposed is not None:
        return Span(apposed.start("name"), apposed.end("name"), apposed["name"])
    leading = _LEADING_NAME.match(np.text)
    if leading is not None:
        return Span(np.start, np.start + leading.end("name"), leading["name"])
    return np


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


