"""Follow-up leads in every language the tool reads: a page answering a report is a story of its own.

Each row is a lead sentence written for this table (the places, people and outlets are made
up): a denial ("… a nié mardi les informations …"), an answer with a noun for what it answers
("… reageerde dinsdag op een artikel …") or a report called false ("… said that the article
… was inaccurate"). Each runs through the library in a small pile with the report it answers,
which the page links; the follow-up's root is the responder's statement and its edge to the
report is background. The negative rows use the same verbs' look-alikes, or a report noun with
no answer, and stay ordinary pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilekit import SCOOP as PILE_SCOOP
from pilekit import edge as _edge
from pilekit import record as _record
from pilekit import trace as _trace

import provenance
from provenance.graph.followups import FollowUp, voiced_bodies
from provenance.kinds import NodeKind, Relation
from provenance.models import Evidence
from provenance.render.text import to_text

SCOOP = PILE_SCOOP[:3]
SCOOP_URL = "https://radoracourier.example/news/2025/03/17/harbour-overrun"
COURIER = "The Radora Courier"




def _scoop() -> dict[str, object]:
    return _record(COURIER, SCOOP_URL, "2025-03-17T09:00:00+01:00", SCOOP, "Harbour board hid dredging overrun")


def _page(lead: str, anchor: str) -> dict[str, object]:
    """A page of the lead alone, linking the Courier's report on the lead's words ``anchor``
    (its name, or the noun for its report): the link is the page's edge to the report."""
    assert anchor in lead
    record = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-18T10:00:00+01:00",
                     [lead], "Radora")
    record["links"] = [{"url": SCOOP_URL, "text": anchor}]
    return record



