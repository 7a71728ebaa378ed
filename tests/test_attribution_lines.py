"""Stage 4, attributions read from their own lines: marks heading an item, headline sites.

The pages are written here; the outlets are the bundled registry's.
"""

from __future__ import annotations

from provenance.attribution import extract
from provenance.clean import clean
from provenance.lexicon import load_lexicons
from provenance.models import LoadedDocument
from provenance.outlets import load_registry

REGISTRY = load_registry()
LEXICONS = load_lexicons()

#: An aggregator's page stacking two items on one story, the second below a separator.
_STACKED = """Ferry service suspended after storm

Harbour news digest
Updated this morning
Ferry service suspended
The island ferry stopped running on Sunday after the storm broke a mooring line.
Repairs are expected to take a week, the operator said in a notice to passengers.
Passengers were offered refunds or seats on the Tuesday crossing.
{separator}
{mark} - The harbour master said the mooring line had been replaced twice this year.
Divers will inspect the pier before the service resumes."""


def _credits(text: str, language: str = "en", title: str | None = None) -> list[tuple[str, str | None]]:
    document = LoadedDocument(id="x", path="x", format="txt", text=text, title=title)
    return [(a.kind, a.outlet_id) for a in extract(clean(document), REGISTRY, LEXICONS[language])
            if a.kind in ("dateline", "credit")]


def test_an_item_after_a_separator_is_headed_by_its_outlet() -> None:
    """Past the story's first lines, an outlet's name before a dash heads an item only right
    after a separator line; the same line with no separator above it is the story going on."""
    for separator in ("***", "* * *", "-----", "• • •"):
        text = _STACKED.format(separator=separator, mark="Reuters")
        assert ("dateline", "reuters") in _credits(text), separator
    assert ("dateline", "reuters") not in _credits(_STACKED.format(separator="Officials gave no timetable.",
                                                                  mark="Reuters"))
    # a separator closing the story's first lines still opens the item after it
    short = _STACKED.replace("Passengers were offered refunds or seats on the Tuesday crossing.\n", "").replace(
        "Updated this morning\n", "")
    assert ("dateline", "reuters") in _credits(short.format(separator="***", mark="Reuters"))


def test_an_aggregator_named_at_the_headline_end_is_credited() -> None:
    """A headline ending with an aggregator's name ("… - Gooya News") on another site: the
    page took that aggregator's item."""
    title = "Ferry service suspended after storm - Gooya News"
    text = title + "\n\nThe island ferry stopped running on Sunday after the storm broke a mooring line."
    assert ("credit", "gooya-news") in _credits(text, title=title)


_FOOT = ("Le préfet lève l'alerte\nLe préfet a levé l'alerte aux crues en fin de matinée, après deux jours de pluie "
         "sur toute la vallée et des routes coupées dans trois communes.\n\n{foot}")


def test_a_one_word_credit_lead_without_a_colon_credits_only_a_registered_name() -> None:
    assert ("credit", "afp") in _credits(_FOOT.format(foot="Avec AFP"), "fr")
    assert _credits(_FOOT.format(foot="Avec Jean Dupont"), "fr") == []  # a guest, not a source
    assert _credits(_FOOT.format(foot="Avec le concours de la mairie"), "fr") == []


def test_a_credit_signed_by_the_page_s_outlet_credits_the_agencies_after_it() -> None:
    """French house style signs a wire-based story "franceinfo avec AFP", "Le Monde avec AFP et
    Reuters": the agencies are credited; the signing outlet is no credit, and words that are no
    registered outlet after it credit nothing."""
    assert _credits(_FOOT.format(foot="Le Monde avec AFP et Reuters"), "fr") == [("credit", "afp"),
                                                                                 ("credit", "reuters")]
    assert _credits(_FOOT.format(foot="franceinfo avec AFP"), "fr") == [("credit", "afp")]
    assert _credits(_FOOT.format(foot="Le Monde avec la météo du jour"), "fr") == []


_STAMPED = "Dünya\n{stamp}\n\nBelediye meclisi pazartesi günü ilçedeki yolların yenilenmesi için bir plan onayladı."


def test_an_agency_named_before_the_page_s_date_is_its_source_field() -> None:
    """Turkish portals head an item with the agency's code and the date ("AA 03.04.2020 05:00")."""
    assert ("credit", "anadolu") in _credits(_STAMPED.format(stamp="AA 03.04.2020 05:00"), "tr")
    assert ("credit", "reuters") in _credits(_STAMPED.format(stamp="Reuters 03.04.2020"), "tr")
    assert _credits(_STAMPED.format(stamp="Ankara 03.04.2020 05:00"), "tr") == []  # a place, not a source


def test_a_credit_may_give_the_credited_piece_s_date_in_brackets() -> None:
    text = "Quay reopens\nThe quay reopened after four months of repairs to the pier.\n\n{foot}"
    assert ("credit", "reuters") in _credits(text.format(foot="Source: Reuters (4 March 2025)"))
    assert ("credit", "reuters") in _credits(text.format(foot="Source: Reuters, 4 March 2025"))


def test_credit_lines_and_picture_credits_read_through_the_page_screens():
    """Pages with a press review's line or a copyright holder's line still give them, with the
    other line rules' credits; a page with neither gives none (the rules' page screens)."""
    page = ("Ferry service suspended\n\nThe island ferry stopped running on Sunday after the storm.\n\n"
            "Repairs are expected to take a week, the operator said.\n\n(Photo: Jane Doe)\n\nSource: Reuters\n\n"
            "Copyright 2022 The Associated Press. All rights reserved.\n\nLe Figaro : « La grève continue »")
    kinds = {(a.kind, a.label) for a in _read(page)}
    assert {("credit", "Reuters"), ("photo-credit", "Jane Doe"), ("credit", "The Associated Press"),
            ("outlet", "Le Figaro")} <= kinds
    plain = "Ferry service suspended\n\nThe island ferry stopped running on Sunday after the storm."
    assert not [a for a in _read(plain) if a.kind in ("credit", "photo-credit", "outlet")]


def _read(text: str):
    return extract(clean(LoadedDocument(id="x", path="x", format="txt", text=text)), REGISTRY, LEXICONS["en"])


def test_lines_read_again_give_what_reading_them_afresh_gives() -> None:
    """The dateline-mark, credit-line and picture-credit matches are kept by the line's text (a pile's copies
    repeat their lines) and serve a line of the same text elsewhere, on this page or another:
    each page gets what it gets read with nothing kept."""
    from provenance.attribution import lines

    credits = "Source: Reuters\n\n(Photo: Jane Doe)\n\nFranceinfo avec AFP"
    lead = "PARIS (Reuters) - The island ferry stopped running on Sunday."
    pages = [f"Ferry service suspended\n\n{lead}\n\n{credits}",
             f"Ferry service suspended\n\nBy Jane Doe\n\n{lead}\n\nThe ferry stopped on Sunday, it said.\n\n"
             f"{credits}\n\n(Photo: Jane Doe)"]
    lines._LINE_MEMOS.clear()
    fresh = []
    for page in pages:
        fresh.append(_read(page))
        lines._LINE_MEMOS.clear()
    assert {(a.kind, a.label) for a in fresh[1]} >= {("dateline", "Reuters"), ("credit", "Reuters"),
                                                      ("photo-credit", "Jane Doe")}
    for _ in range(2):  # the second time, every line is kept
        assert [_read(page) for page in pages] == fresh
