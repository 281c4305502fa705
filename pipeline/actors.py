"""Who is behind an amount, and where: the actor (the subject that pays, spends, earns, owns, lends
or receives it) and its country, read without a parser from ``lexicons/actors.json``.

The actor is the subject of the amount's clause (see ``ActorFinder.find``): the noun phrase at the
clause's start, after a fronted phrase ("In addition, the South Korean government will ..."), or a
later subject (after a speech verb, ", and", ", while") followed by a verb. A noun phrase gives its
possessor before a lower-case head ("Novartis' net sales"), else its last capitalised name ("Swiss
drugmaker Novartis" gives "Novartis"), else the whole phrase when its head names an actor ("the
South Korean government"). A pronoun or a phrase with no actor ("sales fell ...", "its net income")
takes the actor of the sentence's first clause; "was acquired by X" gives X.

The country is the ISO 3166-1 alpha-2 code of a place (``news_places``: CLDR names, adjectives and
capitals, and news_places.json) in the actor's phrase ("Swiss drugmaker Novartis" → CH, "Korea's
finance ministry" → KR, "The finance ministry in Seoul" → KR); else of the nearest place in the
amount's clause, after it first (where the money goes: "for Sri Lanka"), then before it; else of the
nearest place in the sentence; else empty.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .places import city_forms

PREPOSITIONS = frozenset(
    {
        "in",
        "for",
        "to",
        "at",
        "on",
        "with",
        "by",
        "from",
        "as",
        "after",
        "before",
        "over",
        "under",
        "about",
        "than",
        "since",
        "into",
        "through",
        "against",
        "among",
        "during",
        "per",
        "via",
        "which",
        "who",
        "whose",
        "that",
        "when",
        "while",
        "if",
        "because",
        "including",
        "between",
        "like",
        "except",
    }
)
ARTICLES = frozenset({"the", "a", "an"})
DETERMINERS = ARTICLES | {"its", "their", "his", "her", "our", "this", "that", "these", "those"}
PARTITIVES = frozenset({"some", "most", "many", "all", "half", "each", "several", "both", "none", "few"})
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "(", "-", "--", "—", "–", "&", ">", "<"})
LEADING = frozenset({"and", "but", "or", "so", "yet", "of", "then", "also", "currently", "only"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
MAX_PHRASE = 25  # tokens: a subject is read no further (an earnings table is one long "phrase")
SUBJECT_WINDOW = 60  # tokens before an amount where a later subject is looked for
OWNERS = frozenset({"its", "their", "his", "her", "our"})


@dataclass
class Phrase:
    """A noun phrase: ``what`` is "actor", "pronoun" or "none"; the actor's tokens [start, end); the
    phrase's tokens [first, last) (possessor and descriptors included), where its country is read."""

    what: str
    start: int = 0
    end: int = 0
    first: int = 0
    last: int = 0


@lru_cache(maxsize=1)
def actors_lexicon() -> dict:
    return lexicon.load("actors.json")


def _capitalised(text: str) -> bool:
    text = text.removeprefix("lt;")  # newswire's "&lt;Victory Markets Inc>"
    return text[:1].isupper() or (len(text) > 1 and text[0].isdigit() is False and text.isupper())


