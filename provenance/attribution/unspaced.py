"""Attributions in languages written without capitals or spaces (Chinese, Japanese,
Korean, Arabic, Persian): a registered outlet, an anaphor ("同通信", "الصحيفة") or a vague
source bound to the cue next to it, since no capitalised name marks a subject."""

from __future__ import annotations

import re
from dataclasses import replace

from provenance.attribution.sources import Reading, _attribution, _Context, _overlap, _registered_source, _Source
from provenance.lexicon import Lexicon
from provenance.models import Attribution, Span
from provenance.nounphrases import (
    strip_span,
)
from provenance.outlets import OutletMention, Registry

#: Where a sentence ends inside a block the sentence splitter keeps whole ("。", "다. ", "؟").
_STOP = re.compile(r"[。！？!?؟;؛\n]|\.(?=\s|$)")
#: A comma also ends the clause a name shares with its cue where no particle marks the subject.
_STOP_OR_COMMA = re.compile(r"[。！？!?؟;؛\n,،，]|\.(?=\s|$)")
#: Spaces, brackets and quotation marks around a name: "‘조선중앙통신’", "朝鮮中央通信(KCNA)", «نيويورك تايمز».
_WRAPPING = re.compile(r"[\s\"'“”‘’«»「」『』《》〈〉()（）\[\]【】]+")
#: A short aside in brackets between a name and its particle: the edition ("(電子版)", online).
_EDITION = re.compile(r"\s*[(（][^()（）\n]{1,8}[)）]")
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


def _name_attributions(reading: Reading) -> list[Attribution]:
    """Sources in scripts without capitals (Arabic, Persian, Chinese, Japanese, Korean).

    No capital marks a name, so a source is a registered outlet (or its anaphor, or unnamed
    sources) bound to a cue. A cue after its source ("X에 따르면", "X报道", "X گزارش داد") takes
    the name right before it, else the one a particle marks as subject ("朝鮮中央通信は…と報じた"),
    else, where no particle marks subjects, the nearest in its clause; a lead-in ("据", "به گزارش",
    Arabic's verb before its subject "ذكرت") takes the name right after it. A name one cue took is
    no other cue's subject in its clause ("연합뉴스가 조선중앙통신을 인용해 보도했다").
    """
    text, sentence, _, lexicon, _ = reading
    named = _named_sources(reading)
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


def _named_sources(reading: Reading) -> list[_Source]:
    """Registered outlets named in a sentence, anaphora of outlets named before, unnamed and vague sources."""
    text, sentence, registry, lexicon, context = reading
    found = [_registered_source(m.outlet, Span(m.start, m.end, text[m.start:m.end]))
             for m in _mentions(text, sentence, registry, lexicon.spaced)]
    if lexicon.language == "ja":
        found += [source for source in _foreign_names(text, sentence) if not any(_overlap(source.span, other.span)
                                                                                  for other in found)]
    found += [source for source in _short_form_sources(text, sentence, context)
              if not any(_overlap(source.span, other.span) for other in found)]
    for kind, pattern in (("anaphor", lexicon.anaphor), ("anonymous", lexicon.anonymous),
                          ("vague-media", lexicon.vague_media)):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            span = strip_span(text, match.start(), match.end())
            if span is None or any(_overlap(span, other.span) for other in found):
                continue
            source = _anaphor_source(span, found, registry, lexicon, context) if kind == "anaphor" \
                else _Source("anonymous" if kind == "anonymous" else "vague-media", span, span.text)
            if source is not None:
                found.append(source)
    return sorted(found, key=lambda source: source.span.start)


def _short_form_sources(text: str, sentence: Span, context: _Context) -> list[_Source]:
    """An outlet named earlier taken up by a short form in the page's script ("وول ستريت"
    after "وول ستريت جورنال"): written as it is, since these scripts have no article to
    look for and no capitals to tell a name."""
    found = []
    for outlet in context.with_short_forms():
        for form in outlet.short_forms:
            if form.isascii():
                continue  # "the Journal": English's rule, with its article (sources._short_forms)
            start = text.find(form, sentence.start, sentence.end)
            while start >= 0:
                found.append(_Source("outlet", Span(start, start + len(form), form), outlet.name, outlet.id,
                                     via=f"short form {form!r} of {outlet.name}"))
                start = text.find(form, start + len(form), sentence.end)
    return found


#: A foreign person's full name in Japanese: katakana words joined by the middle dot
#: ("ジョン・ロバーツ", "サミュエル・アリート"); Japanese writes no other names this way but
#: compound loanwords and outlets (registered: "ウォール・ストリート・ジャーナル").
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]{2,}){1,2}")
#: A title in kanji between a name and its particle ("ロバーツ最高裁長官は", "バイデン大統領は").
_KANJI_TITLE = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _foreign_names(text: str, sentence: Span) -> list[_Source]:
    """People named in katakana, middle dot and all, as sources a cue may bind."""
    return [_Source("person", Span(m.start(), m.end(), m.group(0)), m.group(0))
            for m in _KATAKANA_NAME.finditer(text, sentence.start, sentence.end)]


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
        after = _EDITION.match(text, source.span.end)  # "ウォール・ストリート・ジャーナル(電子版)は"
        if after is None and source.kind == "person":
            after = _KANJI_TITLE.match(text, source.span.end)  # "ジョン・ロバーツ最高裁長官は"
        after_end = after.end() if after else source.span.end
        wrapped = _WRAPPING.match(text, after_end)
        return bool(marker.match(text, wrapped.end() if wrapped else after_end))
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


