"""Comparable amounts: conversion at the rate of the article's date, from the ECB data shipped offline."""

import datetime as dt
import json
from decimal import Decimal

import pandas as pd
import pytest
from currency_converter import CurrencyConverter
from typer.testing import CliRunner

from conftest import ROOT
from pipeline import extract
from pipeline.cli import app
from pipeline.fx import convert_record

runner = CliRunner()
ECB = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def test_fx_users_article_converts_at_the_rate_of_its_date():
    text = (ROOT / "corpus" / "yonhap-korea-investment.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    first = extract(text, date="2019-04-29", as_text=True)[1]  # "10 trillion trillion won"
    expected = Decimal(repr(ECB.convert(1, "KRW", "USD", date=dt.date(2019, 4, 29)))) * Decimal(10**13)
    assert first["converted_currency"] == "USD" and first["fx_date"] == "2019-04-29"
    assert Decimal(first["value_converted"]) == expected.quantize(Decimal("0.01"))


def test_fx_1987_article_is_out_of_range():
    (row,) = extract("Sales rose to 1.5 billion stg.", date="1987-03-02", as_text=True)
    assert row["value_converted"] == row["fx_rate"] == row["fx_date"] == ""
    assert "fx_out_of_range" in row["flags"]


def test_fx_weekend_takes_the_previous_business_day():
    (row,) = extract("It paid 100 mln euros.", date="2019-04-27", as_text=True)  # a Saturday
    assert row["fx_date"] == "2019-04-26"
    expected = Decimal(repr(ECB.convert(1, "EUR", "USD", date=dt.date(2019, 4, 26))))
    assert Decimal(row["fx_rate"]) == expected


def test_fx_range_keeps_both_bounds():
    (row,) = extract("It will cost 2-3 billion euros.", date="2019-04-29", as_text=True)
    rate = Decimal(row["fx_rate"])
    assert Decimal(row["value_min_converted"]) == (Decimal(2 * 10**9) * rate).quantize(Decimal("0.01"))
    assert Decimal(row["value_max_converted"]) == (Decimal(3 * 10**9) * rate).quantize(Decimal("0.01"))


@pytest.mark.parametrize(
    "record, date, flag",
    [
        ({"value": "5", "currency": "KRW"}, None, "fx_no_date"),
        ({"value": "5", "currency": "DEM"}, "1987-03-02", "fx_unknown_currency"),
        ({"value": "5", "currency": "DEM"}, "2019-04-29", "fx_unknown_currency"),
        ({"value": "5", "currency": "KRW"}, "1995-01-02", "fx_out_of_range"),
        ({"value": "5", "currency": "KRW"}, "2099-01-02", "fx_out_of_range"),
    ],
)
def test_fx_no_rate_leaves_columns_empty_and_says_why(record, date, flag):
    conv = convert_record(record, "USD", date)
    assert conv["flag"] == flag and conv["value_converted"] == "" and conv["fx_rate"] == ""


def test_fx_cli_options_and_manifest(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2019-04-29\n---\nIt paid 10 trillion won.")
    (tmp_path / "b.txt").write_text("It paid 5 mln dlrs.")  # no date
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(tmp_path), "--out", str(out), "--convert-to", "eur", "--fx-date", "2020-01-02", "-q"]
    )
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out / "records.csv", dtype=str, keep_default_na=False)
    assert rows["fx_date"].tolist() == ["2020-01-02", "2020-01-02"]
    assert rows["converted_currency"].tolist() == ["EUR", "EUR"]
    fx = json.loads((out / "run.json").read_text())["fx"]
    assert fx["convert_to"] == "EUR" and fx["last_date"] >= "2019-01-01" and "European Central Bank" in fx["source"]


def test_fx_unknown_target_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--convert-to", "DEM"])
    assert result.exit_code == 2 and "no ECB rates" in result.output
