"""Read UK chronology dates and times as people type them, day first, never guessing.

A date cell holds one date: optionally a leading uncertainty marker (``?``, ``c.``, ``circa``,
``approx.``) and optionally a time. Anything else ("22 May 2016 ?", "probably 22 May 2016")
is refused with a plain message, as Chronolator does. ``DateValue.display`` shows only what was
written, normalised; the interval ``start``..``end`` is what sorting and gaps use.

The one date reader of the project, in a bottom layer that imports nothing of ours: the
chronology reads its cells with it (``chronology.dates`` adds ``row_date``, a row's date), and
the anonymiser reads the dates it generalises with it (``anonymiser.profiles``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from dateutil.parser import parserinfo

PRECISIONS = ("day", "week", "month", "season", "year", "range")

_INFO = parserinfo()
MONTHS: dict[str, int] = {
    name.lower(): number for number, names in enumerate(_INFO.MONTHS, 1) for name in names
}
WEEKDAYS: dict[str, int] = {
    name.lower(): number for number, names in enumerate(_INFO.WEEKDAYS) for name in names
} | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

APPROXIMATE = r"(?:\?|approximately|approx\.?|circa|about|around|ca\.|c\.|c(?=\s))"
HEDGES = ("probably", "possibly", "maybe", "perhaps", "unsure", "not sure", "unknown", "or")
# part of the month written before it: (first day, last day or None for the month's end)
PART_OF_MONTH: dict[str, tuple[int, int | None]] = {
    "early": (1, 10),
    "beginning of": (1, 10),
    "start of": (1, 10),
    "mid": (11, 20),
    "mid-": (11, 20),
    "middle of": (11, 20),
    "late": (21, None),
    "end of": (21, None),
}
QUALIFIER_SHOWN = {"mid": "mid-", "middle of": "mid-"}
# meteorological seasons: (first month, months long); winter runs into the next year
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3),
    "summer": (6, 3),
    "autumn": (9, 3),
    "fall": (9, 3),
    "winter": (12, 3),
}
SCHOOL_TERMS: dict[str, tuple[int, int]] = {"autumn": (9, 12), "spring": (1, 4), "summer": (4, 7)}
PERIODS_OF_DAY: dict[str, int] = {
    "am": 0,
    "morning": 0,
    "pm": 720,
    "afternoon": 720,
    "evening": 1020,
    "night": 1260,
}
TWO_DIGIT_PIVOT = 70  # 00-69 are 2000s, 70-99 are 1900s
YEARS = range(1900, 2100)

_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_YEAR = r"'?(?P<year>\d{4}|\d{2})"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|hrs?))?|\d{1,2}(?:\.\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"|\d{3,4}\s*hrs?|noon|midday|midnight"
)
_TIME_IN_CELL = re.compile(rf"(?:[\s,]+(?:at\s+|@\s*)?)(?P<time>(?:{APPROXIMATE}\s*)?(?:{_TIME}))$")
_RANGE_SEPARATOR = re.compile(r"\s+(?:-|to|until|till)\s+|\s*[–—]\s*")


class DateError(ValueError):
    """A date or time that cannot be read; ``field`` is "date" or "time"; str() is plain English."""

    def __init__(self, message: str, field: str = "date") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class DateValue:
    """A date as written: an inclusive interval, its precision, and an optional time.

    ``qualifier`` keeps words that narrow the interval ("early", "w/c", "spring"); ``unit`` is
    the precision of each end of a range. ``period`` is "am", "pm", ... when only that was given.
    """

    start: date
    end: date
    precision: str
    approximate: bool = False
    time: time | None = None
    time_approximate: bool = False
    text: str = ""
    qualifier: str = ""
    unit: str = ""
    period: str = ""

    @property
    def display(self) -> str:
        """The date as written, normalised; never a value that was assumed."""
        shown = _show(self)
        narrowed = self.qualifier and self.precision == "month"  # "early March" says it already
        narrowed = narrowed and not re.match(APPROXIMATE, self.text, re.IGNORECASE)  # "c." kept
        return f"c. {shown}" if self.approximate and not narrowed else shown

    @property
    def time_display(self) -> str:
        """The time as written, normalised ("14:30", "c. 14:30", "pm"); "" when none."""
        shown = self.time.strftime("%H:%M") if self.time else self.period
        return f"c. {shown}" if shown and self.time_approximate else shown

    @property
    def time_minutes(self) -> int:
        """Minutes after midnight for sorting; -1 when the time is not known (sorts first)."""
        if self.time is not None:
            return self.time.hour * 60 + self.time.minute
        return PERIODS_OF_DAY.get(self.period, -1)

    def __str__(self) -> str:
        return f"{self.display} {self.time_display}".strip()


def _show(value: DateValue) -> str:
    if value.precision == "range":
        return f"{_show_one(value.start, value.unit)} – {_show_one(value.end, value.unit)}"
    if value.precision == "week":
        return f"w/c {value.start:%d/%m/%Y}"
    if value.precision == "season":
        year = f"{value.start.year}"
        if value.end.year != value.start.year:
            year += f"/{value.end.year % 100:02d}"
        return f"{value.qualifier.capitalize()} {year}"
    shown = _show_one(value.start, value.precision)
    if not value.qualifier:
        return shown
    return f"{value.qualifier}{'' if value.qualifier.endswith('-') else ' '}{shown}"


def _show_one(day: date, unit: str) -> str:
    if unit == "month":
        return f"{day:%B %Y}"
    if unit == "year":
        return f"{day.year}"
    return f"{day:%d/%m/%Y}"


def parse_date(
    text: str, *, time_text: str = "", year: int | None = None, term_start: date | None = None
) -> DateValue:
    """Read one date cell (and the time column, if any) day first.

    ``year`` is the year the IMR gives around the cell (a heading "Contacts in 2023", the rows
    beside it); it is used only when the cell names no year at all ("23/09", "?/10", "4 May").
    ``term_start`` is the first day of a school term the IMR names above the table; "Week 3 of
    the autumn term" is then the third week from it.
    Raises ``DateError`` with a plain message naming what is wrong and how to write it.
    A time in both the cell and the time column is refused; so is a time with no day.
    """
    written = " ".join(str(text).replace("\u00a0", " ").split())
    if not written:
        raise DateError("the date is empty: write the date of the event, e.g. 03/03/2010")
    _refuse_hedges(written)
    body, cell_time = _split_time(written)
    try:
        value = replace(_parse_interval(body, written), text=written)
    except DateError:
        week = term_week(body, term_start)
        if week is not None:
            value = replace(week, text=written)
        elif year is None or not names_no_year(body):
            raise
        else:
            value = replace(_parse_interval(with_year(body, year), written), text=written)
    time_written = " ".join(time_text.split())
    if cell_time and time_written:
        raise DateError(
            f"'{written}' has a time and the time column says '{time_written}': "
            "keep the time in one place",
            "time",
        )
    return _with_time(value, cell_time or time_written)


YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\d+[./-]\d+[./-]\d+|'\d{2}\b")
DAY_MONTH = re.compile(r"(?<![\d/.-])(\d{1,2}|\?)\s*([./])\s*(\d{1,2})(?![\d/.-])")


MONTH_OR_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def names_no_year(text: str) -> bool:
    """True when a date as written gives a day and month or a month, but no year ("23/09",
    "?/10", "4 May", "late June")."""
    if YEAR_WORD.search(text):
        return False
    return bool(DAY_MONTH.search(text) or MONTH_OR_DAY.search(text))


def with_year(text: str, year: int) -> str:
    """The date with the year put in: after each day/month ("23/09" -> "23/09/2023"), or at
    the end ("4 May" -> "4 May 2023", "between April and June" -> "... June 2023")."""
    filled, count = DAY_MONTH.subn(
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{year}", text
    )
    return filled if count else f"{text} {year}"


TERM_WEEK = re.compile(
    r"(?:week|wk)\s*(\d{1,2})\s+(?:of\s+)?(?:the\s+)?(?:(autumn|spring|summer)\s+)?term",
    re.IGNORECASE,
)


def term_week(text: str, term_start: date | None) -> DateValue | None:
    """ "Week 3 of the autumn term" as the third school week from the term's first day (that
    week's Monday to Friday), or None when it is not written so or no term start is known."""
    found = TERM_WEEK.fullmatch(text.strip())
    if found is None or term_start is None:
        return None
    monday = term_start - timedelta(days=term_start.weekday())
    start = max(term_start, monday + timedelta(weeks=int(found.group(1)) - 1))
    end = monday + timedelta(weeks=int(found.group(1)) - 1, days=4)
    return DateValue(start, end, "week", qualifier="w/c")


