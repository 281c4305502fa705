"""Draw the material for hand-annotated gold, with fixed seeds, without running the pipeline.

Writes outside the project (the corpora must not be committed): one JSON a line per item, each
with the corpus, the article id and the character offsets of the text to annotate in the raw
article text, so that gold files can point into the corpus instead of copying it.

    python scripts/sample_gold.py --shared ../shared --out /tmp/annot
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

# A money cue near a digit: enough to pick sentences worth annotating, not an extractor.
MONEY_CUE = re.compile(
    r"[$£€¥]|Â£|\b(?:dlrs?|dollars?|stg|sterling|pounds?|euros?|yen|marks|francs|won|yuan|rupees?|"
    r"crowns|lire|cts|cents|pence|\d+p|\d+(?:bn|m))\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n\s*\n")


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of rough sentences: good enough to sample from."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e - s > 20]


def money_sentences(articles: list[dict], corpus: str) -> list[dict]:
    items = []
    for art in articles:
        text = art["text"]
        for s, e in sentences(text):
            chunk = text[s:e]
            if MONEY_CUE.search(chunk) and re.search(r"\d", chunk) and e - s < 600:
                items.append(
                    {
                        "corpus": corpus,
                        "doc_id": art["id"],
                        "date": art.get("date"),
                        "start": s,
                        "end": e,
                        "text": chunk,
                    }
                )
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/annot"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    bbc = read(args.shared / "corpora" / "bbc-news.jsonl.gz")
    reuters = read(args.shared / "corpora" / "reuters21578.jsonl.gz")

    rng = random.Random(16)
    business = [a for a in bbc if a["category"] == "business"]
    others = [a for a in bbc if a["category"] != "business"]
    picked = rng.sample(business, 30) + rng.sample(others, 10)
    with open(args.out / "bbc_articles.jsonl", "w", encoding="utf-8") as fh:
        for art in picked:
            fh.write(
                json.dumps(
                    {
                        "corpus": "bbc-news.jsonl.gz",
                        "doc_id": art["id"],
                        "category": art["category"],
                        "text": art["text"],
                    }
                )
                + "\n"
            )
    taken = {a["id"] for a in picked}

    bbc_rest = [a for a in bbc if a["id"] not in taken]
    pools = {
        "links": (random.Random(161), 45, 45),
        "kinds": (random.Random(17), 70, 70),
    }
    used: set[tuple[str, int]] = set()
    bbc_sents = money_sentences(bbc_rest, "bbc-news.jsonl.gz")
    reu_sents = money_sentences(reuters, "reuters21578.jsonl.gz")
    for name, (r, n_bbc, n_reu) in pools.items():
        chosen = []
        for pool, n in ((bbc_sents, n_bbc), (reu_sents, n_reu)):
            cands = [it for it in pool if (it["doc_id"], it["start"]) not in used]
            for it in r.sample(cands, n):
                used.add((it["doc_id"], it["start"]))
                chosen.append(it)
        with open(args.out / f"{name}_sentences.jsonl", "w", encoding="utf-8") as fh:
            for i, it in enumerate(chosen):
                fh.write(json.dumps({"item": f"{name}-{i:03d}", **it}) + "\n")

    # Rounds 3 to 15 (later held-out checks): BBC business (from round 12: business, politics, tech) and
    # Reuters sentences, each from an article that no earlier pool or round touched.
    touched = taken | {doc for doc, _ in used}
    sentences_used = set(used)  # (doc_id, start) of every sentence any pool or round drew
    bbc_business = [it for it in bbc_sents if it["doc_id"] in {a["id"] for a in business}]
    # Round 12 found fewer than 30 untouched business articles left: from then on the BBC pool is
    # business, politics and tech (news that carries money), business first as before.
    news = {a["id"] for a in bbc if a["category"] in ("business", "politics", "tech")}
    bbc_news = [it for it in bbc_sents if it["doc_id"] in news]
    entertainment = {a["id"] for a in bbc if a["category"] == "entertainment"}
    bbc_entertainment = [it for it in bbc_sents if it["doc_id"] in entertainment]
    sport = {a["id"] for a in bbc if a["category"] == "sport"}
    bbc_sport = [it for it in bbc_sents if it["doc_id"] in sport]
    for name, seed, n_bbc, n_reu in (
        ("round3", 2026, 40, 30),
        ("round4", 2027, 30, 20),
        ("round5", 2028, 30, 20),
        ("round6", 2029, 30, 20),
        ("round7", 2030, 30, 20),
        ("round8", 2031, 30, 20),
        ("round9", 2032, 30, 20),
        ("round10", 2033, 30, 20),
        ("round11", 2034, 30, 20),
        ("round12", 2035, 30, 20),
        ("round13", 2036, 30, 20),
        ("round14", 2037, 30, 20),
        ("round15", 2038, 30, 20),
        ("round16", 2039, 30, 20),
        ("round17", 2040, 30, 20),
        ("round18", 2041, 30, 20),
        ("round19", 2042, 30, 20),
        ("round20", 2043, 30, 20),
        ("round21", 2044, 30, 20),
        ("round22", 2045, 30, 20),
        ("round23", 2046, 30, 20),
        ("round24", 2047, 30, 20),
        ("round25", 2048, 30, 20),
        ("round26", 2049, 30, 20),
        ("round27", 2050, 30, 20),
        ("round28", 2051, 30, 20),
        ("round29", 2052, 30, 20),
        ("round30", 2053, 30, 20),
        ("round31", 2054, 30, 20),
        ("round32", 2055, 30, 20),
        ("round33", 2056, 30, 20),
        ("round34", 2057, 30, 20),
        ("round35", 2058, 30, 20),
        ("round36", 2059, 30, 20),
        ("round37", 2060, 30, 20),
        ("round38", 2061, 30, 20),
        ("round39", 2062, 30, 20),
        ("round40", 2063, 30, 20),
        ("round41", 2064, 30, 20),
        ("round42", 2065, 30, 20),
        ("round43", 2066, 30, 20),
        ("round44", 2067, 30, 20),
        ("round45", 2068, 30, 20),
        ("round46", 2069, 30, 20),
        ("round47", 2070, 30, 20),
        ("round48", 2071, 30, 20),
        ("round49", 2072, 30, 20),
        ("round50", 2073, 30, 20),
        ("round51", 2074, 30, 20),
        ("round52", 2075, 30, 20),
        ("round53", 2076, 30, 20),
        ("round54", 2077, 30, 20),
        ("round55", 2078, 30, 20),
        ("round56", 2079, 30, 20),
        ("round57", 2080, 30, 20),
        ("round58", 2081, 30, 20),
        ("round59", 2082, 30, 20),
        ("round60", 2083, 30, 20),
        ("round61", 2084, 30, 20),
        ("round62", 2085, 0, 30),
        ("round63", 2086, 0, 30),
        ("round64", 2087, 0, 30),
        ("round65", 2088, 0, 30),
        ("round66", 2089, 0, 30),
        ("round67", 2090, 0, 30),
        ("round68", 2091, 0, 30),
        ("round69", 2092, 0, 30),
        ("round70", 2093, 0, 30),
        ("round71", 2094, 0, 30),
        ("round72", 2095, 0, 30),
        ("round73", 2096, 0, 30),
        ("round74", 2097, 0, 30),
        ("round75", 2098, 0, 30),
        ("round76", 2099, 0, 30),
        ("round77", 2100, 0, 30),
        ("round78", 2101, 0, 30),
        ("round79", 2102, 0, 30),
        ("round80", 2103, 0, 30),
        ("round81", 2104, 0, 30),
        ("round82", 2105, 0, 30),
        ("round83", 2106, 0, 30),
        ("round84", 2107, 0, 30),
        ("round85", 2108, 0, 30),
        ("round86", 2109, 0, 30),
        ("round87", 2110, 0, 30),
        ("round88", 2111, 0, 30),
        ("round89", 2112, 0, 30),
        ("round90", 2113, 0, 30),
        ("round91", 2114, 0, 30),
        ("round92", 2115, 0, 30),
        ("round93", 2116, 0, 30),
        ("round94", 2117, 0, 30),
        ("round95", 2118, 0, 30),
        ("round96", 2119, 0, 30),
        ("round97", 2120, 0, 30),
        ("round98", 2121, 0, 30),
        ("round99", 2122, 0, 30),
        ("round100", 2123, 0, 30),
        ("round101", 2124, 0, 30),
        ("round102", 2125, 0, 30),
        ("round103", 2126, 0, 30),
        ("round104", 2127, 0, 30),
        ("round105", 2128, 0, 30),
        ("round106", 2129, 0, 30),
        ("round107", 2130, 0, 30),
        ("round108", 2131, 0, 30),
        ("round109", 2132, 0, 30),
        ("round110", 2133, 0, 30),
        ("round111", 2134, 0, 30),
        ("round112", 2135, 0, 30),
        ("round113", 2136, 0, 30),
        ("round114", 2137, 0, 30),
        ("round115", 2138, 0, 30),
        ("round116", 2139, 0, 30),
        ("round117", 2140, 0, 30),
        ("round118", 2141, 0, 30),
        ("round119", 2142, 0, 30),
        ("round120", 2143, 0, 30),
        ("round121", 2144, 0, 30),
        ("round122", 2145, 0, 30),
        ("round123", 2146, 0, 30),
        ("round124", 2147, 0, 30),
        ("round125", 2148, 0, 30),
        ("round126", 2149, 0, 30),
        ("round127", 2150, 0, 30),
        ("round128", 2151, 0, 30),
        ("round129", 2152, 0, 30),
        ("round130", 2153, 0, 30),
        ("round131", 2154, 0, 30),
        ("round132", 2155, 0, 30),
        ("round133", 2156, 0, 30),
        ("round134", 2157, 0, 30),
        ("round135", 2158, 0, 30),
        ("round136", 2159, 0, 30),
        ("round137", 2160, 0, 30),
        ("round138", 2161, 0, 30),
        ("round139", 2162, 0, 30),
        ("round140", 2163, 0, 30),
        ("round141", 2164, 0, 30),
        ("round142", 2165, 0, 30),
        ("round143", 2166, 0, 30),
        ("round144", 2167, 0, 30),
        ("round145", 2168, 0, 30),
        ("round146", 2169, 0, 30),
        ("round147", 2170, 0, 30),
        ("round148", 2171, 0, 30),
        ("round149", 2172, 0, 30),
        ("round150", 2173, 0, 30),
        ("round151", 2174, 0, 30),
        ("round152", 2175, 0, 30),
        ("round153", 2176, 0, 30),
        ("round154", 2177, 0, 30),
        ("round155", 2178, 0, 30),
        ("round156", 2179, 0, 30),
        ("round157", 2180, 0, 30),
        ("round158", 2181, 0, 30),
        ("round159", 2182, 0, 30),
        ("round160", 2183, 0, 30),
        ("round161", 2184, 0, 30),
        ("round162", 2185, 0, 30),
        ("round163", 2186, 0, 30),
        ("round164", 2187, 0, 30),
        ("round165", 2188, 0, 30),
        ("round166", 2189, 0, 30),
        ("round167", 2190, 0, 30),
        ("round168", 2191, 0, 30),
        ("round169", 2192, 0, 30),
        ("round170", 2193, 0, 30),
        ("round171", 2194, 0, 30),
        ("round172", 2195, 0, 30),
        ("round173", 2196, 0, 30),
        ("round174", 2197, 0, 30),
        ("round175", 2198, 0, 30),
        ("round176", 2199, 0, 30),
        ("round177", 2200, 0, 30),
        ("round178", 2201, 0, 30),
        ("round179", 2202, 0, 30),
        ("round180", 2203, 0, 30),
        ("round181", 2204, 0, 30),
        ("round182", 2205, 0, 30),
        ("round183", 2206, 0, 30),
        ("round184", 2207, 0, 30),
        ("round185", 2208, 0, 30),
        ("round186", 2209, 0, 30),
        ("round187", 2210, 0, 30),
        ("round188", 2211, 0, 30),
        ("round189", 2212, 0, 30),
        ("round190", 2213, 0, 30),
        ("round191", 2214, 0, 30),
        ("round192", 2215, 0, 30),
        ("round193", 2216, 0, 30),
        ("round194", 2217, 0, 30),
        ("round195", 2218, 0, 30),
        ("round196", 2219, 0, 30),
        ("round197", 2220, 0, 30),
        ("round198", 2221, 0, 30),
        ("round199", 2222, 0, 30),
    ):
        n = int(name.removeprefix("round"))
        if n >= 62:
            # Round 62 found no BBC sentence with money that no set drew: from then on a round is
            # 30 Reuters sentences, and modern business news is written here (the annotators'
            # "business-style" sentences, source "written_business" in the gold).
            bbc_draws = []
        elif n >= 61:
            # Round 61 found the entertainment sentences gone and 18 sport articles left with
            # sentences no set drew: from then on the BBC half is 30 sentences no earlier set drew,
            # from any category, several per article allowed.
            bbc_draws = [(bbc_sents, 30, "sentence")]
        elif n >= 46:
            # After round 45 the BBC news articles had 9 sentences with money that no set drew, all
            # in two tech and one politics article: from round 46 the BBC half is 15 entertainment
            # sentences (takings, pay, deals) and 15 sport ones (transfer fees, wages, prize money,
            # club finances), one per article, from sentences no earlier set drew.
            bbc_draws = [(bbc_entertainment, 15, "article"), (bbc_sport, None, "article")]
        elif n >= 44:
            # Round 44 found 12 news articles left with sentences no set drew: from then on the BBC
            # draw is up to 20 such news sentences, several per article allowed, and the rest of the
            # 30 from entertainment articles (film takings, pay and deals), one per article.
            bbc_draws = [(bbc_news, 20, "sentence"), (bbc_entertainment, None, "article")]
        else:
            mode = "fresh" if n < 20 else "article"
            bbc_draws = [(bbc_pool(n, bbc_business, bbc_news, bbc_sents), n_bbc, mode)]
        draw_round(
            args.out / f"{name}_sentences.jsonl",
            name,
            random.Random(seed),
            touched,
            bbc_draws,
            n_bbc,
            reu_sents,
            n_reu,
            sentences_used,
        )


def bbc_pool(n: int, business: list, news: list, every: list) -> list:
    """The BBC sentences round ``n`` draws from: business up to round 11; business, politics and tech
    from round 12 (fewer than 30 untouched business articles were left); every category in round 19
    (fewer than 30 untouched business, politics and tech articles with money were left: its draw was
    mostly sport and film with little money); from round 20 business, politics and tech again, as
    sentences no earlier set drew, from any article (``draw_round``'s ``bbc_fresh_articles``)."""
    return business if n < 12 else news if n < 19 or n >= 20 else every


def one_per_article(items: list, n: int) -> list:
    """The first ``n`` of ``items`` (shuffled) whose article no item before them came from."""
    seen: set[str] = set()
    out = [it for it in items if it["doc_id"] not in seen and not seen.add(it["doc_id"])]
    return out[:n]


def draw_round(
    path: Path,
    name: str,
    rng: random.Random,
    touched: set,
    bbc_draws: list,
    n_bbc: int,
    reu: list,
    n_reu: int,
    sentences_used: set,
) -> None:
    """Write ``path``: for each (pool, n, mode) of ``bbc_draws`` and then n_reu Reuters sentences
    (mode "fresh"), n sentences (n None: what the BBC draws before it fell short of n_bbc), drawn
    by mode: "fresh", one per article of articles no earlier set
    touched (``touched`` grows); "article", one per article of sentences no earlier set drew;
    "sentence", sentences no earlier set drew, several per article allowed."""
    chosen = []
    for pool, n, mode in [*bbc_draws, (reu, n_reu, "fresh")]:
        if n is None:
            n = n_bbc - len(chosen)
        if mode == "fresh":
            drawn = rng.sample([it for it in pool if it["doc_id"] not in touched], n)
        else:
            unused = [it for it in pool if (it["doc_id"], it["start"]) not in sentences_used]
            if mode == "sentence":
                drawn = rng.sample(unused, min(n, len(unused)))
            else:
                drawn = one_per_article(rng.sample(unused, len(unused)), n)
        for it in drawn:
            touched.add(it["doc_id"])
            sentences_used.add((it["doc_id"], it["start"]))
            chosen.append(it)
    with open(path, "w", encoding="utf-8") as fh:
        for i, it in enumerate(chosen):
            fh.write(json.dumps({"item": f"{name}-{i:03d}", **it}) + "\n")


if __name__ == "__main__":
    main()
