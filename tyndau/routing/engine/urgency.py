"""Urgency: does the text show a threat that cannot wait the ordinary term?

Rules, not a model, because the registrar must see *why* an appeal jumped the queue: each
reason is a set of phrases in Kazakh, Russian and English, matched sentence by sentence on
folded text (so "жоқ" and "жок" are the same). A sentence that speaks of the past or asks for
compensation ("в прошлом году был пожар, прошу возместить") describes a grievance, not a
threat, and does not count. An outage of heating, gas or electricity counts as urgent in
winter: when the text says it is cold, or when the appeal arrives in the heating season.
"""

import re
import threading
from dataclasses import dataclass
from datetime import date

try:
    import hyperscan
except ImportError:  # not built for this machine's processor
    hyperscan = None

from tyndau.answers.quality.text import sentences
from tyndau.routing.engine.features import KAZAKH_FOLD

REASONS = (
    "life",
    "health",
    "safety",
    "property",
    "children",
    "winter_utilities",
    "missing_person",
    "emergency",
)
# Kazakhstan's heating season runs from mid-October to mid-April; these months are inside it.
WINTER_MONTHS = frozenset({11, 12, 1, 2, 3})

_PERSON = (
    r"(сын\w*|доч\w*|ребен\w*|реб[её]н\w*|мальчик\w*|девочк\w*|муж|жена|отец|мать|мама|папа|"
    r"брат\w*|сестр\w*|внук\w*|внучк\w*|бабушк\w*|дедушк\w*|подрост\w*|человек|"
    r"бала\w*|ұлым|ұлымыз|қызым|қызымыз|әкем|анам|інім|ағам|әжем|атам|немерем|"
    r"son|daughter|child|boy|girl|husband|wife|father|mother|brother|sister|grandson)"
)

