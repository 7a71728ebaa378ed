"""Stage 4, attributions: a hand-written table of English sentences against the real registry.

Each row is ``(text, kind, label, phrase_substring)``: among the attributions that
:func:`provenance.attribution.extract` finds in the text there must be one of that
kind whose ``label`` equals ``label`` and whose ``phrase.text`` contains
``phrase_substring``. The events are invented; the outlets are the bundled registry's
(``provenance/data/outlets.json``), plus a small registry of invented outlets at the end.

The expectations are what a careful fact-checker would want, not what the extractor
happens to do today.
"""

from __future__ import annotations

import pytest

from provenance.attribution import extract
from provenance.clean import clean
from provenance.lexicon import load_lexicons
from provenance.models import Attribution, LoadedDocument
from provenance.outlets import Outlet, Registry, load_registry

REGISTRY = load_registry()
LEXICON = load_lexicons()["en"]

WP = "The Washington Post"
NYT = "The New York Times"
AP = "The Associated Press"
AFP = "Agence France-Presse"


def _extract(text: str, registry: Registry = REGISTRY) -> tuple[str, tuple[Attribution, ...]]:
    full = "Headline\n" + text
    document = LoadedDocument(id="x", path="x", format="txt", text=full)
    return full, extract(clean(document), registry, LEXICON)


def _found(text: str, registry: Registry = REGISTRY) -> list[tuple[str, str, str | None]]:
    _, found = _extract(text, registry)
    return [(a.kind, a.label, a.phrase.text if a.phrase else None) for a in found]


def _has(found: list[tuple[str, str, str | None]], kind: str, label: str, phrase: str) -> bool:
    return any(k == kind and lab == label and p is not None and phrase in p for k, lab, p in found)