#: (language, lead, words the link to the report is set on, the responder the statement is
#: given to). D: a verb of denial; R: a verb of response with a report noun; F: a verb of
#: saying, a report noun and a word of falsity.
FOLLOW_UPS = [
    # a group named by an article and its common noun, not by the article alone ("Os talibãs negaram")
    ("pt", "D", "Os estivadores negaram nesta terça-feira a notícia do Radora Courier sobre o atraso nas obras.",
     "notícia", "Os estivadores"),
    # English
    ("en", "D", "Radora harbour spokesman Tomas Quell has denied a story in The Radora Courier about a hidden "
     "dredging overrun, saying the minutes had been misread.", COURIER, "Tomas Quell"),
    ("en", "D", "Board chair Ilse Marrow on Tuesday rebutted claims in The Radora Courier that she had kept a "
     "dredging overrun from the auditors.", COURIER, "Ilse Marrow"),
    ("en", "D", "Ilse Marrow broke her silence on Tuesday, denying that she had ordered the overrun kept from the "
     "auditors, as The Radora Courier had reported.", COURIER, "Ilse Marrow"),
    ("en", "R", "Tomas Quell, a spokesman for the Radora harbour board, responded on Tuesday to allegations in "
     "The Radora Courier about the dredging contract.", COURIER, "Tomas Quell"),
    ("en", "R", "Ilse Marrow hit back at The Radora Courier on Tuesday, dismissing its story about the dredging "
     "overrun as a misreading of routine minutes.", COURIER, "Ilse Marrow"),
    ("en", "R", "Harbour board spokesman Tomas Quell is disputing the reporting of The Radora Courier on the "
     "dredging contract for the Teller Quay.", COURIER, "Tomas Quell"),
    ("en", "F", "Harbour board spokesman Tomas Quell said on Tuesday that the article in The Radora Courier about "
     "the dredging contract was inaccurate and misleading.", COURIER, "Tomas Quell"),
    # Spanish
    ("es", "D", "El portavoz del puerto de Radora, Tomas Quell, ha negado este martes la información de The Radora "
     "Courier sobre un sobrecoste oculto en el contrato de dragado.", COURIER, "Tomas Quell"),
    ("es", "D", "Tomas Quell e Ilse Marrow desmienten las acusaciones de The Radora Courier sobre un sobrecoste "
     "oculto en el dragado del muelle Teller.", COURIER, "Tomas Quell"),
    ("es", "D", "La presidenta de la junta, Ilse Marrow, compareció el martes negando que hubiera ocultado el "
     "sobrecoste a los auditores, como publicó The Radora Courier.", COURIER, "Ilse Marrow"),
    ("es", "R", "Ilse Marrow respondió el martes a las acusaciones de The Radora Courier sobre el contrato de "
     "dragado del muelle Teller.", COURIER, "Ilse Marrow"),
    ("es", "R", "El portavoz Tomas Quell salió al paso de las informaciones de The Radora Courier sobre el "
     "sobrecoste del dragado en el puerto.", COURIER, "Tomas Quell"),
    ("es", "F", "El portavoz del puerto, Tomas Quell, afirmó el martes que el artículo de The Radora Courier "
     "sobre el dragado es una falsedad de principio a fin.", COURIER, "Tomas Quell"),
    # French
    ("fr", "D", "Le porte-parole du port de Radora, Tomas Quell, a nié mardi les informations de The Radora "
     "Courier sur un dépassement de coûts caché aux auditeurs.", COURIER, "Tomas Quell"),
    ("fr", "D", "Ilse Marrow est sortie de son silence mardi, niant avoir caché un dépassement de coûts aux "
     "auditeurs, comme l'affirmait The Radora Courier.", COURIER, "Ilse Marrow"),
    ("fr", "D", "Tomas Quell réfute les accusations de The Radora Courier sur le contrat de dragage du quai "
     "Teller et sur les paiements anticipés.", COURIER, "Tomas Quell"),
    ("fr", "R", "Ilse Marrow a réagi mardi à l'article de The Radora Courier sur le dépassement de coûts du "
     "dragage du quai Teller.", COURIER, "Ilse Marrow"),
    ("fr", "R", "Tomas Quell a contesté mardi les révélations de The Radora Courier sur le contrat de dragage "
     "du port de Radora.", COURIER, "Tomas Quell"),
    ("fr", "F", "Tomas Quell a déclaré mardi que l'article de The Radora Courier sur le dragage du quai Teller "
     "était mensonger.", COURIER, "Tomas Quell"),
    # German
    ("de", "D", "Tomas Quell, der Sprecher des Hafens, leugnete am Dienstag, dass der Vorstand Mehrkosten vor den Prüfern "
     "verheimlicht habe, wie The Radora Courier berichtet hatte.", COURIER, "Tomas Quell"),
    ("de", "D", "Ilse Marrow und Tomas Quell weisen den Bericht von The Radora Courier über verschwiegene "
     "Mehrkosten beim Ausbaggern entschieden zurück.", COURIER, "Ilse Marrow"),
    ("de", "R", "Ilse Marrow, die Vorsitzende des Vorstands, reagierte am Dienstag auf die Anschuldigungen von The Radora Courier "
     "zu dem Baggervertrag im Hafen.", COURIER, "Ilse Marrow"),
    ("de", "R", "Tomas Quell widersprach am Dienstag den Behauptungen von The Radora Courier über den "
     "Baggervertrag am Teller-Kai.", COURIER, "Tomas Quell"),
    ("de", "F", "Tomas Quell, der Sprecher des Hafens, sagte am Dienstag, der Artikel von The Radora Courier über den "
     "Baggervertrag sei eine Falschmeldung.", COURIER, "Tomas Quell"),
    # Italian
    ("it", "D", "Il portavoce del porto di Radora, Tomas Quell, ha negato martedì le indiscrezioni di The Radora "
     "Courier su un extracosto nascosto ai revisori.", COURIER, "Tomas Quell"),
    ("it", "D", "Ilse Marrow è intervenuta martedì negando di aver nascosto l'extracosto ai revisori, come "
     "scritto da The Radora Courier.", COURIER, "Ilse Marrow"),
    ("it", "R", "Tomas Quell ha replicato martedì all'articolo di The Radora Courier sul contratto di dragaggio "
     "del molo Teller.", COURIER, "Tomas Quell"),
    ("it", "R", "Ilse Marrow ha risposto martedì alle accuse di The Radora Courier sul contratto di dragaggio "
     "del porto di Radora.", COURIER, "Ilse Marrow"),
    ("it", "F", "Il portavoce Tomas Quell ha dichiarato martedì che la ricostruzione di The Radora Courier sul "
     "dragaggio non corrisponde al vero.", COURIER, "Tomas Quell"),
    # Portuguese
    ("pt", "D", "Os porta-vozes Tomas Quell e Ilse Marrow negaram nesta terça-feira a reportagem de The Radora "
     "Courier sobre um custo oculto na dragagem.", COURIER, "Tomas Quell"),
    ("pt", "D", "Ilse Marrow falou nesta terça-feira, desmentindo ter escondido o custo extra dos auditores, "
     "como publicou The Radora Courier.", COURIER, "Ilse Marrow"),
    ("pt", "R", "Tomas Quell rebateu nesta terça-feira as acusações de The Radora Courier sobre o contrato de "
     "dragagem do cais Teller.", COURIER, "Tomas Quell"),
    ("pt", "R", "Ilse Marrow reagiu nesta terça-feira à matéria de The Radora Courier sobre o contrato de "
     "dragagem do porto.", COURIER, "Ilse Marrow"),
    ("pt", "F", "O porta-voz Tomas Quell afirmou nesta terça-feira que a reportagem de The Radora Courier sobre "
     "a dragagem é inverídica.", COURIER, "Tomas Quell"),
    # Russian
    ("ru", "D", "Томас Квелл, представитель портового совета Радоры, во вторник отрицал сообщения The Radora "
     "Courier о скрытом перерасходе.", COURIER, "Томас Квелл"),
    ("ru", "D", "Председатель совета Ильзе Марроу открестилась от публикации The Radora Courier о скрытом "
     "перерасходе на дноуглубительных работах.", COURIER, "Ильзе Марроу"),
    ("ru", "D", "Ильзе Марроу выступила во вторник с заявлением, отрицая, что скрывала перерасход от "
     "аудиторов, как писала The Radora Courier.", COURIER, "Ильзе Марроу"),
    ("ru", "R", "Томас Квелл во вторник ответил на статью The Radora Courier о контракте на дноуглубительные "
     "работы у причала Теллер.", COURIER, "Томас Квелл"),
    ("ru", "F", "Томас Квелл заявил во вторник, что публикация The Radora Courier о скрытом перерасходе не "
     "соответствует действительности.", COURIER, "Томас Квелл"),
    # Ukrainian
    ("uk", "D", "Ільзе Марроу та Томас Квелл у вівторок заперечили повідомлення The Radora Courier про "
     "приховані витрати на поглиблення дна.", COURIER, "Ільзе Марроу"),
    ("uk", "D", "Томас Квелл виступив у вівторок із заявою, спростовуючи інформацію The Radora Courier про "
     "приховані витрати порту.", COURIER, "Томас Квелл"),
    ("uk", "R", "Ільзе Марроу у вівторок відреагувала на статтю The Radora Courier про контракт на поглиблення "
     "дна біля причалу Теллер.", COURIER, "Ільзе Марроу"),
    # Bulgarian
    ("bg", "D", "Говорителят на пристанищния съвет Томас Квел отрече във вторник публикацията на The Radora "
     "Courier за скрит преразход.", COURIER, "Томас Квел"),
    ("bg", "R", "Илзе Мароу реагира във вторник на статията на The Radora Courier за договора за драгиране на "
     "кея Телер.", COURIER, "Илзе Мароу"),
    # Polish
    ("pl", "D", "Przewodnicząca zarządu portu Ilse Marrow zaprzecza doniesieniom The Radora Courier o ukrytych "
     "kosztach pogłębiania nabrzeża.", COURIER, "Ilse Marrow"),
    ("pl", "D", "Tomas Quell wystąpił we wtorek przed dziennikarzami, dementując informacje The Radora Courier o "
     "ukrytych kosztach portu.", COURIER, "Tomas Quell"),
    ("pl", "R", "Tomas Quell odniósł się we wtorek do artykułu The Radora Courier o kontrakcie na pogłębianie "
     "nabrzeża Teller.", COURIER, "Tomas Quell"),
    ("pl", "R", "Ilse Marrow odpiera zarzuty The Radora Courier dotyczące kontraktu na pogłębianie nabrzeża w "
     "porcie Radora.", COURIER, "Ilse Marrow"),
    # Romanian
    ("ro", "D", "Ilse Marrow și Tomas Quell au dezmințit marți știrea The Radora Courier despre costurile "
     "ascunse ale dragării.", COURIER, "Ilse Marrow"),
    ("ro", "D", "Tomas Quell a negat marți informațiile publicate de The Radora Courier despre costuri ascunse "
     "în portul Radora.", COURIER, "Tomas Quell"),
    ("ro", "R", "Ilse Marrow a reacționat marți la articolul The Radora Courier despre contractul de dragare "
     "a cheiului Teller.", COURIER, "Ilse Marrow"),
    # Hungarian
    ("hu", "D", "Tomas Quell, a radorai kikötő szóvivője kedden cáfolta a The Radora Courier értesüléseit az "
     "eltitkolt többletköltségről.", COURIER, "Tomas Quell"),
    ("hu", "D", "Ilse Marrow kedden tagadta, hogy eltitkolta volna a kotrás többletköltségét a könyvvizsgálók "
     "elől, ahogy a The Radora Courier írta.", COURIER, "Ilse Marrow"),
    ("hu", "R", "Ilse Marrow kedden reagált a The Radora Courier kotrási szerződésről szóló cikkére a "
     "radorai kikötőben.", COURIER, "Ilse Marrow"),
    # Dutch
    ("nl", "D", "Tomas Quell, woordvoerder van de havenraad van Radora, ontkende dinsdag een bericht van The "
     "Radora Courier over verzwegen kosten.", COURIER, "Tomas Quell"),
    ("nl", "D", "Ilse Marrow wees de beschuldigingen van The Radora Courier over verzwegen baggerkosten "
     "dinsdag resoluut van de hand.", COURIER, "Ilse Marrow"),
    ("nl", "D", "Ilse Marrow heeft de berichtgeving van The Radora Courier over verzwegen kosten bij het "
     "baggeren dinsdag ontkend.", COURIER, "Ilse Marrow"),
    ("nl", "R", "Tomas Quell reageerde dinsdag op een artikel in The Radora Courier over verzwegen kosten bij "
     "het baggeren van de Tellerkade.", COURIER, "Tomas Quell"),
    ("nl", "F", "Tomas Quell zei dinsdag dat het artikel van The Radora Courier over de baggerkosten "
     "klinkklare onzin is.", COURIER, "Tomas Quell"),
    # an article and a descriptor before the name it describes: the name answers
    ("nl", "R", "De baggerbedrijven Vennmar en Kadewerk hebben dinsdag fel gereageerd op een artikel in "
     "The Radora Courier over de kosten.", COURIER, "Vennmar"),
    ("en", "D", "The dredging firms Vennmar and Kadewerk on Tuesday denied a report in The Radora Courier "
     "that they had been paid in advance.", COURIER, None),
    # Turkish
    ("tr", "D", "Ilse Marrow, ek maliyeti denetçilerden gizlediği yönündeki iddiaları salı günü düzenlediği "
     "basın toplantısında inkar etti.", "iddiaları", "Ilse Marrow"),
    ("tr", "R", "Tomas Quell, The Radora Courier gazetesinin tarama sözleşmesine ilişkin iddialarına salı günü "
     "yanıt verdi.", COURIER, "Tomas Quell"),
    # Croatian
    ("hr", "D", "Glasnogovornik lučke uprave Tomas Quell u utorak je demantirao napise The Radora Courier o "
     "skrivenim troškovima.", COURIER, "Tomas Quell"),
    ("hr", "R", "Ilse Marrow osvrnula se u utorak na članak The Radora Courier o ugovoru za produbljivanje "
     "lučkog dna.", COURIER, "Ilse Marrow"),
    # Czech
    ("cs", "D", "Mluvčí přístavní rady Tomas Quell v úterý popřel zprávu The Radora Courier o zatajených "
     "nákladech na prohrábku.", COURIER, "Tomas Quell"),
    ("cs", "R", "Ilse Marrow v úterý reagovala na článek The Radora Courier o smlouvě na prohrábku přístavního "
     "dna.", COURIER, "Ilse Marrow"),
    # Greek
    ("el", "D", "Ο εκπρόσωπος του λιμενικού συμβουλίου Τόμας Κβελ διέψευσε την Τρίτη το δημοσίευμα της The "
     "Radora Courier για κρυφό κόστος.", COURIER, "Τόμας Κβελ"),
    ("el", "R", "Ο εκπρόσωπος Τόμας Κβελ απάντησε την Τρίτη στο άρθρο της The Radora Courier για τη σύμβαση βυθοκόρησης "
     "στην προβλήτα Τέλερ.", COURIER, "Τόμας Κβελ"),
    # Danish
    ("da", "D", "Havnens talsmand Tomas Quell benægtede tirsdag oplysningerne i The Radora Courier om skjulte "
     "udgifter til uddybningen.", COURIER, "Tomas Quell"),
    ("da", "R", "Ilse Marrow reagerede tirsdag på artiklen i The Radora Courier om kontrakten på uddybning af "
     "kajen ved havnen.", COURIER, "Ilse Marrow"),
    # Swedish
    ("sv", "D", "Hamnens talesperson Tomas Quell förnekade på tisdagen uppgifterna i The Radora Courier om dolda "
     "kostnader för muddringen.", COURIER, "Tomas Quell"),
    ("sv", "R", "Ilse Marrow avfärdade på tisdagen anklagelserna i The Radora Courier om muddringskontraktet "
     "vid hamnen i Radora.", COURIER, "Ilse Marrow"),
    # Finnish
    ("fi", "D", "Radoran satamalautakunnan tiedottaja Tomas Quell kiisti tiistaina The Radora Courierin tiedot "
     "salatuista kustannuksista.", COURIER, "Tomas Quell"),
    ("fi", "R", "Ilse Marrow vastasi tiistaina The Radora Courierin väitteisiin ruoppaussopimuksesta ja "
     "ennakkomaksuista.", COURIER, "Ilse Marrow"),
    # Lithuanian
    ("lt", "D", "Radoros uosto tarybos atstovas Tomas Quell antradienį paneigė The Radora Courier pranešimus "
     "apie paslėptas išlaidas.", COURIER, "Tomas Quell"),
    ("lt", "R", "Ilse Marrow antradienį sureagavo į The Radora Courier straipsnį apie gilinimo sutartį ir "
     "išankstinius mokėjimus.", COURIER, "Ilse Marrow"),
    # Estonian
    ("et", "D", "Radora sadamanõukogu pressiesindaja Tomas Quell eitas teisipäeval The Radora Courieri väiteid "
     "varjatud kulude kohta.", COURIER, "Tomas Quell"),
    ("et", "R", "Ilse Marrow reageeris teisipäeval The Radora Courieri artiklile süvendamislepingu ja "
     "ettemaksete kohta.", COURIER, "Ilse Marrow"),
    # Latvian
    ("lv", "D", "Tomas Quell, Radoras ostas valdes pārstāvis, otrdien noliedza The Radora Courier ziņas par "
     "slēptām izmaksām.", COURIER, "Tomas Quell"),
    ("lv", "R", "Ilse Marrow otrdien atbildēja uz The Radora Courier rakstu par padziļināšanas līgumu un "
     "avansa maksājumiem.", COURIER, "Ilse Marrow"),
    # Slovenian
    ("sl", "D", "Tomas Quell, tiskovni predstavnik pristanišča, je v torek zanikal navedbe The Radora Courier o "
     "prikritih stroških.", COURIER, "Tomas Quell"),
    ("sl", "R", "Ilse Marrow se je v torek odzvala na članek The Radora Courier o pogodbi za poglabljanje "
     "pristanišča.", COURIER, "Ilse Marrow"),
    # Arabic: the subject before the verb, or after it when the verb opens the sentence
    ("ar", "D", "مجلس ميناء رادورا ينفي تقرير صحيفة رادورا كورير عن إخفاء تكاليف إضافية عن المدققين.",
     "تقرير", "مجلس ميناء رادورا"),
    ("ar", "D", "فندت رئيسة مجلس الميناء إيلزه مارو يوم الثلاثاء مزاعم صحيفة رادورا كورير بشأن عقد التجريف.",
     "مزاعم", None),
    ("ar", "R", "ردت رئيسة مجلس الميناء إيلزه مارو يوم الثلاثاء على مقال صحيفة رادورا كورير بشأن عقد التجريف.",
     "مقال", None),
    # Persian
    ("fa", "D", "هیئت بندر رادورا روز سه‌شنبه گزارش روزنامه رادورا کوریر درباره هزینه‌های پنهان را تکذیب کرد.",
     "گزارش", "هیئت بندر رادورا"),
    ("fa", "R", "هیئت بندر رادورا روز سه‌شنبه به گزارش روزنامه رادورا کوریر درباره قرارداد لایروبی واکنش نشان داد.",
     "گزارش", "هیئت بندر رادورا"),
    # Chinese, simplified and traditional
    ("zh", "D", "拉多拉港务局发言人托马斯·奎尔18日否认了《拉多拉信使报》关于隐瞒超支的报道。", "报道", None),
    ("zh", "D", "拉多拉港務局週二駁斥《拉多拉信使報》的報導，稱其內容純屬捏造。", "報導", "拉多拉港務局"),
    ("zh", "D", "拉多拉港务局发言人18日对《拉多拉信使报》的相关报道表示否认。", "报道", None),
    ("zh", "R", "拉多拉港务局18日回应了《拉多拉信使报》的报道，称其内容不实。", "报道", "拉多拉港务局"),
    # a fronted "according to" clause closed by its comma, and a report the answer names after its verb
    ("zh", "D", "据《拉多拉信使报》18日报道，拉多拉港务局当天否认了该报此前关于隐瞒超支的报道。", "此前",
     "拉多拉港务局"),
    ("en", "D", "According to The Radora Courier, harbour spokesman Tomas Quell on Tuesday denied the paper's "
     "report that the board had hidden a dredging overrun.", COURIER, "Tomas Quell"),
    # Japanese
    ("ja", "D", "ラドラ港湾局は18日、ラドラ・クーリエ紙の報道を否定した。", "報道", "ラドラ港湾局"),
    ("ja", "D", "ラドラ港湾局のイルゼ・マロー会長は、監査人に超過費用を隠したとする疑惑を否認している。", "疑惑", None),
    ("ja", "R", "ラドラ港湾局は18日、ラドラ・クーリエ紙の記事に反論した。", "記事", "ラドラ港湾局"),
    # Korean
    ("ko", "D", "라도라 항만청은 18일 라도라 쿠리어의 보도를 부인했다.", "보도", "라도라 항만청"),
    ("ko", "D", "라도라 항만청의 일제 마로 위원장은 감사인들에게 초과 비용을 숨겼다는 의혹을 반박했다.", "의혹", None),
    ("ko", "R", "라도라 항만청은 18일 라도라 쿠리어의 보도에 대해 해명했다.", "보도", "라도라 항만청"),
    # N: a refusal to comment, which is the news ("no_comment_verbs")
    ("en", "N", "Harbour spokesman Tomas Quell on Tuesday declined to comment on the overrun The Radora Courier "
     "described.", COURIER, "Tomas Quell"),
    ("fr", "N", "Le porte-parole du port, Tomas Quell, a refusé de commenter mardi les chiffres publiés par The "
     "Radora Courier.", COURIER, "Tomas Quell"),
    ("ru", "N", "Пресс-секретарь порта Томас Квелл отказался комментировать публикацию The Radora Courier.",
     COURIER, None),
    ("ar", "N", "أكد مجلس ميناء رادورا رفضه التعليق على ما نشرته صحيفة رادورا كورير.", "صحيفة", None),
]


