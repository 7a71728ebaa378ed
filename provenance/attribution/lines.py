"""Attributions read from their own lines: datelines, credit lines, photo credits.

The agency mark heading a story ("(Reuters) -", "/TASS/"), foot credits ("Source:
ANA-MPA", "With inputs from agencies"), an agency's house style at the foot ("Reporting
by …; Editing by …") and picture credits, which never say where the text came from.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from functools import cache, partial
from itertools import islice
from typing import TypeVar

from provenance import resources
from provenance.attribution.bylines import byline_attributions
from provenance.attribution.memo import held_for
from provenance.kinds import AttributionKind
from provenance.lexicon import STAMP, Lexicon
from provenance.models import Attribution, Block, CleanedDocument, Span
from provenance.nounphrases import not_names
from provenance.outlets import Outlet, Registry, host_of, site_of

#: Wire marks count as the article's own dateline only in its first body lines.
DATELINE_LINES = 6


def line_attributions(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon,
                      publisher_id: str | None = None) -> list[Attribution]:
    """Datelines, credit lines and photo credits, an agency's word that it could not verify;
    the house style only when no wire is named."""
    found = [*_dateline_marks(cleaned, registry, lexicon), *_credit_lines(cleaned, registry, lexicon),
             *_photo_credits(cleaned, registry, lexicon), *_headline_sites(cleaned, registry),
             *byline_attributions(cleaned, registry, lexicon),
             *_unverified_by(cleaned, registry, lexicon, publisher_id),
             *_syndication_copyrights(cleaned, registry, publisher_id),
             *_stamped_sources(cleaned, registry, publisher_id),
             *_press_review_lines(cleaned, registry, publisher_id),
             *_sign_offs(cleaned, registry),
             *_bracketed_bylines(cleaned, registry, lexicon)]
    if not any(a.kind in ("dateline", "credit") and a.outlet_id for a in found):
        found.extend(_wire_signatures(cleaned, registry, lexicon))
    return found


def _line_spans(cleaned: CleanedDocument, blocks: tuple[Block, ...]) -> Iterator[Span]:
    for block in blocks:
        yield Span(block.start, block.end, cleaned.document.text[block.start:block.end])


#: A line that only separates two items of a page ("***", "* * *", "-----", "• • •").
_SEPARATOR = re.compile(r"\s*(?:[*•·~=_—–-]\s*){3,}")


def _story_openings(cleaned: CleanedDocument) -> tuple[Block, ...]:
    """The story's first lines, and the line opening each item after a separator: an
    aggregator stacking two outlets' items ("… *** ایران اینترنشنال - به گفته …") heads
    each with its outlet's name."""
    text = cleaned.document.text
    body = cleaned.body
    after = [body[i + 1] for i in range(DATELINE_LINES - 1, len(body) - 1)
             if _SEPARATOR.fullmatch(text, body[i].start, body[i].end)]
    return (*body[:DATELINE_LINES], *after)


