"""What the sphere model reads in a text.

Two views of the same text: character n-grams (robust to typos, Kazakh endings and words
the model never saw) and word stems with their bigrams (the topic words). Kazakh letters are
folded to their Russian-keyboard look-alikes first, because about one Kazakh text in ten is
typed without them ("жарык жок" for "жарық жоқ") and both must look the same to the model.
"""

import re

from tyndau.answers.quality.text import stem, words

KAZAKH_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")
# Long letters add little after their first paragraphs and cost time: the model reads this
# many characters of subject plus text.
READ_LIMIT = 3000
_NUMBERISH = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def routing_text(subject: str, text: str) -> str:
    """Subject and text as one string, the subject first (it names the topic most plainly)."""
    return f"{subject.strip()}. {text.strip()}"[:READ_LIMIT]


def fold(text: str) -> str:
    """Lower case, Kazakh letters folded, digits reduced to one sign, spaces collapsed."""
    text = text.lower().translate(KAZAKH_FOLD)
    return _SPACES.sub(" ", _NUMBERISH.sub("0", text))


def stems(text: str) -> list[str]:
    """Word stems and the bigrams of neighbouring stems; numbers and one-letter words
    dropped."""
    found = [
        stem(word, "").translate(KAZAKH_FOLD)
        for word in words(text)
        if len(word) > 1 and not word[0].isdigit()
    ]
    return found + [f"{a} {b}" for a, b in zip(found, found[1:], strict=False)]
