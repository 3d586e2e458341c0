"""Integrity of blind held-out set 13 (tests/realistic_blind13.py): pools, the committed file, verbatim pieces."""
from __future__ import annotations

import json
import random
import re

import pytest
from realistic_blind13 import (
    BODY13,
    CLOSE13,
    DAMAGE13,
    OPEN13,
    OUT13,
    PATIENTS13,
    ROWS13,
    SEED13,
    make_blind13,
    make_row13,
)

FIELDS13 = {"Description", "Patient", "Doctor", "body", "plants"}


@pytest.fixture(scope="module")
def rows13():
    return [json.loads(line) for line in OUT13.read_text(encoding="utf-8").splitlines()]


def _boilerplate13(row):
    return [p for p in row["plants"] if p not in DAMAGE13]


def test_pools_are_large_and_distinct():
    for pool, floor in ((BODY13, 120), (OPEN13, 80), (CLOSE13, 80), (DAMAGE13, 10), (PATIENTS13, 20)):
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert not set(OPEN13) & set(CLOSE13)


def test_body_sentences_are_plain_text():
    for sentence in BODY13:
        assert sentence == sentence.strip() and sentence[-1] in ".!?)"
        assert "{" not in sentence and "~" not in sentence and "Chat Doctor" not in sentence


def test_damage_pieces_carry_the_placeholder_or_the_attachment_note():
    for piece in DAMAGE13:
        assert "Chat Doctor" in piece or "attachment removed" in piece.lower()


def test_templates_vary_in_form():
    assert sum(t.endswith("~") for t in OPEN13) >= 8 and any(t.endswith("~") for t in CLOSE13)
    for pool in (OPEN13, CLOSE13):
        assert sum("\n" in t for t in pool) >= 2
        assert sum("{" in t for t in pool) >= 15
        assert sum(t.startswith("^") for t in pool) >= 2
    assert len({t.split()[0].strip(",.!").lower() for t in OPEN13}) >= 20


def test_file_equals_generator(rows13):
    assert len(rows13) == ROWS13
    assert rows13 == make_blind13(ROWS13, SEED13)


def test_generator_is_deterministic_and_seed_matters():
    assert make_row13(random.Random(5)) == make_row13(random.Random(5))
    assert make_blind13(20, SEED13 + 1) != make_blind13(20, SEED13)


def test_rows_have_the_schema_and_no_template_marks(rows13):
    for row in rows13:
        assert set(row) == FIELDS13
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"] and "^" not in row["Doctor"]
        assert 2 <= len(row["body"]) <= 5
        assert row["Doctor"] == row["Doctor"].strip()


def test_body_and_plants_are_verbatim(rows13):
    for row in rows13:
        for sentence in row["body"]:
            assert sentence in BODY13
            assert sentence in row["Doctor"]
        for piece in row["plants"]:
            assert piece and piece in row["Doctor"]


def test_shares_of_boilerplate_and_damage(rows13):
    with_boilerplate = sum(bool(_boilerplate13(r)) for r in rows13) / len(rows13)
    damaged = sum(any(p in DAMAGE13 for p in r["plants"]) for r in rows13) / len(rows13)
    assert 0.80 <= with_boilerplate <= 0.95
    assert 0.10 <= damaged <= 0.30
    assert sum(not r["plants"] for r in rows13) >= 10


def test_joins_vary(rows13):
    docs = [r["Doctor"] for r in rows13]
    assert sum("\n" in d for d in docs) >= 20
    assert sum(bool(re.search(r"[.!?][A-Z]", d)) for d in docs) >= 20
    assert sum("\n" not in d for d in docs) >= 20
    listed = sum(bool(re.search(r"^(1[.)] |- |\* |\u2022 )", d, re.M)) for d in docs)
    assert 10 <= listed <= 100


def test_filled_templates_vary(rows13):
    openers = {p for r in rows13 for p in _boilerplate13(r) if p in r["Doctor"][: r["Doctor"].find(r["body"][0])]}
    plants = {p for r in rows13 for p in _boilerplate13(r)}
    assert len(openers) >= 60
    assert len(plants) >= 150


def test_every_question_has_a_topic_in_the_advice():
    from realistic_blind13 import _ANCHORS13

    assert len(_ANCHORS13) == len(PATIENTS13)
    for anchor in _ANCHORS13:
        assert sum(s.startswith(anchor) for s in BODY13) == 1
