"""Stage 5, text reuse: the shingle index, sentence alignment and link decisions."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import numpy as np
import pytest

from provenance import parallel, reuse
from provenance.clean import clean
from provenance.models import CleanedDocument, LoadedDocument
from provenance.reuse import candidates, overlap, shingles, translation
from provenance.reuse import links as links_module

VOCABULARY = [f"w{number}" for number in range(3000)]


def _document(article_id: str, paragraphs: list[str]) -> CleanedDocument:
    text = f"Headline for {article_id}\n\n" + "\n\n".join(paragraphs) + "\n"
    return clean(LoadedDocument(id=article_id, path=article_id, format="txt", text=text))


def _sentence(rng: random.Random, length: int = 14) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(length)).capitalize() + "."


@pytest.fixture(scope="module")
def corpus() -> tuple[CleanedDocument, ...]:
    """A source, a verbatim copy, a lightly edited copy, a stranger, and shared boilerplate."""
    rng = random.Random(3)
    source = [_sentence(rng) for _ in range(12)]
    edited = [s.replace(s.split()[3], "changed", 1) for s in source[2:]]
    boilerplate = "Subscribe to our newsletter for the latest news from every region today."
    return (_document("a-source", source), _document("b-copy", source[:10]), _document("c-edited", edited),
            _document("d-stranger", [_sentence(rng) for _ in range(12)] + [boilerplate]),
            _document("e-stranger", [_sentence(rng) for _ in range(12)] + [boilerplate]))


def _brute_force_pairs(profiles: list[reuse.TextProfile]) -> set[tuple[int, int]]:
    """Sentence pairs of different articles sharing a shingle, by the definition."""
    owners: dict[int, set[tuple[int, int]]] = {}
    offset, numbered = 0, []
    for article, item in enumerate(profiles):
        numbered.append(offset)
        positions = [position for position, count in enumerate(item.shingle_counts) for _ in range(count)]
        for shingle, sentence in zip(item.shingles, positions, strict=True):
            owners.setdefault(shingle, set()).add((article, offset + sentence))
        offset += len(item.normals)
    pairs = set()
    for postings in owners.values():
        if 2 <= len({article for article, _ in postings}) <= shingles.MAX_SHINGLE_ARTICLES:
            for (a, i), (b, j) in itertools.combinations(sorted(postings), 2):
                if a != b:
                    pairs.add((i, j))
    return pairs


def _index(profiles: list[reuse.TextProfile]) -> shingles.SentenceIndex:
    return candidates.SentenceTable(tuple(profiles)).index()


def test_index_finds_exactly_the_sentence_pairs_that_share_a_shingle(corpus):
    profiles = [reuse.profile(doc) for doc in corpus]
    found = {pair for left, right in shingles.candidate_pairs(_index(profiles))
             for pair in zip(left.tolist(), right.tolist(), strict=True)}
    assert found == _brute_force_pairs(profiles)
    assert found  # the copies share sentences with the source


def test_passes_split_the_pairs_without_losing_or_repeating_any(corpus):
    index = _index([reuse.profile(doc) for doc in corpus])
    whole = next(shingles.candidate_pairs(index, 1))
    parts = list(shingles.candidate_pairs(index, 3))
    joined = sorted(pair for left, right in parts for pair in zip(left.tolist(), right.tolist(), strict=True))
    assert joined == sorted(zip(whole[0].tolist(), whole[1].tolist(), strict=True))
    for number, (left, _) in enumerate(parts):  # each pass holds whole left articles
        assert set((index.article_of[left] % 3).tolist()) <= {number}


@pytest.fixture(scope="module")
def stories() -> tuple[CleanedDocument, ...]:
    """Six stories, each a source, copies trimmed and edited in different ways, and a stranger:
    enough article pairs, matched and not, to split into many chunks and passes."""
    rng = random.Random(8)
    documents = []
    for story in range(6):
        source = [_sentence(rng) for _ in range(10)]
        documents.append(_document(f"s{story}-source", source))
        for copy in range(3):
            kept = [*source[copy:], _sentence(rng)]
            documents.append(_document(f"s{story}-copy{copy}", [s.replace(s.split()[copy + 2], "edited", 1)
                                                                for s in kept]))
        documents.append(_document(f"s{story}-stranger", [_sentence(rng) for _ in range(6)] + source[:1]))
    return tuple(documents)


def test_passes_give_the_matches_of_one_pass_in_the_same_order(stories, monkeypatch):
    """Each pass's matches are written to their place among all (no final sort): the same
    arrays, in the same order, as when every candidate pair is scored in one pass."""
    table = candidates.SentenceTable(tuple(reuse.profile(doc) for doc in stories))
    whole = candidates.best_matches(table, None)
    monkeypatch.setattr(shingles, "PAIRS_PER_PASS", 40)
    assert shingles.passes_for(table.index()) > 3
    split = candidates.best_matches(table, None)
    for name in ("left", "right", "scores"):
        assert getattr(split, name).tolist() == getattr(whole, name).tolist()
    assert split.left.dtype == np.int32
    assert sorted(split.article_pairs.tolist()) == sorted(whole.article_pairs.tolist())


def test_pairs_decided_in_chunks_give_the_same_links(stories, monkeypatch):
    whole = reuse.find_links(stories)
    assert any(link.passages for link in whole) and len(whole) > 20
    monkeypatch.setattr(links_module, "CHUNK_MATCHES", 1)
    monkeypatch.setattr(links_module, "CHUNK_PAIRS", 3)
    assert reuse.find_links(stories) == whole


def test_links_aligned_half_in_a_forked_process_are_the_same(stories, monkeypatch):
    """Aligning the later half of the linked pairs beside (a forked process) changes nothing."""
    whole = reuse.find_links(stories)
    assert any(link.aligned_a for link in whole)
    monkeypatch.setattr(links_module, "ALIGN_BESIDE_MIN_PAIRS", 1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)
    forked = []
    original = parallel.beside

    def beside(*args, **kwargs):
        forked.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(parallel, "beside", beside)
    assert reuse.find_links(stories, threads=2) == whole
    assert forked


def test_chunks_of_matches_hold_whole_left_articles(stories):
    table = candidates.SentenceTable(tuple(reuse.profile(doc) for doc in stories))
    matches = candidates.best_matches(table, None)
    chunks = links_module._left_article_chunks(table, matches, 7)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(matches.left) and len(chunks) > 3
    assert all(stop == next_start for (_, stop), (next_start, _) in itertools.pairwise(chunks))
    left_articles = table.article_of[matches.left]
    for start, _ in chunks[1:]:
        assert left_articles[start - 1] != left_articles[start]  # no left article cut in two
    assert links_module._left_article_chunks(table, candidates.Matches(matches.left[:0], matches.right[:0],
                                                                       matches.scores[:0]), 7) == []


def test_pairs_the_story_check_rules_out_are_never_linked():
    """LinkRule.may_link asks the story check first: every pair linked is among those it
    leaves, and deciding those alone links the same pairs as deciding all."""
    rng = np.random.default_rng(4)
    size = 5_000
    weight = rng.choice([0.0, 10.0, 25.0, 45.0], size)
    phrasing, shared = rng.random(size) * 0.3, rng.integers(0, 30, size)
    vocabulary, anchors, fewest = rng.random(size), rng.integers(0, 6, size), rng.integers(0, 8, size)
    rule = reuse.LINK_RULE

    def linked(mask: np.ndarray) -> np.ndarray:
        return rule.linked(weight[mask], phrasing[mask], shared[mask], lambda m: vocabulary[mask][m],
                           lambda m: (anchors[mask][m], fewest[mask][m]))

    every = linked(np.ones(size, dtype=bool))
    possible = rule.may_link(weight, lambda m: (anchors[m], fewest[m]))
    assert every.any() and not possible.all()
    assert not (every & ~possible).any()
    assert np.array_equal(np.flatnonzero(possible)[linked(possible)], np.flatnonzero(every))


def test_rows_of_ranges_and_membership_in_a_sorted_array():
    rows, starts, stops = links_module._rows_of(np.array([5, 0, 9]), np.array([7, 1, 9]))
    assert rows.tolist() == [5, 6, 0] and starts.tolist() == [0, 2, 3] and stops.tolist() == [2, 3, 3]
    ordered = np.array([2, 4, 8], dtype=np.uint64)
    found = links_module._sorted_contains(ordered, np.array([8, 1, 4, 9], dtype=np.uint64))
    assert found.tolist() == [True, False, True, False]
    assert links_module._sorted_contains(ordered[:0], ordered).tolist() == [False, False, False]


def test_a_shingle_in_too_many_articles_is_not_indexed():
    rng = random.Random(5)
    shared = "the same boilerplate sentence appears at the foot of every single article here."
    documents = [_document(f"x{n:03d}", [_sentence(rng), shared]) for n in range(shingles.MAX_SHINGLE_ARTICLES + 1)]
    left, _ = next(shingles.candidate_pairs(_index([reuse.profile(d) for d in documents])))
    assert len(left) == 0
    assert not reuse.find_links(tuple(documents))


def test_links_copies_and_edits_but_not_strangers_sharing_boilerplate(corpus):
    links = {(link.a, link.b): link for link in reuse.find_links(corpus)}
    assert set(links) == {("a-source", "b-copy"), ("a-source", "c-edited"), ("b-copy", "c-edited")}
    copy = links[("a-source", "b-copy")]
    assert copy.coverage_b == 1.0 and all(p.similarity == 1.0 for p in copy.passages)
    edited = links[("a-source", "c-edited")]
    assert 0.8 < min(p.similarity for p in edited.passages) < 1.0
    assert all(p.spread == 3 for p in edited.passages if p.a.text in corpus[1].document.text)


def test_passages_point_at_the_sentences_in_each_text(corpus):
    texts = {doc.document.id: doc.document.text for doc in corpus}
    for link in reuse.find_links(corpus):
        for passage in link.passages:
            assert texts[link.a][passage.a.start:passage.a.end] == passage.a.text
            assert texts[link.b][passage.b.start:passage.b.end] == passage.b.text


def test_profiles_computed_beforehand_give_the_same_links(corpus):
    profiles = tuple(reuse.profile(doc) for doc in reversed(corpus))
    assert reuse.find_links(corpus, profiles=profiles) == reuse.find_links(corpus)


def test_compare_pair_scores_every_sentence_pair(corpus):
    link = reuse.compare_pair(corpus[2], corpus[0])
    assert (link.a, link.b) == ("c-edited", "a-source")
    assert len(link.passages) == 10 and link.coverage_a == 1.0
    assert reuse.compare_pair(corpus[3], corpus[4]).score == 0


def test_quoted_sentences_weigh_nothing_and_unbalanced_quotes_close_at_the_paragraph():
    quoted = 'He said: "this is all quoted speech from the start to the very end'
    document = _document("q", [quoted, "Narrative text follows here in a second paragraph."])
    item = reuse.profile(document)
    assert list(item.quoted) == [1, 0]
    assert np.frombuffer(item.trigrams, dtype=np.uint32).tolist() == sorted(item.trigrams)


def test_a_pages_date_line_and_credit_line_are_not_compared():
    """"Published 4 March 2025 13:11 BRT" and "Reporting by …; Editing by …" say when and who,
    not what happened: two reprints differing only there are one text, and a copy that left
    them out left out nothing of the story."""
    story = "The harbour board kept a cost overrun on the dredging contract from its auditors for months."
    document = _document("reprint", ["Published 4 March 2025 13:11 BRT", story,
                                     "Reporting by Jane Rowe and Tom Vale; Editing by Ann Brisk"])
    profiled = reuse.profile(document)
    text = document.document.text
    assert [text[start:end] for start, end in zip(profiled.starts, profiled.ends, strict=True)] == [story]


def test_empty_corpus_and_articles_without_sentences():
    assert reuse.find_links(()) == ()
    assert reuse.find_links((_document("short", ["Too short."]), _document("other", ["Also short."]))) == ()


def test_typewriter_quotes_mark_quoted_speech():
    document = _document("pa", ["The judge told the court: ``this was a wicked and cowardly attack on a stranger''",
                                "The defendant was sentenced at the crown court on a later day."])
    assert list(reuse.profile(document).quoted) == [1, 0]


def test_a_paraphrase_keeping_vocabulary_and_a_few_phrases_links():
    """Every sentence reworded, most content words kept, a few phrases kept: linked, unlike a stranger."""
    source = ["Magistrates heard that the ferry captain ignored three storm warnings before sailing from Harwich.",
              "The vessel later struck a sandbank and forty passengers were rescued by lifeboat crews overnight.",
              "Prosecutors said the captain had been drinking in a harbour bar during the afternoon."]
    rewrite = ["Three storm warnings were ignored by the ferry captain, magistrates heard, before he left Harwich.",
               "Lifeboat crews rescued forty passengers overnight after the vessel struck a sandbank.",
               "He had been drinking in a harbour bar that afternoon, prosecutors said of the captain."]
    pair = (_document("p-source", source), _document("q-rewrite", rewrite))
    assert not reuse.compare_pair(*pair).passages or reuse.compare_pair(*pair).score < reuse.LINK_MIN_WEIGHT
    (link,) = reuse.find_links(pair)
    assert link.containment_a >= reuse.PARAPHRASE_CONTAINMENT
    unrelated = _document("r-other", ["Magistrates heard a case about parking fines in the town centre yesterday.",
                                      "The council said forty new wardens would start work in the spring."])
    assert not reuse.find_links((pair[0], unrelated))


def test_each_link_knows_its_longest_close_passage(corpus):
    for link in reuse.find_links(corpus):
        close = [p.words for p in link.passages if p.similarity * 100 >= reuse.MATCH_RATIO]
        assert link.longest_passage == max(close, default=0)
    assert reuse.compare_pair(corpus[0], corpus[1]).longest_passage == 14


def _formula(first: str, second: str) -> bool:
    """True when the two sentences read as one formula told of two stories."""
    import numpy as np

    from provenance.language import stopwords
    from provenance.reuse.candidates import _one_formula
    from provenance.reuse.profiles import anchor_signature
    from provenance.textspans import cased_words

    def signature(sentence: str) -> np.ndarray:
        return np.array([anchor_signature(sentence, cased_words(sentence), stopwords("en"))], dtype=np.uint64)

    return bool(_one_formula(signature(first), signature(second))[0])


def test_one_formula_told_of_two_stories_is_not_shared_text():
    """Alike in words, different in names and numbers: a template, not a copy. (The
    signatures are Bloom filters: about one name in thirteen falls on another word's bit,
    so some templates still pass; these two do not.)"""
    assert _formula("The Lelo Observer reported on Tuesday, citing documents it had seen, that the service had "
                    "stopped paying contractors at the Fedreiostal ferry terminal.",
                    "The Kibim Observer reported on Tuesday, citing documents it had seen, that the authority had "
                    "stopped paying contractors at the Kereidrair island observatory.")
    assert _formula("Published 4 March 2025 14:05 CET by the Velmora desk",
                    "Published 4 March 2025 09:31 MSK by the Radora desk")


def test_a_rewrite_keeps_its_anchors_whatever_their_case():
    assert not _formula("When approached for comment, a spokesman for the US state department said: “Actions "
                        "speak louder than words.",
                        "A State Department spokesman responded: “Actions speak louder than words.")
    assert not _formula("The memo proposed moving the budget of 4.6 million crowns to the tram programme.",
                        "The memo proposed moving the budget of 4.6 million crowns to the tram programme.")
    assert not _formula("Russian military intelligence offered bounties to Taliban-linked militants, officials said.",
                        "Russia's GRU offered bounties to Taliban fighters, American officials said.")


def _house_story(agency: str, place: str, paper: str, official: str, number: str) -> list[str]:
    """One house's formulas in a language with no function-word list, told of one story."""
    return [f"Rul {agency} ropem rul grovelestul kum rul {place} vasourair hevind, Rul {paper} zahoudous vail "
            "Monday, poutrim velidimath gam bron tedrith.",
            f"Rul {agency} keir trerk haipifor mareral mo gro dabos brend finuth, rul mokrozel greite.",
            f"{official} dotrel {number} kraipork rivom brend nezahand skouvelath baifa, rul mokrozel greite.",
            f"Gro braskor zabom skeista {place} noutrark stouskeir vail Tuesday, rul mokrozel greite.",
            f"Rul {paper} maiveim trerk fomoubaine begen rul velidimath kum {official}."]


