"""Families that round 23's misses showed (its set scored first, then read): each row a sentence
written here for the family, not the gold's own."""

from __future__ import annotations

import pytest

from sentence_record import record

ACTORS = [
    # a lower-case particle between two capitalised words of one name (actors.json name_particles)
    ("Banco do Brasil will lend 2 billion reais to farmers.", "2 billion", "Banco do Brasil"),
    ("Electricite de France will invest 3 billion euros in reactors.", "3 billion", "Electricite de France"),
    ("Banca Nazionale del Lavoro reported a profit of 500 billion lire.", "500 billion", "Banca Nazionale del Lavoro"),
    ("Caisse des Depots will issue a 1 billion franc bond.", "1 billion", "Caisse des Depots"),
    # ... but only between two words of a name
    ("Sales rose to 5 mln dlrs, said Maria de la Cruz.", "5 mln", ""),
    # the subject of a relative clause after the amount's noun phrase ("in sales", "of the programme")
    (
        "Of the 3 trillion yen in sales that Osaka Robotics booked in 2025, robots made up half.",
        "3 trillion",
        "Osaka Robotics",
    ),
    ("Solar parks take 2 trillion won of the 2026-2030 programme that K-Power submitted.", "2 trillion", "K-Power"),
    ("The 5 billion dollar loan that Citibank arranged last year was repaid.", "5 billion", "Citibank"),
    # ... not a speaker's clause, nor one past a coordinated noun phrase or a recipient
    ("It is part of a 43 trillion yen build-up running 2023-2027 that Tokyo says is needed.", "43 trillion", ""),
    ("Its loss fell from $1.2bn and a sign that the airline has cut costs.", "$1.2bn", ""),
    ("The fund lent $5 billion in loans to firms that Samsung owns.", "$5 billion", "The fund"),
    # a country's possessive before a bare office word of actors.json actor_heads stays ("Kenya's Treasury")
    ("Kenya's Treasury set aside 28 billion shillings for fertiliser.", "28 billion", "Kenya's Treasury"),
    ("Germany's Cabinet approved 3 billion euros in aid.", "3 billion", "Germany's Cabinet"),
    # ... while before a name it goes, a name joined by "for" too ("Department for Education")
    ("Britain's Vodafone paid 5 billion pounds for the stake.", "5 billion", "Vodafone"),
    (
        "Britain's Department for Education set aside £1.4 billion for schools.",
        "£1.4 billion",
        "Department for Education",
    ),
    # a name's own "'s" before a verb stays (actors.json possessive_name_verbs), not before a noun
    ("Foster's spent A$584m on a stake in Southcorp.", "A$584m", "Foster's"),
    ("The increase brings Marathon's posted price to 17.50 dlrs a barrel.", "17.50", "Marathon"),
    # a headline's present tense of a kinds verb after a name (phrase_words.bare_verb)
    ("UK pledges £1bn to vaccine research.", "£1bn", "UK"),
    ("Diageo buys US wine firm for $260m.", "$260m", "Diageo"),
    # ... not a speech verb before "that", whose subject only speaks
    ("The EU estimates that the trade in fakes is worth 200bn euros a year.", "200bn", ""),
    # a gerund after "by" says how, not who: no passive's agent; an adjective in -ing is no gerund
    ("The firm raised 5 mln dlrs by selling its unit.", "5 mln", "The firm"),
    (
        "It found that rates paid by neighbouring authorities could vary by as much as £100 per week.",
        "£100",
        "neighbouring authorities",
    ),
    # a passive's agent after a time phrase ("launched on Friday by X")
    (
        "Start-ups can tap a 2 billion dirham fund launched on Friday by the Dubai Future Foundation.",
        "2 billion",
        "the Dubai Future Foundation",
    ),
    ("The 5 mln dlr loan was extended last week by Citibank.", "5 mln", "Citibank"),
    # a relative clause after the amount's conversion and noun phrase
    (
        "Solar parks take 2 trillion won ($1.4 billion) of the programme that K-Power submitted.",
        "2 trillion",
        "K-Power",
    ),
]


@pytest.mark.parametrize("text,mention,actor", ACTORS)
def test_actor(text, mention, actor):
    assert record(text, mention)["actor"] == actor


