import copy
import json
from importlib.metadata import version
from pathlib import Path

import pytest

from pipeline import build_lexicons, lexicon
from pipeline.lexicon import Each, Fields, LexiconError, Lines
from pipeline.tables import money_lexicon

LEXICONS = Path(lexicon.__file__).parent / "lexicons"


def test_lexicons_every_file_has_a_schema():
    files = {p.name for p in LEXICONS.iterdir() if p.suffix in (".json", ".jsonl")}
    assert files == set(lexicon.names())


@pytest.mark.parametrize("name", lexicon.names())
def test_lexicons_every_file_loads(name):
    data = lexicon.load(name)
    assert data and isinstance(data, list if name.endswith(".jsonl") else dict)


def test_lexicons_all_load():
    lex = money_lexicon()
    assert lex.post["won"].code == "KRW" and lex.scales["mln"] > 0 and lex.per_units["share"] == "share"


def _fields_at(name: str, path: tuple) -> Fields:
    """The schema of the object at ``path`` in ``name`` (free keys of an Each step into its value)."""
    shape = lexicon.SCHEMAS[name]
    shape = shape.line if isinstance(shape, Lines) else shape
    for step in path:
        if isinstance(shape, Fields):
            shape = {**shape.required, **shape.optional}[step]
        elif isinstance(shape, Each):
            shape = shape.fixed.get(step, shape.value)
    return shape


def _copy(name: str, tmp_path: Path, monkeypatch, change) -> None:
    """Write a changed copy of ``lexicons/<name>`` in tmp_path and have the lexicon module read it there."""
    if name.endswith(".jsonl"):
        rows = [json.loads(line) for line in lexicon.lines(name) if line.strip() and not line.startswith("#")]
        change(rows)
        text = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n"
    else:
        data = copy.deepcopy(lexicon.load(name))
        change(data)
        text = json.dumps(data, ensure_ascii=False)
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "path", lambda n: tmp_path / n)


def _at(data, path: tuple):
    for step in path:
        data = data[step]
    return data


# (file, path of an object in it): an unknown key put there is an error
UNKNOWN = [
    ("currencies.json", ()),
    ("isic4_divisions.json", ()),
    ("news_currencies.json", ()),
    ("news_currencies.json", ("bare_units", "won")),
    ("news_currencies.json", ("subunits", "cents")),
    ("news_currencies.json", ("assumed_symbols", "kr")),
    ("news_currencies.json", ("weight_units",)),
    ("scales.json", ("mln",)),
    ("numbers.json", ()),
    ("qualifiers.json", ("over",)),
    ("per_units.json", ()),
    ("table_labels.json", ()),
    ("company_names.json", ()),
    ("plurals.json", ()),
    ("countries.json", ("countries", "KR")),
    ("news_places.json", ()),
    ("sector_heads.json", ()),
    ("years.json", ()),
    ("years.json", ("roles",)),
    ("years.json", ("relative", "a year earlier")),
    ("years.json", ("comparison_cues",)),
    ("clauses.json", ()),
    ("kinds.json", ()),
    ("kinds.json", ("kinds", "dividend")),
    ("actors.json", ()),
    ("sectors.jsonl", (0,)),
]


@pytest.mark.parametrize("name, path", UNKNOWN)
def test_lexicons_unknown_key_names_file_key_and_allowed_keys(name, path, tmp_path, monkeypatch):
    # a string is a new unit in per_units.json, a new word elsewhere: an object is no unit
    _copy(name, tmp_path, monkeypatch, lambda data: _at(data, path).update(colour={"red": "1"}))
    with pytest.raises(LexiconError, match="unknown key") as err:
        lexicon.load(name)
    message = str(err.value)
    shape = _fields_at(name, path[1:] if name.endswith(".jsonl") else path)
    allowed = sorted(shape.fixed) if isinstance(shape, Each) else sorted({**shape.required, **shape.optional})
    assert f"lexicons/{name}" in message
    assert "/".join(map(str, (*path[1:], "colour") if name.endswith(".jsonl") else (*path, "colour"))) in message
    assert str(allowed) in message


