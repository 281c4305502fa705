"""Every Doc and Span extension of the pipeline, declared once at import.

Values are plain (str, int, list, dict) so that they survive ``Doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)``. All default to None.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "date": None,  # the article's date, "YYYY-MM-DD", used to resolve "this year"
}
SPAN_EXTENSIONS = {
    "money": None,  # dict: value, currency, qualifier, per, flags, value_min, value_max (values as str)
    "sector": None,  # canonical sector id
    "in_name": None,  # on sector spans: True when the mention is part of a company's name
    "year": None,  # dict: years (list[int]), role, relative, duration, flags
    "links": None,  # dict on money spans: sectors, years, year_roles, duration, link
    "kinds": None,  # dict on money spans: kind, trigger, actor, actor_start, actor_end, country (pipeline/kinds.py)
}


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy joins every token each time it is read."""
    text = doc.user_data.get("news_text")
    if text is None:
        text = doc.user_data["news_text"] = doc.text
    return text


def token_offsets(doc: Doc) -> list[int]:
    """The character offset of each token, read once per Doc."""
    offsets = doc.user_data.get("news_token_idx")
    if offsets is None:
        offsets = doc.user_data["news_token_idx"] = doc.to_array(IDX).tolist()
    return offsets


def money_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) tokens of the Doc's amounts (``doc.spans["money"]``), sorted, read once per
    Doc and its number of amounts: rules that ask whether an amount stands in a few tokens bisect it."""
    group = doc.spans.get("money", ())
    key = ("news_money_bounds", len(group))
    bounds = doc.user_data.get(key)
    if bounds is None:
        bounds = doc.user_data[key] = sorted((m.start, m.end) for m in group)
    return bounds


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The tokens covering text[start:end] (spaCy's ``alignment_mode="expand"``).

    ``Doc.char_span`` measures ``Doc.text`` on every call, which makes a document with thousands
    of mentions quadratic; this uses the token offsets, computed once per Doc.
    """
    idx = token_offsets(doc)
    first = bisect_right(idx, start) - 1
    last = bisect_left(idx, end)
    if first < 0 or last <= first:
        return None
    return Span(doc, first, last, label=label)


# The values live in doc.user_data under spaCy's own keys for extension attributes, ("._.", name,
# start_char, end_char) (None, None for the Doc's), so that ``span._.money`` is spaCy's plain
# attribute and the values survive ``Doc.to_bytes()``, ``DocBin`` and ``nlp.pipe(n_process=2)``:
# every key of doc.user_data is a string or a tuple of strings and ints, which msgpack keeps, and
# every value is plain. The stages call ``span_value`` / ``set_span_value`` directly, which skips
# building an Underscore object on every access (hundreds of thousands in a Reuters run).
_PREFIX = "._."


def span_value(span: Span, name: str):
    return span.doc.user_data.get((_PREFIX, name, span.start_char, span.end_char))


def set_span_value(span: Span, name: str, value) -> None:
    span.doc.user_data[(_PREFIX, name, span.start_char, span.end_char)] = value


def doc_value(doc: Doc, name: str):
    return doc.user_data.get((_PREFIX, name, None, None))


def set_doc_value(doc: Doc, name: str, value) -> None:
    doc.user_data[(_PREFIX, name, None, None)] = value


def register() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()