def test_kept_phrasing_without_the_storys_names_is_a_house_formula_not_a_copy():
    """Two stories in one house's formulas share a fifth of their trigrams but none of their
    names and numbers: not linked. A rewrite of one of them, same formulas and names, is."""
    first = _house_story("Steinai Tram Company", "Beostaim", "Temariki Dispatch", "Kresond Bamekrand", "279")
    other = _house_story("Krehair Airports Agency", "Heitrainel", "Ostivelouth Observer", "Bomol Pogan", "464")
    rewrite = [sentence.replace("haipifor mareral", "skobrin tedrai").replace("Gro braskor", "Ves braskor")
               for sentence in first[1:]]
    texts = (_document("s-first", first), _document("t-other", other), _document("u-rewrite", rewrite))
    profiles = tuple(reuse.profile(text, frozenset()) for text in texts)
    linked = {(link.a, link.b) for link in reuse.find_links(texts, profiles=profiles)}
    assert linked == {("s-first", "u-rewrite")}
    rule = replace(reuse.LINK_RULE, story_anchors=0, story_anchor_share=0.0)
    without_the_rule = {(link.a, link.b) for link in reuse.find_links(texts[:2], profiles=profiles[:2], rule=rule)}
    assert without_the_rule == {("s-first", "t-other")}  # what the rule is for