def combine_range(first: DateValue, last: DateValue) -> DateValue:
    """Join a start and an end date (e.g. the Date and End date columns) into one range."""
    if last.end < first.start:
        raise DateError(f"the end date '{last.text}' is before the start date '{first.text}'")
    if last.start == first.start and last.end == first.end:
        return first
    unit = first.precision if first.precision == last.precision else "day"
    return replace(
        first,
        end=last.end,
        precision="range",
        unit=unit,
        approximate=first.approximate or last.approximate,
        text=f"{first.text} – {last.text}",
        qualifier="",
    )


def parse_time(text: str) -> tuple[time | None, bool, str]:
    """Read a time: (time or None, approximate, period such as "pm" when only that was given)."""
    written = " ".join(text.lower().split())
    approx = re.match(rf"{APPROXIMATE}\s*", written)
    core = written[approx.end() :] if approx else written
    core = core.replace("a.m.", "am").replace("p.m.", "pm").strip()
    if core in PERIODS_OF_DAY:
        return None, bool(approx), core
    if core in ("noon", "midday"):
        return time(12, 0), bool(approx), ""
    if core == "midnight":
        return time(0, 0), bool(approx), ""
    found = re.fullmatch(r"(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|hrs?|h)?", core)
    if not found or (found.group(2) is None and found.group(3) in (None, "hrs", "hr", "h")):
        raise DateError(f"'{text}' is not a time: write it as 14:30, 2.30pm or 1430hrs", "time")
    hour, minute, suffix = int(found.group(1)), int(found.group(2) or 0), found.group(3) or ""
    return _clock(text, hour, minute, suffix), bool(approx), ""


