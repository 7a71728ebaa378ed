"""International organisations, courts and regulators of data/bodies.json: one registry entry
whatever name and language a page gives the body (sentences made up, institutions real)."""

from __future__ import annotations

import pytest

from provenance.outlets import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _named(registry, language: str, text: str) -> list[str]:
    reader = registry.for_language(language)
    found = sorted(reader.find_mentions(text) + reader.find_unspaced_mentions(text), key=lambda m: m.start)
    return [m.outlet.id for m in found]


@pytest.mark.parametrize(("language", "text", "body"), [
    ("fr", "La Cour internationale de justice a ordonné mardi la suspension des travaux sur le fleuve.", "icj"),
    ("de", "Der Internationale Gerichtshof wies die Klage am Dienstag ab.", "icj"),
    ("de", "Das Urteil des Europäischen Gerichtshofes für Menschenrechte fiel einstimmig.", "echr"),
    ("de", "Der Europäische Gerichtshof kippte die Regel zur Datenspeicherung.", "cjeu"),
    ("de", "Das UN-Flüchtlingshilfswerk meldete 3000 neue Ankünfte.", "unhcr"),
    ("es", "El Tribunal Europeo de Derechos Humanos condenó al Estado por la detención.", "echr"),
    ("es", "El Consejo de Seguridad de la ONU se reunirá el jueves a puerta cerrada.", "un-security-council"),
    ("es", "La Organización Mundial del Comercio falló a favor de los exportadores.", "wto"),
    ("it", "Secondo la Banca centrale europea i prezzi scenderanno entro l'estate.", "ecb"),
    ("it", "Il Consiglio di sicurezza dell’Onu ha approvato la risoluzione.", "un-security-council"),
    ("pt", "O Tribunal Arbitral do Esporte suspendeu o atleta por dois anos.", "court-of-arbitration-for-sport"),
    ("ru", "По данным Международного олимпийского комитета, спортсмены выступят под нейтральным флагом.", "ioc"),
    ("ru", "Россия на Совбезе ООН будет оправдываться за удар по дамбе.", "un-security-council"),
    ("ru", "В МАГАТЭ заявили, что инспекторы покинули станцию.", "iaea"),
    ("uk", "Рішення Європейського суду з прав людини набуло чинності.", "echr"),
    ("pl", "Według Międzynarodowego Komitetu Czerwonego Krzyża konwój dotarł do miasta.", "icrc"),
    ("pl", "Rzecznik Europejskiego Banku Centralnego odmówił komentarza.", "ecb"),
    ("ar", "قالت منظمة حظر الأسلحة الكيميائية إن المفتشين وصلوا إلى الموقع.", "opcw"),
    ("zh", "国际奥委会周二宣布暂停该国奥委会的资格。", "ioc"),
    ("zh", "世界貿易組織裁定該關稅違反規則。", "wto"),
    ("ja", "国際原子力機関は原発の安全性を確認したと発表した。", "iaea"),
    ("ko", "국제사법재판소는 이날 잠정조치를 명령했다.", "icj"),
    ("tr", "Avrupa İnsan Hakları Mahkemesi başvuruyu kabul etti.", "echr"),
    ("en", "The U.N. refugee agency said the camp was full.", "unhcr"),
    ("en", "The Fed held rates steady on Wednesday.", "us-federal-reserve"),
])
def test_an_organisation_is_one_entry_whatever_the_page_calls_it(registry, language, text, body):
    assert _named(registry, language, text) == [body]
    assert registry.get(body).kind == "government"


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a longer name that begins with a registered body's is another organisation's
    ("en", "said Mara Lind, a fellow at the European Council on Foreign Relations.", ["ecfr"]),
    # a country's own council, a national Red Cross, a shipping line: no international body
    ("en", "Russia's Security Council met on Friday.", []),
    ("en", "The American Red Cross opened two shelters.", []),
    ("en", "CMA CGM said its ships would avoid the strait.", []),
    # common words and other meanings of a short form are not names
    ("en", "Residents, fed up with the delays, said the court should act.", []),
    ("fr", "Le cas a été transmis au tribunal de Lyon.", []),
])
def test_what_is_not_a_registered_organisation(registry, language, text, expected):
    assert _named(registry, language, text) == expected


def test_every_organisation_has_a_unique_id_and_no_lower_case_one_word_alias(registry):
    from provenance.resources import bundled
    organisations = bundled("bodies.json")["organisations"]
    ids = [entry["id"] for entry in organisations]
    assert len(ids) == len(set(ids)) and len(ids) >= 60
    for entry in organisations:
        for alias in entry["aliases"]:
            assert " " in alias or not alias[:1].islower(), (entry["id"], alias)
        assert registry.get(entry["id"]).name == entry["name"]


#: A decision of a registered body reported as a lead's news comes from the body's own
#: announcement (provenance/graph/followups.py), one statement node whatever the page calls it.
DECISIONS = [
    ("The Court of Arbitration for Sport has suspended the Radora sprinter for two years, the court said on "
     "Friday.", "court-of-arbitration-for-sport"),
    ("Der Internationale Sportgerichtshof hat den Sprinter aus Radora am Freitag für zwei Jahre gesperrt.",
     "court-of-arbitration-for-sport"),
    ("Le Tribunal arbitral du sport a suspendu vendredi le sprinteur de Radora pour deux ans.",
     "court-of-arbitration-for-sport"),
    ("La Corte internazionale di giustizia ha ordinato venerdì a Radora di sospendere i lavori sul fiume.", "icj"),
    ("Международный суд ООН в пятницу обязал Радору приостановить работы на реке.", "icj"),
]


def test_a_decision_of_an_organisation_is_traced_to_its_announcement(tmp_path):
    from pilekit import record, trace
    pages = [record(f"Gazette {n}", f"https://gazette{n}.example/ruling", f"2025-03-1{n}T10:00:00+01:00",
                    [lead, "Radora's lawyers did not answer questions on Friday."], "Ruling")
             for n, (lead, _) in enumerate(DECISIONS, start=1)]
    graph = trace(tmp_path, pages)
    for number, (lead, body) in enumerate(DECISIONS, start=1):
        assert graph.article(f"pile#{number}").root == f"statement:{body}", lead
