"""The years of a newswire earnings table's columns.

A Reuters earnings table sets this period against the same period a year before, one row per
figure ("Shr loss 78 cts vs loss 18 cts", "Revs 3,261,000 vs 4,427,000"), and says which period
that is only once, if at all: in a header line ("Qtr ended March 14", "Period ended February 28"),
in its headline ("ACME INC 3RD QTR NET") or in a note under the table ("NOTE: 1986 and 1985 4th
qtr net includes ..."). The figure before "vs" then concerns the period's year and the figure after
it the year before (``row_year``; in a note's own comparison, ``note_year``).

The period's year (``period_year``) is read, in this order:
1. a header line that names the day the period ends ("Yr ends Nov 29, 1986", "Sept 30 end"), or the
   month ("Six months to end-December": its last day): that day's year when the line writes it,
   else the last such day on or before the article's date ("Qtr ends Dec 31" in a March 1987
   article is 1986);
2. the headline (``headline_year``): the day it names ("ACME INC 1ST QTR JAN 31 NET"), read as in
   1; else its period word before a results word ("ACME INC 3RD QTR NET", "ACME CORP YEAR LOSS"):
   the article's year, but the year before for a period that ends a fiscal year (a fourth
   quarter, a year) reported in the first months of a year, since most fiscal years end in
   December; the period word may end the headline ("ACME INC 4TH QTR"), and a quarter's ordinal
   alone ends one cut short ("ACME CORP 3RD"); a year the headline names beside a period or
   results word is the period's ("ACME PLC 1986 YEAR", "YEAR 1986", "CALENDAR 1986"); a headline
   cut short goes on in the text's first line ("3rd qtr net" over the rows: ``opening_line``). Gold
   annotators, who read the whole article, dated tables whose own lines name no period by their
   headline about three times in five (``scripts/gold_counts.py table``), and
   sided with the headline against a note every time the two disagreed (``scripts/gold_counts.py
   headline``: 178 amounts the headline's years, none the note's);
3. a note under the table that names years: the latest of them that is the article's year or the
   one before (a period reported in an article ended less than a year before it; "NOTE: 1985 net
   includes a gain" in 1987 says nothing of the table's period), leaving out a year that ends a
   date ("a stock split of July 1986", "Year-ago period ended Feb 1, 1986": when something was);
   but the year after it when the note names a quarter of the year before the article's whose
   next year's quarter had ended by the article's date ("NOTE: 1986 3rd qtr results include ..."
   in October 1987 explains the year-ago column: ``ended_a_year_later``).
Without one of these, or without the article's date when the day has no year, the rows get no year.
A dividend row's "vs" is the prior quarter's ("Qtly div 28 cts vs 25 cts prior"): the prior figure
gets no year; the declared one gets the year its notice pays it or records holders in ("Pay Nov 15",
"Record Oct 30" under the row: ``payout_year``), the first such day that is not well before the
article's date (gold: 95 of 112 declared dividends with such lines dated, 97 of 111 prior ones left
undated: ``scripts/gold_counts.py payout``).

Lexicon: years.json ``table_periods`` (the period words that open a header line, the words before
the day, the words that open a note, the headline's results words and year ends) and ``months``.
"""

from __future__ import annotations

import re
from calendar import monthrange
from functools import lru_cache

from babel.dates import get_month_names

from . import lexicon
from .change_years import from_base
from .extensions import span_value
from .kinds_tables import table_kind
from .lexicon import alternation

FLAG = "year_from_table"  # the record's year was read from the table's period, not next to the amount
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
COLUMN_SEPARATOR = re.compile(r"\svs\.?\s")
_COLUMN_MARK = re.compile(r"\svs\.?\s|\smaking\s", re.IGNORECASE)  # "Div 3.75p vs 2.9p making 4.75p vs 3.75p"
PRIOR_PERIOD_KINDS = frozenset({"dividend"})  # table_labels' kinds whose "vs" is the period before, not the year
DAY_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")  # "Qtr ended Jan four"
DAY = rf"\d{{1,2}}|{'|'.join(DAY_WORDS)}"