# (text, kind, label, phrase_substring)
ROWS: list[tuple[str, str, str, str]] = [
    # ------------------------------------------------ named outlets with a reporting verb
    ("The Washington Post reported that the pipeline talks had stalled.", "outlet", WP, "The Washington Post reported"),
    ("Reuters said on Saturday that the ceasefire was holding.", "outlet", "Reuters", "Reuters said on Saturday"),
    # an outlet's own caveat about what it has not seen is its report, carried: "CNN has not heard the tape"
    ("Although CNN has not listened to the tape, three people who heard it described the meeting.", "outlet", "CNN",
     "CNN has not listened to"),
    ("The Washington Post has not independently reviewed the memo, which two aides described.", "outlet", WP,
     "The Washington Post has not independently reviewed"),
    ("The New York Times hasn't seen the draft, but its terms were read to the paper by a negotiator.", "outlet",
     NYT, "The New York Times hasn't seen"),
    ("The port was shut for three days, Reuters reported.", "outlet", "Reuters", "Reuters reported"),
    ("The Associated Press reported late Friday that the dam had been breached.", "outlet", AP,
     "The Associated Press reported late Friday"),
    ("AP wrote that the vote count would resume on Monday.", "outlet", AP, "AP wrote"),
    ("The AP reported that the governor had signed the order.", "outlet", AP, "The AP reported"),
    ("AFP quoted a local mayor as saying the roads were impassable.", "outlet", AFP, "AFP quoted"),
    ("Agence France-Presse reported that the ferry had capsized.", "outlet", AFP, "Agence France-Presse reported"),
    ("TASS reported that the delegation had arrived in Minsk.", "outlet", "TASS", "TASS reported"),
    ("The BBC has reported that the harvest festival will be cancelled.", "outlet", "BBC", "The BBC has reported"),
    ("CNN exclusively reported on Tuesday that the envoy had resigned.", "outlet", "CNN",
     "CNN exclusively reported on Tuesday"),
    ("The New York Times first reported the merger talks in March.", "outlet", NYT, "The New York Times first reported"),
    ("Al Jazeera said its correspondent had been detained at the border.", "outlet", "Al Jazeera", "Al Jazeera said"),
    ("Xinhua reported that the rice harvest had exceeded targets.", "outlet", "Xinhua", "Xinhua reported"),
    ("Le Monde wrote on Sunday that the minister would step down.", "outlet", "Le Monde", "Le Monde wrote on Sunday"),
    ("“The bridge is closed until further notice,” Reuters reported.", "outlet", "Reuters", "Reuters reported"),
    ("\"The bridge is closed until further notice,\" reported Reuters.", "outlet", "Reuters", "reported Reuters"),
    ("The talks in Geneva collapsed, said Xinhua.", "outlet", "Xinhua", "said Xinhua"),
    ("Bloomberg News reported the export figures on Wednesday.", "outlet", "Bloomberg News", "Bloomberg News reported"),
    ("Interfax cited a ministry source as saying the flights were suspended.", "outlet", "Interfax", "Interfax cited"),
    ("The Wall Street Journal revealed that the company had hidden its losses.", "outlet",
     "The Wall Street Journal", "The Wall Street Journal revealed"),
    ("The Financial Times reports that the bank is weighing job cuts.", "outlet", "Financial Times",
     "The Financial Times reports"),
    ("Politico published a draft of the memo on Thursday.", "outlet", "Politico", "Politico published"),
    ("RIA Novosti quoted the regional governor as saying the fire was contained.", "outlet", "RIA Novosti",
     "RIA Novosti quoted"),
    ("Der Spiegel reported that the contract had never been signed.", "outlet", "Der Spiegel", "Der Spiegel reported"),
    ("NPR reported that the shelter was full by midnight.", "outlet", "NPR", "NPR reported"),
    ("The Times of Israel reported the arrests on Monday.", "outlet", "The Times of Israel",
     "The Times of Israel reported"),
    ("Kyodo News reported, citing government sources, that the summit would be delayed.", "outlet", "Kyodo News",
     "Kyodo News reported"),
    ("Yonhap news agency reported that the rocket launch had failed.", "outlet", "Yonhap News Agency",
     "Yonhap news agency reported"),
    ("The state news agency Xinhua said the quake measured 6.1.", "outlet", "Xinhua", "Xinhua said"),
    ("Britain's BBC reported the evacuation order late on Sunday.", "outlet", "BBC", "BBC reported"),
    ("The New York Times and CNN both reported the resignation.", "outlet", NYT, "New York Times"),
    ("The New York Times and CNN both reported the resignation.", "outlet", "CNN", "CNN"),
    ("Sputnik claimed that the drone had been shot down over the lake.", "outlet", "Sputnik", "Sputnik claimed"),
    ("Fox News reported the senator's remarks on Thursday night.", "outlet", "Fox News", "Fox News reported"),
    ("Haaretz reported that the cabinet meeting had been postponed.", "outlet", "Haaretz", "Haaretz reported"),
    ("DW reported that the factory would close in the autumn.", "outlet", "Deutsche Welle", "DW reported"),
    ("Ukrinform reported that power had been restored in the city.", "outlet", "Ukrinform", "Ukrinform reported"),
    ("NHK reported that the tremor was felt across the prefecture.", "outlet", "NHK", "NHK reported"),
    ("The Hindu reported that the monsoon had arrived early.", "outlet", "The Hindu", "The Hindu reported"),
    ("The Economist wrote that the reform was overdue.", "outlet", "The Economist", "The Economist wrote"),
    ("In a report on Tuesday, Al Jazeera said the clinic had run out of fuel.", "outlet", "Al Jazeera",
     "Al Jazeera said"),
    ("The Washington Post, which first reported the plan, said the talks were secret.", "outlet", WP,
     "The Washington Post"),
    ("Global Times, a state-run tabloid, said the exercises were routine.", "outlet", "Global Times", "Global Times"),
    ("Le Monde, the French daily, reported that the minister had misled parliament.", "outlet", "Le Monde",
     "Le Monde"),
    ("Reuters has previously reported that the mine was for sale.", "outlet", "Reuters",
     "Reuters has previously reported"),
    ("The Jerusalem Post reported that the border crossing had reopened.", "outlet", "The Jerusalem Post",
     "The Jerusalem Post reported"),
    # ------------------------------------------------------------ lead-ins before the source
    ("According to The Washington Post, the envoy left on Friday.", "outlet", WP,
     "According to The Washington Post"),
    ("According to Reuters, at least 40 people were hurt.", "outlet", "Reuters", "According to Reuters"),
    ("The evacuation began at dawn, according to AFP.", "outlet", AFP, "according to AFP"),
    ("Moscow has moved troops north, TASS said, citing the defence ministry.", "outlet", "TASS",
     "TASS said, citing the defence ministry"),
    ("Citing two diplomats, Reuters said the deal was close.", "outlet", "Reuters", "Reuters said"),
    ("A report in The New York Times said the regulator had ignored warnings.", "outlet", NYT,
     "New York Times said"),
    ("The plan, as first reported by Politico, would halve the budget.", "outlet", "Politico",
     "as first reported by Politico"),
    ("As first reported by The Washington Post, the envoy met rebel leaders.", "outlet", WP,
     "As first reported by The Washington Post"),
    ("The memo, first reported by Axios, lists six options.", "outlet", "Axios", "first reported by Axios"),
    ("The figures were cited by Bloomberg News on Friday.", "outlet", "Bloomberg News", "cited by Bloomberg News"),
    ("The minister's remarks were quoted by Interfax.", "outlet", "Interfax", "quoted by Interfax"),
    # phrase convention of tests/test_attributions.py: "a report in X said" shows "X said"
    ("An article in Le Monde described the scheme in detail.", "outlet", "Le Monde", "Le Monde described"),
    ("A report by the BBC found that the wards were understaffed.", "outlet", "BBC", "the BBC found"),
    ("The claim was reported by Al Jazeera on Sunday.", "outlet", "Al Jazeera", "reported by Al Jazeera"),
    ("According to a report in the Financial Times, the bank will cut 900 jobs.", "outlet", "Financial Times",
     "According to a report in the Financial Times"),
    ("The strike was called off, AP said, citing union leaders.", "outlet", AP, "AP said, citing union leaders"),
    ("Xinhua, quoting the provincial governor, said 12 miners had been rescued.", "outlet", "Xinhua", "Xinhua"),
    ("Citing Reuters, the Kyiv Independent reported that the dam was damaged.", "outlet", "Reuters",
     "Citing Reuters"),
    ("Citing Reuters, the Kyiv Independent reported that the dam was damaged.", "outlet", "The Kyiv Independent",
     "Kyiv Independent reported"),
    ("The figure, reported by CNN, could not be confirmed.", "outlet", "CNN", "reported by CNN"),
    ("As reported in Le Monde last week, the deal fell through.", "outlet", "Le Monde", "As reported in Le Monde"),
    # ------------------------------------------------- outlets a source spoke to (conduits)
    ("The mayor told CNN that the shelters were full.", "outlet", "CNN", "told CNN"),
    ("The mayor told CNN that the shelters were full.", "person", "The mayor", "The mayor told"),
    ("A spokesman confirmed to The Washington Post that the talks had ended.", "outlet", WP,
     "confirmed to The Washington Post"),
    ("The senator said in an interview with the BBC that she would run again.", "outlet", "BBC",
     "interview with the BBC"),
    ("The footage was first shared on a messaging app (h/t Reuters).", "outlet", "Reuters", "h/t Reuters"),
    ("Speaking to Al Jazeera, the commander said the town had fallen.", "outlet", "Al Jazeera",
     "Speaking to Al Jazeera"),
    ("The leaked letter was obtained via Reuters.", "outlet", "Reuters", "via Reuters"),
    ("The general spoke to The New York Times on condition that his unit not be named.", "outlet", NYT,
     "spoke to The New York Times"),
    ("Witnesses told AFP they heard three explosions.", "outlet", AFP, "told AFP"),
    ("Witnesses told AFP they heard three explosions.", "person", "Witnesses", "Witnesses told"),
    ("“We're not leaving,” Mayor Tomas Reyes told Reuters.", "outlet", "Reuters", "told Reuters"),
    ("“We're not leaving,” Mayor Tomas Reyes told Reuters.", "person", "Mayor Tomas Reyes", "Mayor Tomas Reyes told"),
    # --------------------------------------------- anaphora and short forms resolved backwards
    ("The Washington Post reported the meeting. The Post said no agreement was reached.", "outlet", WP,
     "The Post said"),
    ("The New York Times reported the layoffs. The paper said 300 jobs would go.", "outlet", NYT, "The paper said"),
    ("Le Monde reported the leak. The newspaper said the files were authentic.", "outlet", "Le Monde",
     "The newspaper said"),
    ("Reuters reported the deal on Monday. According to the agency, the price was $2 billion.", "outlet", "Reuters",
     "According to the agency"),
    ("The Wall Street Journal published the findings. The report said regulators were warned in 2019.", "outlet",
     "The Wall Street Journal", "The report said"),
    ("CNN aired the interview on Sunday. The network said the footage had been verified.", "outlet", "CNN",
     "The network said"),
    ("The BBC broadcast the footage. The broadcaster said it had verified the location.", "outlet", "BBC",
     "The broadcaster said"),
    ("TASS quoted the ambassador on Friday. The news agency said talks would continue.", "outlet", "TASS",
     "The news agency said"),
    ("Der Spiegel published the documents. The magazine said they came from a whistleblower.", "outlet",
     "Der Spiegel", "The magazine said"),
    ("The Times of India reported the arrests. The daily said six people were held.", "outlet",
     "The Times of India", "The daily said"),
    ("Xinhua carried the statement in full. It reported that the talks were fruitful.", "outlet", "Xinhua",
     "It reported"),
    ("The Associated Press obtained the letter. The wire service said it was signed in May.", "outlet", AP,
     "The wire service said"),
    ("Al Jazeera interviewed survivors. The channel said dozens were still missing.", "outlet", "Al Jazeera",
     "The channel said"),
    ("The Financial Times reported the plan. The paper, citing three bankers, said the bid would be raised.",
     "outlet", "Financial Times", "The paper"),
    ("Reuters and the BBC covered the rally. The agency said police had used tear gas.", "outlet", "Reuters",
     "The agency said"),
    ("The New York Times reported the story, and Reuters followed it up. The paper said the mayor knew.", "outlet",
     NYT, "The paper said"),
    ("The Washington Post published the memo. According to the Post, the memo was dated June 4.", "outlet", WP,
     "According to the Post"),
    ("According to The New York Times, the envoy quit. The Times said he had been threatened.", "outlet", NYT,
     "The Times said"),
    ("Reuters reported the merger on Monday.\n\nThe agency said regulators would review it.", "outlet", "Reuters",
     "The agency said"),
    ("The Washington Post reported a rift in the cabinet.\n\nThe Post said two ministers had threatened to quit.",
     "outlet", WP, "The Post said"),
    ("Le Monde reported the raid. The paper quoted a neighbour as saying she heard shots.", "outlet", "Le Monde",
     "The paper quoted"),
    ("The New York Times reported the resignation. It cited two aides who were present.", "outlet", NYT,
     "It cited"),
    ("TASS reported the visit. The state news agency said the talks lasted four hours.", "outlet", "TASS",
     "said"),
    ("CNN broke the story on Friday. The outlet said it had seen the contract.", "outlet", "CNN", "The outlet said"),
    ("Xinhua published the figures. A report by the agency said exports rose 5 percent.", "outlet", "Xinhua",
     "the agency"),
    ("The Washington Post reported the fire. Reuters then said the cause was unknown. The paper added that two "
     "firefighters were hurt.", "outlet", WP, "The paper added"),
    # ----------------------------------------------------------- persons and institutions
    ("Kremlin spokesman Oleg Marin told reporters the talks were useful.", "person", "Kremlin spokesman Oleg Marin",
     "Kremlin spokesman Oleg Marin told"),
    ("Foreign Minister Clara Novak said on Saturday that the embassy would reopen.", "person",
     "Foreign Minister Clara Novak", "Foreign Minister Clara Novak said on Saturday"),
    ("“We have no plans to leave,” said Mayor Tomas Reyes.", "person", "Mayor Tomas Reyes", "said Mayor Tomas Reyes"),
    ("The White House said the president would veto the bill.", "person", "The White House", "The White House said"),
    ("The Pentagon confirmed the strike on Tuesday.", "person", "U.S. Department of Defense", "The Pentagon confirmed"),
    ("The Kremlin said the talks had been useful.", "person", "Kremlin", "The Kremlin said"),
    ("Police said three people had been arrested.", "person", "Police", "Police said"),
    ("Local officials said the water supply had been restored.", "person", "Local officials", "Local officials said"),
    ("The health ministry said 40 new cases had been recorded.", "person", "The health ministry",
     "The health ministry said"),
    # an adverb and its auxiliary between subject and verb are not the subject's words
    ("The harbour board categorically denies that the works were delayed.", "person", "The harbour board",
     "The harbour board categorically denies"),
    ("Quell has since said that the minutes were misread.", "person", "Quell", "Quell has since said"),
    ("The national assembly said the vote would go ahead.", "person", "The national assembly",
     "The national assembly said"),
    # a headline in title case capitalises its verb
    ("Harbour Chief Ilse Marrow Says Quay Will Reopen In May", "person", "Harbour Chief Ilse Marrow",
     "Harbour Chief Ilse Marrow Says"),
    # a verb opening its sentence, capitalised, before the speaker
    ("Said Ines Varga, who grew up by the quay, \"We were all so proud of it.\"", "person", "Ines Varga",
     "Said Ines Varga"),
    # a dateline's ">>" (a US paper group's house style) ends the dateline, not part of the subject
    ("KETTLEBY >> Harbour officials said the quay would reopen.", "person", "Harbour officials",
     "Harbour officials said"),
    # plural roles and an object pronoun after "according to"
    ("The ferry left late, according to her lawyers in a court filing.", "person", "her lawyers",
     "according to her lawyers"),
    ("The ferry left late, according to him.", "person", "him", "according to him"),
    ("The appeal judges said the ruling would stand.", "person", "The appeal judges", "The appeal judges said"),
    ("Campaign aides said the candidate would not debate.", "person", "Campaign aides", "Campaign aides said"),
    # passives with words between the participle and "by"; "first published in"; "was the first to report"
    ("The closure was reported earlier by Semafor.", "outlet", "Semafor", "reported earlier by Semafor"),
    ("The memo was published Tuesday by The Atlantic.", "outlet", "The Atlantic", "published Tuesday by"),
    ("News of the merger was broken by Axios on Friday.", "outlet", "Axios", "broken by Axios"),
    ("The memo, first published in The Atlantic, named four aides.", "outlet", "The Atlantic",
     "first published in The Atlantic"),
    ("Semafor was the first to report the closure.", "outlet", "Semafor", "Semafor was the first to report"),
    # a site named by its domain: the registered outlet owning it, else the site
    ("The ferry sank in calm water, according to nypost.com.", "outlet", "New York Post", "according to nypost.com"),
    ("The ferry sank in calm water, according to harbourtimes.example.", "outlet", "harbourtimes.example",
     "according to harbourtimes.example"),
    # a title's full stop is no end of the speaker's name
    ("The ferry sank in calm water, according to Dr. Ines Varga.", "person", "Dr. Ines Varga", "according to Dr."),
    ("The ferry sank in calm water, said Gen. Tomas Quell.", "person", "Gen. Tomas Quell", "said Gen. Tomas Quell"),
    # a story that appeared in an outlet first
    ("The story first appeared in The Atlantic, which published the letters in full.", "outlet", "The Atlantic",
     "The story first appeared in The Atlantic"),
    # a relative pronoun right after an outlet's name and its comma is that outlet
    ("The first word of the merger came from Reuters, which reported that talks had begun.", "outlet", "Reuters",
     "which reported"),
    ("The claim traces back to The New York Times, which reported it on Sunday.", "outlet", NYT, "which reported"),
    # a body named before, taken up by its common noun ("the court", "the ministry"), is that body
    ("The U.S. Supreme Court agreed to hear the appeal. On Friday the court said arguments would start in May.",
     "person", "Supreme Court of the United States", "the court said"),
    ("The Russian Defence Ministry released a video of the drill. The ministry said no ship was damaged.",
     "person", "Russian Ministry of Defence", "The ministry said"),
    ("Anna Berg, a spokeswoman for the airline, said flights would resume.", "person", "Anna Berg", "Anna Berg"),
    ("Mr Halvorsen told reporters he would not resign.", "person", "Mr Halvorsen", "Mr Halvorsen told"),
    ("Dr. Mei Lin wrote in a blog post that the data were flawed.", "person", "Dr. Mei Lin", "Dr. Mei Lin wrote"),
    ("She stressed that no decision had been made.", "person", "She", "She stressed"),
    ("The company said in a statement that it regretted the outage.", "person", "The company", "The company said"),
    ("Prosecutors alleged that the funds had been diverted.", "person", "Prosecutors", "Prosecutors alleged"),
    ("General Ivo Marek, the army chief, warned that the border was porous.", "person", "General Ivo Marek",
     "General Ivo Marek"),
    ("Governor Ruth Amsel announced the curfew on Friday night.", "person", "Governor Ruth Amsel",
     "Governor Ruth Amsel announced"),
    ("The minister, who spoke at a news conference, said prices would fall.", "person", "The minister",
     "The minister"),
    ("Speaking at the summit, President Aurel Danu said the region needed calm.", "person", "President Aurel Danu",
     "President Aurel Danu said"),
    # a registered body (data/bodies.json) is labelled by its registry name
    ("In a statement, the European Commission said it would investigate.", "person", "European Commission",
     "the European Commission said"),
    ("“Prices will fall by spring,” she said.", "person", "she", "she said"),
    ("Mayor Tomas Reyes spoke on Monday, saying the curfew would be lifted.", "person", "Mayor Tomas Reyes",
     "saying"),
    ("Lawmaker Ines Dobre tweeted that the vote had been rigged.", "person", "Lawmaker Ines Dobre",
     "Lawmaker Ines Dobre tweeted"),
    ("The United Nations said aid convoys were blocked at the crossing.", "person", "United Nations",
     "The United Nations said"),
    # a name, its short form in parentheses, then a complement: the name is the source
    ("The harbour authority (RHA) of Radora said it would appeal the ruling.", "person", "The harbour authority",
     "The harbour authority (RHA) of Radora said"),
    ("The National Cyber Security Centre (NCSC) of the United Kingdom said it had no reason to doubt them.",
     "person", "National Cyber Security Centre", "The National Cyber Security Centre (NCSC) of the United Kingdom said"),
    ("Chancellor Erik Lund's office said the call lasted an hour.", "person", "Chancellor Erik Lund's office",
     "Chancellor Erik Lund's office said"),
    ("According to the interior minister, 2,000 troops were deployed.", "person", "the interior minister",
     "According to the interior minister"),
    ("According to police, the driver fled the scene.", "person", "police", "According to police"),
    ("Moscow has moved troops north, TASS said, citing the defence ministry.", "person", "the defence ministry",
     "citing the defence ministry"),
    ("A spokesman for the ministry, Karl Ost, said the plan was final.", "person", "Karl Ost", "Karl Ost"),
    # an apposition opening a later clause, or after a leading adverb; a rank abbreviated
    ("The cabinet did not confirm the blast, but a spokesman, Teodor Lis, said ministers were meeting.", "person",
     "Teodor Lis", "Teodor Lis, said"),
    ("However, the navy spokesman, Ana Dorr, said no ship had been hit.", "person", "Ana Dorr", "Ana Dorr, said"),
    ("The army spokesman, Brig. Gen. Olaf Stenn, said he had no information.", "person", "Brig. Gen. Olaf Stenn",
     "Brig. Gen. Olaf Stenn, said"),
    ("Justice Mara Vell, for her part, insisted the court would carry on.", "person", "Justice Mara Vell",
     "Justice Mara Vell, for her part, insisted"),
    ("Mayor Ruth Amsel initially said the bridge would reopen in May.", "person", "Mayor Ruth Amsel",
     "Mayor Ruth Amsel initially said"),
    # a role after an inverted verb or a lead-in gives way to the name its apposition gives
    ("“We have no information,” said the army spokesman, Brig. Gen. Olaf Stenn.", "person",
     "Brig. Gen. Olaf Stenn", "said the army spokesman, Brig. Gen. Olaf Stenn"),
    ("According to the ministry spokeswoman, Ana Dorr, the strike hit a grain store.", "person", "Ana Dorr",
     "According to the ministry spokeswoman, Ana Dorr"),
    ("In a statement to Reuters, the company said it was disappointed.", "outlet", "Reuters",
     "In a statement to Reuters"),
    ("“It is over,” the prime minister’s office said in a statement.", "person", "the prime minister’s office",
     "the prime minister’s office said"),
    ("NATO chief Ola Brand warned that the alliance would respond.", "person", "NATO chief Ola Brand",
     "NATO chief Ola Brand warned"),
    ("The court said in its ruling that the law was void.", "person", "The court", "The court said"),
    ("Firefighters said the blaze had been contained by noon.", "person", "Firefighters", "Firefighters said"),
    ("CNN correspondent Dana Voss reported from the border that the gates were shut.", "person",
     "CNN correspondent Dana Voss", "CNN correspondent Dana Voss reported"),
    ("Interior Minister Sami Haddad told reporters on Saturday that the riots were over.", "person",
     "Interior Minister Sami Haddad", "Interior Minister Sami Haddad told"),
    ("Health officials cautioned that the numbers could rise.", "person", "Health officials",
     "Health officials cautioned"),
    # --------------------------------------------------------------------- anonymous sources
    ("Unnamed sources said the deal was close.", "anonymous", "Unnamed sources", "Unnamed sources said"),
    ("People familiar with the discussions said the offer was rejected.", "anonymous",
     "People familiar with the discussions", "People familiar with the discussions said"),
    ("A senior official said the troops would stay.", "anonymous", "A senior official", "A senior official said"),
    ("A senior administration official told reporters the sanctions would widen.", "anonymous",
     "A senior administration official", "A senior administration official told"),
    ("According to people familiar with the matter, the bank will cut jobs.", "anonymous",
     "people familiar with the matter", "According to people familiar with the matter"),
    ("The Washington Post reported, citing unnamed officials, that the base would close.", "anonymous",
     "unnamed officials", "citing unnamed officials"),
    ("The Washington Post reported, citing unnamed officials, that the base would close.", "outlet", WP,
     "The Washington Post reported, citing unnamed officials"),
    ("Two officials who spoke on condition of anonymity said the test had failed.", "anonymous",
     "Two officials who spoke on condition of anonymity", "Two officials who spoke on condition of anonymity said"),
    ("A source close to the negotiations said the draft was ready.", "anonymous",
     "A source close to the negotiations", "A source close to the negotiations said"),
    ("Sources said the minister would resign within days.", "anonymous", "Sources", "Sources said"),
    ("An insider told CNN the launch had been postponed.", "anonymous", "An insider", "An insider told"),
    ("Three people briefed on the plan said it would be announced on Monday.", "anonymous",
     "Three people briefed on the plan", "Three people briefed on the plan said"),
    ("One diplomat said the meeting had been tense.", "anonymous", "One diplomat", "One diplomat said"),
    ("The minister was fired, according to a senior diplomat.", "anonymous", "a senior diplomat",
     "according to a senior diplomat"),
    ("Several unnamed aides said the president was furious.", "anonymous", "Several unnamed aides",
     "Several unnamed aides said"),
    ("An unidentified official quoted by AFP said the camp had been shelled.", "anonymous",
     "An unidentified official", "An unidentified official"),
    ("An unidentified official quoted by AFP said the camp had been shelled.", "outlet", AFP, "quoted by AFP"),
    ("A Western diplomat said the sanctions were working.", "anonymous", "A Western diplomat",
     "A Western diplomat said"),
    ("Officials familiar with the probe said it would widen.", "anonymous", "Officials familiar with the probe",
     "Officials familiar with the probe said"),
    ("Citing two diplomats, Reuters said the deal was close.", "anonymous", "two diplomats", "Citing two diplomats"),
    ("Interfax quoted an unnamed source as saying the plant had been hit.", "anonymous", "an unnamed source",
     "quoted an unnamed source"),
    ("A person with knowledge of the talks said the draft was ready.", "anonymous",
     "A person with knowledge of the talks", "A person with knowledge of the talks said"),
    ("An official who asked not to be named said the convoy had turned back.", "anonymous",
     "An official who asked not to be named", "An official who asked not to be named said"),
    ("A government source said the vote would be delayed.", "anonymous", "A government source",
     "A government source said"),
    ("Diplomatic sources told TASS that the meeting would take place.", "anonymous", "Diplomatic sources",
     "Diplomatic sources told"),
    ("Diplomatic sources told TASS that the meeting would take place.", "outlet", "TASS", "told TASS"),
    ("Sources close to the family said the funeral would be private.", "anonymous", "Sources close to the family",
     "Sources close to the family said"),
    ("The launch slipped to June, according to a source.", "anonymous", "a source", "according to a source"),
    ("The Financial Times reported the plan. The paper, citing three bankers, said the bid would be raised.",
     "anonymous", "three bankers", "citing three bankers"),
    # ----------------------------------------------------------------------- vague media
    ("US media reported that the envoy had been recalled.", "vague-media", "US media", "US media reported"),
    ("American media have recently reported a rift in the cabinet.", "vague-media", "American media",
     "American media have recently reported"),
    ("According to reports, the summit has been postponed.", "vague-media", "reports", "According to reports"),
    ("Local media said the fire started in a warehouse.", "vague-media", "Local media", "Local media said"),
    ("Russian state media reported the naval exercises.", "vague-media", "Russian state media",
     "Russian state media reported"),
    ("The election was delayed, media reports said.", "vague-media", "media reports", "media reports said"),
    ("According to media reports, the cargo ship sank.", "vague-media", "media reports",
     "According to media reports"),
    ("Western media have claimed the attack was staged.", "vague-media", "Western media",
     "Western media have claimed"),
    ("Some newspapers reported that the king was ill.", "vague-media", "Some newspapers",
     "Some newspapers reported"),
    ("Israeli media reported on Thursday that the hostages had been moved.", "vague-media", "Israeli media",
     "Israeli media reported on Thursday"),
    ("The claim, first reported by local media, could not be verified.", "vague-media", "local media",
     "first reported by local media"),
    ("U.S. media reported that the jet had crashed.", "vague-media", "U.S. media", "U.S. media reported"),
    ("State media said the harvest was a record.", "vague-media", "State media", "State media said"),
    ("Foreign press reported the arrests in the capital.", "vague-media", "Foreign press", "Foreign press reported"),
    ("The ship docked in the harbour, Ukrainian media reported.", "vague-media", "Ukrainian media",
     "Ukrainian media reported"),
    ("Reports say the talks have stalled.", "vague-media", "Reports", "Reports say"),
    ("British newspapers reported that the match had been fixed.", "vague-media", "British newspapers",
     "British newspapers reported"),
    ("News reports said the highway was closed.", "vague-media", "News reports", "News reports said"),
    ("Several media outlets reported the arrest of the mayor.", "vague-media", "Several media outlets",
     "Several media outlets reported"),
    ("Some outlets reported that the singer had died.", "vague-media", "Some outlets", "Some outlets reported"),
    ("Chinese state media said the launch was a success.", "vague-media", "Chinese state media",
     "Chinese state media said"),
    # ------------------------------------------------- the article's own dateline and credits
    ("LONDON (Reuters) - British inflation rose in May.", "dateline", "Reuters", "(Reuters)"),
    ("MOSCOW, March 3. /TASS/. The foreign ministry summoned the envoy.", "dateline", "TASS", "/TASS/"),
    ("WASHINGTON (AP) — The Senate passed the bill late on Friday.", "dateline", AP, "(AP)"),
    ("PARIS (AFP) - Strikes hit French rail lines on Monday.", "dateline", AFP, "(AFP)"),
    ("BEIJING, June 2 (Xinhua) -- Heavy rain lashed the south.", "dateline", "Xinhua", "(Xinhua)"),
    ("TOKYO, May 1 (Kyodo) - The central bank held rates.", "dateline", "Kyodo News", "(Kyodo)"),
    ("Ferries were halted by the strike.\nSource: RES-MPE", "credit", "ANA-MPA", "Source: RES-MPE"),
    ("The curfew was lifted at dawn.\nWith inputs from agencies", "credit", "agencies", "With inputs from agencies"),
    ("The curfew was lifted at dawn.\nSource: Reuters", "credit", "Reuters", "Source: Reuters"),
    ("The interview aired on Sunday.\nCourtesy: CNN", "credit", "CNN", "Courtesy: CNN"),
    ("The dam held overnight.\n(With inputs from Reuters)", "credit", "Reuters", "With inputs from Reuters"),
    ("The dam held overnight.\nReporting by Ana Lopez; Editing by Tom Hart", "house-style", "Reuters",
     "Reporting by Ana Lopez"),
    # an agency's own caveat kept in a copy, in the perfect tense too
    ("The memos were handed to a freelance writer. POLITICO has not independently verified the memos.",
     "house-style", "Politico", "POLITICO"),
    ("Crowds gathered in the square.\nPhoto: AP", "photo-credit", "AP", "Photo: AP"),
    ("Crowds gathered in the square (Photo: Reuters).", "photo-credit", "Reuters", "Photo: Reuters"),
    ("The reactor site at night.\nImage: AFP", "photo-credit", "AFP", "Image: AFP"),
    ("The old harbour.\nFile photo: Xinhua", "photo-credit", "Xinhua", "File photo: Xinhua"),
    # --------------------------------------------------------------- nested attribution
    ("TASS, citing The Washington Post, said that unnamed officials believed the talks would fail.", "outlet",
     "TASS", "TASS"),
    ("TASS, citing The Washington Post, said that unnamed officials believed the talks would fail.", "outlet",
     WP, "citing The Washington Post"),
    ("TASS, citing The Washington Post, said that unnamed officials believed the talks would fail.", "anonymous",
     "unnamed officials", "unnamed officials believed"),
    ("RIA Novosti, citing CNN, reported that two senior officials said the drills were cancelled.", "outlet",
     "CNN", "citing CNN"),
    ("RIA Novosti, citing CNN, reported that two senior officials said the drills were cancelled.", "outlet",
     "RIA Novosti", "RIA Novosti"),
    # --------------------------------------------------------------- robust to real text
    ("“The borders will stay shut, the minister said on Monday.", "person", "the minister",
     "the minister said on Monday"),
    ("The minister said \"the deal is dead.", "person", "The minister", "The minister said"),
    ("“The first phase is done.\n\n“The second phase starts in May,” Minister Ada Pohl said.", "person",
     "Minister Ada Pohl", "Minister Ada Pohl said"),
    ("“The first phase is done,” Minister Ada Pohl said. “The second phase starts in May.\n\n"
     "“The third will follow in the autumn.”", "person", "Minister Ada Pohl", "Minister Ada Pohl said"),
    ("And from Chairwoman Linda Okafor:\n“We will hold hearings in the spring.”", "person",
     "Chairwoman Linda Okafor", "Chairwoman Linda Okafor"),
    ("“The port will reopen when it is safe.”\n—Commissioner Ruth Tallis", "person", "Commissioner Ruth Tallis",
     "Commissioner Ruth Tallis"),
    ("“Nothing has changed.” — Senator Paul Ibsen", "person", "Senator Paul Ibsen", "Senator Paul Ibsen"),
    ("'It was a mistake,' the spokesman said.", "person", "the spokesman", "the spokesman said"),
    ("«The talks are over», TASS reported.", "outlet", "TASS", "TASS reported"),
    ("\"We will rebuild,\" the governor said, \"and we will do it fast.\"", "person", "the governor",
     "the governor said"),
    ("“We are ready,” said the mayor. “We have been ready for weeks.", "person", "the mayor", "said the mayor"),
    ("“The bridge can wait,” said Labour treasurer Olga Brant.", "person", "Labour treasurer Olga Brant",
     "said Labour treasurer Olga Brant"),
    ("“Who pays for the ferry?” said a Dorset fisherman.", "person", "a Dorset fisherman",
     "said a Dorset fisherman"),
    ("The levy was dropped after Councillor Ines Falk, who called it unfair, threatened to resign.", "person",
     "Councillor Ines Falk", "Councillor Ines Falk, who called"),
    ("OKAFOR: We will not comment on the leak.\nHOST: Why not?", "person", "OKAFOR", "OKAFOR"),
    ("‘There is no deal,’ Reuters quoted the minister as saying.", "outlet", "Reuters", "Reuters quoted"),
    ("He said: \"There will be no more delays.\"", "person", "He", "He said"),
    ("The Washington Post reported: “The cables were cut.”", "outlet", WP, "The Washington Post reported"),
    ("Reuters reported that \"the figures were revised\" and said the review was over.", "outlet", "Reuters",
     "Reuters reported"),
    # lists: every outlet and every person of a joined subject is a source
    ("Reuters and the Associated Press reported that the vote was delayed.", "outlet", "Reuters", "Reuters"),
    ("Reuters and the Associated Press reported that the vote was delayed.", "outlet", AP, "Associated Press"),
    ("However, Reuters, AFP and the Associated Press all reported the delay.", "outlet", AFP, "AFP"),
    ("The New York Times and The Washington Post ran the story. CNN, the Times, and the Post assert that it "
     "was true.", "outlet", NYT, "the Times"),
    ("Courier reporters Mara Quillan and Tomas Reyes wrote that the vote was delayed.", "person", "Tomas Reyes",
     "Tomas Reyes"),
    ("Courier reporters Mara Quillan and Tomas Reyes wrote that the vote was delayed.", "person",
     "Courier reporters Mara Quillan", "Mara Quillan"),
    ("“The vote is off,” reported Mara Quillan and Tomas Reyes. “Nobody knows why,” one official said.", "person",
     "Tomas Reyes", "Tomas Reyes"),
    # an agency's own word that it could not check the claim: the page carries its copy
    ("The vote is off, the Courier reported. Reuters could not independently verify the report.", "house-style",
     "Reuters", "Reuters could not independently verify"),
    ("Bloomberg has not been able to confirm the authenticity of the recording.", "house-style", "Bloomberg News",
     "Bloomberg has not been able to confirm"),
    # a report's publication with its time between the participle and the outlet
    ("The vote was delayed, according to a report published late Monday by The Washington Post.", "outlet", WP,
     "a report published late Monday by"),
    ("The vote was delayed, according to an article posted on Sunday night in The New York Times.", "outlet", NYT,
     "article posted on Sunday night in"),
    # two people, each with a role, share the verb: the clause split finds the second
    ("Board chair Ilse Marrow and finance director Tomas Quell said in a joint statement that the minutes were "
     "authentic.", "person", "Ilse Marrow", "Ilse Marrow and finance director"),
    ("The Courier's editor Mara Quillan and reporter Tomas Reyes wrote that the vote was off.", "person",
     "Mara Quillan", "Mara Quillan and reporter"),
    ("Ilse Marrow and Board Chair Tomas Quell said the minutes were authentic.", "person",
     "Board Chair Tomas Quell", "Board Chair Tomas Quell said"),
    # a syndication copyright line: the copy's holder, not the page's publisher
    ("The storm closed three highways.\nCopyright 2025 The Associated Press. All rights reserved. This material may "
     "not be published, broadcast, rewritten or redistributed.", "credit", AP, "The Associated Press"),
    ("Markets fell on Monday.\n© 2025 Bloomberg L.P. All rights reserved.", "credit", "Bloomberg News", "Bloomberg"),
    # an inverted verb set off by dashes, as a comma would set it off; the agency as Italian writes it
    ("The meeting in question – reports Ansa – was held at the club in July.", "outlet", "ANSA", "reports Ansa"),
    # an outlet's name in its own brand capitals
    ("The board voted to delay the plan, according to sources at POLITICO.", "outlet", "Politico", "according to"),
    # an excerpt's pointer to the outlet it came from
    ("The vote was delayed.\n(Excerpt) Read more in: Mediaite", "credit", "Mediaite", "Read more in"),
    ("\"The plan is unkind,\" Xinhua, the official Chinese news agency, wrote.", "outlet", "Xinhua", "Xinhua"),
    ("Last month, Reuters, which saw the letter, reported that the talks had failed.", "outlet", "Reuters",
     "Reuters"),
    ("But as The Hill pointed out, every nominee since 1976 has done so.", "outlet", "The Hill", "The Hill"),
    ("The Guardian has learned that the minister will resign.", "outlet", "The Guardian", "The Guardian"),
    # a title in brackets, with commas of its own, between the name and the verb
    ("Ilse Marrow (chair of the harbour board, a former auditor) said the overrun was routine.", "person",
     "Ilse Marrow", "Ilse Marrow"),
    # an unresolved short form is some outlet, never a person; the pile may tell which (test_graph.py)
    ("The Times reported that the minister would resign.", "vague-media", "The Times", "The Times"),
    ("The prime minister was cautious. The Times newspaper also reported that he had phoned the envoy.",
     "vague-media", "The Times newspaper", "The Times newspaper"),
    # a newspaper the registry lacks, read by its name's shape
    ("The Kettle Valley Courier reported on Monday that the dam had been breached.", "outlet",
     "The Kettle Valley Courier", "The Kettle Valley Courier reported"),
    ("According to the Radora Evening Sentinel, the vote was delayed.", "outlet", "The Radora Evening Sentinel",
     "Radora Evening Sentinel"),
    ("Residents were relieved, the Courier can reveal.", "vague-media", "the Courier", "the Courier"),
    # an outlet described, not named: some outlet, never a person
    ("A local newspaper reported that the mayor had resigned.", "vague-media", "A local newspaper",
     "A local newspaper reported"),
    ("A Russian news site reported that the convoy had turned back.", "vague-media", "A Russian news site",
     "A Russian news site"),
    ("An earlier report in a Vermont paper said the posters had been printed abroad.", "vague-media",
     "An earlier report in a Vermont paper", "Vermont paper"),
    ("The conservative-leaning newspaper wrote that he should step aside.", "vague-media",
     "The conservative-leaning newspaper", "newspaper wrote"),
    ("The premiere was delayed by a week.\nMore from Deadline\nThe cast flew home.", "credit", "Deadline",
     "More from Deadline"),  # a syndicated copy's module of its source's stories
    # a date may head a credit line
    ("The storm closed three highways.\n2025/03/17 Source: Reuters", "credit", "Reuters", "Source: Reuters"),
    ("The court sat on Monday.\n(Copyright 2025 Velmora Cable News. All Rights Reserved. This material may not be "
     "published, broadcast, rewritten, or redistributed.)", "credit", "Velmora Cable News", "Velmora Cable News"),
]