_PATTERNS: dict[str, list[str]] = {
    "life": [
        r"угроз\w* (для )?жизн",
        r"опасн\w* для жизни",
        r"риск\w* для жизни",
        r"(может|могут|можем) (погибнуть|умереть|не выжить)",
        r"поконч\w* (с )?собой|суицид|самоубийств|жить не хоч",
        r"\bумира(ет|ют|ю)\b|при смерти",
        r"өмір\w* қауіп|өмірге қатер|өлім қаупі|өз(ін|ім)е қол жұмса|өліп жатыр",
        r"threat to (\w+ )?lives?|life[- ]threatening|kill (myself|himself|herself)|suicid|"
        r"\bdying\b",
    ],
    "health": [
        r"(без|нет|закончил\w*|не выда\w*|не дают) (\w+ ){0,2}инсулин",
        r"отравил\w*|отравлени\w*",
        r"скор\w* (помощь )?(не приех|не приезжа|не выезжа|так и не)",
        r"(состояни\w* )(ухудша\w*|тяжел\w*|критическ\w*)",
        r"отказ\w* (в )?(госпитализ|экстренн)",
        r"угроз\w* (для )?здоровь",
        r"задыха\w*|кровотечени\w*|температур\w* (под )?(39|40|41)",
        r"денсаулығ\w* қауіп|инсулин\w* жоқ|жедел жәрдем (\w+ ){0,2}келмеді|уланып|улану|"
        r"жағдайы ауыр",
        r"insulin|poison(ed|ing)|ambulance (\w+ ){0,2}(not|never|didn)|critical condition",
    ],
    "safety": [
        r"оголенн\w* провод|провод\w* (\w+ ){0,2}(лежит|лежат|оборван|висит|висят|искрит)",
        r"открыт\w* (\w+ )?люк|люк\w* без крышк|без крышки люк",
        r"запах\w* газа|пахнет газом|утечк\w* газа",
        r"(может|вот-вот|грозит|угрожа\w*) (\w+ )?(обруш|рухн|упасть|упад)|угроз\w* обрушени",
        r"обрушил\w*|обвал\w*",
        r"стая собак|стаи собак|(напал\w*|нападают|покусал\w*|искусал\w*) (\w+ ){0,2}собак|"
        r"собак\w* (\w+ ){0,2}(напал|нападают|покусал|искусал|кида)",
        r"ашық люк|сым\w* (\w+ ){0,2}(жерде жатыр|үзіліп)|газ иісі|газ иісі шығ|"
        r"құлап кету\w* мүмкін|құлау қаупі|(ит|иттер)\w* (\w+ ){0,2}(шабуыл|қап)",
        r"gas leak|smell(s)? of gas|live wire|open manhole|(might|could|about to) collapse|"
        r"dogs? (\w+ ){0,2}attack",
    ],
    "property": [
        r"затаплива\w*|заливает (\w+ ){0,2}(квартир|кипятк|подвал|нас)|топит (квартир|подвал)",
        r"прорвал\w* (\w+ )?(труб|батаре|стояк)",
        r"(снесут|сносят|будут сносить) (\w+ ){0,2}(дом|завтра)|снос\w* (\w+ )?завтра",
        r"выселя\w* (\w+ ){0,2}(завтра|сегодня|на улицу)",
        r"самовольно захватыва|рейдерск\w* захват|захватыва\w* (\w+ ){0,2}(участ|дом|имущ)",
        r"су басып жатыр|пәтер\w* су бас|үй\w* (\w+ ){0,2}бұз\w* (жатыр|бастады|ертең)|"
        r"құбыр\w* жарылды|ертең (\w+ ){0,2}бұзады",
        r"flooding (our|my|the) (flat|apartment|house|basement)|burst pipe|"
        r"demolish\w* (\w+ ){0,2}tomorrow|evict\w* (\w+ ){0,2}(tomorrow|today)",
    ],
    "children": [
        r"(бь[её]т|избива\w*|насил\w*|домога\w*|жесток\w* обращ\w*) (\w+ ){0,3}"
        r"(реб[её]н|дет|сын|доч|внук|мальчик|девочк)",
        r"(реб[её]н\w*|дети|детей|сын\w*|доч\w*|мальчик\w*|девочк\w*) (\w+ ){0,3}"
        r"(бь[её]т|избива\w*|без присмотра|одн[иа] дома|голода\w*|насил\w*)",
        r"баланы (\w+ ){0,2}(ұрады|ұрып)|бала\w* (\w+ ){0,2}(зорлық|қараусыз|аш отыр|ұрып)",
        r"(beat\w*|abus\w*|hit\w*) (\w+ ){0,2}(child|son|daughter|kids?)|"
        r"(child|children|kids?) (\w+ ){0,2}(alone|abused|unsupervised)",
    ],
    "missing_person": [
        r"без вести|объяв\w* (\w+ )?в розыск|не можем найти|не вернул\w* домой|"
        r"не приш(ел|ла|ли) домой",
        rf"(пропал\w*|исчез\w*|не вернул\w* домой) (\w+ ){{0,3}}{_PERSON}\b",
        rf"{_PERSON}\b (\w+ ){{0,3}}(пропал\w*|исчез\w*|не вернул\w*)",
        r"хабарсыз кетті|із-түзсіз|жоғалып кетті|үйге оралмады|үйге қайтпады",
        r"missing person|(has|have|had) gone missing|went missing|has not come home|disappeared",
    ],
    "emergency": [
        r"\bпожар\b(?! \w*безопас)|возгорани\w*|горит (\w+ )?(дом|лес|степь|трав|свалк|здани)|"
        r"(дом|квартир\w*|здани\w*|лес|степь|трава|свалк\w*|машина) (\w+ )?горит\b",
        r"наводнени\w*|паводок|паводк\w* (сейчас|уже|идет)|подтопил\w*|подтоплени\w*|"
        r"вода (\w+ )?(прибыва|поднима)",
        r"\bсель\b|селев\w*|землетрясени\w*|прорыв\w* дамб|эвакуац\w*",
        r"дтп с пострадавш",
        r"өрт шық|өрт\w* (\w+ )?(жанып|сөндір)|су тасқын|су басу|жер сілкін|сел жүр|"
        r"бөгет\w* бұзыл|эвакуация",
        r"\bfire\b|flood(ing|ed)?\b|earthquake|mudflow|dam (\w+ )?(burst|broke)|evacuat",
    ],
}

_OUTAGE = [
    r"(нет|отключ\w*|отсутств\w*|пропал\w*|не подают|не подается|не работает|не греют|"
    r"не греет|холодн\w*) (\w+ ){0,2}(отоплени|свет|электр|газ|батаре|тепл)",
    r"(отоплени\w*|свет\w*|электр\w*|газ\w*|батаре\w*|тепл\w*) (\w+ ){0,2}"
    r"(нет|отключ|отсутств|не подают|не работа|не греют|не греет|холодн)",
    r"(жылу|жарық|электр|газ|батарея)\w* (\w+ ){0,2}(жоқ|ажыратыл|өшіріл|берілмей|тоқтатыл|суық)",
    r"жылытылмай|суық батарея",
    r"no (heating|heat|electricity|power|gas)|(heating|power|electricity|gas) (\w+ ){0,2}"
    r"(off|cut|out)",
]
_COLD = [
    r"мороз|холод|замерза|мерзн|зим|минус|-\s?[1-4]\d\b|градус",
    r"суық|аяз|қыс|тоңып|тоңамыз|үсіп",
    r"freez|frost|cold|winter|below zero",
]
# A sentence saying this marks a past grievance or a claim, not a threat happening now.
_NOT_NOW = [
    r"в прошлом году|прошл\w* (весн|лет|осен|зим)|в 20[0-2]\d году|год назад|лет назад|"
    r"компенсац|возмещ|возместить|страхов\w* выплат|сертификат|справк\w*|тариф|"
    r"учени\w*|тренировк|"
    r"былтыр|өткен жылы|өтемақы|өтеу|анықтама|сертификат|тариф|жаттығу|"
    r"last year|compensat|certificate|tariff|drill",
]


