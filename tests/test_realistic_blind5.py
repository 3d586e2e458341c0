"""Integrity of blind held-out set 5 (tests/realistic_blind5.py): pools, file, verbatim labels, mix."""

from __future__ import annotations

import json
import random
import re

import pytest

from tests import realistic_blind5 as b5

SAMPLE_FIELDS = {"name": "Priya", "dr": "Rakesh Sharma", "DR": "RAKESH SHARMA", "deg": "MBBS, MD",
                 "spec": "Dermatologist",
                 "site": "HCM", "SITE": "HCM", "city": "Pune", "years": 10, "relative": "mother", "url": "http://x.y/z",
                 "NAME": "PRIYA"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in b5.OUT5.read_text(encoding="utf-8").splitlines()]


def _is_damage(plant: str) -> bool:
    return "Chat Doctor" in plant or "attachment removed" in plant


def test_pools_are_large_and_distinct():
    pools = {"BODY5": (b5.BODY5, 120), "OPEN5": (b5.OPEN5, 80), "CLOSE5": (b5.CLOSE5, 80), "DAMAGE5": (b5.DAMAGE5, 10),
             "PATIENT5": (b5.PATIENT5, 30), "NAMES5": (b5.NAMES5, 15), "DOCTORS5": (b5.DOCTORS5, 15),
             "SITES5": (b5.SITES5, 5), "CITIES5": (b5.CITIES5, 10)}
    for name, (pool, floor) in pools.items():
        assert len(pool) >= floor, name
        assert len(set(pool)) == len(pool), f"{name} has repeats"
    edges = set(b5.OPEN5) | set(b5.CLOSE5) | set(b5.DAMAGE5)
    assert len(edges) == len(b5.OPEN5) + len(b5.CLOSE5) + len(b5.DAMAGE5)
    assert not edges & set(b5.BODY5)


def test_templates_fill_and_body_is_plain_text():
    for template in b5.OPEN5 + b5.CLOSE5 + b5.DAMAGE5 + [p for _, _, p in b5.PATIENT5]:
        filled = template.format(**SAMPLE_FIELDS)
        assert "{" not in filled and "}" not in filled, template
    for sentence in b5.BODY5:
        assert not set("{}~") & set(sentence), sentence
        assert "Chat Doctor" not in sentence
    assert sum(t.endswith("~") for t in b5.OPEN5) >= 8
    assert sum(t.endswith("~") for t in b5.CLOSE5) >= 3


def test_every_specialty_has_patients_doctors_and_sentences():
    fields = {field for field, _, _ in b5.PATIENT5}
    assert fields == set(b5.BODY_BY_FIELD5) == set(b5.SPECS_BY_FIELD5) == set(b5.DEGREES_BY_FIELD5)
    assert all(len(pool) >= 20 for pool in b5.BODY_BY_FIELD5.values())


@pytest.mark.parametrize("word", ["hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"])
def test_body_uses_courtesy_words_in_a_medical_sense(word):
    assert any(re.search(rf"\b{word}\b", s, re.IGNORECASE) for s in b5.BODY5), word


def test_file_equals_generator(rows):
    assert rows == b5.make_blind5(b5.ROWS5, b5.SEED5)
    assert len(rows) == 200 and b5.SEED5 == 505
    assert b5.make_blind5(20, 1) != b5.make_blind5(20, 2)


def _tiles(text: str, body: list[str], plants: list[str]) -> bool:
    """Doctor is exactly the body sentences (in order) and the plants, with only whitespace between."""
    text = text.lstrip()
    if not text:
        return not body and not plants
    if body and text.startswith(body[0]) and _tiles(text[len(body[0]):], body[1:], plants):
        return True
    return any(text.startswith(p) and _tiles(text[len(p):], body, plants[:i] + plants[i + 1:])
               for i, p in enumerate(plants))


def test_body_and_plants_are_verbatim_and_tile_the_answer(rows):
    for row in rows:
        doctor = row["Doctor"]
        assert not set("{}~") & set(doctor), doctor
        assert 2 <= len(row["body"]) <= 5
        assert all(s in b5.BODY5 and s in doctor for s in row["body"])
        assert all(p in doctor for p in row["plants"])
        assert not set(row["plants"]) & set(b5.BODY5)
        assert _tiles(doctor, row["body"], row["plants"]), doctor


def test_share_of_boilerplate_and_damage(rows):
    edged = sum(any(not _is_damage(p) for p in row["plants"]) for row in rows) / len(rows)
    damaged = sum(any(_is_damage(p) for p in row["plants"]) for row in rows) / len(rows)
    assert 0.80 <= edged <= 0.95, edged
    assert 0.10 <= damaged <= 0.30, damaged
    assert all(sum(map(_is_damage, row["plants"])) <= 1 for row in rows)


def test_joins_vary(rows):
    newline = sum("\n" in row["Doctor"] for row in rows)
    tight = sum(bool(re.search(r"[.!?,][A-Z(]", row["Doctor"])) for row in rows)
    glued = sum(any(p[-1].isalnum() and (row["Doctor"] + " ")[row["Doctor"].index(p) + len(p)].isalpha()
                    for p in row["plants"]) for row in rows)
    spaced = sum(not re.search(r"\n|[.!?,][A-Z(]|  ", row["Doctor"]) for row in rows)
    assert min(newline, tight, spaced) >= 20, (newline, tight, spaced)
    assert glued >= 5, glued


def test_openers_and_closers_spread_over_many_templates(rows):
    rng = random.Random(0)
    seen = {p for row in b5.make_blind5(600, rng.randint(0, 10**6)) for p in row["plants"]}
    assert len(seen) >= 150
    assert len({p for row in rows for p in row["plants"]}) >= 100