def _day(months: list[str]) -> str:
    """A month and a day, and maybe the year ("Jan 31", "March five", "June 30, 1986")."""
    return rf"(?P<month>{alternation(months)})\.?\s+(?P<day>{DAY})\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int], re.Pattern, re.Pattern]:
    data = lexicon.load("years.json")
    periods, months = data["table_periods"], data["months"]
    names = get_month_names("wide", locale="en")  # CLDR: 1 -> "January"; "sept" and "jan" by their start
    number = {m: n for m in months for n, name in names.items() if name.lower().startswith(m[:3])}
    day = rf"(?:(?:{alternation(periods['ends'])})\s+)?{_day(months)}"
    # "Qtr ended March 14"; "Six months to end-December", "Year to end-March 1987": the month's last day
    month_end = rf"end[- ](?P<end_month>{alternation(months)})\.?(?:,?\s+(?P<end_year>(?:19|20)\d\d)\b)?"
    header = re.compile(
        rf"^[ \t]*(?:\w+[ \t]+){{0,2}}(?:{alternation(periods['heads'])})\b[^\n]{{0,30}}?\b(?:{day}|{month_end})",
        re.IGNORECASE | re.MULTILINE,
    )
    note = re.compile(rf"^[ \t]*(?:{alternation(periods['notes'])})\b[^\n]*", re.IGNORECASE | re.MULTILINE)
    dated = re.compile(rf"\b(?:{alternation(months)})\.?(?:\s+\d{{1,2}})?,?\s+$", re.IGNORECASE)
    # the day first, then the end word, alone on its line: "Sept 30 end"
    trailing = re.compile(
        rf"^[ \t]*{_day(months)}[ \t]+(?:{alternation(periods['ends'])})[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
    # a header cut down to its end word and day, alone on its line: "Ended Jan 31" (the headline held "4th qtr")
    bare = re.compile(rf"^[ \t]*(?:ended|ending)[ \t]+{_day(months)}[ \t]*$", re.IGNORECASE | re.MULTILINE)
    return header, note, dated, number, trailing, bare


def _day_year(match: re.Match, number: dict[str, int], date: str | None) -> int | None:
    groups = match.groupdict()
    written = groups.get("year") or groups.get("end_year")
    if written:
        return int(written)
    if not date or len(date) < 10:
        return None
    year = int(date[:4])
    if groups.get("day"):
        word = match.group("day").lower()
        ends = (number[match.group("month").lower()], int(word) if word.isdigit() else DAY_WORDS.index(word) + 1)
    else:  # "Six months to end-December": the month's last day
        month = number[match.group("end_month").lower()]
        ends = (month, monthrange(year, month)[1])
    return year if ends <= (int(date[5:7]), int(date[8:10])) else year - 1


PAYOUT_LINES = 4  # lines under a dividend row where its notice's pay or record day stands
PAYOUT_GRACE = 1  # months before the article's date that a pay or record day may still fall in that year


@lru_cache(maxsize=1)
def _payout_day() -> re.Pattern:
    months = lexicon.load("years.json")["months"]
    return re.compile(rf"^[ \t]*(?:Pay|Payable|Paid|Record)\b[ \t]+{_day(months)}", re.IGNORECASE | re.MULTILINE)


def payout_year(text: str, row_end: int, date: str | None) -> int | None:
    """The year of a dividend notice's pay or record day, whichever comes first on the PAYOUT_LINES
    lines under its row (which ends at ``row_end``): the day's own year, else the article's year, or the next
    one for a day that falls more than PAYOUT_GRACE months before the article's date (a January
    payment declared in December). None without such a line or a date.

    >>> text = "Qtly div 57-1/2 cts vs 57-1/2 cts prior\\n    Pay Nov 15\\n    Record Oct 30"
    >>> payout_year(text, 38, "1987-10-19"), payout_year(text, 38, None)
    (1987, None)
    >>> payout_year("Qtly div 5 cts\\n    Pay Jan 15", 14, "1987-12-20")
    1988
    >>> payout_year("Qtly div 5 cts\\n    Payable May 14, 1988", 14, "1987-03-20")
    1988
    >>> payout_year("Qtly div 5 cts vs 5 cts\\n    Net 5 mln vs 4 mln", 23, "1987-03-20") is None
    True
    """
    cut = row_end
    for _ in range(PAYOUT_LINES):
        nxt = text.find("\n", cut + 1)
        cut = len(text) if nxt < 0 else nxt
    found = _payout_day().search(text, row_end, cut)
    if found is None:
        return None
    if found.group("year"):
        return int(found.group("year"))
    if not date or len(date) < 10:
        return None
    _, _, _, number, _, _ = _patterns()
    year, month = int(date[:4]), int(date[5:7])
    return year if number[found.group("month").lower()] >= month - PAYOUT_GRACE else year + 1


def period_year(text: str, date: str | None, title: str = "") -> int | None:
    """The year of the period an earnings table reports (see the module's docstring), or None.

    >>> period_year("Qtr ends Dec 31\\n    Shr 5 cts vs 4 cts", "1987-03-23")
    1986
    >>> period_year("Shr 5 cts vs 4 cts\\n    NOTE: 1986 and 1985 4th qtr net includes charges", "1987-03-30")
    1986
    >>> period_year("Shr 5 cts vs 4 cts\\n    NOTE: 1985 net includes a gain", "1987-03-30") is None
    True
    >>> period_year("Year ended June 30, 1986\\n    Shr 5 cts vs 4 cts", None)
    1986
    >>> period_year("Sept 30 end\\n    Shr 14 cts vs 20 cts", "1987-10-19"), period_year("Yr ends Nov 29, 1986", None)
    (1987, 1986)
    >>> period_year("Six months to end-December\\n    Shr 32.6p vs 22.3p", "1987-04-13")
    1986
    >>> period_year("Ended Jan 31\\n    Shr loss 50 cts vs loss one ct", "1987-04-03")
    1987
    """
    header, note, dated, number, trailing, bare = _patterns()
    found = header.search(text) or trailing.search(text) or bare.search(text)
    if found is not None:
        return _day_year(found, number, date)
    headline = headline_year(title, date) if title else None
    if headline is None and (opening := opening_line(text)):
        headline = headline_year(opening.upper(), date)  # "3rd qtr net" under a title cut short
    if headline is not None or not date:
        return headline
    return notes_year(text, date)


OPENING_LINE = 30  # characters at most of a first line that ends a headline cut short


def opening_line(text: str) -> str:
    """The text's first line when it ends a wire headline cut short rather than opening the story:
    short, no figures set against each other, and a table's row under it ("HOME FEDERAL SAVINGS
    BANK OF GEORGIA <HFGA.O>" over "3rd qtr net", then "Shr 22 cts vs 54 cts"); else "".

    >>> opening_line("3rd qtr net\\n    Shr 22 cts vs 54 cts"), opening_line("4th qtr\\n    Net 5 mln vs 4 mln")
    ('3rd qtr net', '4th qtr')
    >>> opening_line("Acme said net rose.\\n    Shr 2 cts vs 1 ct"), opening_line("Shr 22 cts vs 54 cts\\n    Net 5")
    ('', '')
    """
    first, _, rest = text.partition("\n")
    first = first.strip()
    if not first or len(first) > OPENING_LINE or COLUMN_SEPARATOR.search(f" {first} ") or first.endswith("."):
        return ""
    return first if COLUMN_SEPARATOR.search(rest.split("\n", 1)[0]) else ""


def notes_year(text: str, date: str) -> int | None:
    """The period's year that a note under the table names (step 3 of the module's docstring), or None.

    >>> notes_year("Shr 5 cts vs 4 cts\\n    NOTE: 1986 3rd qtr results include a loss", "1987-10-19")
    1987
    """
    _, note, dated, _, _, _ = _patterns()
    recent = (int(date[:4]) - 1, int(date[:4]))
    named = [
        int(y.group())
        for line in note.finditer(text)
        for y in _YEAR.finditer(line.group())
        if not dated.search(line.group(), 0, y.start())  # "a stock split of July 1986": an event's date
    ]
    named = [y for y in named if y in recent]
    if named and max(named) == recent[0] and ended_a_year_later(text, recent[0], date):
        return recent[1]  # "NOTE: 1986 3rd qtr results include ..." in October 1987: the year-ago column
    return max(named) if named else None


@lru_cache(maxsize=1)
def _headline_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str], int]:
    data = lexicon.load("years.json")
    periods, months = data["table_periods"], data["months"]
    heads, words = periods["headline"], alternation(periods["heads"])
    ordinals = alternation(list(data["named_periods"]["quarters"]))
    results = alternation(heads["results"])
    dated = re.compile(rf"\b(?:{words})\b(?:\s+(?:{alternation(periods['ends'])}))?\s+{_day(months)}", re.IGNORECASE)
    # a period word before a results word or ending the headline ("ACME INC <ACM> 4TH QTR"), or a
    # quarter's ordinal alone ending a headline cut short ("ACME CORP <ACM.O> 3RD")
    period = re.compile(
        rf"\b(?P<period>(?:(?:{ordinals})\s+)?(?:{words}))(?:(?:\s+\S+){{0,3}}?\s+(?:{results})\b|\s*$)"
        rf"|\b(?P<ordinal>{ordinals})\s*$",
        re.IGNORECASE,
    )
    # a year named beside a period or results word ("1986 YEAR", "YEAR 1986", "CALENDAR 1986", "1986 NET")
    year_lead = alternation([*periods["heads"], *heads["year_leads"]])
    named = re.compile(
        rf"\b(?:{year_lead})\s+(?P<after>(?:19|20)\d\d)\b(?!/)|(?<![/-])\b(?P<before>(?:19|20)\d\d)\s+(?:{words}|{results})\b",
        re.IGNORECASE,
    )
    return dated, period, named, frozenset(heads["year_ends"]), heads["annual_reports_until"]