def _compile(parts: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p.translate(KAZAKH_FOLD)})" for p in parts))


_REASON_RULES = {reason: _compile(_PATTERNS[reason]) for reason in _PATTERNS}
_OUTAGE_RULE = _compile(_OUTAGE)


def _loosened(pattern: str) -> str:
    """`pattern` for Hyperscan, matching at least everything it matches in Python: without
    look-arounds and word boundaries, and with any non-space character for a word one (the
    Unicode word class would cost a minute to compile and 400 MB)."""
    loose = re.sub(r"\(\?!.*?\)", "", pattern).replace(r"\b", "").replace(r"\w", r"\S")
    if "(?=" in loose or "(?!" in loose or "(?<" in loose:
        raise ValueError(f"Cannot loosen a look-around: {pattern}")
    return loose


class _ThreatScan:
    """Could any rule match? One pass of Hyperscan's automaton over the text answers in
    microseconds, where Python's engine trying the rules one by one takes a third of a
    millisecond; nine appeals in ten stop here. Without Hyperscan (it is built for x86-64
    only) the rules themselves answer."""

    def __init__(self, rules: list[re.Pattern]):
        self.rules = rules
        self.database = None
        self.local = threading.local()
        if hyperscan is None:
            return
        self.database = hyperscan.Database()
        self.database.compile(
            expressions=[_loosened(rule.pattern).encode() for rule in rules],
            ids=list(range(len(rules))),
            elements=len(rules),
            flags=[hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH] * len(rules),
        )

    def __call__(self, folded: str) -> bool:
        if self.database is None:
            return any(rule.search(folded) for rule in self.rules)
        scratch = getattr(self.local, "scratch", None)
        if scratch is None:  # a scratch space serves one scan at a time: one per thread
            scratch = self.local.scratch = hyperscan.Scratch(self.database)
        try:
            self.database.scan(folded.encode(), match_event_handler=_stop, scratch=scratch)
        except hyperscan.ScanTerminated:
            return True
        return False


def _stop(*_match) -> bool:
    return True  # the first match is enough


_may_threaten = _ThreatScan([*_REASON_RULES.values(), _OUTAGE_RULE])
_COLD_RULE = _compile(_COLD)
_NOT_NOW_RULE = _compile(_NOT_NOW)
_ORDER = ("life", "missing_person", "children", "health", "emergency", "safety", "property")


@dataclass(frozen=True)
class Urgency:
    urgent: bool
    reason: str = ""
    evidence: str = ""


NOT_URGENT = Urgency(False)


def _folded(text: str) -> str:
    return text.lower().replace("ё", "е").translate(KAZAKH_FOLD)


def detect(text: str, received: date | None = None) -> Urgency:
    """The first threat the text shows, most serious first, with the sentence that shows
    it."""
    folded = _folded(text)
    if not _may_threaten(folded):
        return NOT_URGENT
    in_winter = received is not None and received.month in WINTER_MONTHS
    maybe_outage = (in_winter or _COLD_RULE.search(folded)) and _OUTAGE_RULE.search(folded)
    if not maybe_outage and not any(rule.search(folded) for rule in _REASON_RULES.values()):
        return NOT_URGENT  # most appeals: one pass over the text, no sentence split
    pieces = [(s.text, _folded(s.text)) for s in sentences(text)]
    current = [(raw, folded) for raw, folded in pieces if not _NOT_NOW_RULE.search(folded)]
    for reason in _ORDER:
        rule = _REASON_RULES[reason]
        for raw, folded in current:
            if rule.search(folded):
                return Urgency(True, reason, raw[:300])
    cold = in_winter or any(_COLD_RULE.search(folded) for _raw, folded in current)
    if cold:
        for raw, folded in current:
            if _OUTAGE_RULE.search(folded):
                return Urgency(True, "winter_utilities", raw[:300])
    return NOT_URGENT
