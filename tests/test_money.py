"""The money finder on short sentences: every form of the money issue, and what is not money."""

from decimal import Decimal

import pytest

from pipeline.money import find_amounts
from pipeline.normalise import format_decimal


def found(text):
    return [(text[a.start : a.end], a.value, a.currency) for a in find_amounts(text)]


def mentions_and_values(text, amounts):
    """Each amount as its mention and its value as records.csv writes it."""
    return [(text[a.start : a.end], format_decimal(a.value)) for a in amounts]


def one(text):
    amounts = find_amounts(text)
    assert len(amounts) == 1, [(text[a.start : a.end], a.value, a.currency) for a in amounts]
    return amounts[0]


POSITIVE = [
    # (text, mention, value, currency)
    ("Seoul will invest 10 trillion won in AI.", "10 trillion won", "10000000000000", "KRW"),
    ("the fee is one point five billion dollars .", "one point five billion dollars", "1500000000", "USD"),
    ("twenty-one point seven five billion yen", "twenty-one point seven five billion yen", "21750000000", "JPY"),
    ("we spent 30 israeli shekels .", "30 israeli shekels", "30", "ILS"),
    ("It costs 100 ringgit.", "100 ringgit", "100", "MYR"),
    ("it bought the building for # 30 million .", "# 30 million", "30000000", "GBP"),
    ("Japan sold 5 billion dollar-denominated bonds.", "5 billion dollar", "5000000000", "USD"),
    ("It issued 200 mln Swiss franc-denominated bonds.", "200 mln Swiss franc", "200000000", "CHF"),
    ("The bill is worth R500 million.", "R500 million", "500000000", "ZAR"),
    ("The scheme got ₹2,000 cr.", "₹2,000 cr", "20000000000", "INR"),
    ("a grant of Rupees 7 lakh", "Rupees 7 lakh", "700000", "INR"),
    ("It was worth Dh2 billion.", "Dh2 billion", "2000000000", "AED"),
    ("It was worth SR2 billion.", "SR2 billion", "2000000000", "SAR"),
    ("It was worth Php5 billion.", "Php5 billion", "5000000000", "PHP"),
    ("He paid 100 zł.", "100 zł", "100", "PLN"),
    ("Nigeria's budget is N21.83 trillion.", "N21.83 trillion", "21830000000000", "NGN"),
    ("Kenya's budget is KSh3.6 trillion.", "KSh3.6 trillion", "3600000000000", "KES"),
    (
        "it was two million five hundred thousand dollars .",
        "two million five hundred thousand dollars",
        "2500000",
        "USD",
    ),
    ("it was 1 and a half million dollars .", "1 and a half million dollars", "1500000", "USD"),
    ("it was 2 and a half billion euros .", "2 and a half billion euros", "2500000000", "EUR"),
    ("I paid ₵500 for it.", "₵500", "500", "GHS"),
    ("a 2,000 ₧ ticket", "2,000 ₧", "2000", "ESP"),
    ("a fine of 5,000 tenge", "5,000 tenge", "5000", "KZT"),
    ("the deficit narrowed to 1.91 billion Taka", "1.91 billion Taka", "1910000000", "BDT"),
    ("exports of 400 mln australs", "400 mln australs", "400000000", "ARA"),
    ("the price was 5 1/2 million dollars .", "5 1/2 million dollars", "5500000", "USD"),
    ("it costs € 1.234.567 .", "€ 1.234.567", "1234567", "EUR"),
    ("it costs 5.000,50 euros .", "5.000,50 euros", "5000.50", "EUR"),
    ("it paid $US1.2 million .", "$US1.2 million", "1200000", "USD"),
    ("a $A15 million deal", "$A15 million", "15000000", "AUD"),
    ("the shares traded at 12 3/4 dollars .", "12 3/4 dollars", "12.75", "USD"),
    ("GM spent a quarter of a billion dlrs on it.", "a quarter of a billion dlrs", "250000000", "USD"),
    ("half of a billion dollars", "half of a billion dollars", "500000000", "USD"),
    ("a 40 million new shekel loan", "40 million new shekel", "40000000", "ILS"),
    ("a 2.2 trillion-won investment plan", "2.2 trillion-won", "2200000000000", "KRW"),
    ("and will exceed KRW 20 trillion in 2022", "KRW 20 trillion", "20000000000000", "KRW"),
    ("It lost 20 trillion KRW.", "20 trillion KRW", "20000000000000", "KRW"),
    ("a USD 5m loan", "USD 5m", "5000000", "USD"),
    ("a USD5m loan", "USD5m", "5000000", "USD"),
    ("profit of 20 mln dlrs", "20 mln dlrs", "20000000", "USD"),
    ("sales of 1.5 billion stg", "1.5 billion stg", "1500000000", "GBP"),
    ("It raised $1.5bn from investors", "$1.5bn", "1500000000", "USD"),
    ("Its GDP is $2.174T.", "$2.174T", "2174000000000", "USD"),  # quantulum3's own test set
    ("a ₩10tn fund", "₩10tn", "10000000000000", "KRW"),
    ("a 10tn won fund", "10tn won", "10000000000000", "KRW"),
    ("W10 trillion for chips", "W10 trillion", "10000000000000", "KRW"),
    ("A$3 million grant", "A$3 million", "3000000", "AUD"),
    ("C$ 16.4 million", "C$ 16.4 million", "16400000", "CAD"),
    ("HK$10.05 billion in exports", "HK$10.05 billion", "10050000000", "HKD"),
    ("S$2 billion", "S$2 billion", "2000000000", "SGD"),
    ("NZ$45 million", "NZ$45 million", "45000000", "NZD"),
    ("R$5 billion", "R$5 billion", "5000000000", "BRL"),
    ("£8.10 million", "£8.10 million", "8100000", "GBP"),
    ("€2 million", "€2 million", "2000000", "EUR"),
    ("¥300 billion", "¥300 billion", "300000000000", "JPY"),
    ("₹500 crore", "₹500 crore", "5000000000", "INR"),
    ("Rs 5 crore for schools", "Rs 5 crore", "50000000", "INR"),
    ("35 lakh rupees", "35 lakh rupees", "3500000", "INR"),
    ("300 billion yen", "300 billion yen", "300000000000", "JPY"),
    ("100 billion yuan", "100 billion yuan", "100000000000", "CNY"),
    ("5 billion renminbi", "5 billion renminbi", "5000000000", "CNY"),
    ("5.2 mln Canadian dlrs", "5.2 mln Canadian dlrs", "5200000", "CAD"),
    ("400 mln Hong Kong dollars", "400 mln Hong Kong dollars", "400000000", "HKD"),
    ("10,000 Swiss francs", "10,000 Swiss francs", "10000", "CHF"),
    ("20 mln French francs", "20 mln French francs", "20000000", "FRF"),
    ("2.5 billion marks", "2.5 billion marks", "2500000000", "DEM"),
    ("900 mln Deutsche marks", "900 mln Deutsche marks", "900000000", "DEM"),
    ("500 billion lire", "500 billion lire", "500000000000", "ITL"),
    ("250 million Dutch guilders", "250 million Dutch guilders", "250000000", "NLG"),
    ("6.65 billion pesetas", "6.65 billion pesetas", "6650000000", "ESP"),
    ("3 billion Belgian francs", "3 billion Belgian francs", "3000000000", "BEF"),
    ("10 cts a share", "10 cts", "0.10", "USD"),
    ("470 pence a share", "470 pence", "4.70", "GBP"),
    ("a 12-cent-a-share dividend", "12-cent", "0.12", "USD"),
    ("ten trillion won", "ten trillion won", "10000000000000", "KRW"),
    ("two and a half billion dollars", "two and a half billion dollars", "2500000000", "USD"),
    ("a billion dollars", "a billion dollars", "1000000000", "USD"),
    ("half a billion euros", "half a billion euros", "500000000", "EUR"),
    ("1.5 million pounds", "1.5 million pounds", "1500000", "GBP"),
    ("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", "13.45", "USD"),
    ("3 dollars 50 cents", "3 dollars 50 cents", "3.50", "USD"),
    ("30 MUSD in losses", "30 MUSD", "30000000", "USD"),
    ("75 USD million", "75 USD million", "75000000", "USD"),
    ("100元", "100元", "100", "CNY"),
    ("a 1 billion dollar contract", "1 billion dollar", "1000000000", "USD"),
    ("2.4 lakh crore rupees", "2.4 lakh crore rupees", "2400000000000", "INR"),
    # number formats and forms of other countries
    ("He paid 12 000 euros.", "12 000 euros", "12000", "EUR"),
    ("The flat sold for € 250 000 last year.", "€ 250 000", "250000", "EUR"),
    ("The watch costs CHF 1'299.00.", "CHF 1'299.00", "1299", "CHF"),
    ("Now only EUR 1.299,- at the shop.", "EUR 1.299,-", "1299", "EUR"),
    ("The bike costs 1,299.- CHF.", "1,299.- CHF", "1299", "CHF"),
    ("A bus fare is Rp 15.000 in Jakarta.", "Rp 15.000", "15000", "IDR"),
    ("The pass costs ¥1.000.", "¥1.000", "1000", "JPY"),
    ("The fee is KWD 15.000.", "KWD 15.000", "15", "KWD"),
    ("It will sell 15 mln dlrs' worth of stock.", "15 mln dlrs", "15000000", "USD"),
    ("Zinc rose to 37 U.S. cents a pound.", "37 U.S. cents", "0.37", "USD"),
    ("Crude rose 47 Canadian cts a barrel.", "47 Canadian cts", "0.47", "CAD"),
    ("a surplus of 780 mln Kenya shillings", "780 mln Kenya shillings", "780000000", "KES"),
    (
        "Havana paid 40 mln Cuba pesos for sugar.",
        "40 mln Cuba pesos",
        "40000000",
        "CUP",
    ),  # today's peso, not the convertible CUC
    ("It lent 500 mln Sri Lanka rupees.", "500 mln Sri Lanka rupees", "500000000", "LKR"),
    ("He paid a billion and a half dollars.", "a billion and a half dollars", "1500000000", "USD"),
    ("The fee is kwd 14 a month.", "kwd 14", "14", "KWD"),
    ("The budget is EUR 5 Mrd.", "EUR 5 Mrd", "5000000000", "EUR"),
    ("The fund holds 5 BTC.", "5 BTC", "5", "XBT"),
    ("It raised 100 mln shillings.", "100 mln shillings", "100000000", "KES"),
    ("It put 5 million pounds of funding into it.", "5 million pounds", "5000000", "GBP"),
    ("The firm lost 5 million pounds last year.", "5 million pounds", "5000000", "GBP"),
    ("He earns £ 300 k a year.", "£ 300 k", "300000", "GBP"),
    ("The bonus was 15 k usd.", "15 k usd", "15000", "USD"),
    ("a loan of 3 lakh 50 thousand rupees", "3 lakh 50 thousand rupees", "350000", "INR"),
    ("Tickets cost TSh 10,000.", "TSh 10,000", "10000", "TZS"),
    ("Tickets cost USh 5,000.", "USh 5,000", "5000", "UGX"),
    ("A permit costs N$ 50.", "N$ 50", "50", "NAD"),
    ("A permit costs E£ 50.", "E£ 50", "50", "EGP"),
    ("Cairo set aside LE 50 million.", "LE 50 million", "50000000", "EGP"),
    ("Price: 1 299,00 zł", "1 299,00 zł", "1299", "PLN"),
    ("The kettle costs 1 199 руб.", "1 199 руб", "1199", "RUB"),
    ("The ticket costs 999 грн.", "999 грн", "999", "UAH"),
    ("Now only kr 1.299,-", "kr 1.299,-", "1299", "SEK"),
    ("A menu costs S/. 25.90 in Lima.", "S/. 25.90", "25.90", "PEN"),
    ("The fare is CLP $ 12.990.", "CLP $ 12.990", "12990", "CLP"),
    ("The fare is $12.990 CLP.", "$12.990 CLP", "12990", "CLP"),
    ("The phone costs MXN $1,299.00.", "MXN $1,299.00", "1299", "MXN"),
    ("Entry costs TT$ 20.", "TT$ 20", "20", "TTD"),
    ("Entry costs J$ 500.", "J$ 500", "500", "JMD"),
    ("The book costs ￥3,000.", "￥3,000", "3000", "JPY"),
    ("It costs 50 lei.", "50 lei", "50", "RON"),
    ("Copper could fall to 15 cnts a pound.", "15 cnts", "0.15", "USD"),
    ("The plant pays capacity charges of 5 million pounds.", "5 million pounds", "5000000", "GBP"),
    ("A noodle soup costs 15,000 kip in Vientiane.", "15,000 kip", "15000", "LAK"),
    ("He found ten pennies.", "ten pennies", "0.10", "GBP"),
    ("It cost three quarters of a million dollars.", "three quarters of a million dollars", "750000", "USD"),
    ("It cost half-a-million dollars.", "half-a-million dollars", "500000", "USD"),
    ("It cost a quarter-of-a-million dollars.", "a quarter-of-a-million dollars", "250000", "USD"),
    ("The stamp costs a quarter of a dollar.", "a quarter of a dollar", "0.25", "USD"),
    ("It cost a dozen dollars.", "a dozen dollars", "12", "USD"),
    ("It cost one thousand and one dollars.", "one thousand and one dollars", "1001", "USD"),
    ("Wheat closed at 2.88-1/4 dlrs per bushel.", "2.88-1/4 dlrs", "2.8825", "USD"),
    ("Qtly div 8-1/3 cts prior", "8-1/3 cts", "0.083333333333", "USD"),
    ("It raised its target for 1987/88 to four billion stg.", "four billion stg", "4000000000", "GBP"),
    ("It raised the GSM-103 credit to 75.0 mln dlrs.", "75.0 mln dlrs", "75000000", "USD"),
    ("Spending rose 12 pct in 1986 to 66.7 mln dlrs.", "66.7 mln dlrs", "66700000", "USD"),
    ("It repaid a 1982 Swiss Franc 400 mln issue.", "Swiss Franc 400 mln", "400000000", "CHF"),
    ("Duties were set at 3/8 cent per kilo.", "3/8 cent", "0.00375", "USD"),
    ("Rates rose 3/4 of a cent.", "3/4 of a cent", "0.0075", "USD"),
    ("The price rose half a cent.", "half a cent", "0.005", "USD"),
    ("Phillips rose 1/4 to 14 dlrs a share.", "14 dlrs", "14", "USD"),
    ("Its share price fell 20 to 1,260 yen.", "1,260 yen", "1260", "JPY"),
    ("Die Firma investiert 1,5 Mio. EUR.", "1,5 Mio. EUR", "1500000", "EUR"),
    ("Der Umsatz stieg auf 2,5 Mrd. Euro.", "2,5 Mrd. Euro", "2500000000", "EUR"),  # "Mio." and "Mrd." keep their dot
    # older newswire abbreviations before the number
    ("the bank lent ir £ 5 million .", "ir £ 5 million", "5000000", "IEP"),
    ("it raised dkr 5 billion .", "dkr 5 billion", "5000000000", "DKK"),
    ("it raised esc 5 billion .", "esc 5 billion", "5000000000", "PTE"),
    ("it raised ptas 5 billion .", "ptas 5 billion", "5000000000", "ESP"),
    ("it raised Sch 5 billion .", "Sch 5 billion", "5000000000", "ATS"),
    ("it borrowed yen 500 million .", "yen 500 million", "500000000", "JPY"),
    ("it set aside rs . 500 crore .", "rs . 500 crore", "5000000000", "INR"),
    ("it sold stg 5 mln of bonds .", "stg 5 mln", "5000000", "GBP"),
    ("It sold Lit 5 billion of bonds.", "Lit 5 billion", "5000000000", "ITL"),
    ("Earnings rose to 1.28 billion H.K. Dlrs in 1986.", "1.28 billion H.K. Dlrs", "1280000000", "HKD"),
    ("It raised the debt to 4.67 billion bolivars.", "4.67 billion bolivars", "4670000000", "VES"),
    # units of account: the European Currency Unit and the IMF's special drawing rights
    ("The rebate was 2.5 Ecus per 100 kilos.", "2.5 Ecus", "2.5", "XEU"),
    ("It raised 40 mln ECUs.", "40 mln ECUs", "40000000", "XEU"),
    ("The IMF approved 125.9 mln SDR.", "125.9 mln SDR", "125900000", "XDR"),
    # more currencies: Irish punts with the country, NIS in lower case, the Zimbabwe dollar, and
    # older newswire prefixes that need a scale word
    ("The state raised 7 million Irish punts.", "7 million Irish punts", "7000000", "IEP"),
    ("the fare is nis 100 .", "nis 100", "100", "ILS"),
    ("It sold Z$ 1 billion of bonds.", "Z$ 1 billion", "1000000000", "ZWD"),
    ("It raised FF 100 million.", "FF 100 million", "100000000", "FRF"),
    ("It cost him Y 200 billion.", "Y 200 billion", "200000000000", "JPY"),
    ("He paid two hundred dollars.", "two hundred dollars", "200", "USD"),
]