def test_names_every_story_carries_tell_no_story_apart():
    """Three stories from one agency in one paper's formulas share the agency's and the paper's
    names: enough to pass for one story in a pile of three, not once names carried by more
    articles than the rule allows are set aside. The rewrite keeps the story's own names."""
    stories = [_house_story("Gagradoul Press", place, "Velmora Gazette", official, number)
               for place, official, number in (("Beostaim", "Kresond Bamekrand", "279"),
                                               ("Heitrainel", "Bomol Pogan", "464"),
                                               ("Ostrikai", "Dela Vournet", "318"))]
    rewrite = [sentence.replace("haipifor mareral", "skobrin tedrai").replace("Gro braskor", "Ves braskor")
               for sentence in stories[0][1:]]
    texts = (*(_document(f"s{n}", story) for n, story in enumerate(stories)), _document("u-rewrite", rewrite))
    profiles = tuple(reuse.profile(text, frozenset()) for text in texts)
    in_a_small_pile = {(link.a, link.b) for link in reuse.find_links(texts, profiles=profiles)}
    assert ("s0", "s1") in in_a_small_pile  # every name shared is the agency's or the paper's
    generic = replace(reuse.LINK_RULE, generic_anchor_articles=2, generic_anchor_share=0.0)
    linked = {(link.a, link.b) for link in reuse.find_links(texts, profiles=profiles, rule=generic)}
    assert linked == {("s0", "u-rewrite")}