# (file, path of a required key): without it the file is rejected (per_units.json requires nothing)
MISSING = [
    ("currencies.json", ("codes",)),
    ("isic4_divisions.json", ("divisions",)),
    ("news_currencies.json", ("count_nouns",)),
    ("news_currencies.json", ("bare_units", "won", "code")),
    ("news_currencies.json", ("subunits", "cents", "factor")),
    ("news_currencies.json", ("assumed_symbols", "kr", "code")),
    ("news_currencies.json", ("weight_units", "units")),
    ("scales.json", ("mln", "factor")),
    ("numbers.json", ("units",)),
    ("qualifiers.json", ("over", "mention")),
    ("table_labels.json", ("labels",)),
    ("company_names.json", ("suffixes",)),
    ("plurals.json", ("unchanged",)),
    ("countries.json", ("countries", "KR", "names")),
    ("news_places.json", ("successor_territories",)),
    ("sector_heads.json", ("heads",)),
    ("years.json", ("months",)),
    ("years.json", ("roles", "comparison")),
    ("years.json", ("relative", "a year earlier", "offset")),
    ("years.json", ("comparison_cues", "change_words")),
    ("clauses.json", ("punct",)),
    ("kinds.json", ("order",)),
    ("actors.json", ("verbs",)),
    ("sectors.jsonl", (0, "forms")),
]


@pytest.mark.parametrize("name, path", MISSING)
def test_lexicons_missing_key_names_file_key_and_allowed_keys(name, path, tmp_path, monkeypatch):
    _copy(name, tmp_path, monkeypatch, lambda data: _at(data, path[:-1]).pop(path[-1]))
    with pytest.raises(LexiconError, match="missing key") as err:
        lexicon.load(name)
    message = str(err.value)
    inner = path[1:] if name.endswith(".jsonl") else path
    shape = _fields_at(name, inner[:-1])
    assert f"lexicons/{name}" in message and "/".join(inner) in message
    assert str(sorted({**shape.required, **shape.optional})) in message


def test_lexicons_the_tables_cover_every_file():
    assert {name for name, _ in UNKNOWN} == set(lexicon.names())
    assert {name for name, _ in MISSING} == set(lexicon.names()) - {"per_units.json"}


@pytest.mark.parametrize(
    "name, path, keys",
    [
        ("news_currencies.json", ("bare_units", "won"), {"code", "assumed", "family"}),
        ("news_currencies.json", ("subunits", "cents"), {"factor", "of", "attached_only", "assumed", "family"}),
        ("news_currencies.json", ("assumed_symbols", "kr"), {"code", "family"}),
        ("scales.json", ("mln",), {"factor", "attached", "after_currency", "dotted"}),
        ("qualifiers.json", ("over",), {"mention", "context", "after"}),
        ("years.json", ("relative", "last year"), {"offset", "anchored", "through", "after_periods"}),
        (
            "sectors.jsonl",
            (),
            {
                "id",
                "label",
                "group",
                "isic",
                "forms",
                "cased",
                "modifiers",
                "narrow_modifiers",
                "narrow_heads",
                "singular",
            },
        ),
    ],
)
def test_lexicons_entry_keys(name, path, keys):
    shape = _fields_at(name, path)
    assert {**shape.required, **shape.optional}.keys() == keys


def test_lexicons_a_value_of_the_wrong_kind_is_an_error(tmp_path, monkeypatch):
    _copy("scales.json", tmp_path, monkeypatch, lambda data: data["mln"].update(factor=1000000))
    with pytest.raises(LexiconError, match=r"lexicons/scales.json: mln/factor: expected a string, not 1000000"):
        lexicon.load("scales.json")


def test_lexicons_an_unknown_file_is_an_error():
    with pytest.raises(LexiconError, match="no such lexicon"):
        lexicon.load("colours.json")


@pytest.mark.parametrize("name", sorted(build_lexicons.BUILDERS))
def test_lexicons_generated_file_equals_a_fresh_build(name):
    committed = lexicon.load(name)
    source = committed["_source"]
    installed = {package: version(package) for package in source}
    if source != installed:
        pytest.skip(f"{name} was built with {source}; installed versions are {installed}")
    assert build_lexicons.BUILDERS[name]() == committed


@pytest.mark.parametrize(
    "form, code",
    [
        ("kenya shillings", "KES"),
        ("sri lanka rupees", "LKR"),
        ("jamaica dollars", "JMD"),
        ("turkey lira", "TRY"),
        ("united states dollars", "USD"),
    ],
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
