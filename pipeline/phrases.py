"""Noun phrases read without a parser: the names, heads and possessors that ``actors`` takes its actors from
(``lexicons/actors.json``). A noun phrase ends at a word of ``verbs`` (or a lower-case word in -ed), at
punctuation, a preposition or a relative pronoun. From it (``PhraseReader.pick``): its last capitalised name
("Swiss drugmaker Novartis" gives "Novartis"), without a title ("President Moon Jae-in"), with its article when
nothing else stands before it ("The European Investment Bank"); else the whole phrase when its head names an
actor ("the South Korean government"). A possessor before a lower-case head gives the possessor ("Novartis' net
sales"), or the whole phrase when the possessed word names an actor ("South Korea's finance ministry").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon, names
from .names import company_suffixes, of_head_start, plural_possessive_end, possessive_in_name, suffixed_name
from .phrase_words import (
    ARTICLES,
    DEMONSTRATIVES,
    DETERMINERS,
    ENTITIES,
    LEADING,
    MAX_PHRASE,
    OWNERS,
    POSSESSIVE,
    PREPOSITIONS,
    QUOTES,
    UNENDED,
    YEAR_TOKEN,
    Phrase,
    _Lower,
    actors_lexicon,
    after_title,
    bare_verb,
    calendar_words,
    capitalised,
    country_adjectives,
    descriptor_heads,
    fronted_participle,
    labels,
    named_verb,
    never_name_at,
    next_word,
    of_list_end,
    past_result_modifiers,
    plan_noun,
    unmodified_head,
)
from .places import place_forms


class PhraseReader:
    """The noun-phrase half of ``actors.ActorFinder``: words, names and phrases of a Doc."""

    def __init__(self, nlp: Language):
        self._lower_of: Doc | None = None
        self._lower: _Lower | None = None
        self._place_starts_of: Doc | None = None
        self._place_starts: frozenset[int] = frozenset()
        data = actors_lexicon()
        kinds = lexicon.load("kinds.json")
        self.pronouns = frozenset(data["pronouns"])
        self.titles = sorted((tuple(t.split()) for t in data["titles"]), key=len, reverse=True)
        self.post_nominals = frozenset(data["post_nominals"])  # "William Haughey OBE"
        self.unit_heads, self.relation_heads = (frozenset(data[k]) for k in ("unit_heads", "relation_heads"))
        self.ranking_words = frozenset(data["ranking_words"])  # "The UK's biggest brewer, Scottish and Newcastle"
        self.heads = frozenset(data["actor_heads"])
        self.modified_heads = frozenset(data["modified_heads"])  # "the trading house", not "a house"
        self.describers = descriptor_heads()  # "Chipmaker SK hynix", "Brewer Greene King"
        self.title_words = frozenset(t[0] for t in self.titles if len(t) == 1)  # "Chancellor of the Exchequer X"
        self.of_heads = frozenset(data["of_heads"])
        self.verbs, self.ed_nouns = frozenset(data["verbs"]), frozenset(data["ed_nouns"])  # "seaweed": no verb
        self.not_names = frozenset(data["not_names"])
        self.not_owners = self.not_names | set(data["result_modifiers"])  # "Annual net profit"
        self.calendar_words = calendar_words()
        self.enders = frozenset(data["phrase_enders"])
        self.descriptors = frozenset(data["descriptor_participles"])
        self.partitives = frozenset(data["partitives"])
        self.name_of_heads = frozenset(data["name_of_heads"])  # "the government of Japan", "the Bank of Ceylon"
        self.kept_of_heads = self.name_of_heads - frozenset(data["place_of_heads"])  # not "the city of Ulsan"
        self.for_names = frozenset(h.title() for h in self.name_of_heads)  # "Bank for International Settlements"
        self.in_heads = frozenset(data["in_heads"])  # "Shares in Wembley"
        self.never_names = frozenset(data["never_names"])  # "1800 GMT", "Christmas sales"
        self.product_acronyms = frozenset(data["product_acronyms"])  # "South Korea's LNG imports"
        self.label_nouns = frozenset(data["label_nouns"])  # "NOTE:", "Analysis:"
        self.name_words = frozenset(data["name_words"])  # "SK hynix"
        self.name_particles = frozenset(data["name_particles"])  # "Banco do Brasil", "Caisse des Depots"
        self.possessive_name_verbs = frozenset(data["possessive_name_verbs"])  # "Foster's spent"
        self.money_verbs = frozenset(  # "pledges", "buys": the kinds' verbs in -s, for "UK pledges £1bn"
            v for kind in lexicon.load("kinds.json")["kinds"].values() for v in kind.get("verbs", []) if v.endswith("s")
        )
        self.adjectives = country_adjectives()
        self.triggers = frozenset(n for kind in kinds["kinds"].values() for n in kind.get("nouns", []) if " " not in n)
        self.suffixes = company_suffixes()

    def lower(self, doc: Doc) -> _Lower:
        """The lower-case text of the Doc's tokens by index: a Token object per look was the stage's main cost."""
        if self._lower_of is not doc:
            self._lower_of, self._lower = doc, _Lower(doc)
        return self._lower

    def opening_adverb(self, doc: Doc, j: int) -> bool:
        """Is the "-ly" word opening a sentence an adverb ("Partly as a result", "Separately, ...",
        "Currently the firm"), not a name that ends so ("Italy's reserves", "Kelly said", "Sicily
        will")? A place, a possessive or a listed verb (actors.json ``verbs``) after it makes it a
        name, as do capitalised words up to a company suffix ("Bally Manufacturing Corp"); not a
        participle ("Privately held", "Publicly owned")."""
        if not doc[j].lower_.endswith("ly"):
            return False
        after = doc[j + 1] if j + 1 < len(doc) else None
        if (after is not None and after.text in ("'s", "’s")) or suffixed_name(doc, j + 1, self.suffixes):
            return False  # "Italy's", "Bally Manufacturing Corp said"
        participle = after is not None and (after.lower_.endswith("ed") or after.lower_ in self.descriptors)
        if after is not None and after.lower_ in self.verbs and not participle:  # not "Privately held"
            return False
        if self._place_starts_of is not doc:  # where the Doc's places start, read once per Doc
            self._place_starts_of = doc
            self._place_starts = frozenset(sp.start for sp in doc.spans.get("places", []))
        return j not in self._place_starts

    def is_verb(self, doc: Doc, j: int) -> bool:
        tok = doc[j]
        low = tok.lower_
        if low in self.verbs:  # "plan calls for": a noun; "Stuart Rose could": a name
            return not plan_noun(doc, j) and not named_verb(doc, j, self.verbs)
        if 0 < j < len(doc) - 1 and tok.is_lower and self.is_name(doc, j - 1, -1):
            if bare_verb(low, doc[j + 1], self.money_verbs):
                return True
        past = tok.is_lower and low.endswith("ed") and low not in self.ed_nouns  # "Chinese seaweed processor X agreed"
        return past and len(low) > 4 and j > 0 and doc[j - 1].text != "-"

    def joins_name(self, doc: Doc, j: int, first: int, limit: int) -> bool:
        """Is doc[j] a lower-case particle of ``name_particles`` inside one name ("Banco do Brasil")?"""
        return (
            first < j < limit - 1
            and doc[j].text in self.name_particles
            and self.is_name(doc, j - 1, first)
            and self.is_name(doc, j + 1, -1)
        )

    def is_name(self, doc: Doc, j: int, first: int) -> bool:
        """Is doc[j] a word of a capitalised name? Not an article, and not a sentence's first word
        that is an ordinary word capitalised ("Gold climbed", "Sales rose")."""
        tok = doc[j]
        glued = j >= 2 and not doc[j - 2].whitespace_ and not doc[j - 1].whitespace_
        if tok.is_lower and glued and doc[j - 1].text == "-" and self.is_name(doc, j - 2, first):
            opens = doc[j - 2].is_sent_start or j - 2 == first
            if opens and j + 2 < len(doc) and doc[j].whitespace_ and capitalised(doc[j + 1].text):
                # a fronted compound adjective: "Cash-strapped Korea Electric Power Corp."; not a name
                # its company suffix ends at once: "E-mart Inc., South Korea's largest discount chain"
                return doc[j + 1].lower_.rstrip(".") in company_suffixes()
            return tok.lower_ not in self.descriptors  # "Jae-in", "Seung-youn"; not "Bracknell-based"
        if tok.is_lower:  # most words: a name only as one of name_words after a name ("SK hynix")
            return tok.lower_ in self.name_words and j > 0 and self.is_name(doc, j - 1, first)
        if tok.text[:1].islower() and tok.is_alpha:
            return True  # a capital inside: "eBay", "easyJet"
        if not capitalised(tok.text) or not (tok.is_alpha or any(c.isalpha() for c in tok.text)):
            return False
        if (
            tok.lower_ in ARTICLES
            and glued
            and doc[j - 1].text == "-"
            and j + 1 < len(doc)
            and capitalised(doc[j + 1].text)
            and self.is_name(doc, j - 2, first)
        ):
            return True  # a letter glued inside a name: "Dong-A University Hospital"; not "Class-A shares"
        if tok.lower_ in ARTICLES or tok.lower_ in self.pronouns or never_name_at(doc, j, self.never_names):
            return False
        if j == first and tok.text in self.product_acronyms and not capitalised(doc[j + 1 : j + 2].text):
            return False  # a product alone: "South Korea's LNG imports"; not "LG AI Research", "LNG Japan Corp"
        if tok.lower_ in self.calendar_words:
            return False  # "Friday", "Yesterday"
        if (tok.is_sent_start or j == first) and (tok.lower_ in self.not_names or self.opening_adverb(doc, j)):
            return names.opens_organisation(doc, j)  # "Gold climbed", "Partly as a result"; "All Nippon Airways"
        if (tok.is_sent_start or j == first) and fronted_participle(doc, j):
            return False  # "Asked about ...", "Based in Toronto, ...", "Suggesting that" (but "Federated has")
        if j + 1 < len(doc) and doc[j + 1].text == ":" and labels(tok, j == first, self.label_nouns, self.triggers):
            return False  # a label: "NOTE:", "Revs:"; not "Bradford & Bingley:", "Heineken:"
        if (tok.is_sent_start or j == first) and tok.lower_ in LEADING:
            return False
        head = tok.lower_ in self.heads and tok.text not in self.title_words  # a title opens a name: "Premier Group"
        if j == first and tok.lower_ in self.describers and tok.text not in self.title_words:
            return False  # a descriptor before a name: "Chipmaker SK hynix", "Retailer Tesco"
        if j == first and (tok.lower_ in self.triggers or head or tok.lower_ in self.of_heads):
            # "Turnover for the quarter": a name only inside a longer one ("Revenue Canada", "Ministry of Science")
            of_name = (  # not "Profits of", "Directors of Greywater Inc"; "Board of Investment" is a name
                ((tok.lower_ in self.heads and tok.lower_ not in self.of_heads) or tok.lower_ in self.name_of_heads)
                and j + 2 < len(doc)
                and doc[j + 1].lower_ == "of"
            )
            nxt = j + 2 + (j + 3 < len(doc) and doc[j + 2].lower_ == "the") if of_name else j + 1
            return (  # "Bank of the Philippine Islands" too
                nxt < len(doc)
                and doc[nxt].is_lower is False
                and capitalised(doc[nxt].text)
                and doc[nxt].lower_ not in self.verbs
                and doc[nxt].lower_ not in ARTICLES
            )
        return True

    def owned_unit(self, doc: Doc, i: int, limit: int) -> Phrase | None:
        """The name in "its General Farebox Inc subsidiary", "Its Global Investors wing": the capitalised
        name that starts at token i when a word of ``unit_heads`` follows it (not an adjective: "Its
        British unit" is no name). ``last`` is the unit word."""
        j = i
        while j < limit and (
            self.is_name(doc, j, -1)
            or doc[j].is_space
            or doc[j].text in ("-", "&")
            or (doc[j].lower_ == "of" and j > i and j + 1 < limit and self.is_name(doc, j + 1, -1))
        ):
            j += 1
        words = [k for k in range(i, j) if not doc[k].is_space]
        if not words or j >= limit or doc[j].lower_ not in self.unit_heads:
            return None  # "its\nsubsidiary, Orbit ...": no name before the unit word
        if doc[words[-1]].text in self.adjectives or doc[i:j].text.strip() in place_forms():
            return None  # "its West German subsidiary", "its U.S. unit": where, not who
        found = self.pick(doc, i, j)
        return Phrase("actor", found.start, found.end, i, j) if found.what == "actor" else None

    def phrase(self, doc: Doc, i: int, limit: int, depth: int = 0) -> Phrase:
        """The noun phrase that starts at token i (ends before ``limit``)."""
        limit = min(limit, i + MAX_PHRASE)
        while i < limit and (doc[i].is_space or doc[i].text in QUOTES or doc[i].lower_ in LEADING):
            i += 1
        if i >= limit:
            return Phrase("none")
        if doc[i].lower_ in OWNERS and depth < 2:  # "Its British unit had sales of ..."
            unit = self.owned_unit(doc, i + 1, limit)
            if unit is not None:
                return Phrase("actor", unit.start, unit.end, i, unit.last + 1)
            rest = self.phrase(doc, i + 1, limit, depth + 1)
            if rest.what == "actor" and not self.is_name(doc, rest.end - 1, -1):
                return Phrase("actor", i if rest.start == rest.first else rest.start, rest.end, i, rest.last)
            if rest.what == "actor" and rest.start > i + 1 and doc[rest.start - 1].lower_ in self.relation_heads:
                return rest  # "its rival Nippon Life", "its unit Holiday Inns Inc": the name it describes
        if doc[i].lower_ in self.pronouns and not (
            doc[i].lower_ in DEMONSTRATIVES and i + 1 < limit and doc[i + 1].lower_ in self.heads
        ):  # "these firms" is a noun phrase, "these" alone a pronoun
            return Phrase("pronoun", i, i + 1, i, i + 1)
        j = i
        while j < limit:
            tok = doc[j]
            low = tok.lower_
            if tok.is_space:
                j += 1
                continue
            if tok.text == "&" and j > i and j + 1 < len(doc) and doc[j + 1].text.startswith(ENTITIES):
                break  # "Holiday Corp &lt;HIA>": an escaped ticker's bracket, no "&" of a name
            if self.joins_name(doc, j, i, limit):
                j += 1  # "Banco do Brasil": a particle between two words of one name
                continue
            if low in ("'", "’") and j > i:  # "Teachers' Pension will put": a plural's possessive in a name
                tail = plural_possessive_end(doc, i, j, limit, place_forms(), lambda k: self.is_verb(doc, k))
                if tail is not None:
                    return Phrase("actor", i, tail, i, tail)
            if low in POSSESSIVE and j > i:
                owner = self.pick(doc, i, j)
                named = owner.what == "actor" and self.is_name(doc, j - 1, -1)
                if named and doc[owner.start : owner.end].text not in place_forms() and j + 1 < limit:
                    if doc[j + 1].lower_ in self.possessive_name_verbs:
                        return Phrase("actor", owner.start, j + 1, i, j + 1)  # "Foster's spent", "Moody's said"
                rest = self.phrase(doc, j + 1, limit, depth + 1) if depth < 2 else Phrase("none")
                if rest.what == owner.what == "actor" and possessive_in_name(
                    doc, owner.start, j, rest.end, place_forms()
                ):
                    return Phrase("actor", owner.start, rest.end, i, rest.last)  # "Moody's Investors Service Inc"
                bare_head = rest.end - rest.start == 1 and doc[rest.start].lower_ in self.heads  # "Kenya's Treasury"
                dated = YEAR_TOKEN.fullmatch(doc[rest.start].text)  # "Korea's 2026-2030 drug fund": no body
                # a bare place after an owner that is no place is where its results come from: "Samsung's U.S. sales"
                places = place_forms()
                placed_only = (
                    owner.what == "actor"
                    and doc[owner.start : owner.end].text not in places
                    and doc[rest.start : rest.end].text in places
                )
                if (
                    rest.what == "actor"
                    and self.is_name(doc, rest.start, -1)
                    and (self.is_name(doc, rest.end - 1, -1) or doc[rest.start].text not in self.adjectives)
                    and not (bare_head and owner.what == "actor")
                    and not placed_only
                ):  # "Britain's Vodafone", "China's Guangdong province"; not "Foxconn's Indian unit"
                    return Phrase("actor", rest.start, rest.end, i, rest.last)
                if rest.what == owner.what == "actor" and doc[rest.end - 1].lower_ in self.heads and not dated:
                    return Phrase("actor", owner.start, rest.end, i, rest.last)  # "South Korea's finance ministry"
                ranked = any(doc[k].lower_ in self.ranking_words for k in range(j + 1, rest.last))
                if owner.what == "actor" and not ranked:
                    return Phrase("actor", owner.start, owner.end, i, max(owner.last, rest.last))
                return Phrase("none", first=i, last=max(owner.last, rest.last))  # "The world's largest retailer"
            if low == "of" and j == i + 1 and (doc[i].like_num or doc[i].lower_ in self.partitives):
                j += 1  # "10 of the former directors", "most of the banks"
                continue
            if low == "in" and j > i and doc[j - 1].lower_ in self.in_heads and depth < 2:
                inner = self.phrase(doc, j + 1, limit, depth + 1)  # "Shares in Wembley were up"
                if inner.what == "actor":
                    return Phrase("actor", inner.start, inner.end, i, inner.last)
                break
            if (
                low == "for"
                and j > i
                and doc[j - 1].text in self.for_names
                and j + 1 < limit
                and self.is_name(doc, j + 1, -1)
            ):
                j += 1  # "Japan Bank for International Cooperation"
                continue
            if low == "of" and j > i:
                named = self.is_name(doc, j - 1, -1 if depth else i) and j + 1 < limit and self.is_name(doc, j + 1, -1)
                if doc[j - 1].lower_ in self.of_heads and depth < 2 and not named:  # not "the Board of Investment"
                    inner = self.phrase(doc, j + 1, limit, depth + 1)
                    if inner.what == "actor":
                        return Phrase("actor", inner.start, inner.end, i, inner.last)
                    break
                if named:
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
            if low in ("and", "or") and j > i and j + 1 < limit and doc[j + 1].lower_ in DETERMINERS:
                break  # a second noun phrase: "Vivendi and its former chief executive ... were fined"
            if low == "," and j > i and any(doc[x].lower_ == "of" for x in range(i, j)):
                end = of_list_end(doc, j, limit, self.is_name, self.is_verb)
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
            if (
                j == i + 2
                and doc[i].lower_ in ARTICLES
                and tok.is_lower
                and tok.is_alpha
                and low not in ("and", "or")
                and j + 1 < limit
                and doc[j + 1].lower_ in ARTICLES
            ):
                break  # "The deal values the company at $3bn", "The increase brings the company's ...": a verb
            # "rival Google earlier in the week", "by Congress last year" (not "a previously unknown group",
            # nor a name after a descriptor: "Fashion retailer Next")
            ender = low in self.enders and doc[j - 1].lower_ not in UNENDED
            if j > i and (low in self.calendar_words or (ender and not self.describes(doc, j))):
                break
            j += 1
        return self.pick(doc, i, j)

    def describes(self, doc: Doc, j: int) -> bool:
        """Is doc[j] a capitalised word after a descriptor ("Fashion retailer Next"): a name, not a time word?"""
        return doc[j].text[:1].isupper() and doc[j - 1].lower_ in self.describers

    def pick(self, doc: Doc, i: int, j: int) -> Phrase:
        """The actor in the phrase doc[i:j]: its last name, else the phrase when its head names an actor."""
        words = [k for k in range(i, j) if not doc[k].is_space]
        if not words:
            return Phrase("none")
        if (
            len(words) > 2
            and doc[words[-1]].text in self.post_nominals
            and self.is_name(doc, words[-2], i)
            and self.is_name(doc, words[-3], i)
        ):
            words.pop()  # "refrigerator magnate William Haughey OBE", not "The Edinburgh MSP"
        last = words[-1]
        owner = past_result_modifiers(doc, words[-2], i) if len(words) > 1 else -1  # "Shell 2004 net profit"
        if (
            owner >= i
            and doc[last].is_lower
            and doc[last].lower_ in self.of_heads
            and doc[last].lower_ not in self.heads  # "H.K. Telephone shareholders", "its Foothill Capital Corp unit"
            and self.is_name(doc, owner, i)
        ):
            named = self.pick(doc, i, owner + 1)  # "Rolls-Royce shares", "BP sales"
            owned = named.what == "actor" and self.names_owner(doc, named, owner < words[-2])
            return Phrase("actor", named.start, named.end, i, j) if owned else Phrase("none", first=i, last=j)
        suffix = doc[last].lower_.rstrip(".") in self.suffixes and not doc[last].is_lower  # not "some other company"
        if self.is_name(doc, last, i) or (suffix and len(words) > 1):
            start = last
            while start - 1 >= i and (
                self.is_name(doc, start - 1, i)
                or doc[start - 1].is_space
                or doc[start - 1].text in ("-", "&")
                or (doc[start - 1].lower_ in ("of", "and") and start - 2 >= i and self.is_name(doc, start - 2, i))
                or (start - 2 >= i and self.joins_name(doc, start - 1, i, last + 1))
                or (doc[start - 1].lower_ == "for" and start - 2 >= i and doc[start - 2].text in self.for_names)
                or (doc[start].lower_ == "for" and doc[start - 1].text in self.for_names)  # "Department for"
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
            titled = after_title(doc, start, last, self.titles)
            while titled < last and doc[titled].is_space:
                titled += 1
            if doc[titled].lower_ != "of":  # "Chancellor of the Exchequer Nigel Lawson" stays whole
                start = titled
            if doc[start : last + 1].text in self.adjectives:
                return Phrase("none", first=i, last=j)  # "The South Korean won weakened"
            start, name_start = names.place_start(doc, of_head_start(doc, start, i, self.kept_of_heads), last), start
            before = start - 1  # past a line break, and adjectives before "<head> of": "The provincial government of"
            while before > words[0] and (doc[before].is_space or (start < name_start and doc[before].is_alpha)):
                before -= 1
            if before >= i and doc[before].lower_ == "the" and before == words[0]:
                start = before  # "The European Investment Bank", "the Pentagon": as the text names it
            return Phrase("actor", start, last + 1, i, j)
        if doc[last].lower_ in self.heads and not unmodified_head(doc, words, self.modified_heads):
            start = words[0]
            if doc[start].lower_ in ("and", "but", "while"):
                start = words[1] if len(words) > 1 else start
            articles = [k for k in words if doc[k].lower_ in ARTICLES]
            partitive = any(doc[k].lower_ == "of" for k in words if articles and k < articles[-1])
            if articles and doc[start].lower_ not in ARTICLES and not partitive:
                start = articles[-1]  # "NOTE - The company": from its article (not "10 of the directors")
            return Phrase("actor", start, last + 1, i, j)
        head = next(
            (
                k
                for k in words
                if doc[k].lower_ in self.heads
                and k + 2 < j
                and doc[k + 1].lower_ == "of"
                and not self.is_name(doc, k + 2, -1)  # "The Bank of Japan", "A University of Massachusetts"
            ),
            None,
        )
        if head is not None and doc[words[0]].lower_ in ARTICLES:
            return Phrase("actor", words[0], head + 1, i, j)  # "the maker of industrial specialty materials"
        return Phrase("none", first=i, last=j)

    def names_owner(self, doc: Doc, named: Phrase, modified: bool = False) -> bool:
        """Can a name before a head such as "shares" be their owner? Not an adjective ("Latin American
        exports"), nor one ordinary word capitalised at the sentence's start ("Household debt"): there a
        name needs two words, a capital inside ("BP"), capitalised parts joined by a hyphen ("Rolls-Royce"),
        or, ``modified``, a result's modifiers before the head ("Sharp net profit"; not "Annual net profit")."""
        if doc[named.end - 1].text in self.adjectives:
            return False
        first, low = doc[named.start], doc[named.start].lower_  # no participle: "Audited net profit"
        if modified and low[1:].isalpha() and low not in self.not_owners and not low.endswith(("ed", "ing")):
            return doc[named.end].text != "-" or named.end - named.start > 1  # not "Pre-tax", "End-1986 net"
        text = doc[named.start : named.end].text
        after = next_word(doc, named.end)
        if " " in text or not (first.is_sent_start or named.start == named.first):
            return True
        if after < len(doc) and doc[after].lower_ in self.in_heads:
            return True  # "Rossignol shares touched 17.70 euros": only a company has shares
        parts = text.split("-")
        return (len(parts) > 1 and all(p[:1].isupper() for p in parts)) or (
            len(parts) == 1 and any(c.isupper() for c in text[1:])
        )