def test_the_generic_limit_grows_with_the_corpus_above_its_floor():
    rule = reuse.LINK_RULE
    assert rule.generic_anchors(50) == rule.generic_anchor_articles  # a pile of one story: every name counts
    assert rule.generic_anchors(1_000_000) == int(rule.generic_anchor_share * 1_000_000)


# ---------------------------------------------------------------- translations across languages
_TRANSLATION_EN = [
 "The Radora harbour board paid Venn Marine 12 million crowns in March 2024 for dredging at Teller Quay that never began, according to invoices seen by the Lowland Courier.",
 "Board chair Ilse Marrow signed 3 of the 7 payments herself, the invoices show, and told members in July that the work at Teller Quay would start in September.",
 "Venn Marine, based in Kettleby, said on Tuesday that the 12 million crowns covered equipment ordered for the Northern Basin and for the Soren Channel.",
 "Auditor Tomas Quell told the Lowland Courier that the Audit Office in Radora had asked for all 7 invoices and for the board minutes of 2023.",
 "Marrow, who has chaired the board since 2019, did not answer calls; her deputy Anton Brisk said the board would publish the contract on Friday.",
 "In Kettleby, Venn Marine employs 240 people, and its owner, Greta Vann, gave 50,000 crowns to the Harbour Party in 2022, records show.",
]
_TRANSLATION_ES = [
 "La junta del puerto de Radora pagó a Venn Marine 12 millones de coronas en marzo de 2024 por un dragado en el muelle Teller que nunca empezó, según facturas vistas por el Lowland Courier.",
 "La presidenta de la junta, Ilse Marrow, firmó ella misma 3 de los 7 pagos, según las facturas, y dijo a los miembros en julio que las obras en Teller empezarían en septiembre.",
 "Venn Marine, con sede en Kettleby, afirmó el martes que los 12 millones de coronas cubrían equipos encargados para la cuenca Northern y para el canal Soren.",
 "El auditor Tomas Quell dijo al Lowland Courier que la Oficina de Auditoría de Radora había pedido las 7 facturas y las actas de la junta de 2023.",
 "Marrow, que preside la junta desde 2019, no respondió a las llamadas; su adjunto Anton Brisk dijo que la junta publicaría el contrato el viernes.",
 "En Kettleby, Venn Marine emplea a 240 personas, y su propietaria, Greta Vann, donó 50.000 coronas al Harbour Party en 2022, según los registros.",
]
_SAME_STORY_ES = [
 "La oposición de Radora pidió el miércoles la dimisión de Ilse Marrow tras las revelaciones sobre Venn Marine.",
 "El concejal Piet Oran dijo en Radora que 5 concejales votarán una moción el 14 de abril contra la junta del puerto.",
 "Marrow convocó una rueda de prensa en el muelle Teller, donde defendió los 12 millones de coronas pagados a Venn Marine.",
 "Según Oran, la Oficina de Auditoría tardará 6 semanas en revisar las cuentas de 2024.",
 "Greta Vann, propietaria de Venn Marine, no quiso comentar; Anton Brisk tampoco respondió en Kettleby.",
]


