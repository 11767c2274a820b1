# Each language named in itself, so a reader finds theirs whatever the page's language.
LANGUAGE_SWITCH = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


def language_switch(request) -> dict:
    return {"language_switch": LANGUAGE_SWITCH}