def _clock(text: str, hour: int, minute: int, suffix: str) -> time:
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            raise DateError(
                f"'{text}' is not a real time: with am or pm the hour runs 1 to 12", "time"
            )
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23:
        raise DateError(f"'{text}' is not a real time: hours run 00 to 23", "time")
    if minute > 59:
        raise DateError(f"'{text}' is not a real time: minutes run 00 to 59", "time")
    return time(hour, minute)


def _refuse_hedges(written: str) -> None:
    lowered = written.lower()
    if re.search(r"\d\s*\?$", lowered) or re.search(r"[a-z]\s+\?$", lowered):
        raise DateError(
            f"'{written}': a '?' for an uncertain date goes in front, "
            f"e.g. '? {written.rstrip(' ?')}'"
        )
    for hedge in HEDGES:
        if re.search(rf"(^|\s){hedge}(\s|$)", lowered):
            raise DateError(
                f"'{written}': a date cell holds one date and nothing else; move "
                f"'{hedge}' to the event text and put '?' in front of the date"
            )


def _split_time(written: str) -> tuple[str, str]:
    found = _TIME_IN_CELL.search(written.lower())
    if not found or not _looks_like_date_before(written[: found.start()]):
        return written, ""
    return written[: found.start()].strip(" ,"), written[found.start("time") :]


def _looks_like_date_before(head: str) -> bool:
    return bool(re.search(r"\d", head))


def _with_time(value: DateValue, time_written: str) -> DateValue:
    if not time_written:
        return value
    clock, approx, period = parse_time(time_written)
    if value.precision != "day":
        raise DateError(
            f"'{value.text}' has a time but no day: give the full date, or leave the time out",
            "time",
        )
    return replace(value, time=clock, time_approximate=approx, period=period)