def _anchors(article_id: str, language: str, paragraphs: list[str]) -> reuse.Anchors:
    return reuse.anchors(_document(article_id, paragraphs), language)


def test_a_translation_keeps_names_and_numbers_in_order_and_is_linked():
    """A Spanish rendering of an English report shares no words but keeps its anchors in order."""
    links = reuse.find_translations([_anchors("en", "en", _TRANSLATION_EN), _anchors("es", "es", _TRANSLATION_ES)])
    assert len(links) == 1
    link = links[0]
    assert {link.a, link.b} == {"en", "es"} and link.aligned >= reuse.TranslationRule().min_aligned
    assert link.shared[:3] == ("rdr", "vn", "mrn")  # keys: sound skeletons in Latin script
    assert link.written[:0] == () and link.positions[:3] == (0, 1, 2)


def test_a_name_after_a_quotation_mark_is_an_anchor_but_a_quotation_opening_a_sentence_is_not():
    """A programme's title in quotation marks keeps its names (English “…”, Bulgarian "…“);
    a quotation opening a sentence after a colon does not make its first word an anchor."""
    english = _anchors("en", "en", ["The recording first aired on the Lowland Courier's “Tessa Morrow Tonight” on Monday.",
                                    "Marrow told the board: “Payments stopped in March.”"])
    bulgarian = _anchors("bg", "bg", ['Записът беше излъчен за първи път в "Tessa Morrow Tonight“ в понеделник.'])
    tessa = translation._name_key("Tessa")
    assert tessa in english.keys and tessa in bulgarian.keys
    assert translation._name_key("Payments") not in english.keys


@pytest.mark.parametrize("first, second", [
    ("Trump", "Трамп"), ("Jack", "Джек"), ("Smith", "Смит"), ("Hillary", "Хиллари"), ("Bedminster", "Бедминстер"),
    ("Jersey", "Джерси"), ("Washington", "Вашингтон"), ("Marrow", "Марроу"), ("Radora", "Радоры"),
    ("Russia", "Rusia"), ("Kettleby", "Кеттлби"), ("Clinton", "Клинтон"), ("Ukraine", "Ucrania"),
])
def test_a_name_and_its_transliteration_or_declension_share_one_key(first, second):
    assert translation._name_key(first) == translation._name_key(second) is not None


@pytest.mark.parametrize("first, second", [("Marrow", "Merino"), ("Radora", "Ravenna"), ("Trump", "Tromsø")])
def test_different_names_keep_different_keys(first, second):
    assert translation._name_key(first) != translation._name_key(second)


