"""Government bodies and international organisations: registry entries made from data.

A page names a ministry in as many ways as there are languages and styles: "the Russian
Defence Ministry", "Russia's defense ministry", "le ministère russe de la Défense",
"Минобороны России", "rosyjskie Ministerstwo Obrony". Listing every form by hand for every
country would be a long list that is never complete, so ``data/bodies.json`` holds each
country's forms per language (an adjective, a possessive, a complement: "russe", "Russia's",
"de la Russie") and each portfolio's templates per language ("ministère {adj} de la
Défense"); a body's aliases are every form its templates give, plus the bare forms a
language uses for its own country's ministry ("MSZ" in Polish, "국방부" in Korean).
International organisations and agencies are listed with their aliases.

The entries have the outlet registry's shape and kind ``government``: the registry finds
them in running text like an outlet, and an attribution to one names the body as a source
(its statement), never a news report. Users add bodies of their own with an outlet file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from provenance import resources

_PLACEHOLDER = re.compile(r"\{(adj|poss|of)\}")


@cache
def body_entries() -> tuple[dict[str, Any], ...]:
    """Every body of ``data/bodies.json`` as an outlet-file entry (made once per process)."""
    data = resources.bundled("bodies.json")
    made = [_ministry(body, data["countries"][body["country"]], data["portfolios"][body["portfolio"]])
            for body in data["bodies"]]
    made += [_organisation(entry) for entry in data["organisations"]]
    return tuple(made)


def _ministry(body: Mapping[str, Any], country: Mapping[str, Any], portfolio: Mapping[str, Any]) -> dict[str, Any]:
    """One country's ministry: its English name and the forms its templates give."""
    code = str(body["country"])
    name = body.get("name") or f"{country['en']['adj'][0]} {portfolio['name']}"
    slug = str(portfolio["name"]).lower().replace(" ", "-")
    forms = [*_filled(portfolio["templates"], country), *body.get("aliases", ())]
    return {"id": f"{code.lower()}-{slug}", "name": name, "kind": "government", "country": code,
            "aliases": [form for form in dict.fromkeys(forms) if form != name],
            "domains": list(body.get("domains", ())), "short_forms": [], "marks": []}


def _filled(templates: Mapping[str, list[str]], country: Mapping[str, Any]) -> Iterator[str]:
    """Each template with each of the country's forms for its placeholder, in that language;
    a template whose placeholder the country has no form for gives nothing."""
    for language, patterns in templates.items():
        forms = country.get(language, {})
        for pattern in patterns:
            slot = _PLACEHOLDER.search(pattern)
            if slot is None:
                yield pattern
                continue
            for form in forms.get(slot.group(1), ()):
                yield pattern.replace(slot.group(0), form)


def _organisation(entry: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": entry["id"], "name": entry["name"], "kind": "government", "country": entry.get("country"),
            "aliases": list(entry.get("aliases", ())), "domains": list(entry.get("domains", ())),
            "short_forms": [], "marks": []}