MAX_OBJECT = 6  # tokens: an object between its verb and the amount ("cost the British taxpayer £1bn")
SPEAKERS_OWN = frozenset({"profit", "revenue", "dividend"})  # a company reports its own results
PASSIVE_AFTER = (
    15  # tokens after an amount where its passive verb may stand ("A 1.3 trillion-won deal ... was signed by X")
)
PASSIVE_REACH = 40  # tokens before an amount where its passive verb may stand ("was acquired ... by X for")


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Lower-case English weekday and month names (CLDR, through babel) and the relative days: words
    that name no actor ("Friday the country's surplus ...", "May ... 2.72-3/4 dlrs")."""
    from babel.dates import get_day_names, get_month_names

    days = {name.lower() for width in ("wide", "abbreviated") for name in get_day_names(width, locale="en").values()}
    months = {name.lower() for name in get_month_names("wide", locale="en").values()}
    return frozenset(days | months | {"yesterday", "today", "tomorrow", "tonight"})


DESCRIPTORS = frozenset({"based", "owned", "led", "listed", "controlled", "backed", "run", "born", "made"})


def low_not_descriptor(word: str) -> bool:
    """A lower-case word after a hyphen goes on a name ("Moon Jae-in"), unless it makes the name a
    descriptor ("Bracknell-based Exel", "state-owned", "Seoul-listed")."""
    return word not in DESCRIPTORS


def _opens_participle(doc: Doc, j: int) -> bool:
    """Is doc[j] a participle opening a fronted clause: followed by a preposition or a comma ("Asked
    about", "Based in", "Pressed by the committee,")?"""
    word = doc[j].lower_
    if word.endswith("ing") and j + 1 < len(doc) and doc[j + 1].is_lower:
        return True  # "Starting next year, ...", "Excluding one-off items, ..."
    return j + 1 < len(doc) and (doc[j + 1].lower_ in PREPOSITIONS or doc[j + 1].text in (",", "to"))


def headline_lede(doc: Doc, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence after a headline (an article's first sentence with no end mark), whose places
    are the headline's: "Hendrix guitar fetches £100,000" is sold "at an auction in London"."""
    if sent[0] != 0 or sent[1] >= len(doc):
        return None
    last = next((k for k in range(sent[1] - 1, sent[0] - 1, -1) if not doc[k].is_space), None)
    if last is None or doc[last].text[-1:] in ".!?…":
        return None
    lede = doc[sent[1]].sent
    return lede.start, lede.end


class _Lower:
    """doc[i].lower_ for every i, from one array of the Doc's LOWER hashes (no Token objects)."""

    def __init__(self, doc: Doc):
        self.hashes = doc.to_array(LOWER).tolist()
        self.strings = doc.vocab.strings

    def __getitem__(self, i: int) -> str:
        return self.strings[self.hashes[i]]


class ActorFinder:
    def __init__(self, nlp: Language):
        self._places_of: Doc | None = None
        self._lower_of: Doc | None = None
        self._lower: _Lower | None = None
        self._places_cache: list = []
        data = actors_lexicon()
        kinds = lexicon.load("kinds.json")
        self.fronted = frozenset(w for w in data["fronted_openers"] if " " not in w)
        self.fronted_pairs = frozenset(tuple(w.split()) for w in data["fronted_openers"] if " " in w)
        self.pronouns = frozenset(data["pronouns"])
        self.titles = sorted((tuple(t.split()) for t in data["titles"]), key=len, reverse=True)
        self.heads = frozenset(data["actor_heads"])
        self.of_heads = frozenset(data["of_heads"])
        self.passive: dict[str, list[tuple[str, ...]]] = {}  # first word -> the participles it starts
        for v in data["passive_payer_verbs"]:
            self.passive.setdefault(v.split()[0], []).append(tuple(v.split()))
        self.speech = frozenset(data["speech_verbs"])
        self.control_by_last: dict[str, list[tuple[str, ...]]] = {}  # last word -> the control verbs it ends
        for v in data["control_verbs"]:
            self.control_by_last.setdefault(v.split()[-1], []).append(tuple(v.split()))
        self.object_payers = frozenset(data["object_payer_verbs"])
        self.verbs = frozenset(data["verbs"])
        self.not_names = frozenset(data["not_names"])
        self.calendar_words = calendar_words()
        self.enders = frozenset(data["phrase_enders"])
        adjectives = set()
        for entry in lexicon.load("countries.json")["countries"].values():
            adjectives.update(entry.get("adjectives", []))
        adjectives = {a for a in adjectives if not (a.endswith("s") and a[:-1] in adjectives)}  # "the Germans" names
        self.adjectives = frozenset(adjectives | {"Korean"})
        self.triggers = frozenset(
            n for entry in kinds["kinds"].values() for n in entry.get("nouns", []) if " " not in n
        )
        self.suffixes = frozenset(lexicon.load("company_names.json")["suffixes"])

    # ---- words ----
    def lower(self, doc: Doc) -> _Lower:
        """The lower-case text of the Doc's tokens, by index: the clause scans look at many tokens
        per amount, and a Token object per look was the stage's main cost."""
        if self._lower_of is not doc:
            self._lower_of, self._lower = doc, _Lower(doc)
        return self._lower

    def is_verb(self, doc: Doc, j: int) -> bool:
        tok = doc[j]
        low = tok.lower_
        if low in self.verbs:
            return True
        if (
            tok.is_lower
            and low.endswith("ing")
            and j > 0
            and self.is_name(doc, j - 1, -1)
            and j + 1 < len(doc)
            and (not doc[j + 1].text[:1].isalpha() or doc[j + 1].lower_ in DETERMINERS or doc[j + 1].lower_ == "to")
        ):
            return True  # "Nasdaq planning $100m share sale", "Exel buying a rival" (not "US gaming consortium")
        return tok.is_lower and low.endswith("ed") and len(low) > 4 and j > 0 and doc[j - 1].text != "-"

    def is_name(self, doc: Doc, j: int, first: int) -> bool:
        """Is doc[j] a word of a capitalised name? Not an article, and not a sentence's first word
        that is an ordinary word capitalised ("Gold climbed", "Sales rose")."""
        tok = doc[j]
        glued = j >= 2 and not doc[j - 2].whitespace_ and not doc[j - 1].whitespace_
        if tok.is_lower and glued and doc[j - 1].text == "-" and self.is_name(doc, j - 2, first):
            return low_not_descriptor(tok.lower_)  # "Jae-in", "Seung-youn"; not "Bracknell-based"
        if not _capitalised(tok.text) or not (tok.is_alpha or any(c.isalpha() for c in tok.text)):
            return False
        if tok.lower_ in ARTICLES or tok.lower_ in self.pronouns:
            return False
        if tok.lower_ in self.calendar_words:
            return False  # "Friday", "Yesterday"
        if (tok.is_sent_start or j == first) and (tok.lower_ in self.not_names or tok.lower_.endswith("ly")):
            return False  # "Gold climbed", "Partly as a result, ..."
        if (tok.is_sent_start or j == first) and tok.lower_.endswith("ed") and _opens_participle(doc, j):
            return False  # "Asked about ...", "Based in Toronto, ..." (but "Federated has")
        if j + 1 < len(doc) and doc[j + 1].text == ":":
            return False  # a label: "NOTE:"
        if (tok.is_sent_start or j == first) and tok.lower_ in LEADING:
            return False
        if j == first and (tok.lower_ in self.triggers or tok.lower_ in self.heads or tok.lower_ in self.of_heads):
            # "Turnover for the quarter", "Government spending": a name only inside a longer one ("Revenue Canada")
            return (
                j + 1 < len(doc)
                and doc[j + 1].is_lower is False
                and _capitalised(doc[j + 1].text)
                and doc[j + 1].lower_ not in self.verbs
            )
        return True

    # ---- noun phrases ----
    def phrase(self, doc: Doc, i: int, limit: int, depth: int = 0) -> Phrase:
        """The noun phrase that starts at token i (ends before ``limit``)."""
        limit = min(limit, i + MAX_PHRASE)
        while i < limit and (doc[i].is_space or doc[i].text in QUOTES or doc[i].lower_ in LEADING):
            i += 1
        if i >= limit:
            return Phrase("none")
        if doc[i].lower_ in OWNERS and depth < 2:  # "Its British unit had sales of ..."
            rest = self.phrase(doc, i + 1, limit, depth + 1)
            if rest.what == "actor" and not self.is_name(doc, rest.end - 1, -1):
                return Phrase("actor", i if rest.start == rest.first else rest.start, rest.end, i, rest.last)
        if doc[i].lower_ in self.pronouns:
            return Phrase("pronoun", i, i + 1, i, i + 1)
        j = i
        while j < limit:
            tok = doc[j]
            low = tok.lower_
            if tok.is_space:
                j += 1
                continue
            if low in POSSESSIVE and j > i:
                owner = self.pick(doc, i, j)
                rest = self.phrase(doc, j + 1, limit, depth + 1) if depth < 2 else Phrase("none")
                if rest.what == "actor" and self.is_name(doc, rest.start, -1):
                    return Phrase("actor", rest.start, rest.end, i, rest.last)
                if rest.what == "actor" and owner.what == "actor" and doc[rest.end - 1].lower_ in self.heads:
                    return Phrase("actor", owner.start, rest.end, i, rest.last)  # "South Korea's finance ministry"
                if owner.what == "actor":
                    return Phrase("actor", owner.start, owner.end, i, max(owner.last, rest.last))
                return owner
            if low == "of" and j == i + 1 and (doc[i].like_num or doc[i].lower_ in PARTITIVES):
                j += 1  # "10 of the former directors", "most of the banks"
                continue
            if low == "of" and j > i:
                if doc[j - 1].lower_ in self.of_heads and depth < 2:
                    inner = self.phrase(doc, j + 1, limit, depth + 1)
                    if inner.what == "actor":
                        return Phrase("actor", inner.start, inner.end, i, inner.last)
                    break
                if self.is_name(doc, j - 1, i) and j + 1 < limit and self.is_name(doc, j + 1, -1):
                    j += 1
                    continue
                if (  # "Office of Finance of the Federal Home Loan Banks"
                    self.is_name(doc, j - 1, i)
                    and j + 2 < limit
                    and doc[j + 1].lower_ == "the"
                    and self.is_name(doc, j + 2, -1)
                ):
                    j += 2
                    continue
                if doc[j - 1].lower_ in self.heads and j + 1 < limit and not doc[j + 1].is_punct:
                    j += 1  # "The joint founder of merchant bank Hambro Magan"
                    continue
                break
            if (
                low in ("and", "&")
                and j > i
                and self.is_name(doc, j - 1, i)
                and j + 1 < limit
                and self.is_name(doc, j + 1, -1)
                and not self.is_verb(doc, j + 1)
            ):
                j += 1
                continue
            if low == "," and j > i and any(doc[x].lower_ == "of" for x in range(i, j)):
                end = self.name_list_end(doc, j, limit)
                if end is not None:
                    j = end  # "the Ministry of Land, Infrastructure and Transport"
                    continue
            if not any(c.isalnum() for c in tok.text) and tok.text not in ("-", "&", "."):
                break
            if tok.text == "." and (tok.whitespace_ or j + 1 >= len(doc)):
                break  # a full stop that ends the sentence
            if tok.text == "-" and j > i and doc[j - 1].whitespace_:
                break  # a dash between spaces sets off an aside: "Baikal - which ...", "EADS - Airbus"
            if j >= i + 2 and tok.is_lower and doc[j - 1].text == "-" and self.is_name(doc, j - 2, i):
                j += 1  # "Moon Jae-in"
                continue
            if j > i and tok.text[:1].isupper() and low in PREPOSITIONS and self.is_name(doc, j - 1, i):
                j += 1  # "SK On"
                continue
            if low in PREPOSITIONS or (j > i and self.is_verb(doc, j)):
                break
            if j > i and (low in self.calendar_words or (low in self.enders and doc[j - 1].lower_ not in DETERMINERS)):
                break  # "rival Google earlier in the week", "by Congress last year" (not "a previously unknown group")
            j += 1
        return self.pick(doc, i, j)

    def name_list_end(self, doc: Doc, j: int, limit: int) -> int | None:
        """Where a list of names that goes on a name with "of" ends: from the comma at j, ", Name"
        parts and a last "and Name" ("Ministry of Trade, Industry and Energy"); None otherwise."""
        k = j
        while k + 1 < limit and doc[k].lower_ in (",", "and") and self.is_name(doc, k + 1, -1):
            last = doc[k].lower_ == "and"
            k += 1
            while k < limit and self.is_name(doc, k, -1) and not self.is_verb(doc, k):
                k += 1
            if last:
                return k
        return None

    def pick(self, doc: Doc, i: int, j: int) -> Phrase:
        """The actor in the phrase doc[i:j]: its last name, else the phrase when its head names an actor."""
        words = [k for k in range(i, j) if not doc[k].is_space]
        if not words:
            return Phrase("none")
        last = words[-1]
        suffix = doc[last].lower_.rstrip(".") in self.suffixes and not doc[last].is_lower  # not "some other company"
        if self.is_name(doc, last, i) or (suffix and len(words) > 1):
            start = last
            while start - 1 >= i and (
                self.is_name(doc, start - 1, i)
                or doc[start - 1].is_space
                or doc[start - 1].text in ("-", "&")
                or (doc[start - 1].lower_ in ("of", "and") and start - 2 >= i and self.is_name(doc, start - 2, i))
                or (
                    doc[start - 1].lower_ == "the"
                    and start - 3 >= i
                    and doc[start - 2].lower_ == "of"
                    and self.is_name(doc, start - 3, i)
                )
                or (
                    doc[start - 1].text == ","
                    and start - 2 >= i
                    and self.is_name(doc, start - 2, i)
                    and any(doc[x].lower_ == "of" for x in range(i, start))
                )  # "Ministry of Land, Infrastructure and Transport"
                or (
                    doc[start - 1].is_lower
                    and start - 2 >= i
                    and start == last
                    and doc[last].lower_.rstrip(".") in self.suffixes
                    and self.is_name(doc, start - 2, i)
                )
            ):
                start -= 1
            while doc[start].is_space or doc[start].text in ("-", "&"):
                start += 1
            titled = self.after_title(doc, start, last)
            while titled < last and doc[titled].is_space:
                titled += 1
            if doc[titled].lower_ != "of":  # "Chancellor of the Exchequer Nigel Lawson" stays whole
                start = titled
            if doc[start : last + 1].text in self.adjectives:
                return Phrase("none", first=i, last=j)  # "The South Korean won weakened"
            if start - 1 >= i and doc[start - 1].lower_ == "the" and start - 1 == words[0]:
                start -= 1  # "The European Investment Bank", "the Pentagon": as the text names it
            return Phrase("actor", start, last + 1, i, j)
        if doc[last].lower_ in self.heads:
            start = words[0]
            if doc[start].lower_ in ("and", "but", "while"):
                start = words[1] if len(words) > 1 else start
            articles = [k for k in words if doc[k].lower_ in ARTICLES]
            partitive = any(doc[k].lower_ == "of" for k in words if articles and k < articles[-1])
            if articles and doc[start].lower_ not in ARTICLES and not partitive:
                start = articles[-1]  # "NOTE - The company": from its article (not "10 of the directors")
            return Phrase("actor", start, last + 1, i, j)
        return Phrase("none", first=i, last=j)

    def after_title(self, doc: Doc, start: int, last: int) -> int:
        """The name after the last title in doc[start:last+1]: "President Moon Jae-in" -> "Moon
        Jae-in", "Hyundai Motor Group Executive Chair Chung Eui-sun" -> "Chung Eui-sun"; not in a
        company's name ("King World Productions Inc")."""
        if doc[last].lower_.rstrip(".") in self.suffixes:
            return start
        found = start
        for k in range(start, last):
            for title in self.titles:
                n = len(title)
                if k + n <= last and tuple(t.text for t in doc[k : k + n]) == title:
                    found = max(found, k + n)
        return found

    # ---- clauses ----
    def skip_fronted(self, doc: Doc, i: int, limit: int) -> int:
        """Past fronted phrases that end at a comma ("In addition,", "Since the beginning of 2019,")."""
        for _ in range(3):
            k = i
            while k < limit and (doc[k].is_space or doc[k].text in QUOTES):
                k += 1
            if k >= limit:
                return k
            pair = (doc[k].lower_, doc[k + 1].lower_) if k + 1 < limit else ()
            participle = doc[k].lower_.endswith(("ed", "ing")) and _opens_participle(doc, k)  # "Asked about it,"
            if (
                doc[k].lower_ not in self.fronted
                and pair not in self.fronted_pairs
                and not doc[k].like_num
                and not participle
            ):
                return k
            comma = next((c for c in range(k, limit) if doc[c].text == ","), None)
            if comma is None:
                return k
            i = comma + 1
        return i

    def passive_by(self, doc: Doc, c0: int, a_end: int, limit: int) -> Phrase | None:
        """X in "was acquired by X", "received by X", "offered by X": who pays or receives (the verb
        before the amount, at most PASSIVE_REACH tokens back in its clause, or a few words after it).
        The reach keeps the stage linear on a clause of thousands of amounts."""
        low = self.lower(doc)
        for j in range(max(c0, a_end - PASSIVE_REACH), min(limit, a_end + PASSIVE_AFTER, len(doc))):
            if low[j] not in self.passive:
                continue
            for verb in self.passive[low[j]]:
                n = len(verb)
                if (
                    j + n < len(doc)
                    and doc[j + n].lower_ == "by"
                    and all(doc[j + k].lower_ == verb[k] for k in range(1, n))
                ):
                    found = self.phrase(doc, j + n + 1, min(len(doc), j + n + 12))
                    if found.what == "actor":
                        return found
                elif all(j + k < a_end and doc[j + k].lower_ == verb[k] for k in range(1, n)) and j + n <= a_end:
                    by = next((k for k in range(a_end, min(limit, a_end + 3)) if not doc[k].is_space), None)
                    if by is not None and doc[by].lower_ == "by":  # "was bought for $9.4bn by X"
                        found = self.phrase(doc, by + 1, min(len(doc), by + 12))
                        if found.what == "actor":
                            return found
        return None

    def owner_of(self, doc: Doc, trigger: tuple[int, int] | None, c0: int) -> Phrase | None:
        """The possessor before the amount's trigger noun: "the Pentagon's budget", "India's defence budget"."""
        if trigger is None:
            return None
        k = trigger[0] - 1
        steps = 0
        while (
            k > c0
            and steps < 4
            and (doc[k].is_lower or doc[k].is_space or doc[k].text == "-")
            and doc[k].lower_ not in POSSESSIVE
            and not self.is_verb(doc, k)  # "Ford's division earned a profit": the possessor is not the profit's
        ):
            k -= 1
            steps += 1
        if k <= c0 or doc[k].lower_ not in POSSESSIVE:
            return None
        start = k - 1
        head = doc[start].lower_ in self.heads  # "The science ministry's budget": its modifiers too
        while start > c0 and (
            self.is_name(doc, start - 1, -1)
            or doc[start - 1].lower_ == "the"
            or doc[start - 1].text == "-"
            or (head and doc[start - 1].is_lower and doc[start - 1].lower_ not in PREPOSITIONS)
        ):
            start -= 1
            if doc[start].lower_ in ARTICLES:
                break
        found = self.pick(doc, start, k)
        return found if found.what == "actor" else None

    def at_owner(self, doc: Doc, trigger: tuple[int, int] | None, limit: int) -> Phrase | None:
        """X in "losses at General Motors Europe totalled ...", "sales at Tesco": the name after
        "at" right after the amount's trigger noun."""
        if trigger is None or trigger[1] + 1 >= limit or doc[trigger[1]].lower_ != "at":
            return None
        found = self.phrase(doc, trigger[1] + 1, limit)
        return found if found.what == "actor" and self.is_name(doc, found.end - 1, -1) else None

    def after_control(self, doc: Doc, j: int) -> bool:
        """Does doc[j] follow a verb of ``control_verbs`` ("urged", "called on")?"""
        return j > 0 and any(
            j >= len(v) and all(doc[j - len(v) + k].lower_ == v[k] for k in range(len(v)))
            for v in self.control_by_last.get(doc[j - 1].lower_, ())
        )

    def before_to(self, doc: Doc, k: int, limit: int) -> bool:
        """Does "to" come at token k, or after a relative clause set off by commas (", which ..., to")?"""
        while k < limit and doc[k].is_space:
            k += 1
        if k < limit and doc[k].lower_ == "to":
            return True
        if k + 1 < limit and doc[k].text == "," and doc[k + 1].lower_ in ("which", "who", "whose"):
            close = next((c for c in range(k + 2, limit) if doc[c].text == ","), None)
            return close is not None and close + 1 < limit and doc[close + 1].lower_ == "to"
        return False

    def gapped(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "Kia will receive 250 billion won ... and Hyundai Mobis 180 billion won": a name right
        before the amount after "and" or a comma, its verb left out (the amount's own subject). Only
        after another amount in the sentence ("pay the Securities and Exchange Commission $250m" is one
        name)."""
        end = a_start
        while end - 1 > c0 and doc[end - 1].is_space:
            end -= 1
        k = end
        while k - 1 > c0 and (self.is_name(doc, k - 1, -1) or doc[k - 1].text in ("-", "&", ".")):
            k -= 1
        if k == end or k - 1 < c0 or doc[k - 1].lower_ not in ("and", ","):
            return None
        found = self.pick(doc, k, end)
        return found if found.what == "actor" else None

    def object_before(self, doc: Doc, c0: int, a_start: int) -> Phrase | None:
        """X in "could cost the UK £1bn", "saved consumers $5m": the noun phrase between a verb of
        ``object_payer_verbs`` and the amount (at most MAX_OBJECT tokens)."""
        for k in range(a_start - 1, max(c0, a_start - MAX_OBJECT) - 1, -1):
            if doc[k].lower_ in self.object_payers:
                if k + 1 >= a_start:
                    return None
                found = self.pick(doc, k + 1, a_start)
                return found if found.what == "actor" else None
            if doc[k].is_punct or self.is_verb(doc, k):
                return None
        return None

    def appositive(self, doc: Doc, head: Phrase, limit: int) -> Phrase:
        """The name set off by commas after a subject without one: "The new venture, Japan Climate
        Systems Corp, will be capitalised at ...", "Its subsidiary, Biopharmaceutics, is ..."."""
        k = head.last
        if head.what == "pronoun" or k >= limit or doc[k].text != ",":
            return head
        if head.what == "actor" and self.is_name(doc, head.end - 1, -1):
            return head
        name = self.phrase(doc, k + 1, limit)
        if name.what != "actor" or not self.is_name(doc, name.end - 1, -1):
            return head
        k = name.last
        while k < limit and (doc[k].is_space or doc[k].text in (",", ">")):
            k += 1
        return name if k < limit and self.is_verb(doc, k) else head

    def subject(self, doc: Doc, c0: int, a_start: int, kind: str = "") -> Phrase:
        """The subject of the clause that starts at token c0, for an amount at a_start. After a speech
        verb, a subject that names no actor leaves the amount without one ("Alimullah said exports
        rose to ..."), unless the amount is the speaker's own result (``SPEAKERS_OWN``: "The banking
        firm said the status of these loans cut first quarter net by ...") or a possessive says so."""
        start = self.skip_fronted(doc, c0, a_start)
        best = self.appositive(doc, self.phrase(doc, start, a_start), a_start)
        low = self.lower(doc)
        for j in range(max(start + 1, a_start - SUBJECT_WINDOW), a_start):
            prev = low[j - 1]
            slot = None
            if prev in ("and", "while", "whereas", "but") and j >= 2 and low[j - 2] == ",":
                slot = j
            elif prev in self.speech or prev == "that":  # "said that X will", "forecast that Noranda could earn"
                slot = j if low[j] != "that" else None
            elif prev in self.control_by_last and self.after_control(doc, j):
                found = self.phrase(doc, j, a_start)
                if found.what == "actor" and self.before_to(doc, found.last, a_start):
                    best = found
                continue
            if slot is None:
                continue
            while slot < a_start and (doc[slot].lower_ in self.calendar_words or doc[slot].is_space):
                slot += 1  # "said Monday it will spend", "said Tuesday that"
            if slot < a_start and doc[slot].lower_ == "that":
                slot += 1
            found = self.phrase(doc, slot, a_start)
            after = next((k for k in range(found.last, a_start) if not doc[k].is_space), None)
            if found.what == "none" and found.last > slot and prev != "and" and after is not None:
                owned = any(doc[k].lower_ in OWNERS for k in range(slot, a_start))  # "its assets": the speaker's
                if self.is_verb(doc, after) and not owned and kind not in SPEAKERS_OWN:
                    best = Phrase("none")
                continue
            if found.what != "actor":
                continue
            after = self.past_relative(doc, after, a_start)  # "Baikal - which bought ..."
            if after is not None and self.is_verb(doc, after):
                best = found
        return best

    def past_relative(self, doc: Doc, k: int | None, limit: int) -> int | None:
        """The verb of a relative clause right after a subject ("Baikal - which bought", "Samsung,
        which makes"), else k itself."""
        if k is None or doc[k].text not in ("-", ",") or k + 1 >= limit or doc[k + 1].lower_ not in ("which", "who"):
            return k
        return next((m for m in range(k + 2, limit) if not doc[m].is_space), None)

    def find(
        self,
        doc: Doc,
        a: tuple[int, int],
        clause: tuple[int, int],
        sent: tuple[int, int],
        kind: str,
        prev: dict | None,
        conversion: bool = False,
        trigger: tuple[int, int] | None = None,
    ) -> dict:
        """actor, actor_start, actor_end (character offsets, or "") and country of the amount doc[a[0]:a[1]]."""
        keys = ("actor", "actor_start", "actor_end", "country")
        if conversion and prev is not None:
            return {k: prev[k] for k in keys}
        c0, c1 = clause
        found = self.passive_by(doc, c0, a[1], c1)
        if found is None and prev is not None:  # gapping needs an amount before it
            found = self.gapped(doc, c0, a[0])
        if found is None:
            found = self.object_before(doc, c0, a[0])
        if found is None:
            found = self.owner_of(doc, trigger, c0)
        if found is None:
            found = self.at_owner(doc, trigger, c1)
        if found is None:
            found = self.subject(doc, c0, a[0], kind)
        if found.what != "actor" and c0 > sent[0]:
            found = self.subject(doc, sent[0], c0, kind)
        country = ""
        own = (found.start, found.end) if found.what == "actor" else None  # "Halifax said": a company
        if found.what == "actor":
            country = self.country_in(doc, found.first, max(found.last, found.end), a, own)
        if not country:
            country = self.country_near(doc, a, clause, sent, own)
        if not country:
            lede = headline_lede(doc, sent)
            if lede is not None:
                country = self.country_near(doc, a, lede, lede, own)
        if found.what != "actor":
            return {"actor": "", "actor_start": "", "actor_end": "", "country": country}
        span = doc[found.start : found.end]
        start = span.start_char + (3 if span.text.startswith("lt;") else 0)  # "&lt;Victory Markets Inc>"
        return {
            "actor": doc.text[start : span.end_char] if start != span.start_char else span.text,
            "actor_start": start,
            "actor_end": span.end_char,
            "country": country,
        }

    # ---- countries ----
    def _places(self, doc: Doc) -> list:
        """Places outside money mentions ("5.60 U.S. dlrs", "154 mln Swiss francs" name a currency),
        worked out once per Doc."""
        if self._places_of is not doc:
            money = sorted((m.start, m.end) for m in doc.spans.get("money", []))
            starts = [s for s, _ in money]

            def in_money(i: int) -> bool:
                k = bisect_right(starts, i) - 1
                return k >= 0 and i < money[k][1]

            self._places_of, self._places_cache = (
                doc,
                [sp for sp in doc.spans.get("places", []) if not in_money(sp.start)],
            )
        return self._places_cache

    @staticmethod
    def is_actor_city(sp, own: tuple[int, int] | None) -> bool:
        """A city that is the actor itself names a company ("Halifax said its backlog ...")."""
        return sp.label_ == "CITY" and (sp.start, sp.end) == own

    def country_in(self, doc: Doc, first: int, last: int, a: tuple[int, int], own=None) -> str:
        """A place in the actor's phrase, or right after it ("The finance ministry in Seoul")."""
        end = last
        k = last
        while k < a[0] and k < len(doc) and doc[k].is_space:
            k += 1
        if k < a[0] and doc[k].lower_ in ("in", "of", "from"):
            end = k + 3
        for sp in self._places(doc):
            if (
                first <= sp.start
                and sp.end <= min(end, a[0] if a[0] > first else end)
                and not self.is_actor_city(sp, own)
            ):
                return sp.id_
        return ""

    def country_near(
        self, doc: Doc, a: tuple[int, int], clause: tuple[int, int], sent: tuple[int, int], own=None
    ) -> str:
        places = [sp for sp in self._places(doc) if sp.label_ in ("PLACE", "CITY") and not self.is_actor_city(sp, own)]
        after = [sp for sp in places if a[1] <= sp.start and sp.end <= clause[1]]
        if after:
            return min(after, key=lambda sp: sp.start).id_
        before = [sp for sp in places if clause[0] <= sp.start and sp.end <= a[0]]
        if before:
            return max(before, key=lambda sp: sp.end).id_
        near = [sp for sp in places if sent[0] <= sp.start and sp.end <= sent[1]]
        if not near:  # else a country's name inside a name: "The Bank of Korea said the country's ..."
            near = [
                sp
                for sp in self._places(doc)
                if sp.label_ == "PLACE_IN_NAME"
                and sent[0] <= sp.start
                and sp.end <= sent[1]
                and sp.text not in self.adjectives
                and sp.text not in city_forms()
            ]
        if near:
            return min(near, key=lambda sp: min(abs(sp.start - a[1]), abs(a[0] - sp.end))).id_
        return ""