@pytest.mark.parametrize(("text", "kind", "label", "phrase"), ROWS,
                         ids=[f"{i:03d}-{row[1]}" for i, row in enumerate(ROWS)])
def test_attribution_table(text: str, kind: str, label: str, phrase: str) -> None:
    found = _found(text)
    assert _has(found, kind, label, phrase), f"wanted {(kind, label, phrase)!r}; got {found!r}"


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 150
    assert {row[1] for row in ROWS} == {"outlet", "person", "anonymous", "vague-media", "dateline", "credit",
                                        "house-style", "photo-credit"}


# ------------------------------------------------------------------------------- traps

TRAPS: list[str] = [
    "The Post Office reopened on Monday, officials said.",
    "Times are hard, the baker said.",
    "The paper mill closed last year, the union said.",
    "The newspaper said nothing about the fire.",
    "Her report card said she was diligent.",
    "The report said the bridge was unsafe.",
    "Reuters opened a new bureau in Nairobi.",
    "TASS was founded in 1904, the museum guide said.",
    "Protesters burned copies of Le Monde outside the embassy, police said.",
    "He told reporters he reads The New York Times every morning.",
    "A caption read (Photo: Reuters).",
    "Crowds filled the square.\nPhoto: AP",
    "The reactor site.\nImage: AFP",
    "The agency said the vaccine was safe.",
    "The network said the outage had been fixed.",
    "The station said trains would run late.",
    "Metro officials said the line would reopen.",
    "The Australian government said the visa rules would change.",
    "Focus groups showed voters were tired.",
    "Reason suggests the plan will fail.",
    "Salon owners said the new rules were unfair.",
    "The Royal Mint said the coins would be recalled.",
    "The Independent candidate said she would stand again.",
    "Stern critics of the plan said it would fail.",
    "Dawn revealed the extent of the damage.",
    "The Times Square crowd cheered, organisers said.",
    "The CNN building was evacuated, firefighters said.",
    "The Washington Post's owner, Lars Vik, said the paper would be sold.",
    "Sky News presenter Mia Holt said she was leaving.",
    "The Kremlin said the talks had been useful.",
    "The paper trail led to Cyprus, investigators said.",
    "Reuters could not immediately verify the report.",
    "The Post said the deal was off.",
    "BBC staff said they would strike on Friday.",
    "Hackers breached Reuters and the police said the attack came from abroad.",  # an object before "and"
    "An Agence France-Presse photographer captured a child wrapped in a blanket covered in dust.",
    "A Reuters producer said the convoy had left at dawn.",
    "\"We wanted to be heard,\" The Washington Post's Lena O'Dowd explained.",  # a person at the Post
    "Atlantic City officials said the casino would reopen.",  # not The Atlantic
    "Economist Ruth Ambler said the rate would rise.",  # not The Economist
    "The premiere was delayed by a week.\nMore from Politics\nThe cast flew home.",  # a section, no outlet
    "A 2014 paper found that wage rises cost jobs.",  # a study, not a newspaper
    "The Supreme Court said the case was closed.",  # no masthead word
    "The Democrat said she would run again.",
    "A new paper by two economists found that wage rises cost jobs.",
    "The governor went on CNN to declare the storm over.",  # where he spoke, not who declared
    "The children played Simon Says in the school yard on Tuesday.",  # a capitalised verb in running text
    "N.Korea says Thursday's launch was a new rocket.",  # a place abbreviated, no site's domain
    "S.Africa says the border will reopen on Monday.",
]