#: The English report above as newspapers of each language would print it (written for these
#: tests): German hyphenates and capitalises nouns, Russian and Ukrainian decline and
#: transliterate names (Радоры, Марроу, Ильзе) and keep foreign company names in Latin,
#: French and Portuguese write 50 000 / 50 mil.
_TRANSLATIONS = {
    "fr": [
        "Le conseil portuaire de Radora a versé 12 millions de couronnes à Venn Marine en mars 2024 pour un dragage au quai Teller qui n'a jamais commencé, selon des factures consultées par le Lowland Courier.",
        "La présidente du conseil, Ilse Marrow, a signé elle-même 3 des 7 paiements, selon les factures, et a déclaré aux membres en juillet que les travaux au quai Teller commenceraient en septembre.",
        "Venn Marine, basée à Kettleby, a affirmé mardi que les 12 millions de couronnes couvraient du matériel commandé pour le bassin Northern et pour le chenal Soren.",
        "L'auditeur Tomas Quell a indiqué au Lowland Courier que la Cour des comptes de Radora avait demandé les 7 factures et les procès-verbaux du conseil de 2023.",
        "Mme Marrow, qui préside le conseil depuis 2019, n'a pas répondu aux appels ; son adjoint Anton Brisk a déclaré que le conseil publierait le contrat vendredi.",
        "À Kettleby, Venn Marine emploie 240 personnes, et sa propriétaire, Greta Vann, a donné 50 000 couronnes au Harbour Party en 2022, selon les registres.",
    ],
    "de": [
        "Die Hafenbehörde von Radora hat Venn Marine im März 2024 12 Millionen Kronen für Baggerarbeiten am Teller-Kai gezahlt, die nie begonnen haben, wie aus Rechnungen hervorgeht, die der Lowland Courier einsehen konnte.",
        "Die Vorsitzende der Behörde, Ilse Marrow, unterzeichnete 3 der 7 Zahlungen selbst, wie die Rechnungen zeigen, und sagte den Mitgliedern im Juli, die Arbeiten am Teller-Kai würden im September beginnen.",
        "Venn Marine mit Sitz in Kettleby erklärte am Dienstag, die 12 Millionen Kronen hätten Geräte abgedeckt, die für das Northern-Becken und den Soren-Kanal bestellt worden seien.",
        "Der Prüfer Tomas Quell sagte dem Lowland Courier, das Rechnungsprüfungsamt in Radora habe alle 7 Rechnungen und die Sitzungsprotokolle der Behörde von 2023 angefordert.",
        "Marrow, die die Behörde seit 2019 leitet, war telefonisch nicht erreichbar; ihr Stellvertreter Anton Brisk sagte, die Behörde werde den Vertrag am Freitag veröffentlichen.",
        "In Kettleby beschäftigt Venn Marine 240 Menschen, und die Eigentümerin, Greta Vann, spendete laut Unterlagen 2022 der Harbour Party 50.000 Kronen.",
    ],
    "it": [
        "L'autorità portuale di Radora ha pagato a Venn Marine 12 milioni di corone nel marzo 2024 per un dragaggio al molo Teller mai iniziato, secondo fatture visionate dal Lowland Courier.",
        "La presidente dell'autorità, Ilse Marrow, ha firmato lei stessa 3 dei 7 pagamenti, come mostrano le fatture, e a luglio ha detto ai membri che i lavori al molo Teller sarebbero iniziati a settembre.",
        "Venn Marine, con sede a Kettleby, ha dichiarato martedì che i 12 milioni di corone coprivano attrezzature ordinate per il bacino Northern e per il canale Soren.",
        "Il revisore Tomas Quell ha detto al Lowland Courier che la Corte dei conti di Radora aveva chiesto tutte e 7 le fatture e i verbali del consiglio del 2023.",
        "Marrow, che presiede l'autorità dal 2019, non ha risposto alle chiamate; il suo vice Anton Brisk ha detto che l'autorità pubblicherà il contratto venerdì.",
        "A Kettleby, Venn Marine impiega 240 persone, e la sua proprietaria, Greta Vann, ha donato 50.000 corone all'Harbour Party nel 2022, secondo i registri.",
    ],
    "pt": [
        "A autoridade portuária de Radora pagou à Venn Marine 12 milhões de coroas em março de 2024 por uma dragagem no cais Teller que nunca começou, segundo faturas vistas pelo Lowland Courier.",
        "A presidente da autoridade, Ilse Marrow, assinou ela própria 3 dos 7 pagamentos, segundo as faturas, e disse aos membros em julho que as obras no cais Teller começariam em setembro.",
        "A Venn Marine, sediada em Kettleby, afirmou na terça-feira que os 12 milhões de coroas cobriam equipamento encomendado para a bacia Northern e para o canal Soren.",
        "O auditor Tomas Quell disse ao Lowland Courier que o Tribunal de Contas de Radora tinha pedido as 7 faturas e as atas da autoridade de 2023.",
        "Marrow, que preside a autoridade desde 2019, não atendeu as chamadas; o seu adjunto Anton Brisk disse que a autoridade publicaria o contrato na sexta-feira.",
        "Em Kettleby, a Venn Marine emprega 240 pessoas, e a sua proprietária, Greta Vann, doou 50 mil coroas ao Harbour Party em 2022, segundo os registos.",
    ],
    "ru": [
        "Портовое управление Радоры заплатило компании Venn Marine 12 млн крон в марте 2024 года за дноуглубительные работы у причала Теллер, которые так и не начались, следует из счетов, с которыми ознакомилась газета Lowland Courier.",
        "Председатель управления Ильзе Марроу сама подписала 3 из 7 платежей, как видно из счетов, и в июле сказала членам совета, что работы у причала Теллер начнутся в сентябре.",
        "Компания Venn Marine из Кеттлби во вторник заявила, что 12 млн крон пошли на оборудование, заказанное для бассейна Нортерн и канала Сорен.",
        "Аудитор Томас Квелл сообщил Lowland Courier, что Счетная палата Радоры запросила все 7 счетов и протоколы заседаний управления за 2023 год.",
        "Марроу, которая возглавляет управление с 2019 года, не ответила на звонки; её заместитель Антон Бриск сказал, что управление опубликует контракт в пятницу.",
        "В Кеттлби в Venn Marine работают 240 человек, а её владелица Грета Ванн в 2022 году пожертвовала Harbour Party 50 тыс. крон, следует из документов.",
    ],
    "uk": [
        "Портове управління Радори заплатило компанії Venn Marine 12 млн крон у березні 2024 року за днопоглиблювальні роботи біля причалу Теллер, які так і не почалися, випливає з рахунків, з якими ознайомилася газета Lowland Courier.",
        "Голова управління Ільзе Марроу сама підписала 3 із 7 платежів, як видно з рахунків, і в липні сказала членам ради, що роботи біля причалу Теллер почнуться у вересні.",
        "Компанія Venn Marine з Кеттлбі у вівторок заявила, що 12 млн крон пішли на обладнання, замовлене для басейну Нортерн і каналу Сорен.",
        "Аудитор Томас Квелл повідомив Lowland Courier, що Рахункова палата Радори запросила всі 7 рахунків і протоколи засідань управління за 2023 рік.",
        "Марроу, яка очолює управління з 2019 року, не відповіла на дзвінки; її заступник Антон Бриск сказав, що управління оприлюднить контракт у п'ятницю.",
        "У Кеттлбі у Venn Marine працюють 240 осіб, а її власниця Грета Ванн у 2022 році пожертвувала Harbour Party 50 тис. крон, випливає з документів.",
    ],
}


