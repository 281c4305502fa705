"""Passive clauses for the actor finder: who pays in "was acquired by X", and who receives in "X
was awarded a £1.1bn contract by Y" (``PassiveReader``, a base of ``actors.ActorFinder``)."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .actor_clauses import ClauseReader
from .names import suffixed_end
from .phrase_words import DETERMINERS, Phrase, actors_lexicon, next_word

PASSIVE_AFTER = (
    15  # tokens after an amount where its passive verb may stand ("A 1.3 trillion-won deal ... was signed by X")
)
RETAINED_REACH = 4  # tokens from a recipient's passive to its object's amount ("was awarded up to $7.86 billion")
BY_REACH = 10  # tokens from a passive verb after the amount to its "by" ("extended to makers this year by X")
OF_REACH = 6  # words of an "of" phrase between a noun and its "by" ("takeover of chip designer ARM by")
ISSUER_REACH = 6  # tokens from a financing noun to the "for" or "of" before its borrower ("launched today for")
SUPERLATIVE_REACH = (
    5  # tokens from a record's superlative to its participle ("the largest quarterly profit ever reported")
)
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must"})
PASSIVE_REACH = 40  # tokens before an amount where its passive verb may stand ("was acquired ... by X for")


class PassiveReader(ClauseReader):
    def __init__(self, nlp: Language):
        super().__init__(nlp)
        self._passive_of: Doc | None = None
        self._passive_at: list[int] = []
        self._money_at: list[int] = []  # where the Doc's amounts start, found with its passive verbs
        data = actors_lexicon()
        self.passive: dict[str, list[tuple[str, ...]]] = {}  # first word -> the participles it starts
        for v in data["passive_payer_verbs"]:
            self.passive.setdefault(v.split()[0], []).append(tuple(v.split()))
        self.recipient_passives = frozenset(data["recipient_passives"])
        self.noun_passive_preps = frozenset(data["noun_passive_preps"])
        self.auxiliaries = frozenset(lexicon.load("clauses.json")["passive_auxiliaries"])  # "will be extended"
        self.by_nouns = frozenset(data["by_nouns"])  # "the £24bn takeover of ARM by SoftBank"
        kinds = lexicon.load("kinds.json")["kinds"]  # "$5bn in loans made by", "a loss in revenues earned by"
        self.money_nouns = frozenset(lexicon.load("clauses.json")["instrument_nouns"]) | frozenset(
            n.lower() for kind in kinds.values() for n in kind.get("nouns", ())
        )
        self.issuer_nouns = frozenset(data["issuer_nouns"])  # "the 100 mln dlr bond for K-o-P"
        self.fronted_relatives = frozenset(data["fronted_relatives"])  # "Under the pact, which runs to 1990,"
        # superlatives of a record ("the largest ever reported by a US company": the record's, not the payer)
        records = lexicon.load("years.json")["comparison_cues"]["record_words"]
        self.superlatives = frozenset(w for w in records if w.endswith("est"))

    def passive_by(self, doc: Doc, c0: int, a_end: int, limit: int, a_start: int | None = None) -> Phrase | None:
        """X in "was acquired by X", "received by X", "offered by X": who pays or receives (the verb
        before the amount, at most PASSIVE_REACH tokens back in its clause, or a few words after it).
        The reach keeps the stage linear on a clause of thousands of amounts. A recipient's passive
        before the amount (``recipient_passives``: "Intel was awarded $7.86 billion in grants by the
        Commerce Department") has the recipient as its subject, and the subject is the actor."""
        low = self.lower(doc)
        if self._passive_of is not doc:  # where the Doc's passive verbs stand, found once per Doc
            self._passive_of = doc
            self._passive_at = low.positions(self.passive)
            self._money_at = sorted(sp.start for sp in doc.spans.get("money", []))
        at = self._passive_at
        lo, hi = max(c0, a_end - PASSIVE_REACH), min(limit, a_end + PASSIVE_AFTER, len(doc))
        for j in at[bisect_left(at, lo) : bisect_left(at, hi)]:
            if self.retained_object(doc, j, a_start) or self.modifies_other_noun(low, a_end, j):
                continue
            if self.nearer_amount(doc, a_end, j) or self.object_participle(low, a_end, j):
                continue  # "$15 a share ..., trumping the $14 a share offered by Vodafone": the nearer one's
            if a_start is not None and in_closed_aside(low, c0, j, a_start):
                continue  # "Debenhams, which was bought by CVC in 2003, said it would spend £90m"
            for verb in self.passive[low[j]]:
                n = len(verb)
                matched = j + n < len(doc) and (n == 1 or all(low[j + k] == verb[k] for k in range(1, n)))
                # "extended by X"; after the amount also "extended to battery makers this year by X"
                by = None
                timed = self.time_phrase_end(doc, j + n, limit) if matched else None  # "launched on Friday by X"
                if matched and low[j + n] == "by":
                    by = j + n
                elif timed is not None and timed < len(doc) and low[timed] == "by":
                    by = timed
                elif matched and j >= a_end and low[j - 1] in self.auxiliaries:
                    by = self.later_by(doc, j + n, limit)
                if by is not None:
                    found = self.agent(doc, by)
                    if found.what == "actor":
                        return found
                elif all(j + k < a_end and doc[j + k].lower_ == verb[k] for k in range(1, n)) and j + n <= a_end:
                    by = next((k for k in range(a_end, min(limit, a_end + 3)) if not doc[k].is_space), None)
                    if by is not None and doc[by].lower_ == "by":  # "was bought for $9.4bn by X"
                        found = self.agent(doc, by)
                        if found.what == "actor":
                            return found
        return None

    def object_participle(self, low: list[str], a_end: int, j: int) -> bool:
        """Does a modal verb with a verb of its own stand between the amount ending at ``a_end`` and the
        participle at ``j`` after it ("18 trillion won will buy commercial paper issued by builders": the
        paper's issuer, not the money's)? Not a modal that is the participle's own ("will be signed by")."""
        modal = next((k for k in range(a_end, j) if low[k] in MODALS), None)
        return modal is not None and not all(low[k] in self.auxiliaries for k in range(modal + 1, j))

    def nearer_amount(self, doc: Doc, a_end: int, j: int) -> bool:
        """Does another amount stand between the amount ending at ``a_end`` and the participle at
        ``j`` after it, set off from this one by punctuation and with none between it and the
        participle ("$15 a share in cash, trumping the $14 a share offered by Vodafone": Vodafone
        offered the $14)? Not across a comma ("A 1.3 trillion-won deal, worth $1bn, was signed by X":
        the deal's), nor a coordinated amount ("the offer of 10.45 dlrs a share in cash and 4.00 dlrs
        of debentures made by BCW": both BCW's)."""
        if j <= a_end:
            return False
        k = bisect_left(self._money_at, j)
        if k == 0 or self._money_at[k - 1] < a_end:
            return False
        nearer = self._money_at[k - 1]  # set off from this amount ("$15 a share ..., above the $14"), not
        return any(t.is_punct for t in doc[a_end:nearer]) and not any(t.is_punct for t in doc[nearer:j])

    def modifies_other_noun(self, low: list[str], a_end: int, j: int) -> bool:
        """Does the participle at ``j``, after the amount that ends at ``a_end``, modify the noun of a
        phrase of ``noun_passive_preps`` between them ("$25 billion on defence procurement under a
        plan approved by X"), not the money? Not after an auxiliary ("... was approved by") nor after a
        comma, which sets the participle off from the whole phrase ("0.6759 dlrs per lb on 380,000 lbs,
        submitted by Deak International"); "in" counts when no money noun follows it (``in_destination``).
        Nor after a superlative of a record (years.json ``record_words``
        that end in "-est": "$9.92bn in the third quarter, the largest ever reported by a US company")."""
        if any(low[k] in self.superlatives for k in range(max(0, j - SUPERLATIVE_REACH), j)):
            return True  # "$9.92bn, the largest ever reported by a US company": a record's, not the money's
        return (
            j > a_end
            and low[j - 1] not in self.auxiliaries
            and low[j - 1] != ","
            and any(low[k] in self.noun_passive_preps or self.in_destination(low, k, j) for k in range(a_end, j))
        )

    def in_destination(self, low: list[str], k: int, j: int) -> bool:
        """Does "in" at ``k`` open where the money goes, with no money noun (clauses.json
        ``instrument_nouns``, kinds.json's nouns) before the participle at ``j`` ("invest up to 30 mln
        dlrs in properties purchased by X": the properties' buyer), rather than what the money is
        ("$5 billion in loans extended by X": the lender; "a loss in revenues earned by Ivory Coast")?"""
        return low[k] == "in" and not any(low[i] in self.money_nouns for i in range(k + 1, j))

    def noun_by(self, doc: Doc, a: tuple[int, int], limit: int) -> Phrase | None:
        """Y in "the £24bn takeover of chip designer ARM by Japan's SoftBank", "a $2bn investment by
        Tata": the agent after "by" of a noun of actors.json ``by_nouns`` right after the amount
        ``a`` (its start, and its end past its conversions), with at most an "of" phrase of OF_REACH
        words between, no punctuation; None otherwise, and after a recipient's passive ("Acme has
        been granted a 5 mln dlr loan by the World Bank": Acme receives it)."""
        if any(doc[k].lower_ in self.recipient_passives for k in range(max(0, a[0] - RETAINED_REACH - 1), a[0])):
            return None
        k = next_word(doc, a[1])
        if k >= limit or doc[k].lower_ not in self.by_nouns:
            return None
        k = next_word(doc, k + 1)
        if k < limit and doc[k].lower_ == "of":
            k = next(
                (m for m in range(k + 1, min(limit, k + 2 + OF_REACH)) if doc[m].lower_ == "by" or doc[m].is_punct),
                limit,
            )
        if k >= limit or doc[k].lower_ != "by":
            return None
        found = self.agent(doc, k)
        return found if found.what == "actor" else None

    def agent(self, doc: Doc, by: int) -> Phrase:
        """The noun phrase after a passive's "by"; none after a gerund, which says how, not who
        ("raised 5 mln dlrs by selling its unit")."""
        nxt = doc[by + 1] if by + 1 < len(doc) else None
        obj = (
            doc[by + 2] if by + 2 < len(doc) else None
        )  # a gerund's object: "selling its unit", not "neighbouring authorities"
        if nxt is None or (
            nxt.is_lower
            and nxt.lower_.endswith("ing")
            and obj is not None
            and (obj.lower_ in DETERMINERS or obj.like_num)
        ):
            return Phrase("none")
        return self.phrase(doc, by + 1, min(len(doc), by + 12))

    @staticmethod
    def later_by(doc: Doc, j: int, limit: int) -> int | None:
        """The "by" of a passive verb ending at token j, at most BY_REACH tokens on and before any
        punctuation ("will be extended to battery makers this year by state-run KDB")."""
        for k in range(j, min(limit, j + BY_REACH, len(doc))):
            if doc[k].lower_ == "by":
                return k
            if doc[k].is_punct:
                return None
        return None

    def retained_object(self, doc: Doc, k: int, a_start: int | None) -> bool:
        """Is doc[k] a recipient's passive ("was awarded", "has been granted": ``recipient_passives``)
        with an object of its own before the amount ("was awarded a £1.1bn contract by", not "will be
        offered by the company at 10 dlrs")?"""
        return (
            a_start is not None
            and 0 < k < a_start
            and doc[k].lower_ in self.recipient_passives
            and doc[k - 1].lower_ in self.auxiliaries
            and doc[k + 1].lower_ != "by"
        )

    def recipient_passive_before(self, doc: Doc, a_start: int) -> bool:
        """Does a recipient's passive with an object of its own stand at most RETAINED_REACH tokens
        before the amount, which is then that object?"""
        return any(self.retained_object(doc, k, a_start) for k in range(max(1, a_start - RETAINED_REACH), a_start))

    def issued_for(self, doc: Doc, trigger: tuple[int, int] | None, clause: tuple[int, int]) -> Phrase | None:
        """The borrower named right after the financing noun that decided the amount, through "for" or
        "of" (actors.json ``issuer_nouns``): "the 100 mln dlr warrant bond for Kansallis-osake-Pankki",
        "A three-year eurobond launched earlier this week for News International Plc", "A 150 mln dlr
        issue of Mead Corp 30-year debentures". Only a capitalised name counts ("loans for small
        firms", "a bond for 100 mln dlrs" name none), within ISSUER_REACH tokens and no comma, and only
        in the amount's own clause ("Financing of Metropole ..., of which Lyonnaise would provide")."""
        c0, limit = clause
        if trigger is None or trigger[0] < c0 or doc[trigger[0] : trigger[1]].text.lower() not in self.issuer_nouns:
            return None
        for k in range(trigger[1], min(limit - 1, trigger[1] + ISSUER_REACH)):
            if doc[k].text in (",", ";", "(") or doc[k].like_num or doc[k].lower_ in self.auxiliaries:
                return None  # "the loans were for Jordan's own plan": what they are for, not whose
            if doc[k].lower_ in ("for", "of"):
                found = self.phrase(doc, k + 1, limit)
                if not doc[k + 1].text[:1].isupper():
                    return None
                if found.what == "actor":
                    return found
                end = suffixed_end(doc, k + 1, self.suffixes)  # "of Mead Corp 30-year debentures"
                return Phrase("actor", k + 1, end, k + 1, end) if end is not None else None
        return None


# words that open an aside after a comma: a relative pronoun, or an appositive's article before a
# participle of ownership (actors.json ``owner_passives``)
RELATIVES = frozenset({"which", "who", "whose"})
ARTICLES = frozenset({"the", "a", "an"})
APPOSITIVE_REACH = 5  # tokens from the comma to the participle: an article and a noun phrase of up to three words


@lru_cache(maxsize=1)
def _owner_passives() -> frozenset[str]:
    return frozenset(lexicon.load("actors.json")["owner_passives"])


def in_closed_aside(low: list[str], c0: int, j: int, a_start: int) -> bool:
    """Is the word at ``j`` inside an aside (", which ... ,"; a participle of ownership, actors.json
    ``owner_passives``, right after the comma or after a short appositive ", the ... ,") that
    closes before the amount at ``a_start`` ("Debenhams, which was bought by CVC in 2003, said it
    would spend £90m", "Quillers, the bookshop chain bought by Hanway in 2001, said it would spend
    £25m", "Household, bought by HSBC in 2003, said": the agent bought the subject, it does not
    spend the money)? ``low``: the Doc's words in lower case; ``c0``: where the amount's clause
    starts.

    >>> low = "debenhams , which was bought by cvc , will spend 90 m".split()
    >>> in_closed_aside(low, 0, 4, 10), in_closed_aside(low, 0, 4, 6)
    (True, False)
    >>> low = "quillers , the chain bought by hanway , will spend 25 m ; x , bought by y , spent 5 m".split()
    >>> in_closed_aside(low, 0, 4, 10), in_closed_aside(low, 13, 15, 20)
    (True, True)
    >>> in_closed_aside("the car , a model built by reva , costs 7 m".split(), 0, 5, 9)
    False
    >>> in_closed_aside("the plane , made by md , cost 18 m".split(), 0, 3, 7)
    False
    >>> low = "x inc , the parent of y bank said it agreed to be acquired by z , the parent of w , for 48 dlrs".split()
    >>> in_closed_aside(low, 0, 15, 24)
    False
    """
    opener = next((k for k in range(j - 1, max(c0, j - PASSIVE_REACH) - 1, -1) if low[k] in (",", ";")), None)
    if opener is None:
        return False
    owner = (  # "Household, bought by", "Quillers, the bookshop chain bought by": a participle of ownership
        (opener + 1 == j or (low[opener + 1] in ARTICLES and j - opener <= APPOSITIVE_REACH))
        and low[j] in _owner_passives()
    )
    if not (low[opener + 1] in RELATIVES or owner):
        return False
    return any(low[k] == "," for k in range(j + 1, a_start))