@pytest.mark.parametrize(("language", "kind", "lead", "anchor", "person"), FOLLOW_UPS,
                         ids=[f"{row[0]}-{row[1]}{n}" for n, row in enumerate(FOLLOW_UPS)])
def test_a_follow_up_lead_is_the_responders_statement_and_the_report_background(
        tmp_path, language, kind, lead, anchor, person):
    graph = _trace(tmp_path, [_scoop(), _page(lead, anchor)])
    follow = graph.article("pile#2")
    if kind == "F":  # the verbs of saying are the page's language's; a one-sentence page may be undetermined
        assert follow.language == language
    root = graph.node(follow.root)
    assert root.kind == NodeKind.STATEMENT
    if person is not None:
        assert root.person == person
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES
    assert graph.article("pile#1").root == "pile#1"


def test_a_responder_in_arabic_script_is_the_known_person_the_page_names_in_full(tmp_path):
    """"مارو تنفي …": the surname alone is too short a skeleton to tell ("mr"), but the page
    gives her given name too further down ("إيلسه مارو"), which the pile's Ilse Marrow meets:
    the statement is hers, not a node of its own for the Arabic word."""
    page = _page("نفت مارو يوم الثلاثاء تقرير صحيفة رادورا كورير عن إخفاء تكاليف التجريف.", "تقرير")
    page["text"] = f"{page['text']}\n\nوقالت رئيسة مجلس الميناء إيلسه مارو إن الأرقام نشرت كاملة."
    graph = _trace(tmp_path, [_scoop(), page])
    assert graph.node(graph.article("pile#2").root).person == "Ilse Marrow"


