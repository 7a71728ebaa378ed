"""Translations found by the meaning of their sentences (the optional encoder, ``--meaning``).

The articles are our own: a harbour story in English and a French translation that keeps
too few names in order for the anchor rule, and a French page of the same story told
in other sentences, which is no translation.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import provenance
from provenance.clean import clean
from provenance.cli import main
from provenance.kinds import Relation
from provenance.models import LoadedDocument
from provenance.reuse.meaning import MeaningRule, match_by_meaning, page_sentences

ENGLISH = [
    "The Radora harbour board paid Venn Marine 40 million crowns in advance for dredging that never began.",
    "Board minutes from July show that the chair told members the payment would stay secret until the autumn.",
    "Two members said they had asked for the contract to be cancelled and were ignored.",
    "The audit office will now examine every payment made to contractors since the works began.",
    "The board did not answer questions sent on Monday morning.",
]
FRENCH = [
    "Le conseil du port de Radora a versé à Venn Marine 40 millions de couronnes d'avance pour un dragage jamais commencé.",
    "Selon les procès-verbaux de juillet, la présidente a dit aux membres que le paiement resterait secret jusqu'à l'automne.",
    "Deux membres ont déclaré avoir demandé l'annulation du contrat, sans être écoutés.",
    "La cour des comptes va désormais examiner chaque paiement versé aux entreprises depuis le début des travaux.",
    "Le conseil n'a pas répondu aux questions envoyées lundi matin.",
]
FRENCH_OTHER = [
    "À Radora, la colère monte contre Venn Marine, accusée de lenteur sur le chantier du port depuis des mois.",
    "Les habitants du quartier se plaignent du bruit des camions et de la poussière, raconte une riveraine.",
    "Le maire promet une réunion publique avant l'été pour présenter le nouveau calendrier des travaux.",
    "Une pétition a déjà réuni plus de 40 signatures dans les commerces du port.",
]


class ConceptEncoder:
    """A stand-in encoder: sentences in ``concepts`` get that concept's unit vector, others a
    vector of their own; enough to check the rule without the model."""

    def __init__(self, concepts: dict[str, int]) -> None:
        self.concepts = dict(concepts)

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            rows[i, self.concepts.setdefault(text, 32 + len(self.concepts))] = 1.0
        return rows


def _cleaned(paragraphs: list[str], name: str):
    return clean(LoadedDocument(id=name, path=name, format="txt", text="Title\n" + "\n\n".join(paragraphs)))


def test_pages_are_one_text_when_most_sentences_have_a_counterpart():
    english, french = _cleaned(ENGLISH, "en"), _cleaned(FRENCH, "fr")
    concepts = {s.text: i for i, s in enumerate(page_sentences(english))}
    concepts |= {s.text: i for i, s in enumerate(page_sentences(french))}
    found = match_by_meaning([("en", "fr")], {"en": english, "fr": french}, ConceptEncoder(concepts))
    assert len(found) == 1 and len(found[0].matches) == 5 and found[0].shorter == 5
    first = found[0].matches[0]
    assert first.a.text.startswith("The Radora harbour board") and first.b.text.startswith("Le conseil du port")


def test_two_counterparts_are_not_enough():
    english, french = _cleaned(ENGLISH, "en"), _cleaned(FRENCH, "fr")
    concepts = {s.text: i for i, s in enumerate(page_sentences(english)[:2])}
    concepts |= {s.text: i for i, s in enumerate(page_sentences(french)[:2])}
    assert not match_by_meaning([("en", "fr")], {"en": english, "fr": french}, ConceptEncoder(concepts),
                                MeaningRule())


def _pile(tmp_path: Path, french: list[str]) -> Path:
    records = [{"outlet": "Radora Courier", "url": "https://courier.example/overrun", "title": "Harbour paid in advance",
                "published": "2025-03-17T09:00:00+01:00", "text": "\n\n".join(ENGLISH)},
               {"outlet": "Le Veilleur", "url": "https://veilleur.example/port", "title": "Le port a payé d'avance",
                "published": "2025-03-17T15:00:00+01:00", "text": "\n\n".join(french)}]
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_translation_is_found_by_the_bundled_encoder_with_its_sentences_as_evidence(tmp_path):
    pile = _pile(tmp_path, FRENCH)
    plain = provenance.trace([pile], provenance.Config(workers=1))
    assert not [e for e in plain.edges if e.relation == Relation.TRANSLATES]  # too few anchors in order
    graph = provenance.trace([pile], provenance.Config(workers=1, meaning=True))
    edge = next(e for e in graph.edges if e.relation == Relation.TRANSLATES)
    assert (edge.source, edge.target) == ("pile#2", "pile#1")
    passages = [ev for ev in edge.evidence if ev.kind == "passage"]
    assert len(passages) >= 3 and all(ev.similarity and ev.similarity >= 0.7 for ev in passages)
    assert passages[0].text.startswith("Le conseil du port") and passages[0].other_text.startswith("The Radora")


def test_a_page_of_the_same_story_in_other_sentences_is_no_translation(tmp_path):
    graph = provenance.trace([_pile(tmp_path, FRENCH_OTHER)], provenance.Config(workers=1, meaning=True))
    assert not [e for e in graph.edges if e.relation == Relation.TRANSLATES]


def test_the_cli_flag_and_its_limits(tmp_path):
    pile = _pile(tmp_path, FRENCH)
    result = CliRunner().invoke(main, ["trace", str(pile), "--meaning", "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    assert any(edge["relation"] == "translates" for edge in json.loads(result.output)["edges"])
    spark = CliRunner().invoke(main, ["trace", str(pile), "--meaning", "--engine", "spark"])
    assert spark.exit_code == 2 and "--meaning runs with the local engine" in spark.output


@pytest.mark.parametrize("text", ["", "Short.", "A caption\n\nAnother one"])
def test_captions_and_labels_are_not_compared(text):
    """Sentences under MeaningRule.min_chars are captions and labels, not text to compare."""
    cleaned = clean(LoadedDocument(id="x", path="x", format="txt", text="Title\n" + text))
    assert page_sentences(cleaned) == []
