"""Integrity of blind held-out set 8 (tests/realistic_blind8.py): pools, the written file, verbatim pieces."""

import json
import re

import pytest

from tests import realistic_blind8 as blind8


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in blind8.OUT8.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    sizes = {"BODY8": (blind8.BODY8, 120), "OPEN8": (blind8.OPEN8, 80), "CLOSE8": (blind8.CLOSE8, 80),
             "DAMAGE8": (blind8.DAMAGE8, 10), "PATIENTS8": (blind8.PATIENTS8, 10)}
    for name, (pool, least) in sizes.items():
        assert len(pool) >= least, name
        assert len(set(pool)) == len(pool), name
    edges = set(blind8.OPEN8) | set(blind8.CLOSE8) | set(blind8.DAMAGE8)
    assert not edges & set(blind8.BODY8)


def test_pools_carry_slots_and_glued_templates():
    for pool in (blind8.OPEN8, blind8.CLOSE8):
        assert sum(t.endswith("~") for t in pool) >= 5
        assert sum("{" in t for t in pool) >= 15
    slots = set(re.findall(r"\{\w+\}", " ".join(blind8.OPEN8 + blind8.CLOSE8)))
    assert slots == set(blind8._SLOTS8)


def test_body_has_everyday_words_in_a_medical_meaning():
    text = " ".join(blind8.BODY8).lower()
    for word in ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"):
        assert word in text, word


def test_file_equals_generator(rows):
    assert len(rows) == blind8.ROWS8 == 200
    assert rows == blind8.make_blind8(blind8.ROWS8, blind8.SEED8)
    assert blind8.make_blind8(20, 1) != blind8.make_blind8(20, 2)


def test_body_and_plants_are_verbatim_and_in_order(rows):
    for row in rows:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        doctor = row["Doctor"]
        assert "{" not in doctor and "~" not in doctor
        assert 2 <= len(row["body"]) <= 5 and len(row["plants"]) <= 7
        position = 0
        for sentence in row["body"]:
            assert sentence in blind8.BODY8
            position = doctor.index(sentence, position) + len(sentence)
        for plant in row["plants"]:
            assert plant in doctor and "{" not in plant and "~" not in plant


def test_share_of_boilerplate_and_damage(rows):
    damaged = [any(p in blind8.DAMAGE8 for p in row["plants"]) for row in rows]
    boiler = [any(p not in blind8.DAMAGE8 for p in row["plants"]) for row in rows]
    assert 0.80 <= sum(boiler) / len(rows) <= 0.95
    assert 0.10 <= sum(damaged) / len(rows) <= 0.30
    assert len({p for row in rows for p in row["plants"]}) >= 150


def test_joins_vary(rows):
    doctors = [row["Doctor"] for row in rows]
    assert sum("\n" in d for d in doctors) >= 40
    assert sum("\n\n" in d for d in doctors) >= 10
    assert sum(bool(re.search(r"[a-z)]\.[A-Z][a-z]", d.replace("Dr.", "Dr "))) for d in doctors) >= 30
    assert sum("\n" not in d for d in doctors) >= 40
