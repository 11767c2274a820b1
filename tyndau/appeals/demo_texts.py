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
    ("река Сырдарья", "Сырдария өзені", "the Syr Darya"), ("река Талас", "Талас өзені", "the Talas"),
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
    ("Шанырак", "Шаңырақ", "Shanyrak"), ("Акжол", "Ақжол", "Akzhol"), ("Сункар", "Сұңқар", "Sunkar"),
    ("Мерей", "Мерей", "Merei"), ("Бирлик", "Бірлік", "Birlik"), ("Уют", "Жайлы үй", "Uyut"),
    ("Самал-7", "Самал-7", "Samal-7"), ("Нур-Ай", "Нұр-Ай", "Nur-Ai"),
)
_FIRMS = (
    "СтройМонтаж-2010", "Алтын Дан", "Казстройсервис", "Агро-Нур", "ТехСнаб KZ", "Жол Курылыс",
    "Сарыарка Строй", "Евразия Логистик", "Нур Инвест Групп", "Азия Транс", "Бастау Агро",
    "Ертис Сервис", "Кайнар Строй", "Орда Девелопмент", "Аксу Металл",
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
        "ru": tuple(f"КСК «{n[0]}»" for n in _ORG_NAMES) + tuple(f"ОСИ «{n[0]}»" for n in _ORG_NAMES),
        "kk": tuple(f"«{n[1]}» ПИК" for n in _ORG_NAMES) + tuple(f"«{n[1]}» МИБ" for n in _ORG_NAMES),
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
        "en": tuple(f"{f} LLP" for f in _FIRMS),
    },
    "contractor": {
        "ru": ("ТОО «Жол Курылыс»", "ТОО «Дорстрой-7»", "ТОО «Кайнар Строй»", "ТОО «Асфальт-Сервис»"),
        "kk": ("«Жол Құрылыс» ЖШС", "«Дорстрой-7» ЖШС", "«Қайнар Строй» ЖШС", "«Асфальт-Сервис» ЖШС"),
        "en": ("Zhol Kurylys LLP", "Dorstroi-7 LLP", "Asphalt-Service LLP"),
    },
    "developer": {
        "ru": ("ТОО «Орда Девелопмент»", "ТОО «Сарыарка Строй»", "ТОО «Нур Инвест Групп»"),
        "kk": ("«Орда Девелопмент» ЖШС", "«Сарыарқа Строй» ЖШС", "«Нұр Инвест Групп» ЖШС"),
        "en": ("Orda Development LLP", "Saryarka Stroi LLP", "Nur Invest Group LLP"),
    },
    "factory": {
        "ru": ("ТОО «ЦементПром»", "ТОО «Аксу Металл»", "ТОО «ТЭЦ-Сервис»", "асфальтовый завод ТОО «Асфальт-Сервис»"),
        "kk": ("«ЦементПром» ЖШС", "«Ақсу Металл» ЖШС", "«ЖЭО-Сервис» ЖШС", "«Асфальт-Сервис» асфальт зауыты"),
        "en": ("the CementProm plant", "the Aksu Metal smelter", "the asphalt plant of Asphalt-Service LLP"),
    },
    "market": {
        "ru": ("рынок «Шапагат»", "рынок «Береке»", "ТД «Азия»", "рынок «Алтын Орда»"),
        "kk": ("«Шапағат» базары", "«Береке» базары", "«Азия» сауда үйі", "«Алтын Орда» базары"),
        "en": ("the Shapagat market", "the Bereke market", "the Asia shopping centre"),
    },
    "village": {lang: tuple(v[i] for v in _VILLAGES) for i, lang in enumerate(LANGUAGES)},
    "river": {lang: tuple(v[i] for v in _RIVERS) for i, lang in enumerate(LANGUAGES)},
    "since": {
        "ru": ("уже {weeks}", "с {date}", "с начала {month_gen}", "больше месяца", "который день"),
        "kk": ("{weeks} бойы", "{date_abl} бері", "{month} айының басынан бері", "бір айдан астам уақыт"),
        "en": ("for {weeks} now", "since {date}", "since the beginning of {month}", "for over a month"),
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
            "Телефон соқтық, жаздық — ешқандай нәтиже жоқ.", "Бәрі уәде береді, бірақ ештеңе өзгермейді.",
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
            "Біз де салық төлейтін азаматтармыз ғой!", "Қайғылы оқиға болғанын күтіп отырсыздар ма?",
            "Айта-айта шаршадық.", "Ешкімге керек емеспіз бе?", "Ұят қой, шынымен.",
        ),
        "en": (
            "How long are we expected to wait?", "This is simply unacceptable.",
            "We pay our taxes like everyone else.", "Does anyone care at all?",
        ),
    },
    "pension": {
        "ru": ("пенсионер", "пенсионер, лицо с инвалидностью второй группы", "пенсионер, ветеран труда"),
        "kk": ("зейнеткер", "екінші топтағы мүгедектігі бар зейнеткер", "еңбек ардагері, зейнеткер"),
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


def _gen_date(rng: random.Random, language: str, slots: _Slots, months=None) -> str:
    month = _MONTHS[rng.choice(months) if months else rng.randrange(12)]
    day = rng.randint(1, 28)
    if language == "ru":
        return f"{day} {month[1]}"
    if language == "kk":
        return f"{day} {month[3]}"
    return f"{day} {month[4]}"


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


def _gen_kids(rng: random.Random, language: str, slots: _Slots) -> str:
    n = int(slots.value("kidsn"))
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
    "date": _gen_date,
    "date2": _gen_date,
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
    "childage2": lambda rng, lang, slots: (
        f"{(n := rng.randint(7, 12))} лет" if lang == "ru" else str(n)
    ),
    "hour": lambda rng, lang, slots: rng.choice(("23:00", "00:00", "01:00", "02:00")),
    "pct": _gen_int(15, 60, 5),
    "meters": _gen_int(50, 800, 10),
    "km": _gen_int(3, 60),
    "sotka": lambda rng, lang, slots: rng.choice(("6", "8", "10", "10", "12", "15")),
    "heads": _gen_int(12, 180),
    "sums": _gen_money(2_000, 25_000, 500),
    "sum": _gen_money(35_000, 450_000, 1_000),
    "sumb": _gen_money(600_000, 9_000_000, 10_000),
    "days": _gen_counted(("день", "дня", "дней"), "күн", "day", 3, 12),
    "weeks": _gen_counted(("неделю", "недели", "недель"), "апта", "week", 2, 6),
    "months": _gen_counted(("месяц", "месяца", "месяцев"), "ай", "month", 2, 11),
    "years": _gen_counted(("год", "года", "лет"), "жыл", "year", 2, 12),
    "age": lambda rng, lang, slots: (
        f"{(n := rng.randint(64, 89))} {_ru_plural(n, ('год', 'года', 'лет'))}"
        if lang == "ru" else str(n)
    ),
    "childage": lambda rng, lang, slots: (
        f"{(n := rng.randint(1, 6))} {_ru_plural(n, ('год', 'года', 'лет'))}"
        if lang == "ru" else f"{n} year{'s' if n > 1 else ''} old" if lang == "en" else str(n)
    ),
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
        value = self.value(name)
        if isinstance(value, dict):
            return value.get(case or "nom", value["nom"])
        if case and case != "nom" and self.language == "kk":
            return _kk_case(value, case)
        return value


def _render(template: str, slots: _Slots) -> str:
    text = _SLOT_RE.sub(lambda m: slots.form(m.group(1), m.group(2)), template)
    rng = slots.rng
    while True:
        new = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        new = _OPT_RE.sub(lambda m: m.group(1) if rng.random() < 0.5 else "", new)
        if new == text:
            return text
        text = new


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        line = re.sub(r" +([,.;:!?)»])", r"\1", line)
        line = re.sub(r"([(«]) +", r"\1", line)
        line = re.sub(r",(\s*[,.])", r"\1", line)
        line = re.sub(r"\.\.(?!\.)", ".", line)
        line = re.sub(r"([!?])\.", r"\1", line)
        line = re.sub(r"\(\s*\)", "", line).strip()
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return _CAP_RE.sub(lambda m: m.group(1) + m.group(2).upper(), text)


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
                         "Предлагаю {w}[ — больших затрат это не потребует, а пользы будет много]."),
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
                         "Решение, по мнению жителей, принято без учёта реальной ситуации. "
                         "Просим вернуться к вопросу и {w}.",
                         "С таким решением жители не согласны. Просим {w}."),
        "feedback_pos": ("Спасибо, что вопрос начали решать, но сделано не всё. Просим довести "
                         "дело до конца и {w}.",
                         "Хочу поблагодарить за принятое решение — результат люди видят. "
                         "Единственная просьба — {w}."),
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
                         "Тұрғындардың пікірінше, шешім нақты жағдай ескерілмей қабылданған. "
                         "Мәселеге қайта оралып, {w_acc} сұраймыз.",
                         "Тұрғындар бұл шешіммен келіспейді. {w_acc} сұраймыз."),
        "feedback_pos": ("Мәселені қолға алғандарыңызға рахмет, бірақ іс аяғына дейін жеткен "
                         "жоқ. Бастаған істі аяқтап, {w_acc} сұраймыз.",
                         "Қабылданған шешім үшін алғыс айтамын — нәтижесі көрініп тұр. "
                         "Тек бір өтініш — {w}."),
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
                          "Please take action to {w}[ and hold those responsible to account].",
                          "I demand that you {w}."),
        },
        "request": ("Please let me know what is being done about {g}, by when, and who is "
                    "responsible.",
                    "Please explain whether there is a plan to deal with {g} and when."),
        "request_q": ("Could you please tell me {q}?", "I would like to know {q}."),
        "feedback_neg": ("I believe this decision is unjustified and ask you to reconsider it "
                         "and {w}.",
                         "Residents do not agree with this decision. We ask you to {w}."),
        "feedback_pos": ("Thank you for taking up the issue, but the work is not finished. "
                         "Please {w}.",
                         "Thank you for the decision — the results are visible. One request "
                         "remains: please {w}."),
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
        _S(("Не работает лифт", "Лифт стоит уже {weeks}", "Ремонт лифта в доме {house}"),
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
           "а нашу каждый год переносят. Зимой топим углём, тонна стоит {sums}, на сезон уходит "
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
           "{sums}, маусымға 5–6 тонна кетеді. [Зейнеткерлер үшін бұл — көтере алмайтын шығын.]",
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


# ---------------------------------------------------------------------------------------------
# Appeals
# ---------------------------------------------------------------------------------------------


def _scenario_pool(sphere: str, language: str, urgent: bool) -> list[_Scenario]:
    table = _SCENARIOS.get(sphere) or _SCENARIOS["other"]
    if urgent:
        return table.get(language + "!") or table[language]
    return table[language]


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
    scenario = rng.choice(_scenario_pool(sphere, language, urgent))

    slots = _Slots(rng, language)
    slots["place"] = (place or "").strip() or frames["place"]
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
        ask = rng.choice(frames["feedback_pos" if rng.random() < 0.35 else "feedback_neg"])
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
    text = _tidy("\n\n".join(_render(part, slots) for part in parts if part))

    subject = _render(rng.choice(scenario.subjects), slots)
    if urgent and rng.random() < 0.4 and not subject.upper().startswith(("СРОЧНО", "ШҰҒЫЛ", "URGENT")):
        subject = rng.choice(frames["urgent_prefix"]) + subject
    elif not urgent and rng.random() < 0.18:
        subject = frames["prefix"][kind] + subject
    return _tidy(subject).rstrip("."), text