def _dateline_marks(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """The agency marks heading the story ("(Reuters) -", "/TASS/") or an item after a separator."""
    found = []
    memo = _line_memo(registry, lexicon).marks
    for line in _line_spans(cleaned, _story_openings(cleaned)):
        marked = _remembered(memo, line.text, partial(_line_mark, line.text, registry))
        if marked is not None:
            mark, outlet, position = marked
            span = Span(line.start + position, line.start + position + len(mark), mark)
            found.append(Attribution("dateline", span, None, line, outlet.name, outlet.id, phrase=span))
    return found


def _line_mark(line: str, registry: Registry) -> tuple[str, Outlet, int] | None:
    """The mark heading the line, of those the four shapes of a dateline find (the first in it)."""
    marks = [mark for mark in (_heading_mark(line, registry), _named_mark(line, registry),
                               _opening_name(line, registry), _bracketed_dateline(line, registry))
             if mark is not None]
    return min(marks, key=lambda mark: mark[2], default=None)


def _heading_mark(line: str, registry: Registry) -> tuple[str, Outlet, int] | None:
    """An agency's registered mark ("(Reuters)", "/TASS/") in the line's first characters, unless
    the sentence runs on after it in lower case: "France Presse (AFP) pediu", "朝鮮中央通信(KCNA)によると"
    spell the agency's acronym after its name, as a sentence names it, not as a dateline, which a
    dash, a stop or the story's capitalised first word follows ("(Reuters) -", "/TASS/. The")."""
    marked = registry.first_mark(line, 0, 120)
    if marked is None:
        return None
    mark, _, position = marked
    after = line[position + len(mark):].lstrip()
    if after and after[0].isalpha() and not after[0].isupper():
        return None
    return marked


#: A dateline in square or lenticular brackets, the place and day before the agency's name, as
#: Japanese and Chinese wire copy heads a story: "[ソウル 25日 ロイター]", "【北京共同】".
_BRACKETED = re.compile(r"\s*(?P<mark>[\[［【](?P<inside>[^\]］】\n]{1,30})[\]］】])")


def _bracketed_dateline(line: str, registry: Registry) -> tuple[str, Outlet, int] | None:
    """The registered outlet that closes a bracketed dateline at the line's start."""
    found = _BRACKETED.match(line)
    if found is None:
        return None
    end = found.end("inside")
    while end > found.start("inside") and line[end - 1].isspace():
        end -= 1
    mentions = [*registry.find_mentions(line, found.start("inside"), end),
                *registry.find_unspaced_mentions(line, found.start("inside"), end)]  # "【北京共同】": glued
    closing = [m for m in mentions if m.end == end]
    outlet = closing[-1].outlet if closing else None
    if outlet is None or outlet.kind not in _MARK_KINDS:
        return None
    return found["mark"], outlet, found.start("mark")


#: A registered outlet's name in parentheses heading the story, where an agency's mark stands:
#: after the place and date or at the line's start, before a dash, ".-" or the text
#: ("Paris, 28 fev (Lusa) –", "CIUDAD DE MÉXICO, junio 26 (EL UNIVERSAL).-", "(LaPresse) - Un'unità"),
#: or several joined by slashes ("Tehran, Oct. 10, (dpa/GNA) –"), perhaps with the date inside
#: after a dash ("MOSCOW (UrduPoint News / Sputnik - 05th May, 2023) Moscow took …").
#: Not before a colon: "Catherine Nayl (TF1) : « … »" is a speaker and her employer.
_NAMED_MARK = re.compile(r"(?:^|[\w.,]\s+)(?P<mark>\((?P<name>[^\W\d_][\w .&'’/-]{1,40}?)"
                         r"(?:\s+[-–]\s+\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,9}\.?,?\s+\d{4})?\))"
                         r"(?:\s*(?:[-–—]|\.-)|\s+(?=[A-ZÀ-Þ]))")
#: Outlet kinds whose name heads a story, or holds its copyright, as its source.
_MARK_KINDS = frozenset({"wire", "newspaper", "broadcaster", "magazine", "state-media", "digital"})


def _named_mark(line: str, registry: Registry) -> tuple[str, Outlet, int] | None:
    """A registered outlet named as the mark; of a joint mark ("(dpa/GNA)", "(AFP/Xinhua)":
    the agency, then the one that relays it) the first registered one."""
    found = _NAMED_MARK.search(line, 0, 160)
    if found is None:
        return None
    for name in found["name"].split("/"):
        outlet = registry.by_name(name.strip()) or registry.by_mark(f"({name.strip()})")
        if outlet is not None and outlet.kind in _MARK_KINDS:
            return found["mark"], outlet, found.start("mark")
    return None


#: A dateline's place and day before the agency's name, as Russian and other agencies write it:
#: "Гонконг. 28 марта. ИНТЕРФАКС - …", "Kyiv, 5 May. UNN - …" (a place, a full stop or comma,
#: the day and month, perhaps a year, a full stop or comma).
_PLACE_AND_DAY = (r"[^\W\d_][^\n:;,.()\[\]\-–—\d]{1,30}?[.,]\s+\d{1,2}\.?\s+[^\W\d_]{3,10}\.?"
                  r"(?:\s+\d{4})?[.,]\s+")


#: A registered outlet's bare name opening the story's line before a spaced dash, as agencies
#: and the sites that run their items head them ("ANSA - Il governo…", "ایران اینترنشنال - به گفته…").
_OPENING_NAME = re.compile(r"\s*(?:" + _PLACE_AND_DAY + r")?(?P<name>[^\W\d_][^\n:;,.()\[\]\-–—]{1,40}?)\s+[-–—]\s+\S")


def _opening_name(line: str, registry: Registry) -> tuple[str, Outlet, int] | None:
    found = _OPENING_NAME.match(line)
    outlet = registry.by_name(found["name"]) if found else None
    if found is None or outlet is None or outlet.kind not in _MARK_KINDS:
        return None
    return found["name"], outlet, found.start("name")


#: Outlet kinds a headline names as the site it comes from: a news outlet, or the aggregator
#: whose item a page took ("… - Gooya News" on another Persian site).
_HEADLINE_KINDS = _MARK_KINDS | {"aggregator"}
#: The site name a headline ends with: "Iran supported the attack | WSJ", "… - The Washington Post".
_HEADLINE_SITE = re.compile(r"\s[|–—-]\s*(?P<name>[^|–—\n]{2,40}?)\s*\|?\s*$")


def _headline_sites(cleaned: CleanedDocument, registry: Registry) -> list[Attribution]:
    """The news outlet a headline line names as its site: a credit of that outlet, which the
    graph drops when it is the page's own publisher ("… | CNN" on cnn.com) and keeps on a
    mirror, a scrape or a video re-upload of its piece."""
    found = []
    for line in _line_spans(cleaned, tuple(b for b in cleaned.blocks if b.role == "title")):
        site = _HEADLINE_SITE.search(line.text)
        outlet = registry.by_name(site["name"].strip()) if site else None
        if site is None or outlet is None or outlet.kind not in _HEADLINE_KINDS:
            continue
        start = line.start + site.start("name")
        span = Span(start, start + len(site["name"]), site["name"])
        found.append(Attribution("credit", span, None, line, outlet.name, outlet.id, phrase=span,
                                 via="the site name the headline ends with"))
    return found


def _credit_shape(match: re.Match[str]) -> bool:
    """A credit line's shape: a one-word lead takes a colon or dash ("Source: Reuters", not
    "Author of the publication: …" read as "Author" + "of the publication"), unless a
    registered outlet's name is all that follows ("Avec AFP", "Fonte Ansa"; the caller
    checks), and the credited name holds no colon of its own (the label went on past the lead)."""
    one_word = len(match["lead"].split()) == 1
    separated = match["sep"] is not None or match["lead"].rstrip().endswith((":", "："))  # "来源：" holds its colon
    return (separated or not one_word) and ":" not in match["who"]


#: Credit leads that point to where a text goes on ("Read more in: Mediaite") or to its source's
#: other stories (a syndicated copy's "More from Deadline"): a credit only when what follows is a
#: registered outlet, not the next headline or a section ("More from Politics").
_POINTER_LEAD = re.compile(r"\b(?:read|continue|full|more)\b", re.IGNORECASE)


#: A credited name followed by the date of the credited piece ("Fonte: La Repubblica, 1 marzo
#: 2020", "Quelle: dpa - 12.03.2020"; a date in brackets the credit line's pattern leaves out).
_DATED_NAME = re.compile(r"(?P<name>[^,–—\d]{2,60}?)\s*(?:,|–|—|\s-\s)\s*[^\n]*\d[^\n]*")


#: A press review's line: a newspaper's name, a colon and its headline in quotation marks
#: ("La Stampa: “Neve, scuole chiuse”", "Le Figaro : « … »"); each paper is a source.
_REVIEW_LINE = re.compile(r"\s*(?P<name>[^:\n“”\"«»„]{2,50}?)\s*:\s*[“\"«„]")
#: What every press review line holds, searched once in the page's text.
_REVIEW_SCREEN = re.compile(r":\s*[“\"«„]")


def _press_review_lines(cleaned: CleanedDocument, registry: Registry, publisher_id: str | None) -> list[Attribution]:
    """Each registered outlet that heads a line quoting its headline (a press review)."""
    text = cleaned.document.text
    if not _REVIEW_SCREEN.search(text):
        return []  # no colon before a quotation mark anywhere: no line can be a press review's
    found = []
    for line in _line_spans(cleaned, cleaned.body):
        match = _REVIEW_LINE.match(line.text)
        outlet = registry.by_name(match["name"]) if match else None
        if match is None or outlet is None or outlet.id == publisher_id or outlet.kind == "government":
            continue
        name = Span(line.start + match.start("name"), line.start + match.end("name"), match["name"])
        cue = Span(name.end, line.start + match.end(), text[name.end:line.start + match.end()])
        found.append(Attribution("outlet", name, cue, line, outlet.name, outlet.id, phrase=line,
                                 via="a press review quotes its headline"))
    return found


def _credit_lines(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """Foot credits such as "Source: ANA-MPA" or "With inputs from agencies"."""
    found: list[Attribution] = []
    memo = _line_memo(registry, lexicon).credits
    for line in map(_credit_part, _line_spans(cleaned, cleaned.body)):
        match, offset = _remembered(memo, line.text, partial(_credit_match, line.text, registry, lexicon))
        if not match or len(line.text) > CREDIT_LINE_CHARS:
            continue
        line_start = line.start + offset  # past the signing outlet's name ("franceinfo avec AFP")
        who = Span(line_start + match.start("who"), line_start + match.end("who"), match["who"])
        outlet = registry.by_name(who.text) or _credited_site(who.text, registry)
        dated = _DATED_NAME.fullmatch(who.text) if outlet is None else None
        if dated is not None and (named := registry.by_name(dated["name"])) is not None:  # "La Repubblica, 1 marzo"
            outlet, who = named, Span(who.start, who.start + dated.end("name"), dated["name"])
        listed = [] if outlet else _listed_outlets(cleaned.document.text, who, registry)
        if (offset or not _credit_shape(match)) and outlet is None and not listed:
            continue  # a one-word lead without a colon credits only registered names: "Avec AFP"
        lead = Span(line_start + match.start("lead"), line_start + match.end("lead"), match["lead"])
        if outlet is None and _POINTER_LEAD.search(match["lead"]):
            continue  # "Read more at: How the audit failed" points to a headline, not an outlet
        if listed:  # "Con información de AFP, EFE y Reuters": each agency its own credit
            found.extend(Attribution("credit", name, lead, line, credited.name, credited.id, phrase=line)
                         for name, credited in listed)
            continue
        label = outlet.name if outlet else _site_label(who.text) or who.text
        found.append(Attribution("credit", who, lead, line, label, outlet.id if outlet else None, phrase=line))
    return found


#: Agencies' names in capitals closing the story's text after its last sentence, as papers
#: that run wire copy sign it: "… casualty figures. REUTERS", "… the talks. – AFP", "… AFP, REUTERS".
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?”\"’»)])\s+)[-–—]?\s*(?P<names>[A-Z][A-Z.&-]+(?:\s*[/,]\s*[A-Z][A-Z.&-]+)*)\s*$")


def _sign_offs(cleaned: CleanedDocument, registry: Registry) -> list[Attribution]:
    """The agencies a sign-off in capitals at the end of the body's last line names: credits.
    Capitals only: a last sentence's closing words ("… said Reuters") are the cue rules'."""
    body = cleaned.body
    if not body:
        return []
    line = next(_line_spans(cleaned, body[-1:]))
    found = _SIGN_OFF.search(line.text)
    if found is None:
        return []
    credits = []
    for name in re.finditer(r"[^/,\s][^/,]*", found["names"]):
        outlet = registry.by_name(name.group(0).strip())
        if outlet is None or outlet.kind not in _MARK_KINDS:
            return []  # every name of a sign-off is an agency's, or it is no sign-off
        start = line.start + found.start("names") + name.start()
        span = Span(start, start + len(name.group(0).strip()), name.group(0).strip())
        credits.append(Attribution("credit", span, None, line, outlet.name, outlet.id, phrase=span))
    return credits


def _bracketed_bylines(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """The registered outlets a bracketed byline header in the story's first lines names
    ("【文/观察者网 张晨静】": text, Guancha's Zhang Chenjing; it may close another line of the
    head, "关键字: …【文/…】"): credits, as an outlet in a byline is ("By The Associated Press")."""
    if lexicon.bracket_byline is None:
        return []
    found: list[Attribution] = []
    for line in _line_spans(cleaned, cleaned.body[:DATELINE_LINES]):
        for header in lexicon.bracket_byline.finditer(line.text):
            start, end = line.start + header.start("who"), line.start + header.end("who")
            text = cleaned.document.text
            mentions = sorted((*registry.find_mentions(text, start, end),
                               *registry.find_unspaced_mentions(text, start, end)), key=lambda m: (m.start, -m.end))
            named = {m.outlet.id: m for m in reversed(mentions) if m.outlet.kind in _MARK_KINDS}  # each once
            phrase = Span(line.start + header.start(), line.start + header.end(), header.group(0))
            found.extend(Attribution("credit", Span(m.start, m.end, text[m.start:m.end]), None, line, m.outlet.name,
                                     m.outlet.id, phrase=phrase) for m in sorted(named.values(), key=lambda m: m.start))
    return found


#: A credit line is a short line of its own; a longer one is read up to its first sentence's end.
CREDIT_LINE_CHARS = 100
_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


def _credit_part(line: Span) -> Span:
    """A long line's first sentence, where a credit may open a paragraph of other words
    ("Fontes: Reuters/Telegram/BBC/AP. Fotos (Telegram/Reuters): …"); a short line whole."""
    if len(line.text) <= CREDIT_LINE_CHARS:
        return line
    end = _FIRST_SENTENCE_END.search(line.text, 0, CREDIT_LINE_CHARS)
    return Span(line.start, line.start + end.start(), line.text[:end.start()]) if end else line


#: A credited name that is an address: "www.anews.com.tr", "https://example.com/story".
_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?", re.IGNORECASE)


def _credited_site(who: str, registry: Registry) -> Outlet | None:
    """The registered outlet owning a credited address ("Source: www.anews.com.tr")."""
    return registry.by_url(who) if _ADDRESS.fullmatch(who) else None


def _site_label(who: str) -> str | None:
    """An unregistered credited address labelled as its site ("www.anews.com.tr" ->
    "anews.com.tr"), as a link to it is; None when the credit is no address."""
    return site_of(host_of(who)) if _ADDRESS.fullmatch(who) else None


def _credit_match(line: str, registry: Registry, lexicon: Lexicon) -> tuple[re.Match[str] | None, int]:
    """The credit line's match, and where it starts in the line: at its start ("Source: AFP"),
    or after the name of the outlet that signs the page ("franceinfo avec AFP et Reuters",
    "Le Figaro avec AFP"), a French house style."""
    match = lexicon.credit_line.match(line)
    if match is not None:
        return match, 0
    opening = len(line) - len(line.lstrip())
    signer = next((m for m in registry.find_mentions(line, opening, min(len(line), opening + 40))
                   if m.start == opening), None)
    if signer is None or not line[signer.end:signer.end + 1].isspace():
        return None, 0
    return lexicon.credit_line.match(line[signer.end:]), signer.end


#: A link blog's line before the passage it quotes: a name, names joined by "and", or a name and
#: its outlet, ending in a colon ("Josh Marshall:", "Michael Schear, The New York Times:", "Mara
#: Quillan and Tomas Ferreira, reporting for the Courier:"). The passage is theirs.
_QUOTE_LEAD = re.compile(r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                         r"(?:\s+(?:and|&)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})?)"
                         r"(?:\s*,\s*(?P<outlet>[^:\n]{2,60}?))?\s*:\s*")
#: The quoted passage is a paragraph of at least this many characters.
_QUOTED_PASSAGE = 60
_NAME_JOIN = re.compile(r"\s+(?:and|&)\s+")


def quote_leads(cleaned: CleanedDocument, registry: Registry) -> list[Attribution]:
    """Whom a link blog quotes: each name of a lead line (a person, or a registered outlet), and
    the outlet after the comma (read after the sentences, whose cues win on the same words).
    A heading ("Read More:", "What We Know:") is no name: a word of it written in lower case
    elsewhere on the page is a common word, never part of a name."""
    text = cleaned.document.text
    found: list[Attribution] = []
    for block, passage in zip(cleaned.body, cleaned.body[1:], strict=False):
        lead = _QUOTE_LEAD.fullmatch(text, block.start, block.end)
        if lead is None or passage.end - passage.start < _QUOTED_PASSAGE:
            continue
        line = Span(block.start, block.end, text[block.start:block.end])
        named = _lead_names(text, lead, line, registry)
        if named and lead["outlet"]:
            named.extend(Attribution("outlet", Span(m.start, m.end, text[m.start:m.end]), None, line, m.outlet.name,
                                     m.outlet.id, phrase=line, via="a link blog's quote lead")
                         for m in registry.find_mentions(text, lead.start("outlet"), lead.end("outlet"))
                         if m.outlet.kind != "government")
        found.extend(named)
    return found


def _lead_names(text: str, lead: re.Match[str], line: Span, registry: Registry) -> list[Attribution]:
    """Each name of a quote lead that is a person's or a registered outlet's, not a heading's word."""
    found: list[Attribution] = []
    offset = lead.start("names")
    for name in _NAME_JOIN.split(lead["names"]):
        start = text.index(name, offset, lead.end("names"))
        offset = start + len(name)
        outlet = registry.by_name(name)
        if outlet is None and any(_written_lower(text, word) or word.casefold() in not_names()
                                  for word in name.split()):
            continue  # "Read More:", "Key Takeaways:": a heading, no one's name
        span = Span(start, start + len(name), name)
        kind: AttributionKind = "outlet" if outlet is not None else "person"
        found.append(Attribution(kind, span, None, line, outlet.name if outlet else name,
                                 outlet.id if outlet else None, phrase=line, via="a link blog's quote lead"))
    return found


def _written_lower(text: str, word: str) -> bool:
    """Whether a capitalised word also stands in lower case in the text: a common word."""
    lower = word.lower()
    return lower != word and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


#: What stands between the outlets of a joint credit: commas, slashes, "and" in the
#: languages whose credit lines we read ("AFP, EFE y Reuters", "dpa/AFP", "AP und Reuters",
#: "AP a Reuters", "ΑΠΕ-ΜΠΕ και Reuters"): only registered outlets may stand around them.
_LIST_GAP = re.compile(r"[\s,;/&+]*(?:\b(?:and|y|e|et|und|i|и|і|та|ve|és|en|og|och|oraz|și|si|a|και)\b)?[\s,;/&+]*",
                       re.IGNORECASE)


def _listed_outlets(text: str, who: Span, registry: Registry) -> list[tuple[Span, Outlet]]:
    """The registered outlets of a credit that lists several and nothing else, in order."""
    mentions = registry.find_mentions(text, who.start, who.end)
    if len(mentions) < 2:
        return []
    edges = [who.start, *(x for m in mentions for x in (m.start, m.end)), who.end]
    gaps = zip(edges[::2], edges[1::2], strict=True)
    if not all(_LIST_GAP.fullmatch(text, start, end) or _platform_gap(text[start:end]) for start, end in gaps):
        return []
    return [(Span(m.start, m.end, text[m.start:m.end]), m.outlet) for m in mentions]


def _platform_gap(gap: str) -> bool:
    """A platform listed among the credited agencies ("Reuters/Telegram/BBC/AP": the agencies,
    and the channel the video came from), which names no outlet but leaves the list one."""
    words = [word for word in re.split(r"[\s,;/&+]+", gap) if word]
    return len(words) == 1 and words[0].casefold() in _platform_names()


@cache
def _platform_names() -> frozenset[str]:
    """The platforms of ``publications.json`` by name ("telegram", "youtube"), three letters or more."""
    return frozenset(name for name in resources.bundled("publications.json")["platforms"] if len(name) >= 3)


#: A copyright line whose holder is named before "All rights reserved": "Copyright 2022 The
#: Associated Press. All rights reserved.", "(Copyright 2022 i-CABLE. All Rights Reserved. …)".
_COPYRIGHT_HOLDER = re.compile(r"\(?\s*(?P<cue>©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                               r"(?P<name>[^\W\d_][^©\n]{0,60}?)\s*[.,]?\s*all rights reserved", re.IGNORECASE)
#: The words every copyright holder's line holds, searched once in the page's text.
_RIGHTS_RESERVED = re.compile(r"all rights reserved", re.IGNORECASE)
#: A company's legal form after its name: "Bloomberg L.P.", "Reuters Ltd".
_LEGAL_FORM = re.compile(r"\s*,?\s+(?:L\.?P|LLC|Ltd|Limited|Inc|Corp|Corporation|plc|AG|GmbH|S\.?A)\.?$", re.IGNORECASE)
#: The syndication terms that follow a holder's line on copy licensed to other sites (AP's).
_SYNDICATION_TERMS = re.compile(r"may not be (?:re)?published,? broadcast", re.IGNORECASE)
#: How far after the copyright line the syndication terms are looked for.
_TERMS_REACH = 160


def _syndication_copyrights(cleaned: CleanedDocument, registry: Registry,
                            publisher_id: str | None) -> list[Attribution]:
    """A copyright line naming another news outlet than the page's publisher is a credit:
    a TV station's page printing AP copy ends "Copyright 2022 The Associated Press. All
    rights reserved."; a holder the registry does not know counts only when the syndication
    terms follow ("This material may not be published, broadcast, rewritten or
    redistributed"). Read in the chrome too, where the cleaner puts such lines."""
    text = cleaned.document.text
    if not _RIGHTS_RESERVED.search(text):
        return []  # every holder's line says it: one scan of the page spares the line pattern
    found = []
    for line in _line_spans(cleaned, cleaned.blocks):
        for match in _COPYRIGHT_HOLDER.finditer(line.text):
            name = _LEGAL_FORM.sub("", match["name"]).strip()
            outlet = registry.by_name(name)
            if outlet is not None and (outlet.id == publisher_id or outlet.kind not in _MARK_KINDS):
                continue
            if outlet is None and not _SYNDICATION_TERMS.search(text, line.start + match.end(),
                                                                line.start + match.end() + _TERMS_REACH):
                continue
            who = Span(line.start + match.start("name"), line.start + match.start("name") + len(name), name)
            cue = Span(line.start + match.start("cue"), line.start + match.end("cue"), match["cue"])
            found.append(Attribution("credit", who, cue, line, outlet.name if outlet else name,
                                     outlet.id if outlet else None,
                                     phrase=Span(line.start + match.start(), line.start + match.end(),
                                                 match.group(0))))
    return found


#: A line of a date (and time) and a name alone: a portal's source field without its label
#: ("2022-05-04 14:43:17  封面新闻" on china.com).
_STAMPED_NAME = re.compile(rf"^\s*(?P<stamp>{STAMP})\s*[|·]?\s*(?P<name>[^\W\d_][^\n:：|]{{1,40}}?)\s*$")


#: ... or its agency's name or code before the date and time, as Turkish portals head an
#: item ("AA 03.04.2020 05:00", "DHA 12.05.2023").
_NAME_STAMPED = re.compile(r"^\s*(?P<name>[^\W\d_][^\n:：|]{0,40}?)\s*[|·]?\s*"
                           r"(?P<stamp>\d{1,2}[./]\d{1,2}[./]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")


def _stamped_sources(cleaned: CleanedDocument, registry: Registry, publisher_id: str | None) -> list[Attribution]:
    """A registered news outlet named alone beside the page's date on one line is the
    portal's source field: a credit, unless it is the publisher's own name. Before the date
    the name may be a short form only one outlet has ("AA": Anadolu)."""
    found = []
    for line in _line_spans(cleaned, cleaned.blocks):
        match = _STAMPED_NAME.match(line.text) or _NAME_STAMPED.match(line.text)
        outlet = _stamped_outlet(match, registry) if match else None
        if match is None or outlet is None or outlet.id == publisher_id or outlet.kind not in _MARK_KINDS:
            continue
        who = Span(line.start + match.start("name"), line.start + match.end("name"), match["name"])
        stamp = Span(line.start + match.start("stamp"), line.start + match.end("stamp"), match["stamp"])
        found.append(Attribution("credit", who, stamp, line, outlet.name, outlet.id, phrase=line))
    return found


def _stamped_outlet(match: re.Match[str], registry: Registry) -> Outlet | None:
    """The outlet a stamped line names: by name or alias, or, named before its date, by a
    short form that one outlet alone has."""
    outlet = registry.by_name(match["name"])
    if outlet is not None or match.re is not _NAME_STAMPED:
        return outlet
    return registry.sole_short_form_owner(match["name"])


#: A credit after a sentence on its own line ("… on March 24. Photo: KCNA/dpa") makes the line
#: a caption only when the line is as short as captions are; at the end of a long paragraph
#: it credits a picture the scrape ran into the text, and the paragraph stays text.
CAPTION_MAX_CHARS = 300


def _photo_credits(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """Picture credits: never evidence of where the text came from. Bracketed anywhere
    ("(Photo: AFP)", "(사진=뉴시스)", "[사진 제공: 연합뉴스]", "(AP Photo/Jane Doe)"), or
    ending a short line ("… on March 24. Photo: KCNA/dpa")."""
    found = []
    memo = _line_memo(registry, lexicon).pictures
    for line in _line_spans(cleaned, cleaned.body):
        for match in _remembered(memo, line.text, partial(_picture_matches, line.text, lexicon)):
            group = next(name for name in ("who", "who2", "who3") if match[name])
            if group == "who2" and match.start() > 0 and len(line.text) > CAPTION_MAX_CHARS:
                continue
            who = Span(line.start + match.start(group), line.start + match.end(group), match[group])
            whole = Span(line.start + match.start(), line.start + match.end(), match.group(0))
            found.append(Attribution("photo-credit", who, None, line, who.text, phrase=whole))
    return found



def _picture_matches(line: str, lexicon: Lexicon) -> tuple[re.Match[str], ...]:
    return tuple(lexicon.photo_credit.finditer(line))


#: Distinct lines whose matches a :class:`_LineMemo` keeps; when full, the oldest quarter goes
#: (a story's copies stand within a few hundred pages of each other).
MAX_MEMO_LINES = 32_768
#: Registries and lexicons are made once per run; a process making many (tests) keeps this many memos.
_MAX_LINE_MEMOS = 16
_Remembered = TypeVar("_Remembered")


class _LineMemo:
    """The matches of the line rules that read a line's text and nothing else around it (a credit
    line's, with the signing outlet's name before it; picture credits; the mark heading a story's
    line), by the line's text, for
    one registry and lexicon: a pile's copies repeat their lines, and these patterns run on
    every line of the body. A match found in another line of the same text serves: the rules
    read only its offsets within the line and its groups."""

    def __init__(self) -> None:
        self.credits: dict[str, tuple[re.Match[str] | None, int]] = {}
        self.pictures: dict[str, tuple[re.Match[str], ...]] = {}
        self.marks: dict[str, tuple[str, Outlet, int] | None] = {}


_LINE_MEMOS: dict[tuple[int, int], tuple[weakref.ref[Registry], weakref.ref[Lexicon], _LineMemo]] = {}


def _line_memo(registry: Registry, lexicon: Lexicon) -> _LineMemo:
    """The :class:`_LineMemo` of this registry and lexicon (made when first asked)."""
    return held_for(_LINE_MEMOS, registry, lexicon, _LineMemo, _MAX_LINE_MEMOS)


def _remembered(table: dict[str, _Remembered], line: str, read: Callable[[], _Remembered]) -> _Remembered:
    """``read()``, or what it gave for a line of the same text before."""
    if line in table:
        return table[line]
    if len(table) >= MAX_MEMO_LINES:
        for old in list(islice(table, MAX_MEMO_LINES // 4)):
            del table[old]
    found = table[line] = read()
    return found


#: How far before "could not verify" the outlet's name may end ("A Reuters não conseguiu").
_UNVERIFIED_REACH = 60
#: Between the outlet's name and the words: nothing but spaces.
_ONLY_SPACE = re.compile(r"\s*")


def _unverified_by(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon,
                   publisher_id: str | None) -> list[Attribution]:
    """An agency's own words that it could not check a claim ("Reuters could not
    independently verify the recording", "A Reuters não conseguiu confirmar o relato").

    Agencies write this of the claims they carry; a page by another outlet that keeps the
    sentence carries the agency's copy, as a credit line would say. Read as house style
    (the agency inferred, with this sentence as the reason); the page's own outlet saying
    it is no citation.
    """
    text = cleaned.document.text
    if lexicon.unverified is None or (lexicon.unverified_screen is not None
                                      and not lexicon.unverified_screen.search(text)):
        return []  # most pages never say "verify" or "confirm": one scan spares the line pattern
    found: list[Attribution] = []
    seen: set[str] = set()
    for line in _line_spans(cleaned, cleaned.body):
        if lexicon.unverified_screen is not None and not lexicon.unverified_screen.search(text, line.start, line.end):
            continue
        for words in lexicon.unverified.finditer(text, line.start, line.end):
            mentions = registry.find_mentions(text, max(line.start, words.start() - _UNVERIFIED_REACH), words.start())
            named = next((m for m in reversed(mentions) if _ONLY_SPACE.fullmatch(text, m.end, words.start())), None)
            if named is None or named.outlet.id in seen or named.outlet.id == publisher_id:
                continue
            seen.add(named.outlet.id)
            source = Span(named.start, named.end, text[named.start:named.end])
            cue = Span(words.start(), words.end(), words.group(0))
            found.append(Attribution("house-style", source, cue, line, named.outlet.name, named.outlet.id,
                                     via=f"{named.outlet.name}'s own words that it could not verify: its copy",
                                     phrase=Span(source.start, cue.end, text[source.start:cue.end])))
    return found


def _wire_signatures(cleaned: CleanedDocument, registry: Registry, lexicon: Lexicon) -> list[Attribution]:
    """An agency's house style at the foot of its copy ("Reporting by …; Editing by …").

    Only asked when no dateline or credit names a wire: the style is a hint, not a name, so
    it is its own kind ("house-style"), a wire inferred with its reason and a lower
    confidence than a credit that names it.
    """
    for line in reversed(list(_line_spans(cleaned, cleaned.body))):
        for pattern, outlet_id in lexicon.wire_signatures:
            outlet = registry.get(outlet_id)
            if outlet and pattern.match(line.text):
                return [Attribution("house-style", line, None, line, outlet.name, outlet.id,
                                    via=f"inferred from the house style of {outlet.name} copy; no line names it",
                                    phrase=line)]
    return []
