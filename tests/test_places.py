"""Places an article names, the country it is about, and the currencies of that country and day."""

from collections import Counter

import pytest

from pipeline.money import find_amounts
from pipeline.money.article import local_currency
from pipeline.money.territory import currencies_at, dated_code, out_of_use
from pipeline.places import article_countries

DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "JMD", "TWD"})


@pytest.mark.parametrize(
    "text, countries",
    [
        ("Seoul will invest 10 trillion won, South Korea's finance ministry said.", {"KR": 2}),
        ("The South Korean government and the U.S. agreed.", {"KR": 1, "US": 1}),
        ("North Korea fired a missile.", {"KP": 1}),  # the longest match wins over "Korea"
        ("French debt fell, the Finance Ministry in Paris said.", {"FR": 2}),  # not Réunion's "French"
        ("Combustion Engineering Canada Inc sold it to Thailand.", {"TH": 1}),  # a place inside a company name
        ("Bank of Montreal lent it; the Bank of Canada did not.", {"CA": 1}),  # a city after "Bank of"
        # a wire story wraps a name over two lines; a national body names its country
        ("Balances at the Federal\nReserve rose, a New\nYork dealer said.", {"US": 2}),
        ("The Pentagon and the Kremlin disagreed.", {"US": 1, "RU": 1}),
        ("It filed with the Securities and Exchange Commission.", {}),  # a regulator names no place
    ],
)
def test_places_article_countries(nlp, text, countries):
    assert article_countries(nlp(text)) == Counter(countries)


@pytest.mark.parametrize(
    "countries, where, expected",
    [
        ({"CA": 3}, None, {"CAD"}),
        ({"CA": 3, "TH": 1}, None, {"CAD"}),  # another country, of no dollar
        ({"TH": 2, "CA": 1}, None, {"CAD"}),  # a family news writes bare anywhere: Thailand uses none of it
        ({"TH": 2, "CA": 1}, frozenset({"US", "CA", "AU", "NZ"}), set()),  # the dollar: the story is about Thailand
        ({"CA": 2, "US": 2}, None, set()),  # a tie
        ({"CA": 2, "JM": 1}, None, set()),  # two dollars named
        ({"TW": 2}, frozenset({"US", "CA", "AU", "NZ"}), set()),  # news names Taiwan dollars
        ({}, None, set()),
    ],
)
def test_places_local_currency(countries, where, expected):
    assert local_currency(DOLLARS, Counter(countries), "1987-03-01", where) == expected


@pytest.mark.parametrize(
    "text, date, currency, flag",
    [
        (
            "Bank of Canada said chartered banks held 5.2 billion dlrs. Canada's reserves rose.",
            "1987-03-01",
            "CAD",
            "currency_from_country",
        ),
        (
            "The Swiss government said capital exports rose to 5.1 billion francs.",
            "1987-03-01",
            "CHF",
            "currency_from_country",
        ),
        ("Venezuela's profits rose to 217 mln bolivars.", "1987-03-01", "VEB", "currency_dated"),
        ("Venezuela's profits rose to 217 mln bolivars.", "2019-03-01", "VES", None),
        ("A Taiwan firm borrowed 100 mln dlrs from the ADB.", "1987-03-01", "USD", None),
        ("It cost 2.5 billion marks.", "2019-04-29", "DEM", "currency_out_of_use"),
    ],
)
def test_places_currency_of_the_country_and_day(nlp, text, date, currency, flag):
    from pipeline.extensions import set_doc_value

    doc = nlp.make_doc(text)
    set_doc_value(doc, "date", date)
    doc = nlp.get_pipe("news_places")(doc)
    amount = find_amounts(text, date, article_countries(doc))[0]
    assert amount.currency == currency
    assert flag is None or flag in amount.flags


def test_places_territory_history():
    assert currencies_at("DE", "1987-03-01") == {"DEM"} and currencies_at("DE", "2019-01-01") == {"EUR"}
    assert dated_code("ZMW", "1987-03-01") == "ZMK" and dated_code("EUR", "1987-03-01") is None
    assert out_of_use("FRF", "2005-01-01") and not out_of_use("FRF", "1987-03-01")


@pytest.mark.parametrize(
    ("text", "title", "currency"),
    [
        # a title in capitals that names the country decides when the text names none
        (
            "Shr 1.06 dlrs vs 1.54 dlrs\n    Net 9,455,000 vs 13.4 mln\n",
            "&lt;HAWKER SIDDELEY CANADA INC> YEAR NET",
            "CAD",
        ),
        ("It sold 500 mln dlrs of notes at tender.", "AUSTRALIAN TREASURY NOTE TENDER 500 MLN DLRS", "AUD"),
        ("It sold 500 mln dlrs of notes at tender.", "ACME CORP SELLS NOTES", "USD"),
        ("It sold 500 mln dlrs of notes at tender.", "", "USD"),
        # the text's own places come first
        ("Its U.S. unit earned 5 mln dlrs in Texas and the U.S.", "ACME CANADA LTD YEAR NET", "USD"),
    ],
)
def test_places_a_title_names_the_country_when_the_text_names_none(text, title, currency):
    from pipeline import extract

    assert extract(text, date="1987-03-18", convert_to=None, title=title)[0]["currency"] == currency