@pytest.mark.parametrize("text, mention, value, currency", POSITIVE, ids=[p[1] for p in POSITIVE])
def test_money_finds_form(text, mention, value, currency):
    a = one(text)
    assert text[a.start : a.end] == mention
    assert a.value == Decimal(value)
    assert a.currency == currency


NEGATIVE = [
    "Take SR 520 north past the KD 5 engine plant.",
    "The R500 model sold well on Route N2.",
    "The # 1 seed won, and #5 drew 30 million viewers.",
    "She won 5 gold medals and sold 5 real estate units.",
    "The crane lifts a 5 kip load.",
    "Version 1.234.567 of the software shipped.",
    "Shares rose 5 to 10 points in a week.",
    "The bonds were priced at 99 1/2 to yield 8.9 pct.",
    "A quarter of the staff left.",
    "Shares rose one point five percent on the news.",
    "The index fell one point to 300 in early trade.",
    "South Korea has eight industries and 155,221 bags of cocoa.",
    "The party won 150 seats in 2019.",
    "She has won two awards and won 3 games.",
    "Growth was 5.2 pct in 1987, up from 4.8 pct.",
    "Call 555-1234 or 1-800-555-0199 before March 3, 2019.",
    "The score was 3-2 after 90 minutes.",
    "Shares passed the 1,000 mark on Friday.",
    "It weighs 5 pounds of flour.",
    "echo $HOME costs nothing; ${PATH} and $AAPL are not money.",
    "In the first half of 2016, 20 companies joined.",
    "All 70 of us. ALL 5 solutions are wrong.",
    "A 5G network with 3 million users and the 1980s boom.",
    "Net interest fell 27 % in the quarter.",
    "Apple shares rose to 150 from 140.",
    "He was born in 1987 and won the race.",
    "It took a quarter of the market and half the staff.",
    # a vague count gives no exact value ("hundred" with no number before it was once 100)
    "It cost several hundred dollars, a few hundred dollars or hundred dollars more.",
    "The Y 2 road and the FF 15 jet.",
    "It weighs no more than 2,000.45±0.01 pounds.",  # a tolerance, not an amount
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:30] for t in NEGATIVE])
def test_money_rejects(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("more than 10 trillion won", "over"),
        ("over $5 million", "over"),
        ("above 5 bln dlrs", "over"),
        ("at least 5 mln stg", "over"),
        ("budget reportedly exceeded 20 trillion won", "over"),
        ("will exceed KRW 20 trillion", "over"),
        ("less than $3 million", "under"),
        ("under 3 bln yen", "under"),
        ("below €2 million", "under"),
        ("about $14 million", "approx"),
        ("around 5 bln yen", "approx"),
        ("some 300 mln dlrs", "approx"),
        ("nearly $2 billion", "approx"),
        ("almost $2 billion", "approx"),
        ("roughly 2 bln euros", "approx"),
        ("an estimated £50 million", "approx"),
        ("up to Rs 500 crore", "up_to"),
        ("10 trillion won", ""),
        ("$5 billion or more", "over"),
        ("25 billion dlrs or so", "approx"),
        ("500 yen or less", "up_to"),
        ("a $5 billion-plus deal", "over"),
        ("It cost $5 billion plus.", "over"),
        ("north of $5 billion", "over"),
        ("$5 billion plus interest", ""),
        ("about five billion yen or more", "approx"),
    ],
)
def test_money_qualifier(text, qualifier):
    assert one(text).qualifier == qualifier


