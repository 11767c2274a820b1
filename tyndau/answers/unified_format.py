# ruff: noqa: E501 — the letter templates keep one paragraph per line.
"""The unified format of a full answer, as the draft the executor starts from.

The study's Table 7 (shared/seeds): salutation by name and thanks, the direct answer, the
decision, its legal basis, the measures taken, how to exercise the right, the executor's
contacts, how to appeal (АППК art. 91) and the rating invitation. What only the executor can
write stands in square brackets; an answer still holding one of those hints is not sent.
A body keeps its own version per sphere and language (`AnswerTemplate`), with the same
placeholders in braces.
"""

import re

from tyndau.answers.quality.text import HINT

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# What a template may ask for; `answers.services.prefill` fills them.
PLACEHOLDERS = (
    "salutation",
    "applicant",
    "reg_number",
    "received",
    "subject",
    "body",
    "body_address",
    "executor",
    "executor_position",
    "executor_phone",
    "executor_email",
    "higher_body",
    "higher_body_paren",
    "contacts",
)

DEFAULT = {
    "ru": """{salutation}

Благодарим Вас за обращение № {reg_number} от {received} «{subject}».

По существу Вашего вопроса сообщаем: [прямой ответ на вопрос: что будет сделано, где и в какой срок, или почему нет].

Решение: [удовлетворено / отказано — с причиной / разъяснено].

Основание: [пункт, статья и наименование нормативного правового акта].

Принятые меры: [проверка, выезд на место, предписание, работы и их сроки].

Как реализовать Ваше право: [какая услуга, куда обратиться, какие документы, ссылка].

Исполнитель: {contacts}.

В случае несогласия с решением Вы вправе обжаловать его в соответствии со статьей 91 Административного процедурно-процессуального кодекса Республики Казахстан в вышестоящий орган{higher_body_paren} или в суд.

Просим оценить качество ответа от 1 до 5 по ссылке или QR-коду в этом письме.""",
    "kk": """{salutation}

{received} күнгі № {reg_number} «{subject}» өтінішіңіз үшін алғыс білдіреміз.

Сұрағыңыз бойынша хабарлаймыз: [сұраққа тікелей жауап: не істеледі, қайда және қай мерзімде, немесе неге мүмкін емес].

Шешім: [қанағаттандырылды / бас тартылды — себебімен / түсіндірілді].

Негіз: [нормативтік құқықтық актінің атауы, бабы және тармағы].

Қабылданған шаралар: [тексеру, орнына шығу, нұсқама, жұмыстар және олардың мерзімі].

Құқығыңызды іске асыру жолы: [қандай қызмет, қайда жүгіну керек, қандай құжаттар, сілтеме].

Орындаушы: {contacts}.

Шешіммен келіспеген жағдайда Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 91-бабына сәйкес жоғары тұрған органға{higher_body_paren} немесе сотқа шағымдануға құқылысыз.

Жауаптың сапасын осы хаттағы сілтеме немесе QR-код арқылы 1-ден 5-ке дейін бағалауыңызды сұраймыз.""",
    "en": """{salutation}

Thank you for your appeal No. {reg_number} of {received}, “{subject}”.

In answer to your question: [the direct answer: what will be done, where and by when, or why not].

Decision: [satisfied / refused — with the reason / explained].

Legal basis: [the point, the article and the name of the legal act].

Measures taken: [the inspection, the site visit, the order issued, the works and their dates].

How to exercise your right: [which service, where to apply, which documents, a link].

Executor: {contacts}.

If you disagree with the decision, you may appeal it under article 91 of the Administrative Procedural and Process Code of the Republic of Kazakhstan to the higher body{higher_body_paren} or to court.

Please rate this answer from 1 to 5 by the link or the QR code in this letter.""",
}

SALUTATIONS = {
    "ru": {
        "female": "Уважаемая {name}!",
        "male": "Уважаемый {name}!",
        None: "Уважаемый(ая) {name}!",
    },
    "kk": {"female": "Құрметті {name}!", "male": "Құрметті {name}!", None: "Құрметті {name}!"},
    "en": {"female": "Dear {name},", "male": "Dear {name},", None: "Dear {name},"},
}
IMPERSONAL_SALUTATION = {
    "ru": "Уважаемый заявитель!",
    "kk": "Құрметті өтініш беруші!",
    "en": "Dear applicant,",
}

_FEMALE_ENDINGS = ("вна", "чна", "кызы", "қызы")
_MALE_ENDINGS = ("вич", "ьич", "улы", "ұлы", "уулу")


def name_to_address(full_name: str) -> tuple[str, str | None]:
    """How a letter addresses a person, and their gender when the patronymic tells it.

    "Иванова Ирина Ивановна" → ("Ирина Ивановна", "female"): given name and patronymic, as
    letters in Kazakhstan address people; two words are kept as they are.
    """
    parts = full_name.split()
    gender = None
    if parts:
        last = parts[-1].lower()
        if last.endswith(_FEMALE_ENDINGS):
            gender = "female"
        elif last.endswith(_MALE_ENDINGS):
            gender = "male"
    if len(parts) >= 3 and gender:
        return " ".join(parts[1:]), gender
    return " ".join(parts), gender


def salutation(full_name: str, language: str, *, person: bool = True) -> str:
    if not full_name.strip() or not person:
        return IMPERSONAL_SALUTATION[language]
    name, gender = name_to_address(full_name)
    return SALUTATIONS[language][gender].format(name=name)


def fill(template: str, values: dict[str, str]) -> str:
    """Put the values in the template's braces; an unknown placeholder stays as written."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def hints_left(text: str) -> list[str]:
    """The bracketed hints of the format the executor has not replaced yet."""
    return HINT.findall(text)


def readdressed(text: str, replacements: dict[str, str]) -> str:
    """One applicant's letter turned to another: each of the first applicant's own details
    (salutation, name, registration number, date received) replaced with the other's, the
    longest first so a salutation goes whole before the name inside it."""
    for old in sorted((o for o in replacements if o.strip()), key=len, reverse=True):
        text = text.replace(old, replacements[old])
    return text
