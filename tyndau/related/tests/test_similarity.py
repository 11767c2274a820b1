"""Fingerprints, topic overlap and what is new: the pure core."""

from tyndau.related.engine.similarity import (
    BANDS,
    Fingerprint,
    fingerprint,
    resemblance,
    topic_overlap,
    whats_new,
)
from tyndau.related.services import highlighted

LETTER = (
    "Просим акимат города отремонтировать детскую площадку во дворе домов 12 и 14 по улице "
    "Кенесары. Качели сломаны, горка ржавая, дети травмируются. Жители двора."
)


def test_near_identical_texts_share_bands_and_different_ones_do_not():
    one = fingerprint(LETTER)
    edited = fingerprint(LETTER.replace("Жители двора.", "С уважением, жители двора №3."))
    other = fingerprint("Прошу выдать справку о составе семьи для оформления пособия на ребёнка.")
    assert resemblance(one, edited) >= 0.6
    assert set(one.bands) & set(edited.bands)
    assert resemblance(one, other) < 0.1 and not set(one.bands) & set(other.bands)
    assert len(one.bands) == BANDS


def test_fingerprint_survives_storage():
    one = fingerprint(LETTER)
    stored = Fingerprint.from_bytes(one.to_bytes())
    assert stored.bands == one.bands and resemblance(one, stored) == 1.0


def test_same_subject_in_other_words_overlaps():
    later = (
        "Повторно обращаюсь по детской площадке во дворе домов 12 и 14 на Кенесары: качели "
        "так и не отремонтировали."
    )
    assert topic_overlap(LETTER, later) >= 0.35
    assert topic_overlap(LETTER, "Прошу выдать справку о составе семьи.") < 0.2


def test_whats_new_marks_only_new_sentences():
    later = (
        "Качели сломаны, горка ржавая, дети травмируются. "
        "Вчера мой сын сломал руку на этой горке, справка из травмпункта прилагается."
    )
    spans = whats_new(LETTER, later)
    assert [later[s.start : s.end] for s in spans] == [
        "Вчера мой сын сломал руку на этой горке, справка из травмпункта прилагается."
    ]
    pieces = highlighted(later, [[s.start, s.end] for s in spans])
    assert "".join(p.text for p in pieces) == later
    assert [p.new for p in pieces] == [False, True]