def test_money_qualifier_words_belong_to_the_mention_but_verbs_do_not():
    text = "It has more than 10 trillion won and exceeded 5 trillion won."
    mentions = [m for m, _, _ in found(text)]
    assert mentions == ["more than 10 trillion won", "5 trillion won"]


@pytest.mark.parametrize(
    "text, per",
    [
        ("10 cts a share", "share"),
        ("18 dlrs a barrel", "barrel"),
        ("5 billion dollars a year", "year"),
        ("300 dlrs per tonne", "tonne"),
        ("3.9 trillion won each", "each"),
        ("$1.17 billion a year earlier", ""),
        ("tickets cost $ 5 apiece", "each"),
        ("a 65 dlr-a-share cash offer", "share"),
        ("1.9 billion riyals each week", "week"),
        ("$3-4 million a year", "year"),
        ("$5 million annually", "year"),
        ("it pays $500 monthly", "month"),
        ("$25 per night", "night"),
        ("2.17 dlrs per mcf", "mcf"),
    ],
)
def test_money_per(text, per):
    assert one(text).per == per


@pytest.mark.parametrize(
    "text, lo, hi, currency",
    [
        ("2-3 billion dlrs", "2000000000", "3000000000", "USD"),
        ("2 to 3 billion dollars", "2000000000", "3000000000", "USD"),
        ("between 2 and 3 trillion won", "2000000000000", "3000000000000", "KRW"),
        ("$2m-$3m", "2000000", "3000000", "USD"),
        ("between $4 billion and $5 billion", "4000000000", "5000000000", "USD"),
        ("$300-400 million", "300000000", "400000000", "USD"),
        ("$20 to $30 billion", "20000000000", "30000000000", "USD"),
        ("10 to 15 cents", "0.10", "0.15", "USD"),
        ("151.50/60 yen", "151.50", "151.60", "JPY"),
        ("229/230 dlrs", "229", "230", "USD"),
        ("1.6190/6200 dlrs", "1.6190", "1.6200", "USD"),
        ("137.80-85 yen", "137.80", "137.85", "JPY"),
        ("1.5-8 million dlrs", "1500000", "8000000", "USD"),
        ("£5-£10 million", "5000000", "10000000", "GBP"),
        ("US$ 3 to 4 billion", "3000000000", "4000000000", "USD"),
        ("between $3 and 4 billion", "3000000000", "4000000000", "USD"),
        ("$5-10", "5", "10", "USD"),
    ],
)
def test_money_range_is_one_record(text, lo, hi, currency):
    a = one(text)
    assert (a.value_min, a.value_max, a.currency) == (Decimal(lo), Decimal(hi), currency)
    assert "range" in a.flags
    assert text[a.start : a.end] == text.strip()


