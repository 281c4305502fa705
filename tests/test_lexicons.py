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
