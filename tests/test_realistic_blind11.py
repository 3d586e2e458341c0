"""Integrity of blind held-out set 11 (tests/realistic_blind11.py): pools, file and rows agree."""

from __future__ import annotations

import json

import realistic_blind11 as rb

ROWS = [json.loads(line) for line in rb.OUT11.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    assert len(rb.BODY11) >= 120 and len(set(rb.BODY11)) == len(rb.BODY11)
    assert len(rb.OPEN11) >= 80 and len(set(rb.OPEN11)) == len(rb.OPEN11)
    assert len(rb.CLOSE11) >= 80 and len(set(rb.CLOSE11)) == len(rb.CLOSE11)
    assert len(rb.DAMAGE11) >= 10 and len(set(rb.DAMAGE11)) == len(rb.DAMAGE11)
    assert not set(rb.BODY11) & (set(rb.OPEN11) | set(rb.CLOSE11) | set(rb.DAMAGE11))


def test_file_equals_generator():
    assert len(ROWS) == 200
    assert ROWS == rb.make_blind11(200, rb.SEED11)


def test_body_and_plants_verbatim_and_no_template_left():
    for row in ROWS:
        doctor = row["Doctor"]
        assert "{" not in doctor and "~" not in doctor
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece in doctor
        assert all(sentence in rb.BODY11 for sentence in row["body"])


def test_share_of_boilerplate_and_damage():
    with_plants = sum(bool(row["plants"]) for row in ROWS) / len(ROWS)
    damaged = sum(any(p in rb.DAMAGE11 for p in row["plants"]) for row in ROWS) / len(ROWS)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary():
    doctors = [row["Doctor"] for row in ROWS]
    assert sum("\n" in d for d in doctors) >= 10
    assert sum(any(f"{a}{b}" in d for a in ".!?" for b in "ABCDEFGHIJKLMNOPRSTUVWY") for d in doctors) >= 10
