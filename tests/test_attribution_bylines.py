"""Stage 4, attributions: bylines, the writers a page names above or below its story.

Each row is written here, in the byline conventions of its language: a paper's byline under
the headline ("By …"), an agency's signature at the foot ("Por … e …"), a label ("Autor:").
The people are invented; the outlets are the bundled registry's.
"""

from __future__ import annotations

import pytest

import provenance
from provenance.attribution import extract
from provenance.clean import clean
from provenance.lexicon import load_lexicons
from provenance.models import Attribution, LoadedDocument
from provenance.outlets import load_registry

REGISTRY = load_registry()
LEXICONS = load_lexicons()
STORY = {
    "en": "The river authority closed the lower lock on Tuesday after the spring flood damaged its gates.",
    "pt": "A autoridade fluvial fechou a eclusa inferior na terça-feira depois de a cheia danificar as comportas.",
    "es": "La autoridad fluvial cerró la esclusa inferior el martes después de que la crecida dañara las compuertas.",
    "de": "Die Flussbehörde hat die untere Schleuse am Dienstag geschlossen, nachdem das Hochwasser die Tore beschädigt hatte.",
    "fr": "L'autorité fluviale a fermé l'écluse inférieure mardi après que la crue a endommagé ses portes.",
    "it": "L'autorità fluviale ha chiuso la chiusa inferiore martedì dopo che la piena ha danneggiato le porte.",
    "nl": "De rivierbeheerder heeft de onderste sluis dinsdag gesloten nadat het hoogwater de deuren had beschadigd.",
    "pl": "Zarząd rzeki zamknął we wtorek dolną śluzę, ponieważ wiosenna powódź uszkodziła jej wrota.",
    "ru": "Речное управление во вторник закрыло нижний шлюз после того, как весенний паводок повредил ворота.",
}


def _bylines(language: str, text: str) -> list[tuple[str, str, str | None]]:
    document = LoadedDocument(id="x", path="x", format="txt", text="Lock closed after flood\n\n" + text)
    found: tuple[Attribution, ...] = extract(clean(document), REGISTRY, LEXICONS[language])
    return [(a.kind, a.label, a.outlet_id) for a in found if a.via == "the byline"]


# (language, text with the story as {story}, the byline's attributions in order)
ROWS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("en", "By Mara Quillan and Tomas Ferreira\n\n{story}",
     [("byline", "Mara Quillan", None), ("byline", "Tomas Ferreira", None)]),
    ("en", "By Mara Quillan, Tomas Ferreira and Ines Castellano\n\n{story}",
     [("byline", "Mara Quillan", None), ("byline", "Tomas Ferreira", None), ("byline", "Ines Castellano", None)]),
    ("en", "By Mara Quillan, Reuters\n\n{story}", [("byline", "Mara Quillan", None), ("credit", "Reuters", "reuters")]),
    ("en", "By Mara Quillan | Reuters\n\n{story}", [("byline", "Mara Quillan", None), ("credit", "Reuters", "reuters")]),
    ("en", "By Mara Quillan for The Guardian\n\n{story}",
     [("byline", "Mara Quillan", None), ("credit", "The Guardian", "the-guardian")]),
    ("en", "By The Associated Press\n\n{story}", [("credit", "The Associated Press", "ap")]),
    ("en", "By Mara Quillan, Washington correspondent\n\n{story}", [("byline", "Mara Quillan", None)]),
    ("en", "By Ana de la Cruz\n\n{story}", [("byline", "Ana de la Cruz", None)]),
    # a list's bullet before the byline, as scrapes keep it
    ("en", "- By Mara Quillan and Tomas Ferreira\n\n{story}",
     [("byline", "Mara Quillan", None), ("byline", "Tomas Ferreira", None)]),
    ("es", "• Por Lucía Ferrán\n\n{story}", [("byline", "Lucía Ferrán", None)]),
    ("en", "Author: Mara Quillan\n\n{story}", [("byline", "Mara Quillan", None)]),
    ("pt", "{story}\n\nPor Joana Ribeiro e Kiran Malhotra", [("byline", "Joana Ribeiro", None),
                                                            ("byline", "Kiran Malhotra", None)]),
    ("es", "Por Lucía Ferrán y Diego Olmos\n\n{story}", [("byline", "Lucía Ferrán", None), ("byline", "Diego Olmos", None)]),
    ("de", "Von Anna Brenner und Jan van der Berg\n\n{story}",
     [("byline", "Anna Brenner", None), ("byline", "Jan van der Berg", None)]),
    ("fr", "Par Claire Vautrin et Hugo Lemaire\n\n{story}", [("byline", "Claire Vautrin", None), ("byline", "Hugo Lemaire", None)]),
    ("it", "Di Giulia Rinaldi\n\n{story}", [("byline", "Giulia Rinaldi", None)]),
    ("nl", "Door Sanne de Wit en Pieter Brouwer\n\n{story}",
     [("byline", "Sanne de Wit", None), ("byline", "Pieter Brouwer", None)]),
    ("pl", "Autor: Marta Zielińska\n\n{story}", [("byline", "Marta Zielińska", None)]),
    ("ru", "Автор: Ирина Соколова\n\n{story}", [("byline", "Ирина Соколова", None)]),
    # ------------------------------------------------ lines that open with a lead but are no byline
    ("en", "By Tuesday, the river authority had closed the lower lock.\n\n{story}", []),
    ("en", "By The Numbers\n\n{story}", []),
    ("en", "By Staff Reporter\n\n{story}", []),
    ("en", "By the river, the gates gave way first.\n\n{story}", []),
    ("es", "Por primera vez, el puerto quedó cerrado.\n\n{story}", []),
    ("de", "Von Montag an bleibt die Schleuse zu.\n\n{story}", []),
    ("it", "Di Maio ha detto che la chiusa resterà chiusa.\n\n{story}", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[f"{r[0]}: {r[1][:40]}" for r in ROWS])
def test_byline_table(language: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _bylines(language, text.format(story=STORY[language])) == expected


def test_byline_in_the_middle_of_a_story_is_not_read() -> None:
    """Only the first and last lines hold a byline: a line in the middle is a caption or a quote's lead."""
    paragraphs = [f"{STORY['en'][:-1]}, in the account of witness number {n}." for n in range(8)]
    middle = "\n\n".join([*paragraphs[:4], "By Mara Quillan and Tomas Ferreira", *paragraphs[4:]])
    assert _bylines("en", middle) == []


def test_byline_cites_nobody() -> None:
    """The page's writers are shown with it but are not its source: no edge goes to them."""
    record = {"text": "Lock closed after flood\n\nBy Mara Quillan\n\n" + STORY["en"], "url": "https://example.org/lock"}
    graph = provenance.trace_records([record])
    article = graph.articles[0]
    assert [(a.kind, a.label) for a in article.attributions if a.kind == "byline"] == [("byline", "Mara Quillan")]
    assert not [e for e in graph.edges if e.source == article.id]
