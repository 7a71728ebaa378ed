"""Names written in scripts without capitals, met with the surnames the pile knows.

A Japanese page writes Matt Taibbi "マット・タイビ", a Chinese one "泰比", a Korean one
"타이비", an Arabic one "شتراخه" for Strache: no capital letter marks them as names, and
the Latin/Cyrillic key transliteration does not read them. Here a run of such letters is
romanised (anyascii, a table-driven transliterator: no model, no download) and compared
with the surname keys the pile already knows from its Latin-script pages:

- kana, Hangul and Han, which write vowels: the romanised word (for Hangul and Han, runs
  of up to MAX_SYLLABLES characters, since words are not spaced) must be ROMAN_SIMILARITY
  alike to the key: "taibi" meets "taibbi" (91);
- Arabic script, which mostly does not: the consonant skeletons must be equal and at least
  MIN_SKELETON long: "shtrkhh" and "strache" are both "strk"; "tyby" ("tb") is too short to
  tell from other words and is matched only with the given name before it ("سيمور هيرش",
  "smr" + "rs", is Seymour Hersh). Arabic has no p and no v, and writes them b and f
  ("ترامب" is Trump): both skeletons are compared with p as b and v as f. Devanagari is read
  the same way (its inherent vowels romanise as guesses): "ट्रंप" is "trmp".

Only the pile's known surnames are looked for, so a word is never taken for a name the
pile does not already give in full elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from provenance.textspans import romanised

#: Romanised kana, Hangul or Han this alike (rapidfuzz ratio, 0-100) to a known surname is it.
ROMAN_SIMILARITY = 85
#: Unspaced scripts: a name is read from windows of up to this many characters.
MAX_SYLLABLES = 4
#: Arabic-script consonant skeletons shorter than this say too little to name anyone.
MIN_SKELETON = 4
_ABJAD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+|[\u0900-\u097F]+")
#: Letters Arabic script lacks, as it writes them: p as b, v as f.
_ABJAD_LETTERS = str.maketrans({"p": "b", "v": "f"})
_SPACED = re.compile(r"[\u30A1-\u30FA\u30FC]+")  # katakana words, split at "・"
_SYLLABIC = re.compile(r"[\uAC00-\uD7A3]+|[\u4E00-\u9FFF]+")  # Hangul, Han: one syllable a character
_DIGRAPHS = (("kh", "k"), ("ch", "k"), ("sh", "s"), ("th", "t"), ("ph", "f"))


def uncased_mentions(text: str, start: int, end: int, people: Mapping[str, str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) for each word of ``text[start:end]`` in an uncased script that
    writes the surname of one of ``people`` (key -> full name), unless the word before it
    is another given name: "ハンター・バイデン" is Hunter Biden, not Joe Biden."""
    for found_start, found_end, key in _surnames(text, start, end, people):
        given = _GIVEN_BEFORE.search(text, max(start, found_start - 24), found_start)
        if given is None or _given_name_of(_roman(given.group(1)), people[key]):
            yield found_start, found_end, key


#: A given name joined to the surname by the interpunct Japanese and Chinese write between
#: a foreign name's parts ("ハンター・バイデン"). A word before a space (Korean, Arabic) is as
#: often a title or a verb ("기자 타나베": "reporter Tanabe") and is not read as one.
_GIVEN_BEFORE = re.compile(r"([\u30A1-\u30FA\u30FC]+|[\u4E00-\u9FFF]{1,3})[・·]$")
#: A given name before the surname is the known person's when this alike to one of the
#: words of their full name (rapidfuzz ratio on the romanised forms): "matto" is "Matt".
GIVEN_NAME_SIMILARITY = 60


def _given_name_of(given: str, full: str) -> bool:
    words = ["".join(ch for ch in w.casefold() if ch.isalpha()) for w in re.split(r"[\s-]+", full)[:-1]]
    sound = consonants(given).translate(_KANA_LETTERS)  # katakana's f is a v: "efugenī" is Yevgeny
    return any(fuzz.ratio(given, w) >= GIVEN_NAME_SIMILARITY or consonants(w).translate(_KANA_LETTERS) == sound
               for w in words if w)


def _surnames(text: str, start: int, end: int, people: Mapping[str, str]) -> Iterator[tuple[int, int, str]]:
    keys = tuple(people)
    if not keys:
        return
    before, before_end = "", -1
    for match in _ABJAD.finditer(text, start, end):  # one word a match: the script has no spaces in it
        skeleton = _abjad_sound(romanised(match.group(0)))
        key = next((k for k in keys if len(skeleton) >= MIN_SKELETON and _abjad_sound(k) == skeleton), None)
        if key is None and text[before_end:match.start()].isspace():
            key = _with_given_name(before, skeleton, people)
        if key is not None:
            yield match.start(), match.end(), key
        before, before_end = match.group(0), match.end()
    for match in _SPACED.finditer(text, start, end):
        roman = _roman(match.group(0))
        key = _alike(roman, keys) or _sounds_alike(roman, keys)
        if key is not None:
            yield match.start(), match.end(), key
    for match in _SYLLABIC.finditer(text, start, end):
        yield from _syllable_windows(match, keys)


