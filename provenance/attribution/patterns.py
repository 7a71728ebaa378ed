"""Patterns the cue rules share: conjunctions, roles, quotation marks, the shapes of a
subject and of an aside. Language-neutral or English; each language's cue words live in
``provenance/data/languages/<code>.json``."""

from __future__ import annotations

import re

#: Words of a sentence as the lexicon's trigger words are written ("d'après", "co-wrote").
_SENTENCE_WORD = re.compile(r"[\w'’ʼ-]+")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
_WHEN = re.compile(rf"\s*(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?(?:(?:late|early)\s+)?(?P<day>{_WEEKDAY})\b"
                   rf"(?:\s+(?:night|morning|evening|afternoon))?", re.IGNORECASE)
_CITING = re.compile(r",?\s*citing\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:he|she|they|we|i|it|them|him|her|you|this|that|these|those|which|who|one)", re.IGNORECASE)
#: "and" in the languages of the lexicons: "Reuters and the BBC", "Der Spiegel en de Süddeutsche Zeitung"
#: name two outlets, not a person at the first ("Fox News' Megyn Kelly").
_CONJUNCTION = (r"(?:and|or|und|oder|et|ou|y|e|o|i|oraz|lub|albo|și|şi|si|sau|és|vagy|meg|en|ve|veya|ile|ili|te|ni|"
                r"и|і|та|или)")
#: "And" alone, in the languages whose joined names and lists are read ("X and Y", "X et Y").
_AND = r"(?:and|und|et|y|e|i|en)"
_UPPER = "A-ZÀ-ÞŁŚŻŹĆŃА-ЯЁΆ-ΏΑ-Ω"  # capitals of the Latin, Cyrillic and Greek names read ("Łukasza Jasiny")
_PERSON_AFTER = re.compile(rf"(?:[’']s?)?\s+(?:(?!{_CONJUNCTION}\s)[a-z-]+\s+){{0,3}}(?:[{_UPPER}][\w.'’-]+\s+)*"
                           r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)"
                           rf"[{_UPPER}](?:[’'][{_UPPER}])?[a-zà-ÿąćęłńóśźżа-яё][\w'’-]*\s*$")  # "Ed O'Keefe"
_JOINED = re.compile(rf"(?<!\w){_CONJUNCTION}(?!\w)", re.IGNORECASE)
_NAME_JOINERS = frozenset({"the", "of", "for", "and", "de", "van", "von", "al", "bin", "la", "le", "da", "del"})
_ADDRESSEE_VERBS = frozenset({"told", "tells", "tell", "asked", "asks"})
_SPEAKER_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my",
                                   "some", "several", "two", "three", "many", "this", "that", "each",
                                   # the articles and possessives that open a speaker in the languages we read
                                   "le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "el", "los", "las", "una",
                                   "su", "il", "lo", "gli", "o", "os", "as", "um", "uma", "der", "die", "das", "ein",
                                   "eine", "sein", "seine", "ihr", "ihre", "de", "het", "een", "zijn", "haar"})
#: A speaker's name given after a role, as an apposition ('…, said the news director, Jane Doe.'), or a name
#: run before the place it was said ('…, a expliqué Jane Doe sur Twitter'): the name is the speaker.
_APPOSED_NAME = re.compile(r",\s+(?P<name>(?:[A-ZÀ-Þ][\w’'-]+\s+){1,2}[A-ZÀ-Þ][\w’'-]+)\s*(?=[.,;:!?)]|$)")
_LEADING_NAME = re.compile(r"(?P<name>(?:[A-ZÀ-ÞА-ЯЁΑ-Ω][\w’'-]+\s+){0,2}[A-ZÀ-ÞА-ЯЁΑ-Ω][\w’'-]+)\s+[a-zà-ÿа-яёα-ω]")
_INVERTED_NOT_SPEAKER = re.compile(rf"(?:{_WEEKDAY}|tonight|last|this (?:week|month|year)|earlier|later|then|"
                                   r"recently|again|also|once|twice|it|[a-z]+ly)\b", re.IGNORECASE)
