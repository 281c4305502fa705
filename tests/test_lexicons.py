import json
from importlib import resources
from importlib.metadata import version

import pytest

from pipeline import build_lexicons
from pipeline.tables import LexiconError, _check_keys, money_lexicon


def test_lexicons_all_load():
    lex = money_lexicon()
    assert lex.post["won"].code == "KRW" and lex.scales["mln"] > 0 and lex.per_units["share"] == "share"


def test_lexicons_unknown_keys_are_rejected_with_the_allowed_ones():
    with pytest.raises(LexiconError, match="allowed"):
        _check_keys("x.json", {"colour": 1}, {"code"})


@pytest.mark.parametrize("name", sorted(build_lexicons.BUILDERS))
def test_lexicons_generated_file_equals_a_fresh_build(name):
    committed = json.loads(resources.files("pipeline").joinpath("lexicons", name).read_text(encoding="utf-8"))
    source = committed["_source"]
    installed = {package: version(package) for package in source}
    if source != installed:
        pytest.skip(f"{name} was built with {source}; installed versions are {installed}")
    assert build_lexicons.BUILDERS[name]() == committed


@pytest.mark.parametrize(
    "form, code",
    [("kenya shillings", "KES"), ("sri lanka rupees", "LKR"), ("jamaica dollars", "JMD"), ("turkey lira", "TRY"),
     ("united states dollars", "USD")],
)
def test_lexicons_country_name_before_a_unit_noun(form, code):
    assert money_lexicon().post[form].code == code


def test_lexicons_a_country_name_never_takes_another_countrys_currency():
    post = money_lexicon().post
    assert "zimbabwe dollars" not in post or post["zimbabwe dollars"].code != "USD"
    assert "ecuador dollars" not in post


def test_lexicons_lower_case_codes_in_use_except_english_words():
    lex = money_lexicon()
    assert {"kwd", "sar", "aed", "egp"} <= set(lex.pre)
    assert not {"all", "top", "try", "kgs", "pen", "cup"} & (set(lex.pre) | set(lex.post))