def test_money_shared_currency_gives_two_amounts():
    amounts = find_amounts("Profit rose to 5.2 mln from 4.8 mln dlrs.")
    assert [(a.value, a.currency) for a in amounts] == [(Decimal("5200000"), "USD"), (Decimal("4800000"), "USD")]
    assert "currency_shared" in amounts[0].flags


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The deficit will fall to 125 billion dlrs in 1987 and 115 billion in 1988 from 130 billion in 1986.",
            [("125 billion dlrs", "125000000000"), ("115 billion", "115000000000"), ("130 billion", "130000000000")],
        ),
        (
            "GDP rose to 434,682 billion lire last year from 423,064 billion in 1985.",
            [("434,682 billion lire", "434682000000000"), ("423,064 billion", "423064000000000")],
        ),
        (
            "It is put at 70 billion rupees from an estimated record 87.47 billion.",
            [("70 billion rupees", "70000000000"), ("87.47 billion", "87470000000")],
        ),
        (
            "Profit rose to 33 mln stg from the 30 mln originally indicated.",
            [("33 mln stg", "33000000"), ("30 mln", "30000000")],
        ),
        # a year or a word that is not a link between them: no sharing
        ("It paid 5 mln dlrs in 1986 for 20 mln shares.", [("5 mln dlrs", "5000000")]),
        ("It paid 5 mln dlrs in cash plus 20 mln shares.", [("5 mln dlrs", "5000000")]),
        # "up from", "down from"
        (
            "Profit rose to 5.2 mln dlrs, up from 4.8 mln in 1985.",
            [("5.2 mln dlrs", "5200000"), ("4.8 mln", "4800000")],
        ),
        # a restatement in another currency is not the number's currency; the amount it restates is
        (
            "Its backlog was 32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion, or 4.5 billion dlrs.",
            [
                ("32.7 billion crowns", "32700000000"),
                ("4.8 billion dlrs", "4800000000"),
                ("30.9 billion", "30900000000"),
                ("4.5 billion dlrs", "4500000000"),
            ],
        ),
        # a figure per share is in the same currency, and millions of cents are dollars
        (
            "Net was 34.7 mln or 78 cts a share versus 23.8 mln or 57 cts a share.",
            [("34.7 mln", "34700000"), ("78 cts", "0.78"), ("23.8 mln", "23800000"), ("57 cts", "0.57")],
        ),
        # a count after a price in cents takes nothing from it
        (
            "Sales included 5.0 mln Kalimantan Gold at 65 cents, 5.95 mln Minora Resources at 23 cents.",
            [("65 cents", "0.65"), ("23 cents", "0.23")],
        ),
        # further on in the sentence, when nothing after the number is what it counts
        (
            "Deposits from the public sector rose 185 mln stg in February while deposits from overseas residents "
            "rose by 43 mln.",
            [("185 mln stg", "185000000"), ("43 mln", "43000000")],
        ),
        (
            "The deficit narrowed to 216 mln dlrs from 340 mln in November, and compared with 277 mln in "
            "December 1985.",
            [("216 mln dlrs", "216000000"), ("340 mln", "340000000"), ("277 mln", "277000000")],
        ),
        (
            "Its stake is worth about 308 mln dlrs, while its 20.9 mln Dome Mines shares would fetch more.",
            [("about 308 mln dlrs", "308000000")],
        ),
        (
            "It costs 5 mln pesos and helps 1.3 mln workers out of a total labour force of 6.7 mln.",
            [("5 mln pesos", "5000000")],
        ),
        ("The 5 mln dlr plan raises its quota to 3.0 mln from 2.45 mln 60-kilo bags.", [("5 mln dlr", "5000000")]),
        ("It paid 5 mln dlrs. Its staff is now 2 mln.", [("5 mln dlrs", "5000000")]),
        # a money noun may follow it, a count noun may not
        (
            "It made a loss of 688 mln Swiss francs in 1986 after a restated 756 mln loss in 1985.",
            [("688 mln Swiss francs", "688000000"), ("756 mln", "756000000")],
        ),
        ("The 5 mln dlr issue added 3 mln shares.", [("5 mln dlr", "5000000")]),
        ("The app raised $10 million last year, when its users grew to 3 million.", [("$10 million", "10000000")]),
        # across a wrapped line, never across a paragraph break
        (
            "It earned 68 mln dlrs in January compared with a 556 mln\ndeficit in December.",
            [("68 mln dlrs", "68000000"), ("556 mln", "556000000")],
        ),
        (
            "It earned 68 mln dlrs in January compared with a 556 mln\n    Deficit figures follow.",
            [("68 mln dlrs", "68000000")],
        ),
    ],
)
def test_money_a_bare_scaled_number_shares_the_currency_across_the_amounts_time(text, expected):
    amounts = find_amounts(text)
    assert mentions_and_values(text, amounts) == expected
    shared = [text[a.start : a.end] for a in amounts if "currency_shared" in a.flags]
    assert shared == [m for m, _ in expected if m.split()[-1] in ("mln", "billion")]  # the bare scaled numbers