#: The closing mark of a quotation right before a verb ('…,” said', "…?'' asked"), or before the comma that
#: French, Italian and Spanish set after it ('« … », a déclaré', '"…", ha detto'): the verb's subject follows it.
#: German closes with the marks English opens with ('„…“, sagte', '‚…‘, sagte').
_AFTER_QUOTE = re.compile(r"[”“\"’‘'»]\s*,?\s*[—–]?\s*$")  # Russian and Ukrainian set a dash: '…», — ответил Херш'
#: What stands before an inverted verb: a comma or a closing quote ('…,” reported Reuters'), or a dash, as
#: Polish, Croatian, Hungarian and Russian set off the reporting clause ('… – podała agencja Reuters').
_BEFORE_INVERTED = re.compile(r"(?:[,”\"’'—–]|\s-)\s*$")
#: A title in quotation marks: Polish, Croatian, Serbian and Romanian quote a paper's name after a common
#: noun ('dziennik "Bild"', 'tygodnik „Der Spiegel”'), and a straight quote ends the noun phrase before it.
_QUOTED_TITLE = re.compile(r"\s*[\"„“«](?P<title>[^\"„“”«»\n]{1,60}?)[\"”“»]")
_CLOSING_QUOTE = re.compile(r"[\"”“»]\s*$")  # German closes with “
#: A one-word name with a Turkish case ending after an apostrophe ("NTV'nin", "Musk'a"); English "'s" stays.
_CASE_SUFFIX = re.compile(r"(?P<name>[^\W\d_][\w.&-]*)[’'](?!s$)[^\W\d_]{1,4}")
_CLAUSE_START = re.compile(r"[,;:]\s*(?=[^,;:]*$)")
_WORD_END = re.compile(r"\S+")
#: At most this many words after a lead-in are searched for an outlet when the phrase runs on.
_OPENING_WORDS = 5
_RELATIVE_LINK = re.compile(r"\s*,?\s*(?P<pronoun>who|which|that)\s*$", re.IGNORECASE)
_CHAIN_KINDS = frozenset({"outlet", "person", "anonymous", "vague-media"})
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:this|has|was|is|always|perhaps|thus|as|news|its|his|us|yes|less|unless|"
                             r"whereas|press|business|kiss)\b)(?:[a-z][\w-]*s|government|staff|management|board|union|"
                             r"leadership|spokes(?:man|woman|person)|official|reporter|editor|journalist|columnist|"
                             r"correspondent|host|anchor|analyst|survey|poll|team|photographer|photojournalist|cameraman|producer|"
                             r"writer|contributor|commentator|critic|presenter|pundit|moderator)\b")
#: Words that open a noun phrase and never name a source on their own.
_DETERMINERS = frozenset({"such", "this", "that", "these", "those", "there", "here", "which", "what"})
_NOT_SUBJECT = (r"(?:While|Rather|But|And|As|If|When|After|Before|Although|Though|So|Yet|Then|The|A|An|Such|"
                r"This|That|These|Those|There|Here|In|On|At|For|With|According|Earlier|Later|Also)\s")
_SUBJECT = re.compile(rf"[“\"‘']?(?!{_NOT_SUBJECT})"
                      r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
                      r"|He|She|They|We|I|It)(?=\s+(?:[a-z]|on\s|in\s))")
_ASIDE = re.compile(r"\s*(?P<head>[^,;:“”\"]{2,80}?)(?:,\s*(?P<aside>[^,;:“”\"]{2,120}),\s*"
                    r"|\s+(?P<rel>(?:who|which|whose)\s[^,;:“”\"]{2,120}?)\s*,?\s*)")
_ANONYMITY = re.compile(r"anonymity|not to be (?:named|identified)|not authori[sz]ed|"
                        r"declined to be (?:named|identified)|on background|requested anonymity", re.IGNORECASE)
_ROLE = re.compile(r"\b(?:spokes(?:man|woman|person|people)|officials?|ministers?|ministry|advis[eo]rs?|president|"
                   r"secretary|department|council|administration|authorit(?:y|ies)|government|chief|general|"
                   r"directors?|head|governors?|mayors?|police|prosecutors?|analysts?|experts?|sources?|diplomats?|"
                   r"lawmakers?|senators?|congressman|congresswoman|leaders?|commanders?|military|army|kremlin|"
                   r"white house|pentagon|office|agency|committee|court|judges?|lawyers?|attorneys?|aides?|officers?|"
                   r"witnesses|executives?|insiders?|allies|strategists?|pollsters?|campaign|polls?|surveys?|"
                   r"study|studies|voters|critics|supporters|opponents|observers|economists|people|residents|"
                   r"members|staff|aides|party|company|firm|group|organi[sz]ation|union|coalition|candidates?|"
                   r"statement|report|researchers|journalists?|reporters?|writers?|columnists?|correspondents?|"
                   r"bloggers?|editors?|authors?|scientists|investigators|activists|protesters|democrats|"
                   r"republicans|others|many|some|most|both|all)\b", re.IGNORECASE)


#: What may stand between an inverted verb and the outlet after it, or between two outlets
#: named together: articles, a conjunction, quotation marks ("der «Spiegel» und die SZ").
_BETWEEN_OUTLETS = re.compile(r"^(?:[\s\"„“”«»']|(?<![\w])(?:der|die|das|den|dem|des|de|het|il|lo|la|le|les|el|"
                              r"los|las|o|a|os|as|l'|und|and|e|y|et|en|i|és|ve|și|si)(?![\w]))*$", re.IGNORECASE)
#: How far after a verb an inverted outlet subject is looked for.
_AFTER_VERB_CHARS = 120


