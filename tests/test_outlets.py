"""The outlet registry: bundled data, aliases, ambiguous short forms, user files."""

from __future__ import annotations

import json

import pytest

from provenance.outlets import OUTLET_KINDS, load_registry, with_latin_spellings
from provenance.resources import DataFileError


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_bundled_registry_is_large_and_well_formed(registry):
    assert len(registry.outlets) >= 300
    for outlet in registry.outlets.values():
        assert outlet.kind in OUTLET_KINDS
        assert outlet.name


def test_names_aliases_and_domains(registry):
    assert registry.by_name("the Washington Post").id == "washington-post"
    assert registry.by_name("WaPo").id == "washington-post"
    assert registry.by_url("https://www.washingtonpost.com/world/2022/11/05/x/").id == "washington-post"
    assert registry.by_name("RES-MPE") is not None
    assert registry.by_mark("/TASS/").name == "TASS"


@pytest.mark.parametrize("written", ["Kreml", "Кремль", "Кремля", "克里姆林宫", "クレムリン", "الكرملين", "Il Cremlino"])
def test_a_government_body_is_known_in_the_languages_that_name_it(registry, written):
    """A lead answering a report names the body in its own language ("克里姆林宫14日否认…"):
    one body, one statement node, whatever the page calls it."""
    assert registry.by_name(written).id == "kremlin"


def test_short_forms_are_ambiguous_until_named(registry):
    assert registry.by_name("the Post") is None
    assert len(registry.with_short_form("the Post")) >= 2
    assert registry.by_name("The Times").id == "the-times"  # exact metadata value
    assert not registry.find_mentions("The Times said so.")  # ambiguous in running text


def test_mentions_in_running_text(registry):
    text = "Citing sources, Reuters said the Washington Post reported it."
    names = [m.outlet.id for m in registry.find_mentions(text)]
    assert "washington-post" in names and "reuters" in names


@pytest.mark.parametrize(("text", "written"), [
    ("After Bloomberg alleged a spying operation, the companies denied it.", "Bloomberg"),
    ("Selon Bloomberg Businessweek, des puces auraient été implantées.", "Bloomberg Businessweek"),
    ("وأفادت بلومبرج للأنباء، أن البيانات", "بلومبرج"),  # Egyptian spelling: g as jim
])
def test_a_wire_known_by_one_word_is_named_by_it_in_running_text(registry, text, written):
    """A wire whose everyday name is one distinctive word ("Bloomberg") is an alias, not a
    short form waiting for its full name: most pages never write "Bloomberg News"."""
    found = [(m.outlet.id, text[m.start:m.end]) for m in registry.find_mentions(text)]
    assert found == [("bloomberg", written)]