@pytest.mark.parametrize("language", sorted(_TRANSLATIONS))
def test_a_translation_into_each_language_is_linked_to_its_source(language):
    """EN to FR, DE, IT, PT, RU and UK: names declined, transliterated or hyphenated still align."""
    links = reuse.find_translations([_anchors("en", "en", _TRANSLATION_EN),
                                     _anchors(language, language, _TRANSLATIONS[language])])
    assert [(link.a, link.b) for link in links] == [("en", language)]


@pytest.mark.parametrize("language", sorted(_TRANSLATIONS))
def test_a_translation_is_not_linked_to_another_story_in_the_source_language(language):
    profiles = [_anchors("en", "en", _OTHER_STORY_EN), _anchors(language, language, _TRANSLATIONS[language])]
    assert reuse.find_translations(profiles) == []


#: Another story of the same harbour, same people and places, other facts in another order.
_OTHER_STORY_EN = [
    "Ilse Marrow resigned as chair of the Radora harbour board on Monday, two weeks after the Lowland Courier reported on the Teller Quay payments.",
    "Anton Brisk, her deputy since 2021, will lead the board until an election in 2025, a spokesman said in Kettleby.",
    "Greta Vann, the owner of Venn Marine, said her company would return 4 million crowns, and Tomas Quell said the Audit Office would report in June.",
    "The Harbour Party said 9 of its 31 members had asked for the board's accounts of 2022 and 2023 to be published.",
]


def test_a_page_of_the_same_story_in_another_language_is_not_a_translation():
    """Same people and places, other facts in another order: not one text."""
    profiles = [_anchors("en", "en", _TRANSLATION_EN), _anchors("es", "es", _SAME_STORY_ES)]
    assert reuse.find_translations(profiles) == []


#: A roll of names in two sentences that every page on the story prints in the same order
#: (written for this test): many anchors align, in two sentences only.
_ROLL_EN = [
    "The board members who signed were Ilse Marrow, Anton Brisk, Tomas Quell, Greta Vann, Piet Oran, Hanne Lisk, "
    "Karl Dorr, Mara Quillan, Jens Falk, Olaf Stenn and Teodor Lis, with Ruth Amsel, Ines Dobre, Aurel Danu, "
    "Sami Haddad, Ola Brand, Dana Voss and Erik Lund abstaining.",
    "The vote was held in Radora on Monday.",
]
_ROLL_FR = [
    "À Kettleby, la colère monte après le vote du conseil.",
    "Ont signé Ilse Marrow, Anton Brisk, Tomas Quell, Greta Vann, Piet Oran, Hanne Lisk, Karl Dorr, Mara Quillan, "
    "Jens Falk, Olaf Stenn et Teodor Lis ; Ruth Amsel, Ines Dobre, Aurel Danu, Sami Haddad, Ola Brand, Dana Voss "
    "et Erik Lund se sont abstenus.",
]