def headline_year(title: str, date: str | None) -> int | None:
    """The year of the period a results headline names (step 2 of the module's docstring), or None.

    >>> headline_year("ACME INC 1ST QTR JAN 31 NET", "1987-03-05"), headline_year("ACME INC 3RD QTR NET", "1987-10-20")
    (1987, 1987)
    >>> headline_year("ACME CORP 4TH QTR LOSS", "1987-03-02"), headline_year("ACME CORP YEAR NET", "1987-06-09")
    (1986, 1987)
    >>> headline_year("ACME SETS QTLY DIVIDEND", "1987-03-02") is None, headline_year("ACME INC 2ND QTR NET", None)
    (True, None)
    >>> headline_year("MICRON TECHNOLOGY INC 2ND QTR MARCH FIVE", "1987-03-20")
    1987
    >>> headline_year("ACME INC <ACM> 4TH QTR", "1987-03-24"), headline_year("ACME CORP <ACM.O> 3RD", "1987-10-20")
    (1986, 1987)
    >>> headline_year("ACME PLC 1986 YEAR", "1987-04-01"), headline_year("ACME AG YEAR 1986", "1987-06-01")
    (1986, 1986)
    >>> headline_year("ACME PLC PROFITS RISE IN 1986/87", "1987-06-01") is None
    True
    """
    dated, period, named, year_ends, until = _headline_patterns()
    found = dated.search(title)
    if found is not None:
        number = _patterns()[3]  # month name -> its number
        return _day_year(found, number, date)
    found = named.search(title)
    if found is not None:
        return int(found.group("after") or found.group("before"))
    found = period.search(title)
    if found is None or not date or len(date) < 10:
        return None
    words = found.group("period") or f"{found.group('ordinal')} qtr"
    year, ends_year = int(date[:4]), " ".join(words.lower().split()) in year_ends
    return year - 1 if ends_year and int(date[5:7]) <= until else year


