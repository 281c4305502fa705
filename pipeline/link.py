"""Link each amount to the sectors and years it concerns: the ``news_linker`` stage.

Without a parser, a sentence is cut by its amounts and by strong clause boundaries
(``lexicons/clauses.json``): the words after an amount, up to the next amount or boundary, are
that amount's own clause. An amount with no sectors (or no years) there falls back to the lead
of its clause (the subject and fronted adverbials before it: "Since 2019, the government ..."),
then to what the previous amount of the clause took, and the record says so (``link`` =
sentence). Nothing is taken across a strong boundary or from another sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from . import later_mentions
from .change_years import base_flags, bracket_years, level_years
from .clause_ends import (
    ASIDE,
    closed_asides,
    completion_after,
    conditional_start,
    describes_business,
    gapped_subject,
    is_share,
    parallel_to,
    participle_start,
    reason_start,
    remainder_start,
    report_start,
    subject_appositive,
    time_after_aside,
)
from .clauses import (
    RELATIVE_OPENER,
    attribution_start,
    boundaries,
    comparison_pattern,
    describes,
    fronted_end,
    has_destination,
    in_apposition,
    is_change_base,
    names_place_only,
    recipient_pattern,
    soft_boundary,
    speaks,
    value_apposition,
    year_heads_gap,
)
from .colon_topics import fill_unnamed
from .contrast_years import contrast_years
from .extensions import doc_text, doc_value, set_span_value, span_value
from .headlines import headline_takes_lede, is_headline
from .later_mentions import moved_money_ends, moved_to, named_again, onto_earlier, refers_back
from .link_items import Item, Links, parallel_base_years, shared_years
from .list_gaps import (
    is_companion_gap,
    is_gapped_gap,
    is_instrument_gap,
    is_list_gap,
    is_recipient_gap,
    parallel_recipient,
)
from .money_again import opens_with_parts
from .next_mention import restates_before, told_links
from .respectively import respectively, respectively_sectors
from .sentences import sentence_bounds
from .table_years import fill_row_years
from .totals import parts_after_totals, totals_after_parts
from .years import YEAR_IN_GAP, is_change_before, parallel_change


def link_sentence(
    text: str,
    sent: tuple[int, int],
    amounts: list[tuple[int, int]],
    sectors: list[Item],
    years: list[Item],
    primary: list[int] | None = None,
    units: frozenset[int] = frozenset(),
) -> list[Links]:
    """Links for the amounts of one sentence (character offsets into ``text``).

    For each kind (sectors, years) an amount takes, in this order: what stands in its own clause
    (after it, up to the next amount or a strong boundary); else what stands in the lead of its
    clause (before it: the sentence's subject, or the words after a boundary that opens its
    clause); else what the previous amount of the same clause took ("1 trillion won to SMEs this
    year and 1.5 trillion won next year"). ``primary[i]`` is the amount that amount i converts
    (its links are copied), or i; ``units`` the amounts of one unit (a price, a dividend a share).
    """
    s0, s1 = sent
    cuts = boundaries(text, s0, s1)
    asides = [m.span("rel") for m in ASIDE.finditer(text, s0, s1)]
    business: dict[int, int] = {}  # where an aside of the subject's business opens -> where it ends
    closed = closed_asides(text, s0, s1)  # an amount in one lends no years after it (decimals allowed inside)
    told = subject_appositive(text, s0, s1) or (0, 0)  # its times are the subject's story, no amount's after it

    def described(it: Item) -> bool:  # a descriptor's sector, or one of the subject's business in an aside
        return it.descriptor or any(a <= it.start < b for a, b in business.items())

    def aside(at: int, amount: int, sector: bool = False) -> bool:  # inside ", which ... ," without the amount:
        return any(  # nothing of the subject's, but the sectors of its business
            a <= at < b and not a <= amount < b and not (sector and a in business) for a, b in asides
        )

    own_amounts = [i for i in range(len(amounts)) if primary is None or primary[i] == i]
    word_starts = frozenset(it.start for it in sectors)
    sector_starts = sorted(word_starts)
    out = [Links() for _ in amounts]
    own_sectors: dict[int, bool] = {}  # did the amount take its sectors from its own clause
    own_years: dict[int, bool] = {}  # did the amount take its years from its own clause
    if not own_amounts:
        return out
    first = amounts[own_amounts[0]][0]
    # ", which makes frozen ready meals,": the subject's business, its sectors the subject's, up to the last
    # comma before the first amount ("which makes steel tubing for the chemical, petrochemical, and oil industries,")
    for a, b in asides:
        if b <= first and describes_business(text, a):
            business[a] = max(b, text.rfind(",", b, first) + 1)
    sentence_lead = (max([s0] + [c for c in cuts if c < first]), first)
    # A year right before an amount, with no clause stop between, is that amount's: "compared with
    # 1986 earnings of 8.21 dlrs", "1985's profit of 177 mln". The amount before it does not take it.
    starts_at = {amounts[i][0]: i for i in own_amounts}
    amount_starts = sorted(starts_at)
    heads: dict[int, int] = {}  # id of a year item -> the amount it stands before
    for it in years:
        k = bisect_left(amount_starts, it.end)
        nxt = amount_starts[k] if k < len(amount_starts) else None
        if nxt is not None and nxt - it.end <= 40 and year_heads_gap(text[it.end : nxt]):
            heads[id(it)] = starts_at[nxt]
    # "up from 420 bln won"; "rose to 275 mln marks in 1986 from 222 mln"
    bases = base_flags(text, amounts, own_amounts)
    later_years: dict[int, list] = {}  # a compared base's fallback, after the list's own time
    # a gapped clause's bare subject between two amounts, when it names a sector: (where "and"
    # stands, where the subject opens) for the gap before amount n, read once per gap
    subjects: dict[int, tuple[int, int]] = {}
    owned_subject: set[int] = set()  # "and its remittance inflows $21.9 billion": no sector from the amount before
    for n in range(1, len(own_amounts)):
        lo, hi = amounts[own_amounts[n - 1]][1], amounts[own_amounts[n]][0]
        joins = gapped_subject(text, lo, hi)
        owned = joins is not None and text[joins[1] : joins[1] + 6].lower().startswith(("its ", "their "))
        if joins is not None and (owned or any(joins[1] <= it.start < hi for it in sectors)):
            subjects[n] = joins
        if owned:
            owned_subject.add(n)
    for n, i in enumerate(own_amounts):
        a_start, a_end = amounts[i]
        prev_end = amounts[own_amounts[n - 1]][1] if n else s0
        nxt = amounts[own_amounts[n + 1]][0] if n + 1 < len(own_amounts) else s1
        soft = soft_boundary().search(text, a_end, nxt)  # ", due to open in 2026" is not the amount's
        after_end = min([c for c in cuts if c >= a_end] + [nxt] + ([soft.start()] if soft else []))
        after_end = conditional_start(text, a_end, after_end)  # "if demand for electric cars picks up"
        if n + 1 in subjects:
            after_end = min(after_end, subjects[n + 1][0])  # "910 billion yen and industrial robots 380 billion yen"
        after = (a_end, remainder_start(text, a_end, after_end))  # "... and the rest to X" is no part's
        cuts_before = [c for c in cuts if prev_end <= c < a_start]
        # a relative clause opened after the amount before is about its antecedent, not the sentence's
        # subject: "to trim its debt, which has swelled to 200 trillion won", "for the software, which
        # will cost 40 dlrs per hour": its lead runs from the amount before
        relative = RELATIVE_OPENER.search(text, prev_end, a_start) if n else None
        # an aside that ended the amount before opens this one's clause: ", after South Korea's
        # farm-food exports hit a record US$9.99 billion"
        aside_open = soft_boundary(False).search(text, prev_end, a_start) if n and not relative else None
        if cuts_before or relative or aside_open:  # a new clause opens before this amount: its lead is its own
            # a relative clause's antecedent runs from the last comma before it: not the previous amount's
            # own words ("£320m in 2003, blaming ... Safeway, which Morrison bought for £3bn")
            opens = [text.rfind(",", prev_end, relative.start()) + 1 or prev_end] if relative else []
            opens = opens or ([aside_open.start()] if aside_open else [])
            lead = (max(cuts_before + opens), a_start)
            lead_how, prev = "clause", None
        else:
            crossed = any(first <= c < a_start for c in cuts)
            lead, lead_how = (None, "") if crossed else (sentence_lead, "sentence")
            # not the amount of an aside before: "Southwest, which earned $56m in the quarter, slipped 8 cents"
            lent = n and not any(a < prev_end - 1 < b <= a_start for a, b in closed)
            prev = out[own_amounts[n - 1]] if lent else None
            if n in subjects:  # "..., and textile factories for a further 1.2 bln"
                lead, lead_how = (subjects[n][1], a_start), "clause"

        def pick(
            items: list[Item],
            previous: list,
            heads: dict[int, int] | None = None,
            previous_first: bool = False,
            with_lead: bool = False,
            lead_ok: bool = True,
            own_end: int | None = None,
        ) -> tuple[list, str]:
            heads = heads or {}
            end = after[1] if own_end is None else own_end
            mine = [it for it in items if after[0] <= it.start < end and heads.get(id(it), i) == i]
            if any(not it.descriptor for it in mine):  # "to Spanish utility Iberdrola for wind farms": the farms
                mine = [it for it in mine if not it.descriptor]
            own = [it.value for it in mine]
            if own and with_lead:  # "the auto industry will receive 3 billion euros for electric cars"
                added = [  # not a descriptor's: "power equipment maker Doosan won a contract for wind turbines"
                    it.value
                    for it in items
                    if lead[0] <= it.start < lead[1] and it.value not in own and not described(it)
                ]
                if added:
                    return own + added, "sentence"
            if own:
                return own, "clause"
            head = [it.value for it in items if heads.get(id(it)) == i]
            if head:
                return head, "clause"
            if previous_first and previous:
                return list(previous), "sentence"
            if lead is not None and lead_ok:
                led_items = [
                    it
                    for it in items
                    if lead[0] <= it.start < lead[1]
                    and not aside(it.start, a_start, items is sectors)
                    and heads.get(id(it), i) == i
                ]
                if any(not described(it) for it in led_items):  # "Battery giant CATL will buy a stake in a nickel
                    led_items = [it for it in led_items if not described(it)]  # venture for $1.2bn": the venture's
                if led_items:
                    return [it.value for it in led_items], lead_how
            if previous:
                return list(previous), "sentence"
            return [], ""

        window = max(prev_end, a_start - 60)
        lead_too = lead is not None and (  # "the auto industry will receive", "its chip plan, worth"
            recipient_pattern().search(text, window, a_start) is not None
            or value_apposition().search(text, window, a_start) is not None
        )
        # a clause with a destination of its own ("... on marketing") borrows no sectors
        own_to = n > 0 and parallel_to(text, prev_end, *after)  # "... and $7.4 billion to services"
        # an amount set against the one before ("4 bln euros on electric cars, compared with 2.5 bln
        # euros a year earlier", "up from 1.1 trillion naira in the 2024 budget") is spent on the same
        # things, whatever the subject is and whatever its own words name that is no sector
        # (only where there is something to borrow: a regex search per amount otherwise)
        against = bool(prev and prev.sectors) and (
            bases[n] or comparison_pattern().search(text, prev_end, a_start) is not None
        )
        placed = has_destination(text, *after) and not against and not names_place_only(text, *after)
        borrow = prev.sectors if prev and not (placed or own_to or n in owned_subject) else []
        compared = bool(borrow) and against
        reason = reason_start(text, prev_end, a_end, after[1])  # "fined Apple 1.8 bln euros for stopping rivals"
        if is_share(text, max(prev_end, a_start - 60), a_start):  # "makers account for 4.1 billion rand of that"
            reason = a_end
        # "on its battery and petrochemical plants, trimming outlays on refining": once the amount's own
        # words name a sector, a participial clause after them is about other money
        particle = participle_start(text, a_end, reason, word_starts)
        if particle is not None and any(a_end <= it.start < particle for it in sectors):
            reason = particle
        sec, how_s = pick(sectors, borrow, previous_first=compared, with_lead=lead_too, own_end=reason)
        if n and out[own_amounts[n - 1]].sectors and refers_back(text, prev_end, a_start, more=not (sec or placed)):
            sec, how_s = list(out[own_amounts[n - 1]].sectors), "sentence"  # "and raise that to 8 trillion won"
        # a base's year is its own: "up from 420 billion won a year earlier, with the payout set at 3,500 won"
        prev_years = prev.years if prev else []
        if prev is not None and n >= 1 and bases[n - 1]:
            prev_years = out[own_amounts[n - 2]].years if n >= 2 else []
        # a base's year is not the lead's: "1986 net excludes 11 cts ... compared with 1.07 dlrs ... of 1985"
        dated = [it for it in years if not told[0] <= it.start < told[1] or told[0] <= a_start < told[1]]
        own_times = report_start(text, a_end, after[1])  # "up 42p at £13.10 after it said Christmas sales ..."
        yrs, how_y = pick(dated, [] if bases[n] else prev_years, heads, lead_ok=not bases[n], own_end=own_times)
        if bases[n] and not yrs:  # "... and parent net profit increased to 187 mln marks from 161 mln"
            yrs = parallel_base_years(bases, out, own_amounts, n)
        if soft is not None and how_y != "clause":  # "the stadium, which hosted the 1988 Olympics, by 2026"
            resumed = time_after_aside(text, a_end, closed, after[1]) or completion_after(text, soft.start())
            found = [it.value for it in years if resumed and resumed[0] <= it.start < resumed[1]]
            yrs, how_y = (found, "clause") if found else (yrs, how_y)
        if bases[n] and not yrs and prev_years and not is_change_base(text[prev_end:a_start]):
            later_years[i] = list(prev_years)  # "£269bn ... during 2004, compared with £268bn paid with cash"
        out[i].sectors = list(dict.fromkeys(sec))
        own_sectors[i] = how_s == "clause"
        out[i].years = yrs
        own_years[i] = how_y == "clause"
        out[i].link = "sentence" if "sentence" in (how_s, how_y) else ("clause" if how_s or how_y else "")
    # A time at the end of a list of amounts is shared by the list: "150 billion won to drones,
    # 200 billion won to smart farms and 300 billion won to fintech next year"; so is the time after
    # the parts of one figure: "23.2 mln dlrs or 75 cts a share on revenues of 79.3 mln dlrs a year ago".
    shared: set[int] = set()  # amounts that took a purpose after the list they head
    for n in range(len(own_amounts) - 2, -1, -1):
        i, j = own_amounts[n], own_amounts[n + 1]
        gap = text[amounts[i][1] : amounts[j][0]]
        # not across a comparison or a change: "1,055,000 dlrs ..., up from earnings of 763,000 dlrs a year before"
        compared = comparison_pattern().search(gap) is not None or is_change_before(gap.lower(), len(gap))
        gapped = is_gapped_gap(gap)  # "2.9 trillion won and Woori Card 147 billion won in net profit last year"
        listing = is_list_gap(text, amounts[i][1], amounts[j][0]) or n + 1 in subjects  # "$90m, cars $180m and ..."
        joint = (listing or is_companion_gap(gap) or gapped) and not compared
        # a year of its own, other than the one shared: "five cts for Dec 23 to 31, 1986, and 50 cts ... 1987"
        dated = any(int(y) not in shared_years(out[j]) for y in YEAR_IN_GAP.findall(gap))
        # the parts of one figure share its own time over the sentence's: "than the 1,414,000 dlrs or
        # 55 cts a share it earned for the same quarter last year", after "the quarter ended March 30"
        # (a joint in words, "or": ", £4.5bn higher than the same period in 2003" is another figure)
        worded = re.search(r"[A-Za-z]", gap) is not None
        companion = worded and is_companion_gap(gap) and own_years.get(j, False) and not own_years.get(i, False)
        if (
            (not out[i].years or companion)
            and out[j].years
            and (joint or parallel_change(gap, text[max(0, amounts[i][0] - 40) : amounts[i][0]]))
            and not dated
        ):
            out[i].years = list(out[j].years)
            out[i].link = "sentence"
        # so is a purpose after the list: "180 billion won to Hanwha and 95 billion won to LIG Nex1
        # for missile research"
        gapped = gapped and is_gapped_gap(gap, comma=False)  # a purpose is shared over "and", not a comma's name list
        listed = is_recipient_gap(gap) or is_instrument_gap(gap) or gapped or (gap.strip() == "," and j in shared)
        # not a second item's own phrase after the same preposition: "390 bln won for Ukraine and 180 bln won for farms"
        listed = listed and not parallel_recipient(text, gap, amounts[j][1], sector_starts)
        # over the lead's sectors too: "Japanese carmakers Toyota and Honda will invest 500 billion yen
        # and 320 billion yen in battery production"
        if not own_sectors.get(i) and own_sectors.get(j) and joint and listed:
            out[i].sectors = list(out[j].sectors)
            own_sectors[i] = True
            shared.add(i)
            out[i].link = "sentence"
    for i, yrs in later_years.items():
        if not out[i].years:
            out[i].years = yrs

    level_years(text, amounts, own_amounts, out, (bases, units), years)  # "from 16.5 mln dlrs a year before"
    bracket_years(text, amounts, own_amounts, out)  # "pre-tax profit £421m (2003: £373m)"
    contrast_years(text, amounts, own_amounts, out, bases, years)  # ", while imports reached $3.5 billion"
    # A total followed by its parts concerns what each part goes to (totals.py)
    parts_after_totals(text, (s0, s1), amounts, own_amounts, out, own_sectors, (sectors, years), cuts)
    # A time in a fronted adverbial frames every clause: "For the fiscal year ended March 2022, TCS
    # reported revenue of 1.92 trillion rupees, while net profit rose to 383 billion rupees".
    frame_end = fronted_end(text, s0, first)
    fronted = [it.value for it in years if frame_end > it.start >= s0]
    for n, i in enumerate(own_amounts):
        if fronted and not out[i].years and not bases[n]:
            out[i].years = list(fronted)
    totals_after_parts(text, amounts, own_amounts, out)  # "..., a combined 900 billion won"
    respectively(text, sent, [out[i] for i in own_amounts])
    respectively_sectors(text, sent, [out[i] for i in own_amounts], sectors)
    for i in range(len(amounts)):
        if primary is not None and primary[i] != i:
            out[i] = out[primary[i]]
    return out


class Linker:
    def __init__(
        self,
        nlp,
        name: str = "news_linker",
        money_key: str = "money",
        sectors_key: str = "sectors",
        years_key: str = "years",
    ):
        self.name, self.money_key, self.sectors_key, self.years_key = name, money_key, sectors_key, years_key

    def __call__(self, doc: Doc) -> Doc:
        money = [(m, span_value(m, "money")) for m in doc.spans.get(self.money_key, [])]
        if not money:
            return doc
        bounds = sentence_bounds(doc)
        starts = [s0 for s0, _ in bounds]
        by_sentence: dict[int, tuple[list, list, list]] = {}  # only the sentences that hold an amount
        for m, info in money:
            by_sentence.setdefault(bisect_right(starts, info["start"]) - 1, ([], [], []))[0].append((m, info))
        text = doc_text(doc)
        # who speaks, after the sentence's last amount: ", the steelmaker said" (not ", it added 2 trillion won")
        speaker = {
            n: attribution_start(text, max(info["end"] for _, info in found[0]), bounds[n][1])
            for n, found in by_sentence.items()
        }
        sector_spans = list(doc.spans.get(self.sectors_key, []))
        sector_starts = frozenset(s.start for s in sector_spans)
        # "... in new loans. The funds will go toward electric vehicles": the sentence after tells
        told = told_links(text, bounds, by_sentence, sector_spans, doc.spans.get(self.years_key, []))
        spans_in: dict[int, list] = {}  # sentence -> its sector spans, for the fallbacks (``fill_unnamed``)
        for s in sector_spans:
            n = bisect_right(starts, s.start_char) - 1
            spans_in.setdefault(n, []).append(s)
            # an organisation's name ("Korea Development Bank") and who speaks name no destination
            if (
                n in by_sentence
                and not span_value(s, "in_name")
                and s.start_char < speaker[n]
                # who speaks after the first amount names no destination: "a sum the EU lender said it
                # could raise" (before it, "The chipmaker said its budget ..." is the spender's industry)
                and not (s.start_char > by_sentence[n][0][0][1]["start"] and speaks(text, s.end_char))
            ):
                by_sentence[n][1].append(
                    Item(
                        s.start_char,
                        s.end_char,
                        s.id_,
                        describes(doc, s.start, s.end, sector_starts)
                        or bool(span_value(s, "office"))
                        or in_apposition(doc, s.start, s.end),  # "Kepco, South Korea's state-run utility,"
                    )
                )
        for y in doc.spans.get(self.years_key, []):
            found = by_sentence.get(bisect_right(starts, y.start_char) - 1)
            value = span_value(y, "year")
            if found is not None and value["role"] != "comparison":  # "up 10 pct from 2019" is no amount's year
                found[2].append(Item(y.start_char, y.end_char, value))
        for _, _, years in by_sentence.values():  # "next year ..., under a decree signed on June 16": a day
            if any("day" not in y.value["flags"] for y in years):  # dates the money only where no other time does
                years[:] = [y for y in years if "day" not in y.value["flags"]]
        earlier: list[str] = []  # the sectors of the last amount of the last sentence with money
        earlier_years: list = []  # and its years
        total = None  # that amount's (span, links): parts after "Of that," in the next sentence concern it
        named: dict[tuple, tuple] = {}  # (value, currency) -> the sectors and years it first took in the article
        trades: dict[tuple, tuple] = {}  # sentence -> its descriptors' trades, its amounts' starts if it holds a colon

        for n, (in_sent, sectors, years) in sorted(by_sentence.items()):
            primary: list[int] = []
            for i, (_, info) in enumerate(in_sent):
                primary.append(primary[i - 1] if i and "conversion" in info["flags"] else i)
            # an amount's own words begin after its conversions: "30bn baht (£398m; $768m) in earnings from tourism"
            group_end = {p: info["end"] for p, (_, info) in zip(primary, in_sent, strict=True)}
            amounts = [
                (info["start"], group_end[i] if primary[i] == i else info["end"]) for i, (_, info) in enumerate(in_sent)
            ]
            units = frozenset(i for i, (_, info) in enumerate(in_sent) if info.get("per"))
            links = link_sentence(text, bounds[n], amounts, sectors, years, primary, units)
            own = [i for i in range(len(in_sent)) if primary[i] == i]
            for before, i in zip(
                own, own[1:], strict=False
            ):  # "pledged 1 trillion won for X from 2025, ... doubled the sum to 3": the same sectors and years
                if not refers_back(text, amounts[before][1], amounts[i][0]) and not onto_earlier(text, *amounts[i][:2]):
                    continue  # nor "and would add another 60 billion won to that sum", "only $45m of the sum"
                if not links[i].sectors and links[before].sectors:
                    links[i].sectors, links[i].link = list(links[before].sectors), "sentence"
                if not links[i].years and links[before].years:
                    links[i].years, links[i].link = list(links[before].years), "sentence"
            parted = total is not None and opens_with_parts(text, bounds[n][0])  # "Of that, 90 billion ..."
            # whether the sentence so far refers back (plain, and headed), read once over the sentence
            since, seen, seen_headed = bounds[n][0], False, False
            moved: list[int] | None = None
            for (m, info), lk in zip(in_sent, links, strict=False):
                if earlier:
                    seen = seen or refers_back(text, since, info["end"])
                    seen_headed = seen_headed or refers_back(text, since, info["end"], headed=True)
                    since = info["end"]
                # "raise that figure to 2 trillion won": the earlier money's sectors, over its lead's too
                # "$500 million of that sum", "It could add 30 billion won to that sum"
                onto = bool(earlier or earlier_years) and onto_earlier(text, info["start"], info["end"])
                # "The price, about 460 billion won, will be paid": the money before, restated (read once)
                restated = bool(earlier or earlier_years) and restates_before(
                    text, *bounds[n], [(info["start"], info["end"])]
                )
                if moved is None and (earlier or earlier_years):  # where "that figure", "the sum" end, read once
                    moved = moved_money_ends(text, *bounds[n])
                # "raise that figure to ...", "the investment could rise to ...": that money, of its sectors and time
                moved_here = moved is not None and moved_to(text, bounds[n][0], info["start"], moved)
                # money moved to a new level is the money before: "The amount will rise to X next year as
                # the program expands to provincial roads" (what the clause after it says is no destination)
                part = earlier and (moved_here or (not lk.sectors and (onto or restated)))
                if part or (
                    earlier and (seen_headed if lk.sectors else seen) and (not lk.sectors or lk.link == "sentence")
                ):
                    lk.sectors, lk.link = list(earlier), "previous_sentence"
                first = earlier_years and not lk.years and lk is links[0]  # "The figure fell short of X"
                subject = first and later_mentions.names_earlier(text, bounds[n][0], info["start"])
                if earlier_years and not lk.years and (parted or moved_here or restated or onto or subject):
                    lk.years = list(earlier_years)  # "could add X to that sum"
                again = named.get((info["value"], info["currency"]))
                if again and named_again(text, info["start"]):  # "The 1.46 trillion won contract runs"
                    if not lk.sectors and again[0]:
                        lk.sectors, lk.link = list(again[0]), "previous_sentence"
                    lk.years, lk.link = lk.years or list(again[1]), lk.link or "previous_sentence"
                if n in told:  # what the sentence after tells, of what names none of its own
                    if not lk.sectors and told[n][0]:
                        lk.sectors, lk.link = list(told[n][0]), "next_sentence"
                    lk.years = lk.years or list(told[n][1])
                # the spender's trade ("as the refiner cut costs"), a colon's topic ("Net profit in 2004: $18.5bn")
                fill_unnamed(doc, bounds[n], (info, in_sent), (text, spans_in.get(n, []), sectors, years), lk, trades)
                if lk.sectors or lk.years:
                    named.setdefault((info["value"], info["currency"]), (lk.sectors, lk.years))
                set_span_value(m, "links", {"sectors": lk.sectors, "years": lk.years, "link": lk.link, "flags": []})
            for m, lk in total if parted else ():  # "... spending of 150 bln dirhams. Of that, 90 bln is for oil"
                lk.sectors = list(dict.fromkeys([*lk.sectors, *(s for part in links for s in part.sectors)]))
                set_span_value(m[0], "links", {**span_value(m[0], "links"), "sectors": lk.sectors})
            earlier = links[-1].sectors if links else earlier
            earlier_years = links[-1].years if links else earlier_years
            total = list(zip(in_sent[primary[-1] :], links[primary[-1] :], strict=True)) if links else total
        if 0 in by_sentence and 1 in by_sentence and is_headline(text, bounds[0]):
            headline_takes_lede(by_sentence[0][0], by_sentence[1][0])
        fill_row_years(text, doc_value(doc, "date"), money, doc_value(doc, "title") or "")  # "Shr 78 cts vs 18 cts"
        return doc


@Language.factory(
    "news_linker",
    default_config={"money_key": "money", "sectors_key": "sectors", "years_key": "years"},
    assigns=["span._.links"],
    requires=["token.is_sent_start", "doc.spans"],
)
def make_linker(nlp: Language, name: str, money_key: str, sectors_key: str, years_key: str) -> Linker:
    from . import extensions  # noqa: F401

    return Linker(nlp, name, money_key, sectors_key, years_key)
