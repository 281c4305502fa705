"""Where a trigger may decide an amount from: the placement rules of ``kinds.KindFinder`` (kinds.json
``lead_nouns``, ``level_verbs`` with ``raised_objects``, ``share_leads`` with ``ratio_bases``), each a
pure function of the tokens around it."""

from __future__ import annotations

from spacy.tokens import Doc

NOT_MODIFIERS = frozenset(
    {"and", "or", "but", "while", "than", "which", "that", "is", "was", "are", "were"}
)  # end a base


def placed(doc: Doc, t, a_start: int, words: tuple[frozenset[str], ...]) -> bool:
    """May the trigger ``t`` decide the amount that starts at token ``a_start`` from where it stands:
    a noun of kinds.json ``lead_nouns`` (``words[0]``) only right before it, words only between ("an
    estimated worth of $2.6bn", not "$48bn worth of cars"); a verb of ``level_verbs`` (``words[1]``)
    not when it moves the level of its object ("raised the allocation to 1.6 lakh crore rupees":
    ``moves_level``); a noun of ``ratio_bases`` (``words[3]``, an economy's output) only before the
    amount ("GDP rose 5.7 pct to", not "35.3 billion dlrs a year ... to achieve growth in gross
    domestic product"), and not as what a percentage is a share of (``share_base``, ``share_leads``:
    "1.0 pct of GDP, or some four billion stg" is the borrowing), unless right before the amount as
    its own noun; any other trigger anywhere ("creditors holding $41bn - or 40% of the total debt"
    is debt)."""
    text = doc[t.start : t.end].text.lower()
    if text in words[1] and moves_level(doc, t.end, a_start, words[4]):
        return False
    own = 0 <= a_start - t.end <= 2 and all(w.is_alpha for w in doc[t.end : a_start])  # "loans of 1.3 bln"
    if text in words[3] and (t.start >= a_start or (not own and share_base(doc, t.start, words[2]))):
        return False  # GDP after the amount, or as a percentage's base: "1.0 pct of GDP, or some"
    return text not in words[0] or own


SHARE_REACH = 5  # words at most between "pct of" and the noun it takes a share of ("of the country's annual GDP")


def share_base(doc: Doc, start: int, leads: frozenset[str]) -> bool:
    """Is the noun at token ``start`` what a percentage is a share of: "of" after a word of
    kinds.json ``share_leads`` ("pct", "%") at most SHARE_REACH words before it, only words and
    possessives between ("1.0 pct of GDP", "6% of the country's annual gross domestic product")?

    >>> from spacy.lang.en import English
    >>> doc = English()("fell to 1.0 pct of GDP and GDP of $660m")  # the second GDP is no base
    >>> share_base(doc, 5, frozenset({"pct"})), share_base(doc, 7, frozenset({"pct"}))
    (True, False)
    """
    for k in range(start - 1, max(0, start - SHARE_REACH - 1), -1):
        if doc[k].lower_ == "of":
            return doc[k - 1].lower_ in leads
        if doc[k].lower_ in NOT_MODIFIERS or not (doc[k].is_alpha or doc[k].text in ("'s", "’s")):
            return False
    return False


MAX_LEVEL_OBJECT = 6  # words at most of the object between a level verb and "to"


def moves_level(doc: Doc, verb_end: int, a_start: int, kept: frozenset[str] = frozenset()) -> bool:
    """Do the words between a verb and the amount name the object whose level it moves, then "to"
    ("raised the allocation to", "raise its forecast for 2025 to"): the amount is that object's new
    level, not money the verb raises. No figure may stand between ("raised 50 mln dlrs to fund"), nor
    a word of ``kept`` (kinds.json ``raised_objects``: "raise its capital to 791 mln francs" is
    capital raised).

    >>> from spacy.lang.en import English
    >>> doc = English()("raised the allocation to 5 bln and raised 50 mln dlrs to 9 mln")
    >>> moves_level(doc, 1, 4), moves_level(doc, 8, 12)
    (True, False)
    """
    words = [w for w in doc[verb_end:a_start] if not w.is_space]
    return (
        2 <= len(words) <= MAX_LEVEL_OBJECT + 1
        and words[-1].lower_ == "to"
        and words[0].is_alpha
        and not any(w.like_num or w.is_currency or w.lower_ in kept for w in words)
    )
