"""Text written to CSV and XLSX files must stay text when a spreadsheet opens them.

A CSV cell that starts with =, +, -, @, a tab or a carriage return is read by Excel and
LibreOffice as a formula ("CSV injection": `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`). Such a cell
gets a leading apostrophe, which the spreadsheet takes as "this is text" and does not show;
plain numbers ("-5", "+7.5") are left as they are. XLSX cells are typed, so there it is enough
that strings are written as strings: `WORKBOOK_OPTIONS` stops XlsxWriter from turning text
that looks like a formula or a link into one."""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False}


def csv_cell(value):
    """The value as a CSV cell that a spreadsheet shows as written."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value