def test_money_conversion_after_a_slash_is_flagged():
    amounts = find_amounts("The deal is worth £1.2bn/$1.5bn.")
    assert [("conversion" in a.flags) for a in amounts] == [False, True]


def test_money_conversion_is_flagged():
    amounts = find_amounts("It will invest 10 trillion won ($8.6 billion) in chips.")
    assert [(a.value, a.currency) for a in amounts] == [
        (Decimal("10000000000000"), "KRW"),
        (Decimal("8600000000"), "USD"),
    ]
    assert "conversion" not in amounts[0].flags and "conversion" in amounts[1].flags


def test_money_repeated_scale_is_flagged():
    a = one("invest 10 trillion trillion won")
    assert a.value == Decimal("10000000000000") and a.flags == ("repeated_scale",)


def test_money_bare_dollar_is_flagged_as_assumed():
    assert "currency_assumed" in one("It costs $5 million.").flags
    assert "currency_assumed" not in one("It costs US$5 million.").flags


def test_money_bare_dollar_follows_the_article_dollar():
    amounts = find_amounts("The Toronto firm earned 5 mln Canadian dlrs. It paid $2 million in fees.")
    assert [a.currency for a in amounts] == ["CAD", "CAD"]
    assert "currency_assumed" in amounts[1].flags


def test_money_offsets_slice_the_mention():
    text = "Sales hit 1,300 mln dlrs;\nprofit was about £8.10 million and 3.9 trillion won each."
    for a in find_amounts(text):
        assert text[a.start : a.end].strip() == text[a.start : a.end]
        assert a.end > a.start


def test_money_a_count_then_a_unit_price_is_not_one_number():
    assert found("an offering of eight mln two dlr warrants") == [("two dlr", Decimal(2), "USD")]
    assert found("it sold 3 mln 2 billion dlr notes") == [("2 billion dlr", Decimal(2000000000), "USD")]
    assert found("issued seven mln 50-cent shares") == [("50-cent", Decimal("0.5"), "USD")]


@pytest.mark.parametrize(
    "text, mention, lo, hi",
    [
        ("Tickets range from $50 to $200.", "$50 to $200", "50", "200"),
        (
            "bids ranging from 750 mln dlrs to 1.1 billion dlrs",
            "750 mln dlrs to 1.1 billion dlrs",
            "750000000",
            "1100000000",
        ),
    ],
)
def test_money_range_from_to_is_one_record(text, mention, lo, hi):
    a = one(text)
    assert (text[a.start : a.end], a.value_min, a.value_max) == (mention, Decimal(lo), Decimal(hi))


def test_money_from_to_without_range_is_a_change():
    assert [m for m, _, _ in found("Sales rose from $5 million to $7 million.")] == ["$5 million", "$7 million"]


def test_money_currency_then_to_without_a_scale_is_no_range():
    # two amounts, the change and the level it reached (levels.changed_to_level), not a range of $5 to $10
    assert found("Shares rose $5 to 10 in a week.") == [("$5", Decimal(5), "USD"), ("10", Decimal(10), "USD")]


def test_money_range_keeps_the_qualifier_before_it():
    a = one("Losses of about 14 to 16 mln dlrs.")
    assert (a.qualifier, a.value_min, a.value_max) == ("approx", Decimal("14000000"), Decimal("16000000"))


def test_money_qualifier_may_span_a_line_break():
    text = "The bank lent up\nto 50 mln dlrs."
    a = one(text)
    assert a.qualifier == "up_to" and text[a.start : a.end] == "up\nto 50 mln dlrs"


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("It costs a dollar.", "1", "USD"),
        ("a dollar and a half", "1.5", "USD"),
        ("It sold for 500 bucks.", "500", "USD"),
        ("They paid NIS 5 million.", "5000000", "ILS"),
        ("FFr 5 billion", "5000000000", "FRF"),
        ("10 UAE dirhams", "10", "AED"),
        ("50 quid", "50", "GBP"),
    ],
)
def test_money_more_news_forms(text, value, currency):
    a = one(text)
    assert (a.value, a.currency) == (Decimal(value), currency)


@pytest.mark.parametrize(
    "text", ["a pound of flour", "a mark of respect", "a quarter of the market", "It was a real problem."]
)
def test_money_article_before_a_unit_word_is_not_always_money(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, mention, value, currency",
    [
        ("The state spent 2,5 million euros.", "2,5 million euros", "2500000", "EUR"),
        ("He paid 12\u00a0000 euros.", "12\u00a0000 euros", "12000", "EUR"),
        ("the fine was 5,000 pounds .", "5,000 pounds", "5000", "GBP"),
        ("sales of 220 million marks ( $ 118 million ) .", "$ 118 million", "118000000", "USD"),
        ("the firm bid a$ 1.2 billion for the miner .", "a$ 1.2 billion", "1200000000", "AUD"),
    ],
)
def test_money_tokenised_and_european_forms(text, mention, value, currency):
    last = find_amounts(text)[-1]
    assert (text[last.start : last.end], last.value, last.currency) == (mention, Decimal(value), currency)


@pytest.mark.parametrize("text", ["He paid 12 000 euros.", "code 007 dollars"])
def test_money_never_takes_a_fragment_for_an_amount(text):
    assert all(a.value != 0 for a in find_amounts(text))


@pytest.mark.parametrize("text", ["temperatures to minus 30 C should", "shipping 34.4 mln\n    P and O said"])
def test_money_glued_only_forms_need_to_be_glued(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("shares rose $ 1 1/4 to $ 40 3/8 .", ["1.25", "40.375"]),
        ("The ticket costs 3,000 won in Seoul.", ["3000"]),
        ("It costs 3,000 won and 5,000 won.", ["3000", "5000"]),
    ],
)
def test_money_share_price_fractions_and_won_before_a_preposition(text, values):
    assert [str(a.value) for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    "text, value",
    [
        ("5 yuan 3 mao", "5.3"),
        ("one kuai and five mao five", "1.55"),
        ("10 $ 30 cent", "10.3"),
        ("2 euros 5 euro cents", "2.05"),
    ],
)
def test_money_minor_units_count_by_their_own_factor(text, value):
    assert one(text).value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "Leucadia has a euro-commercial paper program.",
        "SEARS             4.9      1.8",
        "Gould's UTX/32 is BSD 4.3 compatible.",
        "Only 13 Euro-MTN programs were announced.",
        "6.93 EURO DOLLAR 1 MTH",
        "Upgrade to PHP 8 now.",
    ],
)
def test_money_newswire_false_friends(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The property contains over 500,000 troy ounces of gold.",
        "Reserves totaled 52.9 mln MCF of gas.",
        "- gold 874.0 mln vs 864.1 mln\n    - special drawing rights 12 mln",
    ],
)
def test_money_metals_gas_volumes_and_list_bullets_are_not_money(text):
    assert [m for m, _, _ in found(text)] == []


