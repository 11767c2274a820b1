"""Holiday names for display. The pure calendar gives the `holidays` package's English names;
the page shows them through gettext, so Kazakh and Russian readers see their official names."""

import datetime as dt
import re

from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Keys: the package's English (en_US) names, without its "(estimated)"/"(observed)" suffixes.
HOLIDAY_NAMES = {
    # Translators: 1-2 January. Kazakh: Жаңа жыл; Russian: Новый год.
    "New Year's Day": _("New Year's Day"),
    # Translators: 7 January. Kazakh: Православиелік Рождество; Russian: Православное Рождество.
    "Orthodox Christmas": _("Orthodox Christmas"),
    # Translators: 8 March. Kazakh: Халықаралық әйелдер күні; Russian: Международный женский день.
    "International Women's Day": _("International Women's Day"),
    # Translators: 30 August until 2025, 15 March from 2027. Kazakh: Конституция күні;
    # Russian: День Конституции.
    "Constitution Day": _("Constitution Day"),
    # Translators: 21-23 March. Kazakh: Наурыз мейрамы; Russian: Наурыз мейрамы.
    "Nowruz Holiday": _("Nowruz Holiday"),
    # Translators: 1 May. Official names: Kazakh: Қазақстан халқының бірлігі мерекесі;
    # Russian: Праздник единства народа Казахстана (not a literal "solidarity").
    "Kazakhstan's People Solidarity Holiday": _("Kazakhstan's People Solidarity Holiday"),
    # Translators: 7 May. Kazakh: Отан қорғаушы күні; Russian: День защитника Отечества.
    "Defender of the Fatherland Day": _("Defender of the Fatherland Day"),
    # Translators: 9 May. Kazakh: Жеңіс күні; Russian: День Победы.
    "Victory Day": _("Victory Day"),
    # Translators: 6 July. Kazakh: Астана күні; Russian: День столицы.
    "Capital Day": _("Capital Day"),
    # Translators: Kurban Ait, a lunar date. Kazakh: Құрбан айт; Russian: Курбан айт.
    "Eid al-Adha": _("Eid al-Adha"),
    # Translators: 25 October. Kazakh: Республика күні; Russian: День Республики.
    "Republic Day": _("Republic Day"),
    # Translators: 16 December. Kazakh: Тәуелсіздік күні; Russian: День Независимости.
    "Independence Day": _("Independence Day"),
    # Translators: 1 December, a holiday 2012-2021. Kazakh: Тұңғыш Президент күні;
    # Russian: День Первого Президента.
    "First President Day": _("First President Day"),
}

# The package's label of a day off the government moved from a weekend (en_US: month first).
SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{1,2})/(\d{1,2})/(\d{4})\)$")


def substituted_from(name: str) -> dt.date | None:
    """The weekend day a transferred day off was moved from, if `name` is such a label."""
    match = SUBSTITUTED.match(name)
    if match is None:
        return None
    month, day, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _one(name: str) -> str:
    moved_from = substituted_from(name)
    if moved_from is not None:
        # Translators: a weekday made a day off by a government decree; the date is the Saturday
        # or Sunday that became a working day in exchange, e.g. "5 January 2025".
        return gettext("Day off moved from %(date)s") % {"date": date_format(moved_from)}
    if name.startswith("Day off"):
        return gettext("Day off moved by a government decree")
    translated = HOLIDAY_NAMES.get(name)
    return str(translated) if translated is not None else name


def holiday_name(name: str) -> str:
    """`name` (one or several joined by "; ") in the active language; unknown names as they
    are, so a new holiday in the package still shows."""
    return "; ".join(_one(part) for part in name.split("; "))