@pytest.mark.parametrize(("text", "found"), [
    ("anunţă „The Guardian”.", [("the-guardian", "The Guardian")]),
    ("The Guardian said on Monday that", [("the-guardian", "The Guardian")]),
    ("according to the Guardian, the board", [("the-guardian", "the Guardian")]),
    ("the Hill reported that", [("the-hill", "the Hill")]),
    ("according to The Australian.", [("the-australian", "The Australian")]),
    ("The Independent candidate said", []),
    ("lawmakers on the Hill today", []),  # Capitol Hill, not the paper
    ("The Australian government said", []),  # a nationality
    ("the guardian of the keys", []),
    ("The Times said", []),  # still every Times' short form
    ("uvedl list The Guardian s odvoláním na zdroje", [("the-guardian", "The Guardian")]),  # a title inside a sentence
    ("berichtete der britische The Guardian am Montag", [("the-guardian", "The Guardian")]),
    ("Officials Say The Australian Government Agreed", []),  # a headline's capitals: no title
    ("wie der britische „The Guardian“ berichtete", [("the-guardian", "The Guardian")]),  # German closing mark “
])
def test_a_common_word_paper_is_named_with_its_article(registry, text, found):
    """"Guardian", "Hill" are common words, so alone they name no paper; with the article
    and a capital they do, where the name ends its phrase."""
    assert [(m.outlet.id, text[m.start:m.end]) for m in registry.find_mentions(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("the pro-government Turkish daily Sabah said", [("sabah", "Sabah")]),
    ("Turkey's Sabah newspaper reported on Saturday", [("sabah", "Sabah")]),
    ("el diario turco Sabah publicó", [("sabah", "Sabah")]),  # adjectives after the noun
    ("berichtete die Zeitung „Sabah“ am Samstag", [("sabah", "Sabah")]),
    ("The German magazine Stern reported", [("stern-de", "Stern")]),
    ("the Polish tabloid Fakt wrote", [("fakt", "Fakt")]),
    ("schreibt die türkische Regierungszeitung „Sabah“ unter Berufung", [("sabah", "Sabah")]),  # a compound noun
    ("وقالت صحيفة “صباح” الموالية للحكومة", [("sabah", "صباح")]),  # its Arabic name, a word for morning
    ("Sabah gazetesi yazdı", [("sabah", "Sabah")]),  # Turkish puts the noun after the name
    ("Про це повідомляє турецьке видання Sabah", [("sabah", "Sabah")]),  # Ukrainian "видання", a publication
    ("сообщает турецкое издание Sabah", [("sabah", "Sabah")]),
    ("صباح الخير", []),
    ("Sabah is a state of Malaysia", []),  # a place
    ("According to the newspaper, Sabah officials said", []),  # the clause ended before the name
    ("a Stern warning from the newspaper", []),  # a word, the noun too far
    ("said Stern, who edits the paper", []),
])
def test_a_common_word_paper_without_article_is_named_beside_a_media_noun(registry, text, found):
    """"Sabah" (morning; a Malaysian state), "Stern" (a star), "Fakt": one-word names that are
    common words, with no article to mark them, name the paper only beside a noun for news
    outlets: the Sabah pile's 47 pages naming "the Turkish daily Sabah" were traced nowhere."""
    assert [(m.outlet.id, text[m.start:m.end]) for m in registry.find_mentions(text)] == found


@pytest.mark.parametrize(("text", "outlet_id"), [
    ("The Sunday Times reported", "sunday-times"), ("según El Comercio", "el-comercio-peru"),
    ("The Spectator said", "the-spectator")])
def test_a_paper_whose_short_form_is_its_own_name_is_named_in_running_text(registry, text, outlet_id):
    assert [m.outlet.id for m in registry.find_mentions(text)] == [outlet_id]


def test_a_one_word_name_after_a_given_name_is_a_person(registry):
    assert not registry.find_mentions("The former mayor Michael Bloomberg said he would run.")


def test_user_file_adds_and_overrides(tmp_path, registry):
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"outlets": [
        {"id": "harbor-times", "name": "The Harbor Times", "kind": "newspaper", "domains": ["harbortimes.example"]},
        {"id": "washington-post", "name": "The Washington Post", "kind": "newspaper", "aliases": ["Post-Dispatch?"]},
    ]}))
    mine = load_registry([extra])
    assert mine.by_url("harbortimes.example").name == "The Harbor Times"
    assert mine.by_name("WaPo") is None  # the override replaced the entry
    assert len(mine.outlets) == len(registry.outlets) + 1


@pytest.mark.parametrize("content", ["{oops", json.dumps({"outlets": [{"id": "x"}]}),
                                     json.dumps({"outlets": [{"id": "x", "name": "X", "kind": "alien"}]}),
                                     json.dumps({"outlets": [], "name_endings": {"glued": {"xx": "ovo"}}})])