@pytest.mark.parametrize(
    "text, value", [("a quarterly dividend of 2-1/2 cts a share", "0.025"), ("It rose 1-3/8 dlrs.", "1.375")]
)
def test_money_newswire_hyphenated_fractions(text, value):
    assert one(text).value == Decimal(value)


def test_money_unit_after_a_rate_is_not_an_amount():
    assert [str(a.value) for a in find_amounts("Copper sells at 20 cents a pound.")] == ["0.2"]


def test_money_per_share_figure_is_not_a_conversion():
    amounts = find_amounts("It took a charge of 14.3 mln dlrs or 26 cts a share.")
    assert [a.flags for a in amounts] == [("currency_assumed",), ("currency_assumed",)]


def test_money_earnings_table_rows_are_money_in_the_articles_currency():
    text = (
        "ACME CORP 4TH QTR NET\n    Shr 19 cts vs 13 cts\n    Net 807,000 vs 1,234,000\n"
        "    Revs 291.8 mln vs 280.1 mln\n    Avg shrs 51.7 mln vs 50.2 mln\n"
    )
    rows = [(m, str(v), c) for m, v, c in found(text)]
    assert rows == [
        ("19 cts", "0.19", "USD"),
        ("13 cts", "0.13", "USD"),
        ("807,000", "807000", "USD"),
        ("1,234,000", "1234000", "USD"),
        ("291.8 mln", "291800000", "USD"),
        ("280.1 mln", "280100000", "USD"),
    ]
    assert "currency_from_context" in find_amounts(text)[2].flags


def test_money_a_glued_worth_after_a_currency_name_keeps_it_money():
    assert [(m, str(v), c) for m, v, c in found("with 4bn euros-worth then bought back")] == [
        ("4bn euros", "4000000000", "EUR")
    ]


def test_money_a_bare_figure_after_a_bracket_of_conversions_takes_the_first_currency():
    text = "Net income was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier."
    assert found(text)[-1] == ("2.7bn", Decimal("2700000000"), "INR")


def test_money_a_table_of_one_period_has_rows_of_one_figure():
    text = "PARTNERSHIP 11 MTHS\n    Unit loss 7.26 dlrs\n    Net loss 121.4 mln\n    Revs 46.9 mln\n"
    assert [(m, str(v), c) for m, v, c in found(text)] == [
        ("7.26 dlrs", "7.26", "USD"),
        ("121.4 mln", "121400000", "USD"),
        ("46.9 mln", "46900000", "USD"),
    ]


def test_money_one_line_that_looks_like_a_row_makes_no_table():
    assert found("The report said:\n    Sales 1987\n    Net 5,000 people attended.") == []
    assert found("Results:\n    Net 807,000\n") == []


def test_money_earnings_table_takes_the_one_currency_the_article_names():
    text = "TOKYO CO\n    Net 5.2 billion vs 4.8 billion\n    It paid a 5 yen dividend."
    assert [a.currency for a in find_amounts(text)] == ["JPY", "JPY", "JPY"]


@pytest.mark.parametrize("text", ["Dr Smith gave 5 lectures.", "Press Esc 5 times.", "They sold the yen 5 times."])
def test_money_abbreviations_that_are_words_need_a_scale(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value, currency, assumed",
    [
        ("reserves of 407.9 mln kyats", "407900000", "MMK", False),
        ("a loss of 718 mln kwacha", "718000000", "ZMW", True),
        ("It costs 10 leva.", "10", "BGN", False),
        ("It costs 50 öre.", "0.50", "SEK", False),
        ("It costs 50 satang.", "0.50", "THB", False),
        ("It costs 25 piastres.", "0.25", "EGP", True),
    ],
)
def test_money_unit_nouns_and_minor_units_of_smaller_currencies(text, value, currency, assumed):
    a = one(text)
    assert (a.value, a.currency, "currency_assumed" in a.flags) == (Decimal(value), currency, assumed)


def test_money_a_code_after_a_bare_dollar_sign_names_it():
    assert "currency_assumed" not in one("It costs $10 USD.").flags
    assert [a.currency for a in find_amounts("rmb 10 usd 20")] == ["CNY", "USD"]  # a code before a number keeps it


def test_money_kr_is_one_of_three_crowns():
    assert "currency_assumed" in one("It costs 1 299 kr.").flags
    assert one("It costs 1 299 kr.").currency == "SEK"
    # it takes the article's one explicit crown, as "dollars" take its one dollar
    norway = find_amounts("The bourse raised 500 mln Norwegian crowns; a ticket costs kr 1.299,-.")
    denmark = find_amounts("Danske Bank earned DKK 5 billion, and a coffee costs 35 kr.")
    assert [a.currency for a in norway] == ["NOK", "NOK"] and [a.currency for a in denmark] == ["DKK", "DKK"]
    assert "currency_assumed" in norway[1].flags and "currency_assumed" in denmark[1].flags


def test_money_space_grouped_digits_are_flagged():
    assert "space_grouped" in one("He paid 12 000 euros.").flags
    assert "space_grouped" not in one("He paid 12\u00a0000 euros.").flags  # a no-break space is unambiguous


@pytest.mark.parametrize(
    "text, mention, value",
    [
        ("He sold 5 100 dollar bills.", "100 dollar", "100"),  # a count, then a price
        ("Backlog at January 31 747 mln dlrs.", "747 mln dlrs", "747000000"),  # a day, then an amount
        ("It will sell on July 6 100 dlrs of notes.", "100 dlrs", "100"),
    ],
)
def test_money_plain_space_groups_only_next_to_a_currency(text, mention, value):
    a = one(text)
    assert (text[a.start : a.end], a.value) == (mention, Decimal(value))


@pytest.mark.parametrize(
    "text",
    [
        "He lost 5 pounds in a month.",
        "The mine produced 265 mln pounds of copper.",
        "The unit weighs less than 50 pounds.",
        "Output will rise to 400 mln pounds of fiber from 350 mln pounds.",
        "It ran 5 k and 10 m today.",
        "The FilmTec FT30 membrane is 5 ft wide.",
        "She lit 5 candles.",
        "It bought back its June 1985 Swiss franc bonds.",
        "It assumed an average 1987 sterling exchange rate.",
        "It rose 5 mln. Dollars were cheap then.",
        "Output of 256K DRAM chips fell.",
        "The beam carries 40 kips per foot.",
        "the top 20 and all 5 of them try 3 times",
        "He carried 5 kgs of rice.",
        "The 52-to-48 vote was close.",
    ],
)
def test_money_weights_and_lower_case_words_that_are_codes(text):
    assert found(text) == []


def test_money_a_weight_does_not_take_the_currency_of_its_neighbour():
    text = "It bought flour for 1.1 mln dlrs, 1.9 mln pounds of pasta for 408,258 dlrs."
    assert [m for m, _, _ in found(text)] == ["1.1 mln dlrs", "408,258 dlrs"]


def test_money_hyphenated_to_is_a_range():
    a = one("It expects to earn 8.25-to-8.50 dlrs a share.")
    assert (a.value_min, a.value_max, a.per) == (Decimal("8.25"), Decimal("8.50"), "share")


