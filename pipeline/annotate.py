"""Texts into annotated Docs: the Docs that the pipeline's stages have been through, ready for ``records``.

This module owns how a text goes through the stages: the Doc made from it with what the stages
read besides its tokens (``start_doc``), several Docs taken through the stages one stage at a time
(``annotate_batch``), and a long text cut into pieces of at most ``MAX_CHUNK`` characters
(``chunk_bounds``) that go through the stages one after the other (``annotate_text``). It makes no
rows: ``records`` turns the Docs into them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .extensions import set_doc_value, span_value

MAX_CHUNK = 100_000  # characters; spaCy refuses texts over nlp.max_length, and long docs cost memory
# A stretch this long with no line break and no sentence end is not prose ("1 234 234 ...", a price
# list on one line, "$5$5$5..."): it is cut into pieces of at most this size, each annotated on
# its own, so that no stage's cost grows with the square of a sentence's length.
MAX_STRETCH = 2_000
# A whitespace-free run this long is cut into segments of at most RUN_SEGMENT characters before
# spaCy's tokenizer sees it: the tokenizer splits prefixes and suffixes off a chunk one at a
# time, with the square of its length ("$5 million)))))...", 10,000 ")" took 18 s).
LONG_RUN, RUN_SEGMENT = 120, 40
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN},}}")  # tried at word starts only: a tenth faster
# A line break inside a sentence of hard-wrapped news (Reuters wraps every line at about 70
# characters): between a lower-case word (or a comma) and a lower-case word. The tokenizer sees a
# space there, so that phrases read over it ("real\nestate", "tank\ntruck"); the text keeps its
# line break. A break before a capital, a digit or an indent (a table row, a paragraph) stays.
SOFT_WRAP = re.compile(r"(?<=[a-z,;])\n(?=[a-z])")
_BREAK = re.compile(r"\n|[.!?…](?=[\s\"'”’)\]])")
_NUMBER_CHARS = frozenset("0123456789.,")
_DIGIT_RUN = re.compile(r"[.,]?\d+(?:[.,]\d+)*(?:[ \u00a0\u202f\u2009]\d+(?:[.,]\d+)*)*[.,]?")  # "1,000 000"


def _safe_cut(text: str, lo: int, hi: int, seps: tuple[str, ...] = ("\n\n", "\n", ". ", "; ", ", ", " ")) -> int:
    """A cut point in text[lo:hi] (pieces of at least half of it): after the last separator of the
    first kind found, else between two characters that are not both part of a number (never
    inside "1,234.5"), else ``hi``."""
    floor = lo + (hi - lo) // 2
    for sep in seps:
        cut = text.rfind(sep, floor, hi)
        while cut > 0 and sep == " " and text[cut - 1 : cut].isdigit() and text[cut + 1 : cut + 2].isdigit():
            cut = text.rfind(sep, floor, cut)  # "1 234": a number grouped by spaces
        if cut > 0:
            return cut + len(sep)
    for cut in range(hi - 1, floor, -1):
        if not (text[cut - 1] in _NUMBER_CHARS and text[cut] in _NUMBER_CHARS):
            return cut
    return hi


def chunk_bounds(text: str, size: int = MAX_CHUNK, stretch: int = MAX_STRETCH) -> list[tuple[int, int]]:
    """Cut a text into pieces that are annotated one after the other: at most ``size`` characters,
    cut at a paragraph break, else a line break, a sentence end or a space, so that no amount or
    sentence is cut in two; and a stretch of more than ``stretch`` characters with no line break
    and no sentence end, which no prose has, cut into pieces of at most that size (never inside a
    number).

    >>> chunk_bounds("aa bb cc", size=5)
    [(0, 3), (3, 8)]
    >>> [t[a:b] for t in ["It paid 1,234.5 dlrs and 6 dlrs"] for a, b in chunk_bounds(t, size=100, stretch=12)]
    ['It paid ', '1,234.5 ', 'dlrs and 6 ', 'dlrs']
    >>> chunk_bounds("12345678901234", size=10)  # no safe point: a number that long is no amount
    [(0, 10), (10, 14)]
    """
    if len(text) <= min(size, stretch):
        return [(0, len(text))]
    cuts = []  # inside long stretches
    prev = 0
    for m in (*_BREAK.finditer(text), None):
        end = len(text) if m is None else m.start()
        while end - prev > stretch:
            cut = _safe_cut(text, prev, prev + stretch, (" ",))
            cuts.append(cut)
            prev = cut
        if m is not None:
            prev = m.end()
    bounds, start = [], 0
    for stop in (*cuts, len(text)):
        while stop - start > size:
            cut = _safe_cut(text, start, start + size)
            bounds.append((start, cut))
            start = cut
        bounds.append((start, stop))
        start = stop
    return bounds


def _split_run(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Segments of at most ``RUN_SEGMENT`` characters of a whitespace-free run, cut where a letter
    or digit meets another character, else where they are not both part of a number."""
    while hi - lo > RUN_SEGMENT:
        top = lo + RUN_SEGMENT
        cut = next(
            (
                c
                for c in range(top, lo + RUN_SEGMENT // 2, -1)
                if text[c - 1].isalnum() != text[c].isalnum()
                and not (text[c - 1] in _NUMBER_CHARS and text[c] in _NUMBER_CHARS)
            ),
            None,
        )
        cut = cut or _safe_cut(text, lo, top, ())
        yield lo, cut
        lo = cut
    yield lo, hi


def unwrap(text: str) -> str:
    r"""``text`` with each ``SOFT_WRAP`` line break a space: the same length, so that every offset
    holds.

    >>> unwrap("invest in real\nestate,\nsaid it"), unwrap("Net 5\nShr 1"), unwrap("cts\n    It")
    ('invest in real estate, said it', 'Net 5\nShr 1', 'cts\n    It')
    """
    return SOFT_WRAP.sub(" ", text) if "\n" in text else text


def make_doc(nlp, text: str) -> Doc:
    """``nlp.make_doc(text)``, in time linear in the text's length: whitespace-free runs of more
    than ``LONG_RUN`` characters are tokenized in segments (see ``LONG_RUN``). The Doc's text is
    ``text`` with its soft line breaks spaces (``unwrap``; ``start_doc`` keeps ``text`` itself for
    the stages); a text with no long run gets exactly the tokenizer's tokens."""
    text = unwrap(text)
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []

    def add(lo: int, hi: int) -> None:
        for token in nlp.tokenizer(text[lo:hi]):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    pos = 0
    for m in _LONG_RUN.finditer(text):
        if m.start() > pos:
            add(pos, m.start())
        segments = list(_split_run(text, m.start(), m.end()))
        end = m.end() + 1 if text[m.end() : m.end() + 1] == " " else m.end()  # the run's space stays its own
        segments[-1] = (segments[-1][0], end)
        for lo, hi in segments:
            add(lo, hi)
        pos = end
    if pos < len(text):
        add(pos, len(text))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def start_doc(doc: Doc, text: str, date: str | None, title: str = "", places: tuple[str, ...] = ()) -> Doc:
    """Give a Doc just made from ``text`` what the stages read besides its tokens: its date, and
    its article's title when the title is not part of the text (a JSONL archive's ``title``), and
    the countries its archive files it under (``places``: a JSONL archive's, ``ingest.filed_places``)."""
    doc.user_data["news_text"] = text  # the Doc's text is the input: no need to join the tokens again
    set_doc_value(doc, "date", date)
    set_doc_value(doc, "title", title)
    set_doc_value(doc, "filed_places", tuple(places))
    return doc


def annotate_batch(nlp, docs: list[Doc | None]) -> list[Doc | None]:
    """Run the pipeline's stages over several started Docs, one stage at a time over all of them.

    Each stage's code and tables then stay in the CPU caches while it goes over the batch, which
    makes the run about a tenth faster than taking each Doc through every stage in turn. A Doc
    that a stage fails on becomes None (the caller processes that article again on its own, which
    reports the error); the others go on.
    """
    docs = list(docs)
    for _, proc in nlp.pipeline:
        for i, doc in enumerate(docs):
            if doc is not None:
                try:
                    docs[i] = proc(doc)
                except Exception:
                    docs[i] = None
    return docs


def annotate_text(
    nlp,
    text: str,
    date: str | None,
    size: int = MAX_CHUNK,
    doc: Doc | None = None,
    title: str = "",
    places: tuple[str, ...] = (),
) -> Iterator[tuple[int, Doc]]:
    """(start, Doc) of each piece of a text, in order, through every stage: one piece unless the
    text is longer than ``size`` characters (``chunk_bounds``); ``start`` is the piece's offset in
    the text. Each piece is made when it is asked for, so a long text's Docs are not all held at once.

    ``doc``: the text's Doc, already through the pipeline (``annotate_batch``), when the caller
    has made it (a text of one piece)."""
    pieces = chunk_bounds(text, size) if doc is None else [(0, len(text))]  # a Doc given is of one piece
    for lo, hi in pieces:
        if doc is None or len(pieces) > 1:
            doc = _annotate_piece(nlp, text, lo, hi, date, title, nlp.pipeline, places)
        yield lo, doc


def count_amounts(
    nlp, text: str, date: str | None, pieces: list[tuple[int, int]], stop_after: int | None = None
) -> int:
    """The amounts a text of several ``pieces`` (``chunk_bounds``) holds, counted by the stages up to
    the money stage alone, piece by piece; counting ends once past ``stop_after``. A text with far
    too many amounts ("paid 5 mln dlrs and " 250,000 times) is thus refused before the costlier later
    stages (sectors, years, links, kinds) have run on tens of thousands of them."""
    names = nlp.pipe_names
    stages = nlp.pipeline[: names.index("news_money") + 1] if "news_money" in names else nlp.pipeline
    found = 0
    for lo, hi in pieces:
        found += len(_annotate_piece(nlp, text, lo, hi, date, "", stages).spans.get("money", ()))
        if stop_after is not None and found > stop_after:
            break
    return found


def _annotate_piece(
    nlp, text: str, lo: int, hi: int, date: str | None, title: str, stages, places: tuple[str, ...] = ()
) -> Doc:
    """The Doc of ``text[lo:hi]`` through ``stages``, without the amounts cut by the piece's edges."""
    piece = text[lo:hi]
    stage = "tokenizer"
    try:
        doc = start_doc(make_doc(nlp, piece), piece, date, title, places)
        for stage, proc in stages:  # noqa: B007 (the except clause names the stage)
            doc = proc(doc)
    except Exception as exc:  # the error row names the stage and quotes the text (worker.process_article)
        exc.news_stage, exc.news_piece = stage, lo
        raise
    if (lo and inside_number(text, lo)) or (hi < len(text) and inside_number(text, hi)):
        _drop_cut_amounts(doc, lo > 0 and inside_number(text, lo), hi < len(text) and inside_number(text, hi))
    return doc


def inside_number(text: str, pos: int) -> bool:
    """Is ``pos`` inside a run of digits ("1,000|,000", "234 |234")? A piece is cut there only
    when the run is far too long to be money (``chunk_bounds``).

    >>> inside_number("1,000,000", 3), inside_number("234 234", 4), inside_number("5 dlrs", 2)
    (True, True, False)
    """
    before, after = text[pos - 1 : pos], text[pos : pos + 1]
    if before == " " and pos > 1:
        before = text[pos - 2] if text[pos - 2].isdigit() else ""
    elif after == " ":
        after = text[pos + 1 : pos + 2] if text[pos + 1 : pos + 2].isdigit() else ""
    return bool(before) and before in _NUMBER_CHARS and bool(after) and after in _NUMBER_CHARS


def _drop_cut_amounts(doc: Doc, left: bool, right: bool) -> None:
    """Amounts read in the run of digits at the edge of a piece that was cut inside it are
    fragments of a number too long to be money ("4 euros" from the tail of a 100,000-digit
    number): dropped."""
    text = doc.user_data["news_text"]
    head = tail = None
    if left:
        head = _DIGIT_RUN.match(text, len(text) - len(text.lstrip(" ")))
    if right:
        tail = _DIGIT_RUN.match(text[::-1].lstrip(" "))
    head = head.end() if head else -1
    tail = len(text.rstrip(" ")) - tail.end() if tail else len(text) + 1
    doc.spans["money"] = [
        s
        for s in doc.spans.get("money", [])
        if head < span_value(s, "money")["start"] and span_value(s, "money")["end"] < tail
    ]