@pytest.mark.parametrize("text", TRAPS, ids=[f"trap-{i:02d}" for i in range(len(TRAPS))])
def test_traps_give_no_outlet(text: str) -> None:
    outlets = [f for f in _found(text) if f[0] == "outlet"]
    assert not outlets, f"no outlet is cited here; got {outlets!r}"


# An outlet is cited first; later words that look like its anaphor or short form are not.
FALSE_FRIENDS: list[tuple[str, str]] = [
    ("The Washington Post reported the strike. The Post Office said deliveries would resume.", "Post Office"),
    ("Reuters reported the exam results. Her report card said she had passed.", "report card"),
    ("The New York Times reported the closure. Times are hard, the owner said.", "Times are"),
    ("Le Monde reported the layoffs. The paper mill closed in May, the union said.", "paper mill"),
    ("The New York Times reported the fire. The Times Square crowd cheered, organisers said.", "Times Square"),
    ("Reuters reported the outage. The network engineers said the fault was fixed.", "network engineers"),
]


# "the court" stands only for a body whose names hold "court", never for another body named last;
# and with no such body named it stays the phrase as written.
BODY_ANAPHORA: list[tuple[str, str]] = [
    ("The Russian Defence Ministry denied the claim. The court said the hearing would go ahead.", "The court"),
    ("The Russian Defence Ministry denied the claim. The foreign ministry said it had not been told.",
     "The foreign ministry"),
    ("The court said the hearing would go ahead.", "The court"),
]


