"""Separable verbs: a German or Dutch reporting verb split round its subject.

German and Dutch put a separable verb's particle at the end of its clause, away from its
finite part: "Das Ministerium teilte am Montag in Berlin mit", and after a fronted phrase
the subject stands between the two: "Das teilte das Verkehrsministerium am Montag mit",
"Am Freitag gab die Polizei bekannt", "Dat maakte het ministerie maandag bekend". The
lexicon's verb pattern matches the two parts only when adverbs alone stand between
("teilte am Montag mit"); this rule reads the rest. Which verbs split is data: a two-word
verb entry whose second word is one of the language's ``separable_particles``.

The particle must close its clause (punctuation or the sentence's end after it): "mit",
"an" and "ein" are prepositions too ("sprach mit Reuters"). The subject is the noun phrase
before the finite verb when it names a source, else the one right after it ("teilte die
Zeitung mit"); a phrase opened by a dative article ("teilte dem Spiegel mit") is the
addressee, so an outlet there is a conduit, never the source.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provenance import language
from provenance.attribution.sources import Reading, _attribution, _classify_all, _overlap, _Source
from provenance.models import Attribution, Span
from provenance.nounphrases import noun_phrase_before, strip_span

_WORD = re.compile(r"\S+")


def separable_attributions(reading: Reading, found: list[Attribution]) -> list[Attribution]:
    """Sources of the separable verbs of one sentence that no other rule has read."""
    text, sentence, _, lexicon, _ = reading
    if lexicon.separable_verb is None:
        return []
    taken = [a.source for a in found]
    cues = [a.cue for a in found if a.cue is not None]
    added: list[Attribution] = []
    for match in lexicon.separable_verb.finditer(text, sentence.start, sentence.end):
        finite = Span(match.start("finite"), match.end("finite"), match["finite"])
        if (match["finite"].lower(), match["particle"].lower()) not in lexicon.separable_pairs \
                or any(_overlap(finite, cue) for cue in cues):
            continue  # another verb's particle, or read whole ("teilte am Montag mit")
        cue = Span(match.start(), match.end(), match.group(0))
        for source, conduit in _subjects(reading, finite, match.start("particle")):
            if not any(_overlap(source.span, other) for other in taken):
                taken.append(source.span)
                attribution = _attribution(text, sentence, source, cue)
                added.append(replace(attribution, role="conduit") if conduit else attribution)
    return added


def _subjects(reading: Reading, finite: Span, particle: int) -> list[tuple[_Source, bool]]:
    """The verb's sources, each with whether it is spoken to: the phrase before the finite
    verb if it names one, else the phrase after it."""
    text, sentence = reading.text, reading.sentence
    before = noun_phrase_before(text, sentence.start, finite.start)
    sources = [s for s in _classify_all(reading, before) if s.kind != "person" or _subject_shaped(reading, s)] \
        if before is not None else []
    inside = _phrase_after(reading, finite.end, particle)
    addressee = inside is not None and inside.text.split()[0].lower() in reading.lexicon.addressee_articles
    spoken_to = [(s, True) for s in _classify_all(reading, inside) if s.kind == "outlet"] \
        if inside is not None and addressee else []
    if sources:  # "Das Ministerium teilte dem Spiegel mit": the ministry to Der Spiegel
        return [*((source, False) for source in sources), *spoken_to]
    if inside is None or addressee:
        return spoken_to
    return [(source, False) for source in _classify_all(reading, inside)]


def _subject_shaped(reading: Reading, source: _Source) -> bool:
    """A fronted phrase read as a person must be a name ("Anna Berg teilte … mit") or
    open with a subject's article ("Die Polizei teilte … mit"), not be an adverbial a
    sentence opens with ("Am Montag", "In Berlin"): the verb's subject is then after it."""
    words = source.span.text.split()
    if len(words) < 2:
        return False
    if words[0].lower() in reading.lexicon.subject_articles:
        return True
    function_words = language.stopwords(reading.lexicon.language)
    return all(word[:1].isupper() and word.lower() not in function_words for word in words)


def _phrase_after(reading: Reading, start: int, stop: int) -> Span | None:
    """The noun phrase right after the finite verb: past the adverbs there ("gab am Freitag
    die Polizei bekannt"), to the first function word or adverb after its first word, or
    the first lower-case word after a capitalised one outside a registered name
    ("das Verkehrsministerium | am Montag", "Ministerin Anna Berg | in Kiel", "die Agentur dpa | unter …")."""
    text, adverbs = reading.text, reading.lexicon.adverb_run
    function_words = language.stopwords(reading.lexicon.language)
    if adverbs is not None and (run := adverbs.match(text, start, stop)):
        start = run.end()
    names = [(m.start, m.end) for m in reading.registry.find_mentions(text, start, stop)]
    end, capitalised, first = stop, False, True
    for word in _WORD.finditer(text, start, stop):
        inside_name = any(a <= word.start() < b for a, b in names)
        lower = not word.group(0)[:1].isupper()
        if not first and not inside_name and (word.group(0).lower() in function_words or (capitalised and lower)
                                             or (adverbs is not None and adverbs.match(text, word.start(), stop))):
            end = word.start()
            break
        capitalised, first = capitalised or not lower, False
    return strip_span(text, start, end) if capitalised else None
