"""What each amount is: the ``news_kinds`` stage (kind and trigger; actor and country from ``actors``).

Without a parser, the kind of an amount is read from the words of its clause, with a spaCy
PhraseMatcher over the trigger words of ``lexicons/kinds.json`` (case-blind, whole tokens; of two
overlapping triggers the longer wins: "tax cuts" over "tax"). In this order:

1. a row of a newswire earnings table ("Oper shr loss 1.10 dlrs vs ...") takes the kind of its label;
2. an amount that converts the one before it ("10 trillion won ($8.9 billion)") takes its kind;
3. firm triggers: a trigger right before the amount with only bridge words between ("revenue of",
   "net profit rose 5 pct to"), the noun the amount modifies or quantifies after it ("a 5 mln dlr
   loan", "$1.2bn in grants"), or its unit ("a share", "a barrel"; "each" after "at"), unless a
   noun before it, or the noun after the unit, names a profit, dividend, subsidy or tax ("earnings of
   1.02 dlrs a share", "5,000 pesos a hectare in cash aid"). Among firm triggers the kind first in
   the issue's order wins ("a dividend of 10 cts a share" is a dividend);
4. an amount with no trigger between it and the amount before it in the same clause takes that
   amount's kind ("net profit rose to 5.2 mln from 4.8 mln dlrs"), unless it totals a unit price;
5. the nearest trigger of its clause, before or after it; then the nearest in the sentence before it;
6. else ``other``, unless the next sentence tells what its money is (``next_mention``: "The amount
   will be paid as subsidies"), the list it stands in or a verb of going after it (``kinds_lists``).

The clause is the sentence cut at the linker's strong boundaries (``link.boundaries``), without who speaks
at its end (", the trade ministry said") and without a condition after the amount ("if orders keep growing").
A trigger inside a capitalised name ("European Investment Bank") is none, unless it is the noun after the amount."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from .actor_country import carried_countries, story_country
from .clause_ends import condition_end
from .clauses import amount_cuts, clause_span
from .extensions import doc_text, doc_value, set_span_value, span_value, token_offsets
from .kinds_again import restated_kind
from .kinds_around import (
    HEAD_GAP,
    REACH,
    describes_name,
    in_name,
    no_trigger,
    not_elsewhere,
    only_determiners,
    quantified_noun,
    sentence_last_end,
    trigger_words,
)
from .kinds_costs import size_readings
from .kinds_heads import (
    PriceSubjects,
    colon_label,
    compound_heads_only,
    determined_head,
    ends_phrase,
    firm_gap,
    heads_only,
    made_of,
    noun_before_subject,
    own_noun_after,
)
from .kinds_lists import unnamed_kinds
from .kinds_neighbours import bases_take_the_kind, changes_take_the_next_kind, conversions, same_money
from .kinds_notes import sentence_readings
from .kinds_proceeds import firm_earns, person_earns, sale_proceeds, wage_of
from .kinds_purposes import verb_after
from .kinds_rates import drop_times, past_rate, rate_index
from .kinds_reach import destination, goes_as, offered_for_words, placed, reached_verbs, sold_for_words
from .kinds_readings import (
    contained,
    kinds_lexicon,
    led_destination,
    noun_position,
    noun_readings,
    purpose_of,
    split_index,
    verb_readings,
)
from .kinds_tables import first_on_lines, note_kind, table_kind, table_owner
from .kinds_units import (
    Trigger,
    decided_weakly,
    each_strength,
    in_context,
    later_unit,
    own_per,
    own_unit,
    past_unit,
    payout_triggers,
    per_unit_total,
    restated_total,
    trigger_tables,
    unit_after,
    unit_readings,
    unit_total,
    valued_head,
)
from .later_mentions import moved_to, named_again, part_of_earlier, refers_back
from .money_again import actor_again, opens_with_parts, part_payer
from .next_mention import restates_before
from .phrase_words import next_word
from .respectively import respective_actors, respective_kinds
from .sentences import sentence_bounds

SHARE_REACH = 16  # tokens back to a share price's subject: "Fiat's shares on the Milan stock exchange rose ... to"
_NEWLINE = re.compile("\n")
NEAR = 60  # tokens around an amount where its clause's triggers count (not a whole price list's clause)


class KindFinder:
    """spaCy component: ``span._.kinds`` on each money span: kind, trigger, actor, its offsets, country."""

    def __init__(self, nlp: Language, name: str = "news_kinds", money_key: str = "money"):
        self._starts_of, self._starts = None, []  # near()'s bisection keys, per triggers list
        self.name, self.money_key = name, money_key
        data = kinds_lexicon()
        self.order = {k: i for i, k in enumerate(data["order"])}
        self.bridges = frozenset(w.lower() for w in data["bridges"])
        self.link_words = [tuple(w.lower().split()) for w in data["link_words"]]
        self.rates = rate_index(data["rate_phrases"] + data["time_gaps"])
        self.times = rate_index(data["time_gaps"])  # not a rate: "earns £30,000 a year from the firm" is a wage
        self.gap_times = rate_index(data["gap_times"])  # "profit jumped 5 pct from a year earlier to"
        self.unit_openers, self.unit_closers = [tuple(w.split()) for w in data["unit_openers"]], data["unit_closers"]
        self.split_verbs, self.split_gap = split_index(data["kinds"]), frozenset(data["split_gap"])  # "put X into"
        self.sold_for = sold_for_words(data)  # kinds_reach.sold_for
        self.offered_for = offered_for_words(data)
        self.chart = tuple(frozenset(data["chart_places"][k]) for k in ("ranks", "places", "followers", "numbered"))
        self.totals = frozenset(data["unit_totals"])  # "150 ringgit each in aid, at a total cost of"
        readings = ("verb_readings", "quantified_heads", "valued_subjects", "market_operations")
        self.readings = tuple(data[k] for k in readings)  # kinds_readings.verb_readings and noun_readings
        keys = ("lead_nouns", "level_verbs", "share_leads", "ratio_bases", "raised_objects")  # kinds_reach.placed
        self.placing = tuple(frozenset(data[k]) for k in keys)
        self.matcher, self.units = trigger_tables(nlp, data)
        self.context = frozenset(w.lower() for w in data["context_nouns"]["context"])
        self.unit_lengths = sorted({len(k) for k in self.units}, reverse=True)
        self.per_kinds = dict.fromkeys(data["price_units"], "price")
        self.compound_heads, self.frames = frozenset(data["compound_heads"]), frozenset(data["frame_heads"])
        self.payout_cues = tuple(frozenset(data[k]) for k in ("payout_verbs", "payout_leads", "payout_frequencies"))
        self.unit_yields, self.light_heads = frozenset(data["unit_yields_to"]), frozenset(data["light_heads"])
        self.restated = frozenset(data["unit_amounts"]["restated_kinds"])  # an offer per share is a price
        # money nouns that a firm verb before the amount outranks; "for display-panel plants": where a part goes
        self.verb_heads, self.goes_to = frozenset(data["verb_heads"]), frozenset(data["destination_nouns"])
        self.phrase_followers = frozenset(data["phrase_followers"])  # words after the end of a noun phrase
        self.outcomes = frozenset(data["purposes"]["outcome_kinds"])  # "set aside X for exports": no trade
        self.auxiliaries, self.pp_openers = frozenset(data["auxiliaries"]), frozenset(data["pp_openers"])  # "be spent"
        self.head_gap_stops = frozenset(data["head_gap_stops"])  # words that end an amount's noun phrase
        self.allotted = frozenset(data["allotted_totals"])  # a part's bare participle divides money given
        self.price_subjects = PriceSubjects(data, self.bridges)  # "Bombardier shares lost 65 cents"
        from . import actors

        self.actors = actors.ActorFinder(nlp)

    # ---- triggers ----
    def triggers(self, doc: Doc, money: list = ()) -> list[Trigger]:
        """Every trigger match that no longer match contains ("tax cuts" hides "cuts", not "income
        tax"); a form listed for two kinds gives both ("fund": financing verb and investment noun); a
        phrase of not_triggers hides the triggers inside it and is none ("in order to")."""
        found = {(s, e, *doc.vocab.strings[match_id].split("|")) for match_id, s, e in self.matcher(doc)}
        inside = contained({(s, e) for s, e, _, _ in found})  # "tax cuts" hides "cuts"
        kept = [(s, e, k, w) for s, e, k, w in sorted(found) if (s, e) not in inside and k != "none"]
        found = [Trigger(k, w, s, e) for s, e, k, w in kept if not no_trigger(doc, s, e, w)]
        found = in_context(doc, found, self.context, Trigger)  # "claims" in a sentence about an insurer
        found = verb_readings(doc, found, self.readings[0], frozenset(m.start for m in money), Trigger)  # "costs £99"
        return noun_position(doc, found, frozenset(m.end for m in money))  # "a S$1.5 billion deep-tech fund"

    def near(self, triggers: list[Trigger], lo: int, hi: int) -> list[Trigger]:
        """The triggers within tokens [lo, hi), found by bisection in the Doc's sorted triggers."""
        if self._starts_of is not triggers:
            self._starts_of, self._starts = triggers, [t.start for t in triggers]
        i, j = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return [t for t in triggers[i:j] if t.end <= hi]

    in_name = staticmethod(in_name)

    def _words(self, doc: Doc, start: int, end: int) -> list:
        return [t for t in doc[start:end] if not t.is_space]

    def firm_before(self, doc: Doc, t: Trigger, a_start: int) -> bool:
        if a_start - t.end > REACH:
            return False  # too far to decide; and a long clause stays linear
        # a verb's first object may stand between: "has loaned Uganda 92.1 mln dlrs"
        gap = drop_times(self._words(doc, t.end, a_start), self.gap_times)
        return firm_gap(doc, gap, self.bridges, t.where in ("verbs", "firm_verbs"))

    def own_noun(self, doc: Doc, triggers: list[Trigger], a_far: int, c1_char: int, nouns_only=False, bare=True):
        """Does the amount name its own kind by the noun it modifies ("180 billion won in support for
        fishing communities") or (unless ``nouns_only``) a verb after it ("800 billion won to be spent
        on"; a bare participle only when ``bare``), so that a part of a total keeps its own kind?"""
        for t in self.near(triggers, a_far, past_rate(doc, a_far, self.rates) + HEAD_GAP + 4):
            if t.start < a_far or doc[t.start].idx >= c1_char:
                continue
            if t.where == "nouns" and self.head_after(doc, t, a_far) and not destination(doc, t, a_far, self.goes_to):
                return True
            if t.where == "nouns" and goes_as(doc, t, a_far, self.goes_to, self.auxiliaries, self.phrase_followers):
                return True
            if nouns_only or t.where != "verbs":
                continue
            next_ok = bare or t.end - t.start > 1 or not doc[t.start].lower_.endswith("ed")  # "will fund"
            if verb_after(doc, t, a_far, self.auxiliaries) or (next_ok and t.start == next_word(doc, a_far)):
                return True  # a part's own participle too: "with 500 billion yuan earmarked for AI centres"
        return False

    def head_after(self, doc: Doc, t: Trigger, a_end: int) -> bool:
        """Is the trigger the noun that the amount ending at a_end (and a rate: "a year") modifies or quantifies?"""
        a_end = past_rate(doc, a_end, self.rates, companion=True)  # "10.6 mln dlrs or 41 ct a share loss"
        return quantified_noun(doc, t.start, a_end, self.link_words, self.head_gap_stops, t.end)

    # ---- one amount ----
    def decide(
        self,
        doc: Doc,
        a: tuple[int, int, int],
        clause: tuple[int, int],
        sent: tuple[int, int],
        triggers: list[Trigger],
        prev: tuple[tuple[int, int], dict] | None,
        per: str,
        next_start: int,
    ) -> tuple[str, tuple[int, int] | None]:
        """(kind, trigger tokens) of the amount doc[a[0]:a[1]]; a[2] is where the amount and the
        conversions after it end ("10 trillion won ($8.9 billion) in grants")."""
        (a_start, a_end, a_far), (c0, c1) = a, clause
        label = colon_label(doc, a_start, self.near(triggers, max(sent[0], a_start - 12), a_start))
        near = lambda lo, hi: self.near(triggers, lo, hi)  # noqa: E731
        if label is not None and not own_noun_after(doc, near, a_far):  # not "fraud: record £2.3m fine"
            return label.kind, (label.start, label.end)  # "Nokia operating profit: €1.04bn, on sales of"
        again = restated_kind(doc, a, clause, sent, triggers, prev, per, self)  # "21.7 mln dlrs or 46 cts per share"
        if again is not None:
            return again
        spent = prev and prev[1].get("_trigger")  # the noun the amount before took, while its text is still that
        spent = (*spent, prev[0][1]) if spent and doc[slice(*spent)].text == prev[1]["trigger"] else None
        mine = self.heads_only(doc, self.near(triggers, max(c0, a_start - NEAR), min(c1, a_far + NEAR)), a_start, spent)
        mine = [t for t in mine if placed(doc, t, a_start, self.placing)]
        firm: list[tuple[float, Trigger]] = []  # (tier, trigger): 0 noun or unit, 0.5 purpose, 1 verb
        unit = unit_after(doc, a_far, c1, self.units, self.unit_lengths)
        words_before = self._words(doc, max(c0, a_start - 2), a_start)
        before = tuple(w.lower_ for w in words_before)  # "at $20 each", "at a cost of $20 each": a price
        after_opener = any(before[len(before) - len(o) :] == o for o in self.unit_openers)
        if unit is None and per:
            word = doc[a_end - 1]
            if per == "each" and word.lower_ in ("each", "apiece"):  # "$80m each for 398 jets": a unit's price
                unit = Trigger("price", each_strength(doc, a, mine, self.unit_closers), a_end - 1, a_end)
            elif per in self.per_kinds:  # its unit after the level it reached ("rose £23 to £912 a tonne"), or itself
                later = later_unit(doc, a_end, c1, self.units, self.unit_lengths)
                unit = later or own_unit(doc, a_end, self.per_kinds[per])
        if unit is not None and (unit.where == "units" or after_opener):
            firm.append((0, unit))
        words = self._words(doc, max(c0, a_start - SHARE_REACH), a_start)
        found = self.price_subjects.find(words)  # (tier, start, end); a commodity yields to a unit after it
        if found and found[0] and any(w.lower_ in self.per_kinds for w in doc[a_far : min(c1, a_far + NEAR)]):
            found = None
        subject = Trigger("price", "nouns", *found[1:]) if found is not None else None
        if subject is not None and not noun_before_subject(doc, mine, subject.start):
            firm.append((found[0], subject))  # "Bombardier shares lost 65 cents" (not "the dividend on the shares")
        det = determined_head(doc, a_start, a_far, mine, self.phrase_followers)
        for t in mine:
            if t.where == "head_nouns":
                if valued_head(doc, a_start, a_far, t.start, self.pp_openers, mine):
                    firm.append((2, t))  # "a $160bn telecoms giant": what it is worth, when nothing else decides
                continue
            if t.where == "weak_verbs" or self.in_name(doc, t) or (t.where == "units" and t.end <= a_start):
                continue  # "is worth" decides only when nothing else does; "POSCO Holdings" is a name
            if describes_name(doc, t):
                continue  # "bought by investment fund Kestrel Partners": the buyer's trade, a last resort
            if t.end <= a_start and self.firm_before(doc, t, a_start):
                if t.where == "nouns":
                    firm.append((0, t))
                elif t.where == "firm_verbs" or doc[t.start : t.end].text.lower() not in self.bridges:
                    firm.append((1, t))
            elif t is det:
                firm.append((-1, t))  # "pay a $125m fine": a determiner opens the noun phrase it heads
            elif t.start >= a_far and t.where == "verbs" and verb_after(doc, t, a_far, self.auxiliaries, (c1, mine)):
                # "X to be spent on ships"; not "X to buy vacant homes"; "donate X to build": a purpose ranks after
                firm.append((1.2 if doc[t.start - 1].lower_ == "to" else 1, t))
            elif (
                t.start >= a_far
                and t.where == "nouns"
                and goes_as(doc, t, a_far, self.goes_to, self.auxiliaries, self.phrase_followers)
            ):
                firm.append((0, t))  # "8.1 trillion won will go to cash handouts"
            elif t.start >= a_far and t.where == "nouns" and self.head_after(doc, t, past_unit(doc, unit, a_far)):
                purpose = next((w for w in self._words(doc, a_far, t.start)), None)
                if purpose is not None and purpose.lower_ == "for":
                    # "allocated 1 trillion won for small business relief": a purpose ranks after the amount's own
                    # nouns ("a gain of 341 mln dlrs for the sale") and before verbs; the noun must end its phrase
                    if ends_phrase(doc, t.end, self.phrase_followers) and t.kind not in self.outcomes:
                        firm.append((0.5, t))
                else:  # what the amount is made of outranks the other nouns: "$9.5bn of one-year bills at auction"
                    firm.append((-0.5 if made_of(doc, purpose, t, a_far, mine) else 0, t))
        firm.extend((0.9, t) for t in reached_verbs(doc, a_start, a_far, mine, self))  # "took X charge" over "took"
        if any(t.start >= a_far for _, t in firm if t.where == "nouns"):  # "offer (a) 760 bln rupees in incentives"
            before = [t for _, t in firm if t.where == "nouns" and t.end <= a_start]
            firm = [f for f in firm if not (f[1] in before and only_determiners(doc, f[1].end, a_start))]
        if any(tier in (0.9, 1) and t.end <= a_start for tier, t in firm):  # "invest $1bn in venture funds"
            heads = {
                t.start for _, t in firm if t.start >= a_far and trigger_words(doc, t.start, t.end) in self.verb_heads
            }
            firm = [(k, t) for k, t in firm if t.start not in heads and not (t.start >= a_far and t.end in heads)]
        if subject is None and unit is not None:  # "its total payout for the year to 75 yen a share", "last paid"
            before = self.near(triggers, sent[0], a_start)
            firm.extend((0, t) for t in payout_triggers(doc, mine, before, unit, a_start, self.payout_cues))
        if unit is not None:  # "earnings of 1.02 dlrs a share": a profit; "a bonus of 40 dlrs per tonne": a subsidy
            firm = unit_readings(doc, firm, unit, (a_start, past_unit(doc, unit, a_far)), self.unit_yields, per)
        if firm:
            tier, best = min(firm, key=lambda f: (f[0], self.order[f[1].kind], abs(f[1].start - a_start)))
            return best.kind, (best.start, best.end)
        named = [
            t
            for t in mine
            if not self.in_name(doc, t)
            and (t.end <= a_start or t.start < next_start)
            and t.where not in ("firm_verbs", "head_nouns")
        ]
        named = not_elsewhere(doc, named, a_far, next_start, self.firm_before)  # "on sales of 1.2 trln won"
        kinds_named = [t for t in named if not led_destination(doc, t, self.goes_to)]  # not "to steel projects"
        kinds_named = [t for t in kinds_named if not describes_name(doc, t)] or kinds_named  # "fund X": a last resort
        total = prev is not None and per_unit_total(prev[1], per)  # the words between read only then
        if prev is not None and not (total and restated_total(self._words(doc, prev[0][1], a_start))):
            (p_start, p_end), p_kind = prev
            own = any(t.start >= a_far for t in kinds_named) and decided_weakly(doc, p_kind, p_end, a_start, per)
            if p_start >= c0 and not own and not any(p_end <= t.start and t.end <= a_start for t in kinds_named):
                return p_kind["kind"], p_kind.get("_trigger")
        named = [t for t in kinds_named or named if not (t.where == "units" and t.end <= a_start)]
        if unit is not None:
            named.append(unit)
        if named:

            def distance(t: Trigger) -> tuple[int, int]:
                if t.where in ("weak_units", "weak_verbs"):  # "each", "is worth" decide only when nothing else does
                    return 10_000, self.order[t.kind]
                d = a_start - t.end if t.end <= a_start else max(t.start - a_far, 1) + 2
                return d, self.order[t.kind]

            best = min(named, key=distance)
            return best.kind, (best.start, best.end)
        lead = [t for t in self.near(triggers, max(sent[0], c0 - NEAR), c0) if not self.in_name(doc, t)]
        lead = [t for t in lead if t.where not in ("firm_verbs", "head_nouns")]  # a clause's lead before it
        if lead:
            best = max(lead, key=lambda t: t.end)
            return best.kind, (best.start, best.end)
        return "other", None

    def heads_only(self, doc: Doc, named: list[Trigger], a_start: int = 0, spent: tuple | None = None) -> list:
        """The triggers that are no modifier ("purchase subsidies": ``compound_heads_only``), nor inside
        another noun's phrase ("sales at its battery plants", "gains on investments of 5 mln dlrs":
        ``kinds_heads.heads_only``), unless that noun is ``spent`` ((start, end, end of its amount): the
        noun the amount before took, right after it) and the amount starting at ``a_start`` quantifies
        this one: "280 billion won in operating profit on sales of 3.5 trillion won"."""
        found = compound_heads_only(doc, named, self.compound_heads, self.frames)
        inside = lambda found, heads: heads_only(  # noqa: E731
            doc, found, heads, self.light_heads, self.pp_openers, self.actors.is_verb, HEAD_GAP + 6
        )
        kept = inside(found, named)
        head = next((t for t in named if spent is not None and (t.start, t.end) == spent[:2]), None)
        if (
            head is None
            or len(kept) == len(found)
            or spent[2] > head.start
            or not all(w.is_alpha or w.is_space for w in doc[spent[2] : head.start])  # not "X, gain on"
            or not self.head_after(doc, head, spent[2])
        ):
            return kept
        own = [t for t in found if t not in kept and t.end <= a_start and self.firm_before(doc, t, a_start)]
        return [t for t in found if t in kept or (t in own and not inside([t], [head]))]

    def __call__(self, doc: Doc) -> Doc:
        money = list(doc.spans.get(self.money_key, []))
        if not money:
            return doc
        text = doc_text(doc)
        triggers = self.triggers(doc, money)
        idx = token_offsets(doc)
        bounds = sentence_bounds(doc)
        starts = [s for s, _ in bounds]
        infos = [span_value(m, "money") for m in money]
        money_starts = [m.start for m in money]  # sorted, as the money spans are
        newlines = [m.start() for m in _NEWLINE.finditer(text)]  # where each line starts, by bisection
        first_on_line = first_on_lines(newlines, infos)  # line start -> where its first amount starts
        tables: dict[int, tuple[str, str] | None] = {}
        far_of, restates = conversions(doc, text, money, infos)
        prev: tuple[tuple[int, int], dict] | None = None
        values: list[dict] = []
        earlier: dict | None = None
        first_of: dict[tuple, dict] = {}  # (value, currency) -> the first amount's kind, actor and country
        prev_sent = -1
        speaker_cut: dict[int, int] = {}
        sentence_cuts: dict[int, list[int]] = {}
        for k, (m, info) in enumerate(zip(money, infos, strict=True)):
            n = max(0, bisect_right(starts, info["start"]) - 1)
            s0, s1 = bounds[n]
            if n != prev_sent:
                earlier = prev[1] if prev is not None else earlier  # the last amount of the sentence before
                prev, prev_sent = None, n

            if n not in speaker_cut:
                speaker_cut[n], sentence_cuts[n] = amount_cuts(text, s0, s1, sentence_last_end(infos, k, s1))
            far = far_of[k]
            far_char = doc[far - 1].idx + len(doc[far - 1].text) if far > m.end else info["end"]
            # not a cut inside the conversions after it
            c0, c1 = clause_span(sentence_cuts[n], speaker_cut[n], s0, info["start"], max(info["end"], far_char))
            tok = lambda char: bisect_left(idx, char)  # noqa: E731
            clause, sent = (tok(c0), tok(c1)), (tok(s0), tok(s1))
            # "... to 1.5 bln euros if orders keep growing": a condition after it names no kind of its own
            own = (clause[0], tok(condition_end(text, far_char, c1, doc[min(far + NEAR + 12, len(doc) - 1)].idx)))
            # "... 1.7 trillion yen in a supplementary budget. The sum, equivalent to about US$15.6 billion,
            # is the largest ...", "... seek to have the sum reduced to 20 billion rupiah": money named
            # before, again in this sentence
            parted = earlier is not None and (opens_with_parts(text, s0) or part_of_earlier(text, info["end"]))
            first = prev is None and earlier is not None  # the sentence's first amount, after money named before
            told = first and (refers_back(text, s0, info["start"], headed=True) or moved_to(text, s0, info["start"]))
            restated = first and restates_before(text, s0, s1, [(info["start"], info["end"])])
            again = (told and not self.own_noun(doc, triggers, far, c1)) or restated
            # "... a 1.46 trillion won order ... The 1.46 trillion won contract runs": its actor and country
            repeat = (
                None
                if again or not named_again(text, info["start"])
                else first_of.get((info["value"], info["currency"]))
            )
            j = bisect_left(money_starts, far, lo=k + 1)
            next_start = money_starts[j] if j < len(money) else len(doc)
            a = (m.start, m.end)
            nl = bisect_left(newlines, info["start"])
            line = newlines[nl - 1] + 1 if nl else 0
            if line not in tables:  # once per line: a line of thousands of amounts stays linear
                tables[line] = table_kind(text, line, first_on_line[line])
            table, part, prior = tables[line], None, prev[1] if prev else None
            if table is not None:
                kind, trig, trigger_text = table[0], None, table[1]
                actor = table_owner(text, line)  # "NOTE: Full name is Universal Medical Buildings L.P."
            elif again:
                kind, trig, trigger_text = earlier["kind"], earlier.get("_trigger"), earlier["trigger"]
            elif prev is not None and k in restates and not per_unit_total(prev[1], info["per"]):
                kind, trig, trigger_text = prev[1]["kind"], prev[1].get("_trigger"), prev[1]["trigger"]
            elif (
                prev is not None
                and not info["per"]  # "the sum could shrink if crude averages $65 a barrel": a price of its own
                and (part := same_money(text, prev[1], c0, info["start"])) is not None
                and not self.own_noun(doc, triggers, far, c1, bare=prev[1]["kind"] not in self.allotted)
            ):  # "donate 10 billion won ..., with 6 billion won earmarked for": the grant's, divided
                kind, trig, trigger_text = prev[1]["kind"], prev[1].get("_trigger"), prev[1]["trigger"]
            else:
                decided = self.decide(doc, (m.start, m.end, far), own, sent, triggers, prev, own_per(info), next_start)
                after = self.near(triggers, far, min(own[1], far + NEAR + 12))  # as far as purpose_of reads
                past = past_rate(doc, far, self.times)  # "earned 2.5 trillion won last year from its ..."
                decided = purpose_of(doc, decided, after, past, own[1])
                decided = sale_proceeds(doc, decided, self.near(triggers, sent[0], m.start))  # ", raising $5bn"
                kind, trig = wage_of(doc, decided, info["per"], (m.start, far), c0)  # "to each child"
                kind, trig = noun_readings(doc, kind, trig, far, triggers, self.readings)  # "9.6 bln dlrs of debt"
                kind = sentence_readings(doc, kind, trig, sent, (m.start, info["per"]))  # "deficit" in a pension fund
                kind, trigger_text, trig = size_readings(doc, kind, trig, m.start, m.end, float(info["value"]))
                kind, trig, trigger_text = unit_total(prior, (kind, trig, trigger_text), self.totals)
                if parted and prev is None and kind == "other":  # "Of that, 90 billion dirhams is for oil": the total's
                    kind, trig, trigger_text = earlier["kind"], earlier.get("_trigger"), earlier["trigger"]
                if (
                    repeat is not None
                    and repeat["kind"] != "other"
                    and (kind == "other" or not self.own_noun(doc, triggers, far, c1, nouns_only=True))
                ):  # "The $4.75 billion award": the grant's; "The 180 billion yen will be paid from cash": the stake's
                    kind, trigger_text = repeat["kind"], repeat["trigger"]
            kind = note_kind(kind, trigger_text, info["flags"])  # "Note: Results exclude credits of 2,227,000"
            if table is None and "table_block" in info["flags"]:  # "Continental Europe 77 mln vs 56 mln"
                actor = {"actor": "", "actor_start": "", "actor_end": "", "country": ""}
            elif table is None:
                actor = self.actors.find(doc, a, clause, sent, kind, prior, k in restates, trig, far)
                if again or told or repeat is not None or parted:  # "The investment could rise to": its actor
                    actor = actor_again(actor, repeat or earlier, repeat is not None or parted, text, info["start"], s0)
                elif part is not None:  # a part of a total, or money named again in its sentence
                    actor = part_payer(doc, text, actor, prev[1], part, (clause[0], m.start), self.actors)
                kind = firm_earns(kind, trigger_text, actor["actor"], info["per"])  # "expects the group to earn"
                kind = person_earns(
                    kind, trigger_text, text, actor["actor_end"]
                )  # "X, Glaxo's chief executive, earned"
            value = {
                "kind": kind,
                "trigger": " ".join(trigger_text.split()),
                **actor,
                "_trigger": trig,
                "_end": info["end"],
                "_part": bool(part) or parted,
                "_per": info["per"],
            }
            prev = (a, value)
            values.append(value)
            first_of.setdefault((info["value"], info["currency"]), value)
        values = unnamed_kinds(doc, bounds, infos, values, triggers, self.in_name)  # ". The sum will go as aid"
        values = respective_kinds(text, infos, respective_actors(text, infos, values))  # "X and Y respectively"
        values = carried_countries(infos, values, doc_value(doc, "date"), story_country(doc))  # "Pertamina later said"
        values = bases_take_the_kind(text, infos, values)  # "rose to $4.2 bln from $2.6 bln a year earlier"
        for m, value in zip(money, changes_take_the_next_kind(text, infos, values), strict=True):
            set_span_value(m, "kinds", {key: v for key, v in value.items() if not key.startswith("_")})
        return doc


@Language.factory("news_kinds", default_config={"money_key": "money"}, assigns=["span._.kinds"], requires=["doc.spans"])
def make_kind_finder(nlp: Language, name: str, money_key: str) -> KindFinder:
    from . import extensions  # noqa: F401

    return KindFinder(nlp, name, money_key)
