"""Leads: where a page says what its news is.

A follow-up (:mod:`.followups`) is told by its lead: the body's first sentence (and the next
when the first is a quotation or sets a scene), its sub-headlines, its headline: the text's
own, else the title a record gives apart, else the one its address spells. Scraped pages
hide their news behind furniture (a caption, a dateline on its own line, a byline), lose
their headline, or open by retelling the report they follow up; this module finds the
leads and says which follow-ups each can tell (:class:`Lead`). It decides nothing about
them: that is :mod:`.followups`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from provenance import resources
from provenance.facts import ArticleFacts
from provenance.models import Block, Span
from provenance.textspans import is_abbreviation, word_pattern
from provenance.urls import slug_words

FollowUpKind = Literal["answer", "event", "inquiry", "decision", "statement"]

#: An optional dateline before a lead sentence: a place and date, abbreviated or not, then
#: the mark and a dash ("PARIS (Reuters) -", "Tehran, Oct. 10, (dpa/GNA) –").
_DATELINE_OPENING = re.compile(r"\s*[^\n()]{0,60}?\([^()\n]{1,40}\)\s*[-–—]\s*")
_SENTENCE_STOP = re.compile(r"[.!?。！？]")  # the full-width marks end Chinese and Japanese sentences
#: A lead sentence runs this many characters at least and at most before its full stop.
MIN_LEAD_CHARS, MAX_LEAD_CHARS = 20, 400


#: Attributions that name where a first sentence's news comes from.
SOURCE_KINDS = frozenset({"outlet", "dateline", "credit", "vague-media"})
#: A title longer than this is not a headline (a page whose title block took a paragraph).
MAX_HEADLINE_CHARS = 200
#: Where evidence read outside the page's text was read, as its detail says (renderers repeat it).
OUTSIDE_TEXT = {"title": "in the page's title", "address": "in the page's address"}


def lead_spans(leads: list[Lead]) -> list[tuple[int, int]]:
    """Where the page says what its news is (its :func:`page_leads`), as character spans."""
    return [(lead.start, lead.start + len(lead.text)) for lead in leads if lead.in_text]


_ALL_KINDS: frozenset[FollowUpKind] = frozenset({"answer", "event", "statement"})
#: What a headline tells after a first sentence that retells the report: an answer, a new event.
_AFTER_RETELLING: frozenset[FollowUpKind] = frozenset({"answer", "event"})
_EVENTS: frozenset[FollowUpKind] = frozenset({"event"})


@dataclass(frozen=True)
class Lead:
    """Where a page says what its news is: a sentence, a sub-headline, the headline."""

    start: int  # in the page's text (0 for a headline read in its address)
    text: str
    kinds: frozenset[FollowUpKind] = _ALL_KINDS  # the follow-ups it can tell
    place: Literal["text", "title", "address"] = "text"  # the title a record gives apart, the address's words

    @property
    def in_text(self) -> bool:
        return self.place == "text"


def page_leads(fact: ArticleFacts) -> list[Lead]:
    """Where a page says what its news is: the body's first sentence (and the next when the
    first is a quote or sets a scene), its sub-headlines, then its headline: the text's, else
    the one a record gives apart (a JSON title field), else the one its address spells. When
    the first sentence names the report the news comes from ("…, the Times reported"), the
    news is that report, whatever the headline adds, unless the headline answers it or
    reports a new event: "Apple and Amazon Reject Claims of Chinese Spy Chips" over a first
    sentence that retells the claims, not "Joe Biden asked Zelensky …" (a statement) over
    "…, US media reported". An address tells the same after such a sentence, else only a
    new event (an answer there is as often the page's own news, which its lead tells)."""
    cleaned = fact.identified.cleaned
    text = cleaned.document.text
    found: list[Lead] = []
    retold = False
    first, decks = _lead_paragraph(fact)
    if first is not None:
        sentence = _first_sentence(text, first, min(len(text), first + 600))
        while sentence is not None:
            sentence = _with_its_speaker(text, sentence)
            found.append(Lead(sentence.start, sentence.text))
            if any(sentence.start <= a.sentence.start < sentence.end and a.kind in SOURCE_KINDS
                   for a in fact.attributions):
                retold = True
                break
            if len(found) > 1 or not _says_little(sentence.text):
                break
            sentence = _first_sentence(text, sentence.end, min(len(text), sentence.end + 600))  # the next says it
    after = _AFTER_RETELLING if retold else _ALL_KINDS
    found.extend(Lead(deck.start, text[deck.start:deck.end], after) for deck in decks)  # sub-headlines tell it too
    title = next((block for block in cleaned.blocks if block.role == "title"), None)
    if title is not None and title.end - title.start <= MAX_HEADLINE_CHARS and \
            not _holds_caption(fact, title.start, title.end):  # a caption taken for it
        headline = text[title.start:title.end].split(";")[0]  # "…; Moscow denies": its first clause is the news
        found.append(Lead(title.start, headline, after))
    elif title is None and cleaned.document.title and len(cleaned.document.title) <= MAX_HEADLINE_CHARS:
        # a record's title field: no statement, whose speaker is read in the text's attributions
        found.append(Lead(0, cleaned.document.title.split(";")[0], after - {"statement"}, "title"))
    elif title is None and (spelled := address_headline(text, cleaned.document.url, fact.language)) is not None:
        found.append(Lead(0, spelled, _AFTER_RETELLING if retold else _EVENTS, "address"))
    return found


#: An address's headline answers when the words before its verb are a name of at most this
#: many words: "Tim Cook refute …", "Taliban reject claims …"; not "Russia offered reward
#: militants kill us troops Afghanistan moscow denies report", whose second clause the
#: address ran on without its ";".
ADDRESS_SUBJECT_WORDS = 4


def named_subject(before: str) -> bool:
    words = before.split()
    return 0 < len(words) <= ADDRESS_SUBJECT_WORDS and words[0][:1].isupper() and \
        all(word[:1].isupper() or word.casefold() in ("and", "&") for word in words)


def address_headline(text: str, url: str | None, language: str = "und") -> str | None:
    """The headline a page's address spells (:func:`.urls.slug_words`), each word written as
    the page writes it ("tim-cook-refute-…" -> "Tim Cook refute …", "dement" -> "dément"):
    scraped pages often lose their headline, and many sites spell it in the address, without
    accents and with German umlauts as two letters ("zurueck"), which a German word the page
    does not write gets back."""
    words = slug_words(url)
    if not words:
        return None
    written = []
    for word in words:
        found = _whole_word(word).search(text)
        written.append(found.group(0) if found is not None else
                       _umlauts(word) if language == "de" else word)
    headline = " ".join(written)
    return headline[:1].upper() + headline[1:]


#: What an address writes for a letter with a diacritic: its base letter, or two letters.
_SPELLINGS = {"a": "[aàáâãäåą]", "c": "[cçćč]", "e": "[eèéêëęě]", "i": "[iìíîïı]", "n": "[nñńň]",
              "o": "[oòóôõöøő]", "u": "[uùúûüůű]", "s": "[sśšş]", "z": "[zźżž]", "y": "[yýÿ]", "r": "[rř]",
              "l": "[lł]", "g": "[gğ]", "d": "[dđď]", "t": "[tťţ]"}
#: German letters an address writes as two: the umlauts, and "ß".
_UMLAUTS = {"ae": "ä", "oe": "ö", "ue": "ü"}
_TWO_LETTERS = {**_UMLAUTS, "ss": "ß"}


#: Address words whose patterns are kept (per process): Python's own cache holds 512 patterns,
#: fewer than the distinct words of a large pile's addresses, which were compiled again and again
#: (3,869 compilations for 34,527 searches at 10,009 articles, measured by a profile).
ADDRESS_WORDS_KEPT = 16_384


@lru_cache(maxsize=ADDRESS_WORDS_KEPT)
def _whole_word(word: str) -> re.Pattern[str]:
    """An address word as a whole word of the text, in any case and with any diacritics."""
    return re.compile(rf"(?<!\w){_unaccented(word)}(?!\w)", re.IGNORECASE)


def _unaccented(word: str) -> str:
    """A pattern of the word as a page may write it with its diacritics ("dement": "dément",
    "zurueck": "zurück"), read left to right, two letters that may be one first."""
    word = word.casefold()
    parts = []
    position = 0
    while position < len(word):
        pair = word[position:position + 2]
        if pair in _TWO_LETTERS:
            parts.append(f"(?:{pair}|{_TWO_LETTERS[pair]})")
            position += 2
            continue
        parts.append(_SPELLINGS.get(word[position], re.escape(word[position])))
        position += 1
    return "".join(parts)


def _umlauts(word: str) -> str:
    """A German word of an address with its umlauts ("zurueck" -> "zurück", "Oesterreich" -> "Österreich")."""
    for pair, letter in _UMLAUTS.items():
        word = word.replace(pair, letter).replace(pair.capitalize(), letter.upper())
    return word


def _first_sentence(text: str, start: int, limit: int) -> Span | None:
    """The sentence opening at ``start`` (after a dateline, if one opens it), up to its full
    stop: not a dot between digits ("a las 11.00") nor one closing initials or an
    abbreviation ("Washington, D.C. —", "U.S. President", "Chief Justice John G. Roberts Jr.")."""
    dateline = _DATELINE_OPENING.match(text, start, limit)
    blank = text[start:limit]
    openings = ([dateline.end()] if dateline is not None else []) + [start + len(blank) - len(blank.lstrip())]
    for opening in openings:
        for stop in _SENTENCE_STOP.finditer(text, opening, min(limit, opening + MAX_LEAD_CHARS + 1)):
            dot = stop.start()
            if text[dot] == "." and ((text[dot - 1:dot].isdigit() and text[dot + 1:dot + 2].isdigit())
                                     or is_abbreviation(text, dot)):
                continue
            if dot - opening >= MIN_LEAD_CHARS:
                return Span(opening, dot + 1, text[opening:dot + 1])
            break
    return None


#: Page furniture a scrape keeps before a story's first sentence (a sub-headline, an "입력 :
#: 2022-03-29" line, share buttons, a photo and its caption) is passed over within this many
#: characters of the body's start: the lead is the first paragraph of running text.
LEAD_REACH = 1200
#: A paragraph with a sentence in it: a full stop, "!" or "?" before a space or the end (not
#: the dots of "2022.03.29").
_SENTENCE_END = re.compile(r"[.!?](?=\s|$|[\"'”’»)])|[。！？]")


#: A paragraph of fewer words and characters is no story's running text, full stop or not
#: (the characters for Chinese and Japanese, which write no spaces).
MIN_PARAGRAPH_WORDS, MIN_PARAGRAPH_CHARS = 5, 40


def _lead_paragraph(fact: ArticleFacts) -> tuple[int | None, list[Block]]:
    """Where the story's running text starts: the first paragraph that is no caption (it
    holds no picture credit: "…launched on March 24. Photo: KCNA/dpa", "(사진=뉴시스)") and
    has a sentence in it; the first paragraph when none within LEAD_REACH has. And the short
    paragraphs without a sentence passed over on the way: sub-headlines, read like a headline."""
    cleaned = fact.identified.cleaned
    if not cleaned.paragraphs:
        return None, []
    text = cleaned.document.text
    # a photo's caption, and a byline ("By Nega Gaskodi | 14 August 2029"), say nothing of the news
    furniture = [a.sentence for a in fact.attributions if a.kind in ("photo-credit", "byline")]
    reach = cleaned.paragraphs[0].start + LEAD_REACH
    decks: list[Block] = []
    for paragraph in cleaned.paragraphs:
        if paragraph.start > reach:
            break
        if any(p.start < paragraph.end and paragraph.start < p.end for p in furniture) or \
                _holds_caption(fact, paragraph.start, paragraph.end):
            continue  # a caption, also where the page repeats it ("… on March 24. Photo: KCNA/dpa")
        if _SENTENCE_END.search(text, paragraph.start, paragraph.end) is not None:
            words = text[paragraph.start:paragraph.end].split()
            if len(words) < MIN_PARAGRAPH_WORDS and paragraph.end - paragraph.start < MIN_PARAGRAPH_CHARS:
                continue  # a dateline or a byline of its own ("05.05.2023, Moscow."), no story yet
            return paragraph.start, decks
        if paragraph.end - paragraph.start <= MAX_HEADLINE_CHARS:
            decks.append(paragraph)
    return cleaned.paragraphs[0].start, decks


def _holds_caption(fact: ArticleFacts, start: int, end: int) -> bool:
    """Whether the text holds a picture credit the page gives ("Photo: KCNA/dpa"), also where
    the page repeats the caption or a scrape took it for the title."""
    text = fact.identified.cleaned.document.text[start:end]
    return any(a.kind == "photo-credit" and a.phrase is not None and a.phrase.text in text for a in fact.attributions)


#: A first sentence of fewer words than this sets a scene ("Escándalo que afecta a la
#: extrema derecha austriaca."), it does not say what happened.
MIN_LEAD_WORDS = 10
QUOTE_OPENERS = "\"'«»„“”‘’‹›「『"


def _with_its_speaker(text: str, sentence: Span) -> Span:
    """The sentence and the next when the next gives it to its speaker ("… sarebbe una
    'rivelazione davvero scioccante'. Lo ha detto il candidato democratico Joe Biden",
    "… Об этом заявил пресс-секретарь Дмитрий Песков"): the lead's words and who said them."""
    following = _first_sentence(text, sentence.end, min(len(text), sentence.end + 600))
    if following is None or _said_so().match(following.text) is None:
        return sentence
    return Span(sentence.start, following.end, text[sentence.start:following.end])


@cache
def _said_so() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["said_so_openers"])


def _says_little(sentence: str) -> bool:
    """A lead sentence that is a quotation or a short scene-setter: the news follows it."""
    return sentence.lstrip()[:1] in QUOTE_OPENERS or len(sentence.split()) < MIN_LEAD_WORDS
