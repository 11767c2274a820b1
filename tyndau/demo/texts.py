"""Realistic demo appeals and answers in Russian, Kazakh and English.

Used by ``tyndau seed_demo`` to fill a demo database with texts that read like the ones
citizens really send to akimats, ministries and departments, and like the answers they get
back: full answers in the unified format of DESIGN.md section 3, and, on purpose, about one
in five formal replies ("отписка"), because the demo has to show the quality problem.

Pure Python, standard library only (no Django), deterministic for a given ``random.Random``.

The scenario texts use a small template language:

``{slot}``
    a value drawn once per text (a street, a house number, an amount, a school...); the same
    slot gives the same value everywhere in one text. ``{slot_case}`` gives an inflected form:
    Kazakh forms are made by :func:`_kk_case` (``gen dat acc loc abl ins``), Russian forms are
    stored with the value (``gen dat acc ins loc``).
``{one|two|three}``
    one of the alternatives.
``[text]``
    optional text, kept half of the time.
``¦``
    in a scenario narrative, separates the core (enough for a short appeal) from the rest.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

LANGUAGES = ("ru", "kk", "en")
SPHERES = (
    "housing",
    "utilities",
    "roads_transport",
    "urban_environment",
    "land",
    "health",
    "education",
    "social_protection",
    "employment",
    "public_order",
    "justice",
    "public_services",
    "agriculture",
    "ecology",
    "taxes_finance",
    "business_economy",
    "migration",
    "emergencies",
    "culture_sport",
    "digital_communications",
    "defence",
    "anti_corruption",
    "other",
)
KINDS = ("proposal", "statement", "complaint", "request", "feedback")
OUTCOMES = ("satisfied", "refused", "explained")

#: Share of answers written as a formal reply ("отписка") instead of a full answer.
FORMAL_SHARE = 0.2

# ---------------------------------------------------------------------------------------------
# Kazakh morphology: case endings for a phrase (enough for names of places, streets,
# institutions, verbal nouns and amounts; the last word takes the ending).
# ---------------------------------------------------------------------------------------------

_KK_VOWELS = "аәоөұүыіеэияюё"
_KK_FRONT = "әөүіеэи"
_KK_LETTERS = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_KK_WORD_RE = re.compile(rf"[0-9A-Za-z{_KK_LETTERS}]+")
_KK_NOT_POSSESSIVE = ("ақы",)  # жалақы, жәрдемақы, зейнетақы end in -ы but are not possessive
_KK_LETTER_NAMES = {
    "б": "бе", "в": "ве", "г": "ге", "ғ": "ға", "д": "де", "ж": "же", "з": "зе", "й": "ий",
    "к": "ка", "қ": "қа", "л": "эл", "м": "эм", "н": "эн", "ң": "ең", "п": "пе", "р": "эр",
    "с": "эс", "т": "те", "ф": "эф", "х": "ха", "һ": "һа", "ц": "це", "ч": "че", "ш": "ша",
}  # fmt: skip
_KK_UNITS = ("", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def _kk_number_sound(number: int) -> str:
    """The Kazakh word a number ends with when read aloud (what its ending agrees with)."""
    if number == 0:
        return "нөл"
    if number % 10:
        return _KK_UNITS[number % 10]
    if number % 100:
        return _KK_TENS[(number // 10) % 10]
    if number % 1000:
        return "жүз"
    if number % 1_000_000:
        return "мың"
    return "миллион"


def _kk_is_front(sound: str) -> bool:
    for ch in reversed(sound):
        if ch in _KK_VOWELS:
            return ch in _KK_FRONT
    return "у" not in sound


def _kk_suffix(sound: str, case: str, possessive: bool) -> str:
    front = _kk_is_front(sound)
    a, y = ("е", "і") if front else ("а", "ы")
    if possessive:  # қаласы, көшесі, ауданы, бөлімі: the pronominal -н- appears
        return {"gen": "н" + y + "ң", "acc": "н", "dat": "н" + a, "loc": "нд" + a,
                "abl": "н" + a + "н", "ins": "мен"}[case]  # fmt: skip
    last = sound[-1]
    if last == "ю":  # й + у: қою -> қоюды
        last = "у"
    if last in _KK_VOWELS:
        kind = "vowel"
    elif last in "йу":
        kind = "semivowel"
    elif last in "лр":
        kind = "liquid"
    elif last in "мнң":
        kind = "nasal"
    elif last in "жз":
        kind = "voiced"
    else:
        kind = "voiceless"
    if case == "gen":
        first = {"vowel": "н", "nasal": "н", "voiceless": "т"}.get(kind, "д")
        return first + y + "ң"
    if case == "acc":
        first = {"vowel": "н", "voiceless": "т"}.get(kind, "д")
        return first + y
    if case == "dat":
        if kind == "voiceless":
            return ("к" if front else "қ") + a
        return ("г" if front else "ғ") + a
    if case == "loc":
        return ("т" if kind == "voiceless" else "д") + a
    if case == "abl":
        first = {"nasal": "н", "voiceless": "т"}.get(kind, "д")
        return first + a + "н"
    if case == "ins":
        return {"voiced": "бен", "voiceless": "пен"}.get(kind, "мен")
    raise ValueError(f"unknown case {case!r}")


def _kk_case(phrase: str, case: str) -> str:
    """Put a Kazakh phrase in a case: 'Теміртау қаласы', 'loc' -> 'Теміртау қаласында'."""
    phrase = phrase.rstrip()
    if case == "nom" or not phrase:
        return phrase
    if case == "cnj":  # the conjunction мен/бен/пен ("and") written after the phrase
        return phrase + " " + _kk_case(phrase, "ins")[len(phrase) :].lstrip("-")
    words = _KK_WORD_RE.findall(phrase)
    if not words:
        return phrase
    word = words[-1]
    hyphen = not phrase.endswith(word)  # «...» or an abbreviation with a full stop
    if word.isdigit():
        sound, hyphen = _kk_number_sound(int(word)), True
    elif len(word) > 1 and word.isupper():  # ПИК, ХҚКО, ЖШС
        low = word.lower()
        has_vowel = any(ch in _KK_VOWELS for ch in low)
        sound = low if has_vowel else _KK_LETTER_NAMES.get(low[-1], "е")
        hyphen = True
    else:
        sound = word.lower()
    possessive = (
        not hyphen
        and word[0].islower()
        and sound[-1] in "ыі"
        and not sound.endswith(_KK_NOT_POSSESSIVE)
    )
    return phrase + ("-" if hyphen else "") + _kk_suffix(sound, case, possessive)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _ru_plural(number: int, forms: tuple[str, str, str]) -> str:
    n = abs(number) % 100
    if 11 <= n <= 14:
        return forms[2]
    n %= 10
    if n == 1:
        return forms[0]
    if 2 <= n <= 4:
        return forms[1]
    return forms[2]


def _money(number: int, language: str) -> str:
    if language == "en":
        return f"{number:,} tenge"
    digits = f"{number:,}".replace(",", " ")
    return f"{digits} {'теңге' if language == 'kk' else 'тенге'}"


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_RU_COLLECTIVE = {2: "двое", 3: "трое", 4: "четверо", 5: "пятеро", 6: "шестеро", 7: "семеро"}


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# fmt: off
# (Russian spelling, Kazakh spelling, Latin spelling as in passports)
_KZ_MEN = (
    ("Асхат", "Асқат", "Askhat"), ("Нурлан", "Нұрлан", "Nurlan"), ("Ерлан", "Ерлан", "Yerlan"),
    ("Бауыржан", "Бауыржан", "Bauyrzhan"), ("Данияр", "Данияр", "Daniyar"),
    ("Ержан", "Ержан", "Yerzhan"), ("Серик", "Серік", "Serik"), ("Марат", "Марат", "Marat"),
    ("Айдос", "Айдос", "Aidos"), ("Талгат", "Талғат", "Talgat"), ("Жандос", "Жандос", "Zhandos"),
    ("Арман", "Арман", "Arman"), ("Канат", "Қанат", "Kanat"), ("Болат", "Болат", "Bolat"),
    ("Мурат", "Мұрат", "Murat"), ("Куаныш", "Қуаныш", "Kuanysh"), ("Айбек", "Айбек", "Aibek"),
    ("Нуржан", "Нұржан", "Nurzhan"), ("Ермек", "Ермек", "Yermek"), ("Галым", "Ғалым", "Galym"),
    ("Бекзат", "Бекзат", "Bekzat"), ("Дархан", "Дархан", "Darkhan"), ("Алмас", "Алмас", "Almas"),
    ("Мейрам", "Мейрам", "Meiram"), ("Темирлан", "Темірлан", "Temirlan"),
    ("Жасулан", "Жасұлан", "Zhassulan"), ("Абылай", "Абылай", "Abylai"),
    ("Санжар", "Санжар", "Sanzhar"), ("Ерболат", "Ерболат", "Yerbolat"),
    ("Азамат", "Азамат", "Azamat"), ("Аскар", "Асқар", "Askar"),
    ("Бахытжан", "Бақытжан", "Bakhytzhan"), ("Дулат", "Дулат", "Dulat"),
    ("Ильяс", "Ілияс", "Ilyas"), ("Кайрат", "Қайрат", "Kairat"), ("Максат", "Мақсат", "Maksat"),
    ("Ермухан", "Ермұхан", "Yermukhan"), ("Тимур", "Тимур", "Timur"),
    ("Руслан", "Руслан", "Ruslan"), ("Еркебулан", "Еркебұлан", "Yerkebulan"),
)
_KZ_WOMEN = (
    ("Айгерим", "Әйгерім", "Aigerim"), ("Гульнара", "Гүлнара", "Gulnara"),
    ("Динара", "Динара", "Dinara"), ("Асель", "Әсел", "Assel"), ("Жанар", "Жанар", "Zhanar"),
    ("Айжан", "Айжан", "Aizhan"), ("Салтанат", "Салтанат", "Saltanat"),
    ("Сауле", "Сәуле", "Saule"), ("Карлыгаш", "Қарлығаш", "Karlygash"),
    ("Меруерт", "Меруерт", "Meruyert"), ("Жансая", "Жансая", "Zhansaya"),
    ("Айнур", "Айнұр", "Ainur"), ("Гульмира", "Гүлмира", "Gulmira"), ("Бахыт", "Бақыт", "Bakhyt"),
    ("Акмарал", "Ақмарал", "Akmaral"), ("Назгуль", "Назгүл", "Nazgul"), ("Алия", "Әлия", "Aliya"),
    ("Ботагоз", "Ботагөз", "Botagoz"), ("Ляззат", "Ләззат", "Lyazzat"),
    ("Макпал", "Мақпал", "Makpal"), ("Толкын", "Толқын", "Tolkyn"), ("Шынар", "Шынар", "Shynar"),
    ("Айсулу", "Айсұлу", "Aisulu"), ("Камила", "Камила", "Kamila"), ("Дана", "Дана", "Dana"),
    ("Мадина", "Мадина", "Madina"), ("Гаухар", "Гауһар", "Gaukhar"),
    ("Раушан", "Раушан", "Raushan"), ("Жулдыз", "Жұлдыз", "Zhuldyz"),
    ("Индира", "Индира", "Indira"), ("Улжан", "Ұлжан", "Ulzhan"), ("Арайлым", "Арайлым", "Arailym"),
)
# Fathers' names that make patronymics: Russian -ович/-овна, Kazakh -ұлы/-қызы.
_KZ_FATHERS = (
    ("Серик", "Серік", "Serik"), ("Нурлан", "Нұрлан", "Nurlan"), ("Марат", "Марат", "Marat"),
    ("Болат", "Болат", "Bolat"), ("Канат", "Қанат", "Kanat"), ("Ерлан", "Ерлан", "Yerlan"),
    ("Талгат", "Талғат", "Talgat"), ("Асхат", "Асқат", "Askhat"), ("Мурат", "Мұрат", "Murat"),
    ("Ермек", "Ермек", "Yermek"), ("Куаныш", "Қуаныш", "Kuanysh"), ("Берик", "Берік", "Berik"),
    ("Жанат", "Жанат", "Zhanat"), ("Бакыт", "Бақыт", "Bakyt"), ("Габит", "Ғабит", "Gabit"),
    ("Казбек", "Қазбек", "Kazbek"), ("Сагат", "Сағат", "Sagat"), ("Кайрат", "Қайрат", "Kairat"),
    ("Амантай", "Амантай", "Amantai"), ("Жумабек", "Жұмабек", "Zhumabek"),
    ("Есенгельды", "Есенгелді", "Yessengeldy"), ("Тлеген", "Тілеген", "Tlegen"),
)
_KZ_SURNAMES = (
    ("Жумабаев", "Жұмабаев", "Zhumabayev"), ("Нурланов", "Нұрланов", "Nurlanov"),
    ("Сейткалиев", "Сейітқалиев", "Seitkaliyev"), ("Ахметов", "Ахметов", "Akhmetov"),
    ("Оспанов", "Оспанов", "Ospanov"), ("Сарсенбаев", "Сәрсенбаев", "Sarsenbayev"),
    ("Абдрахманов", "Әбдірахманов", "Abdrakhmanov"),
    ("Кудайбергенов", "Құдайбергенов", "Kudaibergenov"), ("Тулеуов", "Төлеуов", "Tuleuov"),
    ("Бекмуханов", "Бекмұханов", "Bekmukhanov"), ("Жаксылыков", "Жақсылықов", "Zhaksylykov"),
    ("Ибраев", "Ыбыраев", "Ibrayev"), ("Касымов", "Қасымов", "Kassymov"),
    ("Мусин", "Мусин", "Mussin"), ("Искаков", "Ысқақов", "Iskakov"),
    ("Байжанов", "Байжанов", "Baizhanov"), ("Калиев", "Қалиев", "Kaliyev"),
    ("Омаров", "Омаров", "Omarov"), ("Садыков", "Садықов", "Sadykov"),
    ("Токтаров", "Тоқтаров", "Toktarov"), ("Есенов", "Есенов", "Yessenov"),
    ("Амангельдиев", "Амангелдиев", "Amangeldiyev"), ("Габдуллин", "Ғабдуллин", "Gabdullin"),
    ("Рахимов", "Рахымов", "Rakhimov"), ("Дюсенов", "Дүйсенов", "Dyussenov"),
    ("Турсынов", "Тұрсынов", "Tursynov"), ("Нургалиев", "Нұрғалиев", "Nurgaliyev"),
    ("Смагулов", "Смағұлов", "Smagulov"), ("Утебаев", "Өтебаев", "Utebayev"),
    ("Куанышев", "Қуанышев", "Kuanyshev"), ("Мухамедов", "Мұхамедов", "Mukhamedov"),
    ("Серикбаев", "Серікбаев", "Serikbayev"), ("Ержанов", "Ержанов", "Yerzhanov"),
    ("Бейсенов", "Бейсенов", "Beissenov"), ("Шарипов", "Шәріпов", "Sharipov"),
    ("Кенжебаев", "Кенжебаев", "Kenzhebayev"), ("Айтжанов", "Айтжанов", "Aitzhanov"),
    ("Толеубаев", "Төлеубаев", "Toleubayev"), ("Муканов", "Мұқанов", "Mukanov"),
)
# Surnames of the new Kazakh form, used by Kazakh writers: (male, female).
_KK_MODERN_SURNAMES = (
    ("Серікұлы", "Серікқызы"), ("Асқарұлы", "Асқарқызы"), ("Жақсыбайұлы", "Жақсыбайқызы"),
    ("Нұрланұлы", "Нұрланқызы"), ("Бекұлы", "Бекқызы"), ("Әбілұлы", "Әбілқызы"),
)
_RU_MEN = (
    ("Александр", "Aleksandr"), ("Сергей", "Sergei"), ("Андрей", "Andrei"),
    ("Дмитрий", "Dmitrii"), ("Владимир", "Vladimir"), ("Николай", "Nikolai"),
    ("Виктор", "Viktor"), ("Игорь", "Igor"), ("Евгений", "Yevgenii"), ("Алексей", "Aleksei"),
    ("Олег", "Oleg"), ("Павел", "Pavel"), ("Юрий", "Yurii"), ("Михаил", "Mikhail"),
    ("Артём", "Artyom"), ("Иван", "Ivan"), ("Константин", "Konstantin"), ("Вадим", "Vadim"),
)
_RU_WOMEN = (
    ("Ирина", "Irina"), ("Елена", "Yelena"), ("Ольга", "Olga"), ("Наталья", "Natalya"),
    ("Татьяна", "Tatyana"), ("Светлана", "Svetlana"), ("Людмила", "Lyudmila"),
    ("Галина", "Galina"), ("Анна", "Anna"), ("Марина", "Marina"), ("Оксана", "Oksana"),
    ("Валентина", "Valentina"), ("Надежда", "Nadezhda"), ("Юлия", "Yuliya"),
    ("Екатерина", "Yekaterina"), ("Любовь", "Lyubov"), ("Вера", "Vera"),
)
_RU_PATRONYMICS = (
    ("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"),
    ("Александрович", "Александровна"), ("Владимирович", "Владимировна"),
    ("Николаевич", "Николаевна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"),
    ("Михайлович", "Михайловна"), ("Анатольевич", "Анатольевна"),
    ("Геннадьевич", "Геннадьевна"), ("Васильевич", "Васильевна"), ("Борисович", "Борисовна"),
    ("Олегович", "Олеговна"), ("Валерьевич", "Валерьевна"),
)
_RU_SURNAMES = (
    ("Иванов", "Ivanov"), ("Петров", "Petrov"), ("Кузнецов", "Kuznetsov"),
    ("Смирнов", "Smirnov"), ("Попов", "Popov"), ("Васильев", "Vasilyev"),
    ("Соколов", "Sokolov"), ("Морозов", "Morozov"), ("Новиков", "Novikov"),
    ("Волков", "Volkov"), ("Лебедев", "Lebedev"), ("Козлов", "Kozlov"),
    ("Степанов", "Stepanov"), ("Павлов", "Pavlov"), ("Фёдоров", "Fyodorov"),
    ("Орлов", "Orlov"), ("Белоусов", "Belousov"), ("Зайцев", "Zaitsev"),
    ("Ткаченко", "Tkachenko"), ("Шевченко", "Shevchenko"), ("Бондаренко", "Bondarenko"),
    ("Ким", "Kim"), ("Цой", "Tsoi"), ("Пак", "Pak"), ("Шмидт", "Schmidt"),
    ("Миллер", "Miller"), ("Вагнер", "Wagner"), ("Хабибуллин", "Khabibullin"),
    ("Сафин", "Safin"), ("Галиев", "Galiyev"), ("Ковальчук", "Kovalchuk"),
    ("Мельник", "Melnik"), ("Ли", "Li"),
)
# fmt: on


def _feminine_surname(surname: str) -> str:
    for end, fem in (("ский", "ская"), ("цкий", "цкая")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын", "ін")):
        return surname + "а"
    if surname.endswith(("ov", "ev", "in", "yn")):
        return surname + "a"
    return surname


def _patronymic_from(father: str, woman: bool, latin: bool = False) -> str:
    """Russian-style patronymic of a Kazakh father's name: Серик -> Серикович / Сериковна."""
    if latin:
        if father.endswith("i"):
            return father + ("yevna" if woman else "yevich")
        if father.endswith("y"):
            return father[:-1] + ("iyevna" if woman else "iyevich")
        return father + ("ovna" if woman else "ovich")
    if father.endswith("й"):
        return father[:-1] + ("евна" if woman else "евич")
    if father.endswith(("ы", "и")):
        return father[:-1] + ("иевна" if woman else "иевич")
    return father + ("овна" if woman else "ович")


def person_name(rng: random.Random, language: str) -> tuple[str, str, str]:
    """(last name, first name, patronymic or '') — realistic Kazakh and Russian names."""
    woman = rng.random() < 0.52
    col = {"ru": 0, "kk": 1, "en": 2}.get(language, 0)
    kazakh = language == "kk" or rng.random() < (0.68 if language == "ru" else 0.8)
    if kazakh:
        first = rng.choice(_KZ_WOMEN if woman else _KZ_MEN)[col]
        father = rng.choice(_KZ_FATHERS)
        if language == "kk" and rng.random() < 0.12:
            last = rng.choice(_KK_MODERN_SURNAMES)[1 if woman else 0]
        else:
            last = rng.choice(_KZ_SURNAMES)[col]
            last = _feminine_surname(last) if woman else last
        roll = rng.random()
        if language == "kk":
            patronymic = father[1] + ("қызы" if woman else "ұлы") if roll < 0.55 else ""
            if not patronymic and roll < 0.85:
                patronymic = _patronymic_from(father[0], woman)
        elif language == "ru":
            patronymic = _patronymic_from(father[0], woman) if roll < 0.88 else ""
        else:
            patronymic = _patronymic_from(father[2], woman, latin=True) if roll < 0.3 else ""
        return last, first, patronymic
    first_ru, first_en = rng.choice(_RU_WOMEN if woman else _RU_MEN)
    sur_ru, sur_en = rng.choice(_RU_SURNAMES)
    pat_m, pat_f = rng.choice(_RU_PATRONYMICS)
    if language == "en":
        last = _feminine_surname(sur_en) if woman else sur_en
        return last, first_en, ""
    last = _feminine_surname(sur_ru) if woman else sur_ru
    patronymic = (pat_f if woman else pat_m) if rng.random() < 0.93 else ""
    return last, first_ru, patronymic


# ---------------------------------------------------------------------------------------------
# Slots: what fills the scenario templates
# ---------------------------------------------------------------------------------------------

# fmt: off
_STREETS = (
    ("ул. Абая", "Абай көшесі", "Abai Street"),
    ("пр. Республики", "Республика даңғылы", "Respublika Avenue"),
    ("ул. Сейфуллина", "Сейфуллин көшесі", "Seifullin Street"),
    ("ул. Жамбыла", "Жамбыл көшесі", "Zhambyl Street"),
    ("ул. Гоголя", "Гоголь көшесі", "Gogol Street"),
    ("ул. Пушкина", "Пушкин көшесі", "Pushkin Street"),
    ("ул. Толе би", "Төле би көшесі", "Tole Bi Street"),
    ("ул. Кенесары", "Кенесары көшесі", "Kenesary Street"),
    ("ул. Момышулы", "Момышұлы көшесі", "Momyshuly Street"),
    ("ул. Ауэзова", "Әуезов көшесі", "Auezov Street"),
    ("ул. Богенбай батыра", "Бөгенбай батыр көшесі", "Bogenbai Batyr Street"),
    ("ул. Сатпаева", "Сәтбаев көшесі", "Satpayev Street"),
    ("ул. Майлина", "Майлин көшесі", "Mailin Street"),
    ("ул. Гагарина", "Гагарин көшесі", "Gagarin Street"),
    ("пр. Абылай хана", "Абылай хан даңғылы", "Abylai Khan Avenue"),
    ("ул. Алтынсарина", "Алтынсарин көшесі", "Altynsarin Street"),
    ("ул. Байтурсынова", "Байтұрсынов көшесі", "Baitursynov Street"),
    ("ул. Есенберлина", "Есенберлин көшесі", "Yessenberlin Street"),
    ("ул. Валиханова", "Уәлиханов көшесі", "Valikhanov Street"),
    ("ул. Желтоксан", "Желтоқсан көшесі", "Zheltoksan Street"),
    ("ул. Карасай батыра", "Қарасай батыр көшесі", "Karasai Batyr Street"),
    ("ул. Бухар жырау", "Бұқар жырау көшесі", "Bukhar Zhyrau Street"),
    ("ул. Тауелсиздик", "Тәуелсіздік көшесі", "Tauelsizdik Street"),
    ("ул. Строителей", "Құрылысшылар көшесі", "Stroitelei Street"),
    ("ул. Школьная", "Мектеп көшесі", "Shkolnaya Street"),
    ("ул. Садовая", "Бақша көшесі", "Sadovaya Street"),
    ("ул. Жастар", "Жастар көшесі", "Zhastar Street"),
    ("ул. Букейхана", "Бөкейхан көшесі", "Bokeikhan Street"),
    ("ул. Жибек жолы", "Жібек жолы көшесі", "Zhibek Zholy Street"),
    ("ул. Торайгырова", "Торайғыров көшесі", "Toraigyrov Street"),
    ("ул. Шокая", "Шоқай көшесі", "Shokai Street"),
    ("ул. Достык", "Достық көшесі", "Dostyk Street"),
    ("ул. Курмангазы", "Құрманғазы көшесі", "Kurmangazy Street"),
    ("ул. Мира", "Бейбітшілік көшесі", "Mira Street"),
    ("ул. Ыбырая Алтынсарина", "Ыбырай Алтынсарин көшесі", "Ybyrai Altynsarin Street"),
    ("ул. Бейбитшилик", "Бейбітшілік көшесі", "Beibitshilik Street"),
)
_MKR = (
    ("мкр. Самал", "Самал шағынауданы", "Samal microdistrict"),
    ("мкр. Шугыла", "Шұғыла шағынауданы", "Shugyla microdistrict"),
    ("мкр. Аксай-4", "Ақсай-4 шағынауданы", "Aksai-4 microdistrict"),
    ("мкр. Восток-2", "Восток-2 шағынауданы", "Vostok-2 microdistrict"),
    ("мкр. Нурсат", "Нұрсат шағынауданы", "Nursat microdistrict"),
    ("мкр. Кулагер", "Құлагер шағынауданы", "Kulager microdistrict"),
    ("мкр. Жетысу-3", "Жетісу-3 шағынауданы", "Zhetysu-3 microdistrict"),
    ("мкр. Степной-4", "Степной-4 шағынауданы", "Stepnoy-4 microdistrict"),
    ("мкр. Асар", "Асар шағынауданы", "Asar microdistrict"),
    ("мкр. Коктем", "Көктем шағынауданы", "Koktem microdistrict"),
    ("мкр. Мамыр-1", "Мамыр-1 шағынауданы", "Mamyr-1 microdistrict"),
    ("мкр. Юго-Восток", "Оңтүстік-Шығыс шағынауданы", "Yugo-Vostok microdistrict"),
)
_VILLAGES = (
    ("с. Жанаталап", "Жаңаталап ауылы", "Zhanatalap village"),
    ("с. Караоткель", "Қараөткел ауылы", "Karaotkel village"),
    ("с. Акжар", "Ақжар ауылы", "Akzhar village"),
    ("с. Косколь", "Қосқөл ауылы", "Koskol village"),
    ("с. Шубарколь", "Шұбаркөл ауылы", "Shubarkol village"),
    ("с. Бирлик", "Бірлік ауылы", "Birlik village"),
    ("с. Талдыколь", "Талдыкөл ауылы", "Taldykol village"),
    ("с. Каракемер", "Қаракемер ауылы", "Karakemer village"),
    ("с. Жалгызагаш", "Жалғызағаш ауылы", "Zhalgyzagash village"),
    ("с. Енбекшил", "Еңбекшіл ауылы", "Yenbekshil village"),
    ("с. Кызылту", "Қызылту ауылы", "Kyzyltu village"),
    ("с. Ынтымак", "Ынтымақ ауылы", "Yntymak village"),
)
_RIVERS = (
    ("река Нура", "Нұра өзені", "the Nura river"), ("река Ишим", "Есіл өзені", "the Ishim river"),
    ("река Иртыш", "Ертіс өзені", "the Irtysh river"), ("река Тобол", "Тобыл өзені", "the Tobol"),
    ("река Урал", "Жайық өзені", "the Ural river"), ("река Или", "Іле өзені", "the Ile river"),
    ("река Сырдарья", "Сырдария өзені", "the Syr Darya"), ("река Талас", "Талас өзені",
     "the Talas"),
)
_KG_NAMES = (
    ("Балапан", "Балапан", "Balapan"), ("Айголек", "Айгөлек", "Aigolek"),
    ("Балауса", "Балауса", "Balausa"), ("Акбота", "Ақбота", "Akbota"),
    ("Болашак", "Болашақ", "Bolashak"), ("Кызгалдак", "Қызғалдақ", "Kyzgaldak"),
    ("Ертостик", "Ертөстік", "Ertostik"), ("Солнышко", "Күншуақ", "Kunshuak"),
    ("Нурбакыт", "Нұрбақыт", "Nurbakyt"), ("Жулдызай", "Жұлдызай", "Zhuldyzai"),
)
_ORG_NAMES = (
    ("Жулдыз", "Жұлдыз", "Zhuldyz"), ("Береке", "Береке", "Bereke"), ("Достык", "Достық", "Dostyk"),
    ("Шанырак", "Шаңырақ", "Shanyrak"), ("Акжол", "Ақжол", "Akzhol"), ("Сункар", "Сұңқар",
     "Sunkar"),
    ("Мерей", "Мерей", "Merei"), ("Бирлик", "Бірлік", "Birlik"), ("Уют", "Жайлы үй", "Uyut"),
    ("Самал-7", "Самал-7", "Samal-7"), ("Нур-Ай", "Нұр-Ай", "Nur-Ai"),
)
_FIRMS = (
    "СтройМонтаж-2010", "Алтын Дан", "Казстройсервис", "Агро-Нур", "ТехСнаб KZ", "Жол Курылыс",
    "Сарыарка Строй", "Евразия Логистик", "Нур Инвест Групп", "Азия Транс", "Бастау Агро",
    "Ертис Сервис", "Кайнар Строй", "Орда Девелопмент", "Аксу Металл",
)
_FIRMS_EN = (
    "StroiMontazh-2010", "Altyn Dan", "Kazstroiservice", "Agro-Nur", "TechSnab KZ",
    "Zhol Kurylys", "Saryarka Stroi", "Eurasia Logistics", "Nur Invest Group", "Asia Trans",
    "Bastau Agro", "Yertis Service", "Kainar Stroi", "Orda Development", "Aksu Metal",
)
_FIRMS_KK = (
    "СтройМонтаж-2010", "Алтын Дән", "Қазстройсервис", "Агро-Нұр", "ТехСнаб KZ", "Жол Құрылыс",
    "Сарыарқа Строй", "Еуразия Логистик", "Нұр Инвест Групп", "Азия Транс", "Бастау Агро",
    "Ертіс Сервис", "Қайнар Строй", "Орда Девелопмент", "Ақсу Металл",
)
_MONTHS = (
    # (ru nominative, ru genitive, ru prepositional, kk, en)
    ("январь", "января", "январе", "қаңтар", "January"),
    ("февраль", "февраля", "феврале", "ақпан", "February"),
    ("март", "марта", "марте", "наурыз", "March"),
    ("апрель", "апреля", "апреле", "сәуір", "April"),
    ("май", "мая", "мае", "мамыр", "May"),
    ("июнь", "июня", "июне", "маусым", "June"),
    ("июль", "июля", "июле", "шілде", "July"),
    ("август", "августа", "августе", "тамыз", "August"),
    ("сентябрь", "сентября", "сентябре", "қыркүйек", "September"),
    ("октябрь", "октября", "октябре", "қазан", "October"),
    ("ноябрь", "ноября", "ноябре", "қараша", "November"),
    ("декабрь", "декабря", "декабре", "желтоқсан", "December"),
)
_WINTER = (0, 1, 2, 9, 10, 11)
_SUMMER = (4, 5, 6, 7)
_RU_SCHOOL_KINDS = (
    # nominative, genitive, dative, accusative, instrumental, prepositional
    ("школа", "школы", "школе", "школу", "школой", "школе"),
    ("школа-гимназия", "школы-гимназии", "школе-гимназии", "школу-гимназию",
     "школой-гимназией", "школе-гимназии"),
    ("школа-лицей", "школы-лицея", "школе-лицею", "школу-лицей", "школой-лицеем",
     "школе-лицее"),
    ("общеобразовательная школа", "общеобразовательной школы", "общеобразовательной школе",
     "общеобразовательную школу", "общеобразовательной школой", "общеобразовательной школе"),
)
_KK_SCHOOL_KINDS = ("мектеп", "мектеп-гимназия", "мектеп-лицей", "жалпы білім беретін мектеп")
_EN_SCHOOL_KINDS = ("School", "School-Gymnasium", "School-Lyceum", "Secondary School")
_RU_CLINIC_KINDS = (
    ("городская поликлиника", "городской поликлиники", "городской поликлинике",
     "городскую поликлинику", "городской поликлиникой", "городской поликлинике"),
    ("поликлиника", "поликлиники", "поликлинике", "поликлинику", "поликлиникой",
     "поликлинике"),
    ("центр ПМСП", "центра ПМСП", "центру ПМСП", "центр ПМСП", "центром ПМСП", "центре ПМСП"),
)
_KK_CLINIC_KINDS = ("қалалық емхана", "емхана", "МСАК орталығы")
_EN_CLINIC_KINDS = ("City Polyclinic", "Polyclinic", "Primary Care Centre")
_RU_HOSPITALS = (
    ("городская больница № {n}", "городской больницы № {n}", "городской больнице № {n}",
     "городскую больницу № {n}", "городской больницей № {n}", "городской больнице № {n}"),
    ("многопрофильная больница", "многопрофильной больницы", "многопрофильной больнице",
     "многопрофильную больницу", "многопрофильной больницей", "многопрофильной больнице"),
    ("областная детская больница", "областной детской больницы", "областной детской больнице",
     "областную детскую больницу", "областной детской больницей",
     "областной детской больнице"),
    ("центральная районная больница", "центральной районной больницы",
     "центральной районной больнице", "центральную районную больницу",
     "центральной районной больницей", "центральной районной больнице"),
)
_KK_HOSPITALS = ("№ {n} қалалық аурухана", "көпбейінді аурухана", "облыстық балалар ауруханасы",
                 "аудандық орталық аурухана")
_EN_HOSPITALS = ("City Hospital No. {n}", "the multi-specialty hospital",
                 "the regional children's hospital", "the central district hospital")
_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")

_LISTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ksk": {
        "ru": tuple(f"КСК «{n[0]}»" for n in _ORG_NAMES)
        + tuple(f"ОСИ «{n[0]}»" for n in _ORG_NAMES),
        "kk": tuple(f"«{n[1]}» ПИК" for n in _ORG_NAMES)
        + tuple(f"«{n[1]}» МИБ" for n in _ORG_NAMES),
        "en": tuple(f"the {n[2]} housing cooperative" for n in _ORG_NAMES)
        + tuple(f"the {n[2]} owners' association (OSI)" for n in _ORG_NAMES),
    },
    "heatco": {
        "ru": ("ТОО «Жылу»", "АО «Теплосеть»", "ГКП «Теплоснабжение»", "ТОО «Теплотранзит»"),
        "kk": ("«Жылу» ЖШС", "«Жылу желісі» АҚ", "«Жылумен жабдықтау» МКК", "«Теплотранзит» ЖШС"),
        "en": ("the Zhylu heating company", "the city heating network company"),
    },
    "waterco": {
        "ru": ("ГКП «Водоканал»", "ГКП «Су арнасы»", "ТОО «Горводоканал»"),
        "kk": ("«Су арнасы» МКК", "«Водоканал» МКК", "«Қалалық су құбыры» МКК"),
        "en": ("the Vodokanal water utility", "the Su Arnasy water utility"),
    },
    "gasco": {
        "ru": ("газовая служба «Газ-Сервис»", "районная газовая служба", "ТОО «ГорГаз»"),
        "kk": ("«Газ-Сервис» газ қызметі", "аудандық газ қызметі", "«ГорГаз» ЖШС"),
        "en": ("the gas service company", "the district gas service"),
    },
    "powerco": {
        "ru": ("РЭС", "ТОО «Энергосбыт»", "АО «Горэлектросеть»", "ТОО «Энергосервис»"),
        "kk": ("аудандық электр желілері", "«Энергосбыт» ЖШС", "«Қалалық электр желісі» АҚ"),
        "en": ("the district power grid company", "Energosbyt"),
    },
    "wasteco": {
        "ru": ("ТОО «Тазалык»", "ТОО «Эко-Сервис»", "ГКП «Таза кала»"),
        "kk": ("«Тазалық» ЖШС", "«Эко-Сервис» ЖШС", "«Таза қала» МКК"),
        "en": ("the Tazalyk waste company", "the Eco-Service waste contractor"),
    },
    "employer": {
        "ru": tuple(f"ТОО «{f}»" for f in _FIRMS),
        "kk": tuple(f"«{f}» ЖШС" for f in _FIRMS_KK),
        "en": tuple(f"{f} LLP" for f in _FIRMS_EN),
    },
    "contractor": {
        "ru": ("ТОО «Жол Курылыс»", "ТОО «Дорстрой-7»", "ТОО «Кайнар Строй»",
               "ТОО «Асфальт-Сервис»"),
        "kk": ("«Жол Құрылыс» ЖШС", "«Дорстрой-7» ЖШС", "«Қайнар Строй» ЖШС",
               "«Асфальт-Сервис» ЖШС"),
        "en": ("Zhol Kurylys LLP", "Dorstroi-7 LLP", "Asphalt-Service LLP"),
    },
    "developer": {
        "ru": ("ТОО «Орда Девелопмент»", "ТОО «Сарыарка Строй»", "ТОО «Нур Инвест Групп»"),
        "kk": ("«Орда Девелопмент» ЖШС", "«Сарыарқа Строй» ЖШС", "«Нұр Инвест Групп» ЖШС"),
        "en": ("Orda Development LLP", "Saryarka Stroi LLP", "Nur Invest Group LLP"),
    },
    "factory": {
        "ru": ("ТОО «ЦементПром»", "ТОО «Аксу Металл»", "ТОО «ТЭЦ-Сервис»",
               "асфальтовый завод ТОО «Асфальт-Сервис»"),
        "kk": ("«ЦементПром» ЖШС", "«Ақсу Металл» ЖШС", "«ЖЭО-Сервис» ЖШС",
               "«Асфальт-Сервис» асфальт зауыты"),
        "en": ("the CementProm plant", "the Aksu Metal smelter",
               "the asphalt plant of Asphalt-Service LLP"),
    },
    "market": {
        "ru": ("рынок «Шапагат»", "рынок «Береке»", "ТД «Азия»", "рынок «Алтын Орда»"),
        "kk": ("«Шапағат» базары", "«Береке» базары", "«Азия» сауда үйі", "«Алтын Орда» базары"),
        "en": ("the Shapagat market", "the Bereke market", "the Asia shopping centre"),
    },
    "village": {lang: tuple(v[i] for v in _VILLAGES) for i, lang in enumerate(LANGUAGES)},
    "since": {
        "ru": ("уже {weeks}", "с {date}", "с начала {month_gen}", "больше месяца", "который день"),
        "kk": ("{weeks} бойы", "{date_abl} бері", "{month} айының басынан бері",
               "бір айдан астам уақыт"),
        "en": ("for {weeks} now", "since {date}", "since the beginning of {month}",
               "for over a month"),
    },
    "tried": {
        "ru": (
            "Звонили, писали — никакой реакции.", "Все обещают, но ничего не меняется.",
            "Устные обращения результата не дали.",
            "Раньше уже писали через eOtinish — пришла отписка.",
            "Обращались в акимат ещё в {month_loc}, до сих пор тишина.",
            "Кроме обещаний, ничего не получили.", "",
        ),
        "kk": (
            "Телефон соқтық, жаздық — ешқандай нәтиже жоқ.",
            "Бәрі уәде береді, бірақ ештеңе өзгермейді.",
            "Ауызша айтқанымыздан еш пайда болмады.",
            "Бұрын eOtinish арқылы жазған едік — жай ғана формалды жауап келді.",
            "{month_loc} әкімдікке барған едік, әлі күнге дейін жауап жоқ.", "",
        ),
        "en": (
            "We have called and written many times with no result.",
            "Everyone promises, nothing changes.", "",
        ),
    },
    "emo": {
        "ru": (
            "Сколько можно?!", "Это просто издевательство над людьми.",
            "Мы тоже люди и платим налоги!", "Неужели нужно дождаться трагедии?",
            "Устали уже писать.", "Неужели никому нет дела?", "Стыдно, честное слово.",
        ),
        "kk": (
            "Қашанға дейін шыдаймыз?!", "Бұл — халықты менсінбеушілік!",
            "Біз де салық төлейтін азаматтармыз ғой!",
            "Қайғылы оқиға болғанын күтіп отырсыздар ма?",
            "Айта-айта шаршадық.", "Ешкімге керек емеспіз бе?", "Ұят қой, шынымен.",
        ),
        "en": (
            "How long are we expected to wait?", "This is simply unacceptable.",
            "We pay our taxes like everyone else.", "Does anyone care at all?",
        ),
    },
    "pension": {
        "ru": ("пенсионер", "пенсионер, лицо с инвалидностью второй группы",
               "пенсионер, ветеран труда"),
        "kk": ("зейнеткер", "екінші топтағы мүгедектігі бар зейнеткер",
               "еңбек ардагері, зейнеткер"),
        "en": ("a pensioner", "a pensioner with a second-group disability"),
    },
}
# fmt: on


def _pick_index(rng: random.Random, table: tuple) -> int:
    return rng.randrange(len(table))


def _col(language: str) -> int:
    return {"ru": 0, "kk": 1, "en": 2}[language]


def _number_with_letter(rng: random.Random, low: int, high: int, language: str) -> str:
    number = str(rng.randint(low, high))
    roll = rng.random()
    if roll < 0.08:
        return number + ("A" if language == "en" else "А")
    if roll < 0.13:
        return number + ("B" if language == "en" else "Б")
    if roll < 0.17:
        return f"{number}/{rng.randint(1, 4)}"
    return number


def _gen_street(rng: random.Random, language: str, slots: _Slots) -> str:
    return rng.choice(_STREETS)[_col(language)]


def _gen_street2(rng: random.Random, language: str, slots: _Slots) -> str:
    first = slots.value("street")
    options = [s[_col(language)] for s in _STREETS if s[_col(language)] != first]
    return rng.choice(options)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_text(day_of_year: int, language: str) -> str:
    day = day_of_year % 365
    month = 0
    while day >= _MONTH_DAYS[month]:
        day -= _MONTH_DAYS[month]
        month += 1
    names = _MONTHS[month]
    name = names[1] if language == "ru" else names[3] if language == "kk" else names[4]
    return f"{day + 1} {name}"


def _gen_doy(rng: random.Random, language: str, slots: _Slots) -> int:
    return rng.randrange(365)


def _gen_date(rng: random.Random, language: str, slots: _Slots, months=None) -> str:
    if months:
        month = rng.choice(months)
        return _date_text(sum(_MONTH_DAYS[:month]) + rng.randrange(28), language)
    return _date_text(slots.value("doy"), language)


def _gen_date2(rng: random.Random, language: str, slots: _Slots) -> str:
    """A date two to ten weeks after {date}: a deadline, a follow-up."""
    return _date_text(slots.value("doy") + rng.randint(14, 75), language)


def _gen_adate(rng: random.Random, language: str, slots: _Slots) -> str:
    """A date one to three weeks before {date}: when an appeal came in."""
    return _date_text(slots.value("doy") - rng.randint(5, 20), language)


def _gen_month(rng: random.Random, language: str, slots: _Slots, months=None):
    month = _MONTHS[rng.choice(months) if months else rng.randrange(12)]
    if language == "ru":
        return {"nom": month[0], "gen": month[1], "loc": month[2], "acc": month[0]}
    return month[3] if language == "kk" else month[4]


def _gen_counted(forms_ru, unit_kk, unit_en, low, high):
    def gen(rng: random.Random, language: str, slots: _Slots) -> str:
        n = rng.randint(low, high)
        if language == "ru":
            return f"{n} {_ru_plural(n, forms_ru)}"
        if language == "kk":
            return f"{n} {unit_kk}"
        return f"{n} {unit_en if n == 1 else unit_en + 's'}"

    return gen


def _gen_years_old(rng: random.Random, language: str, low: int, high: int) -> str:
    """An age: '3 года' (ru), '3' (kk: the noun 'жаста' follows), '3 years old' (en)."""
    n = rng.randint(low, high)
    if language == "ru":
        return f"{n} {_ru_plural(n, ('год', 'года', 'лет'))}"
    if language == "en":
        return f"{n} year{'s' if n > 1 else ''} old"
    return str(n)


def _gen_kids(rng: random.Random, language: str, slots: _Slots, source: str = "kidsn") -> str:
    n = int(slots.value(source))
    if language == "ru":
        return f"{_RU_COLLECTIVE.get(n, str(n))} детей"
    if language == "kk":
        return f"{n} бала"
    return f"{_EN_NUMBERS[n]} children"


def _gen_money(low: int, high: int, step: int):
    def gen(rng: random.Random, language: str, slots: _Slots) -> str:
        return _money(rng.randrange(low, high + 1, step), language)

    return gen


def _gen_institution(ru_kinds, kk_kinds, en_kinds, low, high):
    """A numbered institution: 'школа № 45' / '№ 45 мектеп' / 'School No. 45'."""

    def gen(rng: random.Random, language: str, slots: _Slots):
        n = rng.randint(low, high)
        i = rng.randrange(len(kk_kinds))
        if language == "ru":
            return {case: f"{form} № {n}" for case, form in zip(_CASES, ru_kinds[i], strict=True)}
        if language == "kk":
            return f"№ {n} {kk_kinds[i]}"
        return f"{en_kinds[i]} No. {n}"

    return gen


def _gen_hospital(rng: random.Random, language: str, slots: _Slots):
    i = rng.randrange(len(_KK_HOSPITALS))
    n = str(rng.randint(1, 9))
    if language == "ru":
        return {
            case: form.replace("{n}", n)
            for case, form in zip(_CASES, _RU_HOSPITALS[i], strict=True)
        }
    return (_KK_HOSPITALS if language == "kk" else _EN_HOSPITALS)[i].replace("{n}", n)


def _gen_river(rng: random.Random, language: str, slots: _Slots):
    river = rng.choice(_RIVERS)
    if language != "ru":
        return river[_col(language)]
    name = river[0].removeprefix("река ")
    forms = ("река", "реки", "реке", "реку", "рекой", "реке")
    return {case: f"{form} {name}" for case, form in zip(_CASES, forms, strict=True)}


_FARMS = (
    ("Жер-Ана", "Жер-Ана", "Zher-Ana"),
    ("Акниет", "Ақниет", "Akniyet"),
    ("Береке", "Береке", "Bereke"),
    ("Нурлы Дала", "Нұрлы Дала", "Nurly Dala"),
    ("Байтерек", "Бәйтерек", "Baiterek"),
    ("Самал", "Самал", "Samal"),
)


def _gen_farm(rng: random.Random, language: str, slots: _Slots) -> str:
    farm = rng.choice(_FARMS)
    if language == "ru":
        return f"КХ «{farm[0]}»"
    if language == "kk":
        return f"«{farm[1]}» шаруа қожалығы"
    return f"the {farm[2]} farm"


def _gen_kg(rng: random.Random, language: str, slots: _Slots):
    name = rng.choice(_KG_NAMES)
    n = rng.randint(2, 140)
    if language == "ru":
        forms = ("детский сад", "детского сада", "детскому саду", "детский сад",
                 "детским садом", "детском саду")  # fmt: skip
        return {case: f"{form} № {n} «{name[0]}»" for case, form in zip(_CASES, forms, strict=True)}
    if language == "kk":
        return f"№ {n} «{name[1]}» балабақшасы"
    return f"kindergarten No. {n} “{name[2]}”"


def _gen_official(rng: random.Random, language: str, slots: _Slots) -> str:
    last, first, patronymic = person_name(rng, language)
    if language == "en":
        return f"{first[0]}. {last}"
    initials = first[0] + "." + (patronymic[0] + "." if patronymic else "")
    return f"{last} {initials}"


def _gen_plate(rng: random.Random, language: str, slots: _Slots) -> str:
    letters = "".join(rng.choice("ABCDEHKMOPTXYZ") for _ in range(3))
    return f"{rng.randint(100, 999)} {letters} {rng.choice(['01', '02', '05', '09', '10', '14'])}"


def _gen_cadastre(rng: random.Random, language: str, slots: _Slots) -> str:
    return (
        f"{rng.randint(1, 22):02d}-{rng.randint(100, 399)}-"
        f"{rng.randint(1, 150):03d}-{rng.randint(1, 2999):03d}"
    )


def _gen_qnum2(rng: random.Random, language: str, slots: _Slots) -> str:
    return str(int(slots.value("qnum")) - rng.randint(4, 95))


def _gen_rate2(rng: random.Random, language: str, slots: _Slots) -> str:
    return str(int(slots.value("rate1")) + rng.randrange(10, 45, 5))


def _gen_int(low: int, high: int, step: int = 1):
    def gen(rng: random.Random, language: str, slots: _Slots) -> str:
        return str(rng.randrange(low, high + 1, step))

    return gen


def _gen_parallel(table: tuple):
    def gen(rng: random.Random, language: str, slots: _Slots) -> str:
        return rng.choice(table)[_col(language)]

    return gen


_FUNCS: dict[str, Callable] = {
    "street": _gen_street,
    "street2": _gen_street2,
    "mkr": _gen_parallel(_MKR),
    "house": lambda rng, lang, slots: _number_with_letter(rng, 1, 160, lang),
    "house2": lambda rng, lang, slots: _number_with_letter(rng, 1, 160, lang),
    "flat": _gen_int(1, 240),
    "flat2": _gen_int(1, 240),
    "floor": _gen_int(2, 9),
    "route": lambda rng, lang, slots: _number_with_letter(rng, 1, 98, lang).split("/")[0],
    "route2": _gen_int(2, 120),
    "doy": _gen_doy,
    "date": _gen_date,
    "date2": _gen_date2,
    "adate": _gen_adate,
    "wdate": lambda rng, lang, slots: _gen_date(rng, lang, slots, _WINTER),
    "sdate": lambda rng, lang, slots: _gen_date(rng, lang, slots, _SUMMER),
    "month": _gen_month,
    "wmonth": lambda rng, lang, slots: _gen_month(rng, lang, slots, _WINTER),
    "smonth": lambda rng, lang, slots: _gen_month(rng, lang, slots, _SUMMER),
    "year": _gen_int(2014, 2022),
    "oldyear": _gen_int(1952, 1969),
    "qnum": _gen_int(600, 4800),
    "qnum2": _gen_qnum2,
    "rate1": _gen_int(25, 60, 5),
    "rate2": _gen_rate2,
    "kidsn": _gen_int(2, 6),
    "kids": _gen_kids,
    "nflats": _gen_int(8, 24),
    "nflats2": _gen_int(12, 36),
    "people": _gen_int(20, 400, 5),
    "cm": _gen_int(2, 5),
    "tlow": _gen_int(10, 14),
    "thigh": lambda rng, lang, slots: str(int(slots.value("tlow")) + rng.randint(2, 3)),
    "people2": _gen_int(5, 20),
    "people3": _gen_int(600, 1200, 50),
    "meters2": _gen_int(1, 5),
    "qnum3": _gen_int(20, 600),
    "oldyear2": _gen_int(1975, 1985),
    "oldyear3": lambda rng, lang, slots: str(int(slots.value("oldyear2")) + rng.randint(4, 10)),
    "kidsn4": _gen_int(4, 7),
    "heads2": _gen_int(5, 30),
    "unit": _gen_int(10000, 99999),
    "num": _gen_int(2, 40),
    "room": _gen_int(101, 412),
    "river": _gen_river,
    "farm": _gen_farm,
    "childage3": _gen_int(13, 16),
    "prison": lambda rng, lang, slots: (
        rng.choice(("ЛА-155", "ЕЦ-166", "АК-159", "УК-161")) + f"/{rng.randint(1, 30)}"
    ),
    "kids4": lambda rng, lang, slots: _gen_kids(rng, lang, slots, "kidsn4"),
    "childage2": lambda rng, lang, slots: (
        f"{rng.randint(7, 12)} лет" if lang == "ru" else str(rng.randint(7, 12))
    ),
    "hour": lambda rng, lang, slots: rng.choice(("23:00", "00:00", "01:00", "02:00")),
    "pct": _gen_int(15, 60, 5),
    "meters": _gen_int(50, 800, 10),
    "km": _gen_int(3, 60),
    "sotka": lambda rng, lang, slots: rng.choice(("6", "8", "10", "10", "12", "15")),
    "heads": _gen_int(12, 180),
    "sums": _gen_money(2_000, 25_000, 500),
    "sum": _gen_money(35_000, 450_000, 1_000),
    "pens": _gen_money(68_000, 195_000, 500),
    "coal": _gen_money(22_000, 45_000, 500),
    "sumb": _gen_money(600_000, 9_000_000, 10_000),
    "days": _gen_counted(("день", "дня", "дней"), "күн", "day", 3, 12),
    "weeks": _gen_counted(("неделю", "недели", "недель"), "апта", "week", 2, 6),
    "months": _gen_counted(("месяц", "месяца", "месяцев"), "ай", "month", 2, 11),
    "years": _gen_counted(("год", "года", "лет"), "жыл", "year", 2, 12),
    "age": lambda rng, lang, slots: _gen_years_old(rng, lang, 64, 89),
    "childage": lambda rng, lang, slots: _gen_years_old(rng, lang, 1, 6),
    "school": _gen_institution(_RU_SCHOOL_KINDS, _KK_SCHOOL_KINDS, _EN_SCHOOL_KINDS, 1, 92),
    "clinic": _gen_institution(_RU_CLINIC_KINDS, _KK_CLINIC_KINDS, _EN_CLINIC_KINDS, 1, 12),
    "hosp": _gen_hospital,
    "kg": _gen_kg,
    "off": _gen_official,
    "off2": _gen_official,
    "plate": _gen_plate,
    "cad": _gen_cadastre,
}


# ---------------------------------------------------------------------------------------------
# The template engine
# ---------------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{([a-z][a-z0-9]*)(?:_(nom|gen|dat|acc|ins|loc|abl|cnj))?\}")
_ALT_RE = re.compile(r"\{([^{}]*)\}")
_OPT_RE = re.compile(r"\[([^\[\]]*)\]")
_CAP_RE = re.compile(r"(^|[.!?]\s+|\n)([a-zа-яёәғқңөұүһі])")


class _Slots(dict):
    """The values of one text's slots, drawn lazily and then kept."""

    def __init__(self, rng: random.Random, language: str) -> None:
        super().__init__()
        self.rng = rng
        self.language = language
        self.raw: dict[str, str] = {}  # outside text (names, places): never parsed as a template
        self.vault: list[str] = []

    def put_raw(self, name: str, text: str) -> None:
        self.raw[name] = text
        self[name] = text

    def protect(self, text: str) -> str:
        self.vault.append(text)
        return f"\x01{len(self.vault) - 1}\x02"

    def unprotect(self, text: str) -> str:
        return re.sub(r"\x01(\d+)\x02", lambda m: self.vault[int(m.group(1))], text)

    def value(self, name: str):
        if name not in self:
            if name in _FUNCS:
                value = _FUNCS[name](self.rng, self.language, self)
            elif name in _LISTS:
                value = self.rng.choice(_LISTS[name][self.language])
            else:
                raise KeyError(f"unknown slot {{{name}}}")
            if isinstance(value, str) and ("{" in value or "[" in value):
                value = _render(value, self)
            self[name] = value
        return self[name]

    def form(self, name: str, case: str | None) -> str:
        if name in self.raw:
            value = self.raw[name]
            if case and case != "nom" and self.language == "kk":
                value = _kk_case(value, case)
            return self.protect(value)
        value = self.value(name)
        if isinstance(value, dict):
            return value.get(case or "nom", value["nom"])
        if case and case != "nom" and self.language == "kk":
            return _kk_case(value, case)
        return value


def _render(template: str, slots: _Slots) -> str:
    text = _SLOT_RE.sub(lambda m: slots.form(m.group(1), m.group(2)), template)
    rng = slots.rng
    while "{" in text or "[" in text:
        new = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        new = _OPT_RE.sub(lambda m: m.group(1) if rng.random() < 0.5 else "", new)
        if new == text:
            break
        text = new
    return text


_TIDY_RULES = [  # (a substring that must be present for the rule to matter, pattern, replacement)
    ("", re.compile(r"[ \t]{2,}|\t"), " "),
    (",", re.compile(r",(\s*[,.])"), r"\1"),  # ", ." left by a dropped optional part
    (" ", re.compile(r" +([,.;:!?)»])"), r"\1"),
    ("( ", re.compile(r"\( +"), "("),
    ("« ", re.compile(r"« +"), "«"),
    ("..", re.compile(r"\.\.(?!\.)"), "."),
    ("!.", re.compile(r"!\."), "!"),
    ("?.", re.compile(r"\?\."), "?"),
    ("(", re.compile(r" ?\(\s*\)"), ""),
    ("с ст", re.compile(r"\b([Сс]) (ст\.|стать)"), r"\1о \2"),  # "в соответствии со ст."
    ("С ст", re.compile(r"\b([Сс]) (ст\.|стать)"), r"\1о \2"),
    ("\n", re.compile(r" +\n|\n +"), "\n"),
    ("\n\n\n", re.compile(r"\n{3,}"), "\n\n"),
]


def _tidy(text: str) -> str:
    for trigger, pattern, replacement in _TIDY_RULES:
        if trigger in text:
            text = pattern.sub(replacement, text)
    return _CAP_RE.sub(_capitalize, text.strip())


_INITIAL_RE = re.compile(r"(?:^|[\s.])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*$")


def _capitalize(match: re.Match) -> str:
    """Capitalise a sentence start, but not after an initial ('Ахметов Е.С. жүргізіп')."""
    before = match.string[: match.start(2)]
    rest = match.string[match.start(2) : match.start(2) + 8]
    if _INITIAL_RE.search(before) or rest.startswith(("egov", "eOtinish", "eGov")):
        return match.group(0)
    return match.group(1) + match.group(2).upper()


# ---------------------------------------------------------------------------------------------
# Frames: how an appeal of each kind opens, asks and closes
# ---------------------------------------------------------------------------------------------

# fmt: off
_FRAMES: dict[str, dict] = {
    "ru": {
        "hello": ("Здравствуйте!", "Добрый день!", "Добрый день.", "Уважаемый {addressee}!",
                  "Уважаемый {addressee}!", "Уважаемые сотрудники!", "Ассаляму алейкум!"),
        "intro": {
            "proposal": ("Хочу внести предложение.",
                         "Обращаюсь к вам с предложением по вопросу {g}.",
                         "Есть предложение, которое, думаю, поддержат многие жители.",
                         "Прошу рассмотреть моё предложение.", ""),
            "statement": ("Прошу рассмотреть моё заявление.",
                          "Обращаюсь к вам с заявлением по вопросу {g}.",
                          "Обращаюсь к вам за помощью.", ""),
            "complaint": ("Пишу жалобу, потому что по-другому, видимо, не получается.",
                          "Обращаюсь с жалобой на бездействие {o}.",
                          "Хочу пожаловаться на {бездействие|работу} {o}.",
                          "Вынуждены снова жаловаться.", ""),
            "request": ("Прошу предоставить информацию по вопросу {g}.",
                        "Хотелось бы получить разъяснение по вопросу {g}.",
                        "Направляю запрос о предоставлении информации.", ""),
            "feedback": ("Пишу по поводу решения, принятого по вопросу {g}.",
                         "Хочу высказать мнение о принятом решении по вопросу {g}.",
                         "Ознакомившись с ответом по вопросу {g}, считаю нужным высказаться."),
        },
        "ask": {
            "proposal": ("Предлагаю {w}.",
                         "Моё предложение — {w}. [Жители готовы помочь, чем смогут.]",
                         "Считаю, что нужно {w}. Думаю, это решит проблему для многих.",
                         "Предлагаю {w}[ — больших затрат это не потребует, а пользы будет "
                         "много]."),
            "statement": ("Прошу {w}.", "На основании изложенного прошу {w}.",
                          "Прошу {w} и письменно сообщить о принятом решении.",
                          "Убедительно прошу {w}."),
            "complaint": ("Прошу проверить бездействие {o} и {w}.",
                          "Прошу принять меры — {w}[, а виновных привлечь к ответственности].",
                          "Требую {w}. [Прошу также дать оценку действиям {o}.]",
                          "Прошу вмешаться и {w}."),
        },
        "request": ("Прошу сообщить, какие меры принимаются по вопросу {g}, в какие сроки и "
                    "кто за это отвечает.",
                    "Прошу разъяснить, планируется ли решение вопроса {g} и в какие сроки."),
        "request_q": ("Прошу сообщить, {q}.", "Прошу ответить, {q}.", "Хочу узнать, {q}.",
                      "Прошу дать письменный ответ: {q}?"),
        "feedback_neg": ("Считаю такое решение необоснованным и прошу его пересмотреть — "
                         "необходимо {w}.",
                         "Решение принято без учёта реальной ситуации. Прошу вернуться к "
                         "вопросу и {w}.",
                         "Принятое решение проблему не решает. Прошу {w}."),
        "feedback_pos": ("Спасибо, что вопрос начали решать, но сделано не всё. Просим довести "
                         "дело до конца и {w}.",
                         "Благодарю за оперативный ответ, однако по существу вопрос не решён. "
                         "Прошу {w}."),
        "close": ("Заранее спасибо.", "С уважением.", "Надеюсь на понимание и скорое решение.",
                  "Жду ответа в установленный законом срок.", "Прошу ответ направить письменно.",
                  "Спасибо за внимание.", "Надеюсь на вашу помощь."),
        "emo_close": ("Надеюсь, хоть в этот раз не будет отписки.",
                      "Если ничего не изменится, будем обращаться в прокуратуру.",
                      "Очень ждём реальных действий, а не бумажек."),
        "urgent_intro": ("СРОЧНО!", "Срочное обращение!", "Прошу рассмотреть срочно!"),
        "urgent_close": ("Прошу рассмотреть обращение в срочном порядке — речь идёт о жизни и "
                         "здоровье людей.",
                         "Ситуация может закончиться трагедией. Просим отреагировать сегодня же!",
                         "Ждать 15 рабочих дней в такой ситуации нельзя, помощь нужна немедленно."),
        "prefix": {"proposal": "Предложение: ", "statement": "Заявление: ",
                   "complaint": "Жалоба: ", "request": "Запрос: ", "feedback": "Отзыв: "},
        "urgent_prefix": ("СРОЧНО: ", "Срочно! "),
        "place": "наш населённый пункт",
    },
    "kk": {
        "hello": ("Сәлеметсіз бе!", "Қайырлы күн!", "Құрметті {addressee}!",
                  "Құрметті {addressee}!", "Ассалаумағалейкум!", "Сәлеметсіздер ме!"),
        "intro": {
            "proposal": ("Бір ұсыныс білдіргім келеді.",
                         "{g} мәселесі бойынша ұсынысыммен бөліскім келеді.",
                         "Көптеген тұрғындар қолдайды деп ойлаған бір ұсынысым бар.",
                         "Ұсынысымды қарауыңызды сұраймын.", ""),
            "statement": ("Өтінішімді қарауыңызды сұраймын.",
                          "Сіздерге {g} мәселесі бойынша өтінішпен жүгініп отырмын.",
                          "Сіздерден көмек сұрап отырмын.", ""),
            "complaint": ("Басқа амалым қалмағандықтан, шағым жазып отырмын.",
                          "{o_gen} әрекетсіздігіне шағым жасаймын.",
                          "{o_gen} жұмысына шағымданғым келеді.",
                          "Тағы да шағымдануға мәжбүрміз.", ""),
            "request": ("{g} мәселесі бойынша ақпарат беруіңізді сұраймын.",
                        "{g} мәселесі бойынша түсініктеме алғым келеді.",
                        "Ақпарат алу үшін сұрау жолдап отырмын.", ""),
            "feedback": ("{g} мәселесі бойынша қабылданған шешімге қатысты пікірімді "
                         "білдіргім келеді.",
                         "{g} жөніндегі жауаппен таныстым, өз пікірімді айтқым келеді."),
        },
        "ask": {
            "proposal": ("{w_acc} ұсынамын.",
                         "Менің ұсынысым — {w}. [Тұрғындар қолдан келгенше көмектесуге дайын.]",
                         "{w} қажет деп санаймын. Бұл көп адамның мәселесін шешер еді.",
                         "{w_acc} ұсынамын[ — бұған көп қаражат керек емес, ал пайдасы зор]."),
            "statement": ("{w_acc} сұраймын.",
                          "Жоғарыда айтылғандарға байланысты {w_acc} сұраймын.",
                          "{w_acc} және қабылданған шешім туралы жазбаша хабарлауыңызды "
                          "сұраймын.",
                          "{w_acc} өтінемін."),
            "complaint": ("{o_gen} әрекетсіздігін тексеріп, {w_acc} талап етемін.",
                          "Шара қолданып, {w_acc} сұраймын[, кінәлілерді жауапқа тартуды "
                          "талап етемін].",
                          "{w_acc} талап етемін. [{o_gen} әрекеттеріне баға беруіңізді "
                          "сұраймын.]",
                          "Араласып, {w_acc} сұраймын."),
        },
        "request": ("{g} мәселесі бойынша қандай шаралар қабылданып жатқанын, қашан "
                    "шешілетінін және оған кім жауапты екенін хабарлауыңызды сұраймын.",
                    "{g} мәселесін шешу жоспарланған ба, жоспарланса — қашан? Осыны түсіндіріп "
                    "беруіңізді сұраймын."),
        "request_q": ("Сұрақтарым мынадай: {q}", "Мына сұрақтарға жауап беруіңізді сұраймын: {q}",
                      "Білгім келетіні: {q}"),
        "feedback_neg": ("Бұл шешімді негізсіз деп санаймын, оны қайта қарап, {w_acc} "
                         "сұраймын.",
                         "Шешім нақты жағдай ескерілмей қабылданған. Мәселеге қайта оралып, "
                         "{w_acc} сұраймын.",
                         "Қабылданған шешім мәселені шешпейді. {w_acc} сұраймын."),
        "feedback_pos": ("Мәселені қолға алғандарыңызға рахмет, бірақ іс аяғына дейін жеткен "
                         "жоқ. Бастаған істі аяқтап, {w_acc} сұраймыз.",
                         "Жедел жауап бергендеріңізге рахмет, бірақ мәселе іс жүзінде "
                         "шешілген жоқ. {w_acc} сұраймын."),
        "close": ("Алдын ала рахмет.", "Құрметпен.",
                  "Түсіністікпен қарап, тез шешеді деп үміттенемін.",
                  "Заңда белгіленген мерзімде жауап беруіңізді сұраймын.",
                  "Жауапты жазбаша түрде беруіңізді өтінемін.", "Назарларыңызға рахмет.",
                  "Көмектеседі деп сенемін."),
        "emo_close": ("Бұл жолы формалды жауап болмайды деп үміттенемін.",
                      "Ештеңе өзгермесе, прокуратураға жүгінуге мәжбүр боламыз.",
                      "Қағаз емес, нақты іс күтеміз."),
        "urgent_intro": ("ШҰҒЫЛ!", "Шұғыл өтініш!", "Шұғыл қарауыңызды сұраймын!"),
        "urgent_close": ("Өтінішті шұғыл түрде қарауыңызды сұраймын — адамдардың өмірі мен "
                         "денсаулығына қауіп төніп тұр.",
                         "Бұл қайғылы жағдайға әкелуі мүмкін. Бүгіннің өзінде шара "
                         "қолдануларыңызды сұраймыз!",
                         "Мұндай жағдайда 15 жұмыс күнін күтуге болмайды, көмек дереу керек."),
        "prefix": {"proposal": "Ұсыныс: ", "statement": "Өтініш: ", "complaint": "Шағым: ",
                   "request": "Ақпарат сұрау: ", "feedback": "Пікір: "},
        "urgent_prefix": ("ШҰҒЫЛ: ", "Шұғыл! "),
        "place": "біздің елді мекен",
    },
    "en": {
        "hello": ("Dear Sir or Madam,", "Hello,", "Dear {addressee},", "Good afternoon,"),
        "intro": {
            "proposal": ("I would like to make a proposal regarding {g}.",
                         "I am writing with a suggestion.", ""),
            "statement": ("I am writing to submit the following application.",
                          "Please consider my application regarding {g}.", ""),
            "complaint": ("I am writing to complain about the inaction of {o}.",
                          "I wish to file a complaint.", ""),
            "request": ("I would like to request information regarding {g}.",
                        "Could you please clarify the following.", ""),
            "feedback": ("I am writing in response to the decision taken on {g}.",
                         "I would like to comment on the decision regarding {g}."),
        },
        "ask": {
            "proposal": ("I propose that the authorities {w}.", "My suggestion is to {w}.",
                         "I believe it is necessary to {w}. This would help many residents."),
            "statement": ("I kindly ask you to {w}.", "I therefore request that you {w}.",
                          "Please {w} and inform me of the decision in writing."),
            "complaint": ("I ask you to look into the inaction of {o} and {w}.",
                          "Please take action to {w}.[ Those responsible should be held to "
                          "account.]",
                          "I demand that you {w}."),
        },
        "request": ("Please let me know what is being done about {g}, by when, and who is "
                    "responsible.",
                    "Please explain whether there is a plan to deal with {g} and when."),
        "request_q": ("Could you please tell me {q}?", "I would like to know {q}."),
        "feedback_neg": ("I believe this decision is unjustified and ask you to reconsider it "
                         "and {w}.",
                         "The decision taken does not solve the problem. Please {w}."),
        "feedback_pos": ("Thank you for taking up the issue, but the work is not finished. "
                         "Please {w}.",
                         "Thank you for the prompt reply, but in substance the problem has not "
                         "been solved. Please {w}."),
        "close": ("Thank you in advance.", "Kind regards.",
                  "I look forward to your reply within the statutory time limit.",
                  "Yours faithfully.", "Thank you for your attention."),
        "emo_close": ("I hope this time I will get a real answer, not a formality.",
                      "If nothing changes, we will have to go to the prosecutor's office."),
        "urgent_intro": ("URGENT.", "Urgent appeal."),
        "urgent_close": ("Please treat this as urgent — people's lives and health are at risk.",
                         "This could end in tragedy. Please act today."),
        "prefix": {"proposal": "Proposal: ", "statement": "Application: ",
                   "complaint": "Complaint: ", "request": "Information request: ",
                   "feedback": "Feedback: "},
        "urgent_prefix": ("URGENT: ",),
        "place": "our town",
    },
}
# fmt: on


class _Scenario:
    """One situation a citizen writes about, in one language."""

    __slots__ = ("subjects", "text", "want", "topic", "org", "question", "proposal")

    def __init__(self, subjects, text, w, g, o="", q="", p=""):
        self.subjects = subjects if isinstance(subjects, tuple) else (subjects,)
        self.text = text  # the narrative; "¦" separates the core from the details
        self.want = w  # what is asked for: ru infinitive, kk verbal noun, en bare infinitive
        self.topic = g  # ru genitive ("ремонта кровли"), kk noun phrase, en noun phrase
        self.org = o  # whose (in)action: ru genitive, kk nominative, en noun phrase
        self.question = q  # for a request: ru/en indirect question, kk direct question(s)
        self.proposal = p  # what a proposal proposes, when it differs from `want`


_S = _Scenario
_SCENARIOS: dict[str, dict[str, list[_Scenario]]] = {}
_ADDRESSEES: dict[str, dict[str, tuple[str, ...]]] = {}
_ORGS: dict[str, dict[str, tuple[str, ...]]] = {}


# ---------------------------------------------------------------------------------------------
# Scenarios, sphere by sphere. Keys: "ru", "kk", "en"; with "!" — urgent (a real threat).
# ---------------------------------------------------------------------------------------------

# fmt: off
_ADDRESSEES["housing"] = {
    "ru": ("аким города", "аким района", "руководитель отдела жилищных отношений",
           "руководитель жилищной инспекции"),
    "kk": ("әкім мырза", "тұрғын үй инспекциясының басшысы",
           "тұрғын үй қатынастары бөлімінің басшысы"),
    "en": ("Akim", "Head of the Housing Department"),
}
_ORGS["housing"] = {
    "ru": ("отдела жилищных отношений", "жилищной инспекции", "акимата района"),
    "kk": ("тұрғын үй қатынастары бөлімі", "тұрғын үй инспекциясы", "аудан әкімдігі"),
    "en": ("the housing department", "the housing inspectorate"),
}
_SCENARIOS["housing"] = {
    "ru": [
        _S(("Протекает крыша", "Течёт кровля в доме {street}, {house}",
            "Затопило квартиру с крыши", "Ремонт кровли, {street}, {house}"),
           "Проживаю по адресу: {place}, {street}, д. {house}, кв. {flat}, последний этаж. ¦ "
           "При каждом дожде и таянии снега вода течёт по стенам{ в зале| на кухне| в детской "
           "комнате}, потолок почернел, [на обоях плесень, ]проводка мокнет. [Ущерб уже не "
           "меньше {sum}.] В {ksk} ходили {много раз|несколько раз|уже раз пять}, там отвечают, "
           "что денег на ремонт крыши нет и надо собирать со всех жильцов. {tried}",
           w="обязать {ksk} отремонтировать кровлю над нашим подъездом",
           p="провести обследование кровель всех домов, которые обслуживает {ksk}, и включить их "
             "в план текущего ремонта до начала осени",
           g="ремонта кровли жилого дома", o="{ksk}",
           q="когда будет отремонтирована кровля нашего дома и за чей счёт"),
        _S(("Очередь на жильё", "Не движется очередь на жильё", "Сколько ещё ждать квартиру?",
            "Номер в очереди на жильё"),
           "С {year} года наша семья состоит в очереди на жильё из коммунального жилищного "
           "фонда{ по категории «многодетные семьи»| по категории «лица с инвалидностью»| как "
           "социально уязвимый слой населения| по категории «неполные семьи»}. ¦ Тогда номер в "
           "очереди был {qnum}, сейчас — {qnum2}, то есть за несколько лет почти не сдвинулись. "
           "Снимаем квартиру за {sum} в месяц, это больше половины дохода семьи. [В семье "
           "{kids}.] [Слышали, что часть квартир в новых домах по {street} распределили без "
           "всякой очереди.]",
           w="сообщить реальные сроки предоставления жилья и рассмотреть возможность "
             "предоставить арендное жильё на время ожидания",
           p="публиковать на сайте акимата ежемесячно обновлённые списки очередников и перечень "
             "распределённых квартир с указанием категорий",
           g="предоставления жилья из коммунального жилищного фонда",
           q="какой номер в очереди у нашей семьи сейчас, сколько квартир распределено в этом "
             "году и по какому принципу"),
        _S(("Расселение аварийного дома", "Аварийный дом на {street}",
            "Когда расселят аварийный дом?"),
           "Наш двухэтажный дом по адресу {place}, {street}, д. {house} построен в {oldyear} "
           "году{ и в {year} году признан аварийным| и давно признан аварийным}. ¦ Стены в "
           "трещинах, фундамент просел, [в подъезде перекрытие подпёрли брёвнами, ]зимой в "
           "квартирах не выше +{tlow}. В доме {nflats} квартир, живут пенсионеры и семьи с "
           "детьми. Расселение обещают каждый год, но дом так и не включили в программу.",
           w="включить дом в программу расселения аварийного жилья и назвать конкретные сроки "
             "переселения",
           p="составить и опубликовать график расселения всех аварийных домов с указанием года "
             "для каждого дома",
           g="расселения аварийного жилого дома",
           q="включён ли наш дом в программу расселения аварийного жилья, в каком году "
             "планируется переселение и куда"),
        _S(("Не работает лифт", "Лифт не работает неделями", "Ремонт лифта в доме {house}"),
           "В девятиэтажном доме по {street}, {house} лифт не работает{ уже {weeks}| с {date}| "
           "с начала {month_gen}}. ¦ На верхних этажах живут пожилые люди и мамы с колясками, "
           "[соседка после операции не выходит из квартиры, ]продукты поднимаем на руках. "
           "{ksk} говорит, что ждут запчасти, а деньги за обслуживание лифта ({sums} с квартиры "
           "ежемесячно) собирает исправно.",
           w="обязать обслуживающую организацию восстановить работу лифта в кратчайший срок",
           p="завести в городе реестр неработающих лифтов с публичным сроком ремонта каждого",
           g="ремонта лифта", o="{ksk}",
           q="кто отвечает за ремонт лифта в нашем доме, когда он будет запущен и должны ли мы "
             "платить за обслуживание лифта, пока он стоит"),
        _S(("Необоснованное повышение платы КСК", "Повысили взносы без собрания",
            "Плата за содержание дома"),
           "С {month_gen} плату за содержание общего имущества в нашем доме ({street}, {house}) "
           "подняли с {rate1} до {rate2} тенге за квадратный метр. ¦ Общего собрания "
           "собственников не было, протокола никто не видел, смету не показали. При этом "
           "подъезды не убираются, [двор не освещается, ]в подвале стоит вода.",
           w="проверить законность повышения платы и обязать {ksk} отчитаться перед "
             "собственниками о расходовании средств",
           p="обязать все КСК и ОСИ публиковать сметы и ежеквартальные отчёты о расходах в "
             "открытом доступе",
           g="размера платы за содержание общего имущества", o="{ksk}",
           q="кто и каким документом утвердил новый размер платы и обязаны ли мы его платить "
             "без решения собрания"),
        _S(("Дефекты в новостройке", "Застройщик не устраняет недостатки",
            "Трещины и сырость в новом доме"),
           "{Полтора года|Два года|Год} назад купили квартиру в новом жилом комплексе "
           "{developer} ({street}, д. {house}). ¦ По стенам пошли трещины, в углах сырость и "
           "грибок, [окна продувает, ]в подвале стоит вода. Гарантийный срок не истёк, но "
           "застройщик на претензии не отвечает, а в управлении ГАСК говорят, что это "
           "гражданско-правовые отношения.",
           w="обязать {developer} устранить строительные недостатки по гарантии",
           p="проверять качество строительства до ввода домов в эксплуатацию с участием "
             "будущих жильцов",
           g="устранения строительных недостатков в новостройке", o="{developer}",
           q="какие меры государственный орган может принять к застройщику и куда обращаться, "
             "если он игнорирует гарантийные претензии"),
    ],
    "ru!": [
        _S(("СРОЧНО: трещина в несущей стене", "Дом рушится, {street}, {house}",
            "Угроза обрушения подъезда"),
           "В доме по адресу {place}, {street}, д. {house} по несущей стене {второго|третьего} "
           "подъезда пошла трещина от фундамента до крыши. ¦ За неделю она расширилась до {cm} "
           "см, ночью слышен треск, с козырька над входом сыплются куски кирпича. В подъезде "
           "живут {nflats2} семей, много детей. {ksk} разводит руками — говорит, что это не их "
           "уровень.",
           w="немедленно направить комиссию, обследовать дом и при необходимости отселить "
             "жильцов",
           g="угрозы обрушения жилого дома", o="{ksk}"),
        _S(("Обрушение потолка в квартире", "Падает потолок, нужна помощь"),
           "В квартире {flat} дома {house} по {street} после протечки с крыши обрушилась часть "
           "потолка — прямо над детской кроватью[, ребёнок чудом не пострадал]. ¦ Плиты "
           "перекрытия мокрые, видна арматура, потолок продолжает провисать. Жить в квартире "
           "опасно, а идти нам некуда.",
           w="срочно обследовать перекрытие, устранить протечку и решить вопрос временного "
             "жилья для семьи",
           g="аварийного состояния перекрытия", o="{ksk}"),
    ],
    "kk": [
        _S(("Шатыр ағып жатыр", "{street}, {house}-үйдің шатырын жөндеу",
            "Пәтерімді шатырдан аққан су басты"),
           "Мен {place}, {street}, {house}-үй, {flat}-пәтерде, соңғы қабатта тұрамын. ¦ Жаңбыр "
           "жауса не қар ерісе болды, {бөлмеге|асүйге|балалар бөлмесіне} су ағады, төбе қарайып "
           "кетті, [қабырғада зең пайда болды, ]электр сымдары су болып жатыр. {ksk_dat} талай "
           "рет бардық, «шатырды жөндеуге ақша жоқ, тұрғындардан жинау керек» дейді. {tried}",
           w="{ksk_acc} шатырды жөндеуге міндеттеу",
           p="{ksk} қызмет көрсететін барлық үйлердің шатырын тексеріп, күзге дейін ағымдағы "
             "жөндеу жоспарына енгізу",
           g="үй шатырын жөндеу", o="{ksk}",
           q="біздің үйдің шатыры қашан жөнделеді? Жөндеу кімнің есебінен жүргізіледі?"),
        _S(("Тұрғын үй кезегі жылжымай тұр", "Тұрғын үй кезегі туралы",
            "Пәтер қашан беріледі?"),
           "Біздің отбасы {year} жылдан бері коммуналдық тұрғын үй қорынан баспана алу кезегінде "
           "{көп балалы отбасы|мүгедектігі бар адам|толық емес отбасы|әлеуметтік осал топ} "
           "санаты бойынша тұр. ¦ Ол кезде кезектегі нөміріміз {qnum} еді, қазір — {qnum2}. "
           "Бірнеше жылда бірнеше орынға ғана жылжыдық. Пәтерді айына {sum_dat} жалдап тұрамыз, "
           "бұл отбасы табысының жартысынан көбі. [Отбасымызда {kidsn} бала бар.]",
           w="баспана берудің нақты мерзімін хабарлап, күту кезеңінде жалға берілетін тұрғын "
             "үй беру мүмкіндігін қарастыру",
           p="кезекте тұрғандардың және бөлінген пәтерлердің тізімін әкімдік сайтында ай сайын "
             "жариялап отыру",
           g="коммуналдық тұрғын үй қорынан баспана беру",
           q="қазір біздің кезектегі нөміріміз қандай? Биыл қанша пәтер бөлінді және қандай "
             "тәртіппен?"),
        _S(("Апатты үйден көшіру", "Апатты үй қашан бұзылады?",
            "{street} бойындағы апатты үй"),
           "{place}, {street}, {house} мекенжайындағы екі қабатты үйіміз {oldyear} жылы "
           "салынған{, {year} жылы апатты деп танылған|, әлдеқашан апатты деп танылған}. ¦ "
           "Қабырғалары жарылып кеткен, іргетасы шөккен, қыста пәтерлерде температура "
           "{tlow} градустан аспайды. Үйде {nflats} пәтер бар, зейнеткерлер мен жас балалы "
           "отбасылар тұрады. Жыл сайын көшіреміз деп уәде береді, бірақ үйіміз бағдарламаға "
           "әлі енгізілмеді.",
           w="үйімізді апатты тұрғын үйден көшіру бағдарламасына енгізіп, көшірудің нақты "
             "мерзімін белгілеу",
           p="қаладағы барлық апатты үйлерді көшіру кестесін әр үйдің мерзімін көрсетіп жариялау",
           g="апатты үй тұрғындарын көшіру",
           q="біздің үй апатты тұрғын үйден көшіру бағдарламасына енгізілген бе? Көшіру қай "
             "жылы және қайда жоспарланған?"),
        _S(("Лифт істемейді", "Лифт {weeks} бойы тұр", "{house}-үйдегі лифтті жөндеу"),
           "{street}, {house} мекенжайындағы тоғыз қабатты үйде лифт {weeks} бойы істемей тұр. ¦ "
           "Жоғарғы қабаттарда қарттар, бала арбасы бар аналар тұрады, [бір көршіміз отадан "
           "кейін үйден шыға алмай отыр, ]азық-түлікті қолмен көтереміз. {ksk} «бөлшек күтіп "
           "отырмыз» дейді, ал лифтке қызмет көрсету ақысын (әр пәтерден ай сайын {sums}) "
           "уақытылы жинап алады.",
           w="қызмет көрсетуші ұйымды лифтті тез арада іске қосуға міндеттеу",
           p="қаладағы істен шыққан лифтілердің тізілімін жүргізіп, әрқайсысын жөндеу "
             "мерзімін ашық жариялау",
           g="лифт жөндеу", o="{ksk}",
           q="біздің үйдегі лифтті жөндеуге кім жауапты? Ол қашан іске қосылады?"),
        _S(("Жаңа үйдегі ақаулар", "Құрылыс салушы кемшіліктерді жоймайды"),
           "{Бір жарым|Екі} жыл бұрын {developer} салған жаңа тұрғын үй кешенінен ({street}, "
           "{house}-үй) пәтер сатып алдық. ¦ Қабырғалар жарылып, бұрыштарда дымқыл мен зең "
           "пайда болды, [терезеден жел соғады, ]жертөледе су тұр. Кепілдік мерзімі әлі біткен "
           "жоқ, бірақ құрылыс салушы наразылық хаттарымызға жауап бермейді.",
           w="{developer_acc} кепілдік бойынша құрылыс ақауларын жоюға міндеттеу",
           p="үйлерді пайдалануға бергенге дейін құрылыс сапасын болашақ тұрғындардың "
             "қатысуымен тексеру",
           g="жаңа үйдегі құрылыс ақауларын жою", o="{developer}",
           q="құрылыс салушы кепілдік талаптарын орындамаса, мемлекеттік орган қандай шара "
             "қолдана алады? Қайда жүгіну керек?"),
    ],
    "kk!": [
        _S(("ШҰҒЫЛ: көтергіш қабырға жарылды", "Үй құлап кетуі мүмкін",
            "{street}, {house}: құлау қаупі"),
           "{place}, {street}, {house}-үйдің {екінші|үшінші} кіреберісінің көтергіш қабырғасы "
           "іргетастан шатырға дейін жарылып кетті. ¦ Бір аптада жарықшақ {cm} см-ге дейін "
           "кеңейді, түнде сықыр естіледі, кіреберістің үстінен кірпіш сынықтары түсіп жатыр. "
           "Онда {nflats2} отбасы тұрады, балалар көп. {ksk} «бұл біздің құзыретімізде емес» "
           "дейді.",
           w="дереу комиссия жіберіп, үйді тексеру және қажет болса тұрғындарды уақытша көшіру",
           g="тұрғын үйдің құлау қаупі", o="{ksk}"),
        _S(("Пәтердің төбесі құлады", "Төбе құлап жатыр, көмек керек"),
           "{street}, {house}-үй, {flat}-пәтерде шатырдан аққан судан кейін төбенің бір бөлігі "
           "құлап түсті — дәл балалар төсегінің үстінен. [Бала аман қалды, құдайға шүкір.] ¦ "
           "Жабын плиталары су болып тұр, арматура көрініп қалды, төбе әлі де төмен салбырап "
           "барады. Пәтерде тұру қауіпті, бірақ барар жеріміз жоқ.",
           w="жабынды шұғыл тексеріп, шатырдағы ағуды жойып, отбасыға уақытша баспана беру "
             "мәселесін шешу",
           g="жабынның апатты жағдайы", o="{ksk}"),
    ],
    "en": [
        _S(("Leaking roof", "Roof leak at {street} {house}", "Water coming through the ceiling"),
           "I live at {street} {house}, apartment {flat}, on the top floor. ¦ Every time it "
           "rains, water runs down the walls of the {kitchen|living room|bedroom}, the ceiling "
           "is stained and [there is mould in the corners and ]the wiring gets wet. We have "
           "asked {ksk} many times, but they say there is no money for roof repairs.",
           w="require {ksk} to repair the roof above our entrance",
           g="the roof repair at our building", o="{ksk}",
           q="when the roof of our building will be repaired and who will pay for it"),
        _S(("Housing waiting list", "My position on the housing queue"),
           "My family has been on the waiting list for municipal housing since {year}{ as a "
           "large family| as a family with a disabled member|}. ¦ Our number was {qnum} then "
           "and it is {qnum2} now. We rent a flat for {sum} a month, which is more than half of "
           "our income.",
           w="tell us realistically when we can expect housing and consider offering rental "
             "housing in the meantime",
           p="publish the updated waiting lists and the list of allocated flats every month",
           g="the municipal housing waiting list",
           q="what our current number in the queue is and how many flats were allocated this "
             "year"),
    ],
    "en!": [
        _S(("URGENT: crack in a load-bearing wall", "Building at risk of collapse"),
           "A crack has opened in the load-bearing wall of our building at {street} {house}, "
           "from the foundation up to the roof. ¦ In a week it has widened to {cm} cm, pieces "
           "of brick are falling over the entrance, and {nflats2} families with children live "
           "in this stairwell.",
           w="send a commission immediately, inspect the building and relocate residents if "
             "necessary",
           g="the risk of collapse of our building", o="{ksk}"),
    ],
}

_ADDRESSEES["utilities"] = {
    "ru": ("аким города", "руководитель отдела ЖКХ", "руководитель отдела энергетики и ЖКХ"),
    "kk": ("әкім мырза", "ТКШ бөлімінің басшысы", "энергетика және ТКШ бөлімінің басшысы"),
    "en": ("Akim", "Head of the Utilities Department"),
}
_ORGS["utilities"] = {
    "ru": ("отдела ЖКХ", "коммунальных служб", "акимата"),
    "kk": ("ТКШ бөлімі", "коммуналдық қызметтер", "әкімдік"),
    "en": ("the utilities department", "the utility companies"),
}
_SCENARIOS["utilities"] = {
    "ru": [
        _S(("Холодно в квартире", "Плохое отопление", "Батареи еле тёплые, {street}, {house}"),
           "{since} в нашем доме по адресу {place}, {street}, д. {house} батареи еле тёплые, в "
           "квартирах {tlow}–{thigh} градусов. ¦ Дети постоянно болеют, [спим в куртках, "
           "]включаем обогреватели, из-за этого счета за свет выросли вдвое. Представители "
           "{heatco} приходили, замеряли температуру и сказали, что на вводе всё в норме, а "
           "{ksk} кивает на теплосеть. За отопление платим полностью — {sums} за {wmonth}.",
           w="обязать {heatco} и {ksk} обеспечить нормативную температуру в квартирах и сделать "
             "перерасчёт за некачественную услугу",
           p="проводить промывку и наладку внутридомовых систем отопления до начала "
             "отопительного сезона, а не во время него",
           g="качества теплоснабжения", o="{heatco}",
           q="кто отвечает за температуру в наших квартирах и как получить перерасчёт за время, "
             "когда отопление было ниже нормы"),
        _S(("Ржавая вода из крана", "Нет воды по вечерам", "Перебои с водой, {mkr}"),
           "Жители {mkr} {since} живут с перебоями в подаче воды: с 18:00 до полуночи напор "
           "такой, что вода не поднимается выше {floor} этажа, а когда она есть — течёт "
           "ржавая, с запахом. ¦ Купать детей и готовить в такой воде невозможно, покупаем "
           "бутилированную. В {waterco} отвечают, что идут плановые работы, но графика работ "
           "никто не видел.",
           w="провести лабораторный анализ воды и обязать {waterco} восстановить нормальное "
             "водоснабжение",
           p="публиковать на сайте акимата график отключений воды и результаты анализов "
             "питьевой воды по районам",
           g="водоснабжения и качества питьевой воды", o="{waterco}",
           q="какие работы ведутся на сетях в нашем районе, когда они закончатся и "
             "соответствует ли вода санитарным нормам"),
        _S(("Постоянно отключают свет", "Скачки напряжения, сгорела техника",
            "Низкое напряжение в частном секторе"),
           "На {street} в частном секторе свет отключают по нескольку раз в неделю, а вечером "
           "напряжение падает до 160–180 вольт. ¦ У соседей сгорели холодильник и котёл, у нас "
           "— стиральная машина, ущерб около {sum}. Трансформатор на углу {street} и {street2} "
           "старый, гудит и перегревается[, а новых домов к нему подключили десятки]. В "
           "{powerco} отвечают, что замена не включена в план.",
           w="заменить трансформатор, обеспечить нормальное напряжение и возместить жителям "
             "ущерб за испорченную технику",
           p="включить замену изношенных трансформаторов в частном секторе в инвестиционную "
             "программу {powerco} на ближайший год",
           g="электроснабжения частного сектора", o="{powerco}",
           q="когда планируется замена трансформаторной подстанции в нашем квартале и как "
             "возместить ущерб за сгоревшую технику"),
        _S(("Газификация улицы", "Когда проведут газ на {street}?",
            "Подключение частных домов к газу"),
           "Мы, жители {street} ({village}), уже {years} ждём газификации. ¦ Газопровод проходит "
           "всего в {meters} метрах от нашей улицы, соседние улицы подключили ещё в {year} году, "
           "а нашу каждый год переносят. Зимой топим углём, тонна стоит {coal}, на сезон уходит "
           "5–6 тонн. [Для пенсионеров это неподъёмные деньги.]",
           w="включить нашу улицу в проект газификации и сообщить сроки строительства "
             "газопровода",
           g="газификации улицы",
           q="включена ли наша улица в проект газификации, когда начнётся строительство и "
             "сколько будет стоить подключение для жителей"),
        _S(("Неправильное начисление за воду", "Начисляют по нормативу при счётчике",
            "Перерасчёт за коммунальные услуги"),
           "В квартире по адресу {street}, д. {house}, кв. {flat} установлены и опломбированы "
           "счётчики воды, показания передаём каждый месяц. ¦ Тем не менее за {month} нам "
           "начислили {sums} по нормативу, [как будто счётчиков нет, ]а в квитанции появился "
           "долг, которого не было. В абонентском отделе {waterco} говорят, что «сбой в базе», "
           "но перерасчёт не делают уже {weeks}.",
           w="сделать перерасчёт по фактическим показаниям счётчиков и убрать необоснованный "
             "долг",
           p="сделать в приложении возможность передавать показания счётчиков с фото и сразу "
             "видеть перерасчёт",
           g="начисления платы за водоснабжение", o="{waterco}",
           q="на каком основании начисление произведено по нормативу и в какой срок будет "
             "сделан перерасчёт"),
    ],
    "ru!": [
        _S(("СРОЧНО: нет отопления", "Зимой без отопления с детьми",
            "Авария, нет тепла в доме {house}"),
           "С {wdate} в доме по адресу {place}, {street}, д. {house} полностью нет отопления — "
           "в подвале лопнула труба. ¦ На улице минус 25, в квартирах +9, у нас {kids}, "
           "младшему {childage}[, двое уже с температурой]. Аварийная служба {heatco} "
           "приезжала, перекрыла стояк и уехала, сроков ремонта никто не называет.",
           w="немедленно устранить аварию и восстановить отопление в доме",
           g="отсутствия отопления в жилом доме", o="{heatco}"),
        _S(("Запах газа в подъезде", "СРОЧНО: утечка газа"),
           "В {первом|втором|третьем} подъезде дома {house} по {street} {третий день|второй "
           "день|со вчерашнего дня} сильно пахнет газом, особенно у квартиры {flat}. ¦ Звонили в "
           "газовую службу — приехали, походили и уехали, сказали, что утечки не нашли. Запах "
           "не проходит, в подъезде живут дети и пожилые, люди боятся включать свет.",
           w="срочно направить аварийную бригаду, найти и устранить утечку газа",
           g="утечки газа в жилом доме", o="{gasco}"),
    ],
    "kk": [
        _S(("Пәтерде суық", "Жылу нашар беріледі", "{street}, {house}-үйде батареялар суық"),
           "{since} {place}, {street}, {house}-үйдегі пәтерлерде батареялар әрең жылы, бөлмеде "
           "{tlow}–{thigh} градус. ¦ Балалар үнемі ауырады, [үйде күртешемен отырамыз, ]электр "
           "жылытқыш қосамыз, содан жарық ақысы екі есе өсті. {heatco} өкілдері келіп, "
           "температураны өлшеп, «кірісте бәрі қалыпты» деді, ал {ksk} жылу желісін кінәлайды. "
           "Жылу үшін толық төлейміз — {wmonth} айы үшін {sums}.",
           w="{heatco_acc} және {ksk_acc} пәтерлердегі температураны нормаға келтіруге "
             "міндеттеп, сапасыз қызмет үшін төлемақыны қайта есептеу",
           p="жылыту маусымы басталғанға дейін үй ішіндегі жылу жүйелерін жуып, реттеуді "
             "міндеттеу",
           g="жылумен жабдықтау сапасы", o="{heatco}",
           q="пәтерлеріміздегі температураға кім жауап береді? Жылу нормадан төмен болған уақыт "
             "үшін төлемақыны қалай қайта есептетуге болады?"),
        _S(("Краннан тот басқан су ағады", "Кешкісін су жоқ", "{mkr}: су үзіліп беріледі"),
           "{mkr} тұрғындары {since} сумен жабдықтаудағы үзілістерден зардап шегуде: кешкі "
           "18:00-ден түн ортасына дейін қысым әлсіз, су {floor}-қабаттан жоғары көтерілмейді, "
           "ал су болғанда тот басқан, иісі бар. ¦ Мұндай сумен бала шомылдыру, тамақ пісіру "
           "мүмкін емес, бөтелкедегі су сатып аламыз. {waterco} «жоспарлы жұмыстар жүріп "
           "жатыр» дейді, бірақ жұмыс кестесін ешкім көрген жоқ.",
           w="суға зертханалық талдау жүргізіп, {waterco_acc} қалыпты сумен жабдықтауды "
             "қалпына келтіруге міндеттеу",
           p="су өшіру кестесі мен ауыз су сапасының талдау нәтижелерін аудандар бойынша "
             "әкімдік сайтында жариялау",
           g="сумен жабдықтау және ауыз су сапасы", o="{waterco}",
           q="біздің ауданда желілерде қандай жұмыстар жүріп жатыр, олар қашан аяқталады? Су "
             "санитариялық нормаларға сай ма?"),
        _S(("Жарық жиі сөнеді", "Кернеу төмен, техника күйіп кетті",
            "Жеке сектордағы электр кернеуі"),
           "{street} бойындағы жеке секторда жарық аптасына бірнеше рет сөнеді, ал кешке кернеу "
           "160–180 вольтқа дейін түседі. ¦ Көршілердің тоңазытқышы мен қазандығы күйіп кетті, "
           "бізде кір жуғыш машина істен шықты, шығын шамамен {sum}. {street_cnj} {street2} "
           "қиылысындағы трансформатор ескі, гуілдеп, қызып тұрады[, ал оған ондаған жаңа үй "
           "қосылған]. {powerco} «ауыстыру жоспарда жоқ» дейді.",
           w="трансформаторды ауыстырып, қалыпты кернеуді қамтамасыз ету және бүлінген "
             "техника үшін тұрғындарға шығынды өтеу",
           p="жеке сектордағы тозған трансформаторларды ауыстыруды {powerco_gen} алдағы жылғы "
             "инвестициялық бағдарламасына енгізу",
           g="жеке сектордың электрмен жабдықталуы", o="{powerco}",
           q="біздің кварталдағы трансформаторлық қосалқы станция қашан ауыстырылады? Күйіп "
             "кеткен техника үшін шығынды қалай өтетуге болады?"),
        _S(("Көшені газдандыру", "{street_dat} газ қашан тартылады?",
            "Жеке үйлерді газға қосу"),
           "Біз, {village}, {street_gen} тұрғындары, {years} бойы газ күтіп отырмыз. ¦ Газ "
           "құбыры көшемізден небәрі {meters} метр жерден өтеді, көрші көшелер {year} жылы-ақ "
           "қосылды, ал біздікі жыл сайын кейінге шегеріледі. Қыста көмір жағамыз, бір тоннасы "
           "{coal}, маусымға 5–6 тонна кетеді. [Зейнеткерлер үшін бұл — көтере алмайтын шығын.]",
           w="көшемізді газдандыру жобасына енгізіп, газ құбырын салу мерзімін хабарлау",
           g="көшені газдандыру",
           q="көшеміз газдандыру жобасына енгізілген бе? Құрылыс қашан басталады, тұрғындарға "
             "қосылу қанша тұрады?"),
        _S(("Су үшін дұрыс есептемеген", "Есептегіш тұрса да норма бойынша есептейді"),
           "{street}, {house}-үй, {flat}-пәтерде су есептегіштері орнатылып, пломбаланған, "
           "көрсеткіштерді ай сайын береміз. ¦ Соған қарамастан {month} айы үшін норма бойынша "
           "{sums} есептеп, түбіртекте бұрын болмаған қарыз пайда болды. {waterco} абоненттік "
           "бөлімі «базада ақау» дейді, бірақ {weeks} бойы қайта есептемей жүр.",
           w="есептегіштердің нақты көрсеткіштері бойынша қайта есептеп, негізсіз қарызды алып "
             "тастау",
           p="мобильді қосымшада есептегіш көрсеткішін суретімен жіберіп, қайта есептеуді "
             "бірден көру мүмкіндігін жасау",
           g="су үшін төлемақы есептеу", o="{waterco}",
           q="неге норма бойынша есептелді? Қайта есептеу қашан жасалады?"),
    ],
    "kk!": [
        _S(("ШҰҒЫЛ: жылу жоқ", "Қыста балалармен жылусыз отырмыз", "{house}-үйде апат, жылу жоқ"),
           "{wdate_abl} бері {place}, {street}, {house}-үйде жылу мүлдем жоқ — жертөледегі құбыр "
           "жарылып кетті. ¦ Далада аяз минус 25, пәтерлерде +9 градус, менің {kidsn} балам бар, "
           "кенжесі {childage} жаста[, екеуінің қызуы көтеріліп жатыр]. {heatco} апаттық "
           "қызметі келіп, тікқұбырды жауып кетті, жөндеу мерзімін ешкім айтпайды.",
           w="апатты дереу жойып, үйге жылу беруді қалпына келтіру",
           g="тұрғын үйде жылудың болмауы", o="{heatco}"),
        _S(("Кіреберісте газдың иісі шығады", "ШҰҒЫЛ: газ жылыстап жатыр"),
           "{street}, {house}-үйдің {бірінші|екінші|үшінші} кіреберісінде {үш күннен бері|екі "
           "күннен бері|кешеден бері} газдың қатты иісі шығады, әсіресе {flat}-пәтердің "
           "маңында. ¦ Газ қызметіне қоңырау шалдық — келіп, аралап шығып, «жылыстау "
           "табылмады» деп кетіп қалды. Иіс кетпей тұр, кіреберісте балалар мен қарттар "
           "тұрады, адамдар жарық жағуға қорқады.",
           w="апаттық бригаданы шұғыл жіберіп, газдың жылыстауын тауып, жою",
           g="тұрғын үйдегі газдың жылыстауы", o="{gasco}"),
    ],
    "en": [
        _S(("No hot water for weeks", "Hot water supply at {street} {house}"),
           "There has been no hot water in our building at {street} {house} {since}. ¦ We were "
           "told it was scheduled maintenance, but the published schedule said ten days. We "
           "still pay the full bill of {sums} a month.",
           w="restore the hot water supply and recalculate our bills for the period without "
             "service",
           g="the hot water supply", o="{heatco}",
           q="when the hot water supply will be restored and how the bills will be "
             "recalculated"),
        _S(("Wrong water bill", "Billed by the norm despite a meter"),
           "Our apartment at {street} {house}, apartment {flat}, has sealed water meters and we "
           "submit readings every month. ¦ Even so, for {month} we were billed {sums} by the "
           "standard norm, and a debt appeared that we never had.",
           w="recalculate the bill using the actual meter readings and remove the unjustified "
             "debt",
           p="let residents submit meter readings with a photo in the mobile app and see the "
             "recalculation at once",
           g="water billing", o="{waterco}"),
    ],
    "en!": [
        _S(("URGENT: gas smell in the stairwell", "Gas leak suspected"),
           "There has been a strong smell of gas in the stairwell of {street} {house} {since "
           "yesterday|for two days now}. ¦ The gas service came, walked around and left saying "
           "they found no leak. The smell is still there; children and elderly people live here "
           "and residents are afraid to switch on the lights.",
           w="send an emergency crew immediately to find and fix the leak",
           g="the gas leak in our building", o="{gasco}"),
        _S(("URGENT: no heating in winter", "No heating with small children"),
           "Since {wdate} there has been no heating at all at {street} {house}: a pipe burst in "
           "the basement. ¦ It is minus 25 outside and +9 in the flats; we have {kids}, the "
           "youngest is {childage}.",
           w="repair the pipe immediately and restore the heating",
           g="the heating failure at our building", o="{heatco}"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["roads_transport"] = {
    "ru": ("аким города", "руководитель отдела пассажирского транспорта и автомобильных дорог",
           "начальник управления автомобильных дорог"),
    "kk": ("әкім мырза", "жолаушылар көлігі және автомобиль жолдары бөлімінің басшысы"),
    "en": ("Akim", "Head of the Roads and Transport Department"),
}
_ORGS["roads_transport"] = {
    "ru": ("отдела пассажирского транспорта и автомобильных дорог", "акимата"),
    "kk": ("жолаушылар көлігі және автомобиль жолдары бөлімі", "әкімдік"),
    "en": ("the roads and transport department",),
}
_SCENARIOS["roads_transport"] = {
    "ru": [
        _S(("Ямы на дороге по {street}", "Разбитая дорога", "Ремонт дороги на {street}"),
           "Дорога по {street} на участке от {street2} до {school_gen} разбита полностью: ямы "
           "глубиной до 20 см, после дождя — сплошные лужи. ¦ Машины объезжают ямы по встречной "
           "полосе, [у соседа на прошлой неделе пробило колесо и погнуло диск, ]дети идут в "
           "школу по обочине в грязи. Асфальт укладывала подрядная организация {contractor} в "
           "{year} году, через год он начал разрушаться.",
           w="провести ремонт дороги по {street} и проверить качество ранее выполненных работ",
           p="включить ремонт {street} в план на следующий год и ставить на каждом участке "
             "табличку с подрядчиком и гарантийным сроком",
           g="ремонта дороги по {street}",
           q="включена ли дорога по {street} в план ремонта, в каком году, и действует ли "
             "гарантия подрядчика на прошлый ремонт"),
        _S(("Автобус № {route} ходит раз в час", "Сократили рейсы маршрута № {route}",
            "Общественный транспорт в {mkr}"),
           "Автобус № {route}, единственный, который идёт из {mkr} в центр, с {month_gen} ходит "
           "с интервалом 40–60 минут вместо 15. ¦ Утром на остановке стоим по полчаса, в "
           "автобус невозможно зайти, [люди опаздывают на работу, дети — в школу]. Зимой ждать "
           "на морозе — отдельное испытание. Перевозчик говорит, что не хватает водителей.",
           w="восстановить нормальный интервал движения автобуса № {route} и проверить, как "
             "перевозчик выполняет договор",
           p="пустить по маршруту № {route} дополнительные автобусы в часы пик и установить на "
             "остановках табло с временем прибытия",
           g="работы автобусного маршрута № {route}", o="перевозчика",
           q="какой интервал движения автобуса № {route} установлен договором и какие меры "
             "приняты к перевозчику за его нарушение"),
        _S(("Нужен светофор у школы", "Опасный переход возле {school_gen}",
            "Безопасность детей на дороге"),
           "Возле {school_gen} на {street} нет ни светофора, ни «лежачих полицейских», а "
           "разметка пешеходного перехода стёрлась. ¦ Машины несутся на большой скорости, дети "
           "перебегают дорогу как могут. [В прошлом месяце сбили школьника — слава богу, "
           "отделался переломом.] Родители по очереди дежурят на переходе по утрам, но это не "
           "выход.",
           w="установить у школы светофор, искусственные неровности и обновить разметку "
             "пешеходного перехода",
           g="безопасности пешеходного перехода у школы",
           q="планируется ли установка светофора у {school_gen} и кто принимает такое решение"),
        _S(("Машины паркуются на тротуаре", "Парковка во дворе", "Парковка у дома {house}"),
           "Во дворе дома {house} по {street} машины ставят прямо на тротуаре и газонах, "
           "[заезжают на детскую площадку, ]пройти с коляской невозможно. ¦ Часть машин — "
           "клиенты {кафе|магазина|автомойки} на первом этаже, они паркуются в несколько рядов. "
           "Скорая помощь и пожарная машина во двор просто не проедут.",
           w="провести рейд, установить ограничительные столбики и организовать парковку за "
             "пределами двора",
           p="обустроить карманную парковку вдоль {street}, а во дворе поставить ограничители",
           g="парковки автомобилей во дворе", o="местной полицейской службы",
           q="кто должен следить за парковкой во дворах и можно ли установить ограничительные "
             "столбики за счёт бюджета"),
        _S(("Не чистят снег на {street}", "Улица занесена снегом"),
           "Нашу улицу ({street}) с начала зимы ни разу не чистили от снега. ¦ Колея такая, что "
           "легковые "
           "машины садятся на брюхо, [скорая к соседке-пенсионерке не смогла подъехать, несли "
           "на руках, ]пешеходы идут по проезжей части. Соседние улицы чистят регулярно.",
           w="включить {street} в график механизированной уборки снега",
           g="уборки снега на {street}", o="отдела ЖКХ"),
    ],
    "ru!": [
        _S(("Открытый люк возле школы", "СРОЧНО: открытый колодец на тротуаре"),
           "На тротуаре по {street}, в {meters} метрах от {school_gen}, уже несколько дней "
           "открыт канализационный люк — крышку украли или сломали. ¦ Колодец глубокий, сверху "
           "его прикрыли доской, [вечером там темно]. По этому тротуару каждый день ходят "
           "сотни детей. В {waterco} говорят, что колодец не их.",
           w="немедленно закрыть люк, поставить ограждение и найти балансодержателя колодца",
           g="открытого канализационного люка", o="{waterco}"),
        _S(("Мост в аварийном состоянии", "Рушится мост на въезде в село"),
           "Мост через реку на въезде в {village} — единственная дорога к трассе и районному "
           "центру — в аварийном состоянии. ¦ После паводка опоры подмыло, настил прогнулся, "
           "[в перилах дыры, ]а по мосту продолжают ездить школьный автобус и грузовики. Если "
           "мост рухнет, село останется отрезанным: ни скорой, ни пожарных.",
           w="срочно обследовать мост, ограничить движение тяжёлого транспорта и начать ремонт",
           g="аварийного состояния моста"),
        _S(("Не работает светофор на перекрёстке", "СРОЧНО: светофор на {street}"),
           "На перекрёстке {street} и {street2} {второй день|третий день|с утра} не работает "
           "светофор. ¦ Перекрёсток оживлённый, рядом {school}, [уже было две аварии, ]машины "
           "едут кто как хочет, дети и пожилые не могут перейти дорогу.",
           w="срочно восстановить работу светофора, а до этого выставить регулировщика",
           g="неработающего светофора"),
    ],
    "kk": [
        _S(("{street} бойындағы жол шұңқырлары", "Жол әбден бұзылды",
            "{street_gen} жолын жөндеу"),
           "{street} бойындағы жол {street2_cnj} {school} аралығында түгелдей бұзылған: "
           "тереңдігі 20 см-ге дейінгі шұңқырлар, жаңбырдан кейін — тұнған шалшық. ¦ Көліктер "
           "шұңқырды қарсы жолақпен айналып өтеді, [көршімнің өткен аптада дөңгелегі жарылып, "
           "дискісі майысты, ]балалар мектепке жол жиегімен балшық кешіп барады. Асфальтты "
           "{year} жылы {contractor} төсеген, бір жылдан кейін-ақ бұзыла бастады.",
           w="{street} бойындағы жолды жөндеп, бұрын атқарылған жұмыстардың сапасын тексеру",
           p="{street_gen} жөндеуін келесі жылғы жоспарға енгізіп, жөнделетін әр учаскеге "
             "мердігер мен кепілдік мерзімі жазылған тақта орнату",
           g="{street} жолын жөндеу",
           q="{street} бойындағы жол жөндеу жоспарына енгізілген бе, қай жылы? Бұрынғы жөндеуге "
             "мердігердің кепілдігі әлі жүре ме?"),
        _S(("№ {route} автобус сағатына бір рет жүреді", "№ {route} бағыттың рейстері азайды",
            "{mkr}: қоғамдық көлік"),
           "{mkr_abl} орталыққа баратын жалғыз № {route} автобус {month_abl} бастап 15 минут "
           "емес, 40–60 минут аралықпен жүреді. ¦ Таңертең аялдамада жарты сағат тұрамыз, "
           "автобусқа кіру мүмкін емес, [адамдар жұмысқа, балалар мектепке кешігеді]. Қыста "
           "аязда күту — бөлек азап. Тасымалдаушы «жүргізуші жетіспейді» дейді.",
           w="№ {route} автобустың қалыпты жүру аралығын қалпына келтіріп, тасымалдаушының "
             "шартты орындауын тексеру",
           p="қарбалас уақытта № {route} бағытқа қосымша автобустар шығарып, аялдамаларға келу "
             "уақытын көрсететін табло орнату",
           g="№ {route} автобус бағытының жұмысы", o="тасымалдаушы",
           q="шарт бойынша № {route} автобустың жүру аралығы қандай? Оны бұзғаны үшін "
             "тасымалдаушыға қандай шара қолданылды?"),
        _S(("Мектеп жанына бағдаршам керек", "{school} жанындағы қауіпті өткел",
            "Балалардың жолдағы қауіпсіздігі"),
           "{school} жанында, {street} бойында бағдаршам да, жасанды кедергі де жоқ, жаяу "
           "жүргіншілер өткелінің белгісі өшіп қалған. ¦ Көліктер жылдам жүреді, балалар жолды "
           "қалай болса солай кесіп өтеді. [Өткен айда бір оқушыны көлік қағып кетті — құдай "
           "сақтап, сынықпен құтылды.] Ата-аналар таңертең кезекпен өткелде тұрады, бірақ бұл "
           "шешім емес.",
           w="мектеп жанына бағдаршам, жасанды кедергілер орнатып, өткел белгісін жаңарту",
           g="мектеп жанындағы өткелдің қауіпсіздігі",
           q="{school} жанына бағдаршам орнату жоспарланған ба? Бұл шешімді кім қабылдайды?"),
        _S(("Көліктер тротуарға тұрады", "Аулада көлік қою мәселесі"),
           "{street}, {house}-үйдің ауласында көліктерді тура тротуар мен көгалға қояды, "
           "[балалар алаңына дейін кіріп кетеді, ]бала арбасымен өту мүмкін емес. ¦ Көліктердің "
           "бір бөлігі — бірінші қабаттағы {дүкеннің|дәмхананың|көлік жуу орнының} клиенттері, "
           "олар бірнеше қатар тұрып алады. Жедел жәрдем мен өрт сөндіру көлігі аулаға кіре "
           "алмайды.",
           w="рейд жүргізіп, шектеу бағаналарын орнатып, көлік тұрағын ауладан тыс жерге "
             "ұйымдастыру",
           g="аулада көлік қою", o="жергілікті полиция қызметі",
           q="аулалардағы көлік тұрағын кім бақылауы тиіс? Бюджет есебінен шектеу бағаналарын "
             "орнатуға бола ма?"),
    ],
    "kk!": [
        _S(("Мектеп жанында ашық люк", "ШҰҒЫЛ: тротуарда ашық құдық"),
           "{street} бойындағы тротуарда, {school_abl} {meters} метр жерде бірнеше күннен бері "
           "кәріз құдығының қақпағы жоқ — ұрлап кеткен не сынған. ¦ Құдық терең, үстін біреу "
           "тақтаймен жауып қойыпты, [кешке ол жер қараңғы]. Бұл тротуармен күн сайын жүздеген "
           "бала жүреді. {waterco} «құдық біздікі емес» дейді.",
           w="құдықты дереу жауып, қоршау қойып, оның теңгерім ұстаушысын анықтау",
           g="ашық кәріз құдығы", o="{waterco}"),
        _S(("Көпір құлайын деп тұр", "Ауыл кіреберісіндегі апатты көпір"),
           "{village_gen} кіреберісіндегі көпір — тас жолға және аудан орталығына апаратын "
           "жалғыз жол — апатты жағдайда. ¦ Су тасқынынан кейін тіреулерін су шайып кетті, "
           "төсемі майысты, [жақтауларында тесік бар, ]соған қарамастан мектеп автобусы мен жүк "
           "көліктері жүріп жатыр. Көпір құласа, ауыл жедел жәрдемсіз, өрт сөндірушісіз "
           "оқшауланып қалады.",
           w="көпірді шұғыл тексеріп, ауыр көліктің жүруін шектеп, жөндеуді бастау",
           g="көпірдің апатты жағдайы"),
    ],
    "en": [
        _S(("Potholes on {street}", "Road repair needed on {street}"),
           "The road along {street} between {street2} and {school} is completely broken: "
           "potholes up to 20 cm deep and large puddles after every rain. ¦ Cars swerve into the "
           "oncoming lane to avoid them and children walk to school along the muddy verge. The "
           "asphalt was laid by {contractor} in {year} and started breaking up a year later.",
           w="repair the road on {street} and check the quality of the earlier works",
           g="the road repair on {street}",
           q="whether {street} is in the road repair plan and whether the contractor's warranty "
             "still applies"),
        _S(("Bus No. {route} runs once an hour", "Public transport in {mkr}"),
           "Bus No. {route}, the only one from {mkr} to the centre, has been running every "
           "40–60 minutes instead of every 15 since {month}. ¦ In the morning people wait half "
           "an hour and cannot get on; children are late for school.",
           w="restore the normal interval on route {route} and check that the operator keeps "
             "to its contract",
           p="add buses on route {route} at peak hours and install arrival-time displays at "
             "the stops",
           g="bus route {route}", o="the bus operator"),
    ],
    "en!": [
        _S(("URGENT: open manhole near a school", "Open manhole on the pavement"),
           "On the pavement of {street}, {meters} metres from {school}, a sewer manhole has been "
           "open for several days. ¦ Someone covered it with a plank. Hundreds of children "
           "walk past it every day, and it is dark there in the evening.",
           w="close the manhole immediately, fence it off and find out who owns it",
           g="the open manhole", o="{waterco}"),
    ],
}

_ADDRESSEES["urban_environment"] = {
    "ru": ("аким района", "аким города", "руководитель отдела ЖКХ"),
    "kk": ("әкім мырза", "аудан әкімі", "ТКШ бөлімінің басшысы"),
    "en": ("Akim", "Head of the City Services Department"),
}
_ORGS["urban_environment"] = {
    "ru": ("акимата района", "отдела ЖКХ", "коммунальных служб"),
    "kk": ("аудан әкімдігі", "ТКШ бөлімі", "коммуналдық қызметтер"),
    "en": ("the district akimat", "the city services department"),
}
_SCENARIOS["urban_environment"] = {
    "ru": [
        _S(("Благоустройство двора", "Сломанная детская площадка",
            "Двор дома {house} по {street}"),
           "Двор домов {house} и {house2} по {street} не благоустраивался с советских времён. ¦ "
           "Детская площадка сломана: [качели без сидений, ]из горки торчат ржавые болты, "
           "песочница превратилась в туалет для собак. Асфальт во дворе разбит, лавочек нет, "
           "после дождя — болото. Детей во дворе очень много.",
           w="включить наш двор в программу благоустройства и заменить детскую площадку",
           p="благоустраивать дворы с участием жителей: провести встречу, где мы покажем, что "
             "именно нужно",
           g="благоустройства двора",
           q="включён ли наш двор в программу благоустройства дворов и в каком году"),
        _S(("Нет освещения на улице", "Темно на {street}", "Не горят фонари"),
           "На {street} от дома {house} до остановки {since} не горит ни один фонарь. ¦ Вечером "
           "люди идут в полной темноте, [женщины боятся возвращаться с работы, ]на прошлой "
           "неделе у соседки вырвали сумку. Рядом {school} и {kg}, дети из секций возвращаются "
           "в темноте.",
           w="восстановить уличное освещение на {street}",
           p="перевести освещение на {street} на светодиодные светильники с датчиками и "
             "поставить камеру у остановки",
           g="уличного освещения на {street}",
           q="кто обслуживает уличное освещение на {street} и в какой срок его восстановят"),
        _S(("Не вывозят мусор", "Переполнены мусорные контейнеры",
            "Свалка у дома {house}"),
           "Мусор с контейнерной площадки у дома {house} по {street} не вывозят {по 5–7 "
           "дней|неделями|по неделе и больше}. ¦ Контейнеры переполнены, мешки лежат на земле, "
           "их растаскивают собаки и вороны, [летом стоит невыносимый запах, ]появились крысы. "
           "При этом за вывоз мусора платим ежемесячно, а {ksk} отвечает, что вопрос к "
           "{wasteco}.",
           w="обязать {wasteco} вывозить мусор по графику и убрать площадку",
           p="установить на контейнерных площадках датчики наполнения и публиковать график "
             "вывоза мусора по каждой улице",
           g="вывоза твёрдых бытовых отходов", o="{wasteco}",
           q="какой график вывоза мусора установлен для нашего дома и кто контролирует его "
             "соблюдение"),
        _S(("Вырубка деревьев во дворе", "Спилили здоровые деревья"),
           "{date} во дворе дома {house} по {street} рабочие спилили {people2} здоровых "
           "деревьев — тополя и карагачи, которым лет по сорок. ¦ Никаких объявлений не было, "
           "разрешения жителям не показали[, сказали, что будет парковка]. Двор теперь голый, "
           "летом будет пекло.",
           w="проверить законность вырубки, привлечь виновных к ответственности и провести "
             "компенсационную посадку",
           p="обсуждать с жителями любую вырубку во дворах заранее и публиковать выданные "
             "разрешения на сайте акимата",
           g="вырубки зелёных насаждений",
           q="выдавалось ли разрешение на вырубку деревьев во дворе дома {house} и кому"),
        _S(("Бродячие собаки в {mkr}", "Стая собак у школы", "Безнадзорные собаки"),
           "В {mkr} возле {school_gen} и на пустыре у гаражей живёт стая из 10–15 бродячих "
           "собак. ¦ Они кидаются на людей, [на прошлой неделе покусали мальчика, ]по утрам "
           "дети боятся идти в школу. Звонили в службу отлова — приехали один раз, поймали двух "
           "собак.",
           w="провести отлов безнадзорных собак и не допускать их возвращения",
           p="построить в районе приют для животных и проводить отлов, стерилизацию и возврат "
             "под контролем",
           g="отлова безнадзорных животных", o="службы отлова безнадзорных животных",
           q="какая организация отвечает за отлов собак в нашем районе и сколько собак отловлено "
             "в этом году"),
    ],
    "ru!": [
        _S(("Стая собак нападает на детей", "СРОЧНО: собаки покусали ребёнка"),
           "{date} во дворе {mkr} стая бродячих собак напала на ребёнка {childage2} — мальчика "
           "покусали, он в больнице. ¦ Это та самая стая, о которой жители сообщали уже "
           "несколько раз, [собаки и сейчас бегают у {school_gen}]. Люди выходят на улицу с "
           "палками.",
           w="немедленно отловить стаю и усилить контроль в районе школы",
           g="нападения безнадзорных собак на людей", o="службы отлова"),
        _S(("Аварийное дерево на проводах", "Дерево упало на провода"),
           "После вчерашнего ветра у дома {house} по {street} огромный тополь надломился и "
           "повис на электрических проводах прямо над тротуаром и остановкой. ¦ Провода "
           "искрят, [ветки касаются крыши соседнего дома, ]внизу ходят люди, дети идут в "
           "{school_acc}.",
           w="срочно обесточить линию и убрать аварийное дерево",
           g="аварийного дерева на электропроводах", o="{powerco}"),
    ],
    "kk": [
        _S(("Ауланы абаттандыру", "Балалар алаңы сынған", "{street}, {house}-үйдің ауласы"),
           "{street} бойындағы {house} және {house2} үйлердің ауласы кеңес заманынан бері "
           "абаттандырылмаған. ¦ Балалар алаңы сынған: [әткеншектің отырғышы жоқ, ]сырғанақтан "
           "тот басқан болттар шығып тұр, құм салғыш иттердің дәретханасына айналды. Ауладағы "
           "асфальт бұзылған, орындық жоқ, жаңбырдан кейін батпақ. Аулада балалар өте көп.",
           w="ауламызды абаттандыру бағдарламасына енгізіп, балалар алаңын ауыстыру",
           p="аулаларды тұрғындармен бірге абаттандыру: не керек екенін өзіміз көрсететін "
             "кездесу өткізу",
           g="ауланы абаттандыру",
           q="біздің аула абаттандыру бағдарламасына енгізілген бе, қай жылы?"),
        _S(("Көшеде жарық жоқ", "{street} қараңғы", "Көше шамдары жанбайды"),
           "{street} бойында {house}-үйден аялдамаға дейін {since} бірде-бір шам жанбайды. ¦ "
           "Кешке адамдар қап-қараңғыда жүреді, [әйелдер жұмыстан қайтуға қорқады, ]өткен "
           "аптада көршімнің сөмкесін жұлып кетті. Жақын жерде {school_cnj} {kg} бар, "
           "үйірмеден қайтқан балалар қараңғыда жүреді.",
           w="{street} бойындағы көше жарығын қалпына келтіру",
           p="{street} бойындағы шамдарды датчигі бар жарықдиодты шамдарға ауыстырып, аялдама "
             "маңына камера орнату",
           g="{street} бойындағы көше жарығы",
           q="{street} бойындағы көше жарығына кім қызмет көрсетеді? Жарық қашан қалпына "
             "келеді?"),
        _S(("Қоқыс шығарылмайды", "Қоқыс жәшіктері толып кетті",
            "{house}-үйдің жанындағы қоқыс үйіндісі"),
           "{street}, {house}-үйдің жанындағы контейнер алаңынан қоқыс {5–7 күн|апталап|бір "
           "аптадан астам} шығарылмайды. ¦ Контейнерлер толып кеткен, қаптар жерде жатыр, "
           "оларды иттер мен қарғалар таратады, [жазда сасық иіс шыдатпайды, ]егеуқұйрықтар "
           "пайда болды. Қоқыс шығару үшін ай сайын төлейміз, ал {ksk} «бұл {wasteco} "
           "мәселесі» дейді.",
           w="{wasteco_acc} қоқысты кесте бойынша шығаруға міндеттеп, алаңды тазалату",
           p="контейнер алаңдарына толу датчиктерін орнатып, әр көше бойынша қоқыс шығару "
             "кестесін жариялау",
           g="қатты тұрмыстық қалдықтарды шығару", o="{wasteco}",
           q="біздің үй үшін қоқыс шығарудың қандай кестесі белгіленген? Оның орындалуын кім "
             "бақылайды?"),
        _S(("Аулада ағаштар кесілді", "Сау ағаштарды кесіп тастады"),
           "{date_loc} {street}, {house}-үйдің ауласында жұмысшылар {people2} сау ағашты — "
           "қырық жылдық терек пен қарағаштарды кесіп тастады. ¦ Ешқандай хабарландыру болмады, "
           "тұрғындарға рұқсат қағазы көрсетілмеді[, «мұнда автотұрақ болады» деді]. Аула "
           "жалаңаштанып қалды, жазда аптап болады.",
           w="ағаш кесудің заңдылығын тексеріп, кінәлілерді жауапқа тартып, өтемдік отырғызу "
             "жүргізу",
           p="аулалардағы кез келген ағаш кесуді тұрғындармен алдын ала талқылап, берілген "
             "рұқсаттарды әкімдік сайтында жариялау",
           g="жасыл желектерді кесу",
           q="{house}-үйдің ауласындағы ағаштарды кесуге рұқсат берілді ме, кімге?"),
        _S(("{mkr_loc} қаңғыбас иттер көбейді", "Мектеп жанында ит үйірі"),
           "{mkr_loc} {school_gen} маңында және гараждар жанындағы бос жерде 10–15 қаңғыбас "
           "иттен тұратын үйір жүр. ¦ Олар адамдарға шабады, [өткен аптада бір баланы қауып "
           "алды, ]таңертең балалар мектепке баруға қорқады. Аулау қызметіне хабарластық — бір "
           "рет келіп, екі итті ғана ұстады.",
           w="аудандағы иесіз иттерді аулап, олардың қайта оралуына жол бермеу",
           p="ауданда жануарлар баспанасын салып, аулау, зарарсыздандыру және қайтару "
             "бағдарламасын бақылаумен жүргізу",
           g="иесіз жануарларды аулау", o="иесіз жануарларды аулау қызметі",
           q="біздің аудандағы иттерді аулауға қай ұйым жауапты? Биыл қанша ит ауланды?"),
    ],
    "kk!": [
        _S(("Ит үйірі балаларға шабуыл жасайды", "ШҰҒЫЛ: баланы ит қапты"),
           "{date_loc} {mkr} ауласында қаңғыбас иттер үйірі {childage2} жастағы балаға шабуыл "
           "жасады — баланы қауып алды, ол ауруханада жатыр. ¦ Бұл — тұрғындар бірнеше рет "
           "хабарлаған сол үйір, [иттер қазір де {school_gen} маңында жүр]. Адамдар далаға "
           "таяқ алып шығады.",
           w="үйірді дереу аулап, мектеп маңындағы бақылауды күшейту",
           g="қаңғыбас иттердің адамдарға шабуылы", o="аулау қызметі"),
        _S(("Ағаш электр сымына құлады", "Апатты ағаш аялдама үстінде"),
           "Кешегі желден кейін {street}, {house}-үйдің жанындағы үлкен терек сынып, тротуар "
           "мен аялдаманың дәл үстіндегі электр сымдарына ілініп тұр. ¦ Сымдар ұшқын шашады, "
           "[бұтақтары көрші үйдің шатырына тиіп тұр, ]астымен адамдар жүреді, балалар мектепке "
           "барады.",
           w="желіні шұғыл өшіріп, апатты ағашты алып тастау",
           g="электр сымындағы апатты ағаш", o="{powerco}"),
    ],
    "en": [
        _S(("No street lighting on {street}", "Street lights are out"),
           "Not a single street light has worked on {street} from house {house} to the bus stop "
           "{since}. ¦ People walk home in complete darkness, and last week a neighbour's bag "
           "was snatched. {school} and {kg} are nearby.",
           w="restore the street lighting on {street}",
           p="switch {street} to LED lights with motion sensors and put a camera at the bus "
             "stop",
           g="the street lighting on {street}",
           q="who maintains the street lighting on {street} and when it will be restored"),
        _S(("Rubbish not collected", "Overflowing bins at {street} {house}"),
           "Rubbish has not been collected from the bins at {street} {house} {for a "
           "week|for days}. ¦ Bags lie on the ground, dogs and crows tear them apart, and rats "
           "have appeared. We pay for waste collection every month.",
           w="make {wasteco} collect the rubbish on schedule and clean up the site",
           g="waste collection", o="{wasteco}"),
    ],
    "en!": [
        _S(("URGENT: stray dogs attacked a child", "Pack of dogs near the school"),
           "On {date} a pack of stray dogs attacked a {childage2}-year-old boy in the yard in "
           "{mkr}; he is in hospital. ¦ Residents have reported this pack several times and the "
           "dogs are still running around near {school}.",
           w="catch the pack immediately and step up patrols near the school",
           g="the attacks by stray dogs", o="the animal control service"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["land"] = {
    "ru": ("аким района", "руководитель отдела земельных отношений", "аким города"),
    "kk": ("әкім мырза", "жер қатынастары бөлімінің басшысы"),
    "en": ("Akim", "Head of the Land Relations Department"),
}
_ORGS["land"] = {
    "ru": ("отдела земельных отношений", "акимата района"),
    "kk": ("жер қатынастары бөлімі", "аудан әкімдігі"),
    "en": ("the land relations department",),
}
_SCENARIOS["land"] = {
    "ru": [
        _S(("Участок под ИЖС", "Очередь на земельный участок",
            "Когда дадут участок под строительство?"),
           "В {year} году подали заявление на земельный участок под индивидуальное жилищное "
           "строительство, номер в очереди — {qnum}. ¦ Прошло уже несколько лет, а очередь "
           "сдвинулась всего на несколько сотен человек. При этом в {mkr} постоянно появляются "
           "новые частные дома[, и участки там, говорят, получают «свои»]. [Семья живёт в "
           "съёмной квартире, в семье {kids}.]",
           w="сообщить наш номер в очереди и примерные сроки предоставления участка",
           p="публиковать списки очередников на участки под ИЖС и перечень выделенных участков "
             "с номерами очереди",
           g="предоставления земельного участка под ИЖС",
           q="какой у нас номер в очереди на участок под ИЖС сейчас, сколько участков выделено "
             "в этом году и где планируются новые массивы"),
        _S(("Участок без коммуникаций", "Массив ИЖС без света и воды",
            "Инфраструктура в новом массиве"),
           "В {year} году нашей семье выделили участок {sotka} соток в новом массиве ИЖС "
           "(кадастровый номер {cad}). ¦ За это время в массив так и не провели ни свет, ни "
           "воду, ни дорогу. Строиться без электричества невозможно, а по условиям участок "
           "нужно освоить в установленный срок, иначе его могут изъять. [Таких семей в массиве "
           "больше {people}.]",
           w="провести в массив электричество, воду и дорогу и не изымать участки, пока нет "
             "коммуникаций",
           g="подведения коммуникаций к массиву ИЖС",
           q="когда в массив проведут электричество, воду и дорогу и могут ли изъять участок, "
             "если строиться невозможно из-за отсутствия коммуникаций"),
        _S(("Сосед захватил часть участка", "Самозахват земли", "Спор о границе участка"),
           "Сосед по участку на {street}, д. {house2} перенёс забор на {meters2} м вглубь нашего "
           "участка (кадастровый номер {cad}) и начал ставить там гараж. ¦ Границы "
           "подтверждены актом на землю, межевание делали в {year} году. На наши требования "
           "сосед не реагирует[, ещё и угрожает]. Участковый говорит, что это гражданский спор.",
           w="провести проверку соблюдения земельного законодательства и обязать соседа "
             "освободить самовольно занятую часть участка",
           g="самовольного занятия части земельного участка", o="отдела земельного контроля",
           q="какой орган проверяет самовольный захват земли и какие документы нужны для "
             "проверки"),
        _S(("Ошибка в кадастре", "Неверная площадь участка в базе",
            "Исправление данных по участку"),
           "В правоустанавливающих документах площадь нашего участка — {sotka} соток, а в базе "
           "кадастра по номеру {cad} указано меньше, и часть участка числится за соседом. ¦ Из-за "
           "этого не можем оформить продажу[ и получить разрешение на пристройку]. В ЦОНе "
           "отправляют в земельный отдел, а там — обратно в ЦОН.",
           w="исправить техническую ошибку в сведениях кадастра по нашему участку",
           g="исправления ошибки в земельном кадастре",
           o="филиала НАО «Правительство для граждан»",
           q="какой орган исправляет ошибки в сведениях кадастра, какие документы нужны и "
             "сколько это займёт"),
    ],
    "ru!": [
        _S(("Техника сносит забор на участке", "Самовольные работы на нашей земле"),
           "Сегодня утром на наш участок по {street}, д. {house} заехала техника {developer}, "
           "снесла забор и начала копать траншею — говорят, тянут сети к новому ЖК. ¦ "
           "Документов не показывают, об изъятии или сервитуте нас никто не спрашивал. На "
           "участке дом, где живут {kids}, траншея уже подходит к фундаменту.",
           w="немедленно остановить работы на нашем участке и проверить их законность",
           g="самовольных работ на частном земельном участке", o="{developer}"),
    ],
    "kk": [
        _S(("Жеке үй салуға жер учаскесі", "Жер учаскесі кезегі",
            "Үй салуға жер қашан беріледі?"),
           "{year} жылы жеке тұрғын үй құрылысына жер учаскесін алуға өтініш бердік, кезектегі "
           "нөміріміз — {qnum}. ¦ Содан бері бірнеше жыл өтті, кезек бірнеше жүз адамға ғана "
           "жылжыды. Ал {mkr_loc} жаңа жеке үйлер үздіксіз салынып жатыр[, ол жақтан жерді «өз "
           "адамдары» алады деген сөз бар]. [Отбасымыз жалдамалы пәтерде тұрады, {kidsn} "
           "баламыз бар.]",
           w="кезектегі нөмірімізді және учаске берудің болжамды мерзімін хабарлау",
           p="жеке үй құрылысына учаске кезегіндегілердің тізімін және бөлінген учаскелерді "
             "кезек нөмірімен бірге жариялау",
           g="жеке тұрғын үй құрылысына жер учаскесін беру",
           q="жеке үй салуға арналған кезекте қазір нешіншіміз? Биыл қанша учаске бөлінді, "
             "жаңа алаптар қай жерде жоспарланған?"),
        _S(("Учаскеде коммуникация жоқ", "Жаңа алапта жарық та, су да жоқ"),
           "{year} жылы отбасымызға жаңа алаптан {sotka} сотық учаске берілді (кадастрлық нөмірі "
           "{cad}). ¦ Осы уақытқа дейін алапқа жарық та, су да, жол да тартылған жоқ. Электрсіз "
           "үй салу мүмкін емес, ал талап бойынша учаскені белгіленген мерзімде игеруіміз керек, "
           "әйтпесе оны алып қоюы мүмкін. [Алапта мұндай отбасы {people_abl} асады.]",
           w="алапқа электр, су және жол тартып, коммуникация болмағанда учаскелерді алып "
             "қоймау",
           g="жаңа алапқа коммуникация тарту",
           q="алапқа электр, су және жол қашан тартылады? Коммуникация болмағандықтан үй "
             "салмасақ, учаскені алып қоюы мүмкін бе?"),
        _S(("Көрші учаскенің бір бөлігін басып алды", "Жерді өз бетінше басып алу",
            "Учаске шекарасы туралы дау"),
           "{street}, {house2}-үйдегі көршіміз қоршауын біздің учаскенің (кадастрлық нөмірі "
           "{cad}) ішіне қарай {meters2} метрге жылжытып, сол жерге гараж сала бастады. ¦ "
           "Шекаралар жерге берілген актімен расталған, жер өлшеу {year} жылы жүргізілген. "
           "Талабымызға көрші құлақ аспайды[, қайта қорқытады]. Учаскелік полиция «бұл "
           "азаматтық дау» дейді.",
           w="жер заңнамасының сақталуын тексеріп, көршіні өз бетінше басып алған жерді "
             "босатуға міндеттеу",
           g="жер учаскесінің бір бөлігін өз бетінше басып алу", o="жер бақылау бөлімі",
           q="жерді өз бетінше басып алуды қай орган тексереді? Тексеру үшін қандай құжаттар "
             "керек?"),
        _S(("Кадастрдағы қате", "Учаске ауданы базада қате көрсетілген"),
           "Құқық белгілейтін құжаттарда учаскеміздің ауданы {sotka} сотық, ал {cad} кадастрлық "
           "нөмірі бойынша базада азырақ көрсетілген, бір бөлігі көршінің атында тұр. ¦ Осыдан "
           "учаскені сата алмай отырмыз[, қосымша құрылысқа рұқсат та ала алмаймыз]. ХҚКО жер "
           "бөліміне жібереді, ал ол жақтан қайтадан ХҚКО-ға жібереді.",
           w="учаскеміз бойынша кадастр деректеріндегі техникалық қатені түзету",
           g="жер кадастрындағы қатені түзету",
           o="«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
           q="кадастр мәліметтеріндегі қатені қай орган түзетеді? Қандай құжаттар керек, қанша "
             "уақыт алады?"),
    ],
    "kk!": [
        _S(("Учаскемдегі қоршауды техника бұзып жатыр", "Жерімізде рұқсатсыз жұмыс жүріп жатыр"),
           "Бүгін таңертең {street}, {house}-үйдегі учаскемізге {developer} техникасы кіріп, "
           "қоршауды бұзып, траншея қаза бастады — жаңа тұрғын үй кешеніне желі тартамыз дейді. "
           "¦ Ешқандай құжат көрсетпейді, жерді алып қою не сервитут туралы бізден ешкім "
           "сұраған жоқ. Учаскеде үй тұр, онда {kidsn} бала тұрады, траншея үйдің іргетасына "
           "жақындап келеді.",
           w="учаскеміздегі жұмыстарды дереу тоқтатып, олардың заңдылығын тексеру",
           g="жеке жер учаскесіндегі рұқсатсыз жұмыстар", o="{developer}"),
    ],
    "en": [
        _S(("Plot for a private house", "Waiting list for a land plot"),
           "We applied for a plot for individual housing construction in {year}; our number on "
           "the waiting list is {qnum}. ¦ Several years have passed and the list has moved by "
           "only a few hundred places, while new private houses keep appearing in {mkr}.",
           w="tell us our current place on the list and when we can expect a plot",
           p="publish the waiting list and the allocated plots together with the queue numbers",
           g="the allocation of a plot for a private house",
           q="what our place on the list is and how many plots were allocated this year"),
        _S(("Neighbour has taken part of our plot", "Boundary dispute"),
           "Our neighbour at {street} {house2} has moved his fence {meters2} metres into our "
           "plot (cadastral number {cad}) and started building a garage there. ¦ The boundaries "
           "are confirmed by our land title; the neighbour ignores our demands.",
           w="inspect the site and make the neighbour free the part of the plot he has taken",
           g="the encroachment on our land plot", o="the land control department"),
    ],
    "en!": [
        _S(("URGENT: machinery destroying our fence", "Unauthorised works on our land"),
           "This morning machinery of {developer} entered our plot at {street} {house}, knocked "
           "down the fence and started digging a trench for a new housing complex. ¦ Nobody "
           "showed any documents; the trench is now next to the foundation of the house where "
           "{kids} live.",
           w="stop the works on our plot immediately and check whether they are legal",
           g="the unauthorised works on our plot", o="{developer}"),
    ],
}

_ADDRESSEES["health"] = {
    "ru": ("руководитель управления здравоохранения", "главный врач", "аким области"),
    "kk": ("денсаулық сақтау басқармасының басшысы", "бас дәрігер", "облыс әкімі"),
    "en": ("Head of the Health Department", "Chief Physician"),
}
_ORGS["health"] = {
    "ru": ("управления здравоохранения", "руководства поликлиники"),
    "kk": ("денсаулық сақтау басқармасы", "емхана басшылығы"),
    "en": ("the health department", "the polyclinic management"),
}
_SCENARIOS["health"] = {
    "ru": [
        _S(("Невозможно попасть к специалисту", "Запись к узкому специалисту",
            "Очереди в {clinic_loc}"),
           "Мы прикреплены к {clinic_dat}. ¦ Чтобы попасть к {эндокринологу|кардиологу|"
           "неврологу|офтальмологу}, нужно направление участкового врача, а к участковому "
           "запись на две недели вперёд. Получили направление — свободных мест к специалисту "
           "нет на ближайший месяц[, предлагают сходить платно за {sums}]. Регистратура трубку "
           "не берёт, через приложение запись «недоступна».",
           w="организовать приём у специалиста в рамках гарантированного объёма бесплатной "
             "медицинской помощи без многонедельного ожидания",
           p="открыть в {clinic_loc} запись к узким специалистам через eGov и показывать "
             "реальное время ожидания",
           g="записи к узким специалистам", o="руководства {clinic_gen}",
           q="какой максимальный срок ожидания консультации специалиста установлен в рамках "
             "ГОБМП и ОСМС и куда обращаться, если он нарушен"),
        _S(("Нет бесплатных лекарств", "Не выдают лекарства по рецепту",
            "Льготные лекарства"),
           "Мой {отец|муж|брат} состоит на учёте с диагнозом {«сахарный диабет 2 типа»|"
           "«артериальная гипертензия»|«бронхиальная астма»} и должен получать лекарства "
           "бесплатно по амбулаторному лекарственному обеспечению. ¦ Уже {months} в аптеке при "
           "{clinic_loc} отвечают, что препарата нет, и предлагают купить за свой счёт — это "
           "{sums} в месяц при пенсии {pens}. [Рецепт выписывают, а получить по нему ничего "
           "нельзя.]",
           w="обеспечить выдачу положенных бесплатных лекарств и проверить работу аптеки",
           p="показывать онлайн остатки бесплатных лекарств по аптекам, чтобы люди не ходили "
             "впустую",
           g="бесплатного лекарственного обеспечения",
           q="почему препарат не выдаётся по рецепту, когда будет поставка и можно ли получить "
             "лекарство в другой аптеке"),
        _S(("Статус «не застрахован» в ОСМС", "Отказали в помощи из-за статуса ОСМС",
            "Ошибка статуса ОСМС"),
           "В {clinic_loc} отказали в бесплатной консультации, сказав, что по ОСМС статус «не "
           "застрахован». ¦ Работаю официально в {employer}, взносы удерживаются каждый месяц, "
           "это видно в выписке из ЕНПФ[ и в расчётных листах]. В ФСМС по телефону ответили, "
           "что работодатель перечислил взносы с ошибкой в ИИН, а работодатель говорит, что у "
           "них всё правильно.",
           w="восстановить мой статус застрахованного в системе ОСМС и разобраться с взносами",
           p="присылать гражданину SMS, если взносы на ОСМС за месяц не поступили, чтобы "
             "ошибку можно было исправить сразу",
           g="статуса в системе обязательного социального медицинского страхования",
           o="филиала ФСМС",
           q="почему не учтены взносы на ОСМС за последние месяцы и как восстановить статус "
             "застрахованного"),
        _S(("Поборы в больнице", "Платные расходники в стационаре",
            "Требовали деньги за операцию"),
           "{date} {отца|маму|мужа|сына} экстренно госпитализировали в {hosp_acc}. ¦ В отделении "
           "сказали, что бесплатные расходники закончились, и дали список на {sums}: шприцы, "
           "системы, бинты[, даже перчатки]. Потом лечащий врач намекнул, что операцию сделают "
           "быстрее «по договорённости». И это при том, что помощь экстренная и оплачивается из "
           "бюджета.",
           w="провести проверку в отделении, вернуть нам расходы и привлечь виновных к "
             "ответственности",
           p="вывешивать в каждом отделении список того, что пациент получает бесплатно, с "
             "телефоном горячей линии",
           g="взимания платы в стационаре", o="руководства {hosp_gen}",
           q="какие лекарства и расходные материалы при экстренной госпитализации "
             "предоставляются бесплатно и куда обращаться, если требуют деньги"),
        _S(("Скорая ехала больше часа", "Задержка скорой помощи"),
           "{date} около {hour} вызвали скорую к {отцу|маме|бабушке} ({age}) с подозрением на "
           "инсульт — {street}, д. {house}. ¦ Бригада приехала через 1 час 20 минут. Диспетчер "
           "на повторные звонки отвечал, что машин нет. [В больнице сказали, что, приедь скорая "
           "раньше, последствия были бы меньше.]",
           w="проверить работу станции скорой помощи и дать оценку действиям диспетчера",
           p="открыть дополнительный пункт скорой помощи в {mkr} — район большой, а подстанция "
             "одна",
           g="работы скорой медицинской помощи", o="станции скорой медицинской помощи",
           q="каков норматив доезда скорой помощи при вызове первой категории срочности и "
             "почему он был нарушен"),
    ],
    "ru!": [
        _S(("СРОЧНО: ребёнку нет инсулина", "Нет инсулина для ребёнка-диабетика"),
           "Моему ребёнку {childage2}, у него сахарный диабет 1 типа. ¦ Инсулин по рецепту в "
           "аптеке не выдают уже {days}, осталось на 2 дня. Купить в городе невозможно — в "
           "аптеках нет[, а в соседнем городе просят {sums} за упаковку]. Без инсулина ребёнок "
           "может впасть в кому.",
           w="срочно обеспечить ребёнка инсулином", g="обеспечения ребёнка инсулином"),
        _S(("Задерживают направление к онкологу", "СРОЧНО: нет направления в онкоцентр"),
           "У {мамы|отца|мужа|жены} подозрение на онкологию, результаты КТ получены {date}. ¦ "
           "Направление в онкологический центр в {clinic_loc} не выдают уже {weeks} — то нет "
           "врача, то «ждите комиссию». Каждая неделя задержки может стоить жизни.",
           w="немедленно выдать направление и организовать консультацию онколога",
           g="направления к онкологу", o="руководства {clinic_gen}"),
    ],
    "kk": [
        _S(("Тар маманға жазылу мүмкін емес", "Маманға кезек", "{clinic_loc} кезек"),
           "Біз {clinic_dat} тіркелгенбіз. ¦ {Эндокринологқа|Кардиологқа|Невропатологқа|"
           "Офтальмологқа} бару үшін учаскелік дәрігердің жолдамасы керек, ал учаскелік "
           "дәрігерге екі апта бұрын жазылу қажет. Жолдама алдық — маманға жақын бір айға бос "
           "орын жоқ[, ақылы түрде {sums_dat} қаралуды ұсынады]. Тіркеу бөлімі телефон алмайды, "
           "қосымша арқылы жазылу «қолжетімсіз».",
           w="тегін медициналық көмектің кепілдік берілген көлемі шеңберінде маманның "
             "қабылдауын апталап күттірмей ұйымдастыру",
           p="{clinic_loc} тар мамандарға eGov арқылы жазылуды ашып, нақты күту уақытын "
             "көрсету",
           g="тар мамандарға жазылу", o="{clinic}",
           q="ТМККК және МӘМС шеңберінде маман кеңесін күтудің ең ұзақ мерзімі қандай? Ол "
             "бұзылса, қайда жүгіну керек?"),
        _S(("Тегін дәрі берілмейді", "Рецепт бойынша дәрі жоқ", "Жеңілдікті дәрі-дәрмек"),
           "{Әкем|Жолдасым|Ағам} {«қант диабеті 2 тип»|«артериялық гипертензия»|«бронх "
           "демікпесі»} диагнозымен диспансерлік есепте тұр, дәріні амбулаториялық дәрімен "
           "қамтамасыз ету бойынша тегін алуы тиіс. ¦ {months} бойы {clinic} жанындағы "
           "дәріхана «дәрі жоқ» деп, өз қалтаңыздан сатып алыңыз дейді — бұл айына {sums}, ал "
           "зейнетақысы {pens}. [Рецепт жазып береді, бірақ ол бойынша ештеңе алу мүмкін емес.]",
           w="тиесілі тегін дәрілерді беруді қамтамасыз етіп, дәріхананың жұмысын тексеру",
           p="тегін дәрілердің дәріханалардағы қалдығын онлайн көрсету, адамдар бекер "
             "жүрмесін",
           g="тегін дәрімен қамтамасыз ету",
           q="дәрі неге рецепт бойынша берілмейді? Жеткізілім қашан болады, басқа дәріханадан "
             "алуға бола ма?"),
        _S(("МӘМС-те «сақтандырылмаған» мәртебесі", "МӘМС мәртебесіндегі қате"),
           "{clinic} тегін кеңес беруден бас тартты, МӘМС бойынша «сақтандырылмаған» мәртебесі "
           "тұр дейді. ¦ {employer_loc} ресми жұмыс істеймін, жарналар ай сайын ұсталады, бұл "
           "БЖЗҚ үзінді көшірмесінде көрініп тұр. ӘМСҚ телефон арқылы «жұмыс беруші ЖСН-ді қате "
           "көрсетіп аударған» деді, ал жұмыс беруші «бізде бәрі дұрыс» дейді.",
           w="МӘМС жүйесіндегі сақтандырылған мәртебемді қалпына келтіріп, жарналар мәселесін "
             "анықтау",
           g="міндетті әлеуметтік медициналық сақтандыру жүйесіндегі мәртебе",
           o="ӘМСҚ филиалы",
           q="соңғы айлардағы МӘМС жарналарым неге есепке алынбаған? Сақтандырылған мәртебені "
             "қалай қалпына келтіруге болады?"),
        _S(("Ауруханада ақша талап етеді", "Стационардағы ақылы шығын материалдары"),
           "{date_loc} {әкемді|анамды|жолдасымды|ұлымды} шұғыл түрде {hosp_dat} жатқыздық. ¦ "
           "Бөлімшеде тегін шығын материалдары таусылды деп, {sums} тұратын тізім берді: "
           "шприц, жүйе, дәке[, тіпті қолғап]. Кейін емдеуші дәрігер ота «келісім бойынша» "
           "тезірек жасалатынын ишарамен айтты. Ал шұғыл көмек бюджеттен төленеді ғой.",
           w="бөлімшеде тексеру жүргізіп, шығынымызды қайтарып, кінәлілерді жауапқа тарту",
           p="әр бөлімшеде пациентке тегін берілетін нәрселердің тізімін жедел желі нөмірімен "
             "бірге ілу",
           g="стационарда ақы алу", o="{hosp}",
           q="шұғыл жатқызғанда қандай дәрілер мен шығын материалдары тегін беріледі? Ақша "
             "талап етсе, қайда жүгіну керек?"),
        _S(("Жедел жәрдем бір сағаттан астам келмеді", "Жедел жәрдемнің кешігуі"),
           "{date_loc} сағат {hour} шамасында {street}, {house}-үйге инсульт деген күдікпен "
           "{әкеме|анама|әжеме} ({age} жаста) жедел жәрдем шақырдық. ¦ Бригада 1 сағат 20 "
           "минуттан кейін келді. Қайта қоңырау шалғанымызда диспетчер «көлік жоқ» деді. "
           "[Ауруханада «жедел жәрдем ертерек келгенде, зардабы аз болар еді» деді.]",
           w="жедел жәрдем станциясының жұмысын тексеріп, диспетчердің әрекетіне баға беру",
           p="{mkr_loc} қосымша жедел жәрдем пунктін ашу — аудан үлкен, ал қосалқы станция "
             "біреу ғана",
           g="жедел медициналық көмектің жұмысы", o="жедел медициналық жәрдем станциясы",
           q="бірінші санаттағы шұғыл шақыруға жедел жәрдемнің жету нормативі қандай? Ол неге "
             "бұзылды?"),
    ],
    "kk!": [
        _S(("ШҰҒЫЛ: балаға инсулин жоқ", "Қант диабеті бар балаға инсулин берілмейді"),
           "Балам {childage2} жаста, 1 типті қант диабетімен ауырады. ¦ Рецепт бойынша "
           "инсулинді дәріхана {days} бойы бермей отыр, 2 күнге ғана қалды. Қаладағы "
           "дәріханаларда жоқ[, көрші қалада бір қорабына {sums} сұрайды]. Инсулинсіз бала "
           "комаға түсуі мүмкін.",
           w="баланы инсулинмен шұғыл қамтамасыз ету", g="баланы инсулинмен қамтамасыз ету"),
        _S(("Онкологқа жолдама берілмей жатыр", "ШҰҒЫЛ: онкологқа жолдама"),
           "{Анамда|Әкемде|Жолдасымда} онкологиялық ауруға күдік бар, КТ нәтижесі {date_loc} "
           "алынды. ¦ {clinic} онкология орталығына жолдаманы {weeks} бойы бермей отыр — бірде "
           "дәрігер жоқ, бірде «комиссияны күтіңіз» дейді. Әр апта кешігу өмірге қауіпті.",
           w="жолдаманы дереу беріп, онколог кеңесін ұйымдастыру",
           g="онкологқа жолдама беру", o="{clinic}"),
    ],
    "en": [
        _S(("Cannot see a specialist", "Waiting time for a specialist at {clinic}"),
           "We are registered with {clinic}. ¦ To see a specialist ({endocrinologist|cardiologist|"
           "ophthalmologist}) we need a referral from the GP, and the GP is booked two weeks "
           "ahead. With the referral in hand, there are no free slots for a month, but a paid "
           "visit for {sums} is available at once.",
           w="arrange a specialist appointment within the guaranteed free medical care without "
             "weeks of waiting",
           g="appointments with specialists", o="the management of {clinic}",
           q="what the maximum waiting time for a specialist is under the guaranteed free care "
             "and compulsory insurance"),
        _S(("Free medicines not available", "Prescribed medicine not dispensed"),
           "My father is on the dispensary register with {type 2 diabetes|hypertension} and is "
           "entitled to free "
           "medicines. ¦ For {months} the pharmacy at {clinic} has said the drug is out of stock "
           "and suggested buying it for {sums} a month, while his pension is {pens}.",
           w="make sure the free medicines are dispensed and check the pharmacy",
           g="the supply of free medicines"),
    ],
    "en!": [
        _S(("URGENT: no insulin for a child", "Child with diabetes left without insulin"),
           "My child is {childage2} and has type 1 diabetes. ¦ The pharmacy has not dispensed "
           "insulin on prescription for {days}; we have two days' supply left and there is none "
           "in the city's pharmacies.",
           w="provide insulin for my child immediately", g="insulin for my child"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["education"] = {
    "ru": ("руководитель отдела образования", "руководитель управления образования",
           "аким района"),
    "kk": ("білім бөлімінің басшысы", "білім басқармасының басшысы", "аудан әкімі"),
    "en": ("Head of the Education Department",),
}
_ORGS["education"] = {
    "ru": ("отдела образования", "управления образования"),
    "kk": ("білім бөлімі", "білім басқармасы"),
    "en": ("the education department",),
}
_SCENARIOS["education"] = {
    "ru": [
        _S(("Очередь в детский сад", "Нет места в садике", "Направление в детский сад"),
           "Ребёнку {childage}, в очереди в детский сад стоим с рождения, номер по {mkr} — "
           "{qnum3}. ¦ Мест в государственных садах нет, а частный сад с госзаказом просит "
           "доплату {sums} в месяц сверх ваучера[, хотя это запрещено]. Без сада выйти на работу "
           "невозможно.",
           w="предоставить ребёнку направление в детский сад рядом с домом",
           p="построить в {mkr} государственный детский сад — район растёт, а садов нет",
           g="очереди в детский сад",
           q="какой у нас номер в очереди сейчас, сколько мест ожидается в нашем районе и "
             "законна ли доплата в частном саду с госзаказом"),
        _S(("Трёхсменка в школе", "Переполненная школа", "Дети учатся в третью смену"),
           "В {school_loc} по 35–40 человек в классе, а начальные классы учатся в третью смену "
           "и возвращаются домой затемно. ¦ Школа рассчитана на {people3} мест, а учеников в два "
           "раза больше[, спортзал поделили перегородками на классы]. Новую школу в {mkr} "
           "обещают с {year} года.",
           w="решить вопрос строительства новой школы в {mkr} и убрать третью смену",
           p="пока строится школа, открыть классы в модульном здании и организовать подвоз в "
             "соседние школы",
           g="переполненности {school_gen}",
           q="когда начнётся строительство новой школы в {mkr} и какие меры принимаются, чтобы "
             "убрать третью смену"),
        _S(("Поборы в школе", "Сбор денег на ремонт класса", "Требуют деньги в школе"),
           "В {school_loc} классный руководитель собирает с родителей по {sums} «на ремонт "
           "класса», [на шторы, на охрану, ]на подарки учителям. ¦ Детей тех, кто не сдаёт, "
           "выделяют при всех. Отчёта о расходах никто не видел. Родители боятся жаловаться "
           "открыто, поэтому просим не разглашать, из какого класса обращение.",
           w="проверить законность сборов и запретить принудительные сборы с родителей",
           g="денежных сборов с родителей", o="администрации {school_gen}",
           q="какие сборы с родителей в государственной школе законны и кто отвечает за ремонт "
             "классов"),
        _S(("Тьютор для ребёнка с аутизмом", "Инклюзивное образование",
            "Нет специалистов для особого ребёнка"),
           "Ребёнку {childage2}, диагноз — расстройство аутистического спектра, по заключению "
           "ПМПК рекомендовано обучение в общеобразовательной школе с тьютором. ¦ В {school_loc} "
           "говорят, что ставок тьютора и логопеда нет, и предлагают перевести ребёнка на "
           "домашнее обучение. Ребёнку нужна социализация, а не четыре стены.",
           w="обеспечить ребёнку тьютора и специальные условия обучения согласно заключению "
             "ПМПК",
           p="ввести ставки тьюторов и логопедов во всех школах района и обучить учителей "
             "работе с особыми детьми",
           g="инклюзивного обучения ребёнка с особыми образовательными потребностями",
           q="обязана ли школа предоставить тьютора по заключению ПМПК и кто финансирует эту "
             "ставку"),
        _S(("Общежитие для студента колледжа", "Не дают место в общежитии"),
           "Сын поступил в {колледж|политехнический колледж|медицинский колледж} на грант, семья "
           "многодетная, живём в {village}. ¦ Место в общежитии не дали — сказали, что мест нет, "
           "хотя общежитие заполнено наполовину[ и часть комнат сдаётся посторонним]. Снимать "
           "жильё в городе за {sum} в месяц семья не может.",
           w="предоставить сыну место в общежитии колледжа",
           g="предоставления места в общежитии", o="администрации колледжа"),
    ],
    "ru!": [
        _S(("Трещины в здании школы", "СРОЧНО: аварийный спортзал в школе"),
           "В {school_loc} по потолку спортзала пошли трещины, вчера во время урока упал кусок "
           "штукатурки размером с ладонь[ — хорошо, никого не задело]. ¦ Занятия в спортзале "
           "продолжаются, директор говорит, что ждёт комиссию. Там каждый день занимаются сотни "
           "детей.",
           w="немедленно закрыть спортзал и провести техническое обследование здания",
           g="аварийного состояния школьного спортзала"),
        _S(("Холодно в школе", "В школе не работает отопление"),
           "В {school_loc} {since} не работает отопление в левом крыле: в классах +11, дети "
           "сидят на уроках в куртках и шапках. ¦ [За неделю половина класса заболела. "
           "]Администрация говорит, что котельная на ремонте.",
           w="срочно восстановить отопление или до ремонта перевести детей на дистанционное "
             "обучение",
           g="отсутствия отопления в школе"),
    ],
    "kk": [
        _S(("Балабақшаға кезек", "Балабақшада орын жоқ", "Балабақшаға жолдама"),
           "Балам {childage} жаста, туғаннан бері балабақша кезегінде тұрмыз, {mkr} бойынша "
           "кезектегі нөміріміз — {qnum3}. ¦ Мемлекеттік балабақшаларда орын жоқ, ал "
           "мемлекеттік тапсырысы бар жекеменшік балабақша ваучерден бөлек айына {sums} "
           "қосымша төлем сұрайды[, бұл заңға қайшы ғой]. Балабақшасыз жұмысқа шыға алмаймын.",
           w="балама үйге жақын балабақшадан жолдама беру",
           p="{mkr_loc} мемлекеттік балабақша салу — аудан өсіп келеді, ал балабақша жоқ",
           g="балабақша кезегі",
           q="қазір кезекте нешіншіміз? Біздің ауданда қанша орын күтілуде? Мемлекеттік "
             "тапсырысы бар жеке балабақшаның қосымша ақы алуы заңды ма?"),
        _S(("Мектепте үш ауысым", "Мектеп лық толы", "Балалар үшінші ауысымда оқиды"),
           "{school_loc} сыныптарда 35–40 баладан оқиды, бастауыш сыныптар үшінші ауысымда "
           "оқып, үйге қараңғыда қайтады. ¦ Мектеп {people3} орынға есептелген, ал оқушы екі "
           "есе көп[, спортзалды қалқамен бөліп, сынып жасады]. {mkr_loc} жаңа мектеп саламыз "
           "деп {year} жылдан бері уәде береді.",
           w="{mkr_loc} жаңа мектеп салу мәселесін шешіп, үшінші ауысымды алып тастау",
           p="мектеп салынғанша модульдік ғимаратта сыныптар ашып, көрші мектептерге "
             "тасымалдауды ұйымдастыру",
           g="{school_gen} шамадан тыс толуы",
           q="{mkr_loc} жаңа мектеп құрылысы қашан басталады? Үшінші ауысымды алып тастау үшін "
             "қандай шаралар қабылдануда?"),
        _S(("Мектепте ақша жинайды", "Сыныпты жөндеуге ақша жинау"),
           "{school_loc} сынып жетекшісі ата-аналардан «сыныпты жөндеуге» {sums_dat} дейін ақша "
           "жинайды, [пердеге, күзетке, ]мұғалімдерге сыйлыққа да жинайды. ¦ Ақша бермегендердің "
           "балаларын жұрттың көзінше бөліп көрсетеді. Шығын туралы есепті ешкім көрген жоқ. "
           "Ата-аналар ашық шағымдануға қорқады, сондықтан қай сыныптан екенін жарияламауыңызды "
           "сұраймыз.",
           w="мектептегі ақша жинаудың заңдылығын тексеріп, ата-аналардан мәжбүрлеп ақша "
             "жинауға тыйым салу",
           g="ата-аналардан ақша жинау", o="мектеп әкімшілігі",
           q="мемлекеттік мектепте ата-аналардан қандай жарналар жинау заңды? Сыныпты жөндеуге "
             "кім жауапты?"),
        _S(("Аутизмі бар балаға тьютор керек", "Инклюзивті білім беру"),
           "Балам {childage2} жаста, аутизм спектрінің бұзылысы бар, ПМПК қорытындысы бойынша "
           "жалпы білім беретін мектепте тьютормен оқуы ұсынылған. ¦ {school} «тьютор мен "
           "логопед штаты жоқ» деп, баланы үйде оқытуға ауыстыруды ұсынады. Балаға төрт қабырға "
           "емес, қоғамға бейімделу керек.",
           w="ПМПК қорытындысына сәйкес балаға тьютор мен арнайы оқу жағдайларын қамтамасыз ету",
           p="аудандағы барлық мектептерге тьютор мен логопед штатын енгізіп, мұғалімдерді "
             "ерекше балалармен жұмыс істеуге үйрету",
           g="ерекше білім беру қажеттілігі бар баланы инклюзивті оқыту",
           q="ПМПК қорытындысы бойынша мектеп тьютор беруге міндетті ме? Бұл штатты кім "
             "қаржыландырады?"),
        _S(("Колледж жатақханасынан орын бермеді", "Студентке жатақхана"),
           "Ұлым колледжге грантқа түсті, біз көп балалы отбасымыз, {village} тұрамыз. ¦ "
           "Жатақханадан орын бермеді — орын жоқ дейді, ал жатақхана жартылай бос тұр[, кейбір "
           "бөлмелері бөгде адамдарға жалға берілген]. Қаладан айына {sum_dat} пәтер жалдауға "
           "шамамыз жоқ.",
           w="ұлыма колледж жатақханасынан орын беру",
           g="жатақханадан орын беру", o="колледж әкімшілігі"),
    ],
    "kk!": [
        _S(("Мектеп ғимаратында жарықшақ", "ШҰҒЫЛ: мектеп спортзалы апатты жағдайда"),
           "{school} спортзалының төбесі жарылып, кеше сабақ кезінде алақандай сылақ түсті[ — "
           "құдай сақтап, ешкімге тимеді]. ¦ Спортзалда сабақ жалғасып жатыр, директор "
           "«комиссияны күтіп отырмыз» дейді. Онда күн сайын жүздеген бала шұғылданады.",
           w="спортзалды дереу жауып, ғимаратқа техникалық тексеру жүргізу",
           g="мектеп спортзалының апатты жағдайы"),
        _S(("Мектепте жылу жоқ", "Балалар сыныпта күртешемен отыр"),
           "{school_loc} {since} сол қанатта жылу жоқ: сыныптарда +11, балалар сабақта күртеше, "
           "бөрікпен отырады. ¦ [Бір аптада сыныптың жартысы ауырып қалды. ]Әкімшілік "
           "«қазандық жөндеуде» дейді.",
           w="жылуды шұғыл қалпына келтіру немесе жөндеу біткенше балаларды қашықтан оқытуға "
             "көшіру",
           g="мектепте жылудың болмауы"),
    ],
    "en": [
        _S(("Kindergarten waiting list", "No kindergarten place"),
           "My child is {childage} and has been on the kindergarten waiting list since birth; "
           "our number in {mkr} is {qnum3}. ¦ There are no places in state kindergartens, and a "
           "private one with a state order asks for {sums} a month on top of the voucher.",
           w="give my child a place in a kindergarten near our home",
           p="build a state kindergarten in {mkr}",
           g="the kindergarten waiting list",
           q="what our number in the queue is and whether the extra payment is legal"),
        _S(("School works in three shifts", "Overcrowded school"),
           "{school} has 35–40 pupils per class and the primary classes study in a third shift, "
           "coming home after dark. ¦ The school was built for {people3} pupils and now has "
           "twice as many. A new school in {mkr} has been promised since {year}.",
           w="build the new school in {mkr} and end the third shift",
           g="the overcrowding of {school}"),
    ],
    "en!": [
        _S(("URGENT: cracks in the school gym ceiling", "Unsafe school building"),
           "Cracks have appeared in the ceiling of the gym at {school}; yesterday a piece of "
           "plaster fell during a lesson. ¦ Lessons in the gym continue, and hundreds of "
           "children use it every day.",
           w="close the gym immediately and carry out a technical inspection",
           g="the unsafe school gym"),
    ],
}

_ADDRESSEES["social_protection"] = {
    "ru": ("руководитель отдела занятости и социальных программ", "аким района",
           "руководитель управления координации занятости и социальных программ"),
    "kk": ("жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің басшысы", "аудан әкімі"),
    "en": ("Head of the Social Programmes Department",),
}
_ORGS["social_protection"] = {
    "ru": ("отдела занятости и социальных программ", "отделения Госкорпорации"),
    "kk": ("жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
           "Мемлекеттік корпорация бөлімшесі"),
    "en": ("the social programmes department",),
}
_SCENARIOS["social_protection"] = {
    "ru": [
        _S(("Прекратили выплату пособия", "Пособие по уходу за ребёнком", "Не пришло пособие"),
           "С {month_gen} перестало приходить пособие по уходу за ребёнком до полутора лет. ¦ "
           "В ЦОНе сказали, что выплату приостановили из-за «несоответствия сведений», а каких — "
           "объяснить не могут. Других доходов у семьи сейчас нет, [муж на временных "
           "заработках, ]в семье {kids}.",
           w="разобраться с причиной приостановки и возобновить выплату пособия с доплатой за "
             "пропущенные месяцы",
           p="сообщать получателям по SMS, почему приостановлена выплата и какой документ нужен",
           g="выплаты пособия по уходу за ребёнком",
           q="по какой причине приостановлена выплата, какие сведения нужно исправить и будет "
             "ли перерасчёт"),
        _S(("Неправильный расчёт пенсии", "Не учли трудовой стаж", "Перерасчёт пенсии"),
           "В {month_loc} назначена пенсия по возрасту, но при расчёте не учли стаж с "
           "{oldyear2} по {oldyear3} год в {колхозе «Путь Ильича»|совхозе «Октябрьский»|"
           "леспромхозе}. ¦ Трудовая книжка есть, но отдел кадров хозяйства давно ликвидирован, "
           "а архивную справку ждём {months}. Из-за этого пенсия меньше почти на {sums}.",
           w="учесть стаж по записям трудовой книжки и сделать перерасчёт пенсии",
           g="перерасчёта пенсии с учётом трудового стажа",
           o="отделения Госкорпорации «Правительство для граждан»",
           q="какие документы подтверждают стаж, если организация ликвидирована, и будет ли "
             "перерасчёт с даты назначения пенсии"),
        _S(("Сняли группу инвалидности", "Несогласие с решением МСЭ",
            "Инвалидность после инсульта"),
           "{date} на переосвидетельствовании в отделе МСЭ {отцу|маме|мужу} сняли вторую группу "
           "инвалидности. ¦ Состояние не улучшилось: после инсульта не работают левая рука и "
           "нога, передвигается с тростью. Решение приняли за 10 минут[, медицинские документы "
           "толком не посмотрели]. Вместе с группой потеряли и пособие, и лекарства.",
           w="провести повторное освидетельствование с участием независимых специалистов и "
             "восстановить группу инвалидности",
           g="установления группы инвалидности", o="отдела медико-социальной экспертизы",
           q="в каком порядке обжалуется решение МСЭ и можно ли пройти освидетельствование в "
             "другом отделе"),
        _S(("Отказ в АСП", "Адресная социальная помощь", "Почему отказали в адресной помощи?"),
           "Подали заявление на адресную социальную помощь: в семье {kids}, работает один "
           "человек, зарплата {sum}. ¦ Получили отказ — якобы доход на человека выше черты "
           "бедности. Но в расчёт включили алименты, которых мы фактически не получаем уже "
           "{months}[, и машину 1998 года, которая не на ходу].",
           w="пересмотреть расчёт среднедушевого дохода и назначить адресную социальную помощь",
           p="учитывать при расчёте АСП реально полученные алименты по данным судебных "
             "исполнителей, а не присуждённые",
           g="назначения адресной социальной помощи",
           q="как рассчитан доход семьи, почему учтены неполученные алименты и как обжаловать "
             "отказ"),
        _S(("Пособие многодетной семье", "Не назначают пособие многодетным"),
           "В семье {kids4}, младшему {childage}. ¦ Документы на пособие многодетным семьям "
           "подали ещё в {month_loc}, но в ЦОНе говорят, что заявка «висит» на проверке сведений "
           "о детях. Выплата так и не назначена[, звонки в отдел соцпрограмм ничего не дают].",
           w="назначить пособие многодетной семье с даты обращения",
           g="назначения пособия многодетной семье",
           q="на каком этапе рассмотрение заявления и с какой даты будет назначено пособие"),
    ],
    "ru!": [
        _S(("Пожилой человек без тепла и еды", "СРОЧНО: одинокой пенсионерке нужна помощь"),
           "По {street}, д. {house} живёт одинокая соседка, {age}, лежачая после перелома. ¦ "
           "Родственников нет, в доме холодно — печь топить некому, [уголь закончился, ]еду "
           "приносят соседи, когда могут. Социальный работник, по её словам, не приходил "
           "{weeks}.",
           w="срочно организовать надомное социальное обслуживание или устроить её в центр "
             "оказания специальных социальных услуг",
           g="помощи одинокому пожилому человеку"),
    ],
    "kk": [
        _S(("Жәрдемақы төленбей қалды", "Бала күтіміне арналған жәрдемақы",
            "Жәрдемақы келмеді"),
           "{month_abl} бастап бала бір жарым жасқа толғанға дейінгі күтім жәрдемақысы түспей "
           "қалды. ¦ ХҚКО-да «мәліметтер сәйкес келмейді» деп төлемді тоқтатқанын айтты, бірақ "
           "қандай мәлімет екенін түсіндіре алмады. Қазір отбасымыздың басқа табысы жоқ, "
           "[жолдасым уақытша жұмыста жүр, ]{kidsn} баламыз бар.",
           w="тоқтату себебін анықтап, өткен айлардың төлемін қоса отырып жәрдемақыны қайта "
             "жалғастыру",
           p="төлем тоқтатылса, алушыға себебін және қандай құжат керегін SMS арқылы хабарлап "
             "отыру",
           g="бала күтіміне арналған жәрдемақы төлеу",
           q="төлем қандай себеппен тоқтатылды? Қандай мәліметті түзету керек, қайта есептеу "
             "бола ма?"),
        _S(("Зейнетақы дұрыс есептелмеген", "Еңбек өтілі есепке алынбады"),
           "{month_loc} жасына байланысты зейнетақы тағайындалды, бірақ есептеу кезінде "
           "{oldyear2}–{oldyear3} жылдары {«Октябрь» кеңшарында|«Ленин жолы» ұжымшарында|"
           "орман шаруашылығында} істеген өтілім ескерілмеді. ¦ Еңбек кітапшам бар, бірақ "
           "шаруашылықтың кадр бөлімі әлдеқашан таратылған, мұрағат анықтамасын {months} бойы "
           "күтіп жүрміз. Соның салдарынан зейнетақым {sums_dat} жуық аз.",
           w="еңбек кітапшасындағы жазбалар бойынша өтілді есепке алып, зейнетақыны қайта "
             "есептеу",
           g="еңбек өтілін ескеріп зейнетақыны қайта есептеу",
           o="«Азаматтарға арналған үкімет» мемлекеттік корпорациясының бөлімшесі",
           q="ұйым таратылған болса, өтілді қандай құжат растайды? Зейнетақы тағайындалған "
             "күннен бастап қайта есептеле ме?"),
        _S(("Мүгедектік тобы алынып тасталды", "МӘС шешімімен келіспеймін"),
           "{date_loc} қайта куәландыру кезінде медициналық-әлеуметтік сараптама бөлімі "
           "{әкемнің|анамның|жолдасымның} екінші топтағы мүгедектігін алып тастады. ¦ Жағдайы "
           "жақсарған жоқ: инсульттан кейін сол қолы мен аяғы істемейді, таяқпен әрең жүреді. "
           "Шешімді 10 минутта қабылдады[, медициналық құжаттарға да мән бермеді]. Топпен "
           "бірге жәрдемақыдан да, тегін дәріден де айырылдық.",
           w="тәуелсіз мамандардың қатысуымен қайта куәландырудан өткізіп, мүгедектік тобын "
             "қалпына келтіру",
           g="мүгедектік тобын белгілеу", o="медициналық-әлеуметтік сараптама бөлімі",
           q="МӘС шешіміне қалай шағым жасауға болады? Басқа бөлімде куәландырудан өтуге бола "
             "ма?"),
        _S(("Атаулы әлеуметтік көмектен бас тартты", "АӘК неге берілмеді?"),
           "Атаулы әлеуметтік көмекке өтініш бердік: отбасымызда {kidsn} бала бар, бір адам "
           "ғана жұмыс істейді, жалақысы {sum}. ¦ Бас тарту алдық — жан басына шаққандағы табыс "
           "кедейлік шегінен жоғары дейді. Бірақ есепке {months} бойы іс жүзінде алмай жүрген "
           "алимент[ пен жүрмейтін 1998 жылғы көлік] қосылыпты.",
           w="жан басына шаққандағы табысты қайта есептеп, атаулы әлеуметтік көмек тағайындау",
           p="АӘК есептегенде сот орындаушыларының деректері бойынша іс жүзінде алынған "
             "алиментті ғана ескеру",
           g="атаулы әлеуметтік көмек тағайындау",
           q="отбасы табысы қалай есептелді? Алынбаған алимент неге ескерілді, бас тартуға "
             "қалай шағым жасауға болады?"),
        _S(("Көп балалы отбасыға жәрдемақы", "Көп балалы отбасыға төлем тағайындалмай жатыр"),
           "Отбасымызда {kidsn4} бала бар, кенжесі {childage} жаста. ¦ Көп балалы отбасыларға "
           "арналған жәрдемақыға құжатты {month_loc} тапсырдық, бірақ ХҚКО-да өтінім балалар "
           "туралы мәліметтерді тексеруде «ілініп тұр» дейді. Төлем әлі тағайындалған жоқ"
           "[, әлеуметтік бағдарламалар бөліміне қоңырау шалудан пайда жоқ].",
           w="көп балалы отбасыға жәрдемақыны өтініш берген күннен бастап тағайындау",
           g="көп балалы отбасыға жәрдемақы тағайындау",
           q="өтінішім қай кезеңде қаралып жатыр? Жәрдемақы қай күннен бастап тағайындалады?"),
    ],
    "kk!": [
        _S(("Жалғыз қарт жылусыз, тамақсыз қалды", "ШҰҒЫЛ: жалғыз басты зейнеткерге көмек"),
           "{street}, {house}-үйде {age} жастағы жалғыз басты көршіміз тұрады, сынықтан кейін "
           "төсекке таңылып қалды. ¦ Туыстары жоқ, үй суық — пешті жағатын адам жоқ, [көмірі "
           "таусылды, ]тамақты қолы қалт еткенде көршілер әкеледі. Өзінің айтуынша, әлеуметтік "
           "қызметкер {weeks} бойы келмеген.",
           w="үйде әлеуметтік қызмет көрсетуді шұғыл ұйымдастыру немесе арнаулы әлеуметтік "
             "қызмет көрсету орталығына орналастыру",
           g="жалғыз басты қарт адамға көмек"),
    ],
    "en": [
        _S(("Child care allowance stopped", "Benefit payment suspended"),
           "Since {month} the allowance for caring for a child under one and a half has not "
           "been paid. ¦ The service centre said the payment was suspended because of "
           "“inconsistent data” but could not say which. The family has no other income now.",
           w="find out why the payment was suspended and resume it, including the missed months",
           g="the child care allowance",
           q="why the payment was suspended and which data must be corrected"),
        _S(("Disability group removed", "Appeal against the medical-social assessment"),
           "On {date} the medical-social assessment office removed my father's second disability "
           "group at re-examination. ¦ His condition has not improved since his stroke: his left "
           "arm and leg do not work and he walks with a cane.",
           w="arrange a new examination with independent specialists and restore the group",
           g="the disability assessment", o="the medical-social assessment office"),
    ],
    "en!": [
        _S(("URGENT: lonely elderly neighbour needs help", "Bedridden pensioner left alone"),
           "A lonely neighbour aged {age} lives at {street} {house} and has been bedridden since "
           "a fracture. ¦ She has no relatives, the house is cold because nobody can light the "
           "stove, and neighbours bring food when they can.",
           w="urgently arrange home social care or a place in a social care centre",
           g="help for a lonely elderly person"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["employment"] = {
    "ru": ("руководитель инспекции труда", "руководитель отдела занятости", "аким района"),
    "kk": ("еңбек инспекциясының басшысы", "жұмыспен қамту бөлімінің басшысы", "аудан әкімі"),
    "en": ("Head of the Labour Inspectorate",),
}
_ORGS["employment"] = {
    "ru": ("инспекции труда", "работодателя"),
    "kk": ("еңбек инспекциясы", "жұмыс беруші"),
    "en": ("the labour inspectorate", "the employer"),
}
_SCENARIOS["employment"] = {
    "ru": [
        _S(("Невыплата зарплаты", "Задержка зарплаты", "Долг по заработной плате"),
           "Работаю в {employer} {водителем|разнорабочим|оператором|сварщиком|бухгалтером}. ¦ "
           "Зарплату не платят с {month_gen}, долг передо мной — {sum}, а всего в коллективе "
           "задолжали {people} работникам. Руководство обещает «со следующего транша»[, а "
           "тем временем заставляет выходить на работу], кредиты платить нечем.",
           w="провести проверку в {employer} и обязать работодателя погасить долг по зарплате",
           p="вести публичный реестр работодателей с долгами по зарплате, чтобы люди знали, "
             "куда не идти работать",
           g="задолженности по заработной плате", o="{employer}",
           q="какие меры инспекция труда может принять к работодателю и как быстрее получить "
             "долг по зарплате"),
        _S(("Незаконное увольнение", "Уволили без объяснения", "Уволили на больничном"),
           "{date} меня уволили из {employer} «по сокращению», хотя через неделю на это место "
           "взяли другого человека. ¦ Уведомления за месяц не было, компенсацию не выплатили"
           "[, трудовой договор на руки не выдали]. Кроме того, в день увольнения был открыт "
           "больничный лист.",
           w="проверить законность увольнения и обязать работодателя произвести полный расчёт",
           g="законности увольнения", o="{employer}",
           q="законно ли увольнение по сокращению, если на эту должность приняли другого "
             "человека, и в какой срок обращаться в согласительную комиссию или суд"),
        _S(("Помощь в трудоустройстве", "Центр занятости не помогает", "Работа для молодёжи"),
           "После колледжа по специальности {«электрик»|«бухгалтер»|«повар»|«программист»} уже "
           "{months} не могу найти работу. ¦ На учёте в центре занятости с {month_gen}, но "
           "предлагают только общественные работы на 2 месяца. О программе «Молодёжная "
           "практика» и субсидируемых рабочих местах в центре говорят: «квота исчерпана».",
           w="направить меня на молодёжную практику или субсидируемое рабочее место по "
             "специальности",
           p="проводить ярмарки вакансий в районе не раз в год, а каждый квартал, и публиковать "
             "вакансии с размером зарплаты",
           g="трудоустройства через центр занятости", o="центра трудовой мобильности",
           q="какие программы занятости доступны выпускникам колледжа, как попасть на "
             "молодёжную практику и когда откроется новая квота"),
        _S(("Нарушение техники безопасности", "Опасные условия труда",
            "Рабочие без касок и страховки"),
           "На {строительном объекте|производстве|складе} {employer} по {street} люди работают "
           "без касок, страховочных поясов и спецодежды. ¦ Леса на высоте {floor} этажа не "
           "закреплены, [инструктаж проводят «для подписи», ]в прошлом месяце рабочий упал с "
           "высоты и сломал позвоночник — случай скрыли и оформили как бытовую травму.",
           w="провести внеплановую проверку соблюдения требований безопасности и охраны труда",
           p="проводить внезапные выборочные проверки строительных объектов и публиковать их "
             "результаты",
           g="соблюдения требований охраны труда", o="{employer}",
           q="проводилось ли расследование несчастного случая и как сообщить о скрытой "
             "производственной травме"),
    ],
    "ru!": [
        _S(("Рабочие объявили голодовку", "СРОЧНО: голодовка на предприятии"),
           "Работники {employer} ({people} человек) не получают зарплату {months} и с {date} "
           "держат голодовку прямо на территории предприятия. ¦ Среди голодающих люди с "
           "гипертонией и диабетом, [двоих уже увозила скорая, ]руководство на переговоры не "
           "выходит.",
           w="срочно вмешаться, организовать переговоры с работодателем и медицинское "
             "наблюдение за голодающими",
           g="голодовки работников из-за невыплаты зарплаты", o="{employer}"),
    ],
    "kk": [
        _S(("Жалақы төленбей жатыр", "Жалақы берілмей жатыр", "Жалақы бойынша қарыз"),
           "{employer_loc} {жүргізуші|жұмысшы|оператор|дәнекерлеуші|бухгалтер} болып істеймін. ¦ "
           "{month_abl} бері жалақы берілмейді, маған қарызы — {sum}, ал ұжымда {people} "
           "жұмысшыға қарыз. Басшылық «келесі траншпен береміз» дейді[, ал әзірге жұмысқа "
           "шығуға мәжбүрлейді], несие төлейтін ақша жоқ.",
           w="{employer_loc} тексеру жүргізіп, жұмыс берушіні жалақы қарызын өтеуге міндеттеу",
           p="жалақы бойынша қарызы бар жұмыс берушілердің ашық тізілімін енгізу, адамдар "
             "қайда жұмысқа бармау керегін білсін",
           g="жалақы бойынша берешек", o="{employer}",
           q="еңбек инспекциясы жұмыс берушіге қандай шара қолдана алады? Жалақы қарызын қалай "
             "тезірек алуға болады?"),
        _S(("Заңсыз жұмыстан шығару", "Себепсіз жұмыстан шығарды"),
           "{date_loc} мені {employer_abl} «штат қысқартуға байланысты» шығарды, бірақ бір "
           "аптадан кейін менің орныма басқа адам алынды. ¦ Бір ай бұрын ескертпеді, өтемақы "
           "төленбеді[, еңбек шартын қолыма бермеді]. Оның үстіне, жұмыстан шығарған күні "
           "еңбекке уақытша жарамсыздық парағым ашық болатын.",
           w="жұмыстан шығарудың заңдылығын тексеріп, жұмыс берушіні толық есеп айырысуға "
             "міндеттеу",
           g="жұмыстан шығарудың заңдылығы", o="{employer}",
           q="орныма басқа адам алынса, штат қысқарту бойынша шығару заңды ма? Келісім "
             "комиссиясына не сотқа қай мерзімде жүгіну керек?"),
        _S(("Жұмысқа орналасуға көмек", "Жастарға жұмыс",
            "Мамандығым бойынша жұмыс таба алмай жүрмін"),
           "Колледжді {«электрик»|«есепші»|«аспаз»|«бағдарламашы»} мамандығы бойынша "
           "бітіргеніме {months} болды, әлі жұмыс таба алмай жүрмін. ¦ {month_abl} бері "
           "жұмыспен қамту орталығында есепте тұрмын, бірақ тек 2 айлық қоғамдық жұмыс "
           "ұсынады. «Жастар практикасы» мен субсидияланатын жұмыс орындары туралы естідім, "
           "бірақ орталықта «квота бітті» дейді.",
           w="мені мамандығым бойынша жастар практикасына немесе субсидияланатын жұмыс орнына "
             "жіберу",
           p="аудандағы бос жұмыс орындары жәрмеңкесін жылына бір рет емес, әр тоқсан сайын "
             "өткізіп, вакансияларды жалақысымен жариялау",
           g="жұмыспен қамту орталығы арқылы жұмысқа орналасу", o="еңбек мобильділігі орталығы",
           q="колледж түлектеріне қандай жұмыспен қамту бағдарламалары қолжетімді? Жастар "
             "практикасына қалай түсуге болады?"),
        _S(("Қауіпсіздік техникасы бұзылуда", "Қауіпті еңбек жағдайы"),
           "{street} бойындағы {employer_gen} {құрылыс нысанында|өндірісінде|қоймасында} "
           "жұмысшылар каскасыз, сақтандыру белдігісіз, арнайы киімсіз істейді. ¦ "
           "{floor}-қабат биіктігіндегі сатылар бекітілмеген, [нұсқаулықты «қол қою үшін» ғана "
           "өткізеді, ]өткен айда бір жұмысшы биіктіктен құлап, омыртқасын сындырды — оқиғаны "
           "жасырып, тұрмыстық жарақат деп рәсімдеді.",
           w="еңбек қауіпсіздігі мен еңбекті қорғау талаптарының сақталуына жоспардан тыс "
             "тексеру жүргізу",
           p="құрылыс нысандарына кенеттен іріктеп тексеру жүргізіп, нәтижесін жариялап отыру",
           g="еңбекті қорғау талаптарының сақталуы", o="{employer}"),
    ],
    "kk!": [
        _S(("Жұмысшылар аштық жариялады", "ШҰҒЫЛ: кәсіпорындағы аштық"),
           "{employer} жұмысшылары ({people} адам) {months} бойы жалақы алмай, {date_abl} бері "
           "кәсіпорын аумағында аштық жариялап отыр. ¦ Аш отырғандардың арасында қан қысымы, "
           "қант диабеті бар адамдар бар, [екеуін жедел жәрдем алып кетті, ]басшылық келіссөзге "
           "шықпайды.",
           w="шұғыл араласып, жұмыс берушімен келіссөз ұйымдастыру және аш отырғандарды "
             "медициналық бақылауға алу",
           g="жалақы төленбегендіктен жұмысшылардың аштық жариялауы", o="{employer}"),
    ],
    "en": [
        _S(("Unpaid wages", "Wage arrears at {employer}"),
           "I work at {employer} as a {driver|labourer|welder|accountant}. ¦ We have not been "
           "paid since {month}; the company owes me {sum} and owes {people} workers in total.",
           w="inspect {employer} and make the employer pay the wage arrears",
           p="keep a public register of employers with wage arrears",
           g="the wage arrears", o="{employer}",
           q="what the labour inspectorate can do and how to recover the arrears faster"),
        _S(("Unlawful dismissal", "Dismissed while on sick leave"),
           "On {date} I was dismissed from {employer} “due to redundancy”, but a week later "
           "someone else was hired for my job. ¦ There was no one-month notice and no "
           "compensation, and I was on sick leave on the day of dismissal.",
           w="check whether the dismissal was lawful and make the employer settle in full",
           g="my dismissal", o="{employer}"),
    ],
    "en!": [
        _S(("URGENT: workers on hunger strike", "Hunger strike over unpaid wages"),
           "{people} workers of {employer} have not been paid for {months} and have been on "
           "hunger strike on the premises since {date}. ¦ Some have hypertension and diabetes; "
           "management refuses to talk to them.",
           w="intervene urgently, organise talks with the employer and medical supervision",
           g="the hunger strike over unpaid wages", o="{employer}"),
    ],
}

_ADDRESSEES["public_order"] = {
    "ru": ("начальник департамента полиции", "начальник районного управления полиции",
           "аким района"),
    "kk": ("полиция департаментінің бастығы", "аудандық полиция басқармасының бастығы"),
    "en": ("Head of the Police Department",),
}
_ORGS["public_order"] = {
    "ru": ("районного управления полиции", "участкового инспектора"),
    "kk": ("аудандық полиция басқармасы", "учаскелік полиция инспекторы"),
    "en": ("the district police", "the local police inspector"),
}
_SCENARIOS["public_order"] = {
    "ru": [
        _S(("Бездействие участкового", "Полиция не приняла заявление",
            "Грубость сотрудника полиции"),
           "{date} обратились в районное управление полиции с заявлением о краже {велосипеда|"
           "телефона|аккумулятора из машины} — {street}, д. {house}. ¦ Дежурный отказался "
           "регистрировать заявление, сказал, что «ущерб маленький» и «всё равно не найдут»"
           "[, разговаривал грубо]. Участковый {off} на звонки не отвечает.",
           w="зарегистрировать заявление в ЕРДР и дать оценку действиям дежурного",
           p="присылать заявителю SMS о регистрации заявления, чтобы его нельзя было "
             "«потерять»",
           g="регистрации заявления о преступлении", o="дежурной части",
           q="почему не зарегистрировано заявление и как проверить, внесено ли оно в ЕРДР"),
        _S(("Семейное насилие у соседей", "Сосед избивает жену", "Крики и драки в квартире"),
           "В квартире {flat} нашего дома ({street}, {house}) сосед регулярно избивает жену, "
           "слышны крики и плач детей. ¦ Полицию вызывали уже {несколько|три|пять} раз: "
           "приезжают, беседуют и уезжают. [Женщина боится писать заявление сама.]",
           w="принять меры профилактики бытового насилия, вынести защитное предписание и "
             "поставить семью на учёт",
           g="бытового насилия в семье соседей", o="участковой службы",
           q="может ли полиция принять меры, если пострадавшая сама не пишет заявление, и куда "
             "ей обратиться за помощью"),
        _S(("Мошенничество по телефону", "Украли деньги с карты", "Мошенники от имени банка"),
           "{date} позвонили якобы из службы безопасности банка, назвали мои данные и убедили "
           "сообщить код из SMS. ¦ С карты списали {sum}[, а ещё оформили онлайн-кредит на "
           "{sumb}]. Заявление в полицию написано в тот же день, прошло {weeks}, а следователь "
           "говорит, что «это сложно».",
           w="активизировать расследование, установить получателей денег и заблокировать их "
             "счета",
           p="обязать банки блокировать переводы на подозрительные счета и ввести единый номер "
             "для проверки звонков «из банка»",
           g="расследования мошенничества", o="следственного отдела",
           q="какие действия проведены по моему заявлению и на каком этапе расследование"),
        _S(("Шум по ночам", "Ночное кафе мешает спать", "Нарушение тишины"),
           "На первом этаже нашего дома ({street}, {house}) работает {кафе|караоке|бар}, музыка "
           "гремит до 3–4 часов ночи. ¦ У входа толпятся посетители, курят, ругаются, [бьют "
           "бутылки, ]паркуются на тротуаре. Вызовы полиции ничего не меняют: приезжают, делают "
           "замечание — через полчаса всё сначала.",
           w="проверить соблюдение тишины и режима работы заведения и принять меры",
           p="запретить работу заведений в жилых домах после 23:00 решением маслихата",
           g="нарушения тишины в ночное время", o="местной полицейской службы",
           q="какие нормы тишины действуют в жилом доме и какие меры могут быть приняты к "
             "заведению"),
    ],
    "ru!": [
        _S(("Пропал ребёнок", "СРОЧНО: пропал подросток"),
           "{date} не вернулся домой наш сын, {childage3} лет: ушёл в школу и пропал. ¦ "
           "Телефон выключен, друзья ничего не знают. Заявление в полицию подали вечером, но "
           "нам сказали ждать сутки[, поиски толком не начали].",
           w="немедленно начать розыск, подключить волонтёров и проверить камеры "
             "видеонаблюдения",
           g="розыска пропавшего ребёнка"),
        _S(("Угрожает убить, нужна защита", "СРОЧНО: угрозы и побои"),
           "Сожитель моей сестры (живут по адресу {street}, д. {house}, кв. {flat}) вчера избил "
           "её и угрожал ножом, обещал «прийти и закончить». ¦ В квартире двое маленьких детей. "
           "Сестра боится, телефон у неё отобрали. Защитное предписание ему уже выносили, но он "
           "снова там.",
           w="немедленно выехать по адресу, обеспечить безопасность сестры и детей и задержать "
             "его",
           g="угрозы убийством и семейного насилия"),
    ],
    "kk": [
        _S(("Учаскелік инспектордың әрекетсіздігі", "Полиция арызды қабылдамады"),
           "{date_loc} {street}, {house} мекенжайы бойынша {велосипед|телефон|көліктегі "
           "аккумулятор} ұрланғаны туралы полиция бөліміне арыз бердік. ¦ Кезекші «шығын аз», "
           "«бәрібір таппайды» деп арызды тіркеуден бас тартты[, дөрекі сөйледі]. Учаскелік "
           "инспектор {off} телефон көтермейді.",
           w="арызды СДТБТ-ға тіркеп, кезекшінің әрекетіне баға беру",
           p="арыздың тіркелгені туралы хабарламаны SMS арқылы жіберуді енгізу, ол «жоғалып» "
             "кетпесін",
           g="қылмыс туралы арызды тіркеу", o="полиция бөлімі",
           q="арыз неге тіркелмеді? Оның СДТБТ-ға енгізілгенін қалай тексеруге болады?"),
        _S(("Көршілерде отбасылық зорлық-зомбылық", "Көрші әйелін ұрады"),
           "Үйіміздің ({street}, {house}) {flat}-пәтерінде көрші әйелін жиі ұрады, айқай мен "
           "балалардың жылағаны естіледі. ¦ Полицияны {бірнеше|үш|бес} рет шақырдық: келіп, "
           "әңгімелесіп, кетіп қалады. [Әйел өзі арыз жазудан қорқады.]",
           w="тұрмыстық зорлық-зомбылықтың алдын алу шараларын қолданып, қорғау нұсқамасын "
             "шығарып, отбасын есепке алу",
           g="көршілердің отбасындағы тұрмыстық зорлық-зомбылық",
           o="учаскелік полиция қызметі",
           q="зардап шегуші өзі арыз жазбаса, полиция шара қолдана ала ма? Ол көмек үшін қайда "
             "жүгіне алады?"),
        _S(("Телефон алаяқтығы", "Картадан ақша ұрланды", "Банк атынан алаяқтар"),
           "{date_loc} банктің қауіпсіздік қызметінен деп хабарласып, менің деректерімді айтып, "
           "SMS-тегі кодты айтуға көндірді. ¦ Картадан {sum} шешіп алды[, оның үстіне {sumb} "
           "онлайн-несие рәсімдеді]. Сол күні полицияға арыз бердім, {weeks} өтті, тергеуші "
           "«бұл күрделі іс» дейді.",
           w="тергеуді жандандырып, ақша алушыларды анықтап, шоттарын бұғаттау",
           p="банктерге күдікті шоттарға аударымды бұғаттауды міндеттеп, «банктен» деген "
             "қоңырауларды тексеретін бірыңғай нөмір енгізу",
           g="алаяқтықты тергеу", o="тергеу бөлімі",
           q="арызым бойынша қандай әрекеттер жасалды? Тергеу қай кезеңде?"),
        _S(("Түнде шу", "Түнгі дәмхана ұйықтатпайды", "Тыныштықты бұзу"),
           "Үйіміздің ({street}, {house}) бірінші қабатында {дәмхана|караоке|бар} жұмыс "
           "істейді, музыка түнгі 3–4-ке дейін гүрілдейді. ¦ Кіреберісте келушілер топталып, "
           "темекі тартып, боқтап сөйлейді, [бөтелке сындырады, ]көліктерін тротуарға қояды. "
           "Полиция шақырғаннан пайда жоқ: келіп, ескерту жасайды — жарты сағаттан кейін бәрі "
           "қайта басталады.",
           w="тыныштықтың және мекеменің жұмыс тәртібінің сақталуын тексеріп, шара қолдану",
           p="мәслихат шешімімен тұрғын үйлердегі мекемелердің 23:00-ден кейін жұмыс істеуіне "
             "тыйым салу",
           g="түнгі уақытта тыныштықты бұзу", o="жергілікті полиция қызметі"),
    ],
    "kk!": [
        _S(("Бала жоғалып кетті", "ШҰҒЫЛ: жасөспірім жоғалды"),
           "{date_loc} {childage3} жастағы ұлымыз мектепке кетіп, үйге қайтпады. ¦ Телефоны "
           "өшірулі, достары ештеңе білмейді. Кешке полицияға арыз бердік, бірақ «бір тәулік "
           "күтіңіз» деді[, іздеу әлі басталған жоқ].",
           w="іздеуді дереу бастап, еріктілерді тартып, бейнебақылау камераларын тексеру",
           g="жоғалған баланы іздеу"),
        _S(("Өлтіремін деп қорқытады", "ШҰҒЫЛ: қорқыту және ұрып-соғу"),
           "Сіңлімнің бірге тұратын адамы ({street}, {house}-үй, {flat}-пәтер) кеше оны ұрып, "
           "пышақпен қорқытты, «келіп, бітіремін» деді. ¦ Үйде екі кішкентай бала бар. Сіңлім "
           "қорқып отыр, телефонын тартып алған. Оған бұрын қорғау нұсқамасы шығарылған, бірақ "
           "ол қайтадан сонда жүр.",
           w="мекенжайға дереу барып, сіңлімнің және балалардың қауіпсіздігін қамтамасыз етіп, "
             "оны ұстау",
           g="өлтіремін деп қорқыту және отбасылық зорлық"),
    ],
    "en": [
        _S(("Police refused to register a report", "Inaction of the local police inspector"),
           "On {date} we went to the district police to report the theft of a {bicycle|phone|"
           "car battery} at {street} {house}. ¦ The duty officer refused to register the report, "
           "saying the damage was small and the thief would never be found.",
           w="register the report and assess the duty officer's conduct",
           g="the registration of a crime report", o="the duty unit",
           q="why the report was not registered and how to check that it is in the register"),
        _S(("Noise at night", "Night bar below our flat"),
           "A {café|karaoke bar} on the ground floor of our building at {street} {house} plays "
           "loud music until 3–4 a.m. ¦ Customers crowd at the entrance, smoke, swear and park "
           "on the pavement; police visits change nothing.",
           w="check that the quiet hours and the opening hours are respected and take action",
           p="ban bars in residential buildings from operating after 11 p.m.",
           g="the night-time noise"),
    ],
    "en!": [
        _S(("URGENT: missing teenager", "Our son has gone missing"),
           "On {date} our {childage3}-year-old son left for school and never came home. ¦ His "
           "phone is off and his friends know nothing. The police told us to wait 24 hours.",
           w="start the search immediately, involve volunteers and check the CCTV cameras",
           g="the search for a missing child"),
    ],
}

_ADDRESSEES["justice"] = {
    "ru": ("руководитель департамента юстиции", "председатель суда",
           "руководитель регионального отделения ЧСИ"),
    "kk": ("әділет департаментінің басшысы", "сот төрағасы"),
    "en": ("Head of the Justice Department",),
}
_ORGS["justice"] = {
    "ru": ("департамента юстиции", "судебного исполнителя"),
    "kk": ("әділет департаменті", "сот орындаушысы"),
    "en": ("the justice department", "the bailiff"),
}
_SCENARIOS["justice"] = {
    "ru": [
        _S(("Судебный исполнитель арестовал карту", "Арест счёта с пособием",
            "Списали детское пособие в счёт долга"),
           "По исполнительному производству частного судебного исполнителя {off} на мой счёт "
           "наложен арест и списано {sums} — это было пособие на ребёнка, на которое арест "
           "накладывать нельзя. ¦ Долг по кредиту я не отрицаю и плачу по графику, но теперь "
           "семье не на что купить продукты. В офис ЧСИ не пускают, по телефону отвечают: "
           "«пишите заявление».",
           w="проверить законность действий ЧСИ, снять арест со счёта для социальных выплат и "
             "вернуть списанное пособие",
           p="зачислять пособия на отдельный счёт, который по закону нельзя арестовать, "
             "автоматически",
           g="ареста счёта с социальными выплатами", o="частного судебного исполнителя",
           q="можно ли арестовывать счёт, на который поступают пособия, и как вернуть "
             "списанные деньги"),
        _S(("Не взыскивают алименты", "Алименты не платятся", "Бездействие судисполнителя"),
           "Решением суда с отца детей взысканы алименты на {kids}. ¦ Уже {months} он не платит "
           "ни тенге, хотя работает неофициально и ездит на новой машине. Судебный исполнитель "
           "на приём не вызывает, [запрет на выезд не оформлен, ]розыск имущества не объявлен.",
           w="принять меры принудительного исполнения: установить доходы должника, объявить "
             "розыск имущества и ограничить выезд",
           p="привлекать злостных неплательщиков алиментов к общественным работам с "
             "перечислением заработка на счёт ребёнка",
           g="взыскания алиментов", o="судебного исполнителя",
           q="какие меры приняты по исполнительному листу и как добиться ограничения выезда "
             "должника"),
        _S(("Бесплатная юридическая помощь", "Нужен бесплатный адвокат"),
           "Я {pension}, суд по иску банка о выселении назначен на {date}. ¦ Денег на адвоката "
           "нет[, пенсия {pens}], в юридической консультации сказали, что бесплатная помощь по "
           "такой категории дел не положена.",
           w="назначить адвоката в рамках гарантированной государством юридической помощи",
           g="гарантированной государством юридической помощи", o="коллегии адвокатов",
           q="есть ли у меня право на бесплатного адвоката в гражданском деле о выселении и "
             "куда обращаться"),
        _S(("Ошибка в свидетельстве о рождении", "Исправление актовой записи"),
           "В актовой записи о рождении ребёнка (регистрировали в {year} году) допущена ошибка в "
           "написании отчества — одна буква. ¦ Из-за этого не совпадают данные в документах, "
           "ребёнка не могут зачислить в {school_acc}[, а в ЦОНе отказываются выдавать "
           "удостоверение]. В отделе РАГС говорят, что исправление только через суд.",
           w="внести исправление в актовую запись в административном порядке",
           g="исправления актовой записи о рождении",
           o="отдела регистрации актов гражданского состояния",
           q="можно ли исправить техническую ошибку в актовой записи без суда и какие документы "
             "нужны"),
        _S(("Условия содержания в колонии", "Осуждённому не оказывают медпомощь"),
           "Мой {сын|брат|муж} отбывает наказание в учреждении {prison}. ¦ С {month_gen} у него "
           "серьёзные проблемы со здоровьем, но медицинскую помощь не оказывают, [передачи с "
           "лекарствами не пропускают, ]на свидания не выводят. Жалобы через администрацию не "
           "доходят.",
           w="проверить условия содержания и обеспечить ему медицинскую помощь",
           g="условий содержания и медицинской помощи осуждённому",
           o="администрации учреждения {prison}"),
    ],
    "ru!": [
        _S(("Выселяют с детьми зимой", "СРОЧНО: выселение из единственного жилья"),
           "На {wdate} судебный исполнитель назначил принудительное выселение нашей семьи из "
           "единственного жилья ({street}, д. {house}) по долгу перед банком. ¦ На улице мороз, "
           "у нас {kids}, младшему {childage}, идти некуда. Решение суда обжалуется, но "
           "исполнительные действия не приостановлены.",
           w="приостановить исполнительные действия по выселению до рассмотрения жалобы",
           g="принудительного выселения семьи с детьми"),
    ],
    "kk": [
        _S(("Сот орындаушысы картаны бұғаттады", "Жәрдемақы түсетін шотқа тыйым салынды"),
           "Жеке сот орындаушысы {off} жүргізіп отырған атқарушылық іс бойынша шотыма тыйым "
           "салынып, {sums} шешіп алынды — бұл балаға берілетін жәрдемақы еді, оған тыйым "
           "салуға болмайды. ¦ Несие бойынша қарызымды мойындаймын, кесте бойынша төлеп "
           "келемін, бірақ қазір отбасыма азық-түлік алатын ақша жоқ. ЖСО кеңсесіне кіргізбейді, "
           "телефонмен «арыз жазыңыз» дейді.",
           w="ЖСО әрекеттерінің заңдылығын тексеріп, әлеуметтік төлемдер түсетін шоттан тыйымды "
             "алып, шешілген жәрдемақыны қайтару",
           p="жәрдемақылар тыйым салуға болмайтын бөлек шотқа автоматты түрде түсетін тәртіп "
             "енгізу",
           g="әлеуметтік төлемдер түсетін шотқа тыйым салу", o="жеке сот орындаушысы",
           q="жәрдемақы түсетін шотқа тыйым салуға бола ма? Шешілген ақшаны қалай қайтаруға "
             "болады?"),
        _S(("Алимент өндірілмейді", "Алимент төленбейді"),
           "Сот шешімімен балалардың әкесінен {kidsn} балаға алимент өндірілді. ¦ Ол {months} "
           "бойы бір теңге де төлемейді, бірақ бейресми жұмыс істейді, жаңа көлік мінеді. Сот "
           "орындаушысы қабылдауға шақырмайды, [шетелге шығуға тыйым салынбаған, ]мүлкі "
           "іздестіруге жарияланбаған.",
           w="борышкердің табысын анықтап, мүлкін іздестіруге жариялап, шетелге шығуын шектеу "
             "арқылы мәжбүрлеп орындату шараларын қолдану",
           p="алимент төлеуден қасақана жалтарғандарды қоғамдық жұмысқа тартып, табысын "
             "баланың шотына аудару",
           g="алимент өндіру",
           q="атқару парағы бойынша қандай шаралар қолданылды? Борышкердің шетелге шығуын "
             "қалай шектетуге болады?"),
        _S(("Тегін заң көмегі", "Тегін адвокат керек"),
           "Мен {pension}, банктің мені үйден шығару туралы талабы бойынша сот {date_loc} "
           "тағайындалды. ¦ Адвокатқа ақшам жоқ[, зейнетақым {pens}], заң кеңесінде «бұл "
           "санаттағы істерге тегін көмек берілмейді» деді.",
           w="мемлекет кепілдік берген заң көмегі аясында адвокат тағайындау",
           g="мемлекет кепілдік берген заң көмегі", o="адвокаттар алқасы",
           q="үйден шығару туралы азаматтық істе тегін адвокатқа құқығым бар ма? Қайда жүгіну "
             "керек?"),
        _S(("Туу туралы куәліктегі қате", "Акт жазбасын түзету"),
           "Баланың туу туралы акт жазбасында ({year} жылы тіркелген) әкесінің атында бір әріп "
           "қате жазылған. ¦ Соның салдарынан құжаттардағы деректер сәйкес келмейді, баланы "
           "{school_dat} қабылдай алмай жатыр[, ХҚКО жеке куәлік беруден бас тартады]. АХАЖ "
           "бөлімі «тек сот арқылы түзетіледі» дейді.",
           w="акт жазбасына әкімшілік тәртіппен түзету енгізу",
           g="туу туралы акт жазбасын түзету", o="азаматтық хал актілерін тіркеу бөлімі",
           q="акт жазбасындағы техникалық қатені сотсыз түзетуге бола ма? Қандай құжаттар "
             "керек?"),
    ],
    "kk!": [
        _S(("Балалармен қыста үйден шығарып жатыр", "ШҰҒЫЛ: жалғыз баспанадан шығару"),
           "Сот орындаушысы банк алдындағы қарыз үшін отбасымызды жалғыз баспанамыздан "
           "({street}, {house}-үй) мәжбүрлеп шығаруды {wdate_dat} белгіледі. ¦ Далада аяз, "
           "{kidsn} балам бар, кенжесі {childage} жаста, баратын жеріміз жоқ. Сот шешіміне "
           "шағым берілді, бірақ атқарушылық әрекеттер тоқтатылмады.",
           w="шағым қаралғанға дейін үйден шығару жөніндегі атқарушылық әрекеттерді тоқтата "
             "тұру",
           g="балалы отбасын мәжбүрлеп үйден шығару"),
    ],
    "en": [
        _S(("Child benefit taken by the bailiff", "Account with benefits seized"),
           "Under enforcement proceedings by private bailiff {off}, my account was frozen and "
           "{sums} was taken — it was child benefit, which cannot be seized by law. ¦ I do not "
           "dispute the loan debt and pay it on schedule, but now the family has no money for "
           "food.",
           w="check the bailiff's actions, lift the freeze on the benefits account and return "
             "the money",
           g="the seizure of my benefits account", o="the private bailiff",
           q="whether an account receiving benefits may be frozen and how to get the money "
             "back"),
        _S(("Child support not enforced", "Bailiff does nothing about alimony"),
           "A court ordered the father of my children to pay child support for {kids}. ¦ For "
           "{months} he has not paid anything, though he works informally and drives a new car. "
           "The bailiff has taken no action.",
           w="take enforcement measures: trace the debtor's income and assets and restrict his "
             "travel",
           g="the enforcement of child support", o="the bailiff"),
    ],
    "en!": [
        _S(("URGENT: eviction with children in winter", "Eviction from our only home"),
           "The bailiff has set {wdate} for the forced eviction of our family from our only "
           "home at {street} {house} over a bank debt. ¦ It is freezing outside, we have {kids} "
           "and nowhere to go; our appeal against the judgment is pending.",
           w="suspend the eviction until the appeal is heard",
           g="the forced eviction of a family with children"),
    ],
}

_ADDRESSEES["public_services"] = {
    "ru": ("директор филиала Госкорпорации «Правительство для граждан»",
           "руководитель ЦОНа", "руководитель отдела контроля качества госуслуг"),
    "kk": ("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы филиалының директоры",
           "ХҚКО басшысы"),
    "en": ("Director of the Public Service Centre",),
}
_ORGS["public_services"] = {
    "ru": ("ЦОНа", "филиала Госкорпорации «Правительство для граждан»"),
    "kk": ("ХҚКО", "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"),
    "en": ("the public service centre",),
}
_SCENARIOS["public_services"] = {
    "ru": [
        _S(("Очереди в ЦОНе", "Не работает электронная очередь в ЦОН", "Работа ЦОНа"),
           "В ЦОН на {street} невозможно попасть: талоны электронной очереди заканчиваются к "
           "9:30, люди с 7 утра занимают очередь на улице[, в том числе пожилые и мамы с "
           "детьми]. ¦ Из 12 окон работают 3–4. Запись через бот не работает — на две недели "
           "вперёд «нет свободных слотов».",
           w="увеличить число работающих окон и наладить предварительную запись",
           p="открыть в {mkr} мобильный ЦОН хотя бы два дня в неделю и перевести больше услуг "
             "на eGov",
           g="работы ЦОНа",
           q="сколько окон должно работать в ЦОНе на {street}, какой нормативный срок ожидания "
             "и почему не работает предварительная запись"),
        _S(("Ошибка на eGov", "Неверные данные в базе", "Не могу получить услугу на egov.kz"),
           "На портале egov.kz при заказе {справки о наличии жилья|адресной справки|справки о "
           "несудимости} выходит ошибка «данные не найдены», [хотя ЭЦП действующая]. ¦ В ЦОНе "
           "сказали, что в базе по прописке указан старый адрес — {street}, д. {house2}, хотя "
           "прописка сменилась ещё в {year} году. Кто должен исправить данные, никто не знает.",
           w="исправить сведения в государственной базе данных и обеспечить получение услуги "
             "онлайн",
           g="ошибки в государственной базе данных",
           o="оператора портала электронного правительства",
           q="какой орган отвечает за сведения о регистрации по месту жительства и как их "
             "исправить"),
        _S(("Удостоверение не готово в срок", "Задержка выдачи удостоверения личности"),
           "{date} в ЦОНе подано заявление на замену удостоверения личности в связи с "
           "истечением срока. ¦ Срок изготовления — 10 рабочих дней, прошло уже {weeks}, а "
           "статус всё «в обработке». Без удостоверения не могу {получить перевод|оформить "
           "сделку|выехать на лечение}[, а в банке заблокировали карту].",
           w="ускорить выдачу удостоверения личности и объяснить причины задержки",
           g="выдачи удостоверения личности", o="органа документирования",
           q="на каком этапе изготовление удостоверения и когда его выдадут"),
        _S(("Нарушили срок оказания услуги", "Госуслуга не оказана в срок"),
           "{date} через egov.kz заказана государственная услуга «{Регистрация по месту "
           "жительства|Выдача технического паспорта|Постановка на учёт нуждающихся в жилище}». ¦ "
           "Нормативный срок давно истёк, статус — «на исполнении». В контакт-центр 1414 звонили "
           "{несколько раз|три раза|четыре раза}, каждый раз просят подождать.",
           w="оказать услугу и выяснить причины нарушения срока",
           p="автоматически уведомлять гражданина и руководителя услугодателя, когда срок "
             "услуги вот-вот истечёт",
           g="нарушения сроков оказания государственной услуги", o="услугодателя",
           q="почему нарушен срок оказания услуги и кто за это отвечает"),
    ],
    "ru!": [
        _S(("Не выдают свидетельство о смерти", "СРОЧНО: нужен документ для похорон"),
           "{Вчера|Сегодня утром} умер {отец|дедушка|брат}. ¦ Для похорон нужно свидетельство "
           "о смерти, но в ЦОНе говорят, что врачебное свидетельство не поступило в систему, а в "
           "больнице — что всё отправили. По обычаю хоронить нужно завтра.",
           w="срочно оформить свидетельство о смерти", g="выдачи свидетельства о смерти"),
    ],
    "kk": [
        _S(("ХҚКО-да кезек", "ХҚКО-ның электрондық кезегі істемейді", "ХҚКО жұмысы"),
           "{street} бойындағы ХҚКО-ға кіру мүмкін емес: электрондық кезек талондары сағат "
           "9:30-ға қарай бітеді, адамдар таңғы 7-ден далада кезек алады[, олардың арасында "
           "қарттар мен балалы аналар бар]. ¦ 12 терезенің 3–4-і ғана жұмыс істейді. Бот арқылы "
           "алдын ала жазылу екі аптаға дейін «бос уақыт жоқ» дейді.",
           w="жұмыс істейтін терезелер санын көбейтіп, алдын ала жазылуды жолға қою",
           p="{mkr_loc} аптасына кемінде екі күн жылжымалы ХҚКО ашып, қызметтердің көбін eGov-қа "
             "көшіру",
           g="ХҚКО жұмысы",
           q="{street} бойындағы ХҚКО-да қанша терезе жұмыс істеуі тиіс? Алдын ала жазылу неге "
             "істемейді?"),
        _S(("eGov-тағы қате", "Базадағы деректер қате", "egov.kz арқылы қызмет алу мүмкін емес"),
           "egov.kz порталында {тұрғын үйдің бар-жоғы туралы анықтама|мекенжай анықтамасы|"
           "соттылығы жоқ екені туралы анықтама} сұрағанда «деректер табылмады» деген қате "
           "шығады. ¦ ХҚКО-да базадағы тіркеу мекенжайым ескі — {street}, {house2}-үй күйінде "
           "қалғанын айтты, ал тіркеуімді {year} жылы-ақ ауыстырғанмын. Деректерді кім түзетуі "
           "керек — ешкім білмейді.",
           w="мемлекеттік дерекқордағы мәліметтерді түзетіп, қызметті онлайн алуды қамтамасыз "
             "ету",
           g="мемлекеттік дерекқордағы қате", o="электрондық үкімет порталының операторы",
           q="тұрғылықты жері бойынша тіркеу туралы мәліметтерге қай орган жауап береді? Оларды "
             "қалай түзетуге болады?"),
        _S(("Жеке куәлік уақытында дайын болмады", "Жеке куәлікті ауыстыру кешікті"),
           "{date_loc} ХҚКО арқылы мерзімі біткен жеке куәлікті ауыстыруға өтініш бердім. ¦ "
           "Дайындау мерзімі — 10 жұмыс күні, ал {weeks} өтті, мәртебесі әлі «өңделуде». "
           "Куәліксіз {ақша аударымын ала алмаймын|мәміле жасай алмаймын|емделуге шыға "
           "алмаймын}[, банк картамды бұғаттап тастады].",
           w="жеке куәлікті беруді жеделдетіп, кешігу себебін түсіндіру",
           g="жеке куәлік беру", o="құжаттандыру органы",
           q="куәлік қай кезеңде дайындалып жатыр? Ол қашан беріледі?"),
        _S(("Қызмет көрсету мерзімі бұзылды", "Мемлекеттік қызмет уақытында көрсетілмеді"),
           "{date_loc} egov.kz арқылы «{Тұрғылықты жері бойынша тіркеу|Техникалық паспорт "
           "беру|Тұрғын үйге мұқтаждарды есепке қою}» мемлекеттік қызметіне тапсырыс бердім. ¦ "
           "Нормативтік мерзім әлдеқашан өтті, мәртебесі — «орындалуда». 1414 байланыс "
           "орталығына {бірнеше|үш|төрт} рет қоңырау шалдым, әр жолы күте тұруды сұрайды.",
           w="қызметті көрсетіп, мерзімнің бұзылу себептерін анықтау",
           p="қызмет мерзімі бітуге жақындағанда азаматқа және қызмет берушінің басшысына "
             "автоматты түрде хабарлама жіберу",
           g="мемлекеттік қызмет көрсету мерзімінің бұзылуы", o="көрсетілетін қызметті беруші"),
    ],
    "kk!": [
        _S(("Қайтыс болу туралы куәлік берілмей жатыр", "ШҰҒЫЛ: жерлеуге құжат керек"),
           "{Кеше|Бүгін таңертең} {әкем|атам|ағам} қайтыс болды. ¦ Жерлеу үшін қайтыс болу "
           "туралы куәлік керек, бірақ ХҚКО дәрігерлік куәлік жүйеге түспеді дейді, ал "
           "аурухана бәрін жібердік дейді. Салт бойынша ертең жерлеуіміз керек.",
           w="қайтыс болу туралы куәлікті шұғыл рәсімдеу", g="қайтыс болу туралы куәлік беру"),
    ],
    "en": [
        _S(("Queues at the public service centre", "Electronic queue does not work"),
           "It is impossible to get into the public service centre on {street}: the queue "
           "tickets run out by 9:30 and people queue outside from 7 a.m. ¦ Only 3–4 of the 12 "
           "windows are open, and online booking shows no free slots for two weeks.",
           w="open more windows and make advance booking work",
           p="run a mobile service centre in {mkr} at least two days a week",
           g="the work of the public service centre"),
        _S(("Error on egov.kz", "Wrong data in the state database"),
           "When I order {a certificate of no criminal record|an address certificate} on egov.kz, "
           "the portal says “data not found”. ¦ The service centre told me the database still "
           "shows my old address at {street} {house2}, although I changed my registration in "
           "{year}.",
           w="correct the data in the state database so that I can get the service online",
           g="the error in the state database", o="the e-government portal operator"),
    ],
    "en!": [
        _S(("URGENT: death certificate not issued", "Document needed for a funeral"),
           "My {father|grandfather} died {yesterday|this morning}. ¦ We need the death "
           "certificate for the funeral, but the service centre says the medical certificate "
           "has not reached the system and the hospital says it was sent. By custom the funeral "
           "must be tomorrow.",
           w="issue the death certificate urgently", g="the death certificate"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["agriculture"] = {
    "ru": ("руководитель управления сельского хозяйства", "аким района", "аким сельского округа"),
    "kk": ("ауыл шаруашылығы басқармасының басшысы", "аудан әкімі", "ауылдық округ әкімі"),
    "en": ("Head of the Agriculture Department", "Akim"),
}
_ORGS["agriculture"] = {
    "ru": ("управления сельского хозяйства", "акимата сельского округа"),
    "kk": ("ауыл шаруашылығы басқармасы", "ауылдық округ әкімдігі"),
    "en": ("the agriculture department",),
}
_SCENARIOS["agriculture"] = {
    "ru": [
        _S(("Не выплачены субсидии", "Задержка субсидий фермерам", "Субсидии не поступили"),
           "{farm} ({village}) ещё в {month_loc} подало заявку на субсидирование {стоимости "
           "удобрений|приобретения племенного скота|затрат на семена} через информационную "
           "систему субсидирования. ¦ Заявка одобрена, сумма — {sumb}, но деньги так и не "
           "поступили: в управлении сельского хозяйства говорят, что «лимит исчерпан». Под эти "
           "деньги брали кредит, проценты капают.",
           w="выплатить одобренные субсидии в текущем году",
           p="выплачивать субсидии по открытой очереди заявок на портале, чтобы было видно "
             "движение",
           g="выплаты субсидий",
           q="на каком месте в очереди на выплату наша заявка и когда будут выделены средства"),
        _S(("Ветеринар не приезжает", "Вакцинация скота", "Идентификация скота в селе"),
           "В {village} уже {months} нет ветеринарного врача, скот не вакцинирован{ от "
           "бруцеллёза| от ящура| от сибирской язвы}. ¦ У сельчан {heads} голов КРС и мелкого "
           "скота, [у половины животных слетели бирки, а перебирковку никто не делает, ]без "
           "ветеринарных справок скот нельзя ни продать, ни забить.",
           w="направить в село ветеринарного врача и провести вакцинацию и идентификацию скота",
           p="организовать выездной ветеринарный пункт, который раз в месяц объезжает "
             "отдалённые сёла",
           g="ветеринарного обслуживания", o="районной ветеринарной станции",
           q="когда в селе будет ветеринарный врач и в какие сроки проведут плановую "
             "вакцинацию скота"),
        _S(("Нехватка пастбищ", "Пастбища отдали в аренду", "Негде пасти скот"),
           "Земли вокруг {village}, где сельчане всегда пасли скот, отдали в аренду {employer} "
           "на {years}. ¦ Теперь скот пасти негде — гоняем за {km} км, [арендатор ставит "
           "ограждения и штрафует за потраву, ]а сам эти земли не использует, там растёт бурьян.",
           w="проверить использование арендованных земель и выделить пастбища для скота "
             "сельчан",
           p="при распределении пастбищ сначала резервировать земли для скота жителей села, а "
             "потом сдавать в аренду",
           g="обеспечения сельчан пастбищами", o="отдела земельных отношений",
           q="кому и на каком основании переданы пастбища вокруг {village} и где сельчанам "
             "пасти свой скот"),
        _S(("Нет поливной воды", "Не подают воду в арыки", "Полив огородов"),
           "С {smonth_gen} в арычную сеть {village} не подают поливную воду. ¦ Огороды и бахча "
           "гибнут, [люди поливают из колонок, но напор слабый, ]урожая в этом году не будет. "
           "Водхоз говорит, что канал заилен и нет денег на очистку, а плату за воду взяли "
           "вперёд.",
           w="очистить канал и восстановить подачу поливной воды по графику",
           p="чистить каналы зимой, до начала поливного сезона, и заранее публиковать график "
             "полива",
           g="подачи поливной воды", o="водхоза",
           q="когда будет очищен канал, когда восстановят подачу воды и вернут ли плату за "
             "неполученную воду"),
    ],
    "ru!": [
        _S(("Падёж скота, подозрение на сибирскую язву", "СРОЧНО: массовый падёж скота"),
           "За последние {days} в {village} пало {heads2} голов скота, у одного хозяина — сразу "
           "несколько коров. ¦ Признаки похожи на сибирскую язву[, а в прошлом году в соседнем "
           "районе была вспышка]. Туши никто не забирает, ветеринар не приезжал, люди боятся "
           "за детей.",
           w="срочно направить ветеринарную службу, взять пробы, организовать утилизацию туш и "
             "карантин",
           g="массового падежа скота", o="районной ветеринарной станции"),
    ],
    "kk": [
        _S(("Субсидия төленбей жатыр", "Фермерлерге субсидия кешігуде", "Субсидия түспеді"),
           "{village_gen} {farm} {month_loc} {тыңайтқыш құнын|асыл тұқымды мал сатып алуды|"
           "тұқым шығындарын} субсидиялауға ақпараттық жүйе арқылы өтінім берді. ¦ Өтінім "
           "мақұлданды, сомасы — {sumb}, бірақ ақша әлі түскен жоқ: ауыл шаруашылығы басқармасы "
           "«лимит бітті» дейді. Осы ақшаға сеніп несие алдық, пайызы өсіп жатыр.",
           w="мақұлданған субсидияны ағымдағы жылы төлеу",
           p="субсидияны порталдағы ашық кезек бойынша, өтінім берілген ретпен төлеу",
           g="субсидия төлеу",
           q="біздің өтінім төлем кезегінде нешінші тұр? Қаражат қашан бөлінеді?"),
        _S(("Ветеринар келмейді", "Малды екпелеу", "Малды бірдейлендіру"),
           "{village_loc} {months} бойы ветеринар дәрігер жоқ, мал {бруцеллезге|аусылға|"
           "топалаңға} қарсы екпеленбеген. ¦ Ауыл тұрғындарында {heads} бас ірі қара мен ұсақ "
           "мал бар, [малдың жартысының құлағындағы сырғасы түсіп қалған, қайта сырғалауды "
           "ешкім жасамайды, ]анықтамасыз малды сатуға да, союға да болмайды.",
           w="ауылға ветеринар дәрігер жіберіп, малды екпелеу және бірдейлендіру жұмыстарын "
             "жүргізу",
           p="шалғай ауылдарды айына бір рет аралайтын жылжымалы ветеринарлық пункт ұйымдастыру",
           g="ветеринариялық қызмет көрсету", o="аудандық ветеринариялық станция",
           q="ауылға ветеринар дәрігер қашан келеді? Жоспарлы екпелеу қай мерзімде жүргізіледі?"),
        _S(("Жайылым жетіспейді", "Жайылымды жалға беріп жіберді", "Мал жаятын жер жоқ"),
           "{village_gen} айналасындағы ауыл тұрғындары ежелден мал жайып келген жерлер "
           "{years} мерзімге {employer_dat} жалға берілді. ¦ Енді мал жаятын жер жоқ — {km} "
           "шақырымға айдаймыз, [жалға алушы қоршау қойып, егінге түскен мал үшін айыппұл "
           "салады, ]ал өзі ол жерді пайдаланбайды, арам шөп басып кеткен.",
           w="жалға берілген жерлердің пайдаланылуын тексеріп, ауыл тұрғындарының малына "
             "жайылым бөлу",
           p="жайылымдарды бөлгенде алдымен ауыл тұрғындарының малына жер қалдырып, содан кейін "
             "ғана жалға беру",
           g="ауыл тұрғындарын жайылыммен қамтамасыз ету", o="жер қатынастары бөлімі",
           q="{village_gen} айналасындағы жайылымдар кімге, қандай негізбен берілді? Ауыл "
             "тұрғындары малын қайда жаюы керек?"),
        _S(("Суармалы су жоқ", "Егіске су берілмейді", "Арыққа су жіберілмейді"),
           "{smonth_abl} бастап {village_gen} арық жүйесіне суармалы су берілмейді. ¦ Бақша мен "
           "егістік қурап барады, [адамдар колонкадан суарады, бірақ қысымы әлсіз, ]биыл өнім "
           "болмайды. Су шаруашылығы «канал лайға толған, тазалауға ақша жоқ» дейді, ал су "
           "ақысын алдын ала алып қойған.",
           w="каналды тазалап, суармалы суды кесте бойынша беруді қалпына келтіру",
           p="каналдарды суару маусымы басталғанға дейін, қыста тазалап, суару кестесін алдын "
             "ала жариялау",
           g="суармалы су беру", o="су шаруашылығы кәсіпорны",
           q="канал қашан тазаланады, су қашан беріледі? Алынбаған су үшін төленген ақы "
             "қайтарыла ма?"),
    ],
    "kk!": [
        _S(("Мал қырылып жатыр, топалаң деген күдік бар", "ШҰҒЫЛ: малдың жаппай өлімі"),
           "Соңғы {days} ішінде {village_loc} {heads2} бас мал өлді, бір кісінің бірден "
           "бірнеше сиыры өлді. ¦ Белгілері топалаңға ұқсайды[, өткен жылы көрші ауданда індет "
           "шыққан]. Өлекселерді ешкім алып кетпейді, ветеринар келген жоқ, адамдар балаларына "
           "алаңдап отыр.",
           w="ветеринария қызметін шұғыл жіберіп, сынама алып, өлекселерді жою мен карантинді "
             "ұйымдастыру",
           g="малдың жаппай өлімі", o="аудандық ветеринариялық станция"),
    ],
    "en": [
        _S(("Subsidies not paid", "Delay in farm subsidies"),
           "{farm} in {village} applied in {month} for a subsidy on {fertiliser|breeding "
           "cattle|seed costs}. ¦ The application was approved for {sumb}, but the money has not "
           "arrived; the agriculture department says the limit is exhausted. We took a loan "
           "counting on it.",
           w="pay the approved subsidy this year",
           p="pay subsidies in the order of an open queue visible on the portal",
           g="the payment of subsidies"),
        _S(("No irrigation water", "Irrigation canal not working"),
           "Since {smonth} no irrigation water has reached the ditches of {village}. ¦ Gardens "
           "and melon fields are dying; the water utility says the canal is silted up, yet it "
           "took the water fee in advance.",
           w="clean the canal and restore the water supply on schedule",
           g="the irrigation water supply", o="the water management company"),
    ],
    "en!": [
        _S(("URGENT: livestock dying, anthrax suspected", "Mass death of livestock"),
           "In the last {days}, {heads2} head of livestock have died in {village}. ¦ The signs "
           "look like anthrax; nobody removes the carcasses and no vet has come.",
           w="send the veterinary service at once, take samples, dispose of the carcasses and "
             "impose a quarantine",
           g="the mass death of livestock"),
    ],
}

_ADDRESSEES["ecology"] = {
    "ru": ("руководитель департамента экологии", "аким города", "руководитель управления "
           "природных ресурсов"),
    "kk": ("экология департаментінің басшысы", "қала әкімі",
           "табиғи ресурстар басқармасының басшысы"),
    "en": ("Head of the Ecology Department",),
}
_ORGS["ecology"] = {
    "ru": ("департамента экологии", "управления природных ресурсов"),
    "kk": ("экология департаменті", "табиғи ресурстар басқармасы"),
    "en": ("the ecology department",),
}
_SCENARIOS["ecology"] = {
    "ru": [
        _S(("Выбросы завода", "Чёрный дым по ночам", "Загрязнение воздуха"),
           "По ночам {factory} выпускает густой чёрный дым, к утру над {mkr} стоит смог и "
           "запах гари. ¦ У детей кашель и аллергия, [на подоконниках чёрный налёт, ]окна "
           "открыть невозможно. Днём трубы почти не дымят — видимо, выбросы специально делают "
           "ночью.",
           w="провести внеплановую проверку {factory} с замерами выбросов в ночное время",
           p="установить в жилых районах автоматические посты мониторинга воздуха с открытыми "
             "данными онлайн",
           g="загрязнения атмосферного воздуха",
           q="какие замеры выбросов проводились на {factory} и где увидеть данные мониторинга "
             "воздуха в нашем районе"),
        _S(("Загрязнение реки", "Сброс стоков в реку", "Мёртвая рыба в {river_loc}"),
           "Ниже {village} в {river_acc} по трубе сбрасывают мутную воду с резким запахом — "
           "похоже, стоки {factory|животноводческого комплекса|автомойки}. ¦ На берегу мёртвая "
           "рыба, [скот не пьёт из реки, ]а дети раньше купались здесь каждое лето. Фото и "
           "видео есть.",
           w="взять пробы воды, найти источник сброса и привлечь виновных к ответственности",
           p="поставить водоохранные знаки и камеры на реках ниже населённых пунктов и "
             "публиковать результаты анализов",
           g="загрязнения {river_gen}",
           q="проводились ли анализы воды в {river_loc} и выдавалось ли кому-то разрешение на "
             "сброс"),
        _S(("Незаконная вырубка леса", "Вырубка лесополосы", "Вывозят лес по ночам"),
           "Из лесополосы за {village} уже {weeks} по ночам вывозят лес — спиленные стволы "
           "грузят в {КамАЗы|грузовики} и увозят. ¦ [Пни свежие, ]лесники говорят, что не могут "
           "дежурить круглосуточно. Лесополоса защищает поля и дорогу от снега и ветра.",
           w="провести рейд, установить нарушителей и организовать охрану лесополосы",
           p="поставить в лесных массивах фотоловушки и опубликовать телефон для сообщений о "
             "вырубке",
           g="незаконной вырубки деревьев", o="лесного хозяйства",
           q="кто отвечает за охрану лесополосы у {village} и выдавались ли разрешения на рубку"),
        _S(("Стихийная свалка", "Свалка в овраге за {mkr}", "Строительный мусор в овраге"),
           "За {mkr} в овраге образовалась огромная стихийная свалка: строительный мусор, "
           "покрышки, бытовые отходы. ¦ Мусор привозят машинами, в основном по ночам, [иногда "
           "его поджигают — дым идёт прямо на дома, ]рядом проходит тропинка к школе.",
           w="ликвидировать свалку, установить виновных и закрыть подъезд к оврагу",
           p="поставить на въезде к оврагу камеры и шлагбаум, а штрафы за вывоз мусора "
             "направлять на уборку",
           g="ликвидации стихийной свалки", o="отдела ЖКХ",
           q="кто обязан ликвидировать свалку и в какие сроки"),
    ],
    "ru!": [
        _S(("Химический запах в районе", "СРОЧНО: выброс, людям плохо"),
           "С {hour} в {mkr} стоит резкий химический запах, у людей слезятся глаза и першит в "
           "горле, [у соседского ребёнка начался приступ астмы, ]вызывали скорую. ¦ Запах идёт "
           "со стороны {factory}. На горячую линию не дозвониться.",
           w="срочно выяснить источник выброса, провести замеры воздуха и оповестить жителей о "
             "мерах безопасности",
           g="химического выброса в атмосферу"),
    ],
    "kk": [
        _S(("Зауыт шығарындылары", "Түнде қара түтін", "Ауаның ластануы"),
           "Түнде {factory} қою қара түтін шығарады, таңертеңге қарай {mkr_gen} үстінде "
           "түтін-тұман тұрып, күйік иісі шығады. ¦ Балалар жөтеліп, аллергиясы ұстайды, "
           "[терезе алдында қара күйе жиналады, ]терезені ашу мүмкін емес. Күндіз мұржалар "
           "әрең түтіндейді — шығарындыларды әдейі түнде жасайтын сияқты.",
           w="{factory_acc} түнгі уақытта шығарындыларды өлшей отырып, жоспардан тыс тексеру",
           p="тұрғын аудандарда ауаны бақылайтын автоматты бекеттер орнатып, деректерді онлайн "
             "ашық жариялау",
           g="атмосфералық ауаның ластануы",
           q="{factory} шығарындыларына қандай өлшеу жүргізілді? Ауданымыздағы ауа сапасының "
             "деректерін қайдан көруге болады?"),
        _S(("Өзеннің ластануы", "Өзенге ағынды су төгілуде", "{river_loc} балық қырылды"),
           "{village_gen} төменгі жағында {river_dat} құбыр арқылы лайлы, өткір иісті су "
           "төгіледі — {factory_gen|мал шаруашылығы кешенінің|көлік жуу орнының} ағындысы "
           "сияқты. ¦ Жағада өлі балық жатыр, [мал өзен суын ішпейді, ]бұрын балалар жыл сайын "
           "осында шомылатын. Фото, бейне бар.",
           w="судан сынама алып, төгінді көзін тауып, кінәлілерді жауапқа тарту",
           p="елді мекендерден төмен өзен учаскелеріне су қорғау белгілері мен камералар "
             "орнатып, талдау нәтижелерін жариялау",
           g="{river_gen} ластануы",
           q="{river_loc} суға талдау жүргізілді ме? Төгінді жіберуге біреуге рұқсат берілген "
             "бе?"),
        _S(("Орманды заңсыз кесу", "Орман алқабында ағаш кесіп жатыр"),
           "{village_gen} сыртындағы орман алқабынан {weeks} бойы түнде ағаш тасып жатыр — "
           "кесілген діңдерді {КамАЗ-ға|жүк көлігіне} тиеп әкетеді. ¦ [Түбірлер жап-жаңа, "
           "]орманшылар тәулік бойы күзете алмаймыз дейді. Бұл орман алқабы егістік пен жолды "
           "қар мен желден қорғайды.",
           w="рейд жүргізіп, бұзушыларды анықтап, орман алқабын күзетуді ұйымдастыру",
           p="орман алқаптарына фото-тұзақ камералар орнатып, ағаш кесу туралы хабарлайтын "
             "телефон нөмірін жариялау",
           g="ағаштарды заңсыз кесу", o="орман шаруашылығы мекемесі"),
        _S(("Рұқсатсыз қоқыс үйіндісі", "Сайдағы қоқыс үйіндісі"),
           "{mkr_gen} сыртындағы сайда үлкен рұқсатсыз қоқыс үйіндісі пайда болды: құрылыс "
           "қалдықтары, доңғалақтар, тұрмыстық қоқыс. ¦ Қоқысты көлікпен, көбіне түнде әкеліп "
           "төгеді, [кейде өртеп жібереді — түтіні тура үйлерге барады, ]жанынан мектепке "
           "баратын соқпақ өтеді.",
           w="қоқыс үйіндісін жойып, кінәлілерді анықтап, сайға кіреберісті жабу",
           p="сайға кіреберіске камера мен шлагбаум қойып, айыппұлдарды тазалауға жұмсау",
           g="рұқсатсыз қоқыс үйіндісін жою", o="ТКШ бөлімі",
           q="қоқыс үйіндісін кім жоюы керек, қандай мерзімде?"),
    ],
    "kk!": [
        _S(("Ауданда химиялық иіс", "ШҰҒЫЛ: шығарынды, адамдардың жағдайы нашар"),
           "Сағат {hour}-ден бастап {mkr_loc} өткір химиялық иіс тұр, адамдардың көзінен жас "
           "ағып, тамағы жыбырлайды, [көршінің баласының демікпесі ұстап, ]жедел жәрдем "
           "шақырдық. ¦ Иіс {factory} жақтан келеді. Жедел желіге хабарласу мүмкін емес.",
           w="шығарынды көзін шұғыл анықтап, ауаны өлшеп, тұрғындарға қауіпсіздік шаралары "
             "туралы хабарлау",
           g="атмосфераға химиялық шығарынды"),
    ],
    "en": [
        _S(("Factory emissions at night", "Black smoke over {mkr}"),
           "At night {factory} releases thick black smoke; by morning there is smog and a smell "
           "of burning over {mkr}. ¦ Children cough and have allergies; during the day the "
           "chimneys barely smoke.",
           w="inspect {factory} without notice, measuring emissions at night",
           p="install automatic air-quality stations in residential areas with open online data",
           g="air pollution"),
        _S(("Illegal dump in the ravine", "Construction waste dumped near {mkr}"),
           "A huge illegal dump has grown in the ravine behind {mkr}: construction waste, tyres "
           "and household rubbish. ¦ Trucks bring it at night, and sometimes it is set on fire "
           "next to the path children take to school.",
           w="clear the dump, find those responsible and close the access road",
           g="the illegal dump", o="the city services department"),
    ],
    "en!": [
        _S(("URGENT: chemical smell, people feel ill", "Toxic release suspected"),
           "Since {hour} there has been a sharp chemical smell in {mkr}; people's eyes water "
           "and throats burn, and a neighbour's child had an asthma attack. ¦ The smell comes "
           "from {factory}; the hotline does not answer.",
           w="find the source at once, measure the air and tell residents what to do",
           g="the chemical release"),
    ],
}

_ADDRESSEES["taxes_finance"] = {
    "ru": ("руководитель управления государственных доходов", "руководитель департамента "
           "государственных доходов"),
    "kk": ("мемлекеттік кірістер басқармасының басшысы",
           "мемлекеттік кірістер департаментінің басшысы"),
    "en": ("Head of the State Revenue Department",),
}
_ORGS["taxes_finance"] = {
    "ru": ("управления государственных доходов", "департамента государственных доходов"),
    "kk": ("мемлекеттік кірістер басқармасы", "мемлекеттік кірістер департаменті"),
    "en": ("the state revenue office",),
}
_SCENARIOS["taxes_finance"] = {
    "ru": [
        _S(("Налог на проданную машину", "Ошибочный транспортный налог", "Пеня по налогу"),
           "Машину {plate} продали ещё в {year} году по генеральной доверенности, а на eGov "
           "пришло уведомление о транспортном налоге за три года и пене — всего {sums}. ¦ В "
           "управлении государственных доходов говорят, что машина до сих пор числится за "
           "нами, потому что покупатель её не переоформил. Найти покупателя невозможно.",
           w="снять начисление налога и пени и разъяснить, как снять машину с учёта",
           p="запретить продажу машин по доверенности без переоформления или автоматически "
             "начислять налог новому владельцу",
           g="начисления транспортного налога",
           q="как прекратить начисление налога на проданную машину и можно ли снять её с учёта "
             "без покупателя"),
        _S(("Таможня задерживает посылку", "Пошлина за посылку"),
           "Посылка из {Китая|Германии|Турции|США} с {детскими вещами|запчастями|лекарствами} "
           "стоимостью около {sum} стоит на таможенном посту уже {weeks}. ¦ Требуют оплатить "
           "пошлину, хотя беспошлинный лимит для личного пользования, насколько известно, не "
           "превышен. [Объяснений не дают, на звонки не отвечают.]",
           w="проверить законность начисления пошлины и выпустить посылку",
           g="таможенного оформления посылки", o="таможенного поста",
           q="какой беспошлинный лимит действует для посылок и почему посылка задержана"),
        _S(("Банк отказывает в реструктуризации", "Коллекторы звонят родственникам",
            "Проблема с кредитом"),
           "Кредит в банке на {sumb} брался, когда всё было хорошо, но после {потери работы|"
           "болезни|рождения ребёнка} платить по графику стало невозможно. ¦ Заявление о "
           "реструктуризации подавалось {дважды|трижды} — банк отказывает, а коллекторы звонят "
           "родственникам и на работу[, угрожают].",
           w="проверить действия банка и коллекторского агентства и помочь с "
             "реструктуризацией долга",
           g="реструктуризации банковского займа", o="банка",
           q="обязан ли банк рассматривать заявление о реструктуризации и какие действия "
             "коллекторам запрещены"),
        _S(("Госзакуп с нарушениями", "Подозрительный тендер", "Работы приняты, но не сделаны"),
           "На портале госзакупок опубликован итог конкурса на {ремонт {school_gen}|"
           "благоустройство парка|ремонт дороги по {street}} — победитель {contractor}, сумма "
           "{sumb}. ¦ По факту работы выполнены наполовину, [краска облезла через месяц, ]а акт "
           "приёмки подписан полностью. Та же фирма выигрывает почти все конкурсы в районе.",
           w="провести аудит исполнения договора и проверить законность приёмки работ",
           p="публиковать акты приёмки работ с фото и давать жителям оставить отзыв до оплаты",
           g="исполнения договора о государственных закупках", o="заказчика",
           q="какие работы предусмотрены договором, кто подписал акт приёмки и проводилась ли "
             "проверка"),
    ],
    "ru!": [
        _S(("Заблокировали все счета", "СРОЧНО: арест счетов, нет денег на операцию"),
           "Управление госдоходов приостановило расходные операции по всем моим счетам из-за "
           "недоимки {sums}, о которой не было ни одного уведомления. ¦ На счёте деньги на "
           "лечение {ребёнка|мамы} — операция назначена на {date}, оплатить её сейчас "
           "невозможно. Недоимку погашу сразу, как только будет понятно, за что она начислена.",
           w="срочно снять приостановление операций по счёту и разъяснить основание начисления",
           g="приостановления расходных операций по счетам"),
    ],
    "kk": [
        _S(("Сатылған көлікке салық", "Көлік салығы қате есептелді", "Салық бойынша өсімпұл"),
           "{plate} нөмірлі көлікті {year} жылы бас сенімхатпен сатып жіберген едік, ал eGov-қа "
           "үш жылдық көлік салығы мен өсімпұл туралы хабарлама келді — барлығы {sums}. ¦ "
           "Мемлекеттік кірістер басқармасы сатып алушы қайта рәсімдемегендіктен көлік әлі "
           "біздің атымызда дейді. Сатып алушыны табу мүмкін емес.",
           w="салық пен өсімпұлды алып тастап, көлікті есептен қалай шығаруға болатынын "
             "түсіндіру",
           p="көлікті сенімхатпен қайта рәсімдеусіз сатуға тыйым салу немесе салықты жаңа иесіне "
             "автоматты түрде есептеу",
           g="көлік салығын есептеу",
           q="сатылған көлікке салық есептеуді қалай тоқтатуға болады? Сатып алушысыз оны "
             "есептен шығаруға бола ма?"),
        _S(("Сәлемдеме кеденде тұрып қалды", "Сәлемдемеге баж салығы"),
           "{Қытайдан|Германиядан|Түркиядан|АҚШ-тан} келген, құны шамамен {sum} болатын "
           "{балалар киімі|қосалқы бөлшектер|дәрі-дәрмек} салынған сәлемдеме кеден бекетінде "
           "{weeks} бойы тұр. ¦ Баж төлеуді талап етеді, бірақ жеке пайдалануға арналған баж "
           "салынбайтын лимиттен аспаған сияқты. [Түсінік бермейді, телефон көтермейді.]",
           w="баж есептеудің заңдылығын тексеріп, сәлемдемені беру",
           g="сәлемдемені кедендік ресімдеу", o="кеден бекеті",
           q="сәлемдемелерге баж салынбайтын қандай лимит бар? Сәлемдеме неге ұсталды?"),
        _S(("Банк несиені қайта құрылымдаудан бас тартты", "Коллекторлар туыстарға қоңырау шалады"),
           "Банктен {sumb} несие алған едім, бірақ {жұмыстан айырылғаннан|ауырғаннан|бала "
           "туғаннан} кейін кесте бойынша төлеу мүмкін болмай қалды. ¦ {Екі|Үш} рет өтініш "
           "берсем де, банк қайта құрылымдаудан бас тартады, ал коллекторлар туыстарыма, "
           "жұмысыма қоңырау шалады[, қорқытады].",
           w="банк пен коллекторлық агенттіктің әрекеттерін тексеріп, қарызды қайта "
             "құрылымдауға көмектесу",
           g="банк қарызын қайта құрылымдау", o="банк",
           q="банк қайта құрылымдау туралы өтінішті қарауға міндетті ме? Коллекторларға қандай "
             "әрекеттерге тыйым салынған?"),
        _S(("Бұзушылықпен өткен мемлекеттік сатып алу", "Күдікті тендер"),
           "Мемлекеттік сатып алу порталында {{school_gen} жөндеуі|саябақты абаттандыру|{street} "
           "бойындағы жол жөндеуі} бойынша конкурс қорытындысы жарияланды — жеңімпаз "
           "{contractor}, сомасы {sumb}. ¦ Іс жүзінде жұмыстың жартысы ғана орындалды, [бояуы "
           "бір айда түсіп қалды, ]ал қабылдау актісіне толық қол қойылған. Аудандағы "
           "конкурстардың бәрін дерлік осы фирма ұтады.",
           w="шарттың орындалуына аудит жүргізіп, жұмыстарды қабылдаудың заңдылығын тексеру",
           p="жұмысты қабылдау актілерін суретімен жариялап, төлемге дейін тұрғындарға пікір "
             "қалдыру мүмкіндігін беру",
           g="мемлекеттік сатып алу шартының орындалуы", o="тапсырыс беруші"),
    ],
    "kk!": [
        _S(("Барлық шоттарым бұғатталды", "ШҰҒЫЛ: шоттар бұғатталды, отаға ақша жоқ"),
           "Мемлекеттік кірістер басқармасы ешқандай хабарламасыз {sums} салық берешегі үшін "
           "барлық шоттарым бойынша шығыс операцияларын тоқтатты. ¦ Шотта {баламды|анамды} "
           "емдеуге жинаған ақша бар — ота {date_dat} белгіленген, қазір оны төлеу мүмкін емес. "
           "Берешектің неден пайда болғаны түсінікті болса, бірден төлеймін.",
           w="банк шотындағы тоқтата тұруды шұғыл алып, берешектің негізін түсіндіру",
           g="шоттар бойынша шығыс операцияларын тоқтата тұру"),
    ],
    "en": [
        _S(("Tax on a car already sold", "Wrong vehicle tax and penalties"),
           "We sold the car {plate} in {year} under a general power of attorney, but eGov now "
           "shows vehicle tax for three years plus penalties — {sums} in total. ¦ The revenue "
           "office says the car is still registered to us because the buyer never re-registered "
           "it.",
           w="cancel the tax and penalties and explain how to deregister the car",
           g="the vehicle tax assessment",
           q="how to stop the tax on a car that has been sold"),
        _S(("Parcel held at customs", "Customs duty on a parcel"),
           "A parcel from {China|Germany|Turkey} worth about {sum} has been held at the customs "
           "post for {weeks}. ¦ They demand duty, although the duty-free allowance for personal "
           "use does not seem to be exceeded.",
           w="check whether the duty is lawful and release the parcel",
           g="the customs clearance of my parcel", o="the customs post"),
    ],
    "en!": [
        _S(("URGENT: all accounts frozen", "Accounts frozen, surgery cannot be paid"),
           "The revenue office has suspended all debit operations on my accounts over arrears "
           "of {sums} that were never notified. ¦ The account holds the money for my child's "
           "surgery, scheduled for {date}.",
           w="lift the suspension urgently and explain what the arrears are for",
           g="the suspension of my bank accounts"),
    ],
}

_ADDRESSEES["business_economy"] = {
    "ru": ("руководитель управления предпринимательства", "аким города",
           "руководитель департамента по защите прав потребителей"),
    "kk": ("кәсіпкерлік басқармасының басшысы", "қала әкімі",
           "тұтынушылардың құқықтарын қорғау департаментінің басшысы"),
    "en": ("Head of the Entrepreneurship Department",),
}
_ORGS["business_economy"] = {
    "ru": ("управления предпринимательства", "отдела предпринимательства"),
    "kk": ("кәсіпкерлік басқармасы", "кәсіпкерлік бөлімі"),
    "en": ("the entrepreneurship department",),
}
_SCENARIOS["business_economy"] = {
    "ru": [
        _S(("Отказ в гранте начинающему бизнесу", "Грант для начинающих предпринимателей",
            "Господдержка бизнеса"),
           "Подана заявка на грант для начинающих предпринимателей по программе «Бизнестің жол "
           "картасы» — {пекарня|швейный цех|шиномонтаж|мини-ферма} в {village}. ¦ Бизнес-план "
           "защищён, но в итоговом списке нас нет, причину отказа не называют[, а среди "
           "победителей — родственники сотрудников].",
           w="сообщить причину отказа и пересмотреть заявку",
           p="публиковать баллы всех участников конкурса на гранты, чтобы было видно, почему "
             "кто-то выиграл",
           g="предоставления государственного гранта",
           q="по каким критериям оценивались заявки, сколько баллов у нашей заявки и как "
             "обжаловать итоги"),
        _S(("Продали некачественный товар", "Магазин не возвращает деньги",
            "Нарушение прав потребителя"),
           "{date} в магазине бытовой техники на {street} куплена стиральная машина за {sum}. ¦ "
           "Через {days} она сломалась, в сервисе признали заводской брак. Магазин отказывается "
           "вернуть деньги или заменить товар[, предлагает «ремонт за свой счёт»], претензию не "
           "принимает.",
           w="защитить мои права потребителя и обязать продавца вернуть деньги",
           p="обязать магазины размещать QR-код для жалобы в орган по защите прав потребителей",
           g="защиты прав потребителя", o="продавца",
           q="какие у меня права при заводском браке и куда обращаться, если продавец не "
             "принимает претензию"),
        _S(("Рост цен на продукты", "Цены на социально значимые товары", "Дорожают продукты"),
           "За последние {months} цены на {хлеб|яйца|сахар|подсолнечное масло} в магазинах "
           "нашего района выросли на {pct}%. ¦ Наценки явно завышены, [в соседнем районе тот же "
           "товар дешевле, ]а стабилизационный фонд, о котором писали, до нас не доходит. "
           "Пенсионерам и многодетным уже не хватает на самое необходимое.",
           w="проверить обоснованность цен на социально значимые продукты и принять меры по "
             "стабилизации",
           p="проводить ярмарки выходного дня с продукцией местных производителей без "
             "посредников",
           g="цен на социально значимые продовольственные товары",
           q="какие меры принимаются по сдерживанию цен и где в районе продают продукты из "
             "стабфонда"),
        _S(("Затягивают выдачу разрешения", "Разрешение для бизнеса не выдают",
            "Бюрократия при открытии бизнеса"),
           "Для открытия {кафе|аптеки|детского центра} на {street} уведомление и документы "
           "поданы ещё {date}. ¦ Срок давно прошёл, а в ответ то «нужно ещё согласование», то "
           "«пожарные не подписали». Аренда помещения — {sum} в месяц, плачу ни за что[, а "
           "инспектор намекает, что «можно ускорить»].",
           w="рассмотреть документы в установленный срок и дать исчерпывающий перечень "
             "замечаний",
           p="выдавать все разрешения для малого бизнеса через одно окно на eGov со статусом "
             "онлайн",
           g="выдачи разрешительных документов",
           q="какой срок рассмотрения уведомления установлен законом и какие согласования "
             "действительно нужны"),
    ],
    "ru!": [
        _S(("Пожароопасный рынок", "СРОЧНО: на рынке искрит проводка"),
           "В крытом павильоне — {market} — проводка висит прямо над товаром, на щитке искрит, "
           "[огнетушители пустые, ]а запасные выходы завалены коробками. ¦ Внутри сотни "
           "продавцов и покупателей, много детей. Администрация рынка на замечания не реагирует.",
           w="срочно проверить пожарную безопасность и при необходимости приостановить работу "
             "павильона",
           g="пожарной безопасности на рынке", o="администрации рынка"),
    ],
    "kk": [
        _S(("Бизнесті қолдаудан бас тартты", "Жаңа кәсіпкерлерге грант"),
           "«Бизнестің жол картасы» бағдарламасы бойынша жаңа бастаған кәсіпкерлерге берілетін "
           "грантқа өтінім бердім — {village_loc} {наубайхана|тігін цехы|шина жөндеу "
           "шеберханасы|шағын ферма} ашпақпын. ¦ Бизнес-жоспарды қорғадым, бірақ қорытынды "
           "тізімде жоқпын, бас тарту себебін айтпайды[, ал жеңімпаздардың арасында "
           "қызметкерлердің туыстары бар].",
           w="бас тарту себебін хабарлап, өтінімімді қайта қарау",
           p="грант конкурсына қатысушылардың барлығының баллын жариялау, кімнің неге ұтқаны "
             "көрініп тұрсын",
           g="мемлекеттік грант беру",
           q="өтінімдер қандай өлшемшарттармен бағаланды? Менің өтінімім қанша балл алды, "
             "қорытындыға қалай шағым беруге болады?"),
        _S(("Сапасыз тауар сатты", "Дүкен ақшаны қайтармайды", "Тұтынушы құқығын бұзу"),
           "{date_loc} {street} бойындағы тұрмыстық техника дүкенінен {sum_dat} кір жуғыш "
           "машина сатып алдым. ¦ {days} өткенде ол бұзылды, сервис орталығы зауыттық ақау деп "
           "таныды. Дүкен ақшаны қайтарудан да, ауыстырудан да бас тартады[, «өз есебіңізден "
           "жөндетіңіз» дейді], наразылық хатты қабылдамайды.",
           w="тұтынушы ретіндегі құқығымды қорғап, сатушыны ақшаны қайтаруға міндеттеу",
           p="дүкендерде тұтынушы құқығын қорғау органына шағым беруге арналған QR-кодты "
             "міндетті түрде ілу",
           g="тұтынушы құқығын қорғау", o="сатушы"),
        _S(("Азық-түлік бағасының өсуі", "Әлеуметтік маңызы бар тауарлардың бағасы"),
           "Соңғы {months} ішінде ауданымыздағы дүкендерде {нанның|жұмыртқаның|қанттың|күнбағыс "
           "майының} бағасы {pct}%-ға өсті. ¦ Сауда үстемесі тым жоғары, [көрші ауданда дәл сол "
           "тауар арзан, ]тұрақтандыру қоры туралы жазып жүр, бірақ бізге жетпейді. Зейнеткерлер "
           "мен көп балалы отбасыларға ең қажетті нәрсеге де жетпей қалды.",
           w="әлеуметтік маңызы бар азық-түлік бағасының негізділігін тексеріп, тұрақтандыру "
             "шараларын қабылдау",
           p="жергілікті өндірушілердің өнімін делдалсыз сататын демалыс күнгі жәрмеңкелер ашу",
           g="әлеуметтік маңызы бар азық-түлік бағасы",
           q="бағаны тежеу үшін қандай шаралар қабылданып жатыр? Ауданда тұрақтандыру қорының "
             "өнімі қайда сатылады?"),
        _S(("Рұқсат беру созылып жатыр", "Бизнеске рұқсат берілмей жатыр"),
           "{street} бойында {дәмхана|дәріхана|балалар орталығын} ашу үшін {date_loc} хабарлама "
           "мен құжаттар топтамасын тапсырдым. ¦ Мерзім әлдеқашан өтті, жауап — бірде «тағы "
           "келісу керек», бірде «өрт сөндірушілер қол қоймады». Үй-жайдың жалдау ақысы айына "
           "{sum}, бекер төлеп отырмын[, инспектор «тездетуге болады» деп ишара жасайды].",
           w="құжаттарды белгіленген мерзімде қарап, ескертулердің толық тізімін беру",
           p="шағын бизнеске арналған барлық рұқсатты eGov-та бір терезе арқылы, мәртебесін "
             "онлайн көрсетіп беру",
           g="рұқсат құжаттарын беру",
           q="хабарламаны қарау мерзімі заңда қанша? Қандай келісімдер шынымен қажет?"),
    ],
    "kk!": [
        _S(("Базардағы өрт қаупі", "ШҰҒЫЛ: базарда электр сымы ұшқындап тұр"),
           "{market} жабық павильонында электр сымдары тура тауардың үстінде салбырап тұр, "
           "қалқанда ұшқын шығады, [өрт сөндіргіштер бос, ]қосалқы шығу жолдары қораптармен "
           "бітелген. ¦ Ішінде жүздеген сатушы мен сатып алушы бар, балалар көп. Базар "
           "әкімшілігі ескертулерге құлақ аспайды.",
           w="өрт қауіпсіздігін шұғыл тексеріп, қажет болса павильон жұмысын тоқтата тұру",
           g="базардағы өрт қауіпсіздігі", o="базар әкімшілігі"),
    ],
    "en": [
        _S(("Faulty goods, shop refuses refund", "Consumer rights violated"),
           "On {date} I bought a washing machine for {sum} at an appliance shop on {street}. ¦ "
           "It broke after {days}; the service centre confirmed a factory defect, but the shop "
           "refuses to refund or replace it.",
           w="protect my consumer rights and make the seller refund the money",
           g="my consumer rights", o="the seller"),
        _S(("Business permit delayed", "Red tape when opening a business"),
           "To open a {café|pharmacy|children's centre} on {street} I submitted the "
           "notification and documents on {date}. ¦ The deadline has long passed; each time "
           "there is a new “approval” missing, while I pay {sum} a month in rent for nothing.",
           w="review my documents within the legal time limit and give a complete list of "
             "remarks",
           p="issue all small-business permits through one window on eGov with an online "
             "status",
           g="the issuing of permits"),
    ],
    "en!": [
        _S(("URGENT: fire hazard at the market", "Sparking wiring in the market hall"),
           "In the covered hall of {market}, wiring hangs right over the goods, the switchboard "
           "sparks and the emergency exits are blocked with boxes. ¦ Hundreds of people, many "
           "of them children, are inside every day.",
           w="inspect fire safety urgently and close the hall if necessary",
           g="fire safety at the market", o="the market administration"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["migration"] = {
    "ru": ("начальник управления миграционной службы", "руководитель отдела занятости",
           "аким области"),
    "kk": ("көші-қон қызметі басқармасының бастығы", "облыс әкімі"),
    "en": ("Head of the Migration Service",),
}
_ORGS["migration"] = {
    "ru": ("миграционной службы", "управления миграционной службы"),
    "kk": ("көші-қон қызметі", "көші-қон қызметі басқармасы"),
    "en": ("the migration service",),
}
_SCENARIOS["migration"] = {
    "ru": [
        _S(("Вид на жительство для зятя", "Задержка ВНЖ", "Рассмотрение документов на ВНЖ"),
           "Наш зять — гражданин {Узбекистана|Кыргызстана|России|Таджикистана}, в браке с "
           "нашей дочерью с {year} года, у них {kids}. ¦ Документы на вид на жительство поданы в "
           "миграционную службу {date}, срок рассмотрения истёк, а решения нет. Разрешение на "
           "временное проживание заканчивается через {days}, и тогда ему придётся выехать из "
           "страны.",
           w="рассмотреть документы на вид на жительство до окончания срока временного "
             "проживания",
           g="выдачи вида на жительство",
           q="на каком этапе рассмотрение документов и что делать, если разрешение на временное "
             "проживание закончится раньше решения"),
        _S(("Статус кандаса", "Не выплачивают подъёмные кандасам", "Помощь кандасам"),
           "Наша семья переехала из {Монголии|Китая|Узбекистана|Туркменистана} в {year} году "
           "и получила статус кандаса по региональной квоте. ¦ По программе положены "
           "единовременная выплата на переезд и компенсация аренды жилья, но деньги не "
           "поступили уже {months}[, а центр адаптации закрыт]. С работой мужу не помогли.",
           w="выплатить положенные кандасам субсидии и помочь с трудоустройством",
           p="закреплять за каждой семьёй кандасов куратора из центра занятости на первый год",
           g="выплаты субсидий кандасам", o="центра трудовой мобильности",
           q="какие выплаты положены кандасам, переселившимся по региональной квоте, и когда "
             "они будут перечислены"),
        _S(("Нелегальные мигранты на стройке", "Трудовые мигранты без документов"),
           "На стройке {developer} на {street} работают десятки иностранных рабочих, живут "
           "прямо в вагончиках на объекте. ¦ По их словам, документов у них нет, паспорта "
           "забрал прораб, зарплату не платят {months}. [Местных на работу не берут. ]Люди в "
           "бедственном положении.",
           w="проверить законность привлечения иностранной рабочей силы и защитить права "
             "рабочих",
           g="незаконного привлечения иностранной рабочей силы", o="{developer}"),
        _S(("Не могу зарегистрироваться", "Регистрация по месту пребывания",
            "Собственник не даёт регистрацию"),
           "Снимаем квартиру по договору аренды на {street}, д. {house}, кв. {flat}, но хозяйка "
           "отказывается давать согласие на временную регистрацию. ¦ Без регистрации ребёнка "
           "не принимают в {school_acc}[ и не прикрепляют к поликлинике], а постоянная "
           "регистрация осталась в {village}, за {km} км.",
           w="разъяснить, как зарегистрироваться по месту пребывания без согласия собственника, "
             "и помочь устроить ребёнка в школу",
           g="регистрации по месту пребывания", o="органа регистрации",
           q="можно ли зарегистрироваться по месту пребывания по договору аренды и обязана ли "
             "школа принять ребёнка без регистрации"),
    ],
    "ru!": [
        _S(("Выдворение разлучит семью", "СРОЧНО: выдворение отца новорождённого"),
           "{date} нашего зятя, гражданина {Узбекистана|Кыргызстана}, задержали и готовят к "
           "выдворению из-за просроченной регистрации. ¦ В Казахстане у него жена и "
           "новорождённый ребёнок, документы на ВНЖ были поданы и «потерялись» в миграционной "
           "службе. Выдворение назначено на ближайшие дни.",
           w="срочно проверить обстоятельства и приостановить выдворение до рассмотрения "
             "документов",
           g="выдворения иностранца, у которого семья в Казахстане"),
    ],
    "kk": [
        _S(("Күйеу балаға ықтиярхат", "Тұруға ықтиярхат кешігуде"),
           "Күйеу баламыз — {Өзбекстан|Қырғызстан|Ресей|Тәжікстан} азаматы, қызымызбен {year} "
           "жылдан бері некеде, {kidsn} баласы бар. ¦ Тұруға ықтиярхат алу үшін құжаттар "
           "көші-қон қызметіне {date_loc} тапсырылды, қарау мерзімі өтіп кетті, шешім жоқ. "
           "Уақытша тұруға рұқсатының мерзімі {days_abl} кейін бітеді, сонда елден кетуге "
           "мәжбүр болады.",
           w="уақытша тұруға рұқсаттың мерзімі біткенше ықтиярхат құжаттарын қарау",
           g="тұруға ықтиярхат беру",
           q="құжаттар қай кезеңде қаралып жатыр? Шешімге дейін уақытша тұруға рұқсат бітсе, не "
             "істеу керек?"),
        _S(("Қандас мәртебесі", "Қандастарға төлем берілмей жатыр"),
           "Отбасымыз {year} жылы {Моңғолиядан|Қытайдан|Өзбекстаннан|Түрікменстаннан} көшіп "
           "келіп, өңірлік квота бойынша қандас мәртебесін алды. ¦ Бағдарлама бойынша көшуге "
           "берілетін біржолғы төлем мен пәтер жалдау өтемақысы тиесілі, бірақ ақша {months} "
           "бойы түскен жоқ[, бейімдеу орталығы жабық]. Жолдасыма жұмыс табуға көмектеспеді.",
           w="қандастарға тиесілі субсидияларды төлеп, жұмысқа орналасуға көмектесу",
           p="қандастардың әр отбасына бірінші жылы жұмыспен қамту орталығынан жетекші бекіту",
           g="қандастарға субсидия төлеу", o="еңбек мобильділігі орталығы",
           q="өңірлік квотамен көшкен қандастарға қандай төлемдер тиесілі? Олар қашан "
             "аударылады?"),
        _S(("Құрылыста заңсыз мигранттар", "Құжатсыз еңбек мигранттары"),
           "{street} бойындағы {developer_gen} құрылысында ондаған шетелдік жұмысшы істейді, "
           "нысандағы вагондарда тұрады. ¦ Олардың айтуынша, құжаттары жоқ, төлқұжаттарын "
           "прораб алып қойған, {months} бойы жалақы бермейді. [Жергілікті адамдарды жұмысқа "
           "алмайды. ]Адамдар мүшкіл жағдайда.",
           w="шетелдік жұмыс күшін тартудың заңдылығын тексеріп, жұмысшылардың құқығын қорғау",
           g="шетелдік жұмыс күшін заңсыз тарту", o="{developer}"),
        _S(("Тіркеуге тұра алмай жүрмін", "Тұрғылықты жері бойынша тіркеу"),
           "{street}, {house}-үй, {flat}-пәтерді жалдау шарты бойынша жалдап тұрамыз, бірақ үй "
           "иесі уақытша тіркеуге келісім бермейді. ¦ Тіркеусіз баланы {school_dat} "
           "қабылдамайды[, емханаға да тіркемейді], ал тұрақты тіркеуіміз {km} шақырым жердегі "
           "{village_loc} қалған.",
           w="меншік иесінің келісімінсіз уақытша тұратын жері бойынша тіркелу тәртібін "
             "түсіндіріп, баланы мектепке орналастыруға көмектесу",
           g="уақытша тұратын жері бойынша тіркеу", o="тіркеу органы",
           q="жалдау шарты бойынша уақытша тіркелуге бола ма? Мектеп баланы тіркеусіз "
             "қабылдауға міндетті ме?"),
    ],
    "kk!": [
        _S(("Елден шығару отбасын ажыратады", "ШҰҒЫЛ: нәрестенің әкесін елден шығаруы мүмкін"),
           "{date_loc} күйеу баламызды — {Өзбекстан|Қырғызстан} азаматын тіркеу мерзімі өтіп "
           "кеткені үшін ұстап, елден шығаруға дайындап жатыр. ¦ Қазақстанда оның әйелі мен "
           "жаңа туған баласы бар, ықтиярхатқа құжаттар берілген, бірақ көші-қон қызметінде "
           "«жоғалып кеткен». Шығару жақын күндерге белгіленген.",
           w="мән-жайды шұғыл тексеріп, құжаттар қаралғанға дейін елден шығаруды тоқтата тұру",
           g="Қазақстанда отбасы бар шетел азаматын елден шығару"),
    ],
    "en": [
        _S(("Residence permit for my husband", "Residence permit application delayed"),
           "My husband is a citizen of {Uzbekistan|Kyrgyzstan|Russia}; we have been married "
           "since {year} and have {kids}. ¦ The residence permit documents were filed with the "
           "migration service on {date}; the time limit has passed with no decision, and his "
           "temporary permit expires in {days}.",
           w="decide on the residence permit before his temporary permit expires",
           g="the residence permit",
           q="what stage the application is at and what happens if his temporary permit "
             "expires first"),
        _S(("Cannot register my address", "Landlord refuses registration"),
           "We rent a flat at {street} {house}, apartment {flat}, under a lease, but the owner "
           "refuses to consent to our temporary registration. ¦ Without it our child cannot "
           "enrol at {school}.",
           w="explain how to register without the owner's consent and help enrol our child",
           g="temporary registration", o="the registration office"),
    ],
    "en!": [
        _S(("URGENT: deportation would split a family", "Father of a newborn to be deported"),
           "On {date} our son-in-law, a citizen of {Uzbekistan|Kyrgyzstan}, was detained for "
           "deportation over an expired registration. ¦ His wife and newborn child live in "
           "Kazakhstan and his residence permit papers were “lost” by the migration service.",
           w="check the circumstances urgently and suspend the deportation",
           g="the deportation of a foreigner with a family in Kazakhstan"),
    ],
}

_ADDRESSEES["emergencies"] = {
    "ru": ("начальник департамента по чрезвычайным ситуациям", "аким района",
           "начальник отдела по чрезвычайным ситуациям"),
    "kk": ("төтенше жағдайлар департаментінің бастығы", "аудан әкімі"),
    "en": ("Head of the Emergency Situations Department", "Akim"),
}
_ORGS["emergencies"] = {
    "ru": ("отдела по чрезвычайным ситуациям", "акимата района"),
    "kk": ("төтенше жағдайлар бөлімі", "аудан әкімдігі"),
    "en": ("the emergency situations department",),
}
_SCENARIOS["emergencies"] = {
    "ru": [
        _S(("Подготовка к паводку", "Дамба не отремонтирована", "Защита села от паводка"),
           "Весной {year} года {village} затопило — вода зашла в {people2} домов. ¦ Дамбу тогда "
           "подсыпали наспех, сейчас она в промоинах, [водопропускные трубы под дорогой "
           "забиты, ]а до весны осталось несколько месяцев. Жители боятся, что всё повторится.",
           w="до начала паводка отремонтировать дамбу и прочистить водопропускные трубы",
           p="проводить с жителями учения по эвакуации и заранее раздавать мешки с песком в "
             "зоне подтопления",
           g="противопаводковых мероприятий",
           q="какие противопаводковые работы запланированы у {village} и кто за них отвечает"),
        _S(("Нет пожарной части в селе", "Пожарный гидрант не работает",
            "Пожарная безопасность села"),
           "В {village} нет своей пожарной части, ближайшая — в {km} км. ¦ Прошлым летом, пока "
           "ехали пожарные, сгорели {два|три} дома, [гидрант на центральной улице сухой, "
           "]пожарный водоём зарос камышом. Дома в основном деревянные, вокруг степь.",
           w="создать в селе добровольное пожарное формирование и восстановить пожарный водоём",
           p="открыть в селе противопожарный пост с машиной и обученными добровольцами",
           g="пожарной безопасности села", o="департамента по чрезвычайным ситуациям",
           q="какие силы пожаротушения закреплены за {village} и каков норматив их прибытия"),
        _S(("Сирену не слышно", "Оповещение при землетрясении", "Сейсмоусиление школы"),
           "В {mkr} на последних учениях сирену оповещения было не слышно[, а SMS-оповещение "
           "пришло через полчаса]. ¦ Жители не знают, где пункты сбора и укрытия, в подъездах "
           "никаких памяток. {school} находится в здании {oldyear} года постройки, сейсмоусиление "
           "не проводилось.",
           w="проверить систему оповещения в районе, обозначить пункты сбора и провести "
             "сейсмоусиление школы",
           p="разместить в каждом подъезде карту пунктов сбора и проводить учения вместе с "
             "жителями",
           g="готовности к землетрясению", o="департамента по чрезвычайным ситуациям",
           q="где пункты сбора для жителей {mkr} и проверялась ли сейсмоустойчивость "
             "{school_gen}"),
        _S(("Компенсация после паводка", "Не выплачена помощь пострадавшим",
            "Возмещение ущерба от паводка"),
           "Во время паводка {date} наш дом в {village} затопило по окна, его признали "
           "непригодным для жилья. ¦ Семья включена в список пострадавших, но единовременная "
           "выплата так и не поступила[, а комиссия оценила ущерб в разы ниже реального]. Живём "
           "у родственников, в семье {kids}.",
           w="выплатить положенную компенсацию и провести повторную оценку ущерба",
           g="компенсации пострадавшим от паводка", o="комиссии акимата",
           q="в каком размере и когда будет выплачена компенсация и как обжаловать оценку "
             "ущерба"),
    ],
    "ru!": [
        _S(("Вода подходит к домам", "СРОЧНО: паводок, нужна эвакуация"),
           "В {village} вода в реке за ночь поднялась на метр и уже подходит к домам на "
           "{street}. ¦ Дамба в одном месте размыта, [в подвалах вода, ]в зоне подтопления "
           "пожилые люди и семьи с детьми. Техники и мешков с песком нет.",
           w="срочно направить технику и спасателей и организовать эвакуацию",
           g="угрозы подтопления"),
        _S(("Степной пожар у села", "СРОЧНО: огонь идёт к домам"),
           "Степной пожар в {km} км от {village}, ветер гонит огонь к домам. ¦ Местные тушат "
           "сами лопатами и водовозкой, [дым уже в селе, ]пожарные из района не приехали.",
           w="немедленно направить пожарные расчёты и подготовить эвакуацию",
           g="степного пожара"),
    ],
    "kk": [
        _S(("Су тасқынына дайындық", "Бөгет жөнделмеген", "Ауылды су тасқынынан қорғау"),
           "{year} жылы көктемде {village_acc} су басып, {people2} үйге су кірді. ¦ Сол кезде "
           "бөгетті асығыс көтерген, қазір оны су шайып кеткен, [жол астындағы су өткізгіш "
           "құбырлар бітелген, ]ал көктемге бірнеше ай ғана қалды. Тұрғындар бәрі қайталанады "
           "деп қорқады.",
           w="су тасқыны басталғанға дейін бөгетті жөндеп, су өткізгіш құбырларды тазарту",
           p="тұрғындармен эвакуация жаттығуларын өткізіп, су басу аймағында құм салынған "
             "қаптарды алдын ала тарату",
           g="су тасқынына қарсы іс-шаралар",
           q="{village} маңында су тасқынына қарсы қандай жұмыстар жоспарланған? Оған кім "
             "жауапты?"),
        _S(("Ауылда өрт сөндіру бөлімі жоқ", "Өрт гидранты істемейді"),
           "{village_loc} өз өрт сөндіру бөлімі жоқ, ең жақыны {km} шақырым жерде. ¦ Өткен жазда "
           "өрт сөндірушілер келгенше {екі|үш} үй өртеніп кетті, [орталық көшедегі гидрантта "
           "су жоқ, ]өртке қарсы су қоймасын қамыс басқан. Үйлердің көбі ағаш, айнала дала.",
           w="ауылда ерікті өрт сөндіру құрамасын құрып, өртке қарсы су қоймасын қалпына келтіру",
           p="ауылда бір көлігі мен оқытылған еріктілері бар өртке қарсы бекет ашу",
           g="ауылдың өрт қауіпсіздігі", o="төтенше жағдайлар департаменті",
           q="{village_dat} қандай өрт сөндіру күштері бекітілген? Олардың жету нормативі "
             "қандай?"),
        _S(("Сирена естілмейді", "Жер сілкінісі кезінде хабарлау",
            "Мектептің сейсмикалық төзімділігі"),
           "Соңғы жаттығу кезінде {mkr_loc} хабарлау сиренасы естілмеді[, SMS-хабарлама жарты "
           "сағаттан кейін келді]. ¦ Тұрғындар жиналу пункттері мен баспаналар қайда екенін "
           "білмейді, кіреберістерде ешқандай жадынама жоқ. {school} {oldyear} жылы салынған "
           "ғимаратта, сейсмикалық күшейту жүргізілмеген.",
           w="аудандағы хабарлау жүйесін тексеріп, жиналу пункттерін белгілеп, мектепке "
             "сейсмикалық күшейту жүргізу",
           p="әр кіреберіске жиналу пункттерінің картасын іліп, тұрғындармен бірге жаттығу "
             "өткізу",
           g="жер сілкінісіне дайындық", o="төтенше жағдайлар департаменті",
           q="{mkr} тұрғындарына арналған жиналу пункттері қайда? {school_gen} сейсмикалық "
             "төзімділігі тексерілді ме?"),
        _S(("Су тасқынынан кейінгі өтемақы", "Зардап шеккендерге көмек төленбеді"),
           "{date_loc} болған су тасқыны кезінде {village_loc} үйімізді терезеге дейін су "
           "басты, үй тұруға жарамсыз деп танылды. ¦ Отбасымыз зардап шеккендер тізіміне "
           "енгізілді, бірақ біржолғы төлем әлі түскен жоқ[, ал комиссия шығынды нақты "
           "шығыннан бірнеше есе төмен бағалады]. Туыстарымыздың үйінде тұрып жатырмыз, {kidsn} "
           "баламыз бар.",
           w="тиесілі өтемақыны төлеп, шығынды қайта бағалау",
           g="су тасқынынан зардап шеккендерге өтемақы", o="әкімдік комиссиясы",
           q="өтемақы қандай мөлшерде, қашан төленеді? Шығынды бағалауға қалай шағым жасауға "
             "болады?"),
    ],
    "kk!": [
        _S(("Су үйлерге жақындап келеді", "ШҰҒЫЛ: су тасқыны, көшіру керек"),
           "{village_loc} өзендегі су бір түнде бір метрге көтеріліп, {street} бойындағы "
           "үйлерге жақындап қалды. ¦ Бөгеттің бір жерін су шайып кетті, [жертөлелерде су тұр, "
           "]су басу аймағында қарттар мен балалы отбасылар бар. Техника да, құм салынған қап "
           "та жоқ.",
           w="техника мен құтқарушыларды шұғыл жіберіп, тұрғындарды көшіруді ұйымдастыру",
           g="су басу қаупі"),
        _S(("Ауыл маңында дала өрті", "ШҰҒЫЛ: өрт үйлерге қарай келе жатыр"),
           "{village_abl} {km} шақырым жерде дала өрті жүріп жатыр, жел отты үйлерге қарай "
           "айдап келеді. ¦ Жергілікті тұрғындар күрекпен, су тасығышпен өздері сөндіріп жатыр, "
           "[түтін ауылға жетті, ]ауданнан өрт сөндірушілер келген жоқ.",
           w="өрт сөндіру бөлімшелерін дереу жіберіп, көшіруге дайындық жасау",
           g="дала өрті"),
    ],
    "en": [
        _S(("Flood protection before spring", "Dam not repaired"),
           "In spring {year} {village} was flooded and water entered {people2} houses. ¦ The "
           "dam was raised in a hurry then and is now washed out in places, and spring is a few "
           "months away.",
           w="repair the dam and clear the culverts before the flood season",
           p="run evacuation drills with residents and hand out sandbags in advance",
           g="flood protection"),
        _S(("Flood compensation not paid", "Help for flood victims"),
           "During the flood on {date} our house in {village} was flooded up to the windows and "
           "declared uninhabitable. ¦ We are on the list of victims, but the one-off payment has "
           "not arrived and the damage was assessed far below its real value.",
           w="pay the compensation due and reassess the damage",
           g="compensation for flood victims", o="the akimat commission"),
    ],
    "en!": [
        _S(("URGENT: flood water reaching houses", "Evacuation needed"),
           "Overnight the river in {village} rose by a metre and the water is now reaching the "
           "houses on {street}. ¦ The dam is breached in one place; elderly people and families "
           "with children live in the flood zone, and there are no sandbags.",
           w="send machinery and rescuers immediately and organise an evacuation",
           g="the flood threat"),
    ],
}

_ADDRESSEES["culture_sport"] = {
    "ru": ("руководитель отдела физической культуры и спорта", "руководитель управления "
           "культуры", "аким района"),
    "kk": ("дене шынықтыру және спорт бөлімінің басшысы", "мәдениет басқармасының басшысы",
           "аудан әкімі"),
    "en": ("Head of the Culture and Sports Department",),
}
_ORGS["culture_sport"] = {
    "ru": ("отдела физической культуры и спорта", "отдела культуры"),
    "kk": ("дене шынықтыру және спорт бөлімі", "мәдениет бөлімі"),
    "en": ("the culture and sports department",),
}
_SCENARIOS["culture_sport"] = {
    "ru": [
        _S(("Нет спортплощадки", "Стадион закрыт на замок", "Бесплатные секции для детей"),
           "В {mkr} нет ни одной бесплатной спортивной площадки, единственный стадион у "
           "{school_gen} закрыт на замок[, а поле заросло]. ¦ Платные секции стоят {sums} в "
           "месяц — для многодетных семей это неподъёмно. Подростки сидят в подъездах.",
           w="открыть школьный стадион для жителей по вечерам и в выходные и построить "
             "спортплощадку",
           p="открыть школьные стадионы для жителей по вечерам и в выходные с дежурным тренером",
           g="доступности спортивных объектов",
           q="может ли школьный стадион быть открыт для жителей и планируется ли в {mkr} "
             "строительство спортплощадки"),
        _S(("Закрыли сельский клуб", "Дом культуры в аварийном состоянии",
            "Сельская библиотека"),
           "В {village} уже {years} закрыт Дом культуры — крыша течёт, отопления нет. ¦ "
           "Библиотеку перенесли в одну комнату в здании акимата, [книги лежат в коробках, "
           "]кружков для детей нет вообще. Молодёжь уезжает, вечером пойти некуда.",
           w="включить ремонт Дома культуры в план и возобновить работу кружков",
           p="отремонтировать Дом культуры и открыть в нём коворкинг и кружки для детей",
           g="работы сельского Дома культуры", o="отдела культуры и развития языков",
           q="запланирован ли ремонт Дома культуры в {village} и в каком году"),
        _S(("Разрушается памятник истории", "Охрана памятника", "Снос исторического здания"),
           "{Старинный мазар XIX века|Здание старой гимназии 1910 года|Купеческий дом на "
           "{street}} — памятник истории и культуры местного значения — разрушается. ¦ [Крыша "
           "обвалилась, ]стены исписаны, внутри мусор. Ходят слухи, что участок хотят отдать "
           "под застройку.",
           w="принять меры по сохранению памятника и не допустить его сноса",
           p="провести консервацию памятника и сделать рядом информационную табличку с QR-кодом",
           g="сохранения памятника истории и культуры", o="управления культуры",
           q="включён ли объект в государственный список памятников и какие работы по его "
             "сохранению запланированы"),
        _S(("Нечем заняться молодёжи", "Молодёжный центр в селе", "Досуг для подростков"),
           "В {village} для молодёжи нет ничего: ни спортзала, ни кружков, ни интернета в "
           "клубе. ¦ Подростки вечерами собираются у магазина, [начались драки и вейпы, ]а "
           "молодёжный ресурсный центр — в райцентре за {km} км, автобуса туда нет.",
           w="открыть в селе филиал молодёжного центра или организовать выездные занятия",
           p="организовать выездные занятия молодёжного ресурсного центра в сёлах хотя бы раз в "
             "неделю",
           g="досуга молодёжи", o="отдела внутренней политики"),
    ],
    "ru!": [
        _S(("Опасная трибуна на стадионе", "СРОЧНО: рушится трибуна"),
           "На стадионе у {school_gen} трибуна в аварийном состоянии: [металлические опоры "
           "проржавели насквозь, ]часть скамеек провалилась. ¦ В эти выходные там турнир, "
           "ожидается несколько сотен зрителей, в том числе дети.",
           w="до турнира закрыть трибуну и провести её обследование",
           g="аварийного состояния трибуны"),
    ],
    "kk": [
        _S(("Спорт алаңы жоқ", "Стадион құлыптаулы тұр", "Балаларға тегін үйірмелер"),
           "{mkr_loc} бірде-бір тегін спорт алаңы жоқ, {school_gen} жанындағы жалғыз стадион "
           "құлыптаулы тұр[, алаңды шөп басқан]. ¦ Ақылы секциялар айына {sums} тұрады — көп "
           "балалы отбасыларға бұл көтере алмайтын шығын. Жасөспірімдер кіреберістерде отырады.",
           w="мектеп стадионын кешке және демалыс күндері тұрғындарға ашып, спорт алаңын салу",
           p="мектеп стадиондарын кешке және демалыста кезекші жаттықтырушымен тұрғындарға ашу",
           g="спорт нысандарының қолжетімділігі",
           q="мектеп стадионын тұрғындарға ашуға бола ма? {mkr_loc} спорт алаңы салу "
             "жоспарланған ба?"),
        _S(("Ауылдық клуб жабылды", "Мәдениет үйі апатты жағдайда", "Ауылдық кітапхана"),
           "{village_loc} {years} бойы Мәдениет үйі жабық тұр — шатыры ағады, жылу жоқ. ¦ "
           "Кітапхананы әкімдік ғимаратындағы бір бөлмеге көшірді, [кітаптар қораптарда жатыр, "
           "]балаларға арналған үйірме мүлдем жоқ. Жастар ауылдан кетіп жатыр, кешке баратын "
           "жер жоқ.",
           w="Мәдениет үйін жөндеуді жоспарға енгізіп, үйірмелердің жұмысын қайта жандандыру",
           p="Мәдениет үйін жөндеп, онда коворкинг пен балаларға арналған үйірмелер ашу",
           g="ауылдық Мәдениет үйінің жұмысы", o="мәдениет және тілдерді дамыту бөлімі",
           q="{village_gen} Мәдениет үйін жөндеу жоспарланған ба, қай жылы?"),
        _S(("Тарихи ескерткіш бұзылып жатыр", "Ескерткішті қорғау"),
           "{XIX ғасырдағы көне кесене|1910 жылы салынған ескі гимназия ғимараты|{street} "
           "бойындағы көпес үйі} — жергілікті маңызы бар тарих және мәдениет ескерткіші — "
           "қирап барады. ¦ [Шатыры опырылып түсті, ]қабырғаларына жазу жазылған, іші толған "
           "қоқыс. Бұл жерді құрылысқа бергісі келеді деген сөз бар.",
           w="ескерткішті сақтау шараларын қабылдап, оны бұзуға жол бермеу",
           p="ескерткішті консервациялап, жанына QR-коды бар ақпараттық тақта орнату",
           g="тарих және мәдениет ескерткішін сақтау", o="мәдениет басқармасы",
           q="бұл нысан ескерткіштердің мемлекеттік тізіміне енгізілген бе? Оны сақтау бойынша "
             "қандай жұмыстар жоспарланған?"),
        _S(("Жастарға айналысатын ештеңе жоқ", "Ауылда жастар орталығы керек"),
           "{village_loc} жастарға арналған ештеңе жоқ: спортзал да, үйірме де, клубта интернет "
           "те жоқ. ¦ Жасөспірімдер кешке дүкен жанында жиналады, [төбелес пен вейп басталды, "
           "]ал жастар ресурстық орталығы {km} шақырым жердегі аудан орталығында, оған автобус "
           "қатынамайды.",
           w="ауылда жастар орталығының филиалын ашу немесе көшпелі сабақтар ұйымдастыру",
           p="жастар ресурстық орталығының ауылдарда аптасына кемінде бір рет көшпелі сабақ "
             "өткізуін ұйымдастыру",
           g="жастардың бос уақыты", o="ішкі саясат бөлімі"),
    ],
    "kk!": [
        _S(("Стадиондағы қауіпті трибуна", "ШҰҒЫЛ: трибуна құлап кетуі мүмкін"),
           "{school_gen} жанындағы стадионның трибунасы апатты жағдайда: [темір тіреулерін тот "
           "жеп қойған, ]орындықтардың бір бөлігі опырылып түскен. ¦ Осы демалыста онда турнир "
           "өтеді, бірнеше жүз көрермен, оның ішінде балалар күтілуде.",
           w="турнирге дейін трибунаны жауып, оны тексеруден өткізу",
           g="трибунаның апатты жағдайы"),
    ],
    "en": [
        _S(("No free sports ground", "School stadium locked"),
           "There is not a single free sports ground in {mkr}; the only stadium, at {school}, "
           "is locked. ¦ Paid clubs cost {sums} a month, which large families cannot afford, so "
           "teenagers hang around in stairwells.",
           w="open the school stadium to residents in the evenings and at weekends and build a "
             "sports ground",
           p="open school stadiums to residents in the evenings with a duty coach",
           g="access to sports facilities"),
        _S(("Village house of culture closed", "Village library in one room"),
           "The house of culture in {village} has been closed for {years}: the roof leaks and "
           "there is no heating. ¦ The library was moved to one room at the akimat and there "
           "are no clubs for children at all.",
           w="include the repair of the house of culture in the plan and restart the clubs",
           g="the village house of culture"),
    ],
    "en!": [
        _S(("URGENT: unsafe stadium stand", "Stand at risk of collapse"),
           "The stand at the stadium of {school} is unsafe: the steel supports have rusted "
           "through and some benches have collapsed. ¦ A tournament with several hundred "
           "spectators, many of them children, is planned for this weekend.",
           w="close the stand before the tournament and have it inspected",
           g="the unsafe stand"),
    ],
}

_ADDRESSEES["digital_communications"] = {
    "ru": ("руководитель управления цифровизации", "аким района",
           "руководитель комитета телекоммуникаций"),
    "kk": ("цифрландыру басқармасының басшысы", "аудан әкімі"),
    "en": ("Head of the Digitalisation Department",),
}
_ORGS["digital_communications"] = {
    "ru": ("оператора связи", "управления цифровизации"),
    "kk": ("байланыс операторы", "цифрландыру басқармасы"),
    "en": ("the telecom operator",),
}
_SCENARIOS["digital_communications"] = {
    "ru": [
        _S(("Нет мобильной связи в селе", "Плохой интернет в селе", "Нет 4G в {village}"),
           "В {village} мобильная связь ловит только на пригорке у школы, интернета нет совсем. "
           "¦ Дети не могут учиться онлайн, [пенсионеры не могут зайти в eGov, ]вызвать скорую "
           "— целая проблема. Подключить село обещали ещё в {year} году.",
           w="включить село в программу обеспечения связью и установить базовую станцию",
           p="установить в селе хотя бы точку бесплатного Wi-Fi у акимата и школы до прихода "
             "оператора",
           g="обеспечения села мобильной связью и интернетом",
           q="включено ли {village} в программу подключения к широкополосному интернету и когда "
             "будет установлена базовая станция"),
        _S(("Закрыли почтовое отделение", "Посылки не доходят до села"),
           "Почтовое отделение в {village} закрыли {date}, ближайшее — в {km} км. ¦ Посылки и "
           "письма неделями лежат в райцентре, [пожилым людям туда не доехать, ]газеты и "
           "квитанции не приходят. Передвижного отделения тоже нет.",
           w="восстановить работу почтового отделения или организовать передвижное отделение",
           p="открыть в селе пункт выдачи посылок при акимате или магазине",
           g="работы почтового отделения", o="АО «Казпочта»"),
        _S(("Утечка персональных данных", "Мои данные используют мошенники"),
           "На моё имя без моего ведома {оформлены две SIM-карты|зарегистрирован аккаунт в "
           "микрофинансовой организации|оформлен онлайн-займ на {sums}}. ¦ У кого-то есть "
           "доступ к моим данным — ИИН, адресу, номеру удостоверения. Оператор говорит, что всё "
           "оформлено «через eGov».",
           w="проверить, откуда утекли мои персональные данные, и аннулировать оформленное на "
             "моё имя",
           p="сделать в eGov журнал, где видно, кто и когда запрашивал мои персональные данные",
           g="защиты персональных данных",
           q="кто и когда получал доступ к моим персональным данным и как отменить оформленное "
             "без моего согласия"),
        _S(("Интернет оплачен, но не работает", "Провайдер не устраняет неисправность"),
           "Домашний интернет и телефон не работают {since}. ¦ Заявка на ремонт подана, номер "
           "есть, мастер так и не пришёл, а абонентская плата — {sums} — списывается каждый "
           "месяц.",
           w="обязать оператора устранить неисправность и сделать перерасчёт за время простоя",
           g="качества услуг связи"),
    ],
    "ru!": [
        _S(("Нет связи, невозможно вызвать скорую", "СРОЧНО: в селе пропала связь"),
           "С {date} в {village} нет никакой связи — ни мобильной, ни стационарной: говорят, "
           "повреждён кабель. ¦ В селе больше {people} человек, много пожилых[, у соседки "
           "больное сердце]. Вызвать скорую или пожарных невозможно, 112 недоступен.",
           w="срочно восстановить связь или организовать временный пункт экстренной связи",
           g="отсутствия связи в селе"),
    ],
    "kk": [
        _S(("Ауылда ұялы байланыс жоқ", "Ауылда интернет нашар", "{village_loc} 4G жоқ"),
           "{village_loc} ұялы байланыс тек мектеп жанындағы төбеде ғана ұстайды, интернет "
           "мүлдем жоқ. ¦ Балалар онлайн оқи алмайды, [зейнеткерлер eGov-қа кіре алмайды, "
           "]жедел жәрдем шақыру — үлкен мәселе. Ауылды {year} жылы-ақ қосамыз деген.",
           w="ауылды байланыспен қамту бағдарламасына енгізіп, базалық станция орнату",
           p="оператор келгенше әкімдік пен мектеп жанына тегін Wi-Fi нүктесін орнату",
           g="ауылды ұялы байланыспен және интернетпен қамтамасыз ету",
           q="{village} кең жолақты интернетке қосу бағдарламасына енгізілген бе? Базалық "
             "станция қашан орнатылады?"),
        _S(("Ауылдағы пошта бөлімшесі жабылды", "Сәлемдемелер ауылға жетпейді"),
           "{village_gen} пошта бөлімшесі {date_loc} жабылды, ең жақыны — {km} шақырым жерде. ¦ "
           "Сәлемдемелер мен хаттар аудан орталығында апталап жатады, [қарттар ол жаққа бара "
           "алмайды, ]газет пен түбіртектер келмейді. Жылжымалы бөлімше де жоқ.",
           w="пошта бөлімшесінің жұмысын қалпына келтіру немесе жылжымалы бөлімше ұйымдастыру",
           p="ауылда әкімдік не дүкен жанынан сәлемдеме беру пунктін ашу",
           g="пошта бөлімшесінің жұмысы", o="«Қазпошта» АҚ"),
        _S(("Дербес деректердің таралуы", "Менің деректерімді алаяқтар пайдаланады"),
           "Менің атыма рұқсатымсыз {екі SIM-карта рәсімделген|микроқаржы ұйымында аккаунт "
           "тіркелген|{sums} онлайн-қарыз рәсімделген}. ¦ Біреудің менің деректеріме — ЖСН-ге, "
           "мекенжайыма, куәлік нөміріне қолы жетіп тұр. Оператор «бәрі eGov арқылы "
           "рәсімделген» дейді.",
           w="дербес деректерімнің қайдан тарағанын тексеріп, менің атыма рәсімделгенді жою",
           p="eGov-та дербес деректерімді кім, қашан сұратқанын көрсететін журнал жасау",
           g="дербес деректерді қорғау",
           q="дербес деректеріме кім, қашан қол жеткізді? Келісімімсіз рәсімделгенді қалай "
             "жоюға болады?"),
        _S(("Үй интернеті істемейді", "Провайдер ақауды жоймайды"),
           "Үйдегі интернет пен телефон {since} істемейді. ¦ Жөндеуге өтінім берілді, нөмірі "
           "бар, шебер әлі келген жоқ, ал абоненттік ақы — {sums} — ай сайын шешіліп жатыр.",
           w="операторды ақауды жоюға міндеттеп, істемеген уақыт үшін ақыны қайта есептеу",
           g="байланыс қызметтерінің сапасы"),
    ],
    "kk!": [
        _S(("Байланыс жоқ, жедел жәрдем шақыру мүмкін емес", "ШҰҒЫЛ: ауылда байланыс үзілді"),
           "{date_abl} бері {village_loc} ешқандай байланыс жоқ — ұялы да, үй телефоны да: "
           "кабель зақымдалған дейді. ¦ Ауылда {people_abl} астам адам тұрады, қарттар көп"
           "[, көршімнің жүрегі ауырады]. Жедел жәрдем не өрт сөндірушілерді шақыру мүмкін "
           "емес, 112 қолжетімсіз.",
           w="байланысты шұғыл қалпына келтіру немесе уақытша шұғыл байланыс пунктін "
             "ұйымдастыру",
           g="ауылда байланыстың болмауы"),
    ],
    "en": [
        _S(("No mobile signal in the village", "No internet in {village}"),
           "In {village} the mobile signal only works on the hill by the school, and there is "
           "no internet at all. ¦ Children cannot study online and calling an ambulance is a "
           "problem. We were promised a connection back in {year}.",
           w="include the village in the connectivity programme and install a base station",
           p="install free Wi-Fi at the akimat and the school until the operator arrives",
           g="mobile and internet coverage of the village"),
        _S(("My personal data used by fraudsters", "Personal data leak"),
           "Without my knowledge, {two SIM cards were registered|an online loan was taken out} "
           "in my name. ¦ Someone has access to my IIN, address and ID number; the operator "
           "says everything was done “through eGov”.",
           w="find out where my personal data leaked from and cancel what was registered in my "
             "name",
           p="give citizens a log on eGov showing who requested their personal data and when",
           g="the protection of my personal data"),
    ],
    "en!": [
        _S(("URGENT: no phone connection at all", "Cannot call an ambulance"),
           "Since {date} there has been no connection at all in {village}, neither mobile nor "
           "landline: a cable is said to be damaged. ¦ More than {people} people live here, "
           "many of them elderly; 112 cannot be reached.",
           w="restore the connection urgently or set up a temporary emergency phone point",
           g="the loss of all communications"),
    ],
}
# fmt: on

# fmt: off
_ADDRESSEES["defence"] = {
    "ru": ("начальник департамента по делам обороны", "начальник отдела по делам обороны",
           "командир воинской части"),
    "kk": ("қорғаныс істері жөніндегі департаменттің бастығы",
           "қорғаныс істері жөніндегі бөлімнің бастығы", "әскери бөлім командирі"),
    "en": ("Head of the Defence Affairs Department",),
}
_ORGS["defence"] = {
    "ru": ("отдела по делам обороны", "командования воинской части"),
    "kk": ("қорғаныс істері жөніндегі бөлім", "әскери бөлім қолбасшылығы"),
    "en": ("the defence affairs office",),
}
_SCENARIOS["defence"] = {
    "ru": [
        _S(("Отсрочка от призыва для студента", "Повестка студенту", "Призыв студента очной "
            "формы"),
           "Сын учится на {втором|третьем} курсе {университета|колледжа} по очной форме на "
           "гранте, справка с места учёбы сдана в отдел по делам обороны. ¦ Несмотря на это, "
           "{date} пришла повестка на отправку в войска[, а по телефону в отделе отвечают, что "
           "«справка потерялась»].",
           w="предоставить сыну отсрочку от призыва на время обучения",
           g="предоставления отсрочки от призыва",
           q="предоставлена ли сыну отсрочка и на каком основании пришла повестка"),
        _S(("Сына не лечат в воинской части", "Здоровье военнослужащего срочной службы"),
           "Сын проходит срочную службу в воинской части {unit}. ¦ {weeks} назад у него "
           "начались сильные боли в спине[, по телефону говорит, что не может спать], в "
           "санчасти дают обезболивающее и отправляют обратно в строй. На обследование в "
           "госпиталь не направляют.",
           w="направить сына на обследование в военный госпиталь и проверить организацию "
             "медицинской помощи в части",
           g="медицинского обеспечения военнослужащего срочной службы",
           o="командования воинской части {unit}",
           q="почему сын не направлен на обследование и как родителям получить сведения о "
             "состоянии его здоровья"),
        _S(("Постановка на воинский учёт", "Не ставят на воинский учёт после переезда"),
           "После переезда не получается встать на воинский учёт: в отделе по делам обороны "
           "требуют справку, которую выдают только в другой области[, и записывают на приём "
           "через месяц]. ¦ Без отметки о постановке на учёт не берут на работу в {employer}.",
           w="поставить меня на воинский учёт по новому месту жительства",
           p="перевести постановку на воинский учёт при переезде полностью в eGov",
           g="постановки на воинский учёт",
           q="какие документы нужны для постановки на воинский учёт после переезда и можно ли "
             "сделать это через eGov"),
        _S(("Компенсация за наём жилья военнослужащему", "Жильё для контрактника"),
           "Служу по контракту в воинской части {unit}, в семье {kids}. ¦ Служебного жилья нет, "
           "положенная компенсация за наём жилья не выплачивается уже {months}, а снимаем "
           "квартиру за {sum}. Рапорты остаются без ответа.",
           w="выплатить задолженность по жилищным выплатам и сообщить срок предоставления "
             "служебного жилья",
           g="жилищного обеспечения военнослужащих", o="командования воинской части {unit}",
           q="почему не выплачивается компенсация за наём жилья и какое место в очереди на "
             "служебное жильё"),
    ],
    "ru!": [
        _S(("Сына избивают в армии", "СРОЧНО: неуставные отношения в части"),
           "Сын служит в воинской части {unit}. {date} позвонил с чужого телефона и сказал, что "
           "сослуживцы его избивают и вымогают деньги. ¦ Голос был испуганный, сказал, что "
           "боится за жизнь[, прислал фото синяков]. С тех пор на связь не выходит.",
           w="немедленно провести проверку, обеспечить безопасность сына и привлечь виновных к "
             "ответственности",
           g="неуставных отношений в воинской части", o="командования воинской части {unit}"),
    ],
    "kk": [
        _S(("Студентке әскерге шақыруды кейінге қалдыру", "Студентке шақыру қағазы келді"),
           "Ұлым {университетте|колледжде} грант бойынша күндізгі бөлімде {екінші|үшінші} "
           "курста оқиды, оқу орнынан анықтама қорғаныс істері жөніндегі бөлімге тапсырылған. ¦ "
           "Соған қарамастан {date_loc} әскерге жөнелту туралы шақыру қағазы келді[, бөлімге "
           "қоңырау шалсақ, «анықтама жоғалып кетті» дейді].",
           w="ұлыма оқу мерзіміне әскерге шақыруды кейінге қалдыру құқығын беру",
           g="әскерге шақыруды кейінге қалдыру",
           q="ұлыма кейінге қалдыру берілді ме? Шақыру қағазы неге келді?"),
        _S(("Ұлымды әскери бөлімде емдемейді", "Сарбаздың денсаулығы"),
           "Ұлым {unit} әскери бөлімінде мерзімді қызметте жүр. ¦ {weeks} бұрын белі қатты "
           "ауыра бастады[, телефонмен ұйықтай алмайтынын айтады], санитарлық бөлімде "
           "ауырсынуды басатын дәрі беріп, сапқа қайтарады. Госпитальға тексеруге жібермейді.",
           w="ұлымды әскери госпитальға тексеруге жіберіп, бөлімдегі медициналық көмекті "
             "тексеру",
           g="мерзімді әскери қызметшіні медициналық қамтамасыз ету",
           o="{unit} әскери бөлімінің қолбасшылығы",
           q="ұлым неге тексеруге жіберілмеді? Ата-ана оның денсаулығы туралы мәліметті қалай "
             "ала алады?"),
        _S(("Әскери есепке тұру", "Көшкеннен кейін әскери есепке алмайды"),
           "Басқа өңірден көшіп келгеннен кейін әскери есепке тұра алмай жүрмін: қорғаныс "
           "істері жөніндегі бөлім тек басқа облыста берілетін анықтаманы талап етеді"
           "[, қабылдауды бір айдан кейінге белгілейді]. ¦ Есепке алынғаны туралы белгісіз "
           "{employer} жұмысқа алмайды.",
           w="мені жаңа тұрғылықты жерім бойынша әскери есепке қою",
           p="көшкен кезде әскери есепке тұруды толығымен eGov-қа көшіру",
           g="әскери есепке қою",
           q="көшкенде әскери есепке тұру үшін қандай құжаттар керек? Оны eGov арқылы жасауға "
             "бола ма?"),
        _S(("Әскери қызметшіге тұрғын үй", "Тұрғын үй жалдау өтемақысы төленбейді"),
           "{unit} әскери бөлімінде келісімшарт бойынша қызмет етемін, отбасымда {kidsn} бала "
           "бар. ¦ Қызметтік тұрғын үй жоқ, тиесілі тұрғын үй жалдау өтемақысы {months} бойы "
           "төленбейді, ал пәтерді {sum_dat} жалдап отырмыз. Баянаттар жауапсыз қалады.",
           w="тұрғын үй төлемдері бойынша берешекті төлеп, қызметтік тұрғын үй берілетін "
             "мерзімді хабарлау",
           g="әскери қызметшілерді тұрғын үймен қамтамасыз ету",
           o="{unit} әскери бөлімінің қолбасшылығы"),
    ],
    "kk!": [
        _S(("Ұлымды әскерде ұрып-соғады", "ШҰҒЫЛ: бөлімдегі жарғыдан тыс қарым-қатынас"),
           "Ұлым {unit} әскери бөлімінде қызмет етеді, {date_loc} бөгде телефоннан хабарласып, "
           "әріптестері ұрып-соғып, ақша талап ететінін айтты. ¦ Даусы қорқынышты еді, өміріне "
           "қауіп бар екенін айтты[, денесіндегі көгерген жерлердің суретін жіберді]. Содан "
           "бері хабарласпады.",
           w="дереу тексеру жүргізіп, ұлымның қауіпсіздігін қамтамасыз етіп, кінәлілерді "
             "жауапқа тарту",
           g="әскери бөлімдегі жарғыдан тыс қарым-қатынас",
           o="{unit} әскери бөлімінің қолбасшылығы"),
    ],
    "en": [
        _S(("Deferment for a full-time student", "Call-up papers sent to a student"),
           "My son is a full-time {university|college} student on a state grant, and the "
           "certificate from his place of study was handed in to the defence affairs office. ¦ "
           "Even so, on {date} he received call-up papers.",
           w="grant my son a deferment for the period of his studies",
           g="the deferment from conscription"),
        _S(("Conscript not receiving medical care", "Health of a conscript"),
           "My son is doing his military service in unit {unit}. ¦ {weeks} ago he developed "
           "severe back pain; the medical post gives him painkillers and sends him back on duty "
           "instead of referring him to the hospital.",
           w="send my son to the military hospital for examination and check medical care in "
             "the unit",
           g="medical care for a conscript", o="the command of unit {unit}"),
    ],
    "en!": [
        _S(("URGENT: my son is being beaten in the army", "Hazing in a military unit"),
           "My son serves in military unit {unit}. On {date} he called from someone else's "
           "phone and said fellow soldiers beat him and extort money. ¦ He said he feared for "
           "his life and has not been in touch since.",
           w="investigate immediately, ensure my son's safety and punish those responsible",
           g="hazing in the military unit", o="the command of unit {unit}"),
    ],
}

_ADDRESSEES["anti_corruption"] = {
    "ru": ("руководитель департамента Агентства по противодействию коррупции", "аким области"),
    "kk": ("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі департаментінің басшысы",
           "облыс әкімі"),
    "en": ("Head of the Anti-Corruption Agency Department",),
}
_ORGS["anti_corruption"] = {
    "ru": ("антикоррупционной службы", "руководства учреждения"),
    "kk": ("сыбайлас жемқорлыққа қарсы қызмет", "мекеме басшылығы"),
    "en": ("the anti-corruption service",),
}
_SCENARIOS["anti_corruption"] = {
    "ru": [
        _S(("Вымогательство взятки", "Требуют деньги за справку", "Взятку просят открыто"),
           "{date} в {отделе земельных отношений|ЦОНе|поликлинике|отделе архитектуры} "
           "сотрудник ({off}) прямо сказал, что {справку|разрешение|направление} можно получить "
           "быстро, если заплатить {sums}, иначе «будете ждать месяцами». ¦ Разговор записан на "
           "телефон[, есть свидетель]. Платить не стали, документы до сих пор не выданы.",
           w="провести проверку по факту вымогательства и выдать документы в законном порядке",
           p="принимать документы только через eGov, без личного контакта с исполнителем",
           g="вымогательства взятки", o="руководства учреждения",
           q="куда передать аудиозапись разговора и как защищают человека, сообщившего о "
             "коррупции"),
        _S(("Конфликт интересов в акимате", "Тендеры выигрывает фирма родственника"),
           "Все подряды на {ремонт дорог|благоустройство|вывоз мусора} в районе последние "
           "{years} выигрывает {contractor}, учредитель которой — {брат|зять|сын} заместителя "
           "акима. ¦ Цены в договорах выше рыночных[, а качество работ все видят сами]. Об этом "
           "говорит весь посёлок, но никто ничего не делает.",
           w="проверить наличие конфликта интересов и законность проведённых закупок",
           p="публиковать сведения об учредителях всех победителей госзакупок района рядом с "
             "договорами",
           g="конфликта интересов при государственных закупках", o="акимата района",
           q="проводилась ли проверка закупок на предмет конфликта интересов и каковы её "
             "результаты"),
        _S(("Служебный автомобиль в личных целях", "Неэтичное поведение чиновника"),
           "Служебный автомобиль акимата ({plate}) по выходным возит семью {руководителя "
           "отдела|заместителя акима} на дачу и на рынок, [в рабочие дни по два часа стоит у "
           "кафе, ]а на выезды в сёла «машины нет». ¦ Фото и видео с датами есть.",
           w="проверить использование служебного транспорта и дать оценку поведению "
             "должностного лица",
           p="установить на служебные автомобили GPS-трекеры с открытым журналом поездок",
           g="использования служебного транспорта в личных целях", o="акимата"),
        _S(("Инспектор требовал деньги", "Поборы на дороге"),
           "{date} на трассе у {village} инспектор патрульной полиции без причины остановил "
           "машину ({plate}) и, пригрозив лишить прав, предложил «решить на месте» за {sums}. ¦ "
           "Протокол составлять отказался[, нагрудная камера была выключена]. Номер экипажа и "
           "время записаны.",
           w="провести служебное расследование и проверить записи камер экипажа",
           g="вымогательства со стороны сотрудника полиции", o="патрульной полиции"),
    ],
    "ru!": [
        _S(("Угрожают после сообщения о коррупции", "СРОЧНО: угрозы заявителю"),
           "После моего сообщения о взятках в {учреждении|акимате|больнице} мне начали угрожать: "
           "{date} у дома подошли двое и сказали, что «у детей будут проблемы»[, на машине "
           "прокололи колёса]. ¦ Звонки с неизвестных номеров каждый день. Боимся за семью.",
           w="обеспечить защиту мне и семье как лицам, сообщившим о коррупции, и проверить "
             "угрозы",
           g="угроз лицу, сообщившему о коррупции"),
    ],
    "kk": [
        _S(("Пара талап етті", "Анықтама үшін ақша сұрайды"),
           "{date_loc} {жер қатынастары бөлімінде|ХҚКО-да|емханада|сәулет бөлімінде} қызметкер "
           "({off}) {sums} төлесек, {анықтаманы|рұқсатты|жолдаманы} тез алуға болатынын, "
           "әйтпесе «айлап күтесіздер» екенін тура айтты. ¦ Әңгіме телефонға жазылды[, куәгер "
           "бар]. Ақша бермедік, құжаттар әлі берілген жоқ.",
           w="пара талап ету дерегі бойынша тексеру жүргізіп, құжаттарды заңды тәртіппен беру",
           p="мекемелерде құжат қабылдауды орындаушымен жеке байланыссыз, тек eGov арқылы "
             "жүргізу",
           g="пара талап ету", o="мекеме басшылығы",
           q="әңгіменің аудиожазбасын қайда тапсыруға болады? Сыбайлас жемқорлық туралы "
             "хабарлаған адам қалай қорғалады?"),
        _S(("Әкімдіктегі мүдделер қақтығысы", "Тендерлерді туыстың фирмасы ұтады"),
           "Соңғы {years} бойы аудандағы {жол жөндеу|абаттандыру|қоқыс шығару} мердігерліктерінің "
           "бәрін {contractor} ұтады, оның құрылтайшысы аудан әкімі орынбасарының {інісі|күйеу "
           "баласы|ұлы}. ¦ Шарттардағы баға нарықтағыдан жоғары[, ал жұмыс сапасын бәріміз "
           "көріп жүрміз]. Бұл туралы бүкіл кент айтады, бірақ ешкім ештеңе істемейді.",
           w="мүдделер қақтығысының бар-жоғын және өткізілген сатып алулардың заңдылығын "
             "тексеру",
           p="аудандағы мемлекеттік сатып алу жеңімпаздарының құрылтайшылары туралы мәліметті "
             "шарттармен бірге жариялау",
           g="мемлекеттік сатып алудағы мүдделер қақтығысы", o="аудан әкімдігі"),
        _S(("Шенеуніктің әдепсіз қылығы", "Қызметтік көлікті жеке мақсатта пайдалану"),
           "Әкімдіктің қызметтік көлігі ({plate}) демалыс күндері {бөлім басшысының|әкім "
           "орынбасарының} отбасын саяжайға, базарға тасиды, [жұмыс күндері дәмхана алдында екі "
           "сағаттап тұрады, ]ал ауылдарға барғанда «көлік жоқ» дейді. ¦ Күні көрсетілген фото "
           "мен бейне бар.",
           w="қызметтік көліктің пайдаланылуын тексеріп, лауазымды тұлғаның әрекетіне баға беру",
           p="қызметтік көліктерге сапар журналы ашық GPS-трекер орнату",
           g="қызметтік көлікті жеке мақсатта пайдалану", o="әкімдік"),
        _S(("Инспектор ақша талап етті", "Жолдағы парақорлық"),
           "{date_loc} {village} маңындағы тас жолда патрульдік полиция инспекторы көлікті "
           "({plate}) себепсіз тоқтатып, жүргізуші куәлігінен айырамын деп қорқытып, «осы жерде "
           "шешейік» деп {sums} сұрады. ¦ Хаттама толтырудан бас тартты[, кеуде камерасы "
           "өшірулі болды]. Экипаж нөмірі мен уақыты жазылып алынды.",
           w="қызметтік тергеу жүргізіп, экипаж камераларының жазбаларын тексеру",
           g="полиция қызметкерінің ақша талап етуі", o="патрульдік полиция"),
    ],
    "kk!": [
        _S(("Сыбайлас жемқорлық туралы хабарлағаннан кейін қорқытады",
            "ШҰҒЫЛ: арыз берушіге қоқан-лоқы"),
           "{Мекемедегі|Әкімдіктегі|Ауруханадағы} пара туралы хабарлағаннан кейін маған "
           "қоқан-лоқы көрсете бастады: {date_loc} үйдің жанына екі адам келіп, «балаларыңа "
           "қиын болады» деді[, көлігімнің дөңгелектерін тесіп кетті]. ¦ Күн сайын белгісіз "
           "нөмірлерден қоңырау шалады. Отбасым үшін қорқамын.",
           w="сыбайлас жемқорлық туралы хабарлаған адам ретінде мені және отбасымды қорғап, "
             "қоқан-лоқыны тексеру",
           g="сыбайлас жемқорлық туралы хабарлаған адамға қоқан-лоқы"),
    ],
    "en": [
        _S(("Bribe demanded for a certificate", "Extortion by an official"),
           "On {date} an employee of the {land relations department|public service centre} "
           "({off}) told me openly that I could get the {certificate|permit} quickly for "
           "{sums}, or else “wait for months”. ¦ The conversation was recorded on my phone. I "
           "did not pay and the documents have still not been issued.",
           w="investigate the extortion and issue the documents lawfully",
           g="the demand for a bribe", o="the management of the office",
           q="where to hand over the recording and how whistle-blowers are protected"),
        _S(("Official car used privately", "Misuse of a service vehicle"),
           "The akimat's service car ({plate}) takes an official's family to their dacha and "
           "the market at weekends, while villages are told “there is no car”. ¦ We have dated "
           "photos and videos.",
           w="check how the service vehicle is used and assess the official's conduct",
           p="fit service cars with GPS trackers and publish the trip log",
           g="the private use of a service car"),
    ],
    "en!": [
        _S(("URGENT: threats after reporting corruption", "Whistle-blower threatened"),
           "After I reported bribery at the {akimat|hospital}, I started receiving threats: on "
           "{date} two men came up to me near my home and said “your children will have "
           "problems”. ¦ Calls from unknown numbers come every day; we fear for our family.",
           w="protect me and my family as persons who reported corruption and investigate the "
             "threats",
           g="the threats against a whistle-blower"),
    ],
}

_ADDRESSEES["other"] = {
    "ru": ("аким города", "аким района", "уважаемые сотрудники акимата"),
    "kk": ("әкім мырза", "аудан әкімі"),
    "en": ("Akim", "Sir or Madam"),
}
_ORGS["other"] = {
    "ru": ("акимата", "акимата района"),
    "kk": ("әкімдік", "аудан әкімдігі"),
    "en": ("the akimat",),
}
_SCENARIOS["other"] = {
    "ru": [
        _S(("Присвоить улице имя", "Название для новой улицы", "Имя для безымянной улицы"),
           "В {mkr} есть новая улица без названия — в документах она значится как «улица № "
           "{num}». ¦ Жители предлагают назвать её в честь {нашего земляка, Героя Советского "
           "Союза|учителя, который 40 лет проработал в местной школе|акына, уроженца этих мест}. "
           "[Собрано {people} подписей.]",
           w="рассмотреть присвоение улице имени на заседании ономастической комиссии",
           p="присвоить безымянной улице имя, предложенное жителями, и установить памятную "
             "табличку",
           g="присвоения наименования улице", o="ономастической комиссии",
           q="в каком порядке присваиваются имена улицам и какие документы нужны от жителей"),
        _S(("Благоустройство кладбища", "Кладбище в запустении", "Упал забор на кладбище"),
           "Кладбище у {village} в ужасном состоянии: забор упал, [скот ходит по могилам, "
           "]дорога к нему после дождя непроезжая. ¦ Воды для полива нет, мусор не вывозится. "
           "Люди приезжают к родным и не могут подъехать.",
           w="восстановить ограждение кладбища, отсыпать подъездную дорогу и организовать "
             "вывоз мусора",
           p="закрепить за кладбищем смотрителя и провести весной общий субботник с участием "
             "акимата",
           g="содержания кладбища", o="акимата сельского округа"),
        _S(("Заброшенное здание у школы", "Опасный недострой", "Заброшка рядом с домами"),
           "Недалеко от {school_gen} уже {years} стоит заброшенный недострой — {бывший детский "
           "сад|здание бывшей конторы|каркас торгового центра}. ¦ Окна и двери выбиты, внутри "
           "ямы и торчащая арматура, [по вечерам собираются подростки и распивают, ]дети лазят "
           "по перекрытиям.",
           w="обязать собственника огородить объект или снести его, а до этого закрыть доступ",
           p="найти собственника недостроя и либо передать объект под социальные нужды, либо "
             "снести",
           g="заброшенного объекта недостроя", o="отдела архитектуры и градостроительства",
           q="кто собственник заброшенного здания и какие меры к нему могут быть приняты"),
        _S(("Нет общественного туалета в парке", "Туалет в парке закрыт"),
           "В парке на {street} единственный общественный туалет закрыт{ уже {months}| с "
           "весны}. ¦ В парке гуляют семьи с детьми и пожилые люди, [проходят праздничные "
           "мероприятия, ]а ближайший туалет — в торговом центре за два квартала. Итог — кусты "
           "у детской площадки.",
           w="открыть общественный туалет в парке и обеспечить его обслуживание",
           p="поставить в парке модульный туалет с бесплатным входом и уборкой по графику",
           g="работы общественного туалета в парке", o="отдела ЖКХ"),
    ],
    "ru!": [
        _S(("Дети лазят по заброшенному зданию", "СРОЧНО: опасная заброшка"),
           "В заброшенном недострое у {street} вчера сорвался с перекрытия подросток[ — сломал "
           "ногу], его увезли в больницу. ¦ Дети продолжают туда лазить, проёмы не закрыты, "
           "[забора нет, ]охраны нет.",
           w="немедленно закрыть доступ к зданию и обязать собственника огородить его",
           g="опасного заброшенного здания", o="отдела архитектуры"),
        _S(("Сосульки над тротуаром", "СРОЧНО: с крыши падают лёд и снег"),
           "С крыши дома {house} по {street} над тротуаром свисают огромные сосульки и снежные "
           "карнизы, [вчера глыба упала в метре от женщины с коляской, ]тротуар не огорожен. ¦ "
           "По нему дети ходят в {school_acc}.",
           w="срочно очистить крышу и огородить опасный участок",
           g="падения снега и льда с крыши", o="{ksk}"),
    ],
    "kk": [
        _S(("Көшеге атау беру", "Жаңа көшеге ат қою", "Атаусыз көшеге есім беру"),
           "{mkr_loc} атауы жоқ жаңа көше бар — құжаттарда «№ {num} көше» деп жазылған. ¦ "
           "Тұрғындар оған {Кеңес Одағының Батыры болған жерлесіміздің|мектепте 40 жыл еңбек "
           "еткен ұстаздың|осы өңірде туған ақынның} есімін беруді ұсынады. [{people} адамның "
           "қолы жиналды.]",
           w="көшеге атау беру мәселесін ономастика комиссиясының отырысында қарау",
           p="атаусыз көшеге тұрғындар ұсынған есімді беріп, естелік тақта орнату",
           g="көшеге атау беру", o="ономастика комиссиясы",
           q="көшелерге атау беру қандай тәртіппен жүзеге асады? Тұрғындардан қандай құжаттар "
             "керек?"),
        _S(("Зиратты абаттандыру", "Зират қараусыз қалды", "Зират қоршауы құлаған"),
           "{village_gen} маңындағы зират өте нашар күйде: қоршауы құлаған, [мал бейіттердің "
           "үстімен жүреді, ]жаңбырдан кейін оған баратын жолмен жүру мүмкін емес. ¦ Суаратын су "
           "жоқ, қоқыс шығарылмайды. Адамдар туыстарының басына келіп, жете алмай қайтады.",
           w="зират қоршауын қалпына келтіріп, кіреберіс жолға қиыршық тас төсеп, қоқыс "
             "шығаруды ұйымдастыру",
           p="зиратқа күзетші бекітіп, көктемде әкімдіктің қатысуымен жалпы сенбілік өткізу",
           g="зиратты күтіп ұстау", o="ауылдық округ әкімдігі"),
        _S(("Тастанды ғимарат", "Мектеп жанындағы қауіпті аяқталмаған құрылыс"),
           "{school_gen} жанында {years} бойы аяқталмаған тастанды ғимарат тұр — {бұрынғы "
           "балабақша|бұрынғы кеңсе ғимараты|сауда орталығының қаңқасы}. ¦ Терезе-есіктері жоқ, "
           "ішінде шұқыр мен шығып тұрған арматура, [кешке жасөспірімдер жиналып, ішімдік "
           "ішеді, ]балалар жабындардың үстімен өрмелеп жүреді.",
           w="меншік иесін нысанды қоршауға немесе бұзуға міндеттеп, оған дейін кіруді жабу",
           p="аяқталмаған құрылыстың иесін анықтап, нысанды әлеуметтік мақсатқа беру немесе "
             "бұзу",
           g="тастанды аяқталмаған құрылыс нысаны", o="сәулет және қала құрылысы бөлімі",
           q="тастанды ғимараттың иесі кім? Оған қандай шара қолдануға болады?"),
        _S(("Саябақта қоғамдық дәретхана жоқ", "Саябақтағы дәретхана жабық"),
           "{street} бойындағы саябақтағы жалғыз қоғамдық дәретхана {months} бойы жабық тұр. ¦ "
           "Саябақта балалы отбасылар мен қарттар серуендейді, [мерекелік іс-шаралар өтеді, ]ал "
           "ең жақын дәретхана екі квартал жердегі сауда орталығында. Нәтижесі — балалар "
           "алаңының жанындағы бұталар.",
           w="саябақтағы қоғамдық дәретхананы ашып, оған қызмет көрсетуді қамтамасыз ету",
           p="саябаққа кесте бойынша тазаланатын тегін модульдік дәретхана қою",
           g="саябақтағы қоғамдық дәретхананың жұмысы", o="ТКШ бөлімі"),
    ],
    "kk!": [
        _S(("Балалар тастанды ғимаратқа өрмелейді", "ШҰҒЫЛ: қауіпті тастанды ғимарат"),
           "{street} бойындағы тастанды құрылыста кеше бір жасөспірім жабыннан құлап кетті"
           "[ — аяғын сындырды], ауруханаға алып кетті. ¦ Балалар әлі де сонда барады, ойықтар "
           "жабылмаған, [қоршау жоқ, ]күзет жоқ.",
           w="ғимаратқа кіруді дереу жауып, меншік иесін оны қоршауға міндеттеу",
           g="қауіпті тастанды ғимарат", o="сәулет бөлімі"),
        _S(("Тротуар үстінде мұз сүңгілері", "ШҰҒЫЛ: шатырдан қар мен мұз құлап жатыр"),
           "{street}, {house}-үйдің шатырынан тротуар үстіне үлкен мұз сүңгілері мен қар "
           "қалқандары салбырап тұр, [кеше бір кесек бала арбасы бар әйелден бір метр жерге "
           "құлады, ]тротуар қоршалмаған. ¦ Ол жермен балалар {school_dat} барады.",
           w="шатырды шұғыл тазалап, қауіпті учаскені қоршау",
           g="шатырдан қар мен мұздың құлауы", o="{ksk}"),
    ],
    "en": [
        _S(("Name for a new street", "Naming an unnamed street"),
           "A new street in {mkr} still has no name; in the documents it is “Street No. {num}”. "
           "¦ Residents propose naming it after {a local teacher who worked at our school for "
           "40 years|a poet born in this area}, and {people} people have signed.",
           w="consider naming the street at the meeting of the onomastics commission",
           p="give the street the name proposed by residents and put up a memorial plaque",
           g="naming the street", o="the onomastics commission"),
        _S(("Dangerous abandoned building", "Abandoned building near {school}"),
           "An unfinished building has stood abandoned near {school} for {years}. ¦ Windows "
           "and doors are gone, there are pits and protruding rebar inside, and children climb "
           "on the floors.",
           w="make the owner fence off or demolish the building and close access meanwhile",
           g="the abandoned building", o="the architecture department"),
    ],
    "en!": [
        _S(("URGENT: child fell in an abandoned building", "Abandoned building is a death trap"),
           "Yesterday a teenager fell from a floor of the abandoned building on {street} and "
           "was taken to hospital. ¦ Children still go there; the openings are not closed and "
           "there is no fence or guard.",
           w="close access to the building immediately and make the owner fence it off",
           g="the dangerous abandoned building", o="the architecture department"),
    ],
}
# fmt: on


# ---------------------------------------------------------------------------------------------
# Answers: for every sphere, legal references and what a full answer says for each outcome.
# "law" strings: ru/en usable after "в соответствии с" / "(...)"; kk in the nominative, so
# that {law_dat} сәйкес works. Snippets use the same slots as the appeals.
# ---------------------------------------------------------------------------------------------

_ANSWERS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {}

# fmt: off
_ANSWERS["housing"] = {
    "ru": {
        "law": ("п. 1 ст. 67 Закона РК «О жилищных отношениях»",
                "ст. 74 Закона РК «О жилищных отношениях»",
                "п. 1 ст. 42 Закона РК «О жилищных отношениях»"),
        "sat": ("По итогам обследования, проведённого жилищной инспекцией {date}, изложенные "
                "Вами факты подтвердились. В соответствии с {law} обслуживающей организации "
                "{ksk} выдано предписание устранить нарушения до {date2}; исполнение находится "
                "на контроле инспекции.",
                "Ваша семья восстановлена в списке граждан, нуждающихся в жилище из "
                "государственного жилищного фонда, с сохранением даты первоначальной постановки "
                "на учёт ({law}). Актуальный номер очереди — {qnum2}."),
        "ref": ("Согласно {law}, указанные работы относятся к капитальному ремонту общего "
                "имущества и финансируются за счёт собственников квартир по решению собрания. "
                "В связи с этим оснований для удовлетворения обращения не имеется.",
                "Проверкой установлено, что размер взносов утверждён общим собранием "
                "собственников (протокол от {date}), что соответствует {law}. Нарушений со "
                "стороны {ksk} не выявлено."),
        "exp": ("Разъясняем, что в соответствии с {law} очерёдность предоставления жилья "
                "определяется датой подачи заявления в пределах категории; в текущем году по "
                "Вашей категории распределено квартир: {num}.",
                "Разъясняем, что содержание общего имущества дома, включая кровлю и лифты, "
                "обеспечивает орган управления объектом кондоминиума ({law}); решение о ремонте "
                "и его финансировании принимает собрание собственников."),
        "mech": ("Проверить очередь и подать документы можно на портале «Очередь на жильё» "
                 "(hf.kezekte.kz) или через ЦОН: нужны удостоверение личности, справки о составе "
                 "семьи и об отсутствии жилья.",
                 "Для созыва собрания собственников и избрания нового органа управления "
                 "обратитесь в отдел жилищных отношений; образцы протоколов размещены на сайте "
                 "акимата."),
    },
    "kk": {
        "law": ("Қазақстан Республикасы «Тұрғын үй қатынастары туралы» Заңының 67-бабы",
                "«Тұрғын үй қатынастары туралы» ҚР Заңының 74-бабы",
                "«Тұрғын үй қатынастары туралы» ҚР Заңының 42-бабы"),
        "sat": ("{date_loc} тұрғын үй инспекциясы жүргізген тексеру нәтижесінде Сіз көрсеткен "
                "деректер расталды. {law_dat} сәйкес {ksk_dat} анықталған бұзушылықтарды "
                "{date2_dat} дейін жою туралы нұсқама берілді, оның орындалуы инспекцияның "
                "бақылауында.",
                "Отбасыңыз мемлекеттік тұрғын үй қорынан баспанаға мұқтаж азаматтар тізіміне "
                "алғаш есепке қойылған күні сақтала отырып қалпына келтірілді ({law}). "
                "Кезектегі қазіргі нөміріңіз — {qnum2}."),
        "ref": ("{law_dat} сәйкес көрсетілген жұмыстар ортақ мүлікті күрделі жөндеуге жатады "
                "және жиналыс шешімімен пәтер иелерінің қаражаты есебінен қаржыландырылады. "
                "Сондықтан өтінішті қанағаттандыруға негіз жоқ.",
                "Тексеру барысында жарна мөлшерін меншік иелерінің жалпы жиналысы бекіткені "
                "анықталды ({date} хаттамасы), бұл {law_dat} сәйкес келеді. {ksk} тарапынан "
                "бұзушылық анықталған жоқ."),
        "exp": ("{law_dat} сәйкес баспана беру кезегі санат ішінде өтініш берілген күнге қарай "
                "айқындалатынын түсіндіреміз.",
                "Үйдің ортақ мүлкін, оның ішінде шатыр мен лифтіні күтіп ұстауды кондоминиум "
                "объектісін басқару органы қамтамасыз ететінін түсіндіреміз ({law}); жөндеу және "
                "оны қаржыландыру туралы шешімді меншік иелерінің жиналысы қабылдайды."),
        "mech": ("Кезекті тексеріп, құжат тапсыруды «Тұрғын үй кезегі» порталында "
                 "(hf.kezekte.kz) немесе ХҚКО арқылы жасауға болады: жеке куәлік, отбасы құрамы "
                 "және баспананың жоқтығы туралы анықтамалар қажет.",),
    },
    "en": {
        "law": ("Article 67 of the Law of the Republic of Kazakhstan “On Housing Relations”",),
        "sat": ("An inspection on {date} confirmed the facts you reported. Under {law}, "
                "{ksk} has been ordered to remedy the violations by {date2}; the housing "
                "inspectorate is monitoring compliance.",),
        "ref": ("Under {law}, the works you mention are a capital repair of common property "
                "financed by the flat owners by decision of their meeting, so there are no "
                "grounds to grant your request.",),
        "exp": ("Under {law}, the order in which housing is provided depends on the date of the "
                "application within each category.",),
        "mech": ("You can check the waiting list and submit documents on hf.kezekte.kz or at a "
                 "public service centre (ID card, family composition certificate, certificate "
                 "of no housing).",),
    },
}

_ANSWERS["utilities"] = {
    "ru": {
        "law": ("ст. 26 Закона РК «О естественных монополиях»",
                "п. 15 Правил предоставления коммунальных услуг",
                "ст. 35 Закона РК «О жилищных отношениях»"),
        "sat": ("По результатам проверки {date} поставщику услуги выдано предписание устранить "
                "нарушения до {date2}, а за период ненадлежащего оказания услуги будет сделан "
                "перерасчёт в квитанции за {month} ({law}).",
                "Замена изношенного участка сети включена в инвестиционную программу на "
                "следующий год; до её завершения установлено временное оборудование, параметры "
                "услуги восстановлены {date} ({law})."),
        "ref": ("Согласно {law}, обслуживание внутридомовых сетей возложено на орган управления "
                "объектом кондоминиума, поэтому требования к акимату удовлетворению не подлежат.",
                "Проведённые {date} замеры показали, что параметры услуги на вводе в дом "
                "соответствуют нормативам; оснований для перерасчёта в соответствии с {law} не "
                "установлено."),
        "exp": ("Разъясняем, что согласно {law} при некачественном предоставлении услуги "
                "потребитель вправе требовать составления акта с участием представителя "
                "поставщика; на основании акта производится перерасчёт.",
                "Разъясняем, что строительство сетей в Вашем районе предусмотрено проектом, "
                "который проходит государственную экспертизу; работы начнутся после выделения "
                "финансирования ({law})."),
        "mech": ("Для составления акта о ненадлежащем качестве услуги вызовите представителя "
                 "поставщика через диспетчерскую службу или единый call-центр 109; акт является "
                 "основанием для перерасчёта.",),
    },
    "kk": {
        "law": ("«Табиғи монополиялар туралы» Қазақстан Республикасы Заңының 26-бабы",
                "«Тұрғын үй қатынастары туралы» ҚР Заңының 35-бабы"),
        "sat": ("{date_loc} жүргізілген тексеру нәтижесінде қызмет берушіге бұзушылықтарды "
                "{date2_dat} дейін жою туралы нұсқама берілді, ал қызмет тиісінше "
                "көрсетілмеген кезең үшін {month} айының түбіртегінде қайта есептеу жасалады "
                "({law}).",
                "Желінің тозған учаскесін ауыстыру келесі жылғы инвестициялық бағдарламаға "
                "енгізілді; ол аяқталғанға дейін уақытша жабдық орнатылып, қызмет көрсеткіштері "
                "{date_loc} қалпына келтірілді ({law})."),
        "ref": ("{law_dat} сәйкес үй ішіндегі желілерге қызмет көрсету кондоминиум объектісін "
                "басқару органына жүктелген, сондықтан әкімдікке қойылған талап "
                "қанағаттандырылмайды.",
                "{date_loc} жүргізілген өлшеулер үйге кірістегі қызмет көрсеткіштері нормаға сай "
                "екенін көрсетті; {law_dat} сәйкес қайта есептеуге негіз анықталған жоқ."),
        "exp": ("{law_dat} сәйкес қызмет сапасыз көрсетілген жағдайда тұтынушы жеткізуші "
                "өкілінің қатысуымен акт жасауды талап етуге құқылы екенін түсіндіреміз; акт "
                "негізінде қайта есептеу жүргізіледі.",
                "Ауданыңызда желі салу мемлекеттік сараптамадан өтіп жатқан жобада көзделгенін "
                "түсіндіреміз; жұмыс қаржы бөлінгеннен кейін басталады ({law})."),
        "mech": ("Қызметтің сапасыздығы туралы акт жасау үшін жеткізуші өкілін диспетчерлік "
                 "қызмет немесе 109 бірыңғай байланыс орталығы арқылы шақырыңыз; акт қайта "
                 "есептеуге негіз болады.",),
    },
    "en": {
        "law": ("Article 26 of the Law of the Republic of Kazakhstan “On Natural Monopolies”",),
        "sat": ("Following an inspection on {date}, the supplier has been ordered to remedy the "
                "violations by {date2}, and your bill for {month} will be recalculated for the "
                "period of poor service ({law}).",),
        "ref": ("Measurements on {date} showed the service parameters at the building inlet "
                "meet the standards, so there are no grounds for a recalculation under {law}.",),
        "exp": ("Under {law}, when a service is of poor quality the consumer may demand a report "
                "drawn up with the supplier's representative; the bill is recalculated on that "
                "basis.",),
        "mech": ("Call the supplier's dispatcher or the 109 call centre to have a poor-service "
                 "report drawn up; it is the basis for recalculation.",),
    },
}

_ANSWERS["roads_transport"] = {
    "ru": {
        "law": ("ст. 13 Закона РК «Об автомобильных дорогах»",
                "ст. 14 Закона РК «Об автомобильном транспорте»",
                "п. 1 ст. 31 Закона РК «О местном государственном управлении и самоуправлении "
                "в Республике Казахстан»"),
        "sat": ("Участок включён в план среднего ремонта на следующий год; до этого подрядная "
                "организация {contractor} по гарантийным обязательствам выполнит ямочный ремонт "
                "до {date} ({law}).",
                "Перевозчику направлено уведомление о нарушении условий договора; с {date} на "
                "маршрут дополнительно выпущены автобусы, интервал в часы пик сокращён до 15 "
                "минут ({law})."),
        "ref": ("Согласно {law}, установка светофорного объекта возможна при интенсивности "
                "движения, подтверждённой обследованием; обследование {date} необходимой "
                "интенсивности не выявило. Вместо светофора будут обновлены разметка и знаки.",
                "Указанный участок не состоит на балансе местного исполнительного органа, "
                "поэтому в соответствии с {law} его ремонт за счёт местного бюджета невозможен."),
        "exp": ("Разъясняем, что ремонт улиц проводится по плану, утверждённому по итогам "
                "диагностики их состояния ({law}); Ваше обращение учтено при формировании плана "
                "на следующий год.",
                "Разъясняем, что за соблюдением расписания следит отдел пассажирского транспорта; "
                "в соответствии с {law} за срыв рейсов к перевозчику применяются санкции по "
                "договору."),
        "mech": ("Сообщить о нарушении расписания или о яме на дороге можно через единый "
                 "call-центр 109 или портал eOtinish.kz, указав адрес, маршрут и время.",),
    },
    "kk": {
        "law": ("«Автомобиль жолдары туралы» Қазақстан Республикасы Заңының 13-бабы",
                "«Автомобиль көлігі туралы» ҚР Заңының 14-бабы"),
        "sat": ("Учаске келесі жылғы орташа жөндеу жоспарына енгізілді; оған дейін {contractor} "
                "кепілдік міндеттемесі бойынша {date_dat} дейін шұңқырларды жөндейді ({law}).",
                "Тасымалдаушыға шарт талаптарын бұзғаны туралы хабарлама жіберілді; {date_abl} "
                "бастап бағытқа қосымша автобустар шығарылып, қарбалас уақыттағы аралық 15 "
                "минутқа дейін қысқартылды ({law})."),
        "ref": ("{law_dat} сәйкес бағдаршам орнату зерттеумен расталған қозғалыс "
                "қарқындылығы болған кезде мүмкін; {date_loc} жүргізілген зерттеу қажетті "
                "қарқындылықты анықтаған жоқ. Бағдаршамның орнына белгілер мен таңбалар "
                "жаңартылады.",
                "Көрсетілген учаске жергілікті атқарушы органның балансында тұрмайды, сондықтан "
                "{law_dat} сәйкес оны жергілікті бюджет есебінен жөндеу мүмкін емес."),
        "exp": ("Көшелерді жөндеу олардың жай-күйін диагностикалау нәтижесінде бекітілген жоспар "
                "бойынша жүргізілетінін түсіндіреміз ({law}); өтінішіңіз келесі жылғы жоспарды "
                "жасағанда ескерілді.",
                "Кесте сақталуын жолаушылар көлігі бөлімі бақылайтынын түсіндіреміз; {law_dat} "
                "сәйкес рейстер бұзылғаны үшін тасымалдаушыға шарт бойынша санкция қолданылады."),
        "mech": ("Кесте бұзылуы не жолдағы шұңқыр туралы 109 бірыңғай байланыс орталығы немесе "
                 "eOtinish.kz порталы арқылы мекенжайды, бағыт пен уақытты көрсетіп хабарлауға "
                 "болады.",),
    },
    "en": {
        "law": ("Article 13 of the Law of the Republic of Kazakhstan “On Highways”",),
        "sat": ("The section has been included in next year's repair plan; meanwhile "
                "{contractor} will patch the potholes under its warranty by {date} ({law}).",),
        "ref": ("Under {law}, a traffic light may be installed only where a traffic survey "
                "confirms the necessary volume; the survey of {date} did not.",),
        "exp": ("Street repairs follow a plan based on a condition survey ({law}); your appeal "
                "has been taken into account for next year's plan.",),
        "mech": ("Report timetable violations or potholes through the 109 call centre or "
                 "eOtinish.kz, giving the address, route and time.",),
    },
}

_ANSWERS["urban_environment"] = {
    "ru": {
        "law": ("п. 12 Правил благоустройства территории, утверждённых решением маслихата",
                "ст. 31 Закона РК «О местном государственном управлении и самоуправлении в "
                "Республике Казахстан»",
                "ст. 365 Экологического кодекса РК"),
        "sat": ("По итогам выезда {date} подрядной организации поручено до {date2} {восстановить "
                "освещение|вывезти отходы и очистить площадку|провести отлов безнадзорных "
                "животных} ({law}).",
                "Ваш двор включён в перечень дворов, подлежащих благоустройству в следующем году; "
                "до {date} состоится встреча с жителями для обсуждения проекта ({law})."),
        "ref": ("Участок, о котором идёт речь, не относится к территориям общего пользования, "
                "поэтому согласно {law} работы за счёт бюджета на нём не проводятся.",
                "Вырубка произведена на основании разрешения, выданного {date} в соответствии с "
                "{law}, с условием компенсационной посадки; нарушений не установлено."),
        "exp": ("Разъясняем, что согласно {law} содержание придомовой территории обеспечивает "
                "орган управления объектом кондоминиума, а благоустройство общественных "
                "территорий — акимат.",
                "Разъясняем, что отлов безнадзорных животных проводится по заявкам граждан "
                "подрядной организацией в соответствии с {law}; заявку можно подать "
                "круглосуточно."),
        "mech": ("Подать заявку на вывоз мусора, ремонт освещения или отлов животных можно через "
                 "единый call-центр 109 или портал eOtinish.kz.",),
    },
    "kk": {
        "law": ("Мәслихат шешімімен бекітілген аумақты абаттандыру қағидаларының 12-тармағы",
                "Қазақстан Республикасы Экология кодексінің 365-бабы"),
        "sat": ("{date_loc} жерге барып тексеру нәтижесінде мердігер ұйымға {date2_dat} дейін "
                "{жарықты қалпына келтіру|қоқысты шығарып, алаңды тазалау|иесіз жануарларды "
                "аулау} тапсырылды ({law}).",
                "Аулаңыз келесі жылы абаттандырылатын аулалар тізбесіне енгізілді; жобаны "
                "талқылау үшін тұрғындармен кездесу {date_dat} дейін өтеді ({law})."),
        "ref": ("Сөз болып отырған учаске ортақ пайдаланылатын аумаққа жатпайды, сондықтан "
                "{law_dat} сәйкес онда бюджет есебінен жұмыс жүргізілмейді.",
                "Ағаш кесу {date_loc} {law_dat} сәйкес өтемдік отырғызу шартымен берілген "
                "рұқсат негізінде жүргізілген; бұзушылық анықталған жоқ."),
        "exp": ("{law_dat} сәйкес үй маңындағы аумақты күтіп ұстауды кондоминиум объектісін "
                "басқару органы, ал қоғамдық аумақтарды абаттандыруды әкімдік қамтамасыз ететінін "
                "түсіндіреміз.",
                "Иесіз жануарларды аулауды азаматтардың өтінімі бойынша мердігер ұйым {law_dat} "
                "сәйкес жүргізетінін түсіндіреміз; өтінімді тәулік бойы беруге болады."),
        "mech": ("Қоқыс шығару, жарықты жөндеу не жануарларды аулау туралы өтінімді 109 бірыңғай "
                 "байланыс орталығы немесе eOtinish.kz порталы арқылы беруге болады.",),
    },
    "en": {
        "law": ("clause 12 of the Territory Improvement Rules approved by the maslikhat",),
        "sat": ("After a site visit on {date}, the contractor has been instructed to fix the "
                "problem by {date2} ({law}).",),
        "ref": ("The plot in question is not public land, so under {law} no works can be "
                "carried out there at the budget's expense.",),
        "exp": ("Under {law}, the yard around a building is maintained by the building's "
                "management body, and public spaces by the akimat.",),
        "mech": ("Requests for rubbish collection, lighting repairs or animal control can be "
                 "made through the 109 call centre or eOtinish.kz.",),
    },
}

_ANSWERS["land"] = {
    "ru": {
        "law": ("ст. 43 Земельного кодекса РК", "п. 2 ст. 92 Земельного кодекса РК",
                "ст. 147 Земельного кодекса РК",
                "ст. 152 Земельного кодекса РК",
                "ст. 167 Земельного кодекса РК"),
        "sat": ("По результатам проверки {date} собственнику смежного участка выдано "
                "предписание освободить самовольно занятую часть участка до {date2}; при "
                "неисполнении материалы будут направлены для привлечения к административной "
                "ответственности ({law}).",
                "Техническая ошибка в сведениях земельного кадастра исправлена, обновлённые "
                "сведения отражены в базе {date} ({law})."),
        "ref": ("Свободных земельных участков для индивидуального жилищного строительства в "
                "населённом пункте в настоящее время нет; в соответствии с {law} участки "
                "предоставляются в порядке очерёдности.",
                "Согласно {law}, продление срока освоения участка возможно лишь при наличии "
                "уважительных причин, подтверждённых документами; таких документов к обращению "
                "не приложено."),
        "exp": ("Разъясняем, что в соответствии с {law} участки под индивидуальное жилищное "
                "строительство предоставляются в порядке очерёдности по мере формирования новых "
                "массивов.",
                "Разъясняем, что споры о границах участков разрешаются в судебном порядке; до "
                "обращения в суд рекомендуем провести повторное межевание ({law})."),
        "mech": ("Проверить очередь и подать заявление можно на портале egov.kz (услуга "
        "«Постановка "
                 "на учёт на получение земельного участка») или через ЦОН.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Жер кодексінің 43-бабы",
                "Қазақстан Республикасы Жер кодексінің 92-бабының 2-тармағы",
                "ҚР Жер кодексінің 147-бабы",
                "ҚР Жер кодексінің 152-бабы",
                "ҚР Жер кодексінің 167-бабы"),
        "sat": ("{date_loc} жүргізілген тексеру нәтижесінде көрші учаске иесіне өз бетінше "
                "басып алған жерді {date2_dat} дейін босату туралы нұсқама берілді; орындалмаған "
                "жағдайда материалдар әкімшілік жауапкершілікке тарту үшін жіберіледі ({law}).",
                "Жер кадастры мәліметтеріндегі техникалық қате түзетілді, жаңартылған мәліметтер "
                "{date_loc} базаға енгізілді ({law})."),
        "ref": ("Қазіргі уақытта елді мекенде жеке тұрғын үй құрылысына арналған бос жер "
                "учаскелері жоқ; {law_dat} сәйкес учаскелер кезек тәртібімен беріледі.",
                "{law_dat} сәйкес учаскені игеру мерзімін ұзарту құжатпен расталған дәлелді "
                "себептер болғанда ғана мүмкін; өтінішке мұндай құжаттар қоса берілмеген."),
        "exp": ("{law_dat} сәйкес жеке тұрғын үй құрылысына арналған учаскелер жаңа алаптар "
                "қалыптасқан сайын кезек тәртібімен берілетінін түсіндіреміз.",
                "Учаске шекарасы туралы даулар сот тәртібімен шешілетінін түсіндіреміз; сотқа "
                "жүгінгенге дейін жерді қайта өлшеуді ұсынамыз ({law})."),
        "mech": ("Кезекті тексеріп, өтініш беруді egov.kz порталында («Жер учаскесін алуға "
                 "есепке қою» қызметі) немесе ХҚКО арқылы жасауға болады.",),
    },
    "en": {
        "law": ("Article 43 of the Land Code of the Republic of Kazakhstan",),
        "sat": ("After an inspection on {date}, the owner of the neighbouring plot was ordered "
                "to vacate the encroached part by {date2} ({law}).",),
        "ref": ("There are currently no free plots for private housing in the settlement; under "
                "{law}, plots are allocated in order of the waiting list.",),
        "exp": ("Under {law}, plots for private housing are allocated in order of the waiting "
                "list as new areas are developed.",),
        "mech": ("You can check the list and apply on egov.kz or at a public service centre.",),
    },
}

_ANSWERS["health"] = {
    "ru": {
        "law": ("ст. 196 Кодекса РК «О здоровье народа и системе здравоохранения»",
                "ст. 200 Кодекса РК «О здоровье народа и системе здравоохранения»",
                "ст. 28 Закона РК «Об обязательном социальном медицинском страховании»"),
        "sat": ("Вы записаны на консультацию профильного специалиста на {date} в {clinic_loc}; "
                "руководителю поликлиники указано на недопустимость нарушения сроков ожидания "
                "({law}).",
                "Препарат поступил в аптеку {date}; рецепт будет обеспечен в течение 3 рабочих "
                "дней, руководству аптеки указано на необходимость своевременной заявки ({law})."),
        "ref": ("Согласно {law}, помощь в системе ОСМС оказывается при наличии статуса "
                "застрахованного; по данным фонда взносы за последние 12 месяцев не поступали, "
                "поэтому помощь может быть оказана на платной основе.",
                "Проверка {date} не подтвердила факты взимания платы: расходные материалы "
                "предоставлены за счёт ГОБМП, что подтверждается медицинской документацией "
                "({law})."),
        "exp": ("Разъясняем, что в соответствии с {law} консультативно-диагностическая помощь "
                "по направлению участкового врача оказывается бесплатно в течение 10 рабочих "
                "дней.",
                "Разъясняем, что статус в системе ОСМС можно проверить в приложении eGov Mobile "
                "или по номеру 1414; при отсутствии отчислений следует обратиться к работодателю "
                "для уточнения платежей ({law})."),
        "mech": ("Записаться на приём и проверить статус ОСМС можно в приложении eGov Mobile, "
                 "через регистратуру поликлиники или по номеру 1406.",),
    },
    "kk": {
        "law": ("«Халық денсаулығы және денсаулық сақтау жүйесі туралы» ҚР Кодексінің 196-бабы",
                "«Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңының 28-бабы"),
        "sat": ("Сіз {date_dat} {clinic_dat} бейінді маманның кеңесіне жазылдыңыз; емхана "
                "басшысына күту мерзімін бұзуға жол берілмейтіні ескертілді ({law}).",
                "Дәрі {date_loc} дәріханаға түсті; рецепт 3 жұмыс күні ішінде қамтамасыз "
                "етіледі, дәріхана басшылығына өтінімді уақтылы беру қажеттігі ескертілді "
                "({law})."),
        "ref": ("{law_dat} сәйкес МӘМС жүйесіндегі көмек сақтандырылған мәртебе болған кезде "
                "көрсетіледі; қордың деректері бойынша соңғы 12 айда жарна түспеген, сондықтан "
                "көмек ақылы негізде көрсетілуі мүмкін.",
                "{date_loc} жүргізілген тексеру ақы алу фактілерін растамады: шығын материалдары "
                "ТМККК есебінен берілген, бұл медициналық құжаттамамен расталады ({law})."),
        "exp": ("{law_dat} сәйкес учаскелік дәрігердің жолдамасы бойынша кеңес беру-диагностикалық "
                "көмек 10 жұмыс күні ішінде тегін көрсетілетінін түсіндіреміз.",
                "МӘМС жүйесіндегі мәртебені eGov Mobile қосымшасынан немесе 1414 нөмірі арқылы "
                "тексеруге болатынын түсіндіреміз; жарна түспесе, жұмыс берушіге жүгіну қажет "
                "({law})."),
        "mech": ("Қабылдауға жазылуды және МӘМС мәртебесін тексеруді eGov Mobile қосымшасы, "
                 "емхананың тіркеу бөлімі немесе 1406 нөмірі арқылы жасауға болады.",),
    },
    "en": {
        "law": ("Article 196 of the Code of the Republic of Kazakhstan “On Public Health and "
                "the Healthcare System”",),
        "sat": ("You have been booked for a specialist consultation on {date} at {clinic}; the "
                "polyclinic management has been warned about the waiting-time violation "
                "({law}).",),
        "ref": ("Under {law}, care under compulsory insurance requires insured status; according "
                "to the fund, no contributions were received in the last 12 months.",),
        "exp": ("Under {law}, a specialist consultation on a GP's referral is free and must be "
                "provided within 10 working days.",),
        "mech": ("You can book appointments and check your insurance status in eGov Mobile or by "
                 "calling 1406.",),
    },
}

_ANSWERS["education"] = {
    "ru": {
        "law": ("ст. 8 Закона РК «Об образовании»", "п. 3 ст. 26 Закона РК «Об образовании»",
                "п. 15 Правил приёма на обучение в организации образования"),
        "sat": ("Ребёнку выдано направление в {kg} с {date}; путёвку можно получить в личном "
                "кабинете на портале ({law}).",
                "В {school_loc} с {date} введена ставка тьютора, ребёнок обучается с "
                "сопровождением согласно заключению ПМПК ({law})."),
        "ref": ("Свободных мест в дошкольных организациях района сейчас нет. Согласно {law} "
                "направление выдаётся в порядке очерёдности; Ваш текущий номер — {qnum3}.",
                "Проверка в {school_loc} факты принудительных сборов не подтвердила: "
                "родительский фонд формируется добровольно по решению попечительского совета "
                "({law})."),
        "exp": ("Разъясняем, что согласно {law} доплата сверх государственного образовательного "
                "заказа в частных детских садах не допускается; о таких фактах следует сообщать "
                "в отдел образования.",
                "Разъясняем, что строительство новой школы включено в план на ближайшие годы; до "
                "его завершения трёхсменное обучение сокращается за счёт модульных классов "
                "({law})."),
        "mech": ("Проверить очередь в детский сад и получить направление можно на портале "
                 "egov.kz в разделе «Образование».",),
    },
    "kk": {
        "law": ("«Білім туралы» Қазақстан Республикасы Заңының 8-бабы",
                "«Білім туралы» ҚР Заңының 26-бабының 3-тармағы"),
        "sat": ("Балаңызға {date_abl} бастап {kg_dat} жолдама берілді; жолдаманы порталдағы жеке "
                "кабинеттен алуға болады ({law}).",
                "{school_loc} {date_abl} бастап тьютор штаты енгізілді, бала ПМПК қорытындысына "
                "сәйкес сүйемелдеумен оқиды ({law})."),
        "ref": ("Қазір аудандағы мектепке дейінгі ұйымдарда бос орын жоқ. {law_dat} сәйкес "
                "жолдама кезек тәртібімен беріледі; қазіргі нөміріңіз — {qnum3}.",
                "{school_loc} жүргізілген тексеру мәжбүрлеп ақша жинау фактілерін растамады: ата-"
                "аналар қоры қамқоршылық кеңестің шешімімен ерікті түрде жасақталады ({law})."),
        "exp": ("{law_dat} сәйкес жекеменшік балабақшаларда мемлекеттік білім беру тапсырысынан "
                "тыс қосымша ақы алуға жол берілмейтінін түсіндіреміз; мұндай жағдайлар туралы "
                "білім бөліміне хабарлау қажет.",
                "Жаңа мектеп құрылысы алдағы жылдардың жоспарына енгізілгенін түсіндіреміз; ол "
                "аяқталғанға дейін үш ауысымды оқыту модульдік сыныптар есебінен азайтылады "
                "({law})."),
        "mech": ("Балабақша кезегін тексеріп, жолдама алуды egov.kz порталының «Білім беру» "
                 "бөлімінде жасауға болады.",),
    },
    "en": {
        "law": ("Article 8 of the Law of the Republic of Kazakhstan “On Education”",),
        "sat": ("Your child has been given a place at {kg} from {date}; the referral is in your "
                "personal account on the portal ({law}).",),
        "ref": ("There are no free kindergarten places in the district at present; under {law}, "
                "places are given in order of the waiting list (your number is {qnum3}).",),
        "exp": ("Under {law}, private kindergartens with a state order may not charge extra on "
                "top of the voucher; such cases should be reported to the education "
                "department.",),
        "mech": ("You can check the kindergarten waiting list on egov.kz, section "
                 "“Education”.",),
    },
}
# fmt: on

# fmt: off
_ANSWERS["social_protection"] = {
    "ru": {
        "law": ("ст. 100 Социального кодекса РК", "п. 1 ст. 125 Социального кодекса РК",
                "ст. 141 Социального кодекса РК"),
        "sat": ("Выплата возобновлена с {date}, задолженность за прошлые месяцы будет "
                "перечислена до {date2} ({law}).",
                "Вам назначена адресная социальная помощь с месяца обращения; первая выплата "
                "поступит до {date} ({law})."),
        "ref": ("Согласно {law}, право на адресную социальную помощь имеют лица со "
                "среднедушевым доходом ниже черты бедности; по представленным сведениям доход "
                "семьи превышает этот порог.",
                "Решение отдела медико-социальной экспертизы принято по итогам освидетельствования "
                "в соответствии с {law}; оснований для его отмены не установлено."),
        "exp": ("Разъясняем, что выплата приостановлена из-за расхождения сведений в "
                "государственной базе «Физические лица»; после их уточнения в ЦОНе выплата "
                "будет возобновлена с даты приостановления ({law}).",
                "Разъясняем, что решение МСЭ может быть обжаловано в вышестоящий отдел МСЭ в "
                "течение месяца; для повторного освидетельствования нужны новые медицинские "
                "документы ({law})."),
        "mech": ("Подать заявление и проверить статус выплаты можно на портале egov.kz или в "
                 "ЦОНе с удостоверением личности и сведениями о доходах.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Әлеуметтік кодексінің 100-бабы",
                "ҚР Әлеуметтік кодексінің 125-бабының 1-тармағы"),
        "sat": ("Төлем {date_abl} бастап қайта жалғастырылды, өткен айлардағы берешек {date2_dat} "
                "дейін аударылады ({law}).",
                "Сізге өтініш берген айдан бастап атаулы әлеуметтік көмек тағайындалды; алғашқы "
                "төлем {date_dat} дейін түседі ({law})."),
        "ref": ("{law_dat} сәйкес атаулы әлеуметтік көмекке жан басына шаққандағы табысы кедейлік "
                "шегінен төмен адамдардың құқығы бар; ұсынылған мәліметтер бойынша отбасының "
                "табысы бұл шектен асады.",
                "Медициналық-әлеуметтік сараптама бөлімінің шешімі куәландыру нәтижесінде "
                "{law_dat} сәйкес қабылданған; оның күшін жоюға негіз анықталған жоқ."),
        "exp": ("Төлем «Жеке тұлғалар» мемлекеттік дерекқорындағы мәліметтердің сәйкес "
                "келмеуіне байланысты тоқтатылғанын түсіндіреміз; ХҚКО-да оларды нақтылағаннан "
                "кейін төлем тоқтатылған күннен бастап қайта жалғасады ({law}).",
                "МӘС шешіміне бір ай ішінде жоғары тұрған МӘС бөліміне шағым беруге болатынын "
                "түсіндіреміз; қайта куәландыру үшін жаңа медициналық құжаттар қажет ({law})."),
        "mech": ("Өтініш беруді және төлем мәртебесін тексеруді egov.kz порталында немесе "
                 "ХҚКО-да жеке куәлікпен және табыс туралы мәліметпен жасауға болады.",),
    },
    "en": {
        "law": ("Article 100 of the Social Code of the Republic of Kazakhstan",),
        "sat": ("The payment has been resumed from {date}; the arrears for the previous months "
                "will be transferred by {date2} ({law}).",),
        "ref": ("Under {law}, targeted social assistance is available where income per person "
                "is below the poverty line; your family's income exceeds it.",),
        "exp": ("The payment was suspended because of a data mismatch in the state register of "
                "individuals; once it is corrected at a service centre, payment resumes from the "
                "date of suspension ({law}).",),
        "mech": ("Apply and check the payment status on egov.kz or at a public service centre.",),
    },
}

_ANSWERS["employment"] = {
    "ru": {
        "law": ("ст. 113 Трудового кодекса РК", "ст. 52 Трудового кодекса РК",
                "ст. 182 Трудового кодекса РК",
                "ст. 102 Социального кодекса РК",
                "ст. 159 Трудового кодекса РК"),
        "sat": ("По результатам внеплановой проверки {employer} {date} выдано предписание "
                "погасить задолженность по заработной плате до {date2}; работодатель привлечён к "
                "административной ответственности ({law}).",
                "Вы направлены на молодёжную практику по специальности с {date} сроком на шесть "
                "месяцев ({law})."),
        "ref": ("Проверка не подтвердила нарушение трудового законодательства: увольнение "
                "произведено в соответствии с {law} с соблюдением порядка уведомления.",
                "Согласно {law}, инспекция труда не разрешает индивидуальные трудовые споры — их "
                "рассматривают согласительная комиссия или суд."),
        "exp": ("Разъясняем, что в соответствии с {law} заработная плата выплачивается не реже "
                "одного раза в месяц; за задержку работодатель несёт ответственность и выплачивает "
                "пеню.",
                "Разъясняем, что индивидуальный трудовой спор рассматривает согласительная "
                "комиссия, а при её отсутствии — суд ({law})."),
        "mech": ("Подать жалобу на работодателя или встать на учёт в центре занятости можно "
                 "через портал enbek.kz или egov.kz.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Еңбек кодексінің 113-бабы",
                "ҚР Еңбек кодексінің 52-бабы",
                "ҚР Еңбек кодексінің 159-бабы",
                "ҚР Әлеуметтік кодексінің 102-бабы"),
        "sat": ("{date_loc} жүргізілген жоспардан тыс тексеру нәтижесінде {employer_dat} жалақы "
                "бойынша берешекті {date2_dat} дейін өтеу туралы нұсқама берілді; жұмыс беруші "
                "әкімшілік жауапкершілікке тартылды ({law}).",
                "Сіз {date_abl} бастап алты ай мерзімге мамандығыңыз бойынша жастар практикасына "
                "жіберілдіңіз ({law})."),
        "ref": ("Тексеру еңбек заңнамасының бұзылғанын растамады: жұмыстан шығару {law_dat} "
                "сәйкес, ескерту тәртібі сақтала отырып жүргізілген.",
                "{law_dat} сәйкес еңбек инспекциясы жеке еңбек дауларын шешпейді — оларды "
                "келісім комиссиясы немесе сот қарайды."),
        "exp": ("{law_dat} сәйкес жалақы айына кемінде бір рет төленетінін түсіндіреміз; "
                "кешіктіргені үшін жұмыс беруші жауап береді және өсімпұл төлейді.",
                "Жеке еңбек дауын келісім комиссиясы, ол болмаса — сот қарайтынын түсіндіреміз "
                "({law})."),
        "mech": ("Жұмыс берушіге шағым беруді не жұмыспен қамту орталығында есепке тұруды "
                 "enbek.kz немесе egov.kz порталы арқылы жасауға болады.",),
    },
    "en": {
        "law": ("Article 113 of the Labour Code of the Republic of Kazakhstan",),
        "sat": ("After an unscheduled inspection on {date}, {employer} was ordered to pay off "
                "the wage arrears by {date2} and fined ({law}).",),
        "ref": ("The inspection did not confirm a breach of labour law: the dismissal complied "
                "with {law}, including the notice procedure.",),
        "exp": ("Under {law}, wages must be paid at least once a month; the employer is liable "
                "for delays and pays a penalty.",),
        "mech": ("You can file a complaint against the employer or register with the employment "
                 "centre on enbek.kz or egov.kz.",),
    },
}

_ANSWERS["public_order"] = {
    "ru": {
        "law": ("ст. 180 Уголовно-процессуального кодекса РК",
                "ст. 73 Кодекса РК об административных правонарушениях",
                "ст. 20 Закона РК «О профилактике правонарушений»"),
        "sat": ("Ваше заявление зарегистрировано в ЕРДР {date}, начато досудебное расследование; "
                "действия дежурного рассмотрены, к нему применено дисциплинарное взыскание "
                "({law}).",
                "Участковым инспектором проведена профилактическая беседа, нарушителю вынесено "
                "защитное предписание, семья поставлена на профилактический учёт ({law})."),
        "ref": ("Проверкой факты, изложенные в обращении, не подтвердились; оснований для мер "
                "в соответствии с {law} не установлено.",
                "Согласно {law}, указанные обстоятельства не содержат признаков уголовного "
                "правонарушения; материалы приобщены к номенклатурному делу."),
        "exp": ("Разъясняем, что заявление о правонарушении подлежит обязательной регистрации "
                "независимо от суммы ущерба ({law}); о ходе расследования можно узнать у "
                "следователя.",
                "Разъясняем, что меры профилактики бытового насилия применяются и по сообщению "
                "третьих лиц; пострадавшая может обратиться в кризисный центр или по телефону 150 "
                "({law})."),
        "mech": ("Узнать о регистрации заявления можно по номеру 102; телефон доверия для "
                 "пострадавших от насилия — 150.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Қылмыстық-процестік кодексінің 180-бабы",
                "Әкімшілік құқық бұзушылық туралы ҚР кодексінің 73-бабы"),
        "sat": ("Арызыңыз {date_loc} СДТБТ-да тіркеліп, сотқа дейінгі тергеп-тексеру басталды; "
                "кезекшінің әрекеті қаралып, оған тәртіптік жаза қолданылды ({law}).",
                "Учаскелік инспектор профилактикалық әңгіме жүргізді, құқық бұзушыға қорғау "
                "нұсқамасы шығарылды, отбасы профилактикалық есепке алынды ({law})."),
        "ref": ("Тексеру барысында өтініште көрсетілген деректер расталмады; {law_dat} сәйкес "
                "шара қолдануға негіз анықталған жоқ.",
                "{law_dat} сәйкес көрсетілген мән-жайларда қылмыстық құқық бұзушылық белгілері "
                "жоқ; материалдар номенклатуралық іске қосылды."),
        "exp": ("Құқық бұзушылық туралы арыз шығын мөлшеріне қарамастан міндетті түрде "
                "тіркелетінін түсіндіреміз ({law}); тергеу барысын тергеушіден білуге болады.",
                "Тұрмыстық зорлық-зомбылықтың алдын алу шаралары үшінші тұлғалардың хабары "
                "бойынша да қолданылатынын түсіндіреміз; зардап шегуші дағдарыс орталығына немесе "
                "150 сенім телефонына жүгіне алады ({law})."),
        "mech": ("Арыздың тіркелгенін 102 нөмірі арқылы білуге болады; зорлық-зомбылықтан зардап "
                 "шеккендерге арналған сенім телефоны — 150.",),
    },
    "en": {
        "law": ("Article 180 of the Criminal Procedure Code of the Republic of Kazakhstan",),
        "sat": ("Your report was entered in the Unified Register of Pre-trial Investigations on "
                "{date} and an investigation has started; the duty officer has been disciplined "
                "({law}).",),
        "ref": ("The check did not confirm the facts stated in your appeal; there are no grounds "
                "for action under {law}.",),
        "exp": ("A crime report must be registered whatever the amount of damage ({law}); the "
                "investigator can tell you how the case is progressing.",),
        "mech": ("You can check the registration of your report by calling 102; the helpline "
                 "for victims of violence is 150.",),
    },
}

_ANSWERS["justice"] = {
    "ru": {
        "law": ("ст. 98 Закона РК «Об исполнительном производстве и статусе судебных "
                "исполнителей»",
                "ст. 31 Закона РК «Об исполнительном производстве и статусе судебных "
                "исполнителей»",
                "ст. 27 Закона РК «Об адвокатской деятельности и юридической помощи»",
                "ст. 201 Кодекса РК «О браке (супружестве) и семье»"),
        "sat": ("Арест с банковского счёта, на который поступают социальные выплаты, снят "
                "{date}; списанные средства будут возвращены до {date2} ({law}).",
                "Судебному исполнителю поручено установить имущество должника; {date} вынесено "
                "постановление о временном ограничении его выезда из страны ({law})."),
        "ref": ("Согласно {law}, оснований для отмены постановления судебного исполнителя не "
                "установлено: взыскание обращено на средства, не относящиеся к социальным "
                "выплатам.",
                "Категория Вашего дела не входит в перечень, по которому гарантированная "
                "государством юридическая помощь оказывается бесплатно ({law})."),
        "exp": ("Разъясняем, что в соответствии с {law} на социальные выплаты не может быть "
                "обращено взыскание; для снятия ареста представьте судебному исполнителю выписку "
                "о назначении пособия.",
                "Разъясняем, что техническую ошибку в актовой записи исправляет орган регистрации "
                "по заявлению и подтверждающим документам, без обращения в суд ({law})."),
        "mech": ("Сведения об исполнительных производствах доступны на портале egov.kz; "
                 "заявление можно подать там же или в ЦОНе.",),
    },
    "kk": {
        "law": ("«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» ҚР Заңының "
                "98-бабы",
                "«Адвокаттық қызмет және заң көмегі туралы» ҚР Заңының 27-бабы",
                "«Неке (ерлі-зайыптылық) және отбасы туралы» ҚР Кодексінің 201-бабы"),
        "sat": ("Әлеуметтік төлемдер түсетін банк шотына салынған тыйым {date_loc} алынды; "
                "шешілген қаражат {date2_dat} дейін қайтарылады ({law}).",
                "Сот орындаушысына борышкердің мүлкін анықтау тапсырылды; {date_loc} оның елден "
                "шығуын уақытша шектеу туралы қаулы шығарылды ({law})."),
        "ref": ("{law_dat} сәйкес сот орындаушысының қаулысын жоюға негіз анықталған жоқ: өндіріп "
                "алу әлеуметтік төлемдерге жатпайтын қаражатқа қолданылған.",
                "Ісіңіздің санаты мемлекет кепілдік берген заң көмегі тегін көрсетілетін тізбеге "
                "кірмейді ({law})."),
        "exp": ("{law_dat} сәйкес әлеуметтік төлемдерге өндіріп алу қолданылмайтынын "
                "түсіндіреміз; тыйымды алу үшін сот орындаушысына жәрдемақы тағайындалғаны туралы "
                "үзінді көшірмені ұсыныңыз.",
                "Акт жазбасындағы техникалық қатені тіркеу органы өтініш пен растайтын құжаттар "
                "негізінде сотсыз түзететінін түсіндіреміз ({law})."),
        "mech": ("Атқарушылық іс жүргізу туралы мәліметтер egov.kz порталында қолжетімді; "
                 "өтінішті сонда немесе ХҚКО-да беруге болады.",),
    },
    "en": {
        "law": ("Article 98 of the Law of the Republic of Kazakhstan “On Enforcement "
                "Proceedings and the Status of Bailiffs”",),
        "sat": ("The freeze on the account receiving social payments was lifted on {date}; the "
                "money taken will be returned by {date2} ({law}).",),
        "ref": ("Under {law}, there are no grounds to cancel the bailiff's order: the recovery "
                "applies to funds that are not social payments.",),
        "exp": ("Under {law}, social payments cannot be seized; give the bailiff a statement "
                "showing the benefit award to have the freeze lifted.",),
        "mech": ("Enforcement proceedings can be checked on egov.kz, where you can also file an "
                 "application.",),
    },
}

_ANSWERS["public_services"] = {
    "ru": {
        "law": ("ст. 5 Закона РК «О государственных услугах»",
                "ст. 25 Закона РК «О государственных услугах»",
                "п. 2 ст. 11 Закона РК «О государственных услугах»"),
        "sat": ("Услуга оказана {date}, результат направлен в Ваш личный кабинет на egov.kz; "
                "сотрудник, допустивший нарушение срока, привлечён к дисциплинарной "
                "ответственности ({law}).",
                "С {date} в ЦОНе открыты дополнительные окна и восстановлена предварительная "
                "запись через бот и egov.kz ({law})."),
        "ref": ("Согласно {law}, срок оказания услуги исчисляется со дня сдачи полного пакета "
                "документов; документы были представлены не полностью, поэтому нарушения срока "
                "не установлено.",
                "Сведения в базе данных исправляются по заявлению их владельца с подтверждающими "
                "документами; в соответствии с {law} оснований вносить изменения по обращению "
                "нет."),
        "exp": ("Разъясняем, что в соответствии с {law} Вы вправе получать услугу в электронной "
                "форме, а при нарушении срока — обжаловать действия услугодателя.",
                "Разъясняем, что сведения о регистрации по месту жительства вносит орган "
                "регистрации; для их исправления обратитесь в ЦОН с удостоверением личности "
                "({law})."),
        "mech": ("Заказать услугу можно на портале egov.kz или в приложении eGov Mobile; "
                 "справки — по номеру 1414.",),
    },
    "kk": {
        "law": ("«Мемлекеттік көрсетілетін қызметтер туралы» ҚР Заңының 5-бабы",
                "«Мемлекеттік көрсетілетін қызметтер туралы» ҚР Заңының 25-бабы"),
        "sat": ("Қызмет {date_loc} көрсетіліп, нәтижесі egov.kz порталындағы жеке кабинетіңізге "
                "жіберілді; мерзімді бұзған қызметкер тәртіптік жауапкершілікке тартылды "
                "({law}).",
                "{date_abl} бастап ХҚКО-да қосымша терезелер ашылып, бот пен egov.kz арқылы алдын "
                "ала жазылу қалпына келтірілді ({law})."),
        "ref": ("{law_dat} сәйкес қызмет көрсету мерзімі құжаттардың толық топтамасы тапсырылған "
                "күннен бастап есептеледі; құжаттар толық ұсынылмағандықтан мерзімнің бұзылуы "
                "анықталған жоқ.",
                "Дерекқордағы мәліметтер олардың иесінің өтініші мен растайтын құжаттары бойынша "
                "түзетіледі; {law_dat} сәйкес өтініш бойынша өзгеріс енгізуге негіз жоқ."),
        "exp": ("{law_dat} сәйкес Сіз қызметті электрондық түрде алуға, ал мерзім бұзылса, "
                "қызмет берушінің әрекетіне шағым жасауға құқылы екеніңізді түсіндіреміз.",
                "Тұрғылықты жері бойынша тіркеу туралы мәліметтерді тіркеу органы енгізетінін "
                "түсіндіреміз; оларды түзету үшін жеке куәлікпен ХҚКО-ға жүгініңіз ({law})."),
        "mech": ("Қызметке egov.kz порталында немесе eGov Mobile қосымшасында тапсырыс беруге "
                 "болады; анықтама — 1414 нөмірі бойынша.",),
    },
    "en": {
        "law": ("Article 5 of the Law of the Republic of Kazakhstan “On Public Services”",),
        "sat": ("The service was delivered on {date} and the result sent to your personal "
                "account on egov.kz; the employee who missed the deadline has been disciplined "
                "({law}).",),
        "ref": ("Under {law}, the service deadline runs from the day a complete set of documents "
                "is submitted; your documents were incomplete, so no breach was found.",),
        "exp": ("Under {law}, you are entitled to receive the service online and to appeal "
                "against the provider if the deadline is missed.",),
        "mech": ("Order the service on egov.kz or in eGov Mobile; information line 1414.",),
    },
}

_ANSWERS["agriculture"] = {
    "ru": {
        "law": ("ст. 10 Закона РК «О ветеринарии»", "п. 24 Правил субсидирования",
                "ст. 7 Закона РК «О пастбищах»"),
        "sat": ("Заявка включена в реестр на выплату, средства будут перечислены до {date} "
                "({law}).",
                "В село направлен ветеринарный врач; вакцинация и идентификация скота будут "
                "проведены до {date} ({law})."),
        "ref": ("Согласно {law}, субсидии выплачиваются в пределах выделенных бюджетных средств; "
                "лимит на текущий год исчерпан, заявка будет рассмотрена при выделении "
                "дополнительных средств.",
                "Земли переданы в аренду по итогам конкурса в соответствии с {law}; оснований "
                "для расторжения договора не установлено."),
        "exp": ("Разъясняем, что согласно {law} ветеринарные мероприятия против особо опасных "
                "болезней проводятся за счёт бюджета; график вакцинации размещается в акимате "
                "сельского округа.",
                "Разъясняем, что пастбища распределяются по плану управления пастбищами, "
                "утверждённому маслихатом; жители вправе вносить предложения при его обсуждении "
                "({law})."),
        "mech": ("Подать заявку на субсидии и проверить её статус можно в информационной системе "
                 "субсидирования или через egov.kz.",),
    },
    "kk": {
        "law": ("«Ветеринария туралы» Қазақстан Республикасы Заңының 10-бабы",
                "«Жайылымдар туралы» ҚР Заңының 7-бабы",
                "Субсидиялау қағидаларының 24-тармағы"),
        "sat": ("Өтінім төлем тізіліміне енгізілді, қаражат {date_dat} дейін аударылады ({law}).",
                "Ауылға ветеринар дәрігер жіберілді; малды екпелеу мен бірдейлендіру {date_dat} "
                "дейін жүргізіледі ({law})."),
        "ref": ("{law_dat} сәйкес субсидия бөлінген бюджет қаражаты шегінде төленеді; ағымдағы "
                "жылдың лимиті таусылды, өтінім қосымша қаражат бөлінгенде қаралады.",
                "Жерлер {law_dat} сәйкес конкурс қорытындысы бойынша жалға берілген; шартты бұзуға "
                "негіз анықталған жоқ."),
        "exp": ("{law_dat} сәйкес аса қауіпті ауруларға қарсы ветеринариялық іс-шаралар бюджет "
                "есебінен жүргізілетінін түсіндіреміз; екпелеу кестесі ауылдық округ әкімдігінде "
                "ілінеді.",
                "Жайылымдар мәслихат бекіткен жайылымдарды басқару жоспары бойынша бөлінетінін "
                "түсіндіреміз; тұрғындар оны талқылау кезінде ұсыныс енгізе алады ({law})."),
        "mech": ("Субсидияға өтінім беруді және оның мәртебесін тексеруді субсидиялаудың "
                 "ақпараттық жүйесінде немесе egov.kz арқылы жасауға болады.",),
    },
    "en": {
        "law": ("Article 10 of the Law of the Republic of Kazakhstan “On Veterinary "
                "Medicine”",),
        "sat": ("A vet has been sent to the village; vaccination and identification of the "
                "livestock will be completed by {date} ({law}).",),
        "ref": ("Under {law}, subsidies are paid within the budget allocated; this year's limit "
                "is exhausted and the application will be considered when more funds are "
                "allocated.",),
        "exp": ("Under {law}, measures against especially dangerous animal diseases are funded "
                "by the budget; the vaccination schedule is posted at the rural district "
                "akimat.",),
        "mech": ("Apply for subsidies and check their status in the subsidy information system "
                 "or on egov.kz.",),
    },
}

_ANSWERS["ecology"] = {
    "ru": {
        "law": ("ст. 182 Экологического кодекса РК", "ст. 225 Экологического кодекса РК",
                "ст. 365 Экологического кодекса РК"),
        "sat": ("По итогам внеплановой проверки {date} нарушителю выдано предписание, материалы "
                "направлены для привлечения к административной ответственности; повторные замеры "
                "запланированы до {date2} ({law}).",
                "Место несанкционированного размещения отходов будет ликвидировано до {date}, на "
                "въезде установлен запрещающий знак ({law})."),
        "ref": ("Замеры {date} не выявили превышения предельно допустимых концентраций, поэтому "
                "оснований для мер в соответствии с {law} нет.",
                "Согласно {law}, внеплановая проверка природопользователя проводится при наличии "
                "подтверждённых сведений о нарушении; представленных данных недостаточно."),
        "exp": ("Разъясняем, что данные мониторинга качества воздуха публикуются на сайте "
                "«Казгидромет» в режиме онлайн ({law}).",
                "Разъясняем, что в соответствии с {law} ликвидацию несанкционированной свалки "
                "обеспечивает собственник земельного участка, а на землях общего пользования — "
                "акимат."),
        "mech": ("Сообщить о загрязнении можно на горячую линию департамента экологии или через "
                 "eOtinish.kz, приложив фото и координаты.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Экология кодексінің 182-бабы",
                "ҚР Экология кодексінің 365-бабы"),
        "sat": ("{date_loc} жүргізілген жоспардан тыс тексеру нәтижесінде бұзушыға нұсқама "
                "берілді, материалдар әкімшілік жауапкершілікке тарту үшін жіберілді; қайта "
                "өлшеу {date2_dat} дейін жоспарланған ({law}).",
                "Қалдықтар рұқсатсыз орналастырылған жер {date_dat} дейін тазартылады, "
                "кіреберіске тыйым белгісі қойылды ({law})."),
        "ref": ("{date_loc} жүргізілген өлшеулер ластаушы заттардың шекті рұқсат етілген "
                "концентрациясынан асқанын анықтаған жоқ, сондықтан {law_dat} сәйкес шара "
                "қолдануға негіз жоқ.",
                "{law_dat} сәйкес табиғат пайдаланушыны жоспардан тыс тексеру бұзушылық туралы "
                "расталған мәлімет болғанда жүргізіледі; ұсынылған деректер жеткіліксіз."),
        "exp": ("Ауа сапасын мониторингтеу деректері «Қазгидромет» сайтында онлайн режимде "
                "жарияланатынын түсіндіреміз ({law}).",
                "{law_dat} сәйкес рұқсатсыз қоқыс үйіндісін жерді меншік иесі, ал ортақ "
                "пайдаланылатын жерлерде әкімдік жоятынын түсіндіреміз."),
        "mech": ("Ластану туралы экология департаментінің жедел желісіне немесе eOtinish.kz "
                 "арқылы сурет пен координатты қоса хабарлауға болады.",),
    },
    "en": {
        "law": ("Article 182 of the Environmental Code of the Republic of Kazakhstan",),
        "sat": ("Following an unscheduled inspection on {date}, the polluter has been issued an "
                "order and the case referred for an administrative penalty ({law}).",),
        "ref": ("Measurements on {date} showed no excess over the maximum permissible "
                "concentrations, so there are no grounds for action under {law}.",),
        "exp": ("Air quality monitoring data are published online on the Kazhydromet website "
                "({law}).",),
        "mech": ("Report pollution to the ecology department's hotline or via eOtinish.kz with "
                 "photos and coordinates.",),
    },
}

_ANSWERS["taxes_finance"] = {
    "ru": {
        "law": ("ст. 492 Налогового кодекса РК",
                "ст. 36-2 Закона РК «О банках и банковской деятельности в Республике Казахстан»",
                "ст. 262 Кодекса РК «О таможенном регулировании в Республике Казахстан»",
                "ст. 118 Налогового кодекса РК"),
        "sat": ("Начисление налога и пени сторнировано {date}, изменения отражены в Вашем "
                "лицевом счёте ({law}).",
                "Приостановление расходных операций по банковскому счёту отменено {date} "
                "({law})."),
        "ref": ("Согласно {law}, плательщиком налога является лицо, на которое зарегистрировано "
                "транспортное средство; до снятия автомобиля с учёта начисление правомерно.",
                "Стоимость товаров в отправлении превышает беспошлинную норму, поэтому платежи "
                "начислены правомерно в соответствии с {law}."),
        "exp": ("Разъясняем, что для прекращения начисления налога на проданный автомобиль его "
                "необходимо снять с регистрационного учёта; при отсутствии покупателя — по "
                "решению суда ({law}).",
                "Разъясняем, что в соответствии с {law} банк обязан рассмотреть заявление "
                "заёмщика о реструктуризации в течение 15 календарных дней и сообщить о "
                "решении."),
        "mech": ("Проверить задолженность и уплатить налог можно в кабинете налогоплательщика на "
                 "kgd.gov.kz или в приложении eGov Mobile.",),
    },
    "kk": {
        "law": ("Қазақстан Республикасы Салық кодексінің 492-бабы",
                "«Қазақстан Республикасындағы банктер және банк қызметі туралы» ҚР Заңының "
                "36-2-бабы",
                "«Қазақстан Республикасындағы кедендік реттеу туралы» ҚР Кодексінің 262-бабы",
                "ҚР Салық кодексінің 118-бабы"),
        "sat": ("Салық пен өсімпұл есептеу {date_loc} сторноланды, өзгерістер дербес шотыңызда "
                "көрсетілді ({law}).",
                "Банк шоты бойынша шығыс операцияларын тоқтата тұру {date_loc} жойылды ({law})."),
        "ref": ("{law_dat} сәйкес салық төлеуші — көлік құралы кімнің атына тіркелсе, сол адам; "
                "көлік есептен шығарылғанға дейін салық есептеу заңды.",
                "Жөнелтілімдегі тауарлардың құны баж салынбайтын нормадан асады, сондықтан "
                "төлемдер {law_dat} сәйкес заңды есептелген."),
        "exp": ("Сатылған көлікке салық есептеуді тоқтату үшін оны тіркеу есебінен шығару "
                "қажеттігін түсіндіреміз; сатып алушы болмаса — сот шешімі бойынша ({law}).",
                "{law_dat} сәйкес банк қарыз алушының қайта құрылымдау туралы өтінішін 15 "
                "күнтізбелік күн ішінде қарап, шешімін хабарлауға міндетті екенін түсіндіреміз."),
        "mech": ("Берешекті тексеріп, салықты kgd.gov.kz сайтындағы салық төлеушінің кабинетінде "
                 "немесе eGov Mobile қосымшасында төлеуге болады.",),
    },
    "en": {
        "law": ("Article 492 of the Tax Code of the Republic of Kazakhstan",),
        "sat": ("The tax and penalty charges were reversed on {date}; the change is shown in "
                "your personal account ({law}).",),
        "ref": ("Under {law}, the taxpayer is the person in whose name the vehicle is "
                "registered; until the car is deregistered, the tax is charged lawfully.",),
        "exp": ("To stop the tax on a car you have sold, it must be deregistered; if the buyer "
                "cannot be found, by court decision ({law}).",),
        "mech": ("Check arrears and pay taxes in the taxpayer's account on kgd.gov.kz or in "
                 "eGov Mobile.",),
    },
}

_ANSWERS["business_economy"] = {
    "ru": {
        "law": ("ст. 30 Закона РК «О защите прав потребителей»",
                "ст. 144 Предпринимательского кодекса РК",
                "ст. 118 Предпринимательского кодекса РК",
                "ст. 22 Закона РК «О разрешениях и уведомлениях»",
                "ст. 94 Предпринимательского кодекса РК"),
        "sat": ("Продавцу {date} направлено предписание о возврате денежных средств; по "
                "информации продавца, возврат будет произведён до {date2} ({law}).",
                "Разрешительный документ выдан {date}, сотруднику, нарушившему срок, объявлено "
                "замечание ({law})."),
        "ref": ("Согласно {law}, требование о возврате средств предъявляется в течение "
                "гарантийного срока при наличии документа о покупке; представленных документов "
                "недостаточно.",
                "Заявка не набрала проходного балла по критериям конкурсного отбора, "
                "утверждённым в соответствии с {law}."),
        "exp": ("Разъясняем, что согласно {law} при обнаружении недостатков товара потребитель "
                "вправе потребовать замены, уменьшения цены или возврата денег в течение "
                "гарантийного срока.",
                "Разъясняем, что цены на социально значимые продовольственные товары "
                "отслеживаются еженедельно; при превышении предельной надбавки применяются меры в "
                "соответствии с {law}."),
        "mech": ("Подать жалобу на продавца можно в департамент по защите прав потребителей "
                 "через eOtinish.kz или по номеру 1414.",),
    },
    "kk": {
        "law": ("«Тұтынушылардың құқықтарын қорғау туралы» ҚР Заңының 30-бабы",
                "Қазақстан Республикасы Кәсіпкерлік кодексінің 144-бабы",
                "«Рұқсаттар және хабарламалар туралы» ҚР Заңының 22-бабы",
                "ҚР Кәсіпкерлік кодексінің 94-бабы"),
        "sat": ("{date_loc} сатушыға ақшаны қайтару туралы нұсқама жіберілді; сатушының "
                "ақпаратына сәйкес ақша {date2_dat} дейін қайтарылады ({law}).",
                "Рұқсат құжаты {date_loc} берілді, мерзімді бұзған қызметкерге ескерту жасалды "
                "({law})."),
        "ref": ("{law_dat} сәйкес ақшаны қайтару туралы талап кепілдік мерзімі ішінде сатып алу "
                "туралы құжат болғанда қойылады; ұсынылған құжаттар жеткіліксіз.",
                "Өтінім {law_dat} сәйкес бекітілген конкурстық іріктеу өлшемшарттары бойынша "
                "өту балын жинаған жоқ."),
        "exp": ("{law_dat} сәйкес тауардың ақауы анықталса, тұтынушы кепілдік мерзімі ішінде "
                "ауыстыруды, бағаны төмендетуді немесе ақшаны қайтаруды талап ете алатынын "
                "түсіндіреміз.",
                "Әлеуметтік маңызы бар азық-түлік бағасы апта сайын бақыланатынын, шекті үстеме "
                "асып кетсе, {law_dat} сәйкес шара қолданылатынын түсіндіреміз."),
        "mech": ("Сатушыға шағымды тұтынушылардың құқықтарын қорғау департаментіне eOtinish.kz "
                 "арқылы немесе 1414 нөмірі бойынша беруге болады.",),
    },
    "en": {
        "law": ("Article 30 of the Law of the Republic of Kazakhstan “On Consumer Protection”",),
        "sat": ("On {date} the seller was ordered to refund the money; according to the seller, "
                "the refund will be made by {date2} ({law}).",),
        "ref": ("Under {law}, a refund may be claimed within the warranty period on presentation "
                "of proof of purchase; the documents provided are insufficient.",),
        "exp": ("Under {law}, if a product is defective the consumer may demand a replacement, a "
                "price reduction or a refund within the warranty period.",),
        "mech": ("File a complaint against the seller with the consumer protection department "
                 "via eOtinish.kz or by calling 1414.",),
    },
}
# fmt: on

# fmt: off
_ANSWERS["migration"] = {
    "ru": {
        "law": ("ст. 49 Закона РК «О миграции населения»", "ст. 20 Закона РК «О миграции "
                "населения»", "п. 1 ст. 66 Закона РК «О миграции населения»",
                "ст. 8 Закона РК «Об образовании»"),
        "sat": ("Документы рассмотрены, разрешение на постоянное проживание оформлено {date}; "
                "вид на жительство можно получить в ЦОНе ({law}).",
                "Субсидии на переселение перечислены {date}, семья включена в программу "
                "содействия занятости ({law})."),
        "ref": ("Согласно {law}, основанием для выдачи разрешения является полный пакет "
                "документов; в представленном пакете нет справки об отсутствии судимости.",
                "Регистрация по месту пребывания производится с согласия собственника жилища в "
                "соответствии с {law}."),
        "exp": ("Разъясняем, что согласно {law} кандасам, переселившимся в регионы, определённые "
                "Правительством, выплачиваются субсидии на переезд и на аренду жилья.",
                "Разъясняем, что дети принимаются в школу по месту фактического проживания "
                "независимо от регистрации ({law})."),
        "mech": ("Подать документы можно через портал egov.kz или ЦОН; консультация — по номеру "
                 "1414.",),
    },
    "kk": {
        "law": ("«Халықтың көші-қоны туралы» Қазақстан Республикасы Заңының 49-бабы",
                "«Халықтың көші-қоны туралы» ҚР Заңының 20-бабы",
                "«Білім туралы» ҚР Заңының 8-бабы"),
        "sat": ("Құжаттар қаралып, тұрақты тұруға рұқсат {date_loc} ресімделді; ықтиярхатты "
                "ХҚКО-дан алуға болады ({law}).",
                "Қоныс аударуға берілетін субсидиялар {date_loc} аударылды, отбасы жұмыспен "
                "қамтуға жәрдемдесу бағдарламасына енгізілді ({law})."),
        "ref": ("{law_dat} сәйкес рұқсат беруге құжаттардың толық топтамасы негіз болады; "
                "ұсынылған топтамада соттылығы жоқ екені туралы анықтама жоқ.",
                "Уақытша тұратын жері бойынша тіркеу {law_dat} сәйкес тұрғын үй иесінің "
                "келісімімен жүргізіледі."),
        "exp": ("{law_dat} сәйкес Үкімет айқындаған өңірлерге қоныс аударған қандастарға көшуге "
                "және тұрғын үй жалдауға субсидия төленетінін түсіндіреміз.",
                "Балалар тіркеуге қарамастан нақты тұратын жері бойынша мектепке қабылданатынын "
                "түсіндіреміз ({law})."),
        "mech": ("Құжаттарды egov.kz порталы немесе ХҚКО арқылы тапсыруға болады; кеңес — 1414 "
                 "нөмірі бойынша.",),
    },
    "en": {
        "law": ("Article 49 of the Law of the Republic of Kazakhstan “On Migration of the "
                "Population”",),
        "sat": ("The documents have been reviewed and the permanent residence permit was issued "
                "on {date}; the residence card can be collected at a service centre ({law}).",),
        "ref": ("Under {law}, a permit is issued on a complete set of documents; the certificate "
                "of no criminal record is missing.",),
        "exp": ("Children are admitted to school where they actually live, regardless of "
                "registration ({law}).",),
        "mech": ("Documents can be submitted via egov.kz or at a public service centre; "
                 "information line 1414.",),
    },
}

_ANSWERS["emergencies"] = {
    "ru": {
        "law": ("ст. 16 Закона РК «О гражданской защите»", "ст. 50 Закона РК «О гражданской "
                "защите»", "п. 1 ст. 18 Закона РК «О гражданской защите»"),
        "sat": ("Ремонт дамбы и очистка водопропускных труб будут выполнены до {date}; в зоне "
                "подтопления заготовлены мешки с песком ({law}).",
                "Единовременная выплата перечислена {date}; повторная оценка ущерба проведена с "
                "участием независимого оценщика ({law})."),
        "ref": ("Согласно {law}, компенсация выплачивается за жилище, являющееся единственным "
                "местом проживания; по данным регистрационной службы у Вас имеется иное жильё.",
                "Создание пожарного поста в населённом пункте не предусмотрено, поскольку время "
                "прибытия подразделения соответствует нормативу ({law})."),
        "exp": ("Разъясняем, что в соответствии с {law} население оповещается сиренами, "
                "SMS-рассылкой и через СМИ; пункты сбора указаны на сайте акимата.",
                "Разъясняем, что размер единовременной выплаты определяет комиссия по итогам "
                "оценки ущерба ({law})."),
        "mech": ("При угрозе чрезвычайной ситуации звоните 112; информация о пунктах сбора и "
                 "эвакуации размещена на сайте акимата.",),
    },
    "kk": {
        "law": ("«Азаматтық қорғау туралы» Қазақстан Республикасы Заңының 16-бабы",
                "«Азаматтық қорғау туралы» ҚР Заңының 50-бабы"),
        "sat": ("Бөгетті жөндеу мен су өткізгіш құбырларды тазалау {date_dat} дейін жүргізіледі; "
                "су басу аймағында құм салынған қаптар дайындалды ({law}).",
                "Біржолғы төлем {date_loc} аударылды; шығын тәуелсіз бағалаушының қатысуымен "
                "қайта бағаланды ({law})."),
        "ref": ("{law_dat} сәйкес өтемақы жалғыз тұрғын үй болып табылатын баспана үшін "
                "төленеді; тіркеу қызметінің деректері бойынша Сізде басқа тұрғын үй бар.",
                "Бөлімшенің келу уақыты нормативке сай болғандықтан, елді мекенде өрт сөндіру "
                "бекетін құру көзделмеген ({law})."),
        "exp": ("{law_dat} сәйкес халыққа сирена, SMS-хабарлама және БАҚ арқылы хабарланатынын "
                "түсіндіреміз; жиналу пункттері әкімдік сайтында көрсетілген.",
                "Біржолғы төлемнің мөлшерін шығынды бағалау нәтижесі бойынша комиссия "
                "айқындайтынын түсіндіреміз ({law})."),
        "mech": ("Төтенше жағдай қаупі төнгенде 112 нөміріне қоңырау шалыңыз; жиналу және "
                 "эвакуация пункттері туралы ақпарат әкімдік сайтында.",),
    },
    "en": {
        "law": ("Article 16 of the Law of the Republic of Kazakhstan “On Civil Protection”",),
        "sat": ("The dam repair and culvert cleaning will be completed by {date}; sandbags have "
                "been stocked in the flood zone ({law}).",),
        "ref": ("Under {law}, compensation is paid for a dwelling that is the only home; "
                "according to the registry, you own other housing.",),
        "exp": ("Under {law}, the population is warned by sirens, SMS and the media; assembly "
                "points are listed on the akimat's website.",),
        "mech": ("In an emergency call 112; assembly and evacuation points are listed on the "
                 "akimat's website.",),
    },
}

_ANSWERS["culture_sport"] = {
    "ru": {
        "law": ("ст. 7 Закона РК «О физической культуре и спорте»",
                "ст. 27 Закона РК «О культуре»",
                "ст. 30 Закона РК «Об охране и использовании объектов историко-культурного "
                "наследия»"),
        "sat": ("Школьный стадион с {date} открыт для жителей по вечерам и в выходные; "
                "строительство спортплощадки включено в план на следующий год ({law}).",
                "Ремонт Дома культуры включён в бюджетную заявку; кружки возобновят работу с "
                "{date} во временном помещении ({law})."),
        "ref": ("Объект не включён в государственный список памятников истории и культуры, "
                "поэтому меры государственной охраны согласно {law} на него не распространяются.",
                "Средства на строительство спортивных объектов в текущем году бюджетом не "
                "предусмотрены ({law})."),
        "exp": ("Разъясняем, что согласно {law} спортивные объекты школ могут использоваться "
                "населением во внеучебное время по графику, утверждённому руководителем.",
                "Разъясняем, что бесплатные секции для детей работают при детско-юношеских "
                "спортивных школах; расписание опубликовано на сайте отдела ({law})."),
        "mech": ("Записать ребёнка в бесплатную секцию можно через портал egov.kz или в "
                 "детско-юношеской спортивной школе.",),
    },
    "kk": {
        "law": ("«Дене шынықтыру және спорт туралы» ҚР Заңының 7-бабы",
                "«Мәдениет туралы» Қазақстан Республикасы Заңының 27-бабы",
                "«Тарихи-мәдени мұра объектілерін қорғау және пайдалану туралы» ҚР Заңының "
                "30-бабы"),
        "sat": ("Мектеп стадионы {date_abl} бастап тұрғындар үшін кешке және демалыс күндері "
                "ашық; спорт алаңын салу келесі жылғы жоспарға енгізілді ({law}).",
                "Мәдениет үйін жөндеу бюджеттік өтінімге енгізілді; үйірмелер {date_abl} бастап "
                "уақытша үй-жайда жұмысын қайта бастайды ({law})."),
        "ref": ("Нысан тарих және мәдениет ескерткіштерінің мемлекеттік тізіміне енгізілмеген, "
                "сондықтан {law_dat} сәйкес мемлекеттік қорғау шаралары оған қолданылмайды.",
                "Ағымдағы жылы спорт нысандарын салуға бюджетте қаражат көзделмеген ({law})."),
        "exp": ("{law_dat} сәйкес мектептің спорт нысандарын сабақтан тыс уақытта басшы "
                "бекіткен кесте бойынша тұрғындар пайдалана алатынын түсіндіреміз.",
                "Балаларға арналған тегін секциялар балалар мен жасөспірімдер спорт мектептерінде "
                "жұмыс істейтінін түсіндіреміз; кестесі бөлім сайтында жарияланған ({law})."),
        "mech": ("Баланы тегін секцияға egov.kz порталы арқылы немесе балалар мен жасөспірімдер "
                 "спорт мектебінде жазуға болады.",),
    },
    "en": {
        "law": ("Article 7 of the Law of the Republic of Kazakhstan “On Physical Culture and "
                "Sport”",),
        "sat": ("From {date} the school stadium is open to residents in the evenings and at "
                "weekends; a sports ground is in next year's plan ({law}).",),
        "ref": ("The building is not on the state list of historical and cultural monuments, so "
                "state protection under {law} does not apply.",),
        "exp": ("Under {law}, school sports facilities may be used by residents outside school "
                "hours on a schedule approved by the head.",),
        "mech": ("Enrol your child in a free sports club via egov.kz or at a youth sports "
                 "school.",),
    },
}

_ANSWERS["digital_communications"] = {
    "ru": {
        "law": ("ст. 20 Закона РК «О связи»", "ст. 8 Закона РК «О персональных данных и их "
                "защите»", "ст. 15 Закона РК «О почте»"),
        "sat": ("Населённый пункт включён в проект по обеспечению широкополосным доступом; "
                "базовая станция будет установлена до {date} ({law}).",
                "Оператору направлено требование устранить неисправность; по его информации "
                "связь восстановлена {date}, абонентская плата будет пересчитана ({law})."),
        "ref": ("Строительство сетей в населённом пункте не предусмотрено инвестиционной "
                "программой оператора на текущий год; согласно {law} такое решение принимает "
                "оператор.",
                "Проверкой факты незаконного доступа к Вашим персональным данным не "
                "подтвердились ({law})."),
        "exp": ("Разъясняем, что в соответствии с {law} субъект персональных данных вправе "
                "знать, кто и когда получал доступ к его данным; журнал доступа есть в личном "
                "кабинете eGov.",
                "Разъясняем, что при перерыве в связи более суток абонент вправе требовать "
                "перерасчёта ({law})."),
        "mech": ("Сообщить о неисправности можно в контакт-центр оператора или через "
                 "eOtinish.kz; журнал доступа к персональным данным — в кабинете egov.kz.",),
    },
    "kk": {
        "law": ("«Байланыс туралы» Қазақстан Республикасы Заңының 20-бабы",
                "«Дербес деректер және оларды қорғау туралы» ҚР Заңының 8-бабы"),
        "sat": ("Елді мекен кең жолақты қолжетімділікпен қамтамасыз ету жобасына енгізілді; "
                "базалық станция {date_dat} дейін орнатылады ({law}).",
                "Операторға ақауды жою туралы талап жіберілді; оның ақпаратына сәйкес байланыс "
                "{date_loc} қалпына келтірілді, абоненттік ақы қайта есептеледі ({law})."),
        "ref": ("Ағымдағы жылы елді мекенде желі салу оператордың инвестициялық бағдарламасында "
                "көзделмеген; {law_dat} сәйкес мұндай шешімді оператор қабылдайды.",
                "Тексеру дербес деректеріңізге заңсыз қол жеткізу фактілерін растамады ({law})."),
        "exp": ("{law_dat} сәйкес дербес деректер субъектісі өз деректеріне кім, қашан қол "
                "жеткізгенін білуге құқылы екенін түсіндіреміз; қол жеткізу журналы eGov жеке "
                "кабинетінде бар.",
                "Байланыс бір тәуліктен артық үзілсе, абонент қайта есептеуді талап етуге құқылы "
                "екенін түсіндіреміз ({law})."),
        "mech": ("Ақау туралы оператордың байланыс орталығына немесе eOtinish.kz арқылы "
                 "хабарлауға болады; дербес деректерге қол жеткізу журналы — egov.kz "
                 "кабинетінде.",),
    },
    "en": {
        "law": ("Article 20 of the Law of the Republic of Kazakhstan “On Communications”",),
        "sat": ("The settlement has been included in the broadband project; a base station will "
                "be installed by {date} ({law}).",),
        "ref": ("Network construction in the settlement is not in the operator's investment "
                "programme this year; under {law} that decision rests with the operator.",),
        "exp": ("Under {law}, you are entitled to know who accessed your personal data and when; "
                "the access log is in your eGov account.",),
        "mech": ("Report faults to the operator's contact centre or via eOtinish.kz.",),
    },
}

_ANSWERS["defence"] = {
    "ru": {
        "law": ("ст. 35 Закона РК «О воинской службе и статусе военнослужащих»",
                "ст. 49 Закона РК «О воинской службе и статусе военнослужащих»",
                "п. 1 ст. 16 Закона РК «О воинской службе и статусе военнослужащих»"),
        "sat": ("Вашему сыну предоставлена отсрочка от призыва на период обучения, повестка "
                "отозвана ({law}).",
                "Военнослужащий {date} направлен на обследование в военный госпиталь; "
                "командованию части указано на недопустимость подобных случаев ({law})."),
        "ref": ("Согласно {law}, отсрочка предоставляется обучающимся по очной форме; "
                "представленная справка очную форму обучения не подтверждает.",
                "Задолженности по компенсации за наём жилья не установлено: выплаты произведены в "
                "полном объёме ({law})."),
        "exp": ("Разъясняем, что на воинский учёт при переезде ставит местный орган военного "
                "управления по месту жительства при предъявлении удостоверения личности и "
                "военного билета ({law}).",
                "Разъясняем, что военнослужащим, не обеспеченным служебным жильём, выплачивается "
                "компенсация за наём жилища в порядке, установленном {law}."),
        "mech": ("Узнать о статусе отсрочки и воинском учёте можно в отделе по делам обороны "
                 "или на портале egov.kz.",),
    },
    "kk": {
        "law": ("«Әскери қызмет және әскери қызметшілердің мәртебесі туралы» ҚР Заңының "
                "35-бабы",
                "«Әскери қызмет және әскери қызметшілердің мәртебесі туралы» ҚР Заңының "
                "49-бабы"),
        "sat": ("Ұлыңызға оқу кезеңіне әскерге шақыруды кейінге қалдыру берілді, шақыру қағазы "
                "кері қайтарылды ({law}).",
                "Әскери қызметші {date_loc} әскери госпитальға тексеруге жіберілді; бөлім "
                "қолбасшылығына мұндай жағдайларға жол берілмейтіні ескертілді ({law})."),
        "ref": ("{law_dat} сәйкес кейінге қалдыру күндізгі оқу нысанында оқитындарға беріледі; "
                "ұсынылған анықтама күндізгі оқу нысанын растамайды.",
                "Тұрғын үй жалдау өтемақысы бойынша берешек анықталған жоқ: төлемдер толық "
                "жасалған ({law})."),
        "exp": ("Көшкен кезде әскери есепке тұрғылықты жері бойынша жергілікті әскери басқару "
                "органы жеке куәлік пен әскери билетті көрсеткенде қоятынын түсіндіреміз "
                "({law}).",
                "Қызметтік тұрғын үймен қамтамасыз етілмеген әскери қызметшілерге тұрғын үй "
                "жалдау өтемақысы {law_dat} сәйкес төленетінін түсіндіреміз."),
        "mech": ("Кейінге қалдыру мен әскери есеп туралы қорғаныс істері жөніндегі бөлімнен "
                 "немесе egov.kz порталынан білуге болады.",),
    },
    "en": {
        "law": ("Article 35 of the Law of the Republic of Kazakhstan “On Military Service and "
                "the Status of Servicemen”",),
        "sat": ("Your son has been granted a deferment for the period of his studies and the "
                "call-up papers have been withdrawn ({law}).",),
        "ref": ("Under {law}, deferment is granted to full-time students; the certificate "
                "provided does not confirm full-time study.",),
        "exp": ("After a move, military registration is done by the local military authority on "
                "presentation of an ID card and military ID ({law}).",),
        "mech": ("Check the deferment and registration status at the defence affairs office or "
                 "on egov.kz.",),
    },
}

_ANSWERS["anti_corruption"] = {
    "ru": {
        "law": ("ст. 24 Закона РК «О противодействии коррупции»",
                "ст. 12 Закона РК «О противодействии коррупции»", "ст. 366 УК РК"),
        "sat": ("По изложенным фактам {date} начато досудебное расследование; Вы признаны лицом, "
                "сообщившим о коррупционном правонарушении, и находитесь под защитой государства "
                "({law}).",
                "По результатам проверки должностное лицо привлечено к дисциплинарной "
                "ответственности, материалы о конфликте интересов направлены в комиссию по этике "
                "({law})."),
        "ref": ("Проверкой факты коррупционных правонарушений не подтвердились; оснований для "
                "мер в соответствии с {law} не установлено.",
                "Доводы обращения носят предположительный характер и не содержат конкретных "
                "сведений о коррупционном правонарушении ({law})."),
        "exp": ("Разъясняем, что согласно {law} лицо, сообщившее о коррупционном "
                "правонарушении, находится под защитой государства и может быть поощрено.",
                "Разъясняем, что аудиозапись разговора можно передать в антикоррупционную службу "
                "лично или через call-центр 1424 ({law})."),
        "mech": ("Сообщить о коррупции можно по номеру 1424 или на сайте антикоррупционной "
                 "службы.",),
    },
    "kk": {
        "law": ("«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» ҚР Заңының 24-бабы",
                "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» ҚР Заңының 12-бабы"),
        "sat": ("Баяндалған деректер бойынша {date_loc} сотқа дейінгі тергеп-тексеру басталды; "
                "Сіз сыбайлас жемқорлық құқық бұзушылығы туралы хабарлаған адам деп танылдыңыз "
                "және мемлекеттің қорғауындасыз ({law}).",
                "Тексеру нәтижесінде лауазымды тұлға тәртіптік жауапкершілікке тартылды, мүдделер "
                "қақтығысы туралы материалдар әдеп жөніндегі комиссияға жіберілді ({law})."),
        "ref": ("Тексеру сыбайлас жемқорлық құқық бұзушылықтарының фактілерін растамады; "
                "{law_dat} сәйкес шара қолдануға негіз анықталған жоқ.",
                "Өтініштің уәждері болжамды сипатта және сыбайлас жемқорлық құқық бұзушылығы "
                "туралы нақты мәлімет жоқ ({law})."),
        "exp": ("{law_dat} сәйкес сыбайлас жемқорлық туралы хабарлаған адам мемлекеттің "
                "қорғауында болатынын және көтермеленуі мүмкін екенін түсіндіреміз.",
                "Әңгіменің аудиожазбасын сыбайлас жемқорлыққа қарсы қызметке жеке өзіңіз немесе "
                "1424 байланыс орталығы арқылы беруге болатынын түсіндіреміз ({law})."),
        "mech": ("Сыбайлас жемқорлық туралы 1424 нөмірі бойынша немесе сыбайлас жемқорлыққа "
                 "қарсы қызметтің сайтында хабарлауға болады.",),
    },
    "en": {
        "law": ("Article 24 of the Law of the Republic of Kazakhstan “On Combating "
                "Corruption”",),
        "sat": ("A pre-trial investigation into the facts you reported was opened on {date}; "
                "you are recognised as a person who reported corruption and are under state "
                "protection ({law}).",),
        "ref": ("The check did not confirm any corruption offence; there are no grounds for "
                "action under {law}.",),
        "exp": ("Under {law}, a person who reports corruption is protected by the state and may "
                "be rewarded.",),
        "mech": ("Report corruption by calling 1424 or on the anti-corruption service's "
                 "website.",),
    },
}

_ANSWERS["other"] = {
    "ru": {
        "law": ("ст. 31 Закона РК «О местном государственном управлении и самоуправлении в "
                "Республике Казахстан»",
                "ст. 12 Закона РК «Об административно-территориальном устройстве Республики "
                "Казахстан»",
                "п. 8 Правил благоустройства территории"),
        "sat": ("Вопрос будет рассмотрен на заседании комиссии {date}; о решении Вам сообщат "
                "дополнительно ({law}).",
                "Работы будут выполнены до {date}, ответственный — отдел ЖКХ ({law})."),
        "ref": ("Согласно {law}, объект находится в частной собственности, и меры за счёт "
                "бюджета не предусмотрены; собственнику направлено уведомление.",
                "Бюджетом текущего года указанные работы не предусмотрены ({law})."),
        "exp": ("Разъясняем, что в соответствии с {law} наименования улицам присваиваются с "
                "учётом мнения жителей по заключению ономастической комиссии.",
                "Разъясняем, что вопрос будет рассмотрен при формировании бюджета на следующий "
                "год ({law})."),
        "mech": ("Следить за решением вопроса можно на портале eOtinish.kz по номеру "
                 "обращения.",),
    },
    "kk": {
        "law": ("«Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі "
                "басқару туралы» ҚР Заңының 31-бабы",
                "«Қазақстан Республикасының әкімшілік-аумақтық құрылысы туралы» ҚР Заңының "
                "12-бабы"),
        "sat": ("Мәселе {date_loc} комиссия отырысында қаралады; шешім туралы Сізге қосымша "
                "хабарланады ({law}).",
                "Жұмыстар {date_dat} дейін орындалады, жауапты — ТКШ бөлімі ({law})."),
        "ref": ("{law_dat} сәйкес нысан жеке меншікте, бюджет есебінен шара қолдану "
                "көзделмеген; меншік иесіне хабарлама жіберілді.",
                "Ағымдағы жылдың бюджетінде көрсетілген жұмыстар көзделмеген ({law})."),
        "exp": ("{law_dat} сәйкес көшелерге атау тұрғындардың пікірі ескеріліп, ономастика "
                "комиссиясының қорытындысы бойынша берілетінін түсіндіреміз.",
                "Мәселе келесі жылдың бюджетін қалыптастыру кезінде қаралатынын түсіндіреміз "
                "({law})."),
        "mech": ("Мәселенің шешілуін eOtinish.kz порталында өтініш нөмірі бойынша қадағалауға "
                 "болады.",),
    },
    "en": {
        "law": ("Article 31 of the Law of the Republic of Kazakhstan “On Local Government and "
                "Self-Government”",),
        "sat": ("The matter will be considered at the commission meeting on {date}; you will be "
                "informed of the decision ({law}).",),
        "ref": ("Under {law}, the building is privately owned and no budget-funded measures are "
                "provided for; the owner has been notified.",),
        "exp": ("The matter will be considered when next year's budget is drafted ({law}).",),
        "mech": ("You can follow the matter on eOtinish.kz using your appeal number.",),
    },
}
# fmt: on

# Which law (1-based index into "law") each snippet rests on: (first, second) snippet of
# "sat", "ref", "exp"; 0 = any of them. Spheres and languages not listed: any.
# fmt: off
_LAW_FOR: dict[str, dict[str, dict[str, tuple[int, int]]]] = {
    "housing": {"ru": {"sat": (3, 2), "ref": (3, 3), "exp": (2, 3)},
                "kk": {"sat": (3, 2), "ref": (3, 3), "exp": (2, 3)}},
    "utilities": {"ru": {"sat": (2, 1), "ref": (3, 2), "exp": (2, 1)},
                  "kk": {"sat": (1, 1), "ref": (2, 1), "exp": (1, 1)}},
    "roads_transport": {"ru": {"sat": (1, 2), "ref": (1, 3), "exp": (1, 2)},
                        "kk": {"sat": (1, 2), "ref": (1, 1), "exp": (1, 2)}},
    "urban_environment": {"ru": {"sat": (1, 2), "ref": (1, 1), "exp": (1, 1)},
                          "kk": {"sat": (1, 1), "ref": (1, 1), "exp": (1, 1)}},
    "land": {"ru": {"sat": (3, 4), "ref": (1, 2), "exp": (1, 5)},
             "kk": {"sat": (3, 4), "ref": (1, 2), "exp": (1, 5)}},
    "health": {"ru": {"sat": (1, 1), "ref": (2, 1), "exp": (1, 3)},
               "kk": {"sat": (1, 1), "ref": (2, 1), "exp": (1, 2)}},
    "education": {"ru": {"sat": (3, 1), "ref": (3, 1), "exp": (1, 1)},
                  "kk": {"sat": (2, 1), "ref": (2, 1), "exp": (1, 1)}},
    "employment": {"ru": {"sat": (1, 4), "ref": (2, 5), "exp": (1, 5)},
                   "kk": {"sat": (1, 4), "ref": (2, 3), "exp": (1, 3)}},
    "public_order": {"ru": {"sat": (1, 3), "ref": (0, 1), "exp": (1, 3)},
                     "kk": {"sat": (1, 2), "ref": (0, 1), "exp": (1, 2)}},
    "justice": {"ru": {"sat": (1, 2), "ref": (1, 3), "exp": (1, 4)},
                "kk": {"sat": (1, 1), "ref": (1, 2), "exp": (1, 3)}},
    "agriculture": {"ru": {"sat": (2, 1), "ref": (2, 3), "exp": (1, 3)},
                    "kk": {"sat": (3, 1), "ref": (3, 2), "exp": (1, 2)}},
    "taxes_finance": {"ru": {"sat": (1, 4), "ref": (1, 3), "exp": (1, 2)},
                      "kk": {"sat": (1, 4), "ref": (1, 3), "exp": (1, 2)}},
    "business_economy": {"ru": {"sat": (1, 4), "ref": (1, 5), "exp": (1, 2)},
                         "kk": {"sat": (1, 3), "ref": (1, 4), "exp": (1, 2)}},
    "migration": {"ru": {"sat": (0, 0), "ref": (0, 0), "exp": (0, 4)},
                  "kk": {"sat": (0, 0), "ref": (0, 0), "exp": (0, 3)}},
    "culture_sport": {"ru": {"sat": (1, 2), "ref": (3, 1), "exp": (1, 1)},
                      "kk": {"sat": (1, 2), "ref": (3, 1), "exp": (1, 1)}},
    "digital_communications": {"ru": {"sat": (1, 1), "ref": (1, 2), "exp": (2, 1)},
                               "kk": {"sat": (1, 1), "ref": (1, 2), "exp": (2, 1)}},
    "anti_corruption": {"ru": {"sat": (1, 2), "ref": (0, 0), "exp": (1, 1)},
                        "kk": {"sat": (1, 2), "ref": (0, 0), "exp": (1, 1)}},
    "other": {"ru": {"sat": (0, 0), "ref": (0, 0), "exp": (2, 0)},
              "kk": {"sat": (0, 0), "ref": (0, 0), "exp": (2, 0)}},
}
# fmt: on

# fmt: off
_ANSWER_FRAMES: dict[str, dict] = {
    "ru": {
        "anon": "Заявителю",
        "dear_anon": "Уважаемый заявитель!",
        "dear": {"m": "Уважаемый {name}!", "f": "Уважаемая {name}!", "": "Уважаемый(-ая) {name}!"},
        "thanks": ("Благодарим Вас за обращение.", "Благодарим Вас за обращение и неравнодушие.",
                   "Спасибо, что обратились к нам.",
                   "Благодарим за доверие и за то, что сообщили о проблеме."),
        "intro": ("{body}, рассмотрев Ваше обращение, сообщает следующее.",
                  "{body}, рассмотрев Ваше обращение от {adate}, сообщает следующее."),
        "lead": {
            "satisfied": ("Ваше обращение удовлетворено.",
                          "По результатам рассмотрения вопрос решён положительно."),
            "refused": ("По результатам рассмотрения в удовлетворении обращения отказано.",
                        "К сожалению, удовлетворить Вашу просьбу не представляется возможным."),
            "explained": ("По существу поставленного вопроса разъясняем следующее.",
                          "По Вашему вопросу даём следующее разъяснение."),
        },
        "measures": ("В ходе рассмотрения {mdate} осуществлён выезд на место.",
                     "В ходе рассмотрения запрошены сведения у уполномоченных организаций и "
                     "изучены представленные документы.",
                     "{mdate} проведено обследование с участием специалистов."),
        "law_line": "Основание: {law}.",
        "hearing": "Перед принятием решения Вам была предоставлена возможность высказать свою "
                   "позицию (ст. 73 АППК РК).",
        "contacts": ("По возникшим вопросам обращайтесь к исполнителю: {executor}{phone}.",
                     "Исполнитель: {executor}{phone}; приём граждан — вторник и четверг с 15:00 "
                     "до 18:00, каб. {room}."),
        "phone": ", тел. {ephone}",
        "appeal": ("В соответствии со статьёй 91 Административного процедурно-процессуального "
                   "кодекса Республики Казахстан Вы вправе обжаловать принятое решение в "
                   "вышестоящий административный орган (вышестоящему должностному лицу), подав "
                   "жалобу через орган, принявший решение, либо в суд.",
                   "Если Вы не согласны с решением, Вы вправе обжаловать его в порядке ст. 91 "
                   "АППК РК — в вышестоящий орган через орган, принявший решение, или в суд."),
        "rating": ("Просим оценить качество ответа по шкале от 1 до 5 — по QR-коду или ссылке в "
                   "уведомлении.",),
        "sign": ("С уважением,\n{body}",),
        "formal": ("Ваше обращение рассмотрено, информация принята к сведению.",
                   "Сообщаем, что Ваше обращение рассмотрено. Информация принята к сведению, "
                   "вопрос находится на контроле.",
                   "{body}, рассмотрев Ваше обращение, сообщает, что информация принята к "
                   "сведению. В соответствии со ст. 91 АППК РК Вы вправе обжаловать данный ответ.",
                   "По Вашему обращению сообщаем, что информация принята к сведению и будет "
                   "учтена в дальнейшей работе."),
        "formal_sign": "Исполнитель: {executor}{phone}",
        "body": "Государственный орган",
    },
    "kk": {
        "anon": "Өтініш берушіге",
        "dear_anon": "Құрметті өтініш беруші!",
        "dear": {"m": "Құрметті {name}!", "f": "Құрметті {name}!", "": "Құрметті {name}!"},
        "thanks": ("Өтінішіңіз үшін алғыс білдіреміз.", "Бізге жүгінгеніңіз үшін рақмет.",
                   "Мәселені көтергеніңіз үшін алғыс айтамыз."),
        "intro": ("{body} Сіздің өтінішіңізді қарап, мынаны хабарлайды.",
                  "{body} {adate_loc} келіп түскен өтінішіңізді қарап, төмендегіні хабарлайды."),
        "lead": {
            "satisfied": ("Өтінішіңіз қанағаттандырылды.",
                          "Қарау нәтижесінде мәселеңіз оң шешілді."),
            "refused": ("Қарау нәтижесінде өтінішіңізді қанағаттандырудан бас тартылды.",
                        "Өкінішке қарай, өтінішіңізді қанағаттандыру мүмкін емес."),
            "explained": ("Қойылған сұрақ бойынша мынаны түсіндіреміз.",
                          "Мәселеңіз бойынша төмендегі түсініктемені береміз."),
        },
        "measures": ("Өтінішті қарау барысында {mdate_loc} орнына барып тексеру жүргізілді.",
                     "Қарау барысында уәкілетті ұйымдардан мәліметтер сұратылып, ұсынылған "
                     "құжаттар зерделенді.",
                     "{mdate_loc} мамандардың қатысуымен тексеру жүргізілді."),
        "law_line": "Негіздеме: {law}.",
        "hearing": "Шешім қабылданар алдында Сізге өз ұстанымыңызды білдіру мүмкіндігі берілді "
                   "(ҚР ӘРПК-нің 73-бабы).",
        "contacts": ("Қосымша сұрақтар бойынша орындаушыға хабарласыңыз: {executor}{phone}.",
                     "Орындаушы: {executor}{phone}; азаматтарды қабылдау — сейсенбі мен бейсенбі "
                     "күндері 15:00–18:00, {room}-кабинет."),
        "phone": ", тел. {ephone}",
        "appeal": ("Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 91-бабына "
                   "сәйкес Сіз қабылданған шешімге шешім қабылдаған орган арқылы жоғары тұрған "
                   "әкімшілік органға (лауазымды адамға) не сотқа шағым жасауға құқылысыз.",
                   "Шешіммен келіспеген жағдайда, ҚР ӘРПК-нің 91-бабына сәйкес оған шешім "
                   "қабылдаған орган арқылы жоғары тұрған органға немесе сотқа шағым жасай "
                   "аласыз."),
        "rating": ("Жауаптың сапасын хабарламадағы QR-код немесе сілтеме арқылы 1-ден 5-ке "
                   "дейінгі шкала бойынша бағалауыңызды сұраймыз.",),
        "sign": ("Құрметпен,\n{body}",),
        "formal": ("Өтінішіңіз қаралды, ақпарат назарға алынды.",
                   "Өтінішіңіз қаралғанын хабарлаймыз. Ақпарат назарға алынды, мәселе "
                   "бақылауда.",
                   "{body} өтінішіңізді қарады. Ақпарат назарға алынды. ҚР ӘРПК-нің 91-бабына "
                   "сәйкес Сіз бұл жауапқа шағым жасауға құқылысыз.",
                   "Өтінішіңіз бойынша ақпарат назарға алынды және алдағы жұмыста ескерілетін "
                   "болады."),
        "formal_sign": "Орындаушы: {executor}{phone}",
        "body": "Мемлекеттік орган",
    },
    "en": {
        "anon": "To the applicant",
        "dear_anon": "Dear applicant,",
        "dear": {"m": "Dear {name},", "f": "Dear {name},", "": "Dear {name},"},
        "thanks": ("Thank you for your appeal.", "Thank you for raising this issue with us."),
        "intro": ("{body} has considered your appeal and informs you of the following.",
                  "{body} has considered your appeal of {adate} and informs you as follows."),
        "lead": {
            "satisfied": ("Your appeal has been granted.",
                          "Following consideration, the issue has been resolved in your "
                          "favour."),
            "refused": ("Following consideration, your request has been refused.",
                        "Unfortunately, we are unable to grant your request."),
            "explained": ("In response to your question, we would like to explain the "
                          "following.",),
        },
        "measures": ("During the consideration, a site visit was carried out on {mdate}.",
                     "During the consideration, information was requested from the competent "
                     "organisations and the documents provided were studied."),
        "law_line": "Legal basis: {law}.",
        "hearing": "Before the decision was taken, you were given the opportunity to state your "
                   "position (Article 73 of the APPC).",
        "contacts": ("For any questions, please contact the officer in charge: "
                     "{executor}{phone}.",),
        "phone": ", tel. {ephone}",
        "appeal": ("Under Article 91 of the Administrative Procedural and Process Code of the "
                   "Republic of Kazakhstan (APPC), you may appeal against this decision to the "
                   "higher administrative body through the body that took it, or to the court.",),
        "rating": ("Please rate this answer from 1 to 5 using the QR code or the link in the "
                   "notification.",),
        "sign": ("Kind regards,\n{body}",),
        "formal": ("Your appeal has been considered and the information has been noted.",
                   "We inform you that your appeal has been considered. The information has been "
                   "noted and the matter is under control.",
                   "The information in your appeal has been noted and will be taken into account "
                   "in our further work."),
        "formal_sign": "Officer in charge: {executor}{phone}",
        "body": "The state body",
    },
}

#: A phrase every formal reply ("отписка") contains and no full answer does, per language.
_FORMAL_MARKERS = {"ru": "принята к сведению", "kk": "назарға алынды", "en": "has been noted"}

_REPEAT_FRAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "open": ("Повторно обращаюсь по тому же вопросу.", "Это повторное обращение.",
                 "Обращаюсь повторно, так как вопрос до сих пор не решён.",
                 "Здравствуйте. Пишу повторно."),
        "answer": ("В ответе от {date} сообщили, что {promise}.",
                   "На предыдущее обращение пришёл ответ, что {promise}.",
                   "Ранее был получен ответ: «{promise}»."),
        "promise": ("вопрос взят на контроль", "работы будут выполнены до конца {month_gen}",
                    "информация принята к сведению",
                    "обращение направлено в подрядную организацию",
                    "вопрос будет рассмотрен при формировании бюджета на следующий год",
                    "нарушений не выявлено", "меры приняты"),
        "result": ("Однако ничего не изменилось.", "Прошло уже {months}, а воз и ныне там.",
                   "По факту никто даже не приезжал.", "Ответа по существу так и не последовало.",
                   "Обещанные сроки давно прошли."),
        "new_prefix": ("Добавлю новое: ", "Новые обстоятельства: ", ""),
        "new": ("за это время ситуация только ухудшилась.", "прилагаю фото и видео, снятые {date}.",
                "соседи поддержали обращение — прилагаю подписи {people} жителей.",
                "получено заключение независимого специалиста, которое подтверждает проблему "
                "(прилагаю).",
                "выяснилось, что в соседнем доме такой же вопрос решили за месяц.",
                "на руках акт обследования от {date}, где проблема подтверждена."),
        "nothing_new": ("Новых доводов нет — прошу наконец выполнить обещанное.", ""),
        "summary": ("Напомню суть обращения:", "Суть прежнего обращения:",
                    "Повторяю, о чём шла речь:"),
        "ask": ("Прошу рассмотреть вопрос по существу и дать конкретный ответ: что будет сделано "
                "и в какие сроки.",
                "Прошу провести проверку того, как было рассмотрено моё предыдущее обращение.",
                "Прошу взять вопрос на личный контроль руководителя.",
                "В случае очередной отписки обращусь в прокуратуру."),
        "close": ("С уважением.", "Жду ответа по существу.", ""),
    },
    "kk": {
        "open": ("Сол мәселе бойынша қайта жүгініп отырмын.", "Бұл — қайталама өтініш.",
                 "Мәселе әлі шешілмегендіктен, қайта жүгінуге мәжбүрмін.",
                 "Сәлеметсіз бе. Қайта жазып отырмын."),
        "answer": ("{date_loc} берілген жауапта «{promise}» деп хабарланды.",
                   "Алдыңғы өтінішіме «{promise}» деген жауап келді."),
        "promise": ("мәселе бақылауға алынды", "жұмыстар {month} айының соңына дейін орындалады",
                    "ақпарат назарға алынды", "өтініш мердігер ұйымға жіберілді",
                    "мәселе келесі жылдың бюджетін қалыптастыру кезінде қаралады",
                    "бұзушылық анықталған жоқ"),
        "result": ("Бірақ ештеңе өзгерген жоқ.", "Содан бері {months} өтті, әлі сол күйі.",
                   "Іс жүзінде ешкім келген де жоқ.", "Мәні бойынша жауап әлі берілмеді.",
                   "Уәде етілген мерзім әлдеқашан өтті."),
        "new_prefix": ("Жаңа дерек: ", "Қосарым: ", ""),
        "new": ("осы уақыт ішінде жағдай тіпті нашарлады.",
                "{date_loc} түсірілген фото мен бейнені қоса беремін.",
                "көршілер өтінішті қолдады — {people} тұрғынның қолын қоса беремін.",
                "мәселені растайтын тәуелсіз маманның қорытындысы алынды (қоса беріледі).",
                "көрші үйде дәл осындай мәселе бір айда шешілгені белгілі болды.",
                "қолымда мәселе расталған {date} күнгі тексеру актісі бар."),
        "nothing_new": ("Жаңа уәж жоқ — уәде етілгенді орындауды сұраймын.", ""),
        "summary": ("Өтініштің мәнін еске саламын:", "Бұрынғы өтініштің мәні:"),
        "ask": ("Мәселені мәні бойынша қарап, нақты жауап беруіңізді сұраймын: не істеледі және "
                "қашан.",
                "Алдыңғы өтінішімнің қалай қаралғанын тексеруіңізді сұраймын.",
                "Мәселені басшының жеке бақылауына алуыңызды сұраймын.",
                "Тағы да формалды жауап келсе, прокуратураға жүгінемін."),
        "close": ("Құрметпен.", "Мәні бойынша жауап күтемін.", ""),
    },
    "en": {
        "open": ("I am writing again about the same issue.", "This is a repeat appeal.",
                 "I have to write again because the problem has still not been solved."),
        "answer": ("In the reply of {date} I was told that {promise}.",
                   "My previous appeal received the answer that {promise}."),
        "promise": ("the matter was under control", "the work would be done by the end of {month}",
                    "the information had been noted",
                    "the appeal had been forwarded to the contractor",
                    "no violations had been found"),
        "result": ("Nothing has changed.", "{months} have passed and nothing has happened.",
                   "Nobody even came to look.", "No answer on the substance has been given."),
        "new_prefix": ("New information: ", ""),
        "new": ("since then the situation has got worse.",
                "I attach photos and videos taken on {date}.",
                "my neighbours support this appeal — I attach {people} signatures.",
                "an independent specialist's report confirming the problem is attached."),
        "nothing_new": ("I have no new arguments — I simply ask you to do what was promised.", ""),
        "summary": ("To remind you of the substance:", "My original appeal said:"),
        "ask": ("Please deal with the substance and tell me what will be done and when.",
                "Please check how my previous appeal was handled.",
                "If I receive another formal reply, I will turn to the prosecutor's office."),
        "close": ("Kind regards.", ""),
    },
}
# fmt: on

#: For spheres with several mechanisms: which one goes with a pinned law (default: the first).
_MECH_FOR_LAW: dict[str, dict[int, int]] = {"housing": {3: 1}}


# ---------------------------------------------------------------------------------------------
# Appeals
# ---------------------------------------------------------------------------------------------


def _scenario_pool(sphere: str, language: str, urgent: bool) -> list[_Scenario]:
    table = _SCENARIOS.get(sphere) or _SCENARIOS["other"]
    if urgent:
        return table.get(language + "!") or table[language]
    return table[language]


def _finish(text: str, slots: _Slots) -> str:
    return slots.unprotect(_tidy(text))


def compose_appeal(
    rng: random.Random,
    sphere: str,
    kind: str,
    language: str,
    place: str,
    urgent: bool = False,
) -> tuple[str, str]:
    """(subject, text). place is a locality/district name already in the right language."""
    language = language if language in _FRAMES else "ru"
    kind = kind if kind in KINDS else "statement"
    sphere = sphere if sphere in _SCENARIOS else "other"
    frames = _FRAMES[language]
    pool = _scenario_pool(sphere, language, urgent)
    if kind == "proposal":  # a proposal needs something to propose
        pool = [s for s in pool if s.proposal] or pool
    scenario = rng.choice(pool)

    slots = _Slots(rng, language)
    slots.put_raw("place", (place or "").strip() or frames["place"])
    slots["addressee"] = rng.choice(_ADDRESSEES[sphere][language])
    slots["o"] = _render(scenario.org or rng.choice(_ORGS[sphere][language]), slots)
    want = scenario.proposal if kind == "proposal" and scenario.proposal else scenario.want
    slots["w"] = _render(want, slots)
    slots["g"] = _render(scenario.topic, slots)
    if scenario.question:
        slots["q"] = _render(scenario.question, slots)

    roll = rng.random()
    if roll < 0.14:
        style = "short"
    elif roll < 0.40:
        style = "plain"
    elif roll < (0.66 if kind == "complaint" or urgent else 0.54):
        style = "emotional"
    else:
        style = "formal"

    core, _, details = scenario.text.partition("¦")
    narrative = core.strip() if style == "short" else f"{core.strip()} {details.strip()}"
    if style == "emotional":
        narrative += " {emo}"
    if style in ("plain", "formal") and "{tried}" not in scenario.text and rng.random() < 0.3:
        narrative += " {tried}"

    if kind == "request":
        ask = rng.choice(frames["request_q"] if scenario.question else frames["request"])
    elif kind == "feedback":
        ask = rng.choice(frames["feedback_pos" if rng.random() < 0.3 else "feedback_neg"])
    elif kind == "proposal" and not scenario.proposal:
        ask = rng.choice(frames["ask"]["statement"])
    else:
        ask = rng.choice(frames["ask"][kind])

    parts: list[str] = []
    if urgent:
        parts.append(rng.choice(frames["urgent_intro"]))
    greet = {"formal": 0.9, "plain": 0.3, "emotional": 0.3, "short": 0.1}[style]
    if rng.random() < greet:
        parts.append(rng.choice(frames["hello"]))
    if kind == "feedback" or style == "formal" or (style == "plain" and rng.random() < 0.5):
        parts.append(rng.choice(frames["intro"][kind]))
    if style == "short" or rng.random() < 0.35:
        parts.append(f"{narrative} {ask}")
    else:
        parts.extend((narrative, ask))
    if urgent:
        parts.append(rng.choice(frames["urgent_close"]))
    if style == "formal" or (style == "plain" and rng.random() < 0.5):
        parts.append(rng.choice(frames["close"]))
    elif style == "emotional" and rng.random() < 0.6:
        parts.append(rng.choice(frames["emo_close"]))
    text = _finish("\n\n".join(_render(part, slots) for part in parts if part), slots)

    subject = _render(rng.choice(scenario.subjects), slots)
    marked = subject.upper().startswith(("СРОЧНО", "ШҰҒЫЛ", "URGENT"))
    if urgent and not marked and rng.random() < 0.4:
        subject = rng.choice(frames["urgent_prefix"]) + subject
    elif not urgent and ":" not in subject and rng.random() < 0.18:
        subject = frames["prefix"][kind] + subject
    return _finish(subject, slots).rstrip("."), text


# ---------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------

_FEMALE_FIRST = {name for row in (*_KZ_WOMEN, *_RU_WOMEN) for name in row}
_MALE_FIRST = {name for row in (*_KZ_MEN, *_RU_MEN) for name in row}
_ORG_WORDS = {"ТОО", "ИП", "АО", "ГУ", "КГУ", "ОО", "ЖШС", "ЖК", "АҚ", "ММ", "LLP", "JSC", "ОСИ",
              "КСК", "ПИК", "МИБ"}  # fmt: skip


def _gender(last: str, first: str, patronymic: str) -> str:
    """'f', 'm' or '' from a name written Russian, Kazakh or Latin style."""
    low = patronymic.lower()
    if low.endswith(("вна", "чна", "қызы", "кызы", "kyzy", "qyzy", "ovna", "evna", "ichna")):
        return "f"
    if low.endswith(("вич", "ұлы", "улы", "uly", "ovich", "evich")):
        return "m"
    if first in _FEMALE_FIRST:
        return "f"
    if first in _MALE_FIRST:
        return "m"
    low = last.lower()
    if low.endswith(("ова", "ева", "ёва", "ина", "ая", "ova", "eva", "ina", "қызы")):
        return "f"
    if low.endswith(("ов", "ев", "ёв", "ин", "ий", "ov", "ev", "in", "ұлы")):
        return "m"
    return ""


def _salutation(applicant: str, language: str) -> str:
    frames = _ANSWER_FRAMES[language]
    tokens = applicant.split()
    is_person = (
        2 <= len(tokens) <= 3
        and tokens[0] not in _ORG_WORDS
        and all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in tokens)
    )
    if not is_person:
        return frames["dear_anon"]
    last, first = tokens[0], tokens[1]
    patronymic = tokens[2] if len(tokens) == 3 else ""
    gender = _gender(last, first, patronymic)
    if language == "ru":
        name = f"{first} {patronymic}" if patronymic else f"{first} {last}"
    elif language == "kk":
        if patronymic:
            name = f"{first} {patronymic}"
        elif gender:
            name = f"{first} {'мырза' if gender == 'm' else 'ханым'}"
        else:
            name = f"{first} {last}"
    else:
        name = f"{'Mr' if gender == 'm' else 'Ms'} {last}" if gender else f"{first} {last}"
    return frames["dear"][gender].replace("{name}", name)


def compose_answer(
    rng: random.Random,
    sphere: str,
    language: str,
    outcome: str,
    applicant: str,
    executor: str,
    executor_phone: str,
    body: str,
) -> str:
    """The text of an answer to an appeal of that sphere with that outcome."""
    language = language if language in _ANSWER_FRAMES else "ru"
    sphere = sphere if sphere in _ANSWERS else "other"
    outcome = outcome if outcome in OUTCOMES else "explained"
    frames = _ANSWER_FRAMES[language]
    slots = _Slots(rng, language)
    applicant = (applicant or "").strip()
    slots.put_raw("applicant", applicant or frames["anon"])
    slots.put_raw("body", (body or "").strip() or frames["body"])
    slots.put_raw("executor", (executor or "").strip() or "—")
    phone = (executor_phone or "").strip()
    slots.put_raw("ephone", phone)
    slots["phone"] = _render(frames["phone"], slots) if phone else ""
    slots["mdate"] = slots.value("date")  # the site visit; {date2} is a deadline after it
    salutation = slots.protect(_salutation(applicant, language))

    if rng.random() < FORMAL_SHARE:  # the formal reply the demo must show
        parts = ["{applicant}", rng.choice(frames["formal"]), frames["formal_sign"]]
        return _finish("\n\n".join(_render(part, slots) for part in parts), slots)

    content = _ANSWERS[sphere][language]
    key = {"satisfied": "sat", "refused": "ref", "explained": "exp"}[outcome]
    index = rng.randrange(len(content[key]))
    snippet = content[key][index]
    pins = _LAW_FOR.get(sphere, {}).get(language, {}).get(key, ())
    pin = pins[index] if index < len(pins) else 0
    laws = content["law"]
    slots["law"] = laws[pin - 1] if 0 < pin <= len(laws) else rng.choice(laws)
    if "{law" not in snippet:
        snippet += " " + frames["law_line"]
    # Most full answers have every element; some miss one, as real ones do.
    missing = rng.choice(("thanks", "mech", "rating", "measures")) if rng.random() < 0.2 else ""
    opening = rng.choice(frames["intro"])
    if missing != "thanks":
        opening = rng.choice(frames["thanks"]) + " " + opening
    decision = rng.choice(frames["lead"][outcome])
    if missing != "measures":
        decision += " " + rng.choice(frames["measures"])
    parts = ["{applicant}", salutation, opening, decision, snippet]
    if outcome == "refused" and rng.random() < 0.4:
        parts.append(frames["hearing"])
    if missing != "mech":
        mechanisms = content["mech"]
        if len(mechanisms) > 1 and pin:  # the mechanism that goes with the law cited
            parts.append(mechanisms[_MECH_FOR_LAW.get(sphere, {}).get(pin, 0)])
        else:
            parts.append(rng.choice(mechanisms))
    parts.append(rng.choice(frames["contacts"]))
    parts.append(rng.choice(frames["appeal"]))
    if missing != "rating":
        parts.append(rng.choice(frames["rating"]))
    parts.append(rng.choice(frames["sign"]))
    return _finish("\n\n".join(_render(part, slots) for part in parts), slots)


# ---------------------------------------------------------------------------------------------
# Repeat appeals
# ---------------------------------------------------------------------------------------------

_SHORT_LINE = 70


def _gist(original: str, limit: int = 600) -> str:
    """The substance of an earlier appeal: without greetings, closings and urgent flags."""
    paragraphs = [p.strip() for p in original.split("\n") if p.strip()]
    kept = [p for p in paragraphs if len(p) > _SHORT_LINE or p.endswith("?")]
    if not kept:
        kept = paragraphs
    text = " ".join(kept)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return (cut[: end + 1] if end > limit // 3 else cut.rstrip() + "…").strip()


def compose_repeat(rng: random.Random, original_text: str, language: str) -> str:
    """A repeat appeal by the same person on the same subject.

    It refers to the earlier answer and adds (or not) a new argument.
    """
    language = language if language in _REPEAT_FRAMES else "ru"
    frames = _REPEAT_FRAMES[language]
    slots = _Slots(rng, language)
    slots["promise"] = _render(rng.choice(frames["promise"]), slots)
    parts = [rng.choice(frames["open"])]
    parts.append(rng.choice(frames["answer"]) + " " + rng.choice(frames["result"]))
    if rng.random() < 0.6:
        parts.append(rng.choice(frames["new_prefix"]) + rng.choice(frames["new"]))
    else:
        parts.append(rng.choice(frames["nothing_new"]))
    gist = _gist(original_text or "")
    if gist:
        slots.put_raw("gist", gist)
        summary = rng.choice(frames["summary"]) + "\n{gist}"
        parts.insert(1 if rng.random() < 0.3 else len(parts), summary)
    parts.append(rng.choice(frames["ask"]))
    parts.append(rng.choice(frames["close"]))
    return _finish("\n\n".join(_render(part, slots) for part in parts if part), slots)


# Reasons officers give for extending the term: most name the facts still to be established,
# some are the boilerplate the extension check flags.
EXTENSION_REASONS = {
    "ru": [
        "Запрошены сведения из ГКП «Астана Су Арнасы» о графике ремонта водопровода по улице; "
        "ответ ожидается после комиссионного обследования участка 12 числа.",
        "Требуется выезд комиссии с участием представителя КСК для замера температуры в "
        "квартирах и составления акта; дата обследования согласована с заявителем.",
        "Направлен запрос в филиал НАО «Правительство для граждан» о причинах отказа в "
        "регистрации права; без их ответа вопрос по существу решить нельзя.",
        "Необходима проверка документов о трудовом стаже в архиве района, запрос направлен, "
        "архив отвечает в течение 10 рабочих дней.",
        "В связи с необходимостью дополнительного изучения.",
        "Для всестороннего и объективного рассмотрения обращения.",
    ],
    "kk": [
        "Су құбырын жөндеу кестесі туралы «Астана Су Арнасы» МКК-дан мәлімет сұралды; жауап "
        "учаскені комиссиялық тексергеннен кейін күтіледі.",
        "Пәтерлердегі температураны өлшеу үшін ПИБ өкілінің қатысуымен комиссия шығуы және акт "
        "жасау қажет; тексеру күні өтініш берушімен келісілді.",
        "Еңбек өтілі туралы құжаттарды аудандық мұрағатта тексеру қажет, сұрау салу жіберілді.",
        "Жан-жақты қарау қажеттілігіне байланысты.",
    ],
    "en": [
        "The district archive has been asked for the applicant's employment records; the "
        "decision on the pension recalculation depends on them.",
        "A commission must inspect the heating in the building together with the condominium "
        "and draw up a report; the inspection date is agreed with the applicant.",
        "For a more thorough review.",
    ],
}
