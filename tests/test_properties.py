"""Property-based tests: arbitrary text never raises, and every offset slices to its text.

Strategies mix random Unicode with the fragments that make news text hard (quotes of
both kinds, unbalanced marks, datelines, cues, outlet names, dates, page chrome).
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.attribution import extract
from provenance.clean import clean
from provenance.dates import collect, resolve
from provenance.formats import parse_json, parse_jsonl
from provenance.lexicon import load_lexicons
from provenance.load import UnreadableInput, decode_bytes
from provenance.models import LoadedDocument, Span
from provenance.outlets import load_registry

settings.register_profile("ci", max_examples=1500, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REGISTRY = load_registry()
LEXICONS = load_lexicons()
FRAGMENTS = ["the Washington Post reported", "according to the newspaper", ", citing sources", "“", "”", '"', "‘",
             "’", "'", " said on Saturday", "WASHINGTON, Nov 6 (Reuters) - ", "/TASS/", "Source: RES-MPE",
             "(Image: Reuters/AP)", "Last Updated: November 06, 2022, 07:03 AM IST", "Monday, July 15, 2024",
             "32.1 C", "Post a Comment", "the Post said", "TASS, citing the Post, said", " who said ", ", a spokesman,",
             "\n", "\n\n", ".", ", ", "Mr. ", "U.S.", "—Commissioner X", "OKAFOR: ", "And from Chairwoman Y:",
             "сообщает Washington Post со ссылкой на источники", "según el diario", "14 March 2025, 18:40 CET",
             "2022-11-06T07:03:00+05:30", "\u202e", "\x00", "<script>", "]]>", "{", "}", "\\"]
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map("".join)


def _document(text: str, **fields: str) -> LoadedDocument:
    return LoadedDocument(id="x", path="x", format="txt", text=text, **fields)


def _assert_slices(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text


@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_clear_refusal(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except UnreadableInput as error:
        assert str(error)


@given(st.one_of(news_text, st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                                          lambda inner: st.lists(inner, max_size=4)
                                          | st.dictionaries(st.sampled_from(["text", "title", "url", "date",
                                                                             "source", "body", "x"]), inner,
                                                            max_size=5), max_leaves=12).map(json.dumps)))
def test_json_and_jsonl_parsers_never_raise(text):
    for result in (*parse_json(text, "x", "x.json"), *parse_jsonl(text, "x", "x.jsonl")):
        assert result is not None


@given(news_text)
def test_cleaning_covers_the_text_with_valid_blocks(text):
    cleaned = clean(_document(text))
    previous_end = 0
    for block in cleaned.blocks:
        assert previous_end <= block.start <= block.end <= len(text)
        assert text[block.start:block.end] == text[block.start:block.end].strip()
        previous_end = block.end


@given(news_text, st.one_of(st.none(), news_text))
def test_date_candidates_slice_to_their_evidence(text, published):
    cleaned = clean(_document(text, published_raw=published))
    for candidate in resolve(collect(cleaned, "IN"), None):
        _assert_slices(text, candidate.span)
        assert candidate.value.isoformat()


@given(news_text, st.sampled_from(sorted(LEXICONS)))
def test_attribution_offsets_slice_to_the_evidence(text, language):
    for attribution in extract(clean(_document(text)), REGISTRY, LEXICONS[language]):
        for span in (attribution.source, attribution.cue, attribution.phrase, attribution.sentence):
            _assert_slices(text, span)
