"""The components in a user's spaCy pipeline (issue 19): span values survive Doc.to_bytes(),
DocBin and nlp.pipe(n_process=2); pipeline.extract() returns typed values and checks its arguments."""

from decimal import Decimal

import pytest
from spacy.tokens import Doc, DocBin

from pipeline import extract
from pipeline.records import doc_records

TEXT = (
    "Seoul will invest 10 trillion won in chip makers by 2023, up from 5 trillion won a year earlier.\n\n"
    "Samsung paid $5 million."
)


def _rows(doc):
    return doc_records(doc, "x")[0]


def test_citizen_doc_to_bytes_round_trip_keeps_every_value(nlp):
    doc = nlp(TEXT)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _rows(back) == _rows(doc) and doc_records(back, "x")[1] == doc_records(doc, "x")[1]
    assert [s._.money["value"] for s in back.spans["money"]] == ["10000000000000", "5000000000000", "5000000"]


def test_citizen_docbin_keeps_every_value(nlp):
    doc = nlp(TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [(s.text, s._.money["currency"]) for s in back.spans["money"]] == [
        ("10 trillion won", "KRW"),
        ("5 trillion won", "KRW"),
        ("$5 million", "USD"),
    ]
    assert [r["value"] for r in _rows(back)] == [r["value"] for r in _rows(doc)]


def test_citizen_pipe_with_two_processes(nlp):
    docs = list(nlp.pipe([TEXT, "It paid 3 mln dlrs."] * 2, n_process=2, batch_size=1))
    assert [[s._.money["value"] for s in d.spans["money"]] for d in docs] == [
        ["10000000000000", "5000000000000", "5000000"],
        ["3000000"],
    ] * 2
    assert docs[0].spans["money"][0]._.links["sectors"] == ["semiconductors"]


def test_citizen_extract_returns_typed_values():
    first = extract(TEXT, date="2019-04-29")[0]
    assert first["value"] == Decimal("10000000000000") and isinstance(first["value"], Decimal)
    assert first["years"] == [2023] and first["sectors"] == ["semiconductors"] and first["flags"] == []
    assert isinstance(first["start"], int) and first["value_min"] is None
    assert isinstance(first["value_converted"], Decimal) and isinstance(first["fx_rate"], Decimal)
    assert extract(TEXT, date="2019-04-29", as_text=True)[0]["value"] == "10000000000000"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"date": "2019-02-30"}, "not a date"),
        ({"date": "03/04/2019"}, "--date-order"),
        ({"convert_to": "XYZ"}, "no ECB rates"),
    ],
)
def test_citizen_extract_checks_its_arguments_as_the_cli_does(kwargs, message):
    with pytest.raises(ValueError, match=message):
        extract("It paid $5 million.", **kwargs)
    assert extract("It paid $5 million.", date="03/04/2019", date_order="dmy")[0]["doc_date"] == "2019-04-03"