def test_money_bare_dollars_follow_the_dollar_amounts_before_the_cents():
    text = "The surplus was 1.25 billion Canadian dlrs, up from 623 mln dlrs. The currency was at 76.85 U.S. cts."
    assert [a.currency for a in find_amounts(text)] == ["CAD", "CAD", "USD"]
    text = "Shell raised crude by 47 Canadian cts a barrel, to 21.95 dlrs a barrel."
    assert [a.currency for a in find_amounts(text)] == ["CAD", "CAD"]


def test_money_bare_pounds_follow_the_articles_one_pound():
    amounts = find_amounts("Fuel oil will sell for 28 Egyptian pounds a ton, instead of 7.5 pounds.")
    assert [(a.currency, "currency_assumed" in a.flags) for a in amounts] == [("EGP", False), ("EGP", True)]
    amounts = find_amounts("It paid 5 mln stg and 3 mln pounds.")
    assert [(a.currency, "currency_assumed" in a.flags) for a in amounts] == [("GBP", False), ("GBP", False)]


def test_money_qualifier_after_the_amount_joins_the_mention():
    text = "It expects losses of 650 mln dlrs or more in 1987."
    a = one(text)
    assert (text[a.start : a.end], a.qualifier) == ("650 mln dlrs or more", "over")


@pytest.mark.parametrize(
    "text, mention",
    [("He said ' about 5 dlrs ' was paid.", "about 5 dlrs"), ("` ` up to $ 5 million ' '", "up to $ 5 million")],
)
def test_money_a_lone_quote_before_a_qualifier_stays_out_of_the_mention(text, mention):
    a = one(text)
    assert text[a.start : a.end] == mention


@pytest.mark.parametrize(
    "text, currencies",
    [
        ("Alusuisse lost 5 mln Swiss francs in 1986 and took a 698 mln francs charge.", ["CHF", "CHF"]),
        ("Kampala raised 30 bln Uganda shillings; exporters paid 500 shillings a kilo.", ["UGX", "UGX"]),
        ("Karachi spent 2 bln Pakistan rupees, and 5 mln rupees went to schools.", ["PKR", "PKR"]),
        ("Paris spent 5 bln francs.", ["FRF"]),
        ("Pre-tax income was 788 mln Danish crowns; the bank lent 521 mln crowns.", ["DKK", "DKK"]),
        ("Capital rose by 200 mln Finnish marks from 2.26 billion marks.", ["FIM", "FIM"]),
        ("It paid 5 mln Swiss francs and 3 mln French francs, then 2 mln francs.", ["CHF", "FRF", "FRF"]),
    ],
)
def test_money_a_bare_unit_noun_takes_the_articles_one_currency_of_that_name(text, currencies):
    assert [a.currency for a in find_amounts(text)] == currencies


def test_money_a_change_from_one_price_to_another_shares_the_scale_written_once():
    amounts = find_amounts("Sales rose from $5 to $7 million.")
    assert [(a.value, "scale_shared" in a.flags) for a in amounts] == [
        (Decimal(5000000), True),
        (Decimal(7000000), False),
    ]


@pytest.mark.parametrize(
    "text, mention, value",
    [
        ("Assets fell 23 mln dlrs to minus 1.92 billion dlrs.", "minus 1.92 billion dlrs", "-1920000000"),
        ("The balance changed by -$5 million.", "-$5 million", "-5000000"),
        ("Net change (-$5 million) in the quarter.", "-$5 million", "-5000000"),
    ],
)
def test_money_a_sign_makes_the_value_negative_and_is_flagged(text, mention, value):
    a = find_amounts(text)[-1]
    assert (text[a.start : a.end], a.value, "negative" in a.flags) == (mention, Decimal(value), True)


@pytest.mark.parametrize(
    "text",
    [
        "a rate of plus or minus 10 yen",
        "- 5 mln dlrs were paid",
        "profit -- $5 million -- rose",
        "between $5-$6 a share",
    ],
)
def test_money_a_dash_that_is_no_sign_leaves_the_value_positive(text):
    assert all(a.value > 0 and "negative" not in a.flags for a in find_amounts(text))


def test_money_bounds_of_one_size_after_a_change_verb_stay_a_range():
    a = one("Cattle prices climbed 0.50 to 1.00 dlr at the opening.")
    assert (a.value_min, a.value_max, "range" in a.flags) == (Decimal("0.50"), Decimal("1.00"), True)


@pytest.mark.parametrize(
    "text, mentions",
    [
        ("Reserves rose 200 mln to 11.9 billion guilders.", ["200 mln", "11.9 billion guilders"]),
        ("Revenues increased 16 to 693 mln dlrs.", ["693 mln dlrs"]),
        ("It cut the price of its Model 50 to 3,995 dlrs.", ["3,995 dlrs"]),
        ("Exports fell in the period March 16 to 31 to 900 mln marks.", ["900 mln marks"]),
        ("Fines range between 1,000 and 500,000 bolivars.", ["between 1,000 and 500,000 bolivars"]),
        ("Crude futures are called five to 10 cts higher.", ["five to 10 cts"]),
    ],
)
def test_money_a_change_and_the_new_level_are_no_range(text, mentions):
    assert [m for m, _, _ in found(text)] == mentions


@pytest.mark.parametrize(
    "text, expected",
    [  # a day of the month is no lower bound, whether or not it would invert the range
        (
            "Balances at the Federal Reserve rose on Feb 25 to 4.151 billion dlrs.",
            [("4.151 billion dlrs", "4151000000")],
        ),
        ("Balances fell on March 2 to 3.467 billion dlrs.", [("3.467 billion dlrs", "3467000000")]),
        ("Its loss for the year ended January 31 rose to 4.7 mln dlrs.", [("4.7 mln dlrs", "4700000")]),
        # a bound bigger than the top is no bound: the scale is not shared, or it is no range
        ("Costs would be 500,000 to one mln dlrs less.", [("500,000 to one mln dlrs", "500000")]),
        ("Profit will be 4,500,000 to five mln dlrs a quarter.", [("4,500,000 to five mln dlrs", "4500000")]),
        # a fall: the old level shares the new one's scale and currency
        (
            "Payments were lowered from 3.450 to 1.350 billion dlrs.",
            [("3.450", "3450000000"), ("1.350 billion dlrs", "1350000000")],
        ),
        ("Output fell 0.2 pct from 1985 to 119.3 billion yuan.", [("119.3 billion yuan", "119300000000")]),
        # a decline is no month
        ("Profits could decline 10 to 15 mln dlrs.", [("10 to 15 mln dlrs", "10000000")]),
        # a change word governing "from ... to": an old level and a new one, not a range
        (
            "Profits showed an increase from 116 to 217 mln bolivars.",
            [("116", "116000000"), ("217 mln bolivars", "217000000")],
        ),
        ("Crude rose from 17 to 18 dlrs a barrel.", [("17", "17"), ("18 dlrs", "18")]),
        ("It will cost from 15 to 20 mln dlrs.", [("15 to 20 mln dlrs", "15000000")]),
        (
            "Its premium has risen to about 50 stg from 25 to 30 stg a month ago.",  # the old level was a range
            [("about 50 stg", "50"), ("25 to 30 stg", "25")],
        ),
        (
            "A tax of 0.5 percent would raise from 8.5 to 17 billion dlrs a year.",
            [("8.5 to 17 billion dlrs", "8500000000")],
        ),
    ],
)
def test_money_a_range_never_runs_downwards_nor_starts_at_a_date(text, expected):
    amounts = find_amounts(text)
    assert mentions_and_values(text, amounts) == expected
    for a in amounts:
        assert a.value_min is None or a.value_min <= a.value_max