def test_bad_user_file_is_a_clear_error(tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(DataFileError, match=r"bad\.json"):
        load_registry([bad])


@pytest.mark.parametrize(("name", "outlet_id"), [
    ("AP", "ap"), ("Associated Press", "ap"), ("Agence France-Presse", "afp"), ("RES-MPE", "ana-mpa"),
    ("Athens-Macedonian News Agency", "ana-mpa"), ("ТАСС", "tass"), ("the New York Times", "new-york-times"),
    ("NYT", "new-york-times"), ("Reuters", "reuters"), ("Xinhua", "xinhua"), ("Radio ZET", "radio-zet"),
    ("参考消息", "reference-news"), ("Європейська правда", "european-pravda"), ("dpa-AFX", "dpa-afx")])
def test_aliases_resolve(registry, name, outlet_id):
    assert registry.by_name(name).id == outlet_id


def test_domains_resolve_from_subdomains_and_paths(registry):
    assert registry.by_url("https://edition.cnn.com/2022/11/05/politics/x").id == "cnn"
    assert registry.by_url("tass.com").id == "tass"
    assert registry.by_url("https://example.org/") is None


@pytest.mark.parametrize("form", ["the Times", "the Post", "the Telegraph", "the Herald"])
def test_ambiguous_short_forms_belong_to_several_outlets(registry, form):
    assert not registry.find_mentions(f"{form} reported it.")
    assert len(registry.with_short_form(form)) >= 2


def test_short_form_resolves_to_the_outlet_named_before():
    from provenance.attribution import extract
    from provenance.clean import clean
    from provenance.lexicon import load_lexicons
    from provenance.models import LoadedDocument

    registry = load_registry()
    text = "Headline\nThe New York Times reported the plan. The Times said officials agreed."
    document = LoadedDocument(id="x", path="x", format="txt", text=text)
    found = [a for a in extract(clean(document), registry, load_lexicons()["en"]) if a.kind == "outlet"]
    assert [(a.phrase.text, a.outlet_id) for a in found] == [
        ("The New York Times reported", "new-york-times"), ("The Times said", "new-york-times")]
    other = LoadedDocument(id="y", path="y", format="txt", text="Headline\nThe Times said officials agreed.")
    assert not [a for a in extract(clean(other), registry, load_lexicons()["en"]) if a.kind == "outlet"]


def test_arabic_vowel_marks_do_not_hide_a_name(registry):
    """Aliases are written without harakat; a page that marks the shadda ("المركزيّة") names
    the agency all the same, at the offsets of its own text."""
    text = "ذكرت وكالة الأنباء المركزيّة الكوريّة الشماليّة أنّ التجربة نجحت."
    found = registry.find_mentions(text)
    assert [m.outlet.id for m in found] == ["kcna"]
    assert text[found[0].start:found[0].end] == "وكالة الأنباء المركزيّة الكوريّة"


# Names with case endings, as pages in inflecting languages write them (sentences written
# for these tests, after each language's declension of a foreign name).
INFLECTED = [
    ("Laut der Süddeutschen Zeitung traf er sich im Juli.", "sueddeutsche-zeitung", "Süddeutschen Zeitung"),
    ("Nach Angaben der Süddeutscher Zeitung und des Spiegels", "sueddeutsche-zeitung", "Süddeutscher Zeitung"),
    ("Podle Deutsche Welle se jednání protáhlo a Bloomberg Newsu to potvrdil.", "bloomberg", "Bloomberg Newsu"),
    ("Dem Bloomberg-Artikel zufolge seien Chips eingebaut worden.", "bloomberg", "Bloomberg-Artikel"),
    ("Einer Reuters-Meldung nach wurde das Treffen verschoben.", "reuters", "Reuters-Meldung"),
    ("Der CNN-Reporter fragte nach.", None, None),  # a person at CNN: no report of it
    ("По данным Вашингтон поста, переговоры затянулись.", "washington-post", "Вашингтон поста"),
    ("A Reuters-re hivatkozva közölte a lap", "reuters", "Reuters-re"),
    ("Jak napisał Reutersowi rzecznik", None, None),  # a dative: "told Reuters", a conduit
    ("Potrivit Reuters-ului, negocierile s-au prelungit.", "reuters", "Reuters-ului"),
    ("Reuters'a konuşan bir yetkiliye göre", "reuters", "Reuters"),
]


@pytest.mark.parametrize(("text", "outlet_id", "written"), INFLECTED)
def test_names_with_case_endings_on_pages_not_in_english(registry, text, outlet_id, written):
    mentions = registry.inflecting.find_mentions(text)
    found = [(m.outlet.id, text[m.start:m.end]) for m in mentions if m.outlet.id == outlet_id or outlet_id is None]
    assert found[:1] == ([(outlet_id, written)] if outlet_id else [])


def test_english_text_is_read_without_case_endings(registry):
    """Plurals and longer words are other words: "Süddeutschen" only counts where names inflect."""
    assert registry.find_mentions("Laut der Süddeutschen Zeitung") == []
    assert registry.inflecting.find_mentions("The Timesaver and Reutersville") == []
    assert registry.inflecting.inflecting is registry.inflecting


def test_a_user_file_adds_case_endings(tmp_path, registry):
    """A language the bundled data lacks: its endings come with the user's outlet file."""
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"outlets": [], "name_endings": {"glued": {"xx": ["ovo"]}, "joined": {"xx": ["-zu"]}}}))
    text = "Kata Reutersovo i Deutsche Welle-zu"
    assert registry.inflecting.find_mentions(text) == []
    mine = load_registry([extra]).inflecting
    assert [text[m.start:m.end] for m in mine.find_mentions(text)] == ["Reutersovo", "Deutsche Welle-zu"]


