"""Sentence boundaries for news text: the ``news_sentences`` stage.

A sentence ends at ., ! or ? (after any closing quotes or brackets) when the next word starts
with a capital, a digit or a quote, and at every paragraph break: a blank line, or a line break
followed by indentation as in newswire archives. Headlines thus stand alone; a headline glued to
the first sentence without a mark ends before a capitalised article ("... record lows The US
dollar hovered ...": see ``headline_end``), and in an article flattened to one line (the BBC
archive lost every line break) before the first clause within its first characters ("Tsunami to
cost Sri Lanka $1.3bn Sri Lanka faces ...": see ``flat_headline_end``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .extensions import doc_text, token_offsets
from .names import company_suffixes
from .phrase_words import descriptor_endings
from .places import place_forms

_ENDS = (".", "!", "?", "...", "…")
_CLOSERS = ('"', "'", "”", "’", ")", "]", "»", "》")
_OPENERS = "\"“‘'(《"
_PARAGRAPH = re.compile(r"(?:\n[ \t\r]*\n|\n(?=[ \t]{2}))\s*")
LEDE_OPENERS = frozenset({"The", "A", "An"})  # a capitalised article inside a first sentence starts its lede
HEADLINE_TOKENS = 20  # a headline is shorter than this
# In a flattened article (no line break at all) the lede starts within this many characters: BBC
# News online headlines of 2004-5 are at most about 35 characters long ("Tsunami to cost Sri Lanka $1.3bn").
FLAT_HEADLINE_CHARS = 40
_NOT_BEFORE_LEDE = frozenset(
    {"of", "in", "on", "at", "to", "for", "by", "from", "with", "against", "and", "or", "&", "the", "a", "said", "says"}
)
_NOT_AFTER_LEDE = frozenset({"and", "or", "said", "says"})
_LABELLED = frozenset({"class", "series", "grade", "type", "tranche", "category", "tier", "plan", "phase", "part"})
_NOT_START = np.uint64(2**64 - 1)  # SENT_START -1 as spaCy's uint64 arrays hold it
_BOUNDS = "news_sentence_bounds"  # doc.user_data, set by news_sentences; later components must not move sentence starts


# A superset of the end marks that can close a sentence: the mark, then (after more marks, spaces
# and closing quotes or brackets) anything but a lower-case letter; not a decimal point between two
# digits, which are a quarter of the marks in newswire. The tokens decide the rest.
_CANDIDATE = re.compile(r"[.!?…](?!(?<=[0-9]\.)[0-9])(?=[.!?…]*[\s\"'”’)\]»》]*[^a-z\s])")


def _token_text(text: str, idx: list[int], i: int) -> str:
    """The text of token ``i`` (a token's trailing whitespace is at most one space)."""
    end = idx[i + 1] if i + 1 < len(idx) else len(text)
    tok = text[idx[i] : end]
    return tok[:-1] if len(tok) > 1 and tok[-1] == " " else tok


def _scale_ending(text: str, idx: list[int], at: int) -> int | None:
    """The token that ends with the full stop at ``at`` when it is a scale letter glued to a number
    ("£1m.", "5bn.": the tokenizer keeps "m." whole as it would an initial), else None.

    >>> _scale_ending("over £1m. The", [0, 5, 6, 7, 10], 8)
    3
    >>> _scale_ending("J. M. Smith", [0, 3, 6], 4) is None
    True
    """
    k = bisect_left(idx, at + 1) - 1
    if k < 1:
        return None
    tok = _token_text(text, idx, k)
    if idx[k] + len(tok) - 1 != at or not (tok[:-1].isalpha() and len(tok) <= 3):
        return None
    before = _token_text(text, idx, k - 1)
    glued = idx[k - 1] + len(before) == idx[k]
    return k if glued and before[-1:].isdigit() else None


def sentence_starts(doc: Doc, text: str | None = None) -> list[int]:
    """The indices of the tokens that start a sentence, in order.

    The text is searched for end marks; only the tokens at and after them are looked at.
    """
    n = len(doc)
    if not n:
        return []
    text = doc_text(doc) if text is None else text
    idx = token_offsets(doc)
    starts = {0}
    for m in _CANDIDATE.finditer(text):
        i = bisect_left(idx, m.start())
        if i == n or idx[i] != m.start() or _token_text(text, idx, i) not in _ENDS:
            i = _scale_ending(text, idx, m.start())
            if i is None:
                continue  # the mark is inside a token: "U.S.", "3.5"
        # the next token that is neither a space nor a closing quote or bracket starts a sentence
        # if it looks like one
        j = i + 1
        while j < n and (text[idx[j]].isspace() or _token_text(text, idx, j) in _CLOSERS):
            j += 1
        if j < n:
            first = text[idx[j]]
            if first.isupper() or first.isdigit() or first in _OPENERS:
                starts.add(j)
    for m in _PARAGRAPH.finditer(text):
        i = bisect_left(idx, m.end())
        if i < n:
            starts.add(i)
    first_end = min(k for k in starts if k > 0) if len(starts) > 1 else n
    lede = headline_end(doc, text, idx, first_end)
    if lede is None:
        lede = flat_headline_end(text, idx, first_end)
    if lede is not None:
        starts.add(lede)
    return sorted(starts)


def headline_end(doc: Doc, text: str, idx: list[int], first_end: int) -> int | None:
    """Where an article's first sentence starts when its headline is glued to it without a mark
    ("Dollar hovers around record lows The US dollar hovered ..."): at an article word of
    ``LEDE_OPENERS`` among the first HEADLINE_TOKENS tokens, after a word or a closing quote that is
    not a preposition or a conjunction ("Murdoch bids for The Times" keeps its name) and before a
    word; a letter that labels ("Class A warrants", "A/S"; past a headline's FLAT_HEADLINE_CHARS, any
    "A" after a capitalised word: "the rights to Serie A matches", not "Middlesbrough 2-2 Charlton A late
    header") starts nothing.

    >>> from spacy.lang.en import English
    >>> t = "Mediaset said it paid 50m euros for the rights to Serie A matches in 2005."
    >>> doc = English()(t)
    >>> headline_end(doc, t, [tok.idx for tok in doc], len(doc)) is None
    True
    >>> t = "Middlesbrough 2-2 Charlton A late header earned a draw"
    >>> doc = English()(t)
    >>> doc[headline_end(doc, t, [tok.idx for tok in doc], len(doc))].text
    'A'
    >>> t = "Dollar hovers around record lows The US dollar hovered"
    >>> doc = English()(t)
    >>> headline_end(doc, t, [tok.idx for tok in doc], len(doc))
    5
    """
    for k in range(1, min(first_end, HEADLINE_TOKENS, len(doc) - 1)):
        if _token_text(text, idx, k) not in LEDE_OPENERS:
            continue
        before, after = _token_text(text, idx, k - 1), _token_text(text, idx, k + 1)
        if before.isspace() or before.lower() in _NOT_BEFORE_LEDE or not after[:1].isalpha():
            return None  # "for The Times", "A/S", "A-rated"
        if before.lower() in _LABELLED or after.lower() in _NOT_AFTER_LEDE:
            return None  # "Class A warrants", "class A and B", "Group A said"
        if _token_text(text, idx, k) == "A" and before[:1].isupper() and idx[k] > FLAT_HEADLINE_CHARS:
            return None  # past a headline's length a letter after a name labels it: "rights to Serie A matches"
        if "\n" in text[: idx[k]]:
            return None  # a headline is one line: a wrapped newswire sentence has none glued to it
        return k if before[-1:].isalnum() or before in _CLOSERS else None
    return None


_SUBJECT_STOPS = frozenset({"that", "which", "who", "with", "for", "to", "on", "at", "by", "from", "as"})
LEDE_SUBJECT_TOKENS = 10  # a lede's subject reaches its verb within this many tokens
HEADLINE_WORDS = 3  # a headline has at least this many words ("Indian conglomerate Adani Group" is a name)


@lru_cache(maxsize=1)
def _lede_verbs() -> frozenset[str]:
    """Finite verbs that follow a lede's subject (actors.json ``verbs`` and ``speech_verbs``:
    "has", "is", "says", "faces", ...)."""
    data = lexicon.load("actors.json")
    return frozenset(data["verbs"]) | frozenset(data["speech_verbs"])


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """A person's role before a name ("chairman Lee Jae-yong"): actors.json ``role_nouns``."""
    return frozenset(lexicon.load("actors.json")["role_nouns"])


def _names_only(text: str, idx: list[int], k: int) -> bool:
    """Is the subject that starts at token k names only ("Hanwha Ocean and HD Hyundai Heavy
    Industries"), up to its verb of ``_lede_verbs``, with no lower-case noun ("Australian brewer")?"""
    verbs = _lede_verbs()
    for j in range(k, min(k + LEDE_SUBJECT_TOKENS, len(idx))):
        word = _token_text(text, idx, j)
        if word.islower():
            return word in verbs or word in ("and", "&", "of")
    return False


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["compass_words"])