def _parse_interval(body: str, written: str) -> DateValue:
    approx = re.match(rf"{APPROXIMATE}\s*", body, re.IGNORECASE)
    core = body[approx.end() :] if approx else body
    if approx and approx.group(0).strip() == "?":
        core = re.sub(r"^[/.-]\s*(?=\d)", "", core)  # "?/06/2024": the day is not known
    if not core:
        raise DateError(f"'{written}' has no date after the '?': write e.g. '? 03/03/2010'")
    value = _parse_range(core, written) or _parse_single(core, written)
    return replace(value, approximate=value.approximate or bool(approx))


BETWEEN = re.compile(
    r"(?:between|from)\s+(.+?)\s+(?:and|to|until|till|-|–|—)\s+(.+)", re.IGNORECASE
)


def _parse_range(core: str, written: str) -> DateValue | None:
    between = BETWEEN.fullmatch(core)
    if between:  # "between 3 and 5 July 2024", "from March to May 2024"
        core = f"{between.group(1)} to {between.group(2)}"
    days = re.fullmatch(
        rf"(\d{{1,2}}){_ORD}\s*(?:-|–|—|to)\s*(\d{{1,2}}){_ORD}\s+(.+)", core, re.IGNORECASE
    )
    if days:
        tail = days.group(3)
        first = _parse_single(f"{days.group(1)} {tail}", written)
        return combine_range(first, _parse_single(f"{days.group(2)} {tail}", written))
    parts = _RANGE_SEPARATOR.split(core)
    if len(parts) != 2:
        return None
    left, right = parts
    last = _parse_single(right, written)
    if not re.search(r"\d{4}|'\d{2}|\d+[./-]\d+[./-]\d+", left):
        left = f"{left} {last.start.year}"  # "March to May 2010", "3 March - 5 April 2010"
    return combine_range(_parse_single(left, written), last)


def _parse_single(core: str, written: str) -> DateValue:
    lowered = core.lower().strip(" ,")
    for reader in READERS:
        value = reader(lowered, written)
        if value is not None:
            return value
    raise DateError(
        f"'{written}' is not a date this tool can read: write it as 03/03/2010, "
        "3 March 2010, March 2010 or 2010, with '?' in front if it is uncertain"
    )


def _read_iso(core: str, written: str) -> DateValue | None:
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", core)
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    return _day(written, year, month, day)


def _read_numeric(core: str, written: str) -> DateValue | None:
    # mixed separators are the typing slips Chronolator accepts too: 22.05/16
    found = re.fullmatch(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})", core)
    if not found:
        return None
    day, month, year = found.groups()
    return _day(written, _year(year, written), int(month), int(day))


def _read_numeric_month(core: str, written: str) -> DateValue | None:
    found = re.fullmatch(r"(\d{1,2})\s*[./-]\s*(\d{4})", core)
    if not found:
        return None
    return _month(written, _year(found.group(2), written), _month_number(found.group(1), written))