@lru_cache(maxsize=1)
def _quarter_note() -> tuple[re.Pattern, dict[str, int]]:
    data = lexicon.load("years.json")
    opens = data["named_periods"]["quarters"]  # "3rd" -> 7, the month the quarter opens
    pattern = re.compile(
        rf"\b(?P<year>(?:19|20)\d\d)\s+(?P<q>{alternation(list(opens))})\s+(?:{alternation(data['table_periods']['quarter_words'])})\b",
        re.IGNORECASE,
    )
    return pattern, {q.lower(): month + 2 for q, month in opens.items()}


def ended_a_year_later(text: str, year: int, date: str) -> bool:
    """Does a note under the table name a quarter of ``year`` ("NOTE: 1986 3rd qtr results include
    a loss") whose same quarter of the next year ended before the article's ``date``? Then the
    note speaks of the year-ago column, and the table's period is of the next year.

    >>> ended_a_year_later("NOTE: 1986 3rd qtr results include a loss", 1986, "1987-10-19")
    True
    >>> ended_a_year_later("NOTE: 1986 4th qtr net includes a gain", 1986, "1987-03-30")
    False
    """
    pattern, ends = _quarter_note()
    month = int(date[5:7])
    return any(int(m.group("year")) == year and ends[m.group("q").lower()] < month for m in pattern.finditer(text))


