"""Wire datelines: "SEOUL, March 3 (Yonhap) --", "LONDON (Reuters) -", "NEW YORK, June 28 -". A
dateline says where a story was filed, not who acts in it: the actor of "LONDON, June 28 - Britain's
Department of Trade and Industry will give 50 mln stg in grants" is the department, not London.
A pure function of the tokens."""

from __future__ import annotations

from spacy.tokens import Doc

DASHES = frozenset({"-", "--", "—", "–"})
DATE_REACH = 4  # tokens of a date after the place's comma: "March 3", "Jan. 5", "3 March", "Nov 9"
AGENCY_REACH = 4  # tokens inside the agency's brackets: "(Yonhap)", "(Dow Jones Newswires)"


def dateline_end(doc: Doc, k: int, limit: int) -> int | None:
    """The token after the dash of a dateline opening at token ``k`` (a line's first word), else
    None: a place in capitals ("SEOUL", "NEW YORK"), then a comma and a date of a month name and a
    day ("March 3", "3 March", "Jan. 5"), or an agency in brackets ("(Yonhap)"), or both, then a
    dash. Not "US firms said" nor "IBM said": a dateline has a date or an agency and a dash.

    >>> from spacy.lang.en import English
    >>> doc = English()("SEOUL, March 3 (Yonhap) -- Samsung will invest")
    >>> dateline_end(doc, 0, len(doc)), doc[8].text
    (8, 'Samsung')
    >>> doc = English()("IBM, the computer maker, said")
    >>> dateline_end(doc, 0, len(doc)) is None
    True
    """
    if k > 0 and not (doc[k - 1].is_space and "\n" in doc[k - 1].text):
        return None  # a dateline opens a text or a line
    n = k
    while n < limit and doc[n].is_alpha and doc[n].is_upper and len(doc[n].text) > 1:
        n += 1
    if n == k:
        return None
    dated = False
    if n < limit and doc[n].text == ",":
        m = n + 1
        while m < min(limit, n + 1 + DATE_REACH) and (doc[m].like_num or doc[m].text[:1].isupper()):
            dated = dated or doc[m].like_num
            m += 1
        if not dated:
            return None
        n = m
    if n < limit and doc[n].text == "(":
        close = next((m for m in range(n + 1, min(limit, n + 2 + AGENCY_REACH)) if doc[m].text == ")"), None)
        if close is None:
            return None
        dated, n = True, close + 1
    if dated and n < limit and doc[n].text in DASHES:
        return n + 1
    return None
