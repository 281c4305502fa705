import json
from importlib import resources
from importlib.metadata import version

import pytest

from pipeline import currency_data
from pipeline.lexicons import LexiconError, _check_keys, money_lexicon


def test_lexicons_all_load():
    lex = money_lexicon()
    assert lex.post["won"].code == "KRW" and lex.scales["mln"] > 0 and lex.per_units["share"] == "share"


def test_lexicons_unknown_keys_are_rejected_with_the_allowed_ones():
    with pytest.raises(LexiconError, match="allowed"):
        _check_keys("x.json", {"colour": 1}, {"code"})


def test_lexicons_currencies_json_equals_a_fresh_build():
    committed = json.loads(resources.files("pipeline").joinpath("lexicons", "currencies.json").read_text(encoding="utf-8"))
    source = committed["_source"]
    if source != {"babel": version("babel"), "quantulum3": version("quantulum3")}:
        pytest.skip(f"currencies.json was built with {source}; installed versions differ")
    assert currency_data.build() == committed
