"""The page screen of publishing_people answers as the whole-page platform search did."""

from __future__ import annotations

import pytest

from provenance.graph.people import _may_tell_publishing, _platform_in

TEXTS = [
    "",
    "The council met on Tuesday to discuss the bridge.",
    "Matt Taibbi posted a thread on Twitter about the files.",
    "She wrote in an article for the paper that the dam was unsafe.",
    "He wrote to the board asking for more time.",
    "The article was long and nobody wrote back.",
    "In a Substack post, the author said the figures were wrong.",
    "Laut einem Beitrag auf Telegram hat der Sprecher das dementiert.",
    "Il a publié un billet de blog sur son site.",
    "The Telegraph said the minister wrote nothing.",
    "Twitter's counsel said the company would appeal.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_screen_says_what_the_platform_search_says(text):
    assert _may_tell_publishing(text) == (_platform_in(text) is not None)
