import pytest

from pipeline.years import find_years


@pytest.mark.parametrize(
    "text, mention, years, role",
    [
        ("invest 10 trillion won by 2023, building", "by 2023", [2023], "target"),
        ("until 2025", "until 2025", [2025], "target"),
        ("in 2022", "in 2022", [2022], "point"),
        ("during 1986", "during 1986", [1986], "point"),
        ("Since the beginning of 2019, the", "Since the beginning of 2019", [2019], "start"),
        ("starting in 2020", "starting in 2020", [2020], "start"),
        ("from 2020 to 2025", "from 2020 to 2025", [2020, 2025], "span"),
        ("the 2019-2023 plan", "2019-2023", [2019, 2023], "span"),
        ("in 2019-23", "in 2019-23", [2019, 2023], "span"),
        ("FY2024 budget", "FY2024", [2024], "point"),
        ("fiscal 2024", "fiscal 2024", [2024], "point"),
        ("In the first half of 2016,", "In the first half of 2016", [2016], "point"),
        ("sales in April 2019 rose", "in April", None, None),
        ("profit was up 10 pct from 2019", "from 2019", [2019], "comparison"),
        ("it invests more than compared with 2019", "compared with 2019", [2019], "comparison"),
        ("double the 2019 level", "2019", [2019], "comparison"),
        ("it will invest from 2022 onwards", "from 2022", [2022], "start"),
        ("the ministry's 2026 budget", "2026", [2026], "point"),
        ("rolling out networks by mid-2026", "by mid-2026", [2026], "target"),
        ("debt at end-1986 was", "at end-1986", [1986], "point"),
        ("Korea’s 2024 exports", "2024", [2024], "point"),
    ],
)
def test_years_role(text, mention, years, role):
    found = find_years(text)
    if years is None:
        assert all(m.years != [] for m in found)
        return
    assert len(found) == 1
    m = found[0]
    assert (text[m.start : m.end], m.years, m.role) == (mention, years, role)


@pytest.mark.parametrize(
    "text, years",
    [
        ("this year", [2019]),
        ("last year", [2018]),
        ("next year", [2020]),
        ("the previous year", [2018]),
        ("a year earlier", [2018]),
    ],
)
def test_years_relative_resolved_with_date(text, years):
    (m,) = find_years(text, date="2019-04-29")
    assert (m.years, m.role, m.flags) == (years, "relative", [])


@pytest.mark.parametrize("text", ["the 30-year-old engineer", "a five-year-old boy"])
def test_years_age_is_no_duration(text):
    assert find_years(text) == []


def test_years_relative_without_date_is_flagged():
    (m,) = find_years("It rose this year.")
    assert m.years == [] and m.flags == ["year_unresolved"]


@pytest.mark.parametrize(
    "text, n",
    [
        ("for 5 years", 5),
        ("over five years", 5),
        ("for the next three years", 3),
        ("a five-year plan", 5),
        ("a 10-year loan", 10),
        ("over a 17-year period", 17),
        ("over the next decade", 10),
        ("a one-year contract", 1),
    ],
)
def test_years_duration_is_a_length(text, n):
    (m,) = find_years(text)
    assert (m.role, m.duration, m.years) == ("duration", n, [])


@pytest.mark.parametrize(
    "text", ["It employs 2019 people.", "Call 2020 now", "It paid $2019 million", "page 1999 of", "it's 2019 people"]
)
def test_years_not_outside_year_context(text):
    assert [m for m in find_years(text) if m.role != "relative"] == []


def test_years_skip_excluded_ranges():
    text = "It paid 2019 won in 2020."
    assert [m.years for m in find_years(text, exclude=[(8, 16)])] == [[2020]]


@pytest.mark.parametrize(
    "text, years",
    [
        ("Sales were $17 billion in 2022, up from $14 billion a year earlier.", [[2022], [2021]]),
        ("Net profit fell to 5 mln dlrs from 6 mln dlrs a year earlier.", [[2022]]),
        ("In 2015 it lost money. Profit rose the following year.", [[2015], [2024]]),
    ],
)
def test_years_anchored_relative_counts_from_the_year_named_before(text, years):
    assert [m.years for m in find_years(text, date="2023-06-01")] == years


@pytest.mark.parametrize(
    "text, role",
    [
        ("sales rose 12 pct from the previous year", "comparison"),
        ("it spent less than a year earlier", "comparison"),
        ("it spent $5 million a year earlier", "relative"),
    ],
)
def test_years_relative_year_after_a_comparison_is_its_base(text, role):
    (m,) = find_years(text, date="2019-04-29")
    assert (m.years, m.role) == ([2018], role)
