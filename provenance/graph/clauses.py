"""Verbs a lead is read for, and the clause they stand in.

The follow-up rules (:mod:`.followups`, :mod:`.remarks`, :mod:`.inquiries`) look for a verb
(of denial, of response, of opening an inquiry) that is the lead sentence's own: near the
start of its main clause, in no clause of its own ("… who denied it"). Their word lists hold
words of many languages, Chinese, Japanese and Korean ones matched without word boundaries,
and verbs in parts ("tritt … zurück").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from provenance.textspans import trie, word_pattern

#: Chinese characters, kana and Hangul: scripts whose words a boundary test cannot find.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
CJK_WORD = re.compile(f"[{_CJK}]")


def lexicon(words: Collection[str], compounds: bool = False) -> re.Pattern[str]:
    """:func:`word_pattern` for a list's words, its Chinese, Japanese and Korean ones matched
    without word boundaries, its split verbs ("wees … van de hand") in their parts. Chinese
    and Japanese write no spaces and Korean writes its particles onto the word before them,
    so a letter stands on both sides of "否定した" in "アップルは報道を否定した。" and after
    "보도" in "보도를 부인했다": the boundary test would never let them match. Those lists hold
    whole forms ("否定した", not "否定"), which keeps them from matching inside other words."""
    split = sorted((word for word in words if "…" in word), key=len, reverse=True)
    unspaced = sorted({word.lower() for word in words if CJK_WORD.search(word) and "…" not in word})
    spaced = [word for word in words if not CJK_WORD.search(word) and "…" not in word]
    alternatives = [rf"(?<!\w)(?:{'|'.join(map(split_verb, split))})(?!\w)"] if split else []
    alternatives += ([word_pattern(spaced, compounds).pattern] if spaced else []) + \
        ([f"(?:{trie(unspaced)})"] if unspaced else [])
    return re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE)


def split_verb(entry: str) -> str:
    """A verb in parts ("tritt … zurück"): up to SPLIT_VERB_GAP_WORDS words between them."""
    parts = [re.escape(part.strip()) for part in entry.split("…")]
    return rf"(?:\s+[^\s.!?]+){{0,{SPLIT_VERB_GAP_WORDS}}}?\s+".join(parts)


#: How many words a split verb may hold between its parts: "tritt als Vizekanzler und
#: FPÖ-Chef zurück".
SPLIT_VERB_GAP_WORDS = 12


#: A verb of denial counts only near the start of its sentence (the subject's own verb),
#: within this many words: "Russia on Saturday denied ...", not "... who denied it".
DENIAL_WITHIN_WORDS = 12
#: Words that put the verb in a clause of its own: not the sentence's answer. Chinese,
#: Japanese and Korean "according to" ("据《…》报道，", "…によると", "…에 따르면") too, found
#: without word boundaries: "据" opening a clause, not inside "数据" (data).
SUBORDINATE = re.compile(r"(?<!\w)(?:that|which|who|according|after|when|while|as|dass|que|qui|che|"
                          r"cui|что|который|которая|которые|którzy|który)(?!\w)|"
                          r"によると|によれば|에 따르면|에 의하면|(?:^|[，,、])\s*[据據]", re.IGNORECASE)


#: Subordinate markers whose clause a comma closes, the sentence's own verb after it:
#: "据路透社2月14日报道，克里姆林宫14日否认…" (according to Reuters, the Kremlin denied),
#: "According to Reuters, the Kremlin denied …".
_CLOSED_BY_COMMA = re.compile(r"(?i:according)|によると|によれば|에 따르면|에 의하면|[据據]")
_COMMA = re.compile(r"[,，、]")


def main_clause_start(before: str) -> int | None:
    """Where the main clause starts in the words before a verb: 0, or after a fronted
    "according to …" clause and its comma; None when the verb stands in a clause of its own
    (after "that", "who", an unclosed "according to")."""
    start = 0
    while (marker := SUBORDINATE.search(before, start)) is not None:
        comma = _COMMA.search(before, marker.end()) if _CLOSED_BY_COMMA.search(marker.group(0)) else None
        if comma is None:
            return None
        start = comma.end()
    return start


def leading_verb(pattern: re.Pattern[str], sentence: str, within: int = DENIAL_WITHIN_WORDS) -> re.Match[str] | None:
    """The pattern's verb when it is the sentence's own: near the start of the main clause,
    in no clause of its own."""
    found = pattern.search(sentence)
    if found is None:
        return None
    start = main_clause_start(sentence[:found.start()])
    if start is not None and len(sentence[start:found.start()].split()) <= within:
        return found
    return None
