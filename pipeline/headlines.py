"""A headline's money and its lede: an amount of the article's first sentence, when that sentence has no
end mark ("Ryanair in $4bn Boeing plane deal"), and the lede names the same value and currency again,
takes the lede's links.
"""

from __future__ import annotations

from .extensions import set_span_value, span_value


def is_headline(text: str, sent: tuple[int, int]) -> bool:
    """Is the sentence a headline: the article's first, with no end mark ("Ryanair in $4bn Boeing
    plane deal")?"""
    words = text[sent[0] : sent[1]].rstrip()
    return sent[0] == 0 and bool(words) and words[-1] not in ".!?\"'”’…"


def headline_takes_lede(headline: list, lede: list) -> None:
    """An amount of a headline with no sectors that the lede names again (the same value and
    currency: "Ryanair in $4bn Boeing plane deal" / "... in a deal valued at $4bn") is the lede's
    money: it takes the lede's sectors, and its years when it has none."""
    for m, info in headline:
        links = span_value(m, "links")
        if links["sectors"]:
            continue
        twin = next((t for t, i in lede if i["currency"] == info["currency"] and i["value"] == info["value"]), None)
        if twin is None:
            continue
        theirs = span_value(twin, "links")
        if theirs["sectors"]:
            taken = {"sectors": list(theirs["sectors"]), "years": links["years"] or theirs["years"], "link": "sentence"}
            set_span_value(m, "links", {**links, **taken})