@pytest.mark.parametrize(("text", "label"), BODY_ANAPHORA, ids=[f"body-{i}" for i in range(len(BODY_ANAPHORA))])
def test_a_body_s_common_noun_stands_only_for_a_body_of_that_name(text: str, label: str) -> None:
    found = _found(text)
    assert ("person", label) in [(kind, found_label) for kind, found_label, _ in found], found
    assert sum(1 for _, found_label, _ in found if found_label == "Russian Ministry of Defence") <= 1, found


def test_a_body_is_never_what_it_reported_stands_for() -> None:
    found = _found("The U.S. Supreme Court released its calendar. It reported that two cases were added.")
    assert not [f for f in found if f[0] == "outlet"], found


@pytest.mark.parametrize(("text", "forbidden"), FALSE_FRIENDS, ids=[f"friend-{i}" for i in range(len(FALSE_FRIENDS))])
def test_false_friends_after_an_outlet(text: str, forbidden: str) -> None:
    wrong = [f for f in _found(text) if f[0] == "outlet" and f[2] and forbidden in f[2]]
    assert not wrong, f"{forbidden!r} is not an outlet; got {wrong!r}"


PHOTO_ONLY = [
    "Crowds filled the square.\nPhoto: AP",
    "Crowds filled the square (Photo: Reuters).",
    "The reactor site.\nImage: AFP",
    "The old harbour.\nFile photo: Xinhua",
    "A flooded street.\nPhoto credit: TASS",
    "A flooded street after the storm. (AP Photo/Ines Varga)",
    "Crowds filled the square on Monday. Photo: Reuters/Ola Berg",
    "Cranes on the quay at dawn [Image: TASS]",
]


