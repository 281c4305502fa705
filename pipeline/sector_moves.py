"""What money moves away from, read from the verb before a sector word: the old thing a verb of
replacing, converting or recovering moves away from ("replace its diesel buses with hydrogen
buses", "turning schools into tourism centres", "recover lithium from used batteries"), and the old
thing a verb puts out of use after the new one is named ("120 electric buses, replacing ageing
diesel buses"). ``sectors.SectorMatcher`` drops such spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .sector_context import clause_words, in_proper_name

MOVE_REACH = 6  # tokens at most from a verb of moving (replace, recover) to the sector word, and on to its preposition


def moved_from(
    doc: Doc,
    span: Span,
    verbs: frozenset[str],
    preps: frozenset[str],
    sources: frozenset[str] = frozenset(),
    covered: dict[int, frozenset[str]] | None = None,
) -> bool:
    """Is the sector word ``span`` what a verb of ``verbs`` moves away from: after the verb and before
    one of ``preps``, in one clause ("to replace its diesel buses with hydrogen buses": not oil and gas),
    and when ``sources`` is given, with one of its words in the phrase after the preposition ("recover
    lithium and cobalt from used batteries": not mining; "extract lithium from brine" is mining)?

    >>> from spacy.lang.en import English
    >>> doc = English()("to replace its diesel buses with hydrogen buses; replacing water pipes")
    >>> replace, w = frozenset({"replace", "replacing"}), frozenset({"with"})
    >>> [moved_from(doc, doc[i : i + 1], replace, w) for i in (3, 7, 11)]
    [True, False, False]
    >>> doc = English()("recover lithium and cobalt from used batteries, extract lithium from brine")
    >>> rec, src = frozenset({"recover", "extract"}), frozenset({"used", "spent"})
    >>> [moved_from(doc, doc[i : i + 1], rec, frozenset({"from"}), src) for i in (1, 10)]
    [True, False]

    When ``covered`` is given (each token of the sentence's sector words -> the sectors it and the
    sectors it is a kind of name), a sector word must follow the preposition too, of another sector:
    "turning schools into tourism centres" moves away from schools, "converting classrooms into public
    childcare centres" spends on them, and so does "turn hog farms into smart pig barns" (smart farms
    are farming).

    >>> doc = English()("turning schools into tourism centres, turning schools into public ones")
    >>> turn, into = frozenset({"turning"}), frozenset({"into"})
    >>> at = {1: frozenset({"education"}), 3: frozenset({"tourism"}), 7: frozenset({"education"})}
    >>> [moved_from(doc, doc[i : i + 1], turn, into, covered=at) for i in (1, 7)]
    [True, False]
    >>> doc = English()("turn hog farms into smart pig barns")
    >>> farm, smart = frozenset({"agriculture"}), frozenset({"smart_farms", "agriculture"})
    >>> moved_from(doc, doc[1:3], frozenset({"turn"}), into, covered={1: farm, 2: farm, 4: smart})
    False
    """
    verb = next(
        (
            k
            for k in range(span.start - 1, max(-1, span.start - MOVE_REACH - 1), -1)
            if doc[k].lower_ in verbs or _stops(doc[k])
        ),
        None,
    )
    if verb is None or doc[verb].lower_ not in verbs:
        return False
    for k in range(span.end, min(len(doc), span.end + MOVE_REACH)):
        if _stops(doc[k]):
            return False
        if doc[k].lower_ in preps:
            if covered is not None:
                own = covered.get(span.start, frozenset())
                return any(m in covered and not covered[m] & own for m in _phrase_after(doc, k + 1))
            return not sources or any(t.lower_ in sources for t in doc[k + 1 : k + 4])
    return False


def _phrase_after(doc: Doc, start: int) -> range:
    """The tokens from ``start`` to the next punctuation but a hyphen (", the education ministry said" is
    no part of it), ``MOVE_REACH`` at most."""
    end = next(
        (k for k in range(start, min(len(doc), start + MOVE_REACH)) if doc[k].is_punct and doc[k].text != "-"), None
    )
    return range(start, end if end is not None else min(len(doc), start + MOVE_REACH))


def _stops(token) -> bool:
    """Does ``token`` end a clause for ``moved_from`` (a comma of a list does not)?"""
    return token.is_punct and token.text not in (",", "-")


def replaced_old(doc: Doc, span: Span, verbs: frozenset[str], spans: list[Span]) -> bool:
    """Is the sector word ``span`` what a verb of ``verbs`` puts out of use ("replacing", "ending"),
    after the verb in one clause, with a sector word of another sector before the verb in the same
    sentence, after the sentence's first verb (not the subject's word): the new thing the money
    buys ("120 electric buses ..., replacing ageing diesel buses": electric vehicles, not oil and
    gas)? Alone it is where the money goes ("spend $2bn replacing ageing water pipes").

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> nlp.add_pipe("sentencizer")
    <spacy.pipeline.sentencizer.Sentencizer object at ...>
    >>> doc = nlp("It buys electric buses, replacing ageing diesel buses. Spend it replacing diesel buses.")
    >>> spans = [Span(doc, 2, 3, span_id="ev"), Span(doc, 7, 8, span_id="oil"), Span(doc, 13, 14, span_id="oil")]
    >>> [replaced_old(doc, sp, frozenset({"replacing"}), spans) for sp in spans]
    [False, True, False]
    >>> doc = nlp("It buys electric vans to replace diesel trucks with electric vans at diesel depots")
    >>> spans = [Span(doc, 2, 3, span_id="ev"), Span(doc, 6, 7, span_id="oil"), Span(doc, 9, 10, span_id="ev")]
    >>> spans.append(Span(doc, 12, 13, span_id="oil"))
    >>> [replaced_old(doc, sp, frozenset({"replace"}), spans) for sp in spans]
    [False, True, False, False]
    """
    verb = next(
        (
            k
            for k in range(span.start - 1, max(-1, span.start - MOVE_REACH - 1), -1)
            if doc[k].lower_ in verbs or _stops(doc[k]) or doc[k].text == "," or doc[k].lower_ in _OBJECT_ENDS
        ),
        None,
    )
    if verb is None or doc[verb].lower_ not in verbs:
        return False
    first_verb = next((k for k in range(doc[verb].sent.start, verb) if doc[k].lower_ in clause_words()), None)
    return first_verb is not None and any(  # not the subject's ("The utility will spend $2bn replacing ...")
        first_verb < sp.start and sp.end <= verb and sp.id_ != span.id_ and not in_proper_name(doc, sp.start, sp.end)
        for sp in spans
    )


# a preposition ends the object of a verb of ``replaced_old``: "replace diesel trucks with electric
# vans", "replace ageing turbines at nuclear plants" (the plants are where the money goes)
_OBJECT_ENDS = frozenset({"with", "by", "at", "in", "on", "for", "to", "from", "into"})