KINDS = [
    # money sunk, pumped or ploughed into something, and budgeted (kinds.json investment)
    ("Deccan Aero will sink 35 billion rupees into a maintenance hub.", "35 billion", "investment", "sink"),
    ("The state pumped $45bn into two of its banks.", "$45bn", "investment", "pumped"),
    ("The firm is budgeting 12 billion pesos for bus depots.", "12 billion", "investment", "is budgeting"),
    ("BHP ploughed 2 billion dlrs into a copper mine.", "2 billion", "investment", "ploughed"),
    # ... a purpose that is a kind of its own decides after "into" as after "for" (kinds.json purposes)
    ("The government will pump 154m naira into subsidies for seedlings.", "154m", "subsidy", "subsidies"),
    ("The bank will put 2 trillion won into loans to exporters.", "2 trillion", "financing", "loans"),
    # ... "ploughing" only with its "into": not the kind of an amount it does not govern
    (
        "CSR sold its oil interests for 900 mln dlrs and is ploughing 150 mln dlrs into sugar.",
        "900 mln",
        "deal",
        "sold",
    ),
    # the total of a per-unit price, restated after "or", is what its clause makes it, not a price
    ("Chevron sold the shares for 11.88 dlrs each, or a total of 54.6 mln dlrs.", "54.6 mln", "deal", "sold"),
    ("The company sold 2 mln shares at 5 dlrs a share, or 10 mln dlrs in all.", "10 mln", "deal", "sold"),
    ("Lifetime agreed to buy five mln shares for 3.28 dlrs a share, or 16.5 mln dlrs.", "16.5 mln", "deal", "buy"),
    ("Chevron sold the shares for 11.88 dlrs each, or a total of 54.6 mln dlrs.", "11.88", "price", "sold"),
    # ... while a per-share profit or dividend restated as a sum stays that profit or dividend
    ("It will pay a dividend of 10 cts a share, or 5 mln dlrs.", "5 mln", "dividend", "dividend"),
    # money raised from a sale is the sale's (kinds.json proceeds) ...
    ("Italy plans to raise as much as 25bn euros from privatisations.", "25bn", "deal", "privatisations"),
    ("The firm raised 5 mln dlrs by selling its unit.", "5 mln", "deal", "selling"),
    ("The firm raised 50 mln dlrs from investors.", "50 mln", "financing", "raised"),
    ("GCA raised 71.7 mln dlrs through the sale of common stock.", "71.7 mln", "financing", "raised"),
    ("Nasdaq plans to raise $100m from the sale.", "$100m", "financing", "raise"),
    ("Rugby said it spent 27 mln stg on acquisitions in 1986.", "27 mln", "deal", "acquisitions"),
    # ... and money spent on buying is the purchase's (purposes: a gerund after the preposition)
    ("Foster's spent A$584m on buying a stake in Southcorp.", "A$584m", "deal", "buying"),
    ("It spent 5 bln won on building new ships.", "5 bln", "investment", "spent"),
    # a participle glued to a word by a hyphen is a modifier, no verb ("UK-issued cards")
    ("Card scams on UK-issued cards totalled £402.4m in 2003.", "£402.4m", "other", ""),
    ("Acme issued 5 bln dlrs last year.", "5 bln", "financing", "issued"),
    # ... and a base after "from" stays the price it is the base of
    ("BTR raised its offer to five dlrs each from four dlrs.", "four dlrs", "price", "offer"),
]


@pytest.mark.parametrize("text,mention,kind,trigger", KINDS)
def test_kind(text, mention, kind, trigger):
    found = record(text, mention)
    assert (found["kind"], found["trigger"]) == (kind, trigger)


SECTORS = [
    # a participle after a total opens its parts, as "of which" does (clauses.json part_openers)
    (
        "Kuwait approved a 1.4 billion dinar energy programme, earmarking 900 million dinars for oil "
        "refineries and 280 million dinars for solar power plants.",
        "1.4 billion",
        ["energy", "oil_and_gas", "renewable_energy"],
    ),
    (
        "The ministry set out a 2 trillion won plan, allocating 1.2 trillion won to chip plants and "
        "800 billion won to battery plants.",
        "2 trillion",
        ["semiconductors", "batteries"],
    ),
]


SECTORS += [
    # a share verb's subject is what the amount is the share of (clauses.json share_verbs) ...
    (
        "The state will pay 6.8 billion rand in incentives; car parts makers account for 4.1 billion rand "
        "of that, and textile factories for a further 1.2 billion rand.",
        "4.1 billion",
        ["automotive"],
    ),
    # ... and a gapped clause's bare subject after "and" is the next amount's (clause_ends.gapped_subject)
    (
        "The state will pay 6.8 billion rand in incentives; car parts makers account for 4.1 billion rand "
        "of that, and textile factories for a further 1.2 billion rand.",
        "1.2 billion",
        ["textiles"],
    ),
    (
        "Factory-automation equipment contributed 910 billion yen and industrial robots 380 billion yen.",
        "910 billion",
        ["smart_factories"],
    ),
    (
        "Petroleum earnings fell to 98.8 mln dlrs from 139.6 mln, and steel profit to 27.0 mln from 48.8 mln.",
        "27.0 mln",
        ["steel"],
    ),
    (
        "Petroleum earnings fell to 98.8 mln dlrs from 139.6 mln, and steel profit to 27.0 mln from 48.8 mln.",
        "139.6 mln",
        ["oil_and_gas"],
    ),
    # a total fronted by "Of" has the amounts after it as its parts (totals.FRONTED_OF)
    (
        "It was a good year. Of the 2 trillion won, chip plants get 1 trillion won and battery lines 800 billion won.",
        "2 trillion",
        ["semiconductors", "batteries"],
    ),
    # ... not a clause with its own verb or article, nor a list of destinations
    ("Brazil paid 44 bln dlrs to banks and agencies and got only 11 bln dlrs in loans.", "11 bln", []),
    (
        "Korea will invest 5 trillion won in AI and chip plants, and 2 trillion won in batteries.",
        "5 trillion",
        ["artificial_intelligence", "semiconductors"],
    ),
    # a processor is a head after which a sector's modifier names that sector (sector_heads.json heads)
    (
        "Anadolu agreed to buy Egyptian food processor Nile Crisps for 7.5 billion pounds.",
        "7.5 billion",
        ["food_and_beverage"],
    ),
]


@pytest.mark.parametrize("text,mention,sectors", SECTORS)
def test_sectors(text, mention, sectors):
    assert sorted(record(text, mention)["sectors"]) == sorted(sectors)