@pytest.mark.parametrize("text", PHOTO_ONLY)
def test_photo_credit_is_classed_apart(text: str) -> None:
    found = _found(text)
    assert [f for f in found if f[0] == "photo-credit"], found
    assert not [f for f in found if f[0] in ("outlet", "credit", "dateline")], found


def test_a_credit_ending_a_long_paragraph_leaves_it_text() -> None:
    """"Photo: X" after a sentence makes a short line a caption; ending a long paragraph it is a
    picture the scrape ran into the story, and the paragraph stays text."""
    story = ("The harbour board kept a cost overrun on the quay contract from its own auditors for eight months, "
             "and two of its members said the contractor had been paid in advance for dredging that has still "
             "not started on the northern basin, while the audit office said it would examine the minutes and "
             "the payment records before the end of the month. Photo: Reuters")
    assert not [f for f in _found(story) if f[0] == "photo-credit"]
    assert [f for f in _found("Cranes on the quay at dawn. Photo: Reuters") if f[0] == "photo-credit"]


# ------------------------------------------------------------------ nesting and roles


def test_a_lead_in_is_no_subject_of_the_participle_after_it() -> None:
    """"according to a report published by X": "published" has no subject of its own."""
    found = _found("The vote was delayed, according to a report published late Monday by The Washington Post.")
    assert not [f for f in found if f[1].lower().startswith("according to")], found


