import pytest

from pipeline.sectors import TaxonomyError, form_variants, load_taxonomy, parse_taxonomy, plural


@pytest.mark.parametrize(
    "text, ids",
    [
        ("big Data AI", ["big_data", "artificial_intelligence"]),
        ("Artificial-intelligence and A.I. firms", ["artificial_intelligence", "artificial_intelligence"]),
        ("smart factory and smart factories", ["smart_factories", "smart_factories"]),
        ("bio-health, biohealth, bio health and biological health", ["bio_health"] * 4),
        ("small and medium-sized enterprises and the energy sector", ["smes", "energy"]),
        ("energy emerging industries", ["new_energy_industries"]),
        ("investment in semiconductors and batteries", ["semiconductors", "batteries"]),
        ("5G and EVs", ["telecommunications", "electric_vehicles"]),
    ],
)
def test_sectors_match(run_doc, text, ids):
    doc = run_doc(text)
    assert [s.id_ for s in doc.spans["sectors"]] == ids


@pytest.mark.parametrize("text", ["I will ev aluate it", "the 5g network"])
def test_sectors_cased_forms_only_match_their_spelling(run_doc, text):
    doc = run_doc(text)
    assert [s.id_ for s in doc.spans["sectors"]] == []


@pytest.mark.parametrize(
    "word, expected", [("factory", "factories"), ("chip", "chips"), ("data", "data"), ("business", "businesses")]
)
def test_sectors_plural(word, expected):
    assert plural(word) == expected


def test_sectors_hyphen_is_optional():
    assert {"bio health", "bio-health"} <= set(form_variants("bio-health"))


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x"}', "'forms'"),
        ('{"id": "x", "forms": ["a"], "colour": 1}', "unknown keys"),
        ("not json", "not valid JSON"),
        ('{"forms": ["a"]}', "'id'"),
    ],
)
def test_sectors_taxonomy_errors_name_the_line(line, message):
    with pytest.raises(TaxonomyError, match=message) as err:
        parse_taxonomy([line], "mine.jsonl")
    assert "mine.jsonl:1" in str(err.value)


def test_sectors_user_taxonomy_extends_or_replaces(tmp_path):
    path = tmp_path / "own.jsonl"
    path.write_text('{"id": "space", "label": "Space", "group": "industrials", "forms": ["space industry"]}\n')
    extended = load_taxonomy(path)
    assert "space" in {s.id for s in extended} and "big_data" in {s.id for s in extended}
    assert [s.id for s in load_taxonomy(path, extend=False)] == ["space"]


def test_sectors_default_taxonomy_ids_are_unique_and_grouped():
    taxonomy = load_taxonomy()
    assert len({s.id for s in taxonomy}) == len(taxonomy) >= 40
    assert all(s.group for s in taxonomy)


def test_sectors_isic_codes_are_checked_against_isic4():
    with pytest.raises(TaxonomyError, match="ISIC Rev. 4"):
        parse_taxonomy(['{"id": "x", "forms": ["x"], "isic": ["99X"]}'], "mine.jsonl")


def test_sectors_records_carry_isic_divisions():
    from pipeline import extract

    (row,) = extract("Samsung will invest 10 trillion won in semiconductors.", as_text=True)
    assert row["sectors"] == "semiconductors" and row["isic"] == "26"
