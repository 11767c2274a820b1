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

import re

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
    words = _KK_WORD_RE.findall(phrase)
    if not words:
        return phrase
    word = words[-1]
    hyphen = not phrase.endswith(word)  # «...» or an abbreviation with a full stop
    if word.isdigit():
        sound, hyphen = _kk_number_sound(int(word)), True
    elif len(word) > 1 and word.isupper():  # ПИК, ХҚКО, ЖШС
        low = word.lower()
        if any(ch in _KK_VOWELS for ch in low):
            sound = low
        else:
            sound = _KK_LETTER_NAMES.get(low[-1], "е")
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