def test_a_roll_of_names_in_one_sentence_is_no_translation():
    """Many anchors in order, but in one sentence of each page: a list every page repeats."""
    profiles = [_anchors("en", "en", _ROLL_EN), _anchors("fr", "fr", _ROLL_FR)]
    blocks_aligned = len(translation._candidates(profiles, translation.RULE, {}))
    assert blocks_aligned == 1  # proposed: they share the names
    assert reuse.find_translations(profiles) == []
    assert reuse.find_translations(profiles, replace(translation.RULE, min_sentences=1)) != []


def test_pages_of_one_language_are_never_compared_as_translations():
    profiles = [_anchors("en", "en", _TRANSLATION_EN), _anchors("en2", "en", _TRANSLATION_EN)]
    assert reuse.find_translations(profiles) == []


def test_hash_sets_without_the_common_hashes():
    from array import array

    from provenance.reuse import overlap

    sets = overlap.HashSets.of([array("I", [1, 2, 3]), array("I", []), array("I", [2, 3]), array("I", [3, 9])])
    kept = sets.without_common(2)  # 3 is in three sets
    assert [kept.members(n).tolist() for n in range(4)] == [[1, 2], [], [2], [9]]
    assert sets.without_common(3) is sets


def test_shared_counts_for_many_pairs_equal_the_pairwise_intersections():
    """The batched count (pairs grouped by left article) is the exact set intersection,
    whatever the pair order, repeated pairs, self-pairs and empty sets."""
    from array import array

    from provenance.reuse import overlap

    generator = random.Random(11)
    pool = [generator.randrange(0, 2**32) for _ in range(400)]
    sets = [array("I", sorted(set(generator.sample(pool, generator.randrange(0, 120))))) for _ in range(40)]
    sets[3] = array("I")
    hashes = overlap.HashSets.of(sets)
    left = np.array([generator.randrange(40) for _ in range(600)] + [3, 5, 5], dtype=np.int64)
    right = np.array([generator.randrange(40) for _ in range(600)] + [7, 3, 5], dtype=np.int64)
    counts = overlap.shared_counts(hashes, left, right)
    expected = [len(set(sets[a]) & set(sets[b])) for a, b in zip(left.tolist(), right.tolist(), strict=True)]
    assert counts.tolist() == expected
    assert overlap.containment(sets[5], sets[7])[2] == len(set(sets[5]) & set(sets[7]))
    assert overlap.shared_counts(hashes, left[:0], right[:0]).tolist() == []


def test_names_every_story_carries_still_pair_pages_published_close_together():
    """A corpus of a year of one harbour's news: its names are on more pages than any one
    anchor may pair (here 3), so without dates the translation is not proposed; pages of
    the same days still pair, pages a week apart do not."""
    rule = reuse.TranslationRule(max_posting=3)
    english, spanish = _anchors("en", "en", _TRANSLATION_EN), _anchors("es", "es", _TRANSLATION_ES)
    others = [_anchors(f"old{n}", "en", _TRANSLATION_EN) for n in range(3)]  # the same names, weeks before
    profiles = [english, spanish, *others]
    assert reuse.find_translations(profiles, rule) == []
    days = {"en": 700_100, "es": 700_101, **{f"old{n}": 700_000 + n for n in range(3)}}
    links = reuse.find_translations(profiles, rule, days)
    assert [(link.a, link.b) for link in links] == [("en", "es")]
    apart = {**days, "es": 700_100 + rule.window_days + 1}
    assert reuse.find_translations(profiles, rule, apart) == []


@pytest.mark.parametrize("size", [0, 1, 2, 7, 5_000])
def test_dense_hash_numbers_are_the_ranks_np_unique_gives(size: int) -> None:
    """HashSets.dense ranks hashes itself (in less memory); the numbers are np.unique's inverse."""
    rng = np.random.default_rng(size)
    drawn = rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32)
    flat = np.concatenate((drawn, drawn[: size // 3]))  # some hashes in several sets
    sets = overlap.HashSets(flat, np.zeros(1, dtype=np.int64), np.array([len(flat)], dtype=np.int64))
    values, inverse = np.unique(flat, return_inverse=True)
    numbers, distinct = sets.dense
    assert distinct == len(values)
    assert numbers.dtype == np.int32 and numbers.tolist() == inverse.reshape(-1).tolist()


def test_a_text_split_again_gives_the_same_sentences():
    """textspans.sentences keeps the last text's blocks split: asked again for some of them, for
    others, or for another text with the same offsets, it gives what splitting afresh gives."""
    from provenance.models import Block
    from provenance.textspans import sentences, split_sentences

    def fresh(text, blocks):
        return [span for b in blocks if b.role != "chrome" for span in split_sentences(text, b.start, b.end)]

    text = "Mr. Quell said so. The ferry stopped.\nIt will resume on Monday! Or not.\nMenu Home"
    blocks = (Block(0, 37, "body"), Block(38, 70, "body"), Block(71, 80, "chrome"))
    other = "The island ferry ran. It stopped.\nAll is well, it said. Later it ran.\nMenu Home"
    for text_now, chosen in ((text, blocks), (text, blocks[1:]), (other, blocks), (text, blocks[:1])):
        assert sentences(text_now, chosen) == fresh(text_now, chosen)
