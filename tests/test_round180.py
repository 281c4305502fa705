"""Families that rounds 180 and 181 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import records as _records
from sentence_record import sectors as _sectors


def _kinds(text: str, date: str = "2024-03-05") -> list[tuple[str, str]]:
    return [(r["kind"], r["trigger"]) for r in _records(text, date)]


def _actors(text: str, date: str = "2024-03-05") -> list[tuple[str, str]]:
    return [(r["actor"], r["country"]) for r in _records(text, date)]


# money moved to a new level by a verb of level alone ("The investment could reach", "The loan could
# be increased to": later_mentions.moved_to, clauses.json moved_money) is the earlier money: its
# sectors, kind and payer; "The size of the package thus comes to" is no such verb's subject
@pytest.mark.parametrize(
    ("text", "sectors", "actors"),
    [
        (
            "Posco Future M said it will invest 900 billion won in a cathode plant in Gwangyang. "
            "The investment could reach 1.2 trillion won if a second line is added, the company said.",
            [["batteries"], ["batteries"]],
            ["Posco Future M", "Posco Future M"],
        ),
        (
            "Korea Eximbank agreed to lend $200 million to a Chilean copper miner. "
            "The loan could be increased to $350 million next year.",
            [["mining"], ["mining"]],
            ["Korea Eximbank", "Korea Eximbank"],
        ),
        (
            "Doosan Enerbility won a 500 billion won order for gas turbines. "
            "The order may exceed 700 billion won with options.",
            [["energy"], ["energy"]],
            ["Doosan Enerbility", "Doosan Enerbility"],
        ),
    ],
)
def test_money_moved_to_a_level_is_the_money_before(text, sectors, actors):
    records = _records(text)
    assert [sorted(r["sectors"]) for r in records] == sectors
    assert [r["actor"] for r in records] == actors


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Brazil's foreign debt stands at 110 billion dlrs. The size of the package thus comes to about "
            "76 billion dlrs, the largest ever assembled in the international credit markets.",
            [("valuation", "debt"), ("financing", "credit")],
        ),
    ],
)
def test_a_noun_of_the_subject_is_no_money_moved(text, kinds):
    assert _kinds(text) == kinds


# a submarine is a weapon (defense); the yards and shipbuilders that make it are shipbuilding; a
# submarine cable is telecommunications
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Hanwha Ocean signed a $2 billion deal to build three submarines for Poland.", [["defense"]]),
        ("The government will back a submarine deal with 300 billion won in loans.", [["defense"]]),
        (
            "Samsung Heavy will spend 200 billion won expanding its shipyard to build submarines.",
            [["defense", "shipbuilding"]],
        ),
        ("KT will spend 150 billion won on submarine cables to Japan.", [["telecommunications"]]),
        ("Chunghwa Telecom will invest NT$12 billion in submarine telecom cable projects.", [["telecommunications"]]),
    ],
)
def test_submarines_are_defense(text, sectors):
    assert _sectors(text) == sectors


# sector words of the themes: casino resorts and hotels (tourism), carriers of liquefied carbon dioxide
# (shipbuilding), tree nurseries and forest roads (forestry); a bare "trees" is no sector ("acid rain
# that has killed fish and trees")
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Paradise Co. will pour 280 billion won into a second casino hotel at its Incheon complex.", [["tourism"]]),
        ("Kangwon Land, which runs a casino resort, said net profit fell to 86 billion won.", [["tourism"]]),
        ("Hanwha Ocean won a 700 billion won order for two liquefied carbon dioxide carriers.", [["shipbuilding"]]),
        ("The forest service will spend 3 trillion won on forest roads and tree nurseries.", [["forestry"]]),
        ("Congress will be asked for 500 mln dlrs to curb acid rain that has killed fish and trees.", [[]]),
    ],
)
def test_sector_words_of_the_themes(text, sectors):
    assert _sectors(text) == sectors


# a loan loss allowance is a charge against earnings, as a loan loss provision is; a year before the
# article's is "prior year" without an article too
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The bank added 135 mln dlrs to its loan loss allowance.", [("profit", "loan loss allowance")]),
        ("The bank added 50 mln dlrs to its provision for loan losses.", [("profit", "provision for loan losses")]),
        ("The bank made a 50 mln dlr loan to the city.", [("financing", "loan")]),
    ],
)
def test_a_loan_loss_allowance_is_a_charge(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Prior year net excludes losses of 143,000 dlrs from discontinued operations.", [[1986]]),
        ("Prior-year profit was five mln dlrs.", [[1986]]),
        ("Profit was five mln dlrs.", [[]]),
        # a table's next row is no "prior year": "vs three cts prior\n    Year" (years.ROW_BREAK)
        ("Qtly div three cts vs three cts prior\n    Year\n    Shr two cts vs 34 cts", [[], [], [], []]),
    ],
)
def test_prior_year_is_the_year_before(text, years):
    assert [r["years"] for r in _records(text, "1987-06-19")] == years


# "X in R&D grants": an abbreviation with an ampersand is a modifier like any other word of the
# noun the amount quantifies (kinds_around.dotted)
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The ministry will offer 120 billion won in export loan guarantees and 45 billion won in R&D grants.",
            [("financing", "loan guarantees"), ("subsidy", "grants")],
        ),
        ("The ministry will give 45 billion won in grants.", [("subsidy", "grants")]),
    ],
)
def test_an_ampersand_abbreviation_modifies_the_noun(text, kinds):
    assert _kinds(text) == kinds


# "will be paid for by X": paying for a thing is funding it, no pay
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The £390m stadium will be paid for largely by a consortium of investors.", [("other", "")]),
        ("The striker will be paid £90,000 a week.", [("pay", "be paid")]),
    ],
)
def test_paid_for_is_no_pay(text, kinds):
    assert _kinds(text) == kinds


# actors: a name set off after "its <relation>," is the relation's ("while its South African arm, Cape
# Re, lost"; actor_asides.owned_relation_end); "Directors of X" is X; a hyphened name that a company
# suffix ends ("E-mart Inc."); a plural's possessive before a place ends the name ("Walgreens' U.S.
# sales"); "Record" opens no name; a region "accounting for" an amount is no payer (actor_with)
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Munich-based Bavaria Re put its losses at 250m euros, while its South African arm, Cape Re, lost R120m.",
            [("Bavaria Re", "DE"), ("Cape Re", "ZA")],
        ),
        ("Ford said its partner, Mazda, would invest 5 mln dlrs in the plant.", [("Mazda", "")]),
        (
            "Directors of Greywater Utilities Inc declared a quarterly dividend of 52 cents a share.",
            [("Greywater Utilities Inc", "")],
        ),
        ("Board of Investment approved 5 mln dlrs of projects.", [("Board of Investment", "")]),
        (
            "E-mart Inc., South Korea's largest discount chain, will pour 150 billion won into logistics.",
            [("E-mart Inc.", "KR")],
        ),
        (
            "Cash-strapped Korea Electric Power Corp. will spend 5 trillion won on grids.",
            [("Korea Electric Power Corp.", "KR")],
        ),
        ("Walgreens' U.S. retail pharmacy sales rose to $20.5 billion.", [("Walgreens", "US")]),
        ("Record £1.2bn profit for reinsurer Halberd Re despite hurricane losses", [("", "")]),
        (
            "Michelin's tyre sales were 15.4bn euros, with North America accounting for 5.2bn euros.",
            [("Michelin", ""), ("Michelin", "")],
        ),
        (
            "The group will invest 5bn euros, with Germany contributing 1.25bn euros.",
            [("The group", "DE"), ("Germany", "DE")],
        ),
        # a region accounting for a part is no payer (CLDR's region names, places.region_names); a company is
        (
            "Korean shipbuilders won orders worth $25.5 billion, with HD Hyundai accounting for $12.1 billion.",
            [("Korean shipbuilders", "KR"), ("HD Hyundai", "KR")],
        ),
    ],
)
def test_whose_money_it_is(text, actors):
    assert _actors(text) == actors
