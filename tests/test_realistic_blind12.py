"""Integrity of blind held-out set 12 (tests/realistic_blind12.py and its jsonl)."""

from __future__ import annotations

import json
import random

import pytest

from tests import realistic_blind12 as rb


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in rb.OUT12.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    assert len(rb.BODY12) >= 120 and len(set(rb.BODY12)) == len(rb.BODY12)
    assert len(rb.OPEN12) >= 80 and len(set(rb.OPEN12)) == len(rb.OPEN12)
    assert len(rb.CLOSE12) >= 80 and len(set(rb.CLOSE12)) == len(rb.CLOSE12)
    assert len(rb.DAMAGE12) >= 10 and len(set(rb.DAMAGE12)) == len(rb.DAMAGE12)
    assert not set(rb.BODY12) & (set(rb.OPEN12) | set(rb.CLOSE12) | set(rb.DAMAGE12))


def test_file_equals_generator(rows):
    assert rows == rb.make_blind12(200, rb.SEED12)
    assert len(rows) == 200


def test_body_and_plants_verbatim(rows):
    for row in rows:
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"], piece
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}


def test_boilerplate_and_damage_shares(rows):
    with_plants = sum(bool(r["plants"]) for r in rows) / len(rows)
    damaged = sum(any(p in r["plants"] for p in _damaged(r)) for r in rows) / len(rows)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30


def _damaged(row: dict) -> list[str]:
    return [p for p in row["plants"] if "Chat Doctor" in p or "attachment removed" in p.lower()]


def test_joins_vary(rows):
    docs = [r["Doctor"] for r in rows]
    assert any("\n" in d for d in docs)
    assert any(". " in d for d in docs)
    glued = [d for d in docs if any(c.isalpha() for c in d.split(".")[1][:1])]
    assert glued, "some rows should have nothing after a full stop"


def test_generator_is_seeded():
    assert rb.make_blind12(5, 7) == rb.make_blind12(5, 7)
    assert rb.make_row12(random.Random(1)) == rb.make_row12(random.Random(1))


def test_rows_stay_on_one_specialty(rows):
    for row in rows:
        medical = [s for s in row["body"] if s not in rb._LIFESTYLE12]
        assert any(set(medical) <= set(group) for group in rb.SPECIALTIES12), row["body"]