def test_money_the_old_level_of_a_change_takes_the_new_levels_rate():
    old, new = find_amounts("Crude rose from 17 to 18 dlrs a barrel.")
    assert (old.value, old.per, new.per) == (Decimal(17), "barrel", "barrel")


def test_money_a_number_restated_in_another_currency_keeps_the_currency_of_the_amount_before():
    text = "Its backlog was 32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion, or 4.5 billion dlrs."
    assert [a.currency for a in find_amounts(text)] == ["SEK", "USD", "SEK", "USD"]


ORDINARY_WORDS = [
    # a currency name that is also an ordinary word: (text, mentions found)
    ("Europe has broken the 100 million mark.", []),
    ("Audience figures remain around the three million mark.", []),
    ("Sales broke through the $4 trillion mark for the first time.", ["$4 trillion"]),
    ("The value of the housing stock reached the £3.3 trillion mark in 2004.", ["£3.3 trillion"]),
    ("The surplus was up on the 6.84 billion mark surplus of 1986.", ["6.84 billion mark"]),
    ("It compared with the 113 billion mark 1986 record.", ["113 billion mark"]),
    ("It won a 22 mln mark East German order.", ["22 mln mark"]),
    ("Workers will be paid at least 9,620 won an hour.", ["at least 9,620 won"]),
    ("Households will pay 1,923 pounds a year for energy.", ["1,923 pounds"]),
    ("The team won 5 games.", []),
    ("The rocket placed in orbit a 1,850 pound satellite.", []),
    # a number grouped in thousands before "won" is money, whatever follows
    ("The dividend is 2,500 won, up from 2,000 won a year earlier.", ["2,500 won", "2,000 won"]),
    ("In 1987 won a prize.", []),
]


@pytest.mark.parametrize("text, mentions", ORDINARY_WORDS, ids=[t[:40] for t, _ in ORDINARY_WORDS])
def test_money_ordinary_words_need_money_context(text, mentions):
    assert [text[a.start : a.end] for a in find_amounts(text)] == mentions


PER_SHARE_ROWS = [
    ("Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000\n", ["share", "share", "", ""]),
    ("    Oper shr loss two cts vs profit seven cts\n    Avg shrs 51.7 mln vs 43.1 mln\n", ["share", "share"]),
    ("    Qtly div three cts vs three cts prior\n", ["share", "share"]),
    ("It paid three cts to holders vs two cts.\n", ["", ""]),  # prose, no table label
]


@pytest.mark.parametrize("text, pers", PER_SHARE_ROWS, ids=[t.strip()[:30] for t, _ in PER_SHARE_ROWS])
def test_money_per_share_table_rows(text, pers):
    assert [a.per for a in find_amounts(text)] == pers


@pytest.mark.parametrize(
    "text, mentions",
    [
        ("It will launch two Swiss franc public issues next week.", []),  # a count of issues
        ("It launched three Swiss franc bonds.", []),
        ("It issued 200 mln Swiss franc bonds.", ["200 mln Swiss franc"]),  # a scale: money
        ("an offering of eight mln two dlr warrants", ["two dlr"]),  # after a count, a price
        ("He paid 5 dollar bills.", ["5 dollar"]),
    ],
)
def test_money_a_small_number_before_a_singular_name_may_count_instruments(text, mentions):
    assert [text[a.start : a.end] for a in find_amounts(text)] == mentions


HELD_OUT_FAMILIES = [
    # (text, [(mention, value, currency)]): the money families of issue 16 that other tools' suites hold
    ("It costs $7 and 25c.", [("$7 and 25c", "7.25", "USD")]),  # a minor unit after a major one
    ("It costs 5 hryvnias 10 kopiykas.", [("5 hryvnias 10 kopiykas", "5.1", "UAH")]),
    ("It costs 500 yen and 50 sen.", [("500 yen and 50 sen", "500.5", "JPY")]),
    ("The ticket is rupiah 500.", [("rupiah 500", "500", "IDR")]),  # a name before the number
    ("It cost Indonesian rupiah 500.", [("Indonesian rupiah 500", "500", "IDR")]),
    ("They sold the yen 5 times.", []),  # a common currency word still needs a scale
    ("He paid five dimes and two nickels.", [("five dimes", "0.5", "USD"), ("two nickels", "0.1", "USD")]),
    ("Net loss was ($5.2 million).", [("($5.2 million)", "-5200000", "USD")]),  # accounting brackets
    ("The fee ($5m) was paid.", [("$5m", "5000000", "USD")]),
    ("5.65bn euros ($7.4bn)", [("5.65bn euros", "5650000000", "EUR"), ("$7.4bn", "7400000000", "USD")]),
]


@pytest.mark.parametrize("text, expected", HELD_OUT_FAMILIES, ids=[t[:40] for t, _ in HELD_OUT_FAMILIES])
def test_money_families_of_other_suites(text, expected):
    assert [(text[a.start : a.end], format_decimal(a.value), a.currency) for a in find_amounts(text)] == expected


def test_money_ln_in_a_table_row_is_mln_and_nowhere_else():
    rows = [(m, str(v)) for m, v, _ in found("    Net 5.9 ln vs 130.4 mln\n    Revs 63.3 mln vs 60.1 mln\n")]
    assert rows[:2] == [("5.9 ln", "5900000"), ("130.4 mln", "130400000")]
    assert found("The log was 5.9 ln units.") == []


def test_money_a_table_figure_without_a_scale_shares_the_rows():
    rows = [(m, str(v)) for m, v, _ in found("    Revs 428.4 mln vs 429.6\n    Net 185,000 vs 4.1 mln\n")]
    assert rows == [("428.4 mln", "428400000"), ("429.6", "429600000"), ("185,000", "185000"), ("4.1 mln", "4100000")]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Oper shr 1.21 vs 88 cts\n", [("1.21", "1.21"), ("88 cts", "0.88")]),  # a decimal beside whole cents: dollars
        ("Shr 516 cts vs 347\n", [("516 cts", "5.16"), ("347", "3.47")]),  # a whole number beside cents: cents
        ("    Shr 1,700.3 cts vs 1,533.0\n", [("1,700.3 cts", "17.003"), ("1,533.0", "15.33")]),
        ("    Shr 526 vs 515\n", [("526", "526"), ("515", "515")]),
    ],
)
def test_money_per_share_rows_with_one_unit(row, expected):
    assert [(m, str(v)) for m, v, _ in found(row)] == expected
