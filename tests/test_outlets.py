"""The outlet registry: bundled data, aliases, ambiguous short forms, user files."""

from __future__ import annotations

import json

import pytest

from provenance.outlets import OUTLET_KINDS, load_registry
from provenance.resources import DataFileError


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_bundled_registry_is_large_and_well_formed(registry):
    assert len(registry.outlets) >= 300
    for outlet in registry.outlets.values():
        assert outlet.kind in OUTLET_KINDS
        assert outlet.name


def test_names_aliases_and_domains(registry):
    assert registry.by_name("the Washington Post").id == "washington-post"
    assert registry.by_name("WaPo").id == "washington-post"
    assert registry.by_url("https://www.washingtonpost.com/world/2022/11/05/x/").id == "washington-post"
    assert registry.by_name("RES-MPE") is not None
    assert registry.by_mark("/TASS/").name == "TASS"


def test_short_forms_are_ambiguous_until_named(registry):
    assert registry.by_name("the Post") is None
    assert len(registry.with_short_form("the Post")) >= 2


def test_mentions_in_running_text(registry):
    text = "Citing sources, Reuters said the Washington Post reported it."
    names = [m.outlet.id for m in registry.find_mentions(text)]
    assert "washington-post" in names and "reuters" in names


def test_user_file_adds_and_overrides(tmp_path, registry):
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"outlets": [
        {"id": "harbor-times", "name": "The Harbor Times", "kind": "newspaper", "domains": ["harbortimes.example"]},
        {"id": "washington-post", "name": "The Washington Post", "kind": "newspaper", "aliases": ["Post-Dispatch?"]},
    ]}))
    mine = load_registry([extra])
    assert mine.by_url("harbortimes.example").name == "The Harbor Times"
    assert mine.by_name("WaPo") is None  # the override replaced the entry
    assert len(mine.outlets) == len(registry.outlets) + 1


@pytest.mark.parametrize("content", ["{oops", json.dumps({"outlets": [{"id": "x"}]}),
                                     json.dumps({"outlets": [{"id": "x", "name": "X", "kind": "alien"}]})])
def test_bad_user_file_is_a_clear_error(tmp_path, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(DataFileError, match=r"bad\.json"):
        load_registry([bad])
