"""Outlets a pile's text introduces ("the satirical weekly Le Canard Enchaîné"): known for
resolving attributions although no registry lists them. Sentences written for this table,
outlets made up, each language's way of introducing a paper."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pilekit import SCOOP, record, trace

from provenance import introduced
from provenance.outlets import load_registry
from provenance.pile import with_outlets

INTRODUCED = [
    ("en", "The claims were first published by the satirical weekly Le Pélican Moqueur on Tuesday.",
     "Le Pélican Moqueur", "newspaper"),
    ("fr", "Une passe d'armes entre le ministre et le journal satirique le Pélican Moqueur.", "Pélican Moqueur",
     "newspaper"),
    ("de", "Er reagierte auf die Enthüllungen der Wochenzeitung „Pélican Moqueur“ am Mittwoch.", "Pélican Moqueur",
     "newspaper"),
    ("es", "Según el semanario satírico Le Pélican Moqueur, la esposa cobró durante años.", "Le Pélican Moqueur",
     "newspaper"),
    ("it", "Le accuse trapelate dalle pagine del settimanale satirico Le Pélican Moqueur.", "Le Pélican Moqueur",
     "newspaper"),
    ("ru", "Подробности раскрыла сатирическая газета Pélican Moqueur в среду.", "Pélican Moqueur", "newspaper"),
    ("ru", "Об этом сообщила в сатирическом еженедельнике Le Pélican Moqueur редакция.", "Le Pélican Moqueur",
     "newspaper"),
    ("pl", "Informację podał tygodnik satyryczny Pélican Moqueur w środę.", "Pélican Moqueur", "newspaper"),
    ("en", "The news agency Radora Press Service said the minister had resigned.", "Radora Press Service", "wire"),
]

NOT_INTRODUCED = [
    ("en", "The journalist Tomas Quell asked the minister about the payments."),  # a journalist, not a journal
    ("ru", "Журналист Томас Квелл задал вопрос министру."),
    ("fr", "Elle écrivait pour la Revue des Deux Mondes, selon le ministre."),  # the noun is the name's own word
    ("en", "The newspaper Courier said little."),  # one word: a common word would become a citation
    ("de", "Die Zeitung zitierte „Das ist eine Stinkbombe“ aus dem Interview."),  # a quoted remark
    # the sentence ends after the noun: the next paragraph's subject is no name of it
    ("en", "By June, 463 surveys had been emptied, the newspaper said.\n\nDora Fiteide, a mechanic, insured them."),
    ("en", "The records were seen by the daily. Dora Fiteide, a mechanic, insured them."),
]


@pytest.mark.parametrize(("language", "sentence", "name", "kind"), INTRODUCED,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(INTRODUCED)])
def test_a_noun_for_a_news_outlet_introduces_the_name_after_it(language, sentence, name, kind):
    assert introduced.Introduction(name, kind) in introduced.introductions(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), NOT_INTRODUCED,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(NOT_INTRODUCED)])
def test_no_outlet_is_introduced_by_a_look_alike(language, sentence):
    assert introduced.introductions(sentence, language) == ()


def test_the_pile_s_outlet_needs_two_pages_and_is_named_as_most_write_it():
    registry = load_registry(())
    pages = [introduced.introductions(text, "en") for text in (
        "The satirical weekly Le Pélican Moqueur reported it.",
        "According to the weekly Le Pélican Moqueur, she was paid.",
        "The weekly Sunday Drive said nothing; the newspaper The New York Times did.",
    )]
    (outlet,) = introduced.pile_outlets(pages, registry)  # Sunday Drive: one page; the Times: registered
    assert outlet.name == "Le Pélican Moqueur"
    assert "Le Pelican Moqueur" in outlet.aliases  # written without accents on other pages
    assert "Le Pélican moqueur" in outlet.aliases  # and as running text writes a masthead
    registry_with_it = with_outlets(registry, [outlet])
    text = "Подробности раскрыла газета Pélican moqueur."
    assert [text[m.start:m.end] for m in registry_with_it.find_mentions(text)] == ["Pélican moqueur"]
    assert introduced.pile_outlets(pages[:1], registry) == []


def test_pages_citing_an_introduced_outlet_trace_to_its_report(tmp_path):
    """A pile with no page of the weekly, which no registry lists: the pages that introduce it
    and those that cite it by name without its accents all cite its report."""
    texts = [
        ["The satirical weekly Le Pélican Moqueur reported on Wednesday that the harbour board chair had "
         "paid her husband from public funds for years.", *SCOOP[1:3]],
        ["According to the weekly newspaper Le Pélican Moqueur, the harbour board chair paid her husband "
         "from public funds.", *SCOOP[3:4]],
        ["Le Pelican Moqueur reported that the chair paid her husband from public funds, a claim she denies.",
         *SCOOP[4:5]],
    ]
    records = [record(outlet, f"https://{host}.example/story", f"2025-03-1{n + 7}T10:00:00+01:00", paragraphs,
                      "Chair paid husband")
               for n, (outlet, host, paragraphs) in
               enumerate(zip(["Westfold Gazette", "Nordvik Post", "Kettle Blog"], ["westfold", "nordvik", "kettle"],
                             texts, strict=True))]
    graph = trace(tmp_path, records)
    for article in graph.articles:
        assert graph.node(article.root).label.startswith("Le Pélican Moqueur"), article.id


@pytest.mark.parametrize("text", [
    "Er reagierte auf die Enthüllungen der Wochenzeitung „Pélican Moqueur“ am Mittwoch.",  # a compound noun
    "Laut dem Nachrichtenmagazin Der Pélican Moqueur und der Zeitung Le Pélican Moqueur.",
    "The satirical weekly Le Pélican Moqueur said so, the ZEITUNG reported.",
    "The satirical weekly Le Pélican Moqueur said so; the NACHRİCHTENMAGAZİN Pélican Moqueur too.",  # "İ" matches "i"
    "The news agency Radora Press Service said the minister had resigned.",
])
def test_a_page_without_a_compound_ending_is_read_with_the_nouns_alone(monkeypatch, text):
    """The nouns' pattern without its compound-ending branch, where a page holds no ending (nor a
    letter ``re.IGNORECASE`` matches to one although casefolding does not), finds what the whole
    pattern finds."""
    found = introduced.introductions(text, "de"), introduced.introductions(text, "en")
    nouns = introduced._noun_patterns()
    monkeypatch.setattr(introduced, "_noun_patterns", lambda: replace(nouns, plain=nouns.pattern))
    assert (introduced.introductions(text, "de"), introduced.introductions(text, "en")) == found
