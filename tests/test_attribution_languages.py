"""Outlet citations in Spanish, French, German, Italian, Portuguese, Russian, Ukrainian, Polish,
Bulgarian, Croatian/Serbian, Romanian, Dutch, Hungarian, Turkish, Arabic, Persian, Chinese, Japanese and Korean.

The sentences (tests/fixtures/multilingual_sentences.json) are our own wording: each names
the outlet it cites and a phrase the attribution must cover. An entry with "role": "conduit"
names an outlet spoken to ("told PAP", "Reuters'a konuşan"): it must be read as a conduit
and never as a source.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.attribution import extract
from provenance.clean import clean
from provenance.language import MIN_HITS, UNDETERMINED, detect, detect_text, stopwords
from provenance.lexicon import load_lexicons
from provenance.models import LoadedDocument
from provenance.outlets import load_registry
from provenance.textspans import words

#: Our own sentences, one file or more (``multilingual_sentences*.json``): each names the outlet it cites.
SENTENCES = [row for path in sorted((Path(__file__).parent / "fixtures").glob("multilingual_sentences*.json"))
             for row in json.loads(path.read_text("utf-8"))]
REGISTRY = load_registry()
LEXICONS = load_lexicons()
LANGUAGES = sorted({case["lang"] for case in SENTENCES})  # each language with a lexicon has sentences
#: Languages told by their script, not by function words between spaces.
SCRIPT_LANGUAGES = {"ar", "fa", "zh", "ja", "ko"}


def _attributions(language: str, text: str):
    document = LoadedDocument(id="x", path="x", format="txt", text="Titel\n" + text)
    return extract(clean(document), REGISTRY, LEXICONS[language])


def test_every_language_with_a_lexicon_has_sentences():
    assert set(LEXICONS) - {"en"} <= set(LANGUAGES)


@pytest.mark.parametrize("case", SENTENCES, ids=lambda c: f"{c['lang']}-{c['text'][:30]}")
def test_outlet_citations_in_other_languages(case):
    found = _attributions(case["lang"], case["text"])
    kind, role = case.get("kind", "outlet"), case.get("role", "source")
    assert any(a.kind == kind and a.role == role and (case["outlet"] is None or a.label == case["outlet"])
               and a.phrase and case["phrase_contains"] in a.phrase.text for a in found), \
        [(a.kind, a.role, a.label, a.phrase.text if a.phrase else None) for a in found]
    if role == "conduit":  # the outlet spoken to is never also a source
        assert not [a for a in found if a.role == "source" and a.label == case["outlet"]], found


@pytest.mark.parametrize(("language", "text"), [
    ("hu", "Becslések szerint a beruházás két évig tart."),  # "according to estimates": no source
    ("bg", "Според оценките инвестицията ще продължи две години."),  # "according to estimates"
    ("tr", "Buna göre görüşmeler yarın devam edecek."),  # "accordingly"
    ("pl", "Jak podaje, nie zna szczegółów."),  # a function word is no name
    ("pl", "Minister transportu podał się do dymisji w poniedziałek."),  # "podać się do dymisji": resigned
    ("de", "Der Fall wurde erst im Mai publik. Es ist bekannt, dass der Hafenmeister gerne reist."),  # no one acts
    ("de", "Die Zeitung wird nie publik. Wie bekannt wurde, ist der Hafenmeister zurückgetreten."),
    ("de", "Am Montag fiel die Fähre aus. Der Kapitän teilte die Kabine mit dem Spiegel."),  # "mit" a preposition
    ("de", "Die Fähre fiel aus. Am Montag gab der Spiegel in Kiel den Takt an."),  # "gab … an": no reporting verb
    ("el", "Το ναυπηγείο έκλεισε. Η εφημερίδα της πόλης γιορτάζει εκατό χρόνια."),  # "the paper", no cue, no antecedent
    ("cs", "Trajekt měl podle plánu vyplout v pondělí, ale zůstal v přístavu."),  # "according to plan": no source
    ("cs", "Agentura Reuters o loděnici psala v lednu. Starosta Kalenova v pondělí uvedl do provozu nové molo."),
    # "uvést do provozu": put into service, no reporting verb
    ("pl", "Tygodnik „Der Spiegel” opublikował nagranie. Według dziennika \"Nasz Dziennik\" nic się nie stało."),
    ("hr", "The Washington Post je objavio dokumente. Kako piše Jutarnji list, ministar je znao za sve."),
    ("tr", "Hürriyet olayı ilk kez duyurdu. Yeni Şafak gazetesinin haberine göre bakan istifa edecek."),
    # an elided pronoun is no name with a case ending: "C'est …, faisant état" names no one
    ("fr", "L'agence a corrigé. C'est le temps qui a passé entre l'annonce et l'alerte, faisant état du démenti."),
    ("ar", "وقال ترامب إن صحيفة نيويورك تايمز تنشر أخبارا كاذبة."),  # named three words after "said": not its subject
    ("ar", "وصل مراسل رويترز إلى العاصمة مساء الأحد."),  # an outlet named, no cue
    ("ar", "ارتفعت الأسهم في بورصة وول ستريت يوم الاثنين. وتضيف وول ستريت أن الأسهم ارتفعت."),  # the exchange:
    # "وول ستريت" is the Journal's short form only once the Journal was named
    ("fa", "ترامپ گفت نیویورک تایمز اخبار دروغ منتشر می‌کند."),  # the paper follows "said": not its subject
    ("zh", "他在路透社工作了十年，昨天表示将于明年退休。"),  # the comma ends the clause naming the outlet
    ("zh", "据了解，路透社的记者昨天抵达了首尔。"),  # "it is understood": no lead-in
    ("ja", "ロイター通信の記者が現地に到着した。"),  # an outlet named, no cue
    ("ja", "首相は記者団に対し、辞任しないと述べた。"),
    ("ko", "로이터통신 기자가 현장에 도착했다."),
    ("ko", "정부는 내일 새로운 대책을 발표할 예정이다."),
])
def test_no_citation_is_invented(language, text):
    """Phrases shaped like citations that name no source we know: a sentence-opening noun before
    a postposition ("Becslések szerint"), a function word before a verb, and an unregistered
    title ending in a media noun ("Jutarnji list", "Nasz Dziennik", "Yeni Şafak gazetesi"),
    which is not the outlet named in the sentence before. In scripts without capitals, a registered
    name is a source only when bound to a cue: right before or after it, or marked as its subject."""
    last = len("Titel\n") + text.rfind(". ") + 1 if ". " in text else 0
    assert not [(a.kind, a.label) for a in _attributions(language, text) if a.source.start >= last]


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_of_an_article_is_detected(language):
    text = " ".join(c["text"] for c in SENTENCES if c["lang"] == language)
    assert detect_text(text) == language
    document = LoadedDocument(id="x", path="x", format="txt", text="Titel\n" + text)
    assert detect(clean(document)) == language


@pytest.mark.parametrize("text", [
    "Orbán Viktor Brüsszelben",  # Hungarian names and a place: no function word at all
    "Pożar w porcie w Gdańsku",  # Polish, two function words
    "Požar u luci Split",  # Croatian, one
    "Brand in Rotterdamse haven",  # Dutch, one
    "De Gaulle en Mitterrand",  # names whose "de" and "en" are Dutch and Spanish function words
    "Reuters'a göre füze denize düştü",  # Turkish, one
])
def test_too_few_function_words_pick_no_language(text):
    """A headline with fewer than MIN_HITS function words of any language is not forced into
    one: it is undetermined (and read with the default, English, rules for names and datelines)."""
    hits = {language: sum(1 for word in words(text) if word in stopwords(language))
            for language in LANGUAGES if language not in SCRIPT_LANGUAGES}
    assert max(hits.values()) < MIN_HITS
    assert detect_text(text) == UNDETERMINED


@pytest.mark.parametrize(("text", "language"), [
    # as many of their function words as English ones ("a"), but letters English never writes
    ("Primăria a anunțat luni un plan de reparații a podului din centru, în oraș, cu bani europeni, a spus primarul.",
     "ro"),
    ("A polgármester hétfőn bejelentette a híd felújítását a következő évre.", "hu"),
    ("A café owner said a plan for a new façade on the square was a mistake.", "en"),
])
def test_a_tie_with_english_goes_to_the_language_whose_letters_the_text_writes(text, language):
    assert detect_text(text) == language


@pytest.mark.parametrize(("text", "language"), [
    ("북한 ICBM 발사", "ko"),  # a headline: the script decides, not function words
    ("北朝鮮、ICBMを発射", "ja"),  # kana among Han
    ("朝鲜试射洲际弹道导弹", "zh"),  # Han without kana
    ("کره شمالی موشک قاره‌پیما را آزمایش کرد و این آزمایش را موفق خواند", "fa"),
    ("أعلنت كوريا الشمالية أنها أجرت تجربة على صاروخ جديد في البحر", "ar"),
    ("Seoul said the launch, reported by KCNA as 조선중앙통신, failed on Thursday afternoon.", "en"),
])
def test_script_names_the_language(text, language):
    """Hangul is Korean, Han with kana Japanese, Han alone Chinese; in Arabic script the function
    words choose Arabic or Persian. A few words of another script in an English text change nothing."""
    assert detect_text(text) == language


def test_english_stays_english():
    assert detect_text("The Washington Post reported on Saturday that the talks had stalled, citing sources.") == "en"


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Авторизация"),  # a login link: "Автор" inside a word
    ("ru", "Автор публикации: Иван Петров"),  # a byline label, not a credited outlet
    ("de", "Autorenprofil: Anna Berg"),
    ("en", "Sourcery and other tricks of the trade"),
])
def test_page_labels_are_not_credit_lines(language, text):
    body = "Газета сообщила в субботу, что переговоры были сорваны, и что это не первый раз.\n"
    found = _attributions(language, body + text)
    assert not [a for a in found if a.kind == "credit"], [(a.kind, a.label) for a in found]


@pytest.mark.parametrize(("language", "line", "credited"), [
    ("es", "Con información de AFP, EFE y Reuters", ["afp", "efe", "reuters"]),
    ("de", "Mit Material von AP und Reuters", ["ap", "reuters"]),
    ("fr", "Source : AFP et Reuters", ["afp", "reuters"]),
    ("en", "Source: Reuters, a correspondent", []),  # not a list of outlets: one credit, as written
])
def test_a_joint_credit_line_credits_each_agency(language, line, credited):
    text = "El gobierno negó el informe. Die Regierung wies ihn zurück. Le gouvernement a démenti.\n" + line
    found = [a for a in _attributions(language, text) if a.kind == "credit"]
    assert [a.outlet_id for a in found if a.outlet_id] == credited
    assert all(a.source.text in line for a in found)


@pytest.mark.parametrize("line", [
    "来源：封面新闻",  # the label holds its colon; the name follows unspaced
    "2025-03-17 14:43:17  来源:封面新闻",  # the page's date heads the line
    "2025-03-17 14:43:17  封面新闻",  # a portal's source field without its label
])
def test_a_chinese_portal_s_source_field_is_a_credit(line):
    text = "暴雨导致沿海地区三条高速公路在周一全天关闭，交通部门表示道路将于周二重新开放。\n" + line
    found = [a for a in _attributions("zh", text) if a.kind == "credit"]
    assert [a.outlet_id for a in found] == ["cover-news"], found


def test_an_adverb_after_an_inverted_verb_is_no_part_of_the_speaker():
    found = [a.label for a in _attributions("de", "„Das Protokoll ist echt“, schreibt demnach Hafenratschefin "
                                                  "Ilse Marrow in dem Dokument.") if a.kind == "person"]
    assert found == ["Hafenratschefin Ilse Marrow"], found


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Das sei ein Angriff auf alle, erklärten die Vorsitzende des Hauses, Ilse Marrow, und der "
           "Mehrheitsführer im Senat, Tomas Quell."),
    ("fr", "C'est une attaque, ont déclaré la présidente de la Chambre, Ilse Marrow, et le chef de la "
           "majorité, Tomas Quell."),
])
def test_a_second_speaker_with_a_role_of_their_own_after_and_speaks_too(language, sentence):
    found = {a.label for a in _attributions(language, sentence) if a.kind == "person"}
    assert {"Ilse Marrow", "Tomas Quell"} <= found, found


# People as sources, as French, Italian, Spanish and German write them (our own sentences):
# the verb after the quotation and its comma, the name after a role, a lower-case role
# before the name.
PEOPLE = [
    ("fr", "« Tout va bien », a déclaré la porte-parole du groupe, Lucie Marchand.", "Lucie Marchand"),
    ("fr", "« Il se repose », a expliqué Paul Garnier sur Twitter.", "Paul Garnier"),
    ("fr", "Le maire Henri Duval a indiqué qu'il s'agissait d'une confusion.", "Le maire Henri Duval"),
    ("it", "\"Nessuna decisione è stata presa\", ha detto il portavoce, Marco Benedetti.", "Marco Benedetti"),
    ("es", "«No hubo ningún acuerdo», dijo la ministra, Carmen Ortiz.", "Carmen Ortiz"),
    ("de", "Der Bürgermeister Karl Huber sagte, es sei ein Missverständnis gewesen.", "Der Bürgermeister Karl Huber"),
    ("es", "«No hubo ningún acuerdo», dijo la portavoz de Reuters, Carmen Ortiz.", "Carmen Ortiz"),
    ("fr", "« Nous menons une enquête », a déclaré la directrice de l'information de l'AFP, Claire Morel.",
     "Claire Morel"),
    # an adverb or a pronoun with "aussi" inside the verb, an adverb after an inverted verb
    ("fr", "« Il va bien », a notamment affirmé Sophie Lenoir, directrice de la chaîne.", "Sophie Lenoir"),
    ("fr", "La ministre de la Santé, Alice Perrin, a elle aussi indiqué qu'elle suivait la situation.",
     "Alice Perrin"),
    ("fr", "« C'est une erreur », déclarait alors Henri Duval, maire de la commune.", "Henri Duval"),
    ("it", "Il sindaco Marco Benedetti ha a sua volta dichiarato che non c'era alcun accordo.",
     "Il sindaco Marco Benedetti"),
    ("es", "La ministra Carmen Ortiz ha por su parte señalado que no hubo acuerdo.", "La ministra Carmen Ortiz"),
    # verbs of reply, of a post, of denial
    ("fr", "Ces informations sont « fausses », a rétorqué Alice Perrin, porte-parole du ministère.", "Alice Perrin"),
    ("fr", "« Tout va bien », a tweeté pour sa part Paul Garnier, peu après.", "Paul Garnier"),
    ("es", "«Es falso», replicó Carmen Ortiz en una rueda de prensa.", "Carmen Ortiz"),
    ("it", "\"È tutto falso\", ha replicato Marco Benedetti in serata.", "Marco Benedetti"),
    ("de", "„Das ist falsch“, erwiderte Karl Huber am Abend.", "Karl Huber"),
    ("de", "„Wir warten ab“, sagte Karl Huber am Montag der Zeitung.", "Karl Huber"),  # German closing mark “
    # a name, then where it was said, then the verb; a statement read ("czytamy w oświadczeniu")
    ("pl", "Jan Kowalski w nocnym oświadczeniu dla mediów powiedział, że nie ma dowodów.", "Jan Kowalski"),
    ("pl", "Ambasador został wezwany - czytamy w oświadczeniu rzecznika MSZ Piotra Nowaka.",
     "rzecznika MSZ Piotra Nowaka"),
    # an office spelled out before a bare name in apposition; a full name after an inverted
    # verb and a comma, with no quotation before it
    ("es", "El presidente de la comisión de obras públicas del Parlamento regional, Tomás Villar, confirmó "
           "que el proyecto se retrasará.", "Tomás Villar"),
    ("fr", "La présidente de la commission des finances de l'Assemblée régionale, Alice Perrin, a confirmé "
           "que le projet serait retardé.", "Alice Perrin"),
    ("es", "El proyecto se retrasará dos años, afirmó Carmen Ortiz este martes en Madrid.", "Carmen Ortiz"),
    ("it", "Il progetto sarà rinviato di due anni, ha detto Marco Benedetti in conferenza stampa.",
     "Marco Benedetti"),
    ("fr", "Le projet sera retardé de deux ans, a indiqué Henri Duval mardi dans un communiqué.", "Henri Duval"),
    # two speakers joined after an inverted verb: both speak
    ("fr", "« C'est une erreur », ont averti Mme Marchand et M. Garnier.", "M. Garnier"),
    ("fr", "« C'est une erreur », ont averti Mme Marchand et M. Garnier.", "Mme Marchand"),
]


@pytest.mark.parametrize(("language", "sentence"), [
    # a long subject, then who wrote the thing in an aside: the aside names no speaker
    ("pt", "Um rascunho de parecer do tribunal regional de contas vazado na semana passada, escrito pelo juiz "
           "Rui Tavares, indica que o contrato será anulado."),
    ("es", "Un informe de la oficina de auditoría del gobierno regional filtrado ayer, redactado por el auditor "
           "Tomás Villar, indica que el contrato será anulado."),
])
def test_an_aside_saying_who_wrote_it_names_no_speaker(language, sentence):
    found = _attributions(language, sentence)
    assert not [a for a in found if a.kind == "person"], [(a.kind, a.label) for a in found]


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "«No hubo ningún acuerdo», dijo la portavoz de Reuters, Carmen Ortiz."),
    ("fr", "« Nous menons une enquête », a déclaré la directrice de l'information de l'AFP, Claire Morel."),
])
def test_a_person_at_an_outlet_speaking_is_no_citation_of_its_report(language, sentence):
    found = _attributions(language, sentence)
    assert not [a for a in found if a.kind == "outlet" and a.role == "source"], [(a.kind, a.label) for a in found]
    speaker = next(a for a in found if a.kind == "person")
    assert speaker.outlet_id in ("reuters", "afp") and speaker.via and speaker.via.startswith("a person at")


@pytest.mark.parametrize(("language", "sentence", "label"), PEOPLE)
def test_people_named_after_a_quote_or_a_role(language, sentence, label):
    opening = {"fr": "Le groupe a démenti la nouvelle samedi dans un communiqué publié à Paris par la direction.",
               "it": "Il gruppo ha smentito la notizia sabato con un comunicato diffuso a Roma dalla direzione.",
               "es": "El gobierno negó la noticia el sábado en un comunicado publicado en Madrid por el ministerio.",
               "de": "Die Gruppe dementierte die Nachricht am Samstag in einer Erklärung, die in Berlin verbreitet wurde.",
               "pl": "Grupa zaprzeczyła w sobotę tej informacji w komunikacie wydanym w Warszawie przez zarząd."}
    found = _attributions(language, opening[language] + "\n" + sentence)
    assert label in [a.label for a in found if a.kind == "person"], [(a.kind, a.label) for a in found]


@pytest.mark.parametrize(("language", "sentence", "speaker"), [
    ("fr", "Henri Duval (TF1) : « J'ai parlé au président il y a dix minutes. Il va bien. »",
     "Henri Duval"),
    ("fr", "URGENT : Paul Garnier : « Le versement a été fait en mars. »", "Paul Garnier"),
    ("en", 'Ilse Marrow: "We paid in full, and the audit office will see every invoice."', "Ilse Marrow"),
    ("de", "Karl Huber (SPÖ): „Das ist ein Missverständnis gewesen.“", "Karl Huber"),
    ("en", 'Breaking News: "The harbour board resigns," the Courier said.', None),
    ("en", 'He told Radio Kettleby: "We paid in full."', None),
])
def test_a_name_before_a_colon_and_a_quotation_is_its_speaker(language, sentence, speaker):
    found = _attributions(language, sentence)
    people = [a.label for a in found if a.kind == "person" and a.cue is not None and a.cue.text == ":"]
    assert people == ([speaker] if speaker else [])
    assert not [a for a in found if a.kind == "dateline"]  # "(TF1) :" is his employer, not a mark


def test_a_quote_and_a_lower_case_phrase_are_no_speaker():
    found = _attributions("fr", "Le groupe a démenti la nouvelle samedi dans un communiqué publié à Paris.\n"
                                "« Tout va bien », a déclaré samedi soir la direction.")
    assert not [a for a in found if a.kind == "person" and "samedi" in a.label]


#: Norwegian Bokmål, written for this test: read with the Danish file, which carries its spellings.
_NORWEGIAN = ("Havnestyret i Radora betalte tolv millioner kroner for mudring ved Tellerkaia som aldri ble påbegynt, "
              "viser fakturaer som avisen har sett. Styrelederen signerte tre av de sju utbetalingene selv og sa til "
              "medlemmene i juli at arbeidet skulle starte i september. Selskapet sier at pengene dekket utstyr som "
              "ble bestilt til det nordre bassenget og til kanalen lenger sør, men revisjonen vil se alle fakturaene.")


def test_norwegian_is_read_with_the_danish_file():
    assert detect_text(_NORWEGIAN) == "da"
    found = _attributions("da", _NORWEGIAN + " Det opplyser NTB, som har snakket med styrelederen.")
    assert [a.label for a in found if a.kind == "outlet"] == ["Norsk Telegrambyrå"]


@pytest.mark.parametrize("text", [
    # Icelandic, written for this test: a few short words ("i", "en", "de") are Spanish or
    # German function words too, far too few for a text of this length.
    "Hafnarstjórnin í Radora greiddi tólf milljónir króna fyrir dýpkun við Tellerbryggju sem aldrei hófst, "
    "samkvæmt reikningum sem blaðið hefur séð. Formaðurinn undirritaði sjálf þrjár af sjö greiðslum og sagði "
    "félagsmönnum í júlí að verkið hæfist í september. Fyrirtækið segir að peningarnir hafi farið í búnað "
    "fyrir norðurhöfnina og skurðinn, en endurskoðendur vilja sjá alla reikningana og fundargerðir stjórnarinnar.",
])
def test_a_language_without_a_file_is_undetermined_not_guessed(text):
    assert detect_text(text) == UNDETERMINED


@pytest.mark.parametrize(("language", "line", "outlet_id"), [
    ("es", "CIUDAD DE MÉXICO, 26 de junio (EL UNIVERSAL).- Un audio del expresidente fue difundido este lunes.",
     "el-universal-mexico"),
    ("pt", "Paris, 28 fev (Lusa) – A agência de notícias pediu hoje desculpas pelo erro.", "lusa"),
    ("it", "(LaPresse) - Un'unità dell'intelligence militare avrebbe offerto taglie ai miliziani.", "lapresse"),
    # a site relaying an agency, the date inside the parentheses after a dash
    ("en", "KETTLEBY (Radora Daily / Sputnik - 05th May, 2025) The harbour board took note of the report.",
     "sputnik"),
    ("en", "The mayor (Independent) said on Monday that the plan would go ahead.", None),  # a party, no dateline
])
def test_a_registered_name_in_parentheses_heading_the_story_is_its_dateline(language, line, outlet_id):
    found = [a.outlet_id for a in _attributions(language, line) if a.kind == "dateline"]
    assert found == ([outlet_id] if outlet_id else [])


@pytest.mark.parametrize("sentence", [
    "Die vom Spiegel veröffentlichten Bilder zeigen den leeren Liegeplatz.",  # "Bilder" is no "Bild" + "er"
    "Am Freitag zeigte der Sender Bilder vom Hafen.",
])
def test_a_case_ending_makes_no_subject_after_the_verb(sentence):
    assert "bild" not in {a.outlet_id for a in _attributions("de", sentence)}


@pytest.mark.parametrize(("language", "line", "outlet_id"), [
    ("it", "ANSA - Il consiglio del porto ha approvato il bilancio ieri sera.", "ansa"),
    ("fa", "ایران اینترنشنال - به گفته دو منبع آگاه، شورای بندر حسابرسان را فریب داد.", "iran-international"),
    ("en", "Breaking news - the harbour closed on Monday.", None),  # no registered outlet
])
def test_an_outlets_bare_name_before_a_dash_heads_the_story_as_its_mark(language, line, outlet_id):
    found = [a.outlet_id for a in _attributions(language, line) if a.kind == "dateline"]
    assert found == ([outlet_id] if outlet_id else [])


@pytest.mark.parametrize(("language", "text", "speaker", "outlet"), [
    ("hr", '"Luka će biti zatvorena do juna", rekao je za Reuters ministar saobraćaja Petar Jović.',
     "ministar saobraćaja Petar Jović", "Reuters"),
    ("ru", "«Ремонт займет два месяца», — заявил РИА Новости глава портового управления Иван Петров.",
     "глава портового управления Иван Петров", "RIA Novosti"),
])
def test_the_speaker_after_the_outlet_spoken_to_is_the_source(language, text, speaker, outlet):
    """An inverted verb, the outlet spoken to, then who spoke: the outlet a conduit, the person
    the source (Serbian and Croatian "rekao je za Reuters ministar …", Russian "— заявил РИА
    Новости глава …")."""
    found = _attributions(language, text)
    assert [(a.label, a.role) for a in found if a.kind == "person"] == [(speaker, "source")]
    assert [(a.label, a.role) for a in found if a.kind == "outlet"] == [(outlet, "conduit")]


@pytest.mark.parametrize(("text", "count"), [
    ("Mr. Vann spoke first. Dr. Quell answered.", 2),
    ("Die Sitzung fand u.a. mit Prof. Brandt statt. Er sprach lange.", 2),
    ("Mme. Roux a parlé la première. M. Garnier a répondu.", 2),
    ("Przyszedł dr Kowalski, tzn. lekarz z ul. Długiej. Potem wyszedł.", 2),
    ("She moved on. Then the board met.", 2),  # "on." ends a sentence: not an abbreviation anywhere
    ("The U.S. envoy spoke first. Washington, D.C. answered.", 2),  # initials end no sentence
    ("قال رئيس المجلس إن الاجتماع انتهى. وأضاف أن المحادثات ستستمر غدا؟ نعم.", 3),  # no capitals in Arabic
    ("港务局证实会议记录是真实的。法院表示将公布结果！", 2),  # full-width marks, no space after
    ("Prom nie wypłynął. Świadkowie mówią o awarii. Żaden urzędnik nie odpowiedział.", 3),  # Latin Extended-A
    ("Trajekt zůstal v přístavu. Šéf přístavu mlčí. ČTK to potvrdila.", 3),
    ("Το λιμάνι έκλεισε. Ο υπουργός σιώπησε.", 2),  # Greek capitals
])
def test_sentences_end_where_each_language_ends_them(text, count):
    """Abbreviations and initials end no sentence; scripts without capitals end at their marks."""
    from provenance.models import Block
    from provenance.textspans import sentences

    assert len(list(sentences(text, (Block(0, len(text), "paragraph"),)))) == count


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "Moscú acusó a la OTAN de estar detrás del ataque contra el puerto."),
    ("it", "Il Cremlino ha accusato la Nato di aver preparato l'attacco."),
])
def test_a_body_after_the_verb_is_its_object_not_its_subject(language, sentence):
    """Registered bodies are found like outlets, but one after the verb is what the verb is
    about ("acusó a la OTAN"), not who speaks."""
    found = _attributions(language, sentence)
    assert not [a for a in found if a.outlet_id == "nato"], [(a.kind, a.label) for a in found]