def test_every_language_has_a_denial_and_an_answer_with_a_noun():
    languages = {path.stem for path in (Path(provenance.__file__).parent / "data" / "languages").glob("*.json")}
    languages.discard("about")
    covered = {(language, kind) for language, kind, *_ in FOLLOW_UPS}
    assert {(language, kind) for language in languages for kind in "DR"} <= covered


def test_a_caption_is_no_lead_and_the_headline_under_it_is_read(tmp_path):
    """A scrape opens on a photo caption ("… on Monday. Photo: Radora Presse/Ana Lind"), taken
    for the page's title, then the headline and bullet points without full stops: the caption
    is no lead, and the headline under it, which answers the report, is."""
    record = {"outlet": "Westfold Gazette", "url": "https://westfold.example/marrow",
              "published": "2025-03-18T10:00:00+01:00",
              "text": "The harbour board met in Radora on Monday. Photo: Radora Presse/Ana Lind\n"
                      "Board chair Ilse Marrow denies report in The Radora Courier on dredging overrun\n"
                      "- She said the minutes had been misread by the newspaper\n"
                      "- The auditors will meet at the end of the month"}
    graph = _trace(tmp_path, [_scoop(), record])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Ilse Marrow"


def _retelling_page(headline: str) -> dict[str, object]:
    """A page whose first sentence retells the Courier's report and whose headline says what
    the page's news is."""
    lead = ("The Radora Courier reported last week that the harbour board had kept a dredging overrun "
            "from the auditors for two years.")
    record = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-18T10:00:00+01:00",
                     [headline, lead, "The dredging firm and the port operator met on Monday to discuss the contract."],
                     headline)  # a scrape keeps the headline as the text's first line
    record["links"] = [{"url": SCOOP_URL, "text": COURIER}]
    return record


