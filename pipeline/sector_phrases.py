"""How sector words combine into phrases: a modifier before its head noun ("display plants",
"offshore wind tower factories", "chip and display plants"), a generic head of another sector's
phrase ("solar farms", "hydrogen fuel-cell buses and trucks"), and a bare modifier as a list item
("on health, education and welfare"). Used by the ``news_sectors`` stage (sectors.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from . import lexicon
from .phrase_words import ARTICLES
from .sector_context import in_proper_name

_COORDINATION = frozenset({"and", "or", ",", "&", "-", "/"})
_COORDINATORS = _COORDINATION - {"-"}  # what joins two conjuncts, not the parts of one hyphenated word


MAX_FILLERS = 2  # lower-case content words at most between a sector modifier and its head noun


def before_head(doc: Doc, end: int, heads: frozenset[str], covered: set[int], reach: int = 6) -> bool:
    """Does a head noun follow the modifier that ends at token ``end``: right after it; after at
    most MAX_FILLERS lower-case content words before any coordination ("offshore wind tower
    factories"; spaCy's English stop words are none; not "buses and refueling stations"), or
    after a coordination whose next conjunct is a sector word ("electric and self-driving low-floor
    buses": both modify the head); or at the end of a coordination of modifiers and sector words
    ("chip and display plants": "display" before "plants", and "chip" through "and display")?

    >>> from spacy.lang.en import English
    >>> doc = English()("It built display and battery plants on display; wind tower factories; wind in the plants.")
    >>> before_head(doc, 3, frozenset({"plants"}), {4}), before_head(doc, 8, frozenset({"plants"}), set())
    (True, False)
    >>> before_head(doc, 11, frozenset({"factories"}), set()), before_head(doc, 15, frozenset({"plants"}), set())
    (True, False)
    >>> doc = English()("electric and self-driving low-floor buses; electric buses and refueling stations")
    >>> before_head(doc, 1, frozenset({"buses"}), {2, 3, 4}), before_head(doc, 11, frozenset({"stations"}), set())
    (True, False)
    """
    if (  # a compound adjective: "grid-scale battery storage" is batteries, not the grid
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ not in heads
        and end + 1 not in covered
    ):
        return False
    fillers, coordinated = 0, False  # nouns between the modifier and its head: "offshore wind tower factories"
    sector_conjunct = False  # a sector word after the coordinator: "electric and self-driving low-floor buses"
    for i in word_window(doc, end, reach):
        token = doc[i]
        if token.lower_ in heads:
            return True
        if i in covered or token.lower_ in _COORDINATION:
            coordinated = coordinated or token.lower_ in _COORDINATION
            if token.lower_ in _COORDINATORS:  # the modifier itself coordinated, nothing between
                sector_conjunct = i == end and i + 1 in covered
            continue
        if glued_to_next(doc, i):
            continue  # the first part of a hyphenated head: "electric two-wheelers"
        content = token.is_alpha and token.is_lower and token.lower_ not in STOP_WORDS
        before_sector = i + 1 in covered  # "offshore wind and green hydrogen complexes": "green" modifies a sector word
        if (
            fillers < MAX_FILLERS and content and (not coordinated or before_sector or sector_conjunct)
        ):  # not "buses and refueling stations"
            fillers += 1
            continue
        return False
    return False


def word_window(doc: Doc, start: int, reach: int) -> list[int]:
    """The token indexes from ``start`` over ``reach`` words, the pieces of a hyphenated word counted
    as one word with its last piece ("low-floor" one word, not three tokens).

    >>> from spacy.lang.en import English
    >>> doc = English()("self-driving low-floor buses and cars")
    >>> word_window(doc, 0, 3)
    [0, 1, 2, 3, 4, 5, 6]
    """
    out: list[int] = []
    i, words = start, 0
    while i < len(doc) and words < reach:
        out.append(i)
        if not glued_to_next(doc, i):
            words += 1
        i += 1
    return out


def glued_to_next(doc: Doc, i: int) -> bool:
    """Is token i a part of a hyphenated word that goes on after it ("two" or "-" in "two-wheelers")?

    >>> from spacy.lang.en import English
    >>> doc = English()("electric two-wheelers - and buses")
    >>> [glued_to_next(doc, i) for i in range(len(doc))]
    [False, True, True, False, False, False, False]
    """
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or doc[i].whitespace_:
        return False
    return nxt.text == "-" and not nxt.whitespace_ or doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_


@lru_cache(maxsize=1)
def _of_activities() -> dict[str, frozenset[str]]:
    return {head: frozenset(ids) for head, ids in lexicon.load("sector_heads.json")["of_activities"].items()}


def heads_another(
    doc: Doc, spans: list[Span], n: int, heads: frozenset[str], sizes: frozenset[str] = frozenset()
) -> bool:
    """Is the sector word spans[n] a generic head noun (``heads``) of another sector's phrase: right after it
    ("solar farms": the farms are solar, not agriculture), coordinated after a phrase that ends in
    another generic head ("electric car and bus": an electric bus), or before "of" and it ("farms of
    wind turbines"; not a head of sector_heads.json ``of_activities`` before a word of its sectors: "the
    construction of an airport" is construction and transport, "of LNG carriers" only shipbuilding)?
    Not right after a sector of ``sizes``, which says how big, not what ("small and medium-sized
    construction firms" are construction firms).

    >>> from spacy.lang.en import English
    >>> doc = English()("solar farms and farms")
    >>> spans = [doc[0:1], doc[1:2], doc[3:4]]
    >>> [heads_another(doc, spans, n, frozenset({"farms"})) for n in range(3)]
    [False, True, False]
    >>> spans = [Span(doc, 0, 1, span_id="s"), Span(doc, 1, 2, span_id="a")]
    >>> heads_another(doc, spans, 1, frozenset({"farms"}), frozenset({"s"}))
    False
    >>> doc = English()("electric car and bus lines, cars and buses")
    >>> spans = [doc[0:2], doc[3:4], doc[6:7], doc[8:9]]
    >>> [heads_another(doc, spans, n, frozenset({"car", "bus", "cars", "buses"})) for n in range(4)]
    [False, True, False, False]
    >>> doc = English()("fuel-cell buses and trucks, fuel-cell buses and truck depots")
    >>> spans = [doc[0:3], doc[3:4], doc[5:6], doc[7:10], doc[10:11], doc[12:13]]
    >>> [heads_another(doc, spans, n, frozenset({"buses", "trucks", "truck"})) for n in range(6)]
    [False, True, True, False, True, False]
    """
    span = spans[n]
    if span.text.lower().replace("-", " ") not in heads:  # "hydrogen charging-station plants"
        return False
    if n and spans[n - 1].end == span.start:
        return spans[n - 1].id_ not in sizes
    if (
        n
        and spans[n - 1].end + 1 == span.start
        and doc[span.start - 1].lower_ in ("and", "or")
        and (
            (spans[n - 1].end - spans[n - 1].start > 1 and doc[spans[n - 1].end - 1].lower_ in heads)
            or (  # "hydrogen fuel-cell buses and trucks": fuel-cell trucks (not "solar farms and farms",
                # nor a modifier of a head of its own: "wind farms and grid connections", "bus and truck depots")
                spans[n - 1].text.lower() != span.text.lower()
                and not (span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].is_lower)
                and heads_another(doc, spans, n - 1, heads)
            )
        )
    ):
        return True  # "electric car and bus assembly lines": the modifier goes on to the second head
    nxt = spans[n + 1] if n + 1 < len(spans) else None
    return (  # not a name's word: "construction of Saemangeum International Airport" is construction
        nxt is not None
        and nxt.id_ not in _of_activities().get(span.text.lower(), ())  # "the construction of an airport": both
        and span.end < len(doc)
        and doc[span.end].lower_ == "of"
        and nxt.start - span.end <= 3
        and not in_proper_name(doc, nxt.start, nxt.end)
    )


LIST_JOINTS = frozenset({",", "and", "or"})


def listed_conjunct(doc: Doc, start: int, end: int, span_ends: dict[int, int]) -> bool:
    """Is the sector modifier doc[start:end] a bare item of a list whose item next to it is a sector
    word (``span_ends``: where each sector word starts -> where it ends; "spend the cash saved on
    health, education and welfare", "for education and health")? A modifier with no head names its
    sector only there.

    >>> from spacy.lang.en import English
    >>> doc = English()("on health, education and welfare; health of banks; health and education rules")
    >>> at = lambda n, items: listed_conjunct(doc, n, n + 1, {i: i + 1 for i in items})
    >>> at(1, [3]), at(8, [3]), at(12, [14])
    (True, False, False)
    """
    k, joints = end, 0  # forward past the joints (", and") to a sector word
    while k < len(doc) and (doc[k].is_space or doc[k].lower_ in LIST_JOINTS):
        joints += not doc[k].is_space
        k += 1
    after = joints > 0 and k in span_ends
    k, joints = start, 0  # backward past the joints to a sector word's end
    while k > 0 and (doc[k - 1].is_space or doc[k - 1].lower_ in LIST_JOINTS):
        joints += not doc[k - 1].is_space
        k -= 1
    before = joints > 0 and any(span_ends.get(b) == k for b in range(max(0, k - MAX_WORDS), k))
    return (after or before) and not shares_head(doc, end, span_ends)


MAX_WORDS = 4  # tokens at most of a sector word ("personal protective equipment")


def shares_head(doc: Doc, k: int, span_ends: dict[int, int]) -> bool:
    """Does the list that goes on at token k end in a noun its items share ("jet and kerosene postings":
    the items are modifiers), rather than in punctuation, a function word or the end?"""
    after = k  # the token right after the list's last sector word
    while k < len(doc):
        if doc[k].lower_ in LIST_JOINTS or doc[k].is_space:
            k += 1
        elif k in span_ends:
            k = after = span_ends[k]
        else:
            break
    while after < len(doc) and doc[after].is_space:  # "jet and kerosene\npostings"
        after += 1
    return after < len(doc) and not (doc[after].is_punct or doc[after].is_stop)


SHARED_HEAD_GAP = 4  # words at most between a coordinator and the head the conjuncts share


def shared_head_form(doc: Doc, span: Span, starts: dict[int, Span], forms: dict[str, str]) -> str | None:
    """The sector of a sector word that is the first of coordinated words sharing a head, when the
    word and that head make a form of ``forms`` (lower-case form -> sector id) of another sector:
    "satellite and undersea-cable broadband" is satellite broadband (telecommunications), not a
    satellite (aerospace). ``starts``: the sector spans by their first token. None when no
    coordinator follows the word, when the head is more than
    SHARED_HEAD_GAP words on, when punctuation other than a glued hyphen comes between, or when the
    word and the head make no form.

    >>> from spacy.lang.en import English
    >>> doc = English()("satellite and undersea-cable broadband; satellite and broadband on")
    >>> spans = [Span(doc, 0, 1, span_id="a"), Span(doc, 5, 6, span_id="t"), Span(doc, 7, 8, span_id="a")]
    >>> spans.append(Span(doc, 9, 10, span_id="t"))
    >>> forms = {"satellite broadband": "t"}
    >>> starts = {sp.start: sp for sp in spans}
    >>> shared_head_form(doc, spans[0], starts, forms), shared_head_form(doc, spans[2], starts, forms)
    ('t', None)
    >>> doc = English()("coal and gas power plants")
    >>> spans = [Span(doc, 0, 1, span_id="m"), Span(doc, 2, 4, span_id="e")]
    >>> shared_head_form(doc, spans[0], {sp.start: sp for sp in spans}, {"coal power plant": "e"})
    'e'
    """
    if span.end >= len(doc) or doc[span.end].lower_ not in ("and", "or"):
        return None
    for i in range(span.end + 1, min(len(doc), span.end + 2 + SHARED_HEAD_GAP)):
        token = doc[i]
        if i in starts and starts[i].end > span.end + 2 and starts[i].end not in starts:  # "fibre broadband"
            head = starts[i]
            after = doc[head.end] if head.end < len(doc) else None
            shared = f"{span.text.lower()} {doc[head.end - 1].lower_}"
            if after is not None and after.is_alpha and after.is_lower and after.lower_ not in STOP_WORDS:
                # the head goes on ("satellite and broadband services"): only a form of three words
                # ("coal and gas power plants": a coal power plant is energy, not mining)
                sector = forms.get(f"{shared} {after.lower_}") or forms.get(f"{shared} {after.lower_[:-1]}")
                return sector if sector and sector != span.id_ else None
            sector = forms.get(shared)
            return sector if sector and sector != span.id_ else None
        if token.is_punct and not (token.text == "-" and not token.whitespace_):
            return None
    return None


def coordinated_forms(doc: Doc, spans: list[Span], forms: dict[str, str]) -> list[Span]:
    """Words that name no sector alone but make a form of ``forms`` (lower-case form -> sector id) with
    the head a coordination shares: "undersea power and telecom cables" (a power cable: energy),
    "self-driving and electric shuttles" (a self-driving shuttle: future cars). The word, in lower
    case (not a name's: "Life and Health"), stands right before "and" or "or", outside every sector
    span; the head is a word after the coordinator, at most SHARED_HEAD_GAP + 1 on, with no
    punctuation (but a glued hyphen) or function word between; a plural head is read in the singular.

    >>> from spacy.lang.en import English
    >>> doc = English()("undersea power and telecom cables; Power and water cables; self-driving and e-shuttles")
    >>> forms = {"power cable": "energy", "self-driving shuttle": "future_cars"}
    >>> [(sp.text, sp.id_) for sp in coordinated_forms(doc, [Span(doc, 3, 4)], forms)]
    [('power', 'energy'), ('self-driving', 'future_cars')]
    """
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    out = []
    for k in range(1, len(doc)):
        if doc[k].lower_ not in ("and", "or") or k - 1 in covered:
            continue
        start = k - 1  # back over glued hyphens: "self-driving"
        while (
            start >= 2
            and doc[start - 1].text == "-"
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
        ):
            start -= 2
        word = doc[start:k].text
        if not word.islower() or not word[:1].isalpha() or doc[k - 1].is_stop:  # not a name's word: "Life and Health"
            continue
        for j in range(k + 1, min(len(doc), k + 2 + SHARED_HEAD_GAP)):
            token = doc[j]
            if (token.is_punct and not (token.text == "-" and not token.whitespace_)) or token.is_stop:
                break
            if j in covered:  # a sector word of its own ("wave and fuel cell power projects"): no shared head
                continue
            head = token.lower_
            singulars = (head, head[:-1] if head.endswith("s") else "", head[:-2] if head.endswith("es") else "")
            sector = next((forms[f"{word} {h}"] for h in singulars if h and f"{word} {h}" in forms), None)
            if sector is not None:
                out.append(Span(doc, start, k, label="SECTOR", span_id=sector))
                break
    return out


OBJECT_OPENERS = ARTICLES | {"its", "their", "some", "about", "more"}  # words that open a participle's object


def participle_verb(doc: Doc, span: Span, participles: frozenset[str], heads: frozenset[str]) -> bool:
    """Is the sector word ``span`` one of sector_heads.json ``participles`` ("shipping") used as a verb:
    right after a lower-case plural noun and before a lower-case word that is no head, a number or a
    determiner ("farm machinery makers shipping tractors to Africa", "apartment complexes housing 2.2
    million households"; not "shipping firms", "container shipping")?

    >>> from spacy.lang.en import English
    >>> doc = English()("makers shipping tractors; shipping firms; container shipping rates")
    >>> p, h = frozenset({"shipping"}), frozenset({"firms"})
    >>> [participle_verb(doc, doc[i : i + 1], p, h) for i in (1, 4, 7)]
    [True, False, False]
    """
    if span.end - span.start != 1 or span.text.lower() not in participles or span.start == 0:
        return False
    before, after = doc[span.start - 1], doc[span.end] if span.end < len(doc) else None
    plural_noun = before.is_lower and before.is_alpha and before.lower_.endswith("s")
    plural_noun = plural_noun and before.lower_ not in STOP_WORDS
    if not plural_noun or after is None:
        return False
    if after.like_num or after.lower_ in OBJECT_OPENERS:
        return True  # "apartment complexes housing 2.2 million households"
    return after.is_lower and after.is_alpha and after.lower_ not in heads


def _past_coordinated(doc: Doc, k: int, crops: frozenset[str]) -> int:
    """The token after the crops coordinated from token ``k`` on ("nickel| and cobalt refiners": the
    head's index), or ``k`` when none are."""
    while k + 1 < len(doc) and doc[k].lower_ in ("and", "or", ",") and doc[k + 1].lower_ in crops:
        k += 2
    return k


def processed_crops(doc: Doc, spans: list[Span], processed: dict) -> list[Span]:
    """``spans`` with a crop before a processing head (sector_heads.json ``processed``: "a beet sugar
    factory", "a cocoa processing plant", "sugar refiner Kessler & Lyle") in the processing sector
    (food and beverage, not agriculture), and without the head's own sector ("refiner" is oil's
    word on its own): the money goes to the food industry, not to farms.

    >>> from spacy.lang.en import English
    >>> doc = English()("a sugar refiner and sugar growers")
    >>> spans = [Span(doc, 1, 2, span_id="agri"), Span(doc, 2, 3, span_id="oil"), Span(doc, 4, 5, span_id="agri")]
    >>> rule = {"from": "agri", "to": "food", "crops": {"sugar"}, "heads": {"refiner"}}
    >>> [(sp.text, sp.id_) for sp in processed_crops(doc, spans, rule)]
    [('sugar refiner', 'food'), ('sugar', 'agri')]

    An empty ``to`` (sector_heads.json ``metal_works``) leaves neither word a sector: "a nickel
    refinery" is basic-metals work, not mining nor oil.

    >>> doc = English()("a nickel and cobalt refiner")
    >>> metals = {"from": "mining", "to": "", "crops": {"nickel", "cobalt"}, "heads": {"refiner"}}
    >>> spans = [Span(doc, 1, 2, span_id="mining"), Span(doc, 3, 4, span_id="mining"), Span(doc, 4, 5, span_id="oil")]
    >>> processed_crops(doc, spans, metals)
    []
    """
    heads_at: set[int] = set()
    out = []
    for sp in spans:
        if sp.id_ == processed["from"] and sp.text.lower() in processed["crops"] and sp.end < len(doc):
            head = _past_coordinated(doc, sp.end, processed["crops"])  # "nickel and cobalt refiners"
            if head < len(doc) and doc[head].lower_ in processed["heads"]:
                heads_at.add(head)
                if not processed["to"]:  # "a nickel refinery": basic-metals work, no sector of its own
                    continue
                sp = Span(doc, sp.start, sp.end + 1, label=sp.label_, span_id=processed["to"])  # with its head
        out.append(sp)
    return [sp for sp in out if sp.start not in heads_at]
