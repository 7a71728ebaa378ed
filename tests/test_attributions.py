"""Stage 4, attributions: cue families, anaphora, kinds, credits, and offsets."""

from __future__ import annotations

import pytest

from provenance.attribution import extract
from provenance.clean import clean
from provenance.lexicon import load_lexicons
from provenance.models import LoadedDocument
from provenance.outlets import Outlet, Registry

REGISTRY = Registry({o.id: o for o in [
    Outlet("courier", "The Meridian Courier", "newspaper", aliases=("Meridian Courier",), short_forms=("the Courier",)),
    Outlet("post", "The Daily Post", "newspaper", short_forms=("the Post",)),
    Outlet("cpa", "Continental Press Agency", "wire", aliases=("CPA",), marks=("(CPA)",)),
    Outlet("rva", "Republic Voice", "state-media", aliases=("RVA",), marks=("/RVA/",)),
    Outlet("ministry", "Transport Ministry", "government"),
]})
LEXICON = load_lexicons()["en"]


def _found(text: str, publisher: str | None = None) -> list[tuple[str, str, str | None]]:
    document = LoadedDocument(id="x", path="x.txt", format="txt", text="Headline\n" + text)
    return [(a.kind, a.label, a.phrase.text if a.phrase else None)
            for a in extract(clean(document), REGISTRY, LEXICON, publisher)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The bridge was closed, the Meridian Courier reported.", ("outlet", "The Meridian Courier", "the Meridian Courier reported")),
    ("The Meridian Courier reported on Friday that the bridge was closed.",
     ("outlet", "The Meridian Courier", "The Meridian Courier reported on Friday")),
    ("According to the Meridian Courier, the bridge was closed.", ("outlet", "The Meridian Courier", "According to the Meridian Courier")),
    ("The bridge was closed, a report in the Meridian Courier said.", ("outlet", "The Meridian Courier", "the Meridian Courier said")),
    ("The agency closed it, citing the Meridian Courier.", ("outlet", "The Meridian Courier", "citing the Meridian Courier")),
    ("The Meridian Courier quoted an engineer as saying it was unsafe.", ("outlet", "The Meridian Courier", "The Meridian Courier quoted")),
    ("The Meridian Courier wrote that the cables were corroded.", ("outlet", "The Meridian Courier", "The Meridian Courier wrote")),
    ("CPA said the inspection was postponed.", ("outlet", "Continental Press Agency", "CPA said")),
    ("Local media reported the closure.", ("vague-media", "Local media", "Local media reported")),
    ("Western media have recently reported a cover-up.", ("vague-media", "Western media", "Western media have recently reported")),
    ("Transit minister Ana Velasquez told reporters the work would resume.",
     ("person", "Transit minister Ana Velasquez", "Transit minister Ana Velasquez told")),
    ("Two engineers familiar with the inspections said so.",
     ("anonymous", "Two engineers familiar with the inspections", "Two engineers familiar with the inspections said")),
    ("The plan was shelved, citing unnamed sources.", ("anonymous", "unnamed sources", "citing unnamed sources")),
    ("A senior official said the work had stopped.", ("anonymous", "A senior official", "A senior official said")),
    ("The Transport Ministry said the bridge was safe.", ("person", "Transport Ministry", "The Transport Ministry said")),
    # a reflexive that stresses the subject stays in the phrase, not in the name
    ("The minister herself said the bridge was safe.", ("person", "The minister", "The minister herself said")),
    ("Ana Velasquez herself told reporters the work would resume.",
     ("person", "Ana Velasquez", "Ana Velasquez herself told")),
])
def test_phrase_families(sentence, expected):
    assert expected in _found(sentence)


def test_anaphora_resolve_to_the_outlet_named_before():
    found = _found("The Meridian Courier reported the delay. The newspaper said inspections stopped. "
                   "According to the paper, nobody objected. The report quoted an engineer.")
    outlets = [f for f in found if f[0] == "outlet"]
    assert [f[2] for f in outlets] == ["The Meridian Courier reported", "The newspaper said",
                                       "According to the paper", "The report quoted"]
    assert {f[1] for f in outlets} == {"The Meridian Courier"}


def test_anaphor_without_antecedent_is_not_an_outlet():
    assert not [f for f in _found("The newspaper said inspections stopped.") if f[0] == "outlet"]


def test_short_form_needs_the_outlet_named_first():
    assert not [f for f in _found("The Post reported the delay.") if f[0] == "outlet"]
    found = _found("The Daily Post reported the delay. The Post said more later.")
    assert ("outlet", "The Daily Post", "The Post said") in found


def test_publisher_does_not_cite_itself_through_anaphora():
    text = "The Meridian Courier reported it. Officials in Velmora (RVA) commented. The newspaper said more."
    found = _found(text, publisher="rva")
    assert ("outlet", "The Meridian Courier", "The newspaper said") in found


def test_dateline_credit_and_photo_credit():
    found = _found("VELMORA, March 15 (CPA) - The bridge closed.\nA caption (Photo: CPA)\nSource: CPA")
    kinds = {(k, label) for k, label, _ in found}
    assert ("dateline", "Continental Press Agency") in kinds
    assert ("credit", "Continental Press Agency") in kinds
    assert ("photo-credit", "CPA") in kinds


@pytest.mark.parametrize(("text", "credited"), [
    ("Harbour board hid dredging overrun | Meridian Courier\nThe board kept the overrun from its auditors.",
     "The Meridian Courier"),
    ("Harbour board hid dredging overrun - The Daily Post\nThe board kept the overrun from its auditors.",
     "The Daily Post"),
    ("Harbour board hid dredging overrun | Radora\nThe board kept the overrun from its auditors.", None),
])
def test_a_headline_ending_with_a_news_outlets_name_credits_it(text, credited):
    document = LoadedDocument(id="x", path="x.txt", format="txt", text=text)
    credits = [a.label for a in extract(clean(document), REGISTRY, LEXICON) if a.kind == "credit"]
    assert credits == ([credited] if credited else [])