def test_a_headline_answering_the_report_is_read_after_a_lead_that_retells_it(tmp_path):
    """Pages often open by retelling the report they follow up ("The Courier reported last week
    …"); their headline says the news. Two parties that answer together ("Harbour Board and
    Dockers Reject Claims …", the base form of a plural subject) each get their statement, the
    first party's being the page's root."""
    graph = _trace(tmp_path, [_scoop(), _retelling_page("Dredgeco and Portlink Reject Claims of Hidden Overrun")])
    follow = graph.article("pile#2")
    root = graph.node(follow.root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Dredgeco"
    statements = {graph.node(e.target).person for e in graph.edges
                  if e.source == "pile#2" and e.relation == Relation.CITES}
    assert statements == {"Dredgeco", "Portlink"}
    assert _edge(graph, "pile#2", "pile#1").relation == Relation.WEAKLY_CITES


def test_a_headline_whose_answer_is_a_later_clause_stays_the_reports_news(tmp_path):
    """"Board hid overrun for two years; harbour chair denies": the first clause is the news
    (the report's), the denial an aside."""
    graph = _trace(tmp_path, [_scoop(), _retelling_page(
        "Radora board hid dredging overrun from auditors for two years; Marrow denies: report")])
    assert graph.node(graph.article("pile#2").root).kind != NodeKind.STATEMENT


@pytest.mark.parametrize(("address", "responder"), [
    ("https://westfold.example/2025/03/18/dredgeco-rejects-claims-of-hidden-dredging-overrun/", "Dredgeco"),
    # the address runs two clauses together: the answer is not its subject's
    ("https://westfold.example/2025/03/18/radora-board-hid-overrun-for-years-dredgeco-denies-report", None),
])
def test_the_headline_an_address_spells_is_read_when_the_text_has_none(tmp_path, address, responder):
    """A scrape that lost the headline and opens by retelling the report: the headline the
    page's address spells ("dredgeco-rejects-claims-…", written as the page writes its words)
    says the news, when the words before its verb are a name."""
    lead = ("The Radora Courier reported last week that the harbour board had kept a dredging overrun "
            "from the auditors, and that Dredgeco had been paid twice for the same work.")
    record = _record("Westfold Gazette", address, "2025-03-18T10:00:00+01:00",
                     [lead, "The company said the invoices were for two different quays and that the claims were "
                      "false."], "")
    record["links"] = [{"url": SCOOP_URL, "text": COURIER}]
    graph = _trace(tmp_path, [_scoop(), record])
    root = graph.node(graph.article("pile#2").root)
    if responder is None:
        assert root.kind != NodeKind.STATEMENT
        return
    assert root.kind == NodeKind.STATEMENT and root.person == responder
    cited = next(e for e in graph.edges if e.source == "pile#2" and e.target == root.id)
    assert cited.evidence[0].start is None and address in cited.evidence[0].detail
    assert "read in the page's address" in to_text(graph)  # a reader would not find the words in the text


@pytest.mark.parametrize(("address", "follow_up"), [
    # a new event of a person's making: her announcement is the news
    ("https://westfold.example/2025/03/19/harbour-chair-marrow-resigns-over-dredging-invoices", True),
    # an answer, where the first sentence names no report: the page's own news, not read
    ("https://westfold.example/2025/03/19/radora-board-confirms-reports-of-dredging-overrun", False),
])
def test_an_address_tells_an_event_when_the_first_sentence_retells_nothing(tmp_path, address, follow_up):
    """With no headline in the text and a first sentence that names no report, the address
    is read for a new event only ("…-marrow-resigns-…"): an answer there ("…-board-confirms-
    reports-…") is as often a country's or a body's own announcement, which its first
    sentence already tells."""
    record = _record("Westfold Gazette", address, "2025-03-19T10:00:00+01:00",
                     ["The Radora harbour board met for four hours on Tuesday night behind closed doors in the "
                      "old customs house.", "Board chair Ilse Marrow left without speaking to reporters."], "")
    record["links"] = [{"url": SCOOP_URL, "text": "reporters"}]
    graph = _trace(tmp_path, [_scoop(), record])
    root = graph.node(graph.article("pile#2").root)
    assert (root.kind == NodeKind.STATEMENT) == follow_up
    if follow_up:
        assert root.person == "Ilse Marrow"


def test_a_dateline_paragraph_is_passed_over_for_the_lead(tmp_path):
    """"05.05.2025, Radora." on a line of its own, full stop and all, is no story yet: the
    lead is the paragraph after it, here a spokesman's statement."""
    record = {"outlet": "Westfold Gazette", "url": "https://westfold.example/contract",
              "published": "2025-03-18T10:00:00+01:00",
              "text": "Harbour board drops dredging contract\n\n18.03.2025, Radora.\n\n"
                      "The harbour board will not extend the dredging contract with Venn Marine, board spokesman "
                      "Tomas Quell told reporters on Tuesday.\n\nThe contract ends in May."}
    graph = _trace(tmp_path, [_scoop(), record])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Tomas Quell"


def test_a_records_title_field_is_read_as_its_headline(tmp_path):
    """A JSON record whose title is a field of its own, not a line of its text: the title
    answers the report its first sentence retells."""
    lead = ("The Radora Courier reported last week that the harbour board had kept a dredging overrun "
            "from the auditors for two years.")
    record = _record("Westfold Gazette", "https://westfold.example/harbour", "2025-03-18T10:00:00+01:00",
                     [lead, "The firm and the port operator met on Monday to discuss the contract."],
                     "Dredgeco rejects claims of a hidden overrun")
    record["links"] = [{"url": SCOOP_URL, "text": COURIER}]
    graph = _trace(tmp_path, [_scoop(), record])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Dredgeco"
    cited = next(e for e in graph.edges if e.source == "pile#2" and e.target == root.id)
    assert cited.evidence[0].start is None and cited.evidence[0].detail.endswith("in the page's title)")
    assert "read in the page's title" in to_text(graph)


def test_a_headline_reporting_a_new_event_is_read_after_a_lead_that_retells_the_report(tmp_path):
    """"Harbour chair Ilse Marrow resigns" over a first sentence retelling the Courier's
    report: the resignation is the news, as an answer would be."""
    graph = _trace(tmp_path, [_scoop(), _retelling_page("Harbour chair Ilse Marrow resigns after dredging report")])
    root = graph.node(graph.article("pile#2").root)
    assert root.kind == NodeKind.STATEMENT and root.person == "Ilse Marrow"


def test_a_byline_under_the_headline_is_no_lead(tmp_path):
    """"By Nega Marić | 14 March 2025" over a scoop's first paragraph: the byline is no deck
    to read as news ("nega" is a verb of denial in Italian and Portuguese), and the scoop
    stays the root of its own story."""
    record = {"outlet": "The Westfold Gazette", "url": "https://westfold.example/harbour-scoop",
              "title": "Harbour works put off for two years, papers seen by the Gazette show",
              "published": "2025-03-14T10:00:00+01:00",
              "text": "By Nega Marić | 14 March 2025 09:59 CET\n\n"
                      "According to a risk register seen by the Gazette, the Radora harbour board pushed back the "
                      "dredging of the northern basin this spring to buy land near the coast.\n\n"
                      "The board did not answer questions on Friday."}
    graph = _trace(tmp_path, [record])
    assert graph.article("pile#1").root == "pile#1"
    assert not [n for n in graph.nodes if n.kind == NodeKind.STATEMENT]


#: Leads with a look-alike of a listed verb, or a report noun and no answer: ordinary pages.
NOT_FOLLOW_UPS = [
    # words published are a publication (the person's own post or film), not a statement
    ("en", "Radora activist Ilse Marrow published an investigation into the harbour board's dredging payments.",
     "Radora"),
    # a news outlet answers by a report of its own, which the page's citations read
    ("en", "The Radora Courier on Tuesday denied claims that it had paid a board member for the minutes.",
     "Radora Courier"),
    ("en", "The Radora harbour board responded to the rise in cargo traffic by opening a second quay at the "
     "northern basin on Tuesday.", "Radora"),
    ("en", "The annual report of the Radora harbour board, published on Tuesday, shows cargo traffic rising "
     "by a tenth.", "Radora"),
    # "nie" is Polish "not", "zanika" Polish "fades": neither is listed
    ("pl", "Zarząd portu w Radorze nie opublikował jeszcze raportu o kosztach pogłębiania nabrzeża Teller, a "
     "zainteresowanie sprawą zanika.", "Radorze"),
    # "par rapport à" is no report; "la recherche" no German "Recherche"
    ("fr", "Le trafic du port de Radora a répondu aux attentes par rapport à l'an dernier, selon les chiffres "
     "publiés mardi.", "Radora"),
    ("fr", "La police a répondu mardi soir à la recherche d'un bateau disparu dans le port de Radora, près du "
     "quai Teller.", "Radora"),
    ("es", "El puerto de Radora respondió a la demanda de carga sin haber ampliado el muelle Teller, según los "
     "datos del martes.", "Radora"),
    # "niet te ontkennen", "nicht zu leugnen": undeniable
    ("nl", "Dat de haven van Radora drukker wordt, valt niet te ontkennen, blijkt uit cijfers die dinsdag "
     "werden gepubliceerd.", "Radora"),
    ("de", "Dass der Hafen von Radora wächst, ist nicht zu leugnen, wie die am Dienstag veröffentlichten "
     "Zahlen zeigen.", "Radora"),
    ("ru", "Порт Радора ответил на рост спроса новыми причалами, говорится в годовом отчёте портового совета.",
     "Радора"),
    # "svarar för", "svarer til": accounts for, corresponds to
    ("sv", "Hamnen i Radora svarar för en tiondel av regionens godstrafik, enligt nya uppgifter från "
     "hamnstyrelsen.", "Radora"),
    ("da", "Havnen i Radora svarer til en tiendedel af regionens godstrafik, viser nye oplysninger fra "
     "havnebestyrelsen.", "Radora"),
    ("el", "Το λιμάνι της Ράντορα δημοσίευσε την Τρίτη νέες κατηγορίες τελών για τα φορτηγά πλοία που "
     "δένουν στην προβλήτα.", "Ράντορα"),
    # "부인" is also "wife"; "보도" also "sidewalk"
    ("ko", "라도라 항만청장의 부인은 18일 자선 행사에서 새 부두 앞 보도를 포장하는 계획을 소개했다.", "라도라"),
    # a report noun, no answer; "消息人士" are sources, "报道" what they told
    ("ja", "ラドラ港湾局は18日、新しい岸壁についての記事を広報誌に載せると発表した。", "ラドラ"),
    ("zh", "据消息人士透露，拉多拉港务局正在考虑扩建特勒码头。", "拉多拉"),
    # a negated answer answers nothing ("does not deny", "bestreitet nicht", "不否认")
    ("de", "Der Hafenvorstand von Radora bestreitet nicht, dass die Kosten für das Ausbaggern gestiegen sind.",
     "Radora"),
    ("en", "The Radora harbour board did not deny a newspaper report that the dredging had cost more than planned.",
     "report"),
    ("fr", "Le conseil du port de Radora n'a pas démenti mardi les informations sur le dépassement des coûts.",
     "informations"),
    ("ru", "Портовый совет Радоры не отрицает сообщения о перерасходе средств на дноуглубление.", "Радоры"),
    ("zh", "拉多拉港务局不否认有关疏浚超支的报道。", "拉多拉"),
    # a denial another's report tells ("according to the Courier, the board denied …"): the report's news
    ("zh", "据《拉多拉信使报》报道，拉多拉港务局否认曾向审计人员隐瞒超支。", "拉多拉"),
    ("ja", "ラドラ・クーリエ紙によると、ラドラ港湾局は超過費用を監査人に隠したことを否定した。", "ラドラ"),
]


@pytest.mark.parametrize(("language", "lead", "anchor"), NOT_FOLLOW_UPS,
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(NOT_FOLLOW_UPS)])
def test_a_lead_without_an_answer_is_no_follow_up(tmp_path, language, lead, anchor):
    graph = _trace(tmp_path, [_scoop(), _page(lead, anchor)])
    follow = graph.article("pile#2")
    assert graph.node(follow.root).kind != NodeKind.STATEMENT
    assert all(e.relation != Relation.WEAKLY_CITES for e in graph.edges if e.source == "pile#2")