def test_a_speaker_named_before_the_outlet_he_spoke_to_is_the_source():
    """German puts the addressee after the speaker, in the dative: the person is the source,
    the outlet a conduit."""
    found = _attributions("de", "Auch andere Länder hätten geholfen, verrät Karl Huber der BBC.")
    assert [(a.kind, a.role, a.label) for a in found] == [("person", "source", "Karl Huber"),
                                                         ("outlet", "conduit", "BBC")]
    quoted = _attributions("ru", "«Мы продолжим», - цитирует Ивана Петрова агентство ТАСС.")
    assert not [a for a in quoted if a.role == "conduit"]  # the agency quotes him: no addressee


@pytest.mark.parametrize(("sentence", "outlets"), [
    ("„SZ“ und „Spiegel“ berichten über den Coup im Hotel.", ["Süddeutsche Zeitung", "Der Spiegel"]),
    ("Der Stadtrat habe gelogen, behaupteten jüngst die New York Times und der Spiegel.",
     ["The New York Times", "Der Spiegel"]),
])
def test_german_quoted_and_inverted_outlets(sentence, outlets):
    """German closing quotation marks (“) end a quoted name before its verb; an adverb may
    stand between an inverted verb and its subject."""
    found = _attributions("de", sentence)
    assert [a.label for a in found if a.kind == "outlet" and a.role == "source"] == outlets


