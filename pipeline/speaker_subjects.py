"""Clauses that name no actor of their own, so the company that speaks after them is the actor of
their money (``actor_clauses.ClauseReader.label_or_speaker``): the money itself as the clause's
subject ("About $500m will be spent opening 120 stores, said Larkspur": ``money_subject``), and a
first-person "we" in a quote ('"We will still invest £200m in North Sea oil fields," said Talisman
Energy': ``first_person_subject``). ``past_quotes`` steps over the closing quote between the comma
and the speech verb.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .phrase_words import DETERMINERS

PASSIVE_BE = frozenset({"be", "been", "is", "was", "are", "were"})
PASSIVE_LEADS = PASSIVE_BE | {"will", "would", "could", "may", "might", "should", "can", "has", "have", "had"}
MONEY_SUBJECT_WORDS = DETERMINERS | {"another", "further", "additional", "extra", "new"}  # "A further £40m will be"
MONEY_HEAD_WORDS = 3  # lower-case words at most of the noun the amount opens: "The new $1.2bn loan facility will"
QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})
FIRST_PERSON = frozenset({"we"})  # "I" is a person who speaks for a company, not the company


def money_subject(doc: Doc, c0: int, a_start: int, a_end: int) -> bool:
    """Is the amount doc[a_start:a_end] its clause's subject in a passive ("About $500m will be spent
    opening 120 stores, said Larkspur", "A further £40m will be invested"), or the start of its subject
    ("The new $1.225bn loan facility will fund operations, said Northwest")? Only a determiner or a
    word of MONEY_SUBJECT_WORDS before it, and after it a form of "be", or an auxiliary and one
    within two words. Such a clause names no actor; the company that speaks after it spends.

    >>> from spacy.lang.en import English
    >>> doc = English()("A further £40m will be spent, said W&DB. It will spend £40m.")
    >>> money_subject(doc, 0, 2, 5), money_subject(doc, 12, 15, 17)
    (True, False)
    """
    if any(doc[k].lower_ not in MONEY_SUBJECT_WORDS for k in range(c0, a_start)):
        return False
    words = [doc[k].lower_ for k in range(a_end, min(len(doc), a_end + 3))]
    if bool(words) and words[0] in PASSIVE_LEADS and any(w in PASSIVE_BE for w in words):
        return True
    # the amount opens the subject's noun phrase: "The new $1.225bn loan facility will fund ..., said X"
    head, leads = a_end, PASSIVE_LEADS - PASSIVE_BE
    while head < min(len(doc), a_end + MONEY_HEAD_WORDS) and doc[head].is_lower and doc[head].lower_ not in leads:
        head += 1
    return c0 < a_start < a_end < head < len(doc) and doc[head].lower_ in leads


def first_person_subject(doc: Doc, c0: int, a_start: int) -> bool:
    """Does the clause that starts at token ``c0`` open, past quote marks, with "we" before the amount
    at ``a_start``? '"We will still invest £200m ...," said Talisman Energy': the speaker is "we".

    >>> from spacy.lang.en import English
    >>> doc = English()('"We will invest £200m," said Acme. They will invest £5m.')
    >>> first_person_subject(doc, 0, 4), first_person_subject(doc, 11, 14)
    (True, False)
    """
    k = c0
    while k < a_start and doc[k].text in QUOTE_MARKS:
        k += 1
    return k < a_start and doc[k].lower_ in FIRST_PERSON


def past_quotes(doc: Doc, k: int, end: int) -> int:
    """Token ``k`` (a comma), or the last quote mark right after it before ``end``: ', " said X'.

    >>> from spacy.lang.en import English
    >>> doc = English()('"We paid £5m," said Acme.')
    >>> past_quotes(doc, 6, 11), past_quotes(doc, 8, 11)
    (7, 8)
    """
    while k + 2 < end and doc[k + 1].text in QUOTE_MARKS:
        k += 1
    return k