@pytest.mark.parametrize(("text", "found"), [
    ("Lo hanno riferito fonti vicine alla Cnn.", [("cnn", "Cnn")]),
    ("Secondo l'Ansa il vertice è rinviato.", [("ansa", "Ansa")]),
    ("La Bbc ha confermato la notizia.", [("bbc", "Bbc")]),
    ("Hina Sato confirmed the visit.", []),  # a name, no article before it
    ("Ria Novak confirmed the visit.", []),
    ("davanti alle telecamere della tv svizzera Rsi", [("rsi", "Rsi")]),  # after a media noun and adjective
    ("la televisione pubblica Rai ha detto", [("rai", "Rai")]),
])
def test_an_acronym_written_as_a_word_after_an_article_is_the_outlet(registry, text, found):
    assert [(m.outlet.id, text[m.start:m.end]) for m in registry.inflecting.find_mentions(text)] == found


def test_a_name_whose_later_words_stand_in_quotation_marks_is_found():
    """Russian and Polish typography put an outlet's second word in quotation marks:
    "РИА «Новости»" is RIA Novosti; the match ends after the closing mark."""
    from provenance.outlets import load_registry

    text = "Его слова привело РИА «Новости». Об этом сообщило РИА Новости."
    found = [(m.outlet.id, text[m.start:m.end]) for m in load_registry().find_mentions(text)]
    assert found == [("ria-novosti", "РИА «Новости»"), ("ria-novosti", "РИА Новости")]


@pytest.mark.parametrize(("text", "body"), [
    ("Russia's defence ministry said the strike hit a depot.", "ru-ministry-of-defence"),
    ("The Russian Defense Ministry denied it.", "ru-ministry-of-defence"),
    ("Selon le ministère russe de la Défense, la frappe a visé un dépôt.", "ru-ministry-of-defence"),
    ("В Минобороны РФ заявили, что удар не наносился.", "ru-ministry-of-defence"),
    ("Rzecznik MSZ Polski zabrał głos.", "pl-ministry-of-foreign-affairs"),
    ("Das polnische Außenministerium bestellte den Botschafter ein.", "pl-ministry-of-foreign-affairs"),
    ("El Ministerio de Defensa de Rusia emitió un comunicado.", "ru-ministry-of-defence"),
    ("俄罗斯国防部表示,打击命中了仓库。", "ru-ministry-of-defence"),  # not China's: the longest name wins
    ("러시아 국방부는 공격을 부인했다.", "ru-ministry-of-defence"),
])
def test_a_ministry_is_found_in_the_forms_each_language_gives_it(text, body):
    """Bodies are made from data/bodies.json: a country's forms in each language fill each
    portfolio's templates, so every spelling below is one registry entry."""
    registry = load_registry()
    found = registry.find_mentions(text) + registry.find_unspaced_mentions(text)
    assert [m.outlet.id for m in found] == [body]
    assert registry.get(body).kind == "government"