def _with_given_name(before: str, skeleton: str, people: Mapping[str, str]) -> str | None:
    """A surname too short to tell by itself ("هيرش", "rs") is a known person's when the word
    before it is that person's given name too ("سيمور هيرش": "smr" + "rs" is Seymour Hersh),
    and the two skeletons together are at least MIN_SKELETON long."""
    if not before or not skeleton:
        return None
    given = _abjad_sound(romanised(before))
    if len(given) + len(skeleton) < MIN_SKELETON or not given:
        return None
    for key, full in people.items():
        words = re.split(r"[\s-]+", full)
        if len(words) >= 2 and _abjad_sound(words[-1]) == skeleton and _abjad_sound(words[-2]) == given:
            return key
    return None


def _syllable_windows(match: re.Match[str], keys: Collection[str]) -> Iterator[tuple[int, int, str]]:
    run, offset = match.group(0), match.start()
    position = 0
    while position < len(run):
        for size in range(min(MAX_SYLLABLES, len(run) - position), 1, -1):
            key = _alike(_roman(run[position:position + size]), keys)
            if key is not None:
                yield offset + position, offset + position + size, key
                position += size - 1
                break
        position += 1


def _alike(roman: str, keys: Collection[str]) -> str | None:
    return next((k for k in keys if abs(len(k) - len(roman)) <= 2 and fuzz.ratio(roman, k) >= ROMAN_SIMILARITY),
                None)


#: Katakana has one letter for r and l, and writes v as b or f: a whole katakana word is a
#: known surname when their transliteration keys agree with those letters made one.
_KANA_LETTERS = str.maketrans({"l": "r", "f": "v", "b": "v"})


def _sounds_alike(roman: str, keys: Collection[str]) -> str | None:
    """The one known surname a romanised katakana word spells by sound ("purigojin" is
    Prigozhin, "pesukofu" Peskov: "prhsn", "pskv"), the key four letters at least. Only
    for whole katakana words: Han windows would meet short keys by chance."""
    sound = _kana_key(roman)
    if len(sound) < MIN_SKELETON:
        return None
    found = {k for k in keys if _kana_key(k) == sound}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=65_536)
def _kana_key(word: str) -> str:
    return transliteration_key(word).translate(_KANA_LETTERS)


@lru_cache(maxsize=65_536)
@lru_cache(maxsize=65_536)
def _abjad_sound(word: str) -> str:
    """A word's :func:`consonants` as Arabic script writes them (p as b, v as f): cached, as
    each Arabic-script word is compared with every known surname."""
    return consonants(word).translate(_ABJAD_LETTERS)


def _roman(word: str) -> str:
    return "".join(ch for ch in romanised(word) if ch.isalpha())


@lru_cache(maxsize=65_536)
def consonants(word: str) -> str:
    """Consonants only, digraphs as one, doubles as one: "Strache" and "shtrkhh" -> "strk"."""
    plain = "".join(ch for ch in word.casefold() if ch.isalpha())
    for digraph, single in _DIGRAPHS:
        plain = plain.replace(digraph, single)
    consonants = [ch for ch in plain if ch not in "aeiouyhw"]
    return "".join(ch for i, ch in enumerate(consonants) if i == 0 or consonants[i - 1] != ch)


#: One Slavic name in the Latin spellings of several languages: "Prigozhin" (en), "Prigoschin"
#: (de), "Prigojine" (fr), "Prigożyn" (pl, accents already dropped), "Pryhozhyn" (uk, which
#: writes Г as h). Digraphs first, longest first; then each letter's class.
_TRANSLITERATION_DIGRAPHS = (("shch", "s"), ("tsch", "c"), ("sch", "s"), ("tch", "c"), ("zh", "s"), ("sh", "s"),
                             ("sz", "s"), ("cz", "c"), ("kh", "h"), ("gh", "h"), ("ch", "c"), ("ck", "k"),
                             ("ph", "f"), ("th", "t"))
_TRANSLITERATION_CLASSES = str.maketrans({"g": "h", "z": "s", "q": "k", "w": "v", "x": "k"})
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65_536)
def transliteration_key(key: str) -> str:
    """A surname key's letters by the sound they spell across transliterations: g and h one
    (Ukrainian Г), s, z, sh, zh, sch and a "j" between vowels one (French "Prigojine"), w as v
    ("Peskow"), a final or pre-consonant "j" a vowel ("Selenskyj"); vowels after the first
    letter dropped, doubles as one. "Prigozhin", "Prigoschin", "Pryhozhyn" and "Prigojine"
    are all "prhsn"; "Zelensky" and "Selenskyj" "slnsk"."""
    plain = "".join(ch for ch in key.casefold() if ch.isalpha())
    for digraph, single in _TRANSLITERATION_DIGRAPHS:
        plain = plain.replace(digraph, single)
    letters = list(plain.translate(_TRANSLITERATION_CLASSES))
    for index, letter in enumerate(letters):
        if letter == "j":
            between_vowels = 0 < index < len(letters) - 1 and {letters[index - 1], letters[index + 1]} <= _VOWELS
            letters[index] = "s" if between_vowels else "y"
    if not letters:
        return ""
    first = "a" if letters[0] in _VOWELS else letters[0]
    rest = [ch for ch in letters[1:] if ch not in _VOWELS]
    sounds = [first, *rest]
    return "".join(ch for i, ch in enumerate(sounds) if i == 0 or sounds[i - 1] != ch)