def _read_day_month_year(core: str, written: str) -> DateValue | None:
    core, weekday = _strip_weekday(core)
    found = re.fullmatch(
        rf"(?P<day>\d{{1,2}}){_ORD}(?:\s+of)?[\s./-]*{_MONTH}[\s,./-]*{_YEAR}", core
    ) or re.fullmatch(rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+{_YEAR}", core)
    if not found or found.group("month") not in MONTHS:
        return None
    value = _day(
        written,
        _year(found.group("year"), written),
        MONTHS[found.group("month")],
        int(found.group("day")),
    )
    _check_weekday(value.start, weekday, written)
    return value


def _read_month_year(core: str, written: str) -> DateValue | None:
    part = next(
        (
            p
            for p in sorted(PART_OF_MONTH, key=len, reverse=True)
            if core.startswith(p + ("" if p.endswith("-") else " "))
        ),
        "",
    )
    found = re.fullmatch(rf"{_MONTH}[\s,./-]*{_YEAR}", core[len(part) :].strip())
    if not found or found.group("month") not in MONTHS:
        return None
    value = _month(written, _year(found.group("year"), written), MONTHS[found.group("month")])
    if not part:
        return value
    first, last = PART_OF_MONTH[part]
    end = value.end if last is None else value.start.replace(day=last)
    return replace(
        value,
        start=value.start.replace(day=first),
        end=end,
        approximate=True,
        qualifier=QUALIFIER_SHOWN.get(part, part),
    )


def _read_week(core: str, written: str) -> DateValue | None:
    found = re.fullmatch(
        r"(?:w/c|w/b|wc|w\.c\.|wk\s+comm?\.?|week\s+(?:commencing|beginning))"
        r"\s*(.+)",
        core,
    )
    if not found:
        return None
    day = _parse_single(found.group(1), written)
    if day.precision != "day":
        raise DateError(f"'{written}': week commencing needs a day, e.g. 'w/c 04/03/2024'")
    return replace(day, end=day.start + timedelta(days=6), precision="week")


def _read_season(core: str, written: str) -> DateValue | None:
    term = re.fullmatch(r"(spring|summer|autumn)\s+term\s+(\d{4})", core)
    if term:  # a school term in England: autumn Sep-Dec, spring Jan-Apr, summer Apr-Jul
        first, last = SCHOOL_TERMS[term.group(1)]
        year = _year(term.group(2), written)
        end = date(year, last, _days_in(year, last))
        return DateValue(date(year, first, 1), end, "season", qualifier=f"{term.group(1)} term")
    found = re.fullmatch(r"(spring|summer|autumn|fall|winter)\s+(\d{4})(?:\s*/\s*\d{2,4})?", core)
    if not found:
        return None
    first_month, length = SEASONS[found.group(1)]
    start = date(_year(found.group(2), written), first_month, 1)
    last_month_start = _add_months(start, length - 1)
    end = last_month_start.replace(day=_days_in(last_month_start.year, last_month_start.month))
    return DateValue(start, end, "season", qualifier=found.group(1).replace("fall", "autumn"))


# part of the year written before it: (first month, last month)
PART_OF_YEAR: dict[str, tuple[int, int]] = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _read_year(core: str, written: str) -> DateValue | None:
    part = re.fullmatch(r"(early|mid|late)[\s-]+(\d{4})", core)
    if part:  # "late 2022": the last third of the year
        first, last = PART_OF_YEAR[part.group(1)]
        year = _year(part.group(2), written)
        start, end = date(year, first, 1), date(year, last, _days_in(year, last))
        return DateValue(start, end, "season", qualifier=part.group(1))
    if not re.fullmatch(r"\d{4}", core):
        return None
    year = _year(core, written)
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")


READERS = (
    _read_iso,
    _read_numeric,
    _read_numeric_month,
    _read_week,
    _read_season,
    _read_day_month_year,
    _read_month_year,
    _read_year,
)


def _strip_weekday(core: str) -> tuple[str, int | None]:
    found = re.match(r"([a-z]+)\.?,?\s+(?=\d|[a-z]+\s+\d)", core)
    if found and found.group(1) in WEEKDAYS:
        return core[found.end() :], WEEKDAYS[found.group(1)]
    return core, None


def _check_weekday(day: date, weekday: int | None, written: str) -> None:
    if weekday is not None and day.weekday() != weekday:
        raise DateError(
            f"'{written}': {day.day} {day:%B %Y} was a {day:%A}, not a "
            f"{calendar.day_name[weekday]}: check which is right"
        )


def _year(text: str, written: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    if year not in YEARS:
        raise DateError(f"'{written}': {year} is not a plausible year for a chronology")
    return year


def _month_number(text: str, written: str) -> int:
    month = int(text)
    if not 1 <= month <= 12:
        raise DateError(f"'{written}' is not a real date: there is no month {month}")
    return month


def _day(written: str, year: int, month: int, day: int) -> DateValue:
    month = _month_number(str(month), written)
    days = _days_in(year, month)
    if not 1 <= day <= days:
        raise DateError(
            f"'{written}' is not a real date: {calendar.month_name[month]} {year} has {days} days"
        )
    return DateValue(date(year, month, day), date(year, month, day), "day")


def _month(written: str, year: int, month: int) -> DateValue:
    return DateValue(date(year, month, 1), date(year, month, _days_in(year, month)), "month")


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)
