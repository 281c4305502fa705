"""Families that rounds 146 and 147 showed: each row a text written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from pipeline import extract


def _one(text: str, date: str = "2005-03-01") -> dict:
    (record,) = extract(text, date, convert_to=None)
    return record


# a descriptor that opens the sentence before a name gives the spender's trade, a hyphenated
# modifier ("Low-cost carrier") and a developer or publisher too; a capitalised name stays a name
@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("Property developer Berkeley Group made a pre-tax profit of £241m.", ["real_estate"]),
        ("Low-cost carrier Ryanair made a profit of £241m.", ["transport"]),
        ("State-owned lender KDB will lend $241m to chipmakers.", ["semiconductors"]),
        ("Budget airline easyJet made a profit of £241m.", ["transport"]),
        ("Low-Cost Holdings made a profit of £241m.", []),
    ],
)
def test_an_opening_descriptor_names_the_spenders_trade(text, sectors):
    assert _one(text)["sectors"] == sectors


# public bikes, bike lanes and shared scooters are transport; an electric car is still an EV
@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("its public bike service", ["transport"]),
        ("new bike lanes", ["transport"]),
        ("shared e-scooter parking zones", ["transport"]),
        ("electric car-sharing and public bicycle services", ["electric_vehicles", "transport"]),
        ("electric scooters", ["electric_vehicles"]),
        ("car-sharing services", []),
    ],
)
def test_public_bikes_are_transport(phrase, sectors):
    assert _one(f"The city will spend 5 billion won on {phrase}.", "2024-03-01")["sectors"] == sectors


# two nouns coordinated before a head share it: "rent and mortgage-interest subsidies" are subsidies,
# as "rent subsidies" are; a noun in its own phrase keeps its kind
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government will provide 1.5 trillion won in rent and mortgage-interest subsidies next year.", "subsidy"),
        ("The government will provide 1.5 trillion won in rent subsidies next year.", "subsidy"),
        ("Tenants paid 1.5 million won in rent and 300,000 won in fees.", "price"),
        ("The IGGI gave Indonesia 2.5 billion dlrs in soft loans and grants last year.", "financing"),
    ],
)
def test_coordinated_nouns_share_their_head(text, kind):
    assert extract(text, "2024-03-01", convert_to=None)[0]["kind"] == kind


# support of a named sort given as money is a subsidy ("in export support", "housing deposit
# support"); money spent on an industry's support stays an investment, a price that finds support a price
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The institute will provide 60 billion won in export support over three years.", "subsidy"),
        ("The city set aside 45 billion won in emergency support this year.", "subsidy"),
        ("The ministry will spend 8 trillion won on chip industry support.", "investment"),
        ("Crude found support at 18 dlrs a barrel.", "price"),
        ("The government will spend 5 billion won on ports.", "investment"),
    ],
)
def test_support_given_is_a_subsidy(text, kind):
    assert _one(text, "2024-03-01")["kind"] == kind


# a headline label before a colon names its amount, unless the amount has its own noun right after it
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("UK insurance fraud: record £2.3m fine for Northgate Assurance", "tax_or_fine"),
        ("Nokia operating profit: €1.04bn", "profit"),
        ("Insurance fraud: £2.3m", "other"),
        ("Yahoo's Overture deal a year on: a $1.63bn price tag", "deal"),
    ],
)
def test_a_colon_label_yields_to_the_amounts_own_noun(text, kind):
    assert _one(text)["kind"] == kind


# an acronym before a lower-case "fund" or "company" says what it does ("an AI fund"), and a text that
# opens with an article before an amount opens with its subject, not a headline ("A $1 billion EV fund
# was launched" is one sentence)
@pytest.mark.parametrize(
    ("text", "kind", "sectors"),
    [
        ("The ministry launched a 1 trillion won sovereign AI fund.", "investment", ["artificial_intelligence"]),
        ("A $1 billion EV fund was launched.", "investment", ["electric_vehicles"]),
        (
            "A 1 trillion won AI fund launched by the ministry will invest in startups.",
            "investment",
            ["artificial_intelligence"],
        ),
        ("The company sold its stake in the AI Fund Co for $1 billion.", "deal", []),
    ],
)
def test_an_acronyms_fund_and_an_article_before_an_amount(text, kind, sectors):
    record = _one(text, "2026-03-16")
    assert (record["kind"], record["sectors"]) == (kind, sectors)


# rounds 148 and 149: a row whose first figure is "nil" is still an earnings row; "net of duties" is no
# profit; GTX lines are rail (an acronym with a hyphen is no name), a driverless train no car
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("GAINSCO INC 4TH QTR NET\n    Shr nil vs four cts\n    Net 12,000 vs 140,000", "kind", "profit"),
        ("BURMAH OIL PROFIT\n    Turnover net of duties 1.32 billion stg vs 1.46 billion.", "kind", "revenue"),
        ("The ministry will spend 5 billion won on the GTX-B line.", "sectors", ["transport"]),
        ("GTX Corp expects sales of 27 billion dlrs.", "sectors", []),
        ("The city will spend 1.6 trillion won on a driverless light-rail line.", "sectors", ["transport"]),
        ("The firm will spend 1.6 trillion won on driverless cars.", "sectors", ["future_cars"]),
        ("KHNP will spend 1.5 trillion won on uranium conversion and enrichment services.", "sectors", ["energy"]),
    ],
)
def test_nil_rows_net_of_duties_and_rail_lines(text, field, value):
    assert extract(text, "1987-03-26", convert_to=None)[0][field] == value


# a letter glued inside a name stays in it ("Dong-A University Hospital"), not a share class's
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Busan's Dong-A University Hospital will build a 250 billion-won centre.", "Dong-A University Hospital"),
        ("The Class-A shares rose to 5 dlrs.", ""),
    ],
)
def test_a_letter_glued_inside_a_name(text, actor):
    assert _one(text, "2024-05-08")["actor"] == actor


# money pumped into something at a rate is invested ("pump £20m a year into"); a wage at a rate stays
# a wage; a bid defence is no defence sector
@pytest.mark.parametrize(
    ("text", "kind", "sectors"),
    [
        ("WH Smith agreed to pump an extra £20m a year into its pension fund.", "investment", []),
        ("He earns £30,000 a year from the firm.", "pay", []),
        ("It put £20m into its pension fund as part of its defence against a bid from Permira.", "investment", []),
    ],
)
def test_money_put_in_at_a_rate_and_a_bid_defence(text, kind, sectors):
    record = _one(text, "2004-09-23")
    assert (record["kind"], record["sectors"]) == (kind, sectors)


# claims are compensation paid to others where the sentence is about an insurer, not elsewhere; defences
# against erosion are no defence sector; medical students are schooling
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Insurer Norwich Union expects to pay out about £50m in claims after the flood.", "kind", "subsidy"),
        ("Analysts expect insurers to face claims of $6bn from Hurricane Ivan.", "kind", "subsidy"),
        ("Lawyers say the drugmaker could face claims worth up to £500m.", "kind", "other"),
        ("The state will spend 300 billion won on seawalls and defences against erosion.", "sectors", ["construction"]),
        ("The province will pay 36 billion won in stipends for medical students.", "sectors", ["education"]),
    ],
)
def test_insurers_claims_defences_against_erosion_and_medical_students(text, field, value):
    assert _one(text, "2005-01-12")[field] == value
