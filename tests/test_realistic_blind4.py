"""Integrity of the fourth blind held-out cleaning set (issue 24): pools, verbatim pieces, shares, file in sync."""
from __future__ import annotations

import json

from tests.realistic_blind4 import BODY4, CLOSE4, DAMAGE4, OPEN4, OUT4, make_blind4


def _rows() -> list[dict]:
    return [json.loads(line) for line in OUT4.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_enough_and_distinct():
    assert len(set(BODY4)) == len(BODY4) >= 100
    assert len(set(OPEN4)) == len(OPEN4) >= 60
    assert len(set(CLOSE4)) == len(CLOSE4) >= 60
    assert len(set(DAMAGE4)) == len(DAMAGE4) >= 6
    assert any("attachment" in d.lower() for d in DAMAGE4) and any("Chat Doctor" in d for d in DAMAGE4)


def test_file_equals_generator():
    assert _rows() == make_blind4(200)


def test_body_and_plants_are_verbatim_in_the_answer():
    for row in _rows():
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert all(s in BODY4 and s in row["Doctor"] for s in row["body"])
        assert all(p and p in row["Doctor"] for p in row["plants"])
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_shares_of_boilerplate_and_damage():
    rows = _rows()
    with_courtesy = sum(any(p not in DAMAGE4 for p in r["plants"]) for r in rows)
    damaged = sum(any(p in DAMAGE4 for p in r["plants"]) for r in rows)
    assert 0.80 <= with_courtesy / len(rows) <= 0.95
    assert 0.10 <= damaged / len(rows) <= 0.30


def test_joins_vary():
    doctors = [r["Doctor"] for r in _rows()]
    assert any("\n" in d for d in doctors)
    assert any(s + p in d for d in doctors for s in BODY4 for p in OPEN4 + BODY4 + CLOSE4)