def test_a_bare_chinese_ministry_is_no_country_s():
    """"国防部" alone names whichever ministry the story is about: no entry claims it."""
    registry = load_registry()
    assert not registry.find_unspaced_mentions("我们将被迫向国防部下属单位交出阵地。")


@pytest.mark.parametrize(("text", "outlet_id"), [
    ("Kako prenosi Vašington post, luka je zatvorena.", "washington-post"),  # from "Вашингтон пост"
    ("Javlja agencija Asošijeted pres iz Beograda.", "ap"),  # from the Serbian "Асошијетед прес"
    ("Piše Njujork tajms u subotu.", "new-york-times"),
])
def test_a_cyrillic_alias_is_found_in_serbian_latin_script(registry, text, outlet_id):
    assert [m.outlet.id for m in registry.find_mentions(text)] == [outlet_id]


def test_a_cyrillic_acronym_or_short_name_gets_no_latin_spelling():
    """"ООН" in Latin letters would be some other acronym, and a short word a common one."""
    assert with_latin_spellings(("ООН", "Вести", "Вашингтон пост", "Tass")) == \
        ("ООН", "Вести", "Вашингтон пост", "Tass", "Vesti", "Vašington post")
    assert with_latin_spellings(("ТАСС", "Рим")) == ("ТАСС", "Рим")


def _cleaned(text: str):
    from provenance.clean import clean
    from provenance.models import LoadedDocument
    return clean(LoadedDocument(id="p", path="p", format="txt", text=text, title="Ferry service suspended"))


def _direct_names(registry, cleaned, language="en"):
    reader = registry.for_language(language)
    text = cleaned.document.text
    return tuple((m.outlet.id, m.start, m.end) for block in cleaned.paragraphs
                 for m in reader.find_mentions(text, block.start, block.end))


@pytest.mark.parametrize("language", ["en", "de"])
def test_paragraphs_read_once_name_what_reading_each_names(language):
    """named_in_body reads a repeated paragraph once (by its text and what the name rules read
    around it) and moves its names; each page gets what reading its paragraphs afresh gives,
    the same paragraph too where what follows it decides ("… by The Guardian" then "reported")."""
    registry = load_registry()
    shared = "The ferry stopped after the storm, a statement said. The Guardian"
    pages = [f"Ferry service suspended\n\nA first paragraph of this page.\n\n{shared}\n\nreported on Monday.",
             f"Ferry service suspended\n\nAnother, longer first paragraph here, by Reuters.\n\n{shared}\n\nin which …",
             f"Ferry service suspended\n\nAnother, longer first paragraph here, by Reuters.\n\n{shared}"
             f"\n\n{' ' * 20}reported",
             f"Ferry service suspended\n\nA first paragraph of this page.\n\n{shared}\n\nreported on Monday."]
    for _ in range(2):  # the second time, every paragraph is in the memo
        for page in pages:
            cleaned = _cleaned(page)
            named = registry.named_in_body(cleaned, language)
            assert [(n.outlet_id, n.start, n.end) for n in named] == list(_direct_names(registry, cleaned, language))


def test_a_paragraph_key_holds_what_its_names_may_read_around_it():
    from provenance.outlets import PARAGRAPH_PREFIX_CHARS, PARAGRAPH_TAIL_CHARS, _paragraph_key
    text = "x" * 100 + "\n\nThe Guardian said.\n\n" + "y" * 100
    start = text.index("The")
    stop = text.index(".") + 1
    before, paragraph, after = _paragraph_key(text, start, stop)
    assert paragraph == "The Guardian said."
    assert before == text[start - PARAGRAPH_PREFIX_CHARS:start]
    assert after == text[stop:text.index("y") + PARAGRAPH_TAIL_CHARS]  # past the whitespace, then the tail
    assert _paragraph_key(text.replace("\n\nyyyy", "\n\nyy" + " " * 10 + "yy"), start, stop) is None