def test_an_outlet_that_could_not_verify_on_its_own_page_cites_nobody() -> None:
    """Reuters' own page saying it could not verify a claim is no citation of Reuters."""
    document = LoadedDocument(id="x", path="x", format="txt",
                              text="Headline\nThe vote is off. Reuters could not independently verify the report.")
    found = extract(clean(document), REGISTRY, LEXICON, publisher_id="reuters")
    assert not [a for a in found if a.outlet_id == "reuters"], found


def test_a_pointer_to_the_next_headline_is_no_credit() -> None:
    found = _found("The vote was delayed.\nRead more at: How the harbour audit failed")
    assert not [f for f in found if f[0] == "credit"], found


@pytest.mark.parametrize("footer", [
    "© 2025 Velmora Media Group. All rights reserved.",  # an unknown holder without the syndication terms
    "Copyright 2025 Reuters. All rights reserved.",  # the publisher's own line
])
def test_a_site_s_own_copyright_line_credits_nobody(footer: str) -> None:
    document = LoadedDocument(id="x", path="x", format="txt", text=f"Headline\nThe vote is off.\n{footer}")
    found = extract(clean(document), REGISTRY, LEXICON, publisher_id="reuters")
    assert not [a for a in found if a.kind == "credit"], found


def test_nested_attribution_is_a_chain_of_three() -> None:
    _, found = _extract("TASS, citing The Washington Post, said that unnamed officials believed the talks would fail.")
    (anonymous,) = [a for a in found if a.kind == "anonymous"]
    assert anonymous.chain == ("TASS", WP, "unnamed officials")
    (post,) = [a for a in found if a.label == WP]
    assert post.chain == ("TASS", WP)


def test_an_outlet_spoken_to_is_a_conduit() -> None:
    _, found = _extract("The mayor told CNN that the shelters were full.")
    (cnn,) = [a for a in found if a.label == "CNN"]
    assert cnn.role == "conduit"


@pytest.mark.parametrize(("text", "label"), [
    ("The footage was first shared on a messaging app (h/t Reuters).", "Reuters"),
    ("The harbour will close for a week (via Reuters).", "Reuters"),
    ("The harbour will close for a week.\nH/T: Politico", "Politico"),
])
def test_a_hat_tip_or_via_credits_its_outlet_as_a_source(text: str, label: str) -> None:
    """What a page got its story through is its source, not an outlet someone spoke to."""
    _, found = _extract(text)
    assert [a.role for a in found if a.label == label] == ["source"], found


def test_a_platform_after_via_is_no_source() -> None:
    _, found = _extract("The mayor said via Twitter that the harbour would close.")
    assert not [a for a in found if "Twitter" in a.label], found


@pytest.mark.parametrize("text", ["The mayor went on Fox News to say the shelters were full.",
                                  "Senator Ines Varga appeared with MSNBC's Rachel Maddow to say she would vote no."])
def test_an_outlet_a_speaker_appeared_on_is_a_conduit(text: str) -> None:
    """Before an infinitive cue, the outlet the subject went on or appeared with is where it was said."""
    _, found = _extract(text)
    outlets = [a for a in found if a.kind == "outlet"]
    assert outlets and all(a.role == "conduit" for a in outlets), outlets
    assert any(a.kind == "person" and a.role == "source" for a in found)


def test_relative_day_is_kept() -> None:
    _, found = _extract("Reuters said on Saturday that the ceasefire was holding.")
    (reuters,) = [a for a in found if a.label == "Reuters"]
    assert reuters.relative_day == "Saturday"


# ----------------------------------------------------------------------------- offsets

ALL_TEXTS = sorted({row[0] for row in ROWS} | set(TRAPS) | {t for t, _ in FALSE_FRIENDS} | set(PHOTO_ONLY))


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"span-{i:03d}" for i in range(len(ALL_TEXTS))])
def test_every_span_slices_back_to_the_text(text: str) -> None:
    full, found = _extract(text)
    for attribution in found:
        for span in (attribution.source, attribution.cue, attribution.phrase, attribution.sentence):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(full)
                assert full[span.start:span.end] == span.text, (attribution.kind, attribution.label, span)


