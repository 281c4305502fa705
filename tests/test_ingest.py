import pytest

from pipeline.ingest import Article, InputError, decode, iter_articles, parse_date, split_front_matter


@pytest.mark.parametrize(
    "text, meta, body",
    [
        ("---\ndate: 2019-04-29\ntitle: X\n---\nBody", {"date": "2019-04-29", "title": "X"}, "Body"),
        ("No front matter", {}, "No front matter"),
        ("---\nunclosed: yes\nBody", {}, "---\nunclosed: yes\nBody"),
    ],
)
def test_ingest_front_matter(text, meta, body):
    assert split_front_matter(text) == (meta, body)


@pytest.mark.parametrize("value", ["2019-13-01", "someday", "", "29/04/2019"])
def test_ingest_bad_dates_raise(value):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(value)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (b"10 trillion won", "utf-8"),
        ("\ufeffcafé".encode("utf-8"), "utf-8-sig"),
        ("café".encode("utf-16"), "utf-16"),
        ("café 5 €".encode("cp1252"), "cp1252"),
        (b"\x81\x8d\x8f", "latin-1"),
    ],
)
def test_ingest_decode_fallbacks(data, encoding):
    assert decode(data)[1] == encoding


def test_ingest_folder_doc_ids_are_relative_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("x")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    items = list(iter_articles([tmp_path]))
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["a.md", "b/x.txt"]
    assert sorted(i.kind for i in items if isinstance(i, InputError)) == ["binary", "empty"]


def test_ingest_count_articles_for_the_eta(tmp_path):
    import gzip

    from pipeline.ingest import count_articles

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
    with gzip.open(tmp_path / "c.jsonl.gz", "wt") as fh:
        fh.write('{"text": "z"}\n')
    assert count_articles([tmp_path]) == 4