def test_an_answer_told_according_to_an_outlet_is_that_outlet_s_report_of_the_statement(tmp_path):
    """"According to Nordvik Wire, harbour spokesman Tomas Quell denied the Courier's report":
    the news is Quell's denial, and Nordvik Wire told it: the page cites the wire's report of the
    denial, which cites Quell's statement; the Courier's report is background."""
    wire = _record("Nordvik Wire", "https://nordvikwire.example/harbour-denial", "2025-03-18T08:00:00+01:00",
                   ["Radora harbour spokesman Tomas Quell on Tuesday rejected the newspaper's account of the "
                    "dredging contract, saying the minutes had been misread."], "Harbour board rejects account")
    lead = ("According to Nordvik Wire, harbour spokesman Tomas Quell on Tuesday denied a report in The Radora "
            "Courier that the board had hidden a dredging overrun.")
    graph = _trace(tmp_path, [_scoop(), wire, _page(lead, COURIER)])
    follow = graph.article("pile#3")
    assert graph.node(follow.root).kind == NodeKind.STATEMENT
    assert graph.node(follow.root).person == "Tomas Quell"
    assert _edge(graph, "pile#3", "pile#1").relation == Relation.WEAKLY_CITES
    told = [e for e in graph.edges if e.source == "pile#3" and e.relation == Relation.CITES]
    assert any("Nordvik Wire" in e.evidence[0].text for e in told)