def _opens_clause(text: str, idx: list[int], k: int) -> bool:
    """Does a clause start at token k: a subject of at most LEDE_SUBJECT_TOKENS words (no
    punctuation, relative pronoun or preposition but "of") and then a finite verb of
    ``_lede_verbs`` ("Sri Lanka faces", "US prosecutors have charged"), before any number ("fined
    Hana Bank 10.7 billion won" is no lede)?"""
    verbs = _lede_verbs()
    for j in range(k + 1, min(k + LEDE_SUBJECT_TOKENS, len(idx))):
        word = _token_text(text, idx, j)
        low = word.lower()
        if low in verbs and word.islower():
            return True
        year = j == k + 1 and word.isdigit() and len(word) == 4  # "The 2005 Consumer Electronics Show has"
        if any(c.isdigit() for c in word) and not year:
            return False  # an amount: "Hana Bank 10.7 billion won"
        if low in _SUBJECT_STOPS or not word[:1].isalnum() and word not in ("'s", "’s", "&", "-"):
            return False
    return False


_HEADLINE_LINKS = frozenset(
    {"to", "of", "in", "on", "at", "for", "from", "over", "with", "as", "after", "by", "into", "v", "vs"}
)


_NOT_BEFORE_FLAT_LEDE = (
    _NOT_BEFORE_LEDE
    | _HEADLINE_LINKS
    | {"after", "before", "while", "when", "than", "because", "if", "since", "until", "that", "which", "who"}
    # no lede opens after a preposition either: "Fibre-optic networks across Indonesia's eastern provinces will"
    | {"across", "around", "throughout", "near", "beyond", "under", "within", "about", "against", "among"}
    | {"between", "through", "toward", "towards", "via", "without", "despite", "into", "onto", "upon", "like"}
    # nor after a determiner, which opens a noun phrase: "expansion of its Normandy oil refinery"
    | {"an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "whose"}
    # nor after an adjective that only stands before its noun: "Sales at the former Safeway stores are"
    | {"former", "erstwhile", "onetime", "one-time", "so-called", "would-be"}
)


def _reads_as_headline(text: str, idx: list[int], k: int) -> bool:
    """Do the words before token k read as a headline rather than a descriptor before a name
    ("Indian conglomerate Adani Group plans", "Japanese chip venture Rapidus will"): a preposition, a
    lower-case word in -s or -ed ("seals", "faces", "suppliers", "announced"), a number or a quote.

    >>> _reads_as_headline("Japanese chip venture Rapidus", [0, 9, 14, 22], 3)
    False
    >>> _reads_as_headline("Salary scandal in Cameroon", [0, 7, 15, 18], 3)
    True
    """
    if len(text[: idx[k]].split()) < HEADLINE_WORDS:
        return False  # "Cash-strapped Korea Electric Power Corp."
    for j in range(k):
        word = _token_text(text, idx, j)
        low = word.lower()
        if low in _HEADLINE_LINKS or any(c.isdigit() for c in word) or word in _CLOSERS:
            return True
        glued = j > 0 and not text[idx[j] - 1].isspace()  # "Seoul-based"
        if word.isalpha() and word.islower() and len(word) > 3 and low.endswith(("s", "ed")) and not glued:
            return True
    return False


# A preposition and a determiner at the very start open a fronted phrase of a sentence, not a headline:
# "Of the £1.1 billion in grants Britain will give manufacturers in 2025, £380 million is ...".
# So does an article before an amount, which opens the subject's noun phrase: "A 1 trillion won sovereign
# AI fund launched by the ministry will put ...".
FRONTED_START = re.compile(
    r"(?:(?:Of|In|For|With|On|By|From|Under|After|Among)\s+(?:the|its|their|this|that|these|those)\s"
    r"|(?:A|An|The)\s+(?:US|C|A|HK|NZ|S)?[$£€¥₩]?\d)"
)


def fronted_start(text: str, end: int) -> bool:
    """Does ``text`` open with a fronted phrase (``FRONTED_START``) and no colon before ``end``
    ("At a glance: Tory health checks The UK's opposition ..." is a headline)?

    >>> fronted_start("Of the £1.1 billion in grants Britain will give", 30), fronted_start("At a glance: X The UK", 15)
    (True, False)
    >>> fronted_start("A $1 billion EV fund was launched", 13), fronted_start("A bid for Ford The carmaker", 15)
    (True, False)
    """
    return FRONTED_START.match(text) is not None and ":" not in text[:end]


def flat_headline_end(text: str, idx: list[int], first_end: int) -> int | None:
    """Where the lede starts in an article flattened to one line (no line break at all: its
    headline's own line was lost, as in the BBC archive): at the last capitalised word that starts
    within FLAT_HEADLINE_CHARS characters, two or more tokens in, and opens a clause
    (``_opens_clause``), after a word that is not a name (a lower-case word, an amount, a closing
    quote; not a preposition, conjunction, article or role: "chairman Lee"), or after the same
    name ("Salary scandal in Cameroon Cameroon says"), when the words before read as a headline
    (``_reads_as_headline``); an article ("The", "A") that does so ends the search. None when there
    is none: "Hyundai will supply Kia with batteries" stays whole.

    >>> text = "Tsunami to cost Sri Lanka $1.3bn Sri Lanka faces a bill."
    >>> starts = [m.start() for m in re.finditer(r"\\S+", text)]
    >>> text[starts[flat_headline_end(text, starts, 10)]:]
    'Sri Lanka faces a bill.'
    >>> text = "South Korea's Teachers' Pension will put 1.8 trillion won into bonds."
    >>> flat_headline_end(text, [m.start() for m in re.finditer(r"\\S+", text)], 10) is None
    True
    >>> text = "Gyeonggi Province in northern South Korea will spend 5 billion won."
    >>> flat_headline_end(text, [m.start() for m in re.finditer(r"\\S+", text)], 10) is None
    True
    """
    if "\n" in text:
        return None
    found = None
    for k in range(2, min(first_end, len(idx) - 1)):
        if idx[k] > FLAT_HEADLINE_CHARS:
            break
        word, before = _token_text(text, idx, k), _token_text(text, idx, k - 1)
        if not (word[:1].isupper() and word[:1].isalpha()) or before.lower() in _NOT_BEFORE_FLAT_LEDE:
            continue
        if before.lower() in _role_nouns():
            continue  # "Samsung Group chairman Lee Jae-yong"
        if before in _compass_words() and _token_text(text, idx, k - 2).lower() in _HEADLINE_LINKS:
            continue  # a preposition's noun phrase goes on: "Gyeonggi Province in northern South Korea will"
            # (not "Fosters buys stake in winemaker Australian brewer Fosters has")
        if before.islower() and before.endswith(descriptor_endings()) and _names_only(text, idx, k):
            continue  # "South Korean shipbuilders Hanwha Ocean and HD Hyundai will" (not "... in winemaker
            # Australian brewer Fosters has", a headline's last word before its lede)
        if not text[idx[k] - 1].isspace() or before in ("'s", "’s") or word.lower().rstrip(".") in company_suffixes():
            continue  # inside a quote or a word: 'said: "It is'; "this year's Nobel Prize"; "SK hynix Inc."
        if before in ("'", "’") and text[idx[k - 1] - 1 : idx[k - 1]] == "s" and not _quote_open(text, idx[k - 1]):
            continue  # a plural's possessive, no closing quote: "South Korea's Teachers' Pension will put"
        if word.lower() in _LABELLED or (len(word) == 1 and _token_text(text, idx, k + 1).lower() in _NOT_AFTER_LEDE):
            continue  # "Annual div Class A", "Group A said"
        if counted_in_phrase(text, idx, k):
            continue  # "Sales at its 12 UK stores rose": a count inside a noun phrase, no headline's end
        after_word = before == word or (not before[:1].isupper() and (before[-1:].isalnum() or before in _CLOSERS))
        if fronted_start(text, idx[k]):
            break  # "Of the £1.1 billion in grants Britain will give": one sentence
        if after_word and _opens_clause(text, idx, k) and _reads_as_headline(text, idx, k):
            found = k
            if word in LEDE_OPENERS:
                break  # "Gadgets galore on show at fair The 2005 Consumer Electronics Show"
    return found


COUNT_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "the", "these", "those", "all"})


