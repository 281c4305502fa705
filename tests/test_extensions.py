"""The Doc and Span extensions: readable and writable through ``._``, kept by DocBin."""

from spacy.tokens import DocBin


def test_extensions_survive_docbin(nlp, run_doc):
    doc = run_doc("Seoul will invest 10 trillion won in AI by 2023.", date="2019-04-29")
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert restored._.date == "2019-04-29"
    money = restored.spans["money"][0]
    assert money._.money["value"] == "10000000000000"
    assert list(money._.links["sectors"]) == ["artificial_intelligence"]  # msgpack gives lists back as tuples
    assert list(restored.spans["years"][0]._.year["years"]) == [2023]


def test_extensions_can_be_set_by_a_user(run_doc):
    doc = run_doc("It paid $5 million.")
    span = doc.spans["money"][0]
    span._.money = {**span._.money, "currency": "CAD"}
    assert doc.spans["money"][0]._.money["currency"] == "CAD"
    doc._.date = "2020-01-01"
    assert doc._.date == "2020-01-01"
    assert doc[0:1]._.money is None  # a span with no value reads None