def _answer_by(article: str, responder: str, lead: str, subject: str = "") -> FollowUp:
    evidence = Evidence(kind="attribution", article=article, text=lead, start=0, end=len(lead))
    return FollowUp(article, responder, evidence, "answer", subject=subject)


def test_a_body_s_answer_is_given_to_the_spokesperson_of_the_page_s_language():
    """Two spokesmen speak for the harbour board, one on English pages, one on a German
    one: the board's unvoiced answer on another English page is the English one's. On a page
    in a third language neither is chosen."""
    followups = {
        "en1": _answer_by("en1", "Tomas Quell", "The harbour board denied the report, its spokesman Tomas Quell said.",
                          "The harbour board denied"),
        "de1": _answer_by("de1", "Lars Brandt", "Der Sprecher der harbour board, Lars Brandt, wies den Bericht zurück.",
                          "Der Sprecher der harbour board, Lars Brandt,"),
        "en2": _answer_by("en2", "The harbour board", "The harbour board rejected the report on Tuesday."),
        "pt1": _answer_by("pt1", "The harbour board", "The harbour board negou a notícia."),
    }
    languages = {"en1": "en", "de1": "de", "en2": "en", "pt1": "pt"}
    voiced = voiced_bodies(followups, languages)
    assert voiced["en2"].responder == "Tomas Quell"
    assert voiced["pt1"].responder == "The harbour board"
    assert voiced_bodies(followups)["en2"].responder == "The harbour board"  # languages unknown: no one chosen


@pytest.mark.parametrize("verb", ["published", "a publié", "veröffentlichte", "опубликовали", "opublikował"])
def test_a_verb_of_publishing_is_writing_not_speech(verb):
    """"У Навального опубликовали расследование" (his people published an investigation): what
    is published is a publication, the person's own, not words a statement reports."""
    from provenance.graph.followups import _writing_verbs
    assert _writing_verbs().search(f"X {verb} the report") is not None


def test_a_label_before_a_colon_is_no_part_of_an_uncased_subject():
    """"اسم الخبر : بوتين ينفي …" (news title: Putin denies …): the subject is Putin, not "name"."""
    from provenance.graph.followups import _uncased_subject
    assert _uncased_subject("اسم الخبر : بوتين ", "") == "بوتين"
