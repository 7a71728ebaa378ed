"""A study in a scientific journal is the original the press reports.

"A study published in The Lancet found …" names the journal's paper as the story's source,
as "the Courier reported" names a paper's: the journals are outlets of kind ``journal`` in
the registry, named in the scripts the press writes them in, and a user's outlet file may
add more. The pages below are written for this file (the hospitals and people are made up).
"""

from __future__ import annotations

import json

import pytest
from pilekit import record as _record
from pilekit import trace as _trace

from provenance.kinds import NodeKind
from provenance.outlets import OUTLET_KINDS, load_registry

STUDY = [
    "Patients in Radora's city hospitals who were given the drug were more likely to die than those who were not, "
    "according to a study published on Friday in The Lancet.",
    "The authors compared the records of 9,000 patients admitted between January and April.",
]
#: (language, lead) pages that retell the study in their own words, each naming the journal.
RETELLINGS = [
    ("en", "A study in the medical journal The Lancet has linked the drug to a higher death rate in hospital."),
    ("fr", "Selon une étude publiée vendredi dans la revue médicale The Lancet, le médicament augmente le "
           "risque de décès à l'hôpital."),
    ("de", "Das Medikament erhöht laut einer Studie im Fachjournal „The Lancet“ das Sterberisiko von "
           "Klinikpatienten."),
    ("ru", "Препарат повышает риск смерти пациентов в больницах, говорится в исследовании, опубликованном в "
           "журнале Lancet."),
    ("zh", "发表在医学期刊《柳叶刀》上的一项研究显示，该药物会增加住院病人的死亡风险。"),
]


def test_the_bundled_journals_are_outlets_of_their_own_kind():
    registry = load_registry()
    lancet = registry.by_name("The Lancet")
    assert lancet is not None and lancet.kind == "journal" and "journal" in OUTLET_KINDS
    assert registry.by_name("柳叶刀") == lancet and registry.by_name("New England Journal of Medicine").kind == "journal"


@pytest.mark.parametrize(("language", "lead"), RETELLINGS, ids=[row[0] for row in RETELLINGS])
def test_a_page_retelling_a_study_traces_to_the_journals_paper(tmp_path, language, lead):
    page = _record("Westfold Gazette", "https://westfold.example/health/drug-study", "2025-03-15T10:00:00+01:00",
                   [lead, "Doctors in Radora said they would wait for further trials."], "Drug study")
    graph = _trace(tmp_path, [page])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.REPORT and root.outlet == "The Lancet"


def test_a_journal_in_the_users_outlet_file_is_the_source_of_its_study(tmp_path):
    extra = tmp_path / "journals.json"
    extra.write_text(json.dumps({"outlets": [{
        "id": "radora-medical-journal", "name": "Radora Medical Journal", "aliases": ["RMJ"], "domains": ["rmj.example"],
        "kind": "journal", "country": "RA", "language": "en"}]}), encoding="utf-8")
    first = _record("Westfold Gazette", "https://westfold.example/health/study", "2025-03-15T10:00:00+01:00",
                    [STUDY[0].replace("The Lancet", "the Radora Medical Journal"), STUDY[1]], "Drug study")
    graph = _trace(tmp_path, [first], outlet_files=(extra,))
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.REPORT and root.outlet == "Radora Medical Journal"