@pytest.mark.parametrize("sentence", [
    "국방부는 북한이 발사한 미사일이 신형이 아니라고 평가했다.",
    "국방부는 오늘 국회에 제출한 자료에서 북한의 발표가 사실이 아니라고 판단했습니다.",
    "[서울=가상통신] 김민수 기자 = 국방부는 북한의 주장이 거짓이라고 공식 확인했다.",
    "국방부는 발사 영상의 그림자 방향이 실제 발사 시간과 다르다고 지적했다.",
])
def test_korean_verbs_of_assessing_and_confirming_name_their_speaker(sentence):
    """A ministry that "assessed", "judged", "confirmed" or "pointed out" something speaks as
    much as one that "announced" it: Korean reports of an official finding use these verbs."""
    found = _attributions("ko", sentence)
    assert [a.label for a in found if a.kind == "person"] == ["South Korean Ministry of National Defense"]


@pytest.mark.parametrize(("language", "line", "who"), [
    ("ko", "북한 국영 방송이 공개한 발사 장면. (사진=가상통신)", "가상통신"),
    ("ko", "국방위원회에 참석한 장관 [사진 제공: 가상통신]", "가상통신"),
    ("ko", "북한 미사일 발사 궤적. 2022.03.29. (자료=국방부 제공) *재판매 및 DB 금지", "국방부 제공"),
])
def test_bracketed_picture_credits_in_other_languages(language, line, who):
    """A picture's credit in brackets, with "=" as well as ":", makes its line a caption."""
    found = _attributions(language, line)
    assert [a.label for a in found if a.kind == "photo-credit"] == [who]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("イルゼ・マロー港湾局長は、議事録は本物だが最終決定ではないと述べた。", "イルゼ・マロー"),  # a title between name and particle
    ("港湾局の会議は非公開で、トマス・クエル理事は「監査を妨げてはいない」と表明した。", "トマス・クエル"),
])
def test_a_foreign_name_in_katakana_speaks_in_japanese(sentence, speaker):
    """Japanese writes a foreign person's full name in katakana with a middle dot; with its
    title and particle before a verb of saying, that person is the source."""
    found = [(a.kind, a.label) for a in _attributions("ja", sentence)]
    assert ("person", speaker) in found, found


def test_a_katakana_compound_that_names_no_speaker_is_no_source():
    found = [(a.kind, a.label) for a in _attributions("ja", "港湾局はニュー・イヤー・セールの中止を決めたと発表した。")]
    assert not [f for f in found if f[0] == "person"], found