def row_year(text: str, start: int, row_kind: str | None, current: int) -> int | None:
    """The year of the amount at ``start`` in a table row of kind ``row_kind`` whose period is
    ``current``: the period's year before "vs" or in a row of one column, the year before after
    "vs"; None outside a table row, and in a dividend row, whose "vs" is the period before
    ("Qtly div 28 cts vs 25 cts prior"; a balance row's "vs" is a year before: "Loans 92.8 mln vs
    84.7 mln").

    >>> text = "Shr loss 78 cts vs loss 18 cts"
    >>> row_year(text, 9, "profit", 1986), row_year(text, 24, "profit", 1986), row_year(text, 9, "dividend", 1986)
    (1986, 1985, None)
    >>> row_year("Net 510,917", 4, "profit", 1987), row_year("Loans 92.8 mln vs 84.7 mln", 19, "financing", 1987)
    (1987, 1986)
    >>> t = "Div 3.75p vs 2.9p making 4.75p vs 3.75p"  # two pairs: the year's interim, then its total
    >>> at = (t.index("3.75p"), t.index("2.9p"), t.index("4.75p"), t.rindex("3.75p"))
    >>> [row_year(t, a, "profit", 1986) for a in at]
    [1986, 1985, 1986, 1985]
    """
    if row_kind is None or row_kind in PRIOR_PERIOD_KINDS:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    marks = list(_COLUMN_MARK.finditer(text, line_start, start))  # the last "vs" or "making" before it
    return current - 1 if marks and marks[-1].group().strip().lower().startswith("vs") else current


NOTE_REACH = 400  # characters searched each way for a note clause's bound: it ends well before, at a stop
# a stop, a blank line or an indented line (a table's next row), "and", "vs", "prior"
_NOTE_BOUNDARY = re.compile(r"[.;:](?=\s)|\n[ \t]*\n|\n[ \t]+(?=\S)|\band\b|\svs\.?(?=\s)|\bprior\b", re.IGNORECASE)


# the table's own period named in a note before an amount: "Note: Current qtr figures include",
# "Latest year net includes"
_CURRENT_PERIOD = re.compile(
    r"\b(?:current|latest)\s+(?:qtr|quarter|year|yr|half|period|mths|months|nine\s+mths|fiscal\s+year)\b", re.IGNORECASE
)


def note_year(text: str, start: int, end: int, current: int) -> int | None:
    """The year of the amount text[start:end] in a note's comparison of the table's period with the
    year before ("NOTE: Net includes provisions of 90,000 dlrs vs 56,250 dlrs and gains of 113,432
    dlrs vs 88,946 dlrs", "earnings of 9.0 mln dlrs, or nine cts a share vs 3.2 mln dlrs"): ``current``
    in the words before "vs", the year before in the words after it, each ending at the nearest
    "and", stop or "vs"; ``current`` too when the note names the table's own period before it ("Current
    qtr figures include 3.3 mln dlr charge"); None when no "vs" bounds its words, or when "prior" does
    (the quarter before).

    >>> t = "Net includes provisions of 90,000 dlrs vs 56,250 dlrs and gains of 113,432 dlrs vs 88,946 dlrs."
    >>> [note_year(t, t.index(a), t.index(a) + len(a), 1987) for a in ("90,000", "56,250", "113,432", "88,946")]
    [1987, 1986, 1987, 1986]
    >>> note_year("It paid 28 cts vs 25 cts prior.", 18, 24, 1987), note_year("It paid 28 cts.", 8, 14, 1987)
    (None, None)
    >>> note_year("Deposit 154.0 mln vs 131.2 mln\\n    Loans 125.3 mln vs 100.7 mln", 21, 30, 1987)
    1986
    >>> note_year("Note: Current qtr figures include 3.3 mln dlr charge.", 34, 45, 1987)
    1987
    """
    left = list(_NOTE_BOUNDARY.finditer(text, max(0, start - NOTE_REACH), start))
    right = _NOTE_BOUNDARY.search(text, end, end + NOTE_REACH)
    if _is_vs(right):
        return current
    if left and _is_vs(left[-1]):
        return None if right is not None and right.group().lower() == "prior" else current - 1
    if _CURRENT_PERIOD.search(text, left[-1].end() if left else max(0, start - NOTE_REACH), start):
        return current  # "Note: Current qtr figures include 3.3 mln dlr charge"
    return None


