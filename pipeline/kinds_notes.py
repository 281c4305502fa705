"""What an amount's sentence says it is, read after its trigger decided: a bare deficit or surplus
(``kinds_balances``), and a per-share figure in an earnings note (kinds.json ``note_share_readings``).
A newswire note that says what a result includes or excludes ("Year net includes gains on sale of
assets of 35 cts shr vs 14 cts shr", "NOTE: Latest year net includes writeoff of investment of 79
cts shr") gives a part of that result a share, a profit, not a price. The unit after the amount
alone would make it a price ("a share"); a note's verb before it in the sentence says otherwise.
Gold: of the per-share amounts after such a verb in their sentence, 114 are profit and 9 price, the
9 offers and share sales mostly priced by a word of their own ("at prices ranging from", "at an
expected price of"), which this reading leaves alone when that word decided the kind.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc

from . import lexicon
from .kinds_balances import balance_kind


@lru_cache(maxsize=1)
def _readings() -> tuple[frozenset[str], frozenset[str], str, str]:
    data = lexicon.load("kinds.json")["note_share_readings"]
    return frozenset(data["verbs"]), frozenset(data["subjects"]), data["from"], data["to"]


NOTE_SUBJECT = 6  # words at most before a note's verb: "NOTE: 1986 4th qtr net includes", "Year net excludes"


def note_share_kind(
    doc: Doc, kind: str, trig: tuple[int, int] | None, sent: tuple[int, int], a: tuple[int, str]
) -> str:
    """``kind`` of the amount ``a`` (its first token, its unit), read again when its trigger
    (doc[trig[0]:trig[1]]) is its own unit after it, a share ("35 cts shr"), and a note's verb opens
    its sentence (tokens ``sent``) after at most NOTE_SUBJECT words, its subject, which names a result
    (``subjects``: "Year net", "1987 earnings", "NOTE: Prior year"): kinds.json
    ``note_share_readings`` ``from`` -> ``to``. Not an offer's price later in a long sentence ("an
    offering of 550,000 common shares, including 350,000 sold by shareholders, for 32.25 dlrs"), nor
    after a comma ("The partnership, which includes ..., dropped its 100 dlr a share offer"), nor a
    price per pound or barrel.

    >>> from spacy.lang.en import English
    >>> doc = English()("Net includes gains of 35 cts a shr. It traded at 35 cts a shr.")
    >>> note_share_kind(doc, "price", (6, 8), (0, 9), (4, "share"))
    'profit'
    >>> note_share_kind(doc, "price", (15, 17), (9, 18), (13, "share"))
    'price'
    """
    verbs, subjects, before, after = _readings()
    a_start, per = a
    if kind != before or trig is None or trig[0] < a_start or per != "share":
        return kind
    subject = False
    for w in islice((w for w in doc[sent[0] : a_start] if not w.is_space), NOTE_SUBJECT + 1):
        if w.text == ",":
            return kind  # "The partnership, which includes Wagner and Brown ...": no note's subject
        if w.lower_ in verbs:
            return after if subject else kind  # not "The dividend includes", "The financing includes"
        subject = subject or w.lower_ in subjects
    return kind


def sentence_readings(
    doc: Doc, kind: str, trig: tuple[int, int] | None, sent: tuple[int, int], a: tuple[int, str]
) -> str:
    """The kind of the amount ``a`` (its first token, its unit) as its sentence (tokens ``sent``) reads it again:
    a bare deficit or surplus (``kinds_balances.balance_kind``: "a deficit of £700m" in a pension
    fund is a valuation), then a per-share figure in an earnings note (``note_share_kind``)."""
    return note_share_kind(doc, balance_kind(doc, kind, trig, sent), trig, sent, a)
