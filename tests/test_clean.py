"""Stage 2, clean: chrome is marked, evidence lines are kept."""

from __future__ import annotations

import pytest

from provenance.clean import clean
from provenance.models import LoadedDocument

PAGE = """32.1 C
Monday, July 15, 2024

Harbour plan delayed again

PORTLYN, March 15 - The council delayed the harbour plan, officials said.

Caption of the photo (Photo: CPA)

Caption of the photo (Photo: CPA)

Read also: Something else entirely

The second paragraph of the story goes here.

The third paragraph of the story goes here.

Source: CPA

Post a Comment

Your views are welcome!

An unrelated teaser about football results that follows the footer.
"""


def _roles(text: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    document = LoadedDocument(id="x", path="x.txt", format="txt", text=text, title=title)
    cleaned = clean(document)
    return {text[b.start:b.end]: (b.role, b.reason) for b in cleaned.blocks}


def test_chrome_and_body_roles():
    roles = _roles(PAGE)
    assert roles["32.1 C"][0] == "chrome"
    assert roles["Monday, July 15, 2024"] == ("chrome", "date in the page header (page chrome, not the story's date)")
    assert roles["Harbour plan delayed again"][0] == "title"
    assert roles["PORTLYN, March 15 - The council delayed the harbour plan, officials said."][0] == "body"
    assert roles["Read also: Something else entirely"][0] == "chrome"
    assert roles["Source: CPA"] == ("body", "credit")
    assert roles["Post a Comment"][0] == "chrome"
    assert roles["An unrelated teaser about football results that follows the footer."] == ("chrome", "page footer")


def test_repeated_caption_is_chrome_once():
    document = LoadedDocument(id="x", path="x.txt", format="txt", text=PAGE)
    cleaned = clean(document)
    captions = [b for b in cleaned.blocks if PAGE[b.start:b.end] == "Caption of the photo (Photo: CPA)"]
    assert [b.role for b in captions] == ["body", "chrome"]


def test_offsets_slice_back_to_the_text():
    document = LoadedDocument(id="x", path="x.txt", format="txt", text=PAGE)
    for block in clean(document).blocks:
        assert PAGE[block.start:block.end].strip() == PAGE[block.start:block.end]


def test_known_title_is_matched_and_short_pages_keep_their_footer_words():
    roles = _roles("Comments\nStory text that talks about comments.", title="Something")
    assert roles["Comments"][0] == "body"  # no footer before any body line


def test_a_first_line_ending_as_a_sentence_is_the_lead_not_a_headline():
    text = "The court heard the case on Monday.\n\nThe trial continues next week with more witnesses.\n"
    cleaned = clean(LoadedDocument(id="lead", path="lead.txt", format="txt", text=text))
    assert [b.role for b in cleaned.blocks] == ["body", "body"]
    headline = clean(LoadedDocument(id="h", path="h.txt", format="txt", text="Court hears case\n\n" + text))
    assert headline.blocks[0].role == "title"


@pytest.mark.parametrize("lead", [
    "金曜日の夜、記者の山田花子氏が港湾委員会の内部文書を公開した。",  # Japanese full stop
    "港务局隐瞒了疏浚合同的超支吗？",  # Chinese question mark
    "«Мэр подтвердил новость.»",  # a closing quotation mark after the stop
    "هل أخفى مجلس الميناء التكاليف؟",  # Arabic question mark
])
def test_a_first_line_ending_as_a_sentence_in_any_script_is_the_lead(lead):
    text = lead + "\n\nThe board did not reply on Tuesday.\n"
    cleaned = clean(LoadedDocument(id="lead", path="lead.txt", format="txt", text=text))
    assert cleaned.blocks[0].role == "body"


def test_loading_lines_page_counters_and_reading_times_are_chrome():
    text = ("Loading…\nYou are on page 1 of 17\n• 1 min read\nHarbour board hid overrun\n"
            "The harbour board kept a cost overrun from its auditors for eight months, the minutes show.\n")
    roles = _roles(text)
    assert roles["Loading…"][0] == roles["You are on page 1 of 17"][0] == roles["• 1 min read"][0] == "chrome"
    assert roles["Harbour board hid overrun"][0] == "title"


def test_a_wayback_machine_banner_is_chrome_not_the_headline():
    banner = "The Wayback Machine - https://web.archive.org/web/20250318093041/https://westfold.example/a"
    text = f"{banner}\nHarbour board hid overrun\nThe harbour board kept a cost overrun from its auditors.\n"
    roles = _roles(text)
    assert roles[banner][0] == "chrome"
    assert roles["Harbour board hid overrun"][0] == "title"


def test_a_lone_wire_mark_is_no_headline():
    text = "(Reuters)\nThe harbour board kept a cost overrun from its auditors for eight months, the minutes show.\n"
    cleaned = clean(LoadedDocument(id="w", path="w.txt", format="txt", text=text))
    assert cleaned.blocks[0].role == "body"  # still read as the wire's mark, never the title


@pytest.mark.parametrize("alt_text", [
    "Image for article titled Harbour board hid its overrun",
    "Bild für den Artikel mit dem Titel Hafenrat verschwieg Mehrkosten",  # as a machine translation renders it
])
def test_a_lead_images_alt_text_is_chrome(alt_text):
    """A publishing platform's alt text for the lead image repeats the headline; "Bild" in it
    is a picture, not the German paper."""
    text = f"Harbour board hid its overrun\n\n{alt_text}\n\nThe board kept the overrun from its auditors for months."
    assert _roles(text)[alt_text][0] == "chrome"
