"""Integrity of blind held-out set 7 (tests/realistic_blind7.py and its jsonl); it never runs the cleaner."""

import json
import random
import re

import pytest

from tests.realistic_blind7 import (
    BODY7,
    CLOSE7,
    DAMAGE7,
    GLUE7,
    OPEN7,
    OUT7,
    ROWS7,
    SEED7,
    make_blind7,
    make_row7,
)


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in OUT7.read_text(encoding="utf-8").splitlines()]


def test_pools_are_big_enough_and_distinct():
    for pool, floor in ((BODY7, 120), (OPEN7, 80), (CLOSE7, 80), (DAMAGE7, 10)):
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert not set(BODY7) & (set(OPEN7) | set(CLOSE7) | set(DAMAGE7))


def test_openers_and_closers_vary_in_form():
    openers = [t.removesuffix(GLUE7) for t in OPEN7]
    assert sum(t.endswith(GLUE7) for t in OPEN7) >= 3
    assert sum("{dr}" in t for t in OPEN7 + CLOSE7) >= 15
    assert sum(t.isupper() for t in openers + list(CLOSE7)) >= 3
    assert len({t.split()[0].strip(",.!").lower() for t in openers}) >= 30
    assert all("Chat Doctor" in t or "attachment removed" in t for t in DAMAGE7)


def test_body_has_tricky_courtesy_words_in_medical_meaning():
    words = ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query")
    for word in words:
        assert any(re.search(rf"\b{word}\b", s, re.IGNORECASE) for s in BODY7), word


def test_file_equals_generator(rows):
    assert rows == make_blind7(ROWS7, SEED7)
    assert len(rows) == ROWS7 == 200


def test_body_and_plants_are_verbatim_and_templates_filled(rows):
    for row in rows:
        doctor = row["Doctor"]
        assert "{" not in doctor and "}" not in doctor and GLUE7 not in doctor
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece in doctor
        assert all(s in BODY7 for s in row["body"])
        assert not set(row["plants"]) & set(BODY7)


def test_pieces_appear_in_order(rows):
    for row in rows:
        pos = 0
        for sentence in row["body"]:
            pos = row["Doctor"].index(sentence, pos) + len(sentence)


def test_share_of_rows_with_boilerplate_and_damage(rows):
    planted = sum(bool(r["plants"]) for r in rows) / len(rows)
    damaged = sum(any(d in r["plants"] for d in DAMAGE7) for r in rows) / len(rows)
    assert 0.80 <= planted <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary(rows):
    doctors = [r["Doctor"] for r in rows]
    assert sum("\n" in d for d in doctors) >= 20
    assert sum("\n\n" in d for d in doctors) >= 10
    assert sum(bool(re.search(r"\.[A-Z]", d)) for d in doctors) >= 10
    assert sum(not d.count("\n") for d in doctors) >= 20


def test_rows_are_independent_of_global_random_state():
    random.seed(1)
    first = make_row7(random.Random(SEED7))
    random.seed(2)
    assert make_row7(random.Random(SEED7)) == first