def counted_in_phrase(text: str, idx: list[int], k: int) -> bool:
    """Is token k-1 a bare count (digits only, no currency, no year) that a determiner before it opens
    a noun phrase with, or a preposition when the capitalised word k is a place's or a lower-case noun
    follows it, so that word k goes on that phrase ("its 12 UK stores", "at 40 British plants", "an
    order for 10 A380 aircraft") and starts no lede ("Ban on forced retirement under 65 Employers will"
    does)?

    >>> text = "Sales at its 12 UK stores rose"
    >>> starts = [m.start() for m in re.finditer(r"\\S+", text)]
    >>> headline = "Tsunami to cost 12 Sri Lanka faces"
    >>> counted_in_phrase(text, starts, 4), counted_in_phrase(headline, [0, 8, 11, 16, 19, 23, 29], 4)
    (True, False)
    >>> counted_in_phrase("Sales worst since 1981 UK sales fell", [0, 6, 12, 18, 23, 26, 32], 4)
    False
    >>> counted_in_phrase("Ban on retirement under 65 Employers will", [0, 4, 7, 18, 24, 27, 37], 5)
    False
    """
    if k < 2:
        return False
    count = _token_text(text, idx, k - 1).replace(",", "")
    year = len(count) == 4 and count[:2] in ("19", "20")  # "Christmas sales worst since 1981 UK retail sales fell"
    if not count.isdigit() or year:
        return False
    lead = _token_text(text, idx, k - 2).lower()
    if lead in COUNT_DETERMINERS:
        return True  # "its 12 UK stores"
    # after a preposition a place word goes on ("at 12 UK stores"), or a name before a lower-case noun
    # ("for 10 A380 aircraft is worth"); not a subject before its verb ("under 65 Employers will")
    if lead not in _NOT_BEFORE_FLAT_LEDE:
        return False
    after = _token_text(text, idx, k + 1) if k + 1 < len(idx) else ""
    return _token_text(text, idx, k) in place_forms() or (
        after.isalpha() and after.islower() and after not in _lede_verbs()
    )


