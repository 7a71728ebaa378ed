"""Embedded social posts: the signature a scraped page keeps of a post it shows.

Stage 4 reads the signature ("— Name (@account) date", Instagram's "A post shared by");
the graph stage makes it a citation of that person's post only when the page's own words
name the author, since a post by someone the story never mentions is a reaction shown
beside it. Every name and account here is invented; the signatures follow the embed code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import provenance
from provenance.attribution.posts import post_attributions
from provenance.clean import clean
from provenance.kinds import NodeKind, Relation
from provenance.models import LoadedDocument
from provenance.outlets import load_registry


def _posts(text: str) -> list[tuple[str, str | None, str | None]]:
    cleaned = clean(LoadedDocument(id="a", path="a", format="text", text=text))
    return [(a.label, a.outlet_id, a.url) for a in post_attributions(cleaned, load_registry(()))]


@pytest.mark.parametrize("text, expected", [
    # X's fallback text after the post, on its own line, English date
    ("The board hid the overrun, she wrote.\n\nTHREAD: the harbour invoices, part two.\n"
     "— Mara Quillan (@maraquillan) March 18, 2025\n\nThe board did not reply.",
     [("Mara Quillan", None, "https://x.com/maraquillan")]),
    # on the post's own line, after its text and a link to a picture
    ("Here are the minutes pic.twitter.com/AbC123 — Mara Quillan (@maraquillan) March 18, 2025",
     [("Mara Quillan", None, "https://x.com/maraquillan")]),
    # the embed code writes the date in the page's locale
    ("URGENT : le port dément \n— Radio Kettleby (@radiokettleby) 18 mars 2025\n",
     [("Radio Kettleby", None, "https://x.com/radiokettleby")]),
    ("Der Hafen dementiert.\n— Ilse Marrow (@ilsemarrow) 18. März 2025",
     [("Ilse Marrow", None, "https://x.com/ilsemarrow")]),
    # a hyphen for the dash only where a line starts; a date may be missing at the line's end
    ("No dredger anywhere.\n- Tomas Venn (@tvenn)\nMore below.", [("Tomas Venn", None, "https://x.com/tvenn")]),
    # an outlet's own account is that outlet
    ("Breaking: harbour board chair resigns\n— Reuters (@Reuters) March 19, 2025",
     [("Reuters", "reuters", "https://x.com/Reuters")]),
    # Instagram's signature
    ("A post shared by Mara Quillan (@mara.quillan)", [("Mara Quillan", None, "https://www.instagram.com/mara.quillan/")]),
    ("Ein Beitrag geteilt von Ilse Marrow (@ilse_marrow)", [("Ilse Marrow", None, "https://www.instagram.com/ilse_marrow/")]),
    # an account named in running text is no signature
    ("The board set the account of activist Tomas Venn (@tvenn) to 'do not amplify' last year.", []),
    ("Follow us on X (@radoracourier) for updates — the editors", []),
    # a hyphen inside a line is no dash of a signature
    ("The port-authority (@portauth) said nothing.", []),
])
def test_embedded_post_signatures(text, expected):
    assert _posts(text) == expected


def _trace(tmp_path: Path, records: list[dict[str, object]]) -> provenance.ProvenanceGraph:
    path = tmp_path / "pile.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return provenance.trace([path], provenance.Config(workers=1))


def _page(text: str) -> dict[str, object]:
    return {"outlet": "Westfold Gazette", "url": "https://westfold.example/harbour", "title": "Harbour invoices",
            "published": "2025-03-19T10:00:00+01:00", "text": text}


THREAD = ("Mara Quillan has published the second part of her harbour files.\n\n"
          "1. The Radora harbour board paid Venn Marine 12 million crowns for dredging that never began.\n"
          "— Mara Quillan (@maraquillan) March 18, 2025\n\n"
          "2. Port workers say no dredger has been seen at the northern basin since the spring.\n"
          "— Mara Quillan (@maraquillan) March 18, 2025\n\n")


def test_a_post_whose_author_the_page_names_is_a_citation_of_her_post(tmp_path):
    graph = _trace(tmp_path, [_page(THREAD + "The harbour board did not reply to questions on Tuesday.")])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.person == "Mara Quillan" and root.platform == "x"
    edge = next(e for e in graph.edges if e.source == "pile#1" and e.target == root.id)
    assert edge.relation == Relation.CITES
    assert edge.evidence[0].text.startswith("Mara Quillan (@maraquillan) March 18, 2025")
    assert "embedded X post by @maraquillan of March 18, 2025" in edge.evidence[0].detail


def test_a_post_by_someone_the_story_never_names_is_a_reaction_not_a_source(tmp_path):
    text = ("The Radora harbour board paid Venn Marine 12 million crowns for dredging that never began, "
            "the audit office said on Tuesday.\n\nReactions online were quick.\n\n"
            "Where did the money go?\n— harbourwatcher (@hwatch77) March 18, 2025\n\n"
            "Nobody asked the port workers.\n— Lena Sarr (@lsarr) March 18, 2025")
    graph = _trace(tmp_path, [_page(text)])
    assert [a.kind for a in graph.article("pile#1").attributions if a.kind == "post"] == ["post", "post"]
    assert not any(n.kind == NodeKind.PERSON_PUBLICATION for n in graph.nodes)


def test_a_link_to_a_persons_account_cites_her_post(tmp_path):
    text = ("The Radora harbour board paid for dredging that never began, as Mara Quillan showed in a thread: "
            "https://x.com/maraquillan/status/1234567890 \n\nThe board did not reply.")
    graph = _trace(tmp_path, [_page(text)])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.platform == "x"
    assert root.person == "Mara Quillan"


def test_a_link_to_an_account_the_pile_does_not_name_is_that_account(tmp_path):
    text = ("Port workers posted pictures of the idle northern basin: https://x.com/portcrew_rdr/status/99 \n\n"
            "The board did not reply.")
    graph = _trace(tmp_path, [_page(text)])
    root = graph.node(graph.article("pile#1").root)
    assert root.kind == NodeKind.PERSON_PUBLICATION and root.label == "@portcrew_rdr (x)"


def test_a_page_on_a_persons_account_is_labelled_as_her_post(tmp_path):
    own = {"url": "https://x.com/maraquillan/status/1234567890", "published": "2025-03-18T20:00:00+01:00",
           "title": "Mara Quillan on X", "text": "1. The Radora harbour board paid Venn Marine 12 million crowns "
           "for dredging that never began. A thread."}
    other = {"url": "https://x.com/portcrew_rdr/status/99", "published": "2025-03-18T21:00:00+01:00",
             "title": "Port crew on X", "text": "Pictures of the idle northern basin, taken this morning."}
    follow = _page("Freelance reporter Mara Quillan wrote in a thread on X that the Radora harbour board paid "
                   "for dredging that never began.\n\nThe board did not reply.")
    graph = _trace(tmp_path, [own, other, follow])
    node = graph.node("pile#1")
    assert node.kind == NodeKind.ARTICLE and node.label == "Mara Quillan (x)"
    assert (node.person, node.platform) == ("Mara Quillan", "x")
    unnamed = graph.node("pile#2")
    assert unnamed.label == "@portcrew_rdr (x)" and unnamed.person is None
    assert graph.article("pile#3").root == "pile#1"