def _is_vs(bound: re.Match | None) -> bool:
    return bound is not None and bound.group().strip().lower().startswith("vs")


def result_rows(text: str, money: list) -> frozenset[int]:
    """The starts of the lines that hold an amount of a table row of a kind other than a dividend's
    ("Pretax profit 82.19 mln stg vs 68.82 mln"), read once per text for ``in_results``."""
    rows = set()
    for _, info in money:
        line_start = text.rfind("\n", 0, info["start"]) + 1
        kind = table_kind(text, line_start, info["start"])
        if kind is not None and kind[0] not in PRIOR_PERIOD_KINDS:
            rows.add(line_start)
    return frozenset(rows)


def in_results(text: str, line_start: int, line_end: int, rows: frozenset[int]) -> bool:
    """Is the dividend row text[line_start:line_end] one of a results table, with no pay day under it:
    a row set against the year before ("vs", not "prior") in a table with a row of another kind
    (``rows``, ``result_rows``: "Div 7.0p making 10.5p vs 8.5p" beside "Pretax profit 82.19 mln stg vs
    68.82 mln")?

    >>> t = "Shr 39.2p vs 36.0p\\n    Div 7.0p making 10.5p vs 8.5p\\n"
    >>> money = [(None, {"start": t.index(v)}) for v in ("39.2p", "36.0p", "7.0p", "10.5p", "8.5p")]
    >>> in_results(t, 19, t.index("\\n", 19), result_rows(t, money))
    True
    >>> t = "Qtly div 5 cts vs 5 cts prior\\n"
    >>> in_results(t, 0, t.index("\\n"), result_rows(t, [(None, {"start": 9}), (None, {"start": 18})]))
    False
    """
    line = text[line_start:line_end]
    if not COLUMN_SEPARATOR.search(line) or re.search(r"\bprior\b", line, re.IGNORECASE):
        return False
    return any(start != line_start for start in rows)


def fill_row_years(text: str, date: str | None, money: list, title: str = "") -> None:
    """Give each amount of ``money`` ((span, info) pairs, in text order, their links set) that is
    a figure of an earnings table's row and has no year of its own (or only one its base's look-back
    time gave: ``change_years.level_years``) its column's year (the table's period is read once, and
    only when a row needs it)."""
    current: list[int | None] = []
    results: list[frozenset[int]] = []  # lines of rows other than dividends (read once, when needed)
    has_vs = COLUMN_SEPARATOR.search(text) is not None
    first_on_line: dict[int, int] = {}  # line start -> its first amount, where the row's label ends
    for m, info in money:
        links = span_value(m, "links")
        line_start = text.rfind("\n", 0, info["start"]) + 1
        first = first_on_line.setdefault(line_start, info["start"])
        if links is None or (links["years"] and not from_base(links["years"])):
            continue  # a table's column beats a look-back's guess ("4,904,000 in 4th qtr vs 232,000 year ago")
        row = table_kind(text, line_start, first)
        if row is not None and row[0] in PRIOR_PERIOD_KINDS:
            line_end = text.find("\n", info["start"])
            line_end = len(text) if line_end < 0 else line_end
            year = payout_year(text, line_end, date)
            if year is None and not results:
                results.append(result_rows(text, money))
            if year is None and in_results(text, line_start, line_end, results[0]):
                row = ("profit", row[1])  # "Div 7.0p making 10.5p vs 8.5p" under "Pretax profit": the columns' years
            else:
                if year is not None and info["start"] == first:  # the declared dividend, not the prior one
                    links["years"] = [_table_year(year)]
                continue
        if row is None and not has_vs:
            continue
        if not current:
            current.append(period_year(text, date, title))
        if current[0] is None:
            continue
        if row is None:  # "NOTE: Net includes provisions of 90,000 dlrs vs 56,250 dlrs and ..."
            year = note_year(text, info["start"], info["end"], current[0])
        else:
            year = row_year(text, info["start"], row[0], current[0])
        if year is not None:
            links["years"] = [_table_year(year)]


def _table_year(year: int) -> dict:
    """A year mention of no text of its own, flagged for the reviewer."""
    return {"start": -1, "end": -1, "years": [year], "role": "point", "duration": None, "flags": [FLAG]}
