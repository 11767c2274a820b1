"""Does the answer speak of what the appeal asks? The appeal's subject, place and object —
its content words, its names and its numbers (house, school, route) — are looked for in the
answer. Names and numbers weigh more than common words: an answer beside the point often
shares the city and the sphere with the appeal, rarely the street, the house or the school.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from tyndau.answers.quality.text import language_of, sentences, stem, words

_STOP = """
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него
до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для
мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего
них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя
такой им более всегда конечно всю между это также ваш ваше вашего вашему вашей ваши наш наши
который которая которые которого которой котором данный данного данной данном является очень
уважаемый уважаемая уважаемые прошу просим просьба помогите помочь пожалуйста обращение
обращению обращения обращаюсь обращаемся вопрос вопросу вопросы решить решение сообщаем
сообщить сообщаю заявитель жители житель жителей граждан гражданин город города городе
аким акиму акимат акимата акимату район района районе область области года году год
месяц дней день время сих пор хотим хочу нужно необходимо просьбу ответ ответа
және мен мен де да бұл осы сол ол біз сіз сіздің біздің оның мұнда онда үшін бойынша туралы
қатысты арқылы дейін кейін бар жоқ емес еді болды болып болса болады болған тиіс керек қажет
өтініш өтінішім өтінішіңіз өтінемін сұраймын сұраймыз көмектесіңіз көмектесулеріңізді мәселе
мәселені мәселесі шешу шешіп қала қаласы қаласының тұрғын тұрғындар тұрғындары әкім әкімі
әкімдігі әкімдік аудан ауданы облыс облысы жыл жылы ай күн қазір әлі өте тағы барлық
құрметті сізге сізді
the a an and or of to in on at for from by with is are was were be been it this that these
those we you i our your my me us they them their there here as not no please help kindly
dear sir madam would could should can will shall do does did have has had about regarding
city residents resident akim akimat district region year years month day days problem issue
question request appeal letter answer
"""

STOPWORDS = frozenset(_STOP.split())


@dataclass(frozen=True)
class KeyTerm:
    stem: str
    word: str
    weight: float


def key_terms(appeal: str) -> list[KeyTerm]:
    """What the appeal is about: its names and numbers (weight 2) and content words (1)."""
    language = language_of(appeal)
    terms: dict[str, KeyTerm] = {}
    for sentence in sentences(appeal):
        for position, word in enumerate(words(sentence.text)):
            lowered = word.lower()
            if lowered in STOPWORDS or (len(word) < 3 and not word.isdigit()):
                continue
            if word.isdigit() and (len(word) > 4 or _is_year(word)):
                weight = 0.5  # years and long numbers say little of the place
            elif word.isdigit() or (position > 0 and word[:1].isupper()):
                weight = 2.0
            else:
                weight = 1.0
            key = stem(word, language)
            if len(key) < 3 and not key.isdigit():
                continue
            if key not in terms or terms[key].weight < weight:
                terms[key] = KeyTerm(key, word, weight)
    return list(terms.values())


def _is_year(word: str) -> bool:
    return len(word) == 4 and word[:2] in ("19", "20")


def stems_of(text: str, language: str | None = None) -> set[str]:
    language = language or language_of(text)
    return {stem(word, language) for word in words(text)}


def coverage(terms: Iterable[KeyTerm], text: str, language: str | None = None) -> float:
    """The share of the appeal's key terms, by weight, that the text mentions."""
    terms = list(terms)
    total = sum(t.weight for t in terms)
    if not total:
        return 0.0
    present = stems_of(text, language)
    return sum(t.weight for t in terms if t.stem in present) / total


def shared_terms(terms: Iterable[KeyTerm], text: str, language: str | None = None) -> list[KeyTerm]:
    present = stems_of(text, language)
    return [t for t in terms if t.stem in present]
