"""UK chronology dates and times: every accepted form, and the refusals."""

from datetime import date, time

import pytest

from chronology.dates import DateError, combine_range, parse_date, parse_time

D = date

# text, start, end, precision, approximate, display
VALID = [
    ("03/03/2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3/3/10", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3.3.10", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("03-03-2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("03.03.2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("22.05.16", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22/05/16", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22/05/2016", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22-may-16", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22-May-2016", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22.05/16", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22/05.16", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("22 / 05 / 2016", D(2016, 5, 22), D(2016, 5, 22), "day", False, "22/05/2016"),
    ("3rd March 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("1st April 2011", D(2011, 4, 1), D(2011, 4, 1), "day", False, "01/04/2011"),
    ("2nd Feb 2012", D(2012, 2, 2), D(2012, 2, 2), "day", False, "02/02/2012"),
    ("21st of June 2013", D(2013, 6, 21), D(2013, 6, 21), "day", False, "21/06/2013"),
    ("3 Mar 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3 Mar. 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3 march 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3 MARCH 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3 Sept 2010", D(2010, 9, 3), D(2010, 9, 3), "day", False, "03/09/2010"),
    ("3 Sep 10", D(2010, 9, 3), D(2010, 9, 3), "day", False, "03/09/2010"),
    ("Wednesday 3 March 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("Wed 3 March 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("Wed, 3 March 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("Tuesday 5 March 2024", D(2024, 3, 5), D(2024, 3, 5), "day", False, "05/03/2024"),
    ("March 3rd 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("March 3, 2010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("2010-03-03", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("2024-2-29", D(2024, 2, 29), D(2024, 2, 29), "day", False, "29/02/2024"),
    ("29/02/2024", D(2024, 2, 29), D(2024, 2, 29), "day", False, "29/02/2024"),
    ("31/12/99", D(1999, 12, 31), D(1999, 12, 31), "day", False, "31/12/1999"),
    ("1/1/69", D(2069, 1, 1), D(2069, 1, 1), "day", False, "01/01/2069"),
    ("1/1/70", D(1970, 1, 1), D(1970, 1, 1), "day", False, "01/01/1970"),
    ("1/1/00", D(2000, 1, 1), D(2000, 1, 1), "day", False, "01/01/2000"),
    ("12/01/2010", D(2010, 1, 12), D(2010, 1, 12), "day", False, "12/01/2010"),
    ("  3/3/10  ", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("3\u00a0March\u00a02010", D(2010, 3, 3), D(2010, 3, 3), "day", False, "03/03/2010"),
    ("March 2010", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("march 2010", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("Feb 2024", D(2024, 2, 1), D(2024, 2, 29), "month", False, "February 2024"),
    ("Mar-10", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("Mar 10", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("Mar '10", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("03/2010", D(2010, 3, 1), D(2010, 3, 31), "month", False, "March 2010"),
    ("2010", D(2010, 1, 1), D(2010, 12, 31), "year", False, "2010"),
    ("? 22 may 2016", D(2016, 5, 22), D(2016, 5, 22), "day", True, "c. 22/05/2016"),
    ("?22/05/2016", D(2016, 5, 22), D(2016, 5, 22), "day", True, "c. 22/05/2016"),
    ("c. 3/3/10", D(2010, 3, 3), D(2010, 3, 3), "day", True, "c. 03/03/2010"),
    ("c 3/3/10", D(2010, 3, 3), D(2010, 3, 3), "day", True, "c. 03/03/2010"),
    ("ca. 3/3/10", D(2010, 3, 3), D(2010, 3, 3), "day", True, "c. 03/03/2010"),
    ("circa March 2010", D(2010, 3, 1), D(2010, 3, 31), "month", True, "c. March 2010"),
    ("approx. 2010", D(2010, 1, 1), D(2010, 12, 31), "year", True, "c. 2010"),
    ("approx 3 March 2010", D(2010, 3, 3), D(2010, 3, 3), "day", True, "c. 03/03/2010"),
    ("Approximately March 2010", D(2010, 3, 1), D(2010, 3, 31), "month", True, "c. March 2010"),
    ("? March 2010", D(2010, 3, 1), D(2010, 3, 31), "month", True, "c. March 2010"),
    ("early March 2010", D(2010, 3, 1), D(2010, 3, 10), "month", True, "early March 2010"),
    ("mid March 2010", D(2010, 3, 11), D(2010, 3, 20), "month", True, "mid-March 2010"),
    ("mid-March 2010", D(2010, 3, 11), D(2010, 3, 20), "month", True, "mid-March 2010"),
    ("middle of May 2011", D(2011, 5, 11), D(2011, 5, 20), "month", True, "mid-May 2011"),
    ("late February 2024", D(2024, 2, 21), D(2024, 2, 29), "month", True, "late February 2024"),
    (
        "beginning of March 2010",
        D(2010, 3, 1),
        D(2010, 3, 10),
        "month",
        True,
        "beginning of March 2010",
    ),
    ("start of Mar 2010", D(2010, 3, 1), D(2010, 3, 10), "month", True, "start of March 2010"),
    ("end of March 2010", D(2010, 3, 21), D(2010, 3, 31), "month", True, "end of March 2010"),
    ("w/c 4/3/24", D(2024, 3, 4), D(2024, 3, 10), "week", False, "w/c 04/03/2024"),
    ("W/C 4 March 2024", D(2024, 3, 4), D(2024, 3, 10), "week", False, "w/c 04/03/2024"),
    ("week commencing 04/03/2024", D(2024, 3, 4), D(2024, 3, 10), "week", False, "w/c 04/03/2024"),
    ("w/b 4.3.24", D(2024, 3, 4), D(2024, 3, 10), "week", False, "w/c 04/03/2024"),
    ("Spring 2024", D(2024, 3, 1), D(2024, 5, 31), "season", False, "Spring 2024"),
    ("summer 2024", D(2024, 6, 1), D(2024, 8, 31), "season", False, "Summer 2024"),
    ("Autumn 2023", D(2023, 9, 1), D(2023, 11, 30), "season", False, "Autumn 2023"),
    ("winter 2023/24", D(2023, 12, 1), D(2024, 2, 29), "season", False, "Winter 2023/24"),
    ("? summer 2024", D(2024, 6, 1), D(2024, 8, 31), "season", True, "c. Summer 2024"),
    ("3-5 March 2010", D(2010, 3, 3), D(2010, 3, 5), "range", False, "03/03/2010 – 05/03/2010"),
    ("3rd-5th March 2010", D(2010, 3, 3), D(2010, 3, 5), "range", False, "03/03/2010 – 05/03/2010"),
    ("3 to 5 March 2010", D(2010, 3, 3), D(2010, 3, 5), "range", False, "03/03/2010 – 05/03/2010"),
    (
        "03/03/2010 - 05/03/2010",
        D(2010, 3, 3),
        D(2010, 3, 5),
        "range",
        False,
        "03/03/2010 – 05/03/2010",
    ),
    (
        "03/03/2010–05/03/2010",
        D(2010, 3, 3),
        D(2010, 3, 5),
        "range",
        False,
        "03/03/2010 – 05/03/2010",
    ),
    ("3/3/10 to 5/3/10", D(2010, 3, 3), D(2010, 3, 5), "range", False, "03/03/2010 – 05/03/2010"),
    (
        "3 March - 5 April 2010",
        D(2010, 3, 3),
        D(2010, 4, 5),
        "range",
        False,
        "03/03/2010 – 05/04/2010",
    ),
    ("March to May 2010", D(2010, 3, 1), D(2010, 5, 31), "range", False, "March 2010 – May 2010"),
    ("March - May 2010", D(2010, 3, 1), D(2010, 5, 31), "range", False, "March 2010 – May 2010"),
    (
        "Nov 2009 to Feb 2010",
        D(2009, 11, 1),
        D(2010, 2, 28),
        "range",
        False,
        "November 2009 – February 2010",
    ),
    ("? 3-5 March 2010", D(2010, 3, 3), D(2010, 3, 5), "range", True, "c. 03/03/2010 – 05/03/2010"),
]


@pytest.mark.parametrize("text, start, end, precision, approximate, display", VALID)
def test_reads_dates(text, start, end, precision, approximate, display):
    value = parse_date(text)
    assert (value.start, value.end, value.precision, value.approximate, value.display) == (
        start,
        end,
        precision,
        approximate,
        display,
    )
    assert value.text == " ".join(text.replace("\u00a0", " ").split())
    assert value.time is None


# date cell, time column, time, approximate time, time display
TIMES = [
    ("03/03/2010 14:30", "", time(14, 30), False, "14:30"),
    ("03/03/2010 14.30", "", time(14, 30), False, "14:30"),
    ("03/03/2010 1430hrs", "", time(14, 30), False, "14:30"),
    ("03/03/2010 1430 hrs", "", time(14, 30), False, "14:30"),
    ("03/03/2010 at 2.30pm", "", time(14, 30), False, "14:30"),
    ("3 March 2010, 2pm", "", time(14, 0), False, "14:00"),
    ("3 March 2010 2 pm", "", time(14, 0), False, "14:00"),
    ("3/3/10 9am", "", time(9, 0), False, "09:00"),
    ("3/3/10 12am", "", time(0, 0), False, "00:00"),
    ("3/3/10 12pm", "", time(12, 0), False, "12:00"),
    ("3/3/10 noon", "", time(12, 0), False, "12:00"),
    ("3/3/10 midnight", "", time(0, 0), False, "00:00"),
    ("3/3/10 ?14:30", "", time(14, 30), True, "c. 14:30"),
    ("3/3/10 c. 2pm", "", time(14, 0), True, "c. 14:00"),
    ("03/03/2010", "14:30", time(14, 30), False, "14:30"),
    ("03/03/2010", "1430", time(14, 30), False, "14:30"),
    ("03/03/2010", "1430hrs", time(14, 30), False, "14:30"),
    ("03/03/2010", "0905", time(9, 5), False, "09:05"),
    ("03/03/2010", "2.30 p.m.", time(14, 30), False, "14:30"),
    ("03/03/2010", "? 10:00", time(10, 0), True, "c. 10:00"),
    ("03/03/2010", "approx 10am", time(10, 0), True, "c. 10:00"),
    ("03/03/2010", "am", None, False, "am"),
    ("03/03/2010", "PM", None, False, "pm"),
    ("03/03/2010", "evening", None, False, "evening"),
    ("03/03/2010", "", None, False, ""),
    ("03/03/2010", "   ", None, False, ""),
]


@pytest.mark.parametrize("text, time_text, clock, approximate, shown", TIMES)
def test_reads_times(text, time_text, clock, approximate, shown):
    value = parse_date(text, time_text=time_text)
    assert (value.time, value.time_approximate, value.time_display) == (clock, approximate, shown)
    assert value.start == date(2010, 3, 3)


# text, time column, words the message must contain, field
INVALID = [
    ("", "", "empty", "date"),
    ("   ", "", "empty", "date"),
    ("22 may 2016 ?", "", "goes in front", "date"),
    ("22/05/2016?", "", "goes in front", "date"),
    ("March 2010 ?", "", "goes in front", "date"),
    ("probably 22 May 2016", "", "one date and nothing else", "date"),
    ("possibly March 2010", "", "one date and nothing else", "date"),
    ("3 or 4 March 2010", "", "one date and nothing else", "date"),
    ("unknown", "", "one date and nothing else", "date"),
    ("31/02/2024", "", "February 2024 has 29 days", "date"),
    ("29/02/2023", "", "February 2023 has 28 days", "date"),
    ("31/04/2010", "", "April 2010 has 30 days", "date"),
    ("32/01/2010", "", "January 2010 has 31 days", "date"),
    ("0/01/2010", "", "has 31 days", "date"),
    ("13/13/2024", "", "no month 13", "date"),
    ("01/00/2024", "", "no month 0", "date"),
    ("13/2024", "", "no month 13", "date"),
    ("31 February 2024", "", "February 2024 has 29 days", "date"),
    ("2024-02-30", "", "February 2024 has 29 days", "date"),
    ("Tuesday 3 March 2010", "", "was a Wednesday, not a Tuesday", "date"),
    ("03/03/2010 25:00", "", "hours run 00 to 23", "time"),
    ("03/03/2010", "25:00", "hours run 00 to 23", "time"),
    ("03/03/2010", "14:75", "minutes run 00 to 59", "time"),
    ("03/03/2010", "13pm", "hour runs 1 to 12", "time"),
    ("03/03/2010", "teatime", "not a time", "time"),
    ("03/03/2010 14:30", "15:00", "keep the time in one place", "time"),
    ("March 2010 14:30", "", "no day", "time"),
    ("March 2010", "14:30", "no day", "time"),
    ("hello", "", "not a date this tool can read", "date"),
    ("3/10", "", "not a date this tool can read", "date"),
    ("03/03", "", "not a date this tool can read", "date"),
    ("Smarch 2010", "", "not a date this tool can read", "date"),
    ("10", "", "not a date this tool can read", "date"),
    ("?", "", "no date after", "date"),
    ("1066", "", "not a plausible year", "date"),
    ("3/3/2150", "", "not a plausible year", "date"),
    ("05/03/2010 - 03/03/2010", "", "before the start date", "date"),
    ("May to March 2010", "", "before the start date", "date"),
    ("w/c March 2024", "", "needs a day", "date"),
    ("3/3/10 and 4/3/10", "", "not a date this tool can read", "date"),
]


@pytest.mark.parametrize("text, time_text, words, field", INVALID)
def test_refuses(text, time_text, words, field):
    with pytest.raises(DateError) as raised:
        parse_date(text, time_text=time_text)
    assert words in str(raised.value)
    assert raised.value.field == field


def test_a_real_date_message_is_plain():
    with pytest.raises(DateError, match=r"^'31/02/2024' is not a real date: February 2024 has 29"):
        parse_date("31/02/2024")


@pytest.mark.parametrize(
    "text, minutes", [("", -1), ("am", 0), ("pm", 720), ("00:00", 0), ("14:30", 870)]
)
def test_unknown_time_sorts_first(text, minutes):
    assert parse_date("3/3/10", time_text=text).time_minutes == minutes


@pytest.mark.parametrize(
    "first, last, display",
    [
        ("3/3/10", "5/3/10", "03/03/2010 – 05/03/2010"),
        ("March 2010", "May 2010", "March 2010 – May 2010"),
        ("3/3/10", "3/3/10", "03/03/2010"),
    ],
)
def test_combines_start_and_end_columns(first, last, display):
    assert combine_range(parse_date(first), parse_date(last)).display == display


def test_parse_time_returns_period():
    assert parse_time("afternoon") == (None, False, "afternoon")


@pytest.mark.parametrize(
    ("text", "start", "end", "approximate"),
    [
        ("?/06/2024", date(2024, 6, 1), date(2024, 6, 30), True),
        ("Summer term 2024", date(2024, 4, 1), date(2024, 7, 31), False),
        ("autumn term 2023", date(2023, 9, 1), date(2023, 12, 31), False),
    ],
)
def test_unknown_day_and_school_terms(text, start, end, approximate):
    value = parse_date(text)
    assert (value.start, value.end, value.approximate) == (start, end, approximate)