@pytest.mark.parametrize(("line", "agency"), [
    ("Velmora, Oct. 10, (CPA/RVA) – The harbour board chair resigned on Tuesday.", "Continental Press Agency"),
    ("VELMORA, March 15 (Kettle Wire/CPA) - The harbour board chair resigned.", "Continental Press Agency"),
])
def test_a_joint_agency_mark_is_the_first_agencys_dateline(line, agency):
    assert ("dateline", agency) in {(k, label) for k, label, _ in _found(line)}


def test_relative_day_is_kept():
    document = LoadedDocument(id="x", path="x.txt", format="txt", text="H\nThe Meridian Courier reported on Saturday it.")
    (attribution,) = [a for a in extract(clean(document), REGISTRY, LEXICON) if a.kind == "outlet"]
    assert attribution.relative_day == "Saturday"


@pytest.mark.parametrize("sentence", [
    "The United States is privately encouraging talks.",
    "Putin is said to be hopeful.",
    "“We’ve said it before and will say it again.”",
])
def test_traps_give_no_source(sentence):
    assert not [f for f in _found(sentence) if f[0] in ("outlet", "person", "anonymous", "vague-media")]


def test_pronoun_sources_are_persons_left_unresolved():
    assert ("person", "He", "He stressed") in _found("He stressed the point.")


def test_offsets_slice_to_the_evidence():
    text = "Headline\nThe Meridian Courier reported on Friday, citing documents, that “the cables” failed.\nSource: CPA"
    document = LoadedDocument(id="x", path="x.txt", format="txt", text=text)
    for attribution in extract(clean(document), REGISTRY, LEXICON):
        for span in (attribution.source, attribution.cue, attribution.phrase, attribution.sentence):
            if span is not None:
                assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(("text", "person"), [
    ("According to Quillan's thread, the board paid in advance.", "Quillan"),
    ("Mara Quillan’s long post said the invoices were genuine.", "Mara Quillan"),
    ("The invoices, released Friday night by independent journalist Mara Quillan, show advance payments.",
     "Mara Quillan"),
    ("The documents (shared by former Courier reporter Mara Quillan) show the payments.", "Mara Quillan"),
])
def test_a_persons_own_publication_names_the_person(text, person):
    """"X's thread", "released by journalist X": the source is the person whose work it is."""
    assert any(kind == "person" and label.endswith(person) for kind, label, _ in _found(text)), _found(text)


@pytest.mark.parametrize("sentence", [
    "The mayor leads by 6 points, according to a Meridian Courier/Halden Research poll.",
    "A Daily Post survey released on Thursday found that 41 percent backed the plan.",
    "The mayor leads, according to a Halden University/Meridian Courier Poll released Sunday.",
])
def test_a_poll_an_outlet_sponsors_is_no_citation_of_its_report(sentence):
    found = _found(sentence)
    assert not [f for f in found if f[0] == "outlet"], found
    assert any(f[0] == "person" and ("poll" in f[1].lower() or "survey" in f[1].lower()) for f in found), found



def test_an_outlet_inside_a_picture_credit_is_not_cited():
    """"(图源:Meridian Courier报道截图)", a screenshot of the paper's report, credits the
    picture: the "报道" (reported) in it cites nothing."""
    text = "港口委员会为从未开始的疏浚工程付了款。\n\n(图源:Meridian Courier报道截图)\n\n委员会没有回应。"
    document = LoadedDocument(id="x", path="x.txt", format="txt", text="标题\n" + text)
    found = extract(clean(document), REGISTRY, load_lexicons()["zh"])
    assert [a.kind for a in found if "Courier" in a.source.text] == ["photo-credit"]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("ru", "«Я написал то, что написал», — ответил Херш в ответ на вопрос о новой версии событий.", "Херш"),
    ("ru", "«Мы ждём ответа от американской стороны», — сказал Песков журналистам в пятницу.", "Песков"),
    ("uk", "«Я не коментую чужі версії», — відповів Квелл на запитання журналістів.", "Квелл"),
])
def test_a_speaker_after_a_quotation_a_comma_and_a_dash_is_read(language, text, speaker):
    """Russian and Ukrainian set the reporting clause off with a comma and a dash after the
    closing mark ('…», — ответил Херш'); the "I" inside the quotation is no source."""
    document = LoadedDocument(id="x", path="x.txt", format="txt", text="Заголовок\n" + text)
    found = extract(clean(document), REGISTRY, load_lexicons()[language])
    assert [a.label for a in found if a.kind == "person"] == [speaker]


def test_lexicons_are_compiled_once_and_a_users_edited_file_is_read_again(tmp_path):
    """Tracing many small piles (a notebook, the tests) compiles the 29 lexicons once; a phrase
    file the user edits between two calls is read again."""
    assert load_lexicons() is not load_lexicons()  # each call gets its own dict ...
    assert load_lexicons()["en"] is load_lexicons()["en"]  # ... of the same compiled lexicons
    phrases = tmp_path / "phrases.json"
    phrases.write_text('{"languages": {"en": {"verbs": ["radorated"]}}}', encoding="utf-8")
    first = load_lexicons([phrases])["en"]
    assert first.verb_words is not None and "radorated" in first.verb_words
    phrases.write_text('{"languages": {"en": {"verbs": ["kettleworded"]}}}', encoding="utf-8")
    second = load_lexicons([phrases])["en"]
    assert second.verb_words is not None and "kettleworded" in second.verb_words
    assert "radorated" not in second.verb_words