_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))['‘’](?=\w)")


def _quote_open(text: str, pos: int) -> bool:
    """Is a single quote opened before ``pos`` and not closed, so that the mark at ``pos`` closes it
    ("Tsunami 'to hit Sri Lanka banks' Sri Lanka's banks face"), not a plural's possessive?

    >>> _quote_open("Tsunami 'to hit Sri Lanka banks' Sri", 31), _quote_open("Korea's Teachers' Pension", 16)
    (True, False)
    """
    opened = [m.end() for m in _OPENING_QUOTE.finditer(text, 0, pos)]
    return bool(opened) and re.search(r"\w['’](?=\s)", text[opened[-1] : pos]) is None


@Language.component("news_sentences", assigns=["token.is_sent_start"])
def news_sentences(doc: Doc) -> Doc:
    n = len(doc)
    if n:
        starts = sentence_starts(doc)
        # One array write: setting token.is_sent_start checks the whole Doc on every call.
        values = np.full((n, 1), _NOT_START, dtype=np.uint64)
        values[starts] = 1
        doc.from_array([SENT_START], values)
        idx = token_offsets(doc)
        doc.user_data[_BOUNDS] = _bounds([idx[i] for i in starts], len(doc_text(doc)))
    return doc


def _bounds(starts: list[int], length: int) -> list[tuple[int, int]]:
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    return list(zip(starts, starts[1:] + [length], strict=False))


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence: as ``news_sentences`` found them, else from the
    Doc's sentence starts (set by another component)."""
    if not len(doc):
        return []
    cached = doc.user_data.get(_BOUNDS)
    if cached is not None:
        return cached
    arr = doc.to_array([SENT_START, IDX])
    return _bounds(arr[np.flatnonzero(arr[:, 0] == 1), 1].tolist(), len(doc_text(doc)))
