"""Remarks a lead answers: someone's words, interview or statements, not a report.

"Kuleba responded to the Pope's remarks", "The Vatican has explained the words of Pope
Francis": an answer to remarks is a follow-up as an answer to a report is. The noun must be
the verb's object, close after it: not its circumstance ("explained in an interview that …"),
and for a reaction not the speaker's own remarks ("called her remarks embarrassing"). Word
lists in ``data/followups.json``; :mod:`.followups` decides what the news is.
"""

from __future__ import annotations

import re
from functools import cache

from provenance import resources
from provenance.graph.clauses import lexicon

#: How many words may stand between a verb and the remarks it answers: "explained the words
#: of Pope Francis", "responded to the Pope's remarks".
REMARKS_AFTER_WORDS = 4


@cache
def clarify_verbs() -> re.Pattern[str]:
    """Verbs that clarify or explain someone's remarks ("clarified", "a précisé", "разъяснил")."""
    return lexicon(resources.bundled("followups.json")["clarify_verbs"])


@cache
def _remark_nouns() -> re.Pattern[str]:
    return lexicon(resources.bundled("followups.json")["remark_nouns"], compounds=True)


def remarks_after(sentence: str, at: int, others_only: bool = False) -> bool:
    """Whether a noun for someone's remarks (an interview, words, statements) follows within
    REMARKS_AFTER_WORDS words of ``at``, as the verb's object: not "explained in an interview
    that …" (``remark_circumstances``), which tells the interview's news. With ``others_only``
    (a reaction), not the speaker's own: "Marrow called her remarks embarrassing" tells them."""
    noun = _remark_nouns().search(sentence, at)
    if noun is None:
        return False
    between = re.findall(r"[\w'’]+", sentence[at:noun.start()].casefold())
    excluded = _word_list("remark_circumstances") | (_word_list("own_possessives") if others_only else frozenset())
    return len(between) <= REMARKS_AFTER_WORDS and not excluded.intersection(between)


@cache
def _word_list(key: str) -> frozenset[str]:
    return frozenset(resources.bundled("followups.json")[key])
