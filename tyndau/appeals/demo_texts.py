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
        if lang == "ru" else str(n)
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

_SLOT_RE = re.compile(r"\{([a-z][a-z0-9]*)(?:_(nom|gen|dat|acc|ins|loc|abl))?\}")
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
