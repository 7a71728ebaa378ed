"""Learned stance cues (provenance/stance.py): hand-written sentences, traps and the model's mechanics.

PolNeAR annotates any predicate by which a political actor takes a stance or acts
("declined", "endorsed", "wants", "has called for"); the reporting-verb rules miss most
of them, and the learned model adds their subjects. The sentences are invented.
"""

from __future__ import annotations

import re

import pytest
from test_attribution_table import WP, _extract, _found, _has

from provenance import resources
from provenance.attribution import stance
from provenance.models import Span
from provenance.textspans import trie

# (text, kind, label, phrase_substring)
STANCE_ROWS: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------ refusals and responses
    ("Mayor Ilse Varga declined to comment on the audit.", "person", "Mayor Ilse Varga", "Mayor Ilse Varga declined"),
    ("Mayor Tanaka has repeatedly refused to release the documents.", "person", "Mayor Tanaka",
     "Mayor Tanaka has repeatedly refused"),
    ("The mayor's office did not respond to a request for comment.", "person", "The mayor's office",
     "The mayor's office did not respond"),
    ("Mr. Petrov denied any role in the payments.", "person", "Mr. Petrov", "Mr. Petrov denied"),
    ("Governor Reyes dismissed the report as partisan.", "person", "Governor Reyes", "Governor Reyes dismissed"),
    ("Prime Minister Holm rejected the proposal outright.", "person", "Prime Minister Holm",
     "Prime Minister Holm rejected"),
    # ------------------------------------------------ demands, calls, wishes
    ("Senator Okafor has called for an independent inquiry into the contract.", "person", "Senator Okafor",
     "Senator Okafor has called"),
    ("The governor wants the fare increase delayed until spring.", "person", "The governor", "The governor wants"),
    ("The union urged members to reject the offer.", "person", "The union", "The union urged"),
    ("Protesters demanded the release of the detained students.", "person", "Protesters", "Protesters demanded"),
    ("He suggested the vote be postponed.", "person", "He", "He suggested"),
    ("The candidate vowed to scrap the toll on the coastal road.", "person", "The candidate", "The candidate vowed"),
    ("The senator is pushing for a recount in three districts.", "person", "The senator", "The senator is pushing"),
    # ------------------------------------------------ support and opposition
    ("Councillor Brandt endorsed the harbour plan on Tuesday.", "person", "Councillor Brandt",
     "Councillor Brandt endorsed"),
    ("Activists praised the court's ruling.", "person", "Activists", "Activists praised"),
    ("Farmers' groups have criticized the new quotas.", "person", "Farmers' groups",
     "Farmers' groups have criticized"),
    ("She defended the decision to close the clinic.", "person", "She", "She defended"),
    ("Senator Voss, a longtime critic of the agency, blasted the decision.", "person", "Senator Voss",
     "blasted"),
    ("The opposition leader accused the cabinet of hiding the figures.", "person", "The opposition leader",
     "The opposition leader accused"),
    # ------------------------------------------------ beliefs, arguments, doubts
    ("Ms. Lindqvist argued that the levy would hurt small farms.", "person", "Ms. Lindqvist",
     "Ms. Lindqvist argued"),
    ("He believes the tunnel can be finished by 2030.", "person", "He", "He believes"),
    ("Dr. Anneli Sorensen warned that the outbreak was not over.", "person", "Dr. Anneli Sorensen",
     "Dr. Anneli Sorensen warned"),
    ("The chairman acknowledged that mistakes had been made.", "person", "The chairman",
     "The chairman acknowledged"),
    ("Several lawmakers questioned whether the budget added up.", "anonymous", "Several lawmakers",
     "Several lawmakers questioned"),
    ("Two aides familiar with the talks described the mood as tense.", "anonymous",
     "Two aides familiar with the talks", "described"),
    # ------------------------------------------------ social media, asides
    ("Rep. Amara Diallo tweeted that the vote had been rigged.", "person", "Rep. Amara Diallo",
     "Rep. Amara Diallo tweeted"),
    ("The minister, who was visiting the flooded valley, promised new funds.", "person", "The minister",
     "promised"),
    # ------------------------------------------------ subjects not right before their cue
    ("Gov. Lena Marsh (D) criticized the ruling on Friday.", "person", "Gov. Lena Marsh", "criticized"),
    ("Senator Ruiz arrived an hour late and blamed the weather for the delay.", "person", "Senator Ruiz",
     "blamed"),
    ("Mayor Olsen spoke for twenty minutes, calling for calm.", "person", "Mayor Olsen", "calling"),
    ("Hauliers at the port say they were never warned.", "person", "Hauliers at the port",
     "Hauliers at the port say"),
    # an outlet spoken to leaves the speaker to be found
    ("Councillor Ayla Brenn told the Gazette that the vote would go ahead.", "person", "Councillor Ayla Brenn",
     "Councillor Ayla Brenn told"),
    # ------------------------------------------------ an outlet taking a stance is still the outlet
    ("The Washington Post endorsed the challenger in an editorial.", "outlet", WP, "The Washington Post endorsed"),
]

