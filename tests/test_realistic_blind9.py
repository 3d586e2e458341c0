"""Integrity of blind held-out set 9: pools, the written file, verbatim body and plants, mix of rows."""

from __future__ import annotations

import json
import random
import re

import pytest
import realistic_blind9 as blind

ROWS = [json.loads(line) for line in blind.OUT9.read_text(encoding="utf-8").splitlines()]


def test_pool_sizes_and_distinctness():
    assert len(blind.BODY9) >= 120 and len(set(blind.BODY9)) == len(blind.BODY9)
    assert len(blind.OPEN9) >= 80 and len(set(blind.OPEN9)) == len(blind.OPEN9)
    assert len(blind.CLOSE9) >= 80 and len(set(blind.CLOSE9)) == len(blind.CLOSE9)
    assert len(blind.DAMAGE9) >= 10 and len(set(blind.DAMAGE9)) == len(blind.DAMAGE9)
    assert not set(blind.BODY9) & (set(blind.OPEN9) | set(blind.CLOSE9) | set(blind.DAMAGE9))


def test_pools_carry_templates_glue_and_medical_courtesy_words():
    assert sum("{" in t for t in blind.OPEN9 + blind.CLOSE9) >= 20
    assert sum(t.endswith("~") for t in blind.OPEN9) >= 4
    lowered = " ".join(blind.BODY9).lower()
    for word in ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"):
        assert re.search(rf"\b{word}\b", lowered), word


def test_file_equals_generator():
    assert blind.SEED9 == 909 and len(ROWS) == blind.ROWS9 == 200
    assert ROWS == json.loads(json.dumps(blind.make_blind9(200, blind.SEED9)))


def test_generator_is_seeded():
    assert blind.make_blind9(20, 1) == blind.make_blind9(20, 1)
    assert blind.make_blind9(20, 1) != blind.make_blind9(20, 2)


@pytest.mark.parametrize("index", range(200))
def test_body_and_plants_verbatim(index):
    row = ROWS[index]
    assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
    assert 2 <= len(row["body"]) <= 5 and all(s in blind.BODY9 for s in row["body"])
    for piece in row["body"] + row["plants"]:
        assert piece and piece in row["Doctor"], piece
    assert "{" not in row["Doctor"] and "~" not in row["Doctor"] and "{" not in row["Patient"]


def test_no_plain_plant_hides_inside_a_medical_sentence():
    medical = " ".join(blind.BODY9).lower()
    plain = [t.rstrip("~") for t in blind.OPEN9 + blind.CLOSE9 + blind.DAMAGE9 if "{" not in t]
    assert [p for p in plain if p.lower() in medical] == []
    for row in ROWS:
        assert all(row["Doctor"].count(sentence) == 1 for sentence in row["body"])
        assert not [p for p in row["plants"] if p.lower() in " ".join(row["body"]).lower()]


def test_row_mix():
    with_plants = sum(bool(row["plants"]) for row in ROWS) / len(ROWS)
    damaged = sum(any(p in blind.DAMAGE9 for p in row["plants"]) for row in ROWS) / len(ROWS)
    assert 0.80 <= with_plants <= 0.95, with_plants
    assert 0.10 <= damaged <= 0.30, damaged
    assert max(len(row["plants"]) for row in ROWS) >= 5


def test_joins_vary():
    doctors = [row["Doctor"] for row in ROWS]
    assert sum("\n" in d for d in doctors) >= 20
    assert sum(bool(re.search(r"[.!?,][A-Z]", d)) for d in doctors) >= 20
    assert sum(". " in d for d in doctors) >= 100


def test_make_row_keeps_counts():
    rng = random.Random(5)
    for _ in range(100):
        row = blind.make_row9(rng)
        assert len(row["plants"]) <= 7 and len(set(row["body"])) == len(row["body"])