STRAY_QUOTES = [
    "“",
    "”",
    "\"",
    "'",
    "“”“”",
    "\"\"\" said",
    "” said Reuters.",
    "“said",
    "The minister said “",
    "The minister said ”the deal is off“ and left.",
    "“The talks, Reuters reported, “were over.",
    "‘Reuters’ reported ’nothing’.",
    "According to “",
    "citing ”",
    "«TASS» said «",
    "„The plan“, AFP wrote“",
    "A senior official said \"\"\"\"",
    "The Post said.\" The paper said.\" The agency said.\"",
    "“\n\n”\n\n“ said the mayor",
    "—",
    "— “",
    "Photo: “",
    "Source: ”",
    "(Reuters) “",
]


@pytest.mark.parametrize("text", STRAY_QUOTES, ids=[f"stray-{i:02d}" for i in range(len(STRAY_QUOTES))])
def test_stray_quote_marks_never_raise(text: str) -> None:
    full, found = _extract(text)
    for attribution in found:
        for span in (attribution.source, attribution.cue, attribution.phrase, attribution.sentence):
            if span is not None:
                assert full[span.start:span.end] == span.text


# ------------------------------------------------- a small registry of invented outlets

SMALL = Registry({o.id: o for o in [
    Outlet("harbour-herald", "The Harbour Herald", "newspaper", aliases=("Harbour Herald",),
           short_forms=("the Herald",)),
    Outlet("lws", "Lakeside Wire Service", "wire", aliases=("LWS",), marks=("(LWS)",)),
    Outlet("port-authority", "Harbourton Port Authority", "government", aliases=("Port Authority",)),
]})

SMALL_ROWS: list[tuple[str, str, str, str]] = [
    ("The Harbour Herald reported the ferry strike. The Herald said talks had failed.", "outlet",
     "The Harbour Herald", "The Herald said"),
    ("HARBOURTON (LWS) - The ferries stopped at noon.", "dateline", "Lakeside Wire Service", "(LWS)"),
    ("LWS said the strike would last a week.", "outlet", "Lakeside Wire Service", "LWS said"),
    ("The Harbour Herald reported the fire. The Lakeside Wire Service confirmed it. The agency said two died.",
     "outlet", "Lakeside Wire Service", "The agency said"),
    ("The Harbour Herald reported the fire. The Lakeside Wire Service confirmed it. The paper said two died.",
     "outlet", "The Harbour Herald", "The paper said"),
    ("The Port Authority said the quay was unsafe.", "person", "Harbourton Port Authority",
     "The Port Authority said"),
    ("The quay was unsafe, LWS reported, citing the Harbour Herald.", "outlet", "The Harbour Herald",
     "citing the Harbour Herald"),
]


@pytest.mark.parametrize(("text", "kind", "label", "phrase"), SMALL_ROWS,
                         ids=[f"small-{i}" for i in range(len(SMALL_ROWS))])
def test_small_registry(text: str, kind: str, label: str, phrase: str) -> None:
    found = _found(text, SMALL)
    assert _has(found, kind, label, phrase), f"wanted {(kind, label, phrase)!r}; got {found!r}"


def test_herald_without_antecedent_is_not_an_outlet() -> None:
    assert not [f for f in _found("The Herald said the port was closed.", SMALL) if f[0] == "outlet"]


# Words after an inverted verb that are not its speaker: a day, an adverb, or a clause
# after an apposition's comma (only a closing quotation mark licenses any noun phrase).
NOT_SPEAKERS: list[tuple[str, str]] = [
    ("“The dam will hold,” said Tuesday the engineer in charge.", "Tuesday"),
    ("“The dam will hold,” said recently the engineer in charge.", "recently"),
    ("The engineer, a veteran of three floods, said the dam would hold.", "the dam would hold"),
    ("The mayor, who opposed the levy, said the council had erred.", "the council had erred"),
    # the first of two joined names is the earlier clause's object, not a speaker
    ("She thanked Ilse Marrow and finance director Tomas Quell said the minutes were in order.", "Ilse Marrow"),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_SPEAKERS, ids=[f"not-speaker-{i}" for i in range(len(NOT_SPEAKERS))])
def test_inverted_verb_needs_a_speaker(text: str, forbidden: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[1].startswith(forbidden)], f"{forbidden!r} is not a source; got {found!r}"


def test_relative_pronoun_keeps_the_name_as_label() -> None:
    _, found = _extract("Officials backed Senator Ana Ruiz, who said the plan was fair.", REGISTRY)
    ruiz = [a for a in found if a.label == "Senator Ana Ruiz"]
    assert ruiz and ruiz[0].source.text == "Senator Ana Ruiz, who"


# Fragments that are no one's words: a determiner before a noun that looks like a cue, a page
# label or dateline before a colon outside a transcript, speech reported inside a quotation.
NOT_SOURCES: list[tuple[str, str]] = [
    ("Such claims were rejected by the ministry on Monday.", "Such"),
    ("These allegations surfaced in March.", "These"),
    ("USA: The president met the envoy in the capital.", "USA"),
    ("NEW DELHI: The cabinet approved the budget on Monday.", "NEW DELHI"),
    ("BREAKING: Floods close the coastal road.", "BREAKING"),
    ("“We were told ‘the mayor says the bridge is safe’ and believed it,” a resident said.", "the mayor"),
    ("Several fact checkers, including The Washington Post, have pointed out that the claim was false.",
     "including The Washington Post"),  # an example of the fact checkers, not a titled name
]


@pytest.mark.parametrize(("text", "fragment"), NOT_SOURCES, ids=[f"not-{i:02d}" for i in range(len(NOT_SOURCES))])
def test_fragments_and_labels_are_not_sources(text: str, fragment: str) -> None:
    assert not [f for f in _found(text) if f[1] == fragment], _found(text)


def test_a_transcript_names_its_speakers():
    text = ("OKAFOR: We will open the bridge on Friday.\nHOST: Is it safe?\n"
            "OKAFOR: The engineers say it is.\nHOST: Thank you.")
    assert {f[1] for f in _found(text) if f[0] == "person"} >= {"OKAFOR", "HOST"}


def test_a_photo_credit_is_never_the_antecedent_of_the_newspaper():
    text = ("The Washington Post reported on Monday that the harbour board hid an overrun.\n"
            "Photo: AFP/TTXVN\n"
            "The newspaper said the minutes were dated July 2024.")
    found = _found(text)
    assert ("outlet", WP, "The newspaper said") in found, found


LINK_BLOG = """Draft ruling leaked

Mara Quillan and Tomas Ferreira, reporting for The New York Times:

The court has voted to strike down the statute, according to a draft opinion circulated among the judges.

Ines Varga:

It is sobering to see the words in print, and the decision will be read as the end of an era.

Read More:

The court will read more briefs this week, and more news will follow once the ruling is out.

Key Takeaways:

Justices Holt and Varga dissented from the draft, which would end a fifty-year-old precedent.
"""


def test_a_link_blog_s_quote_leads_name_whom_it_quotes() -> None:
    """A line of names (and an outlet) ending in a colon before a quoted paragraph names its authors;
    a heading of common words ("Read More:", "Key Takeaways:") names no one."""
    found = _found(LINK_BLOG)
    for name in ("Mara Quillan", "Tomas Ferreira", "Ines Varga"):
        assert any(kind == "person" and label == name for kind, label, _ in found), (name, found)
    assert any(kind == "outlet" and label == NYT for kind, label, _ in found), found
    assert not any("Read More" in label or "Key" in label for _, label, _ in found), found


@pytest.mark.parametrize("text", ["A 2014 paper found that wage rises cost jobs.",
                                  "A new paper by two economists found that wage rises cost jobs."])
def test_a_study_paper_is_no_unnamed_outlet(text: str) -> None:
    """"a paper" is a newspaper only after a place's name ("a Vermont paper"); a study is not one."""
    assert not [f for f in _found(text) if f[0] == "vague-media"]