#: The same verbs in uses that credit no one: passives, things as subjects, naming.
STANCE_TRAPS: list[object] = [
    "Prices declined sharply in the third quarter.",  # a lone sentence-initial noun: near the threshold
    "The plan was endorsed by the council last week.",
    "The committee room was refurbished over the summer.",
    "Water levels rose after the storm.",
    "The ferry was named after a local poet.",
    "Sales of umbrellas jumped in October.",
    "Snow covered the hills by morning.",
    "The bridge opened to traffic in 1998.",
    "The old factory closed its doors in May.",
    "Interest in the festival grew every year.",
    "The proposal was rejected in a narrow vote.",
]


@pytest.mark.parametrize(("text", "kind", "label", "phrase"), STANCE_ROWS,
                         ids=[f"stance-{i:02d}" for i in range(len(STANCE_ROWS))])
def test_stance_cue_table(text: str, kind: str, label: str, phrase: str) -> None:
    found = _found(text)
    assert _has(found, kind, label, phrase), found


@pytest.mark.parametrize("text", STANCE_TRAPS, ids=[f"stance-trap-{i:02d}" for i in range(len(STANCE_TRAPS))])
def test_stance_traps_credit_no_one(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "role"), [
    ("The Washington Post has fired the columnist over the posts.", "actor"),  # "Post" is no post
    ("The Washington Post printed a map of the quay. The Post later apologized for the error.", "actor"),
    ("The Washington Post printed a map of the quay. The article lists several payments to the contractor.",
     "source"),
    ("Photos in The Washington Post show the damaged quay.", "source"),
])
def test_an_outlet_doing_something_is_an_actor_and_its_report_telling_something_a_source(text: str,
                                                                                         role: str) -> None:
    """The model's outlet subjects: an act of the outlet's (firing, apologising) is no report of
    it, so the graph does not cite it; a report noun before the cue ("the article lists",
    "photos in the paper show") tells what it published."""
    _, found = _extract(text)
    learned = [a for a in found if a.kind == "outlet" and a.cue is not None and not a.cue.text.startswith("printed")]
    assert [a.role for a in learned] == [role], found


def test_a_rule_attribution_is_not_repeated_by_the_model() -> None:
    _, found = _extract("Reuters reported that the port had reopened.")
    assert [(a.kind, a.source.text) for a in found] == [("outlet", "Reuters")]


def test_cue_pattern_reads_auxiliaries_and_progressives_but_not_passives() -> None:
    cue = stance.cue_pattern(["pushing", "named", "declined", "said"])
    assert cue.search("The senator is pushing for it")["verb"] == "pushing"
    assert cue.search("The senator is pushing for it").group(0) == "is pushing"
    assert cue.search("She has not declined").group(0) == "has not declined"
    assert cue.search("The ferry was named after a poet").group(0) == "named"  # "was" stays with the subject


@pytest.mark.parametrize("words", [["said", "say", "says", "saying", "sad"], ["a", "ab", "abc"], ["x"],
                                   ["called", "calls", "call", "cal"]])
def test_trie_matches_exactly_its_words(words: list[str]) -> None:
    pattern = re.compile(rf"(?:{trie(sorted(words))})\Z")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ("", "zz", words[0] + "q", words[0][:-1] + "Q"))


def test_bundled_model_is_english_only_and_calibrated() -> None:
    data = resources.bundled("stance_cues.json")["languages"]["en"]
    model = stance.bundled_model("en")
    assert model is not None and stance.bundled_model("fr") is None
    assert 0.0 < model.threshold < 1.0
    assert data["verbs"] == sorted(data["verbs"]) and "declined" in data["verbs"]
    assert data["calibration"]["cross_validated"]["precision"] >= data["calibration"]["MIN_PRECISION"]


def test_a_hopeless_candidate_is_never_one_the_model_would_accept() -> None:
    """Skipping the subject's classification must not change any decision."""
    model = stance.bundled_model("en")
    assert model is not None
    text = "Headline\nGovernor Reyes dismissed the report, and prices declined while the union urged calm."
    sentence = Span(9, len(text), text[9:])
    for candidate in stance.candidates(text, sentence, model):
        for kind in ("person", "outlet", "anonymous", "vague-media", "none"):
            for known in (True, False):
                late = stance.with_late_features(candidate, kind, known)
                assert not (model.hopeless(candidate) and model.accept(late))


def test_word_pattern_is_case_blind_whole_words_longest_first() -> None:
    from provenance.textspans import word_pattern

    pattern = word_pattern(["post", "Posted", "post video", "Telegram-канале"])
    assert pattern.search("She POSTED it").group(0) == "POSTED"
    assert pattern.search("a Post Video from Monday").group(0) == "Post Video"  # the longer phrase wins
    assert pattern.search("в telegram-канале").group(0) == "telegram-канале"
    assert pattern.search("a postcard and a signpost") is None  # whole words only
    compounds = word_pattern(["Bericht"], compounds=True)
    assert compounds.search("laut einem Zeitungsbericht").group(0) == "bericht"
