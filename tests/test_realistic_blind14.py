"""Integrity of blind set 14: its pools, the committed file, and the shape of its rows (it is scored elsewhere)."""

import json
import random
import re

import pytest

from tests import realistic_blind14 as b14


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in b14.OUT14.read_text(encoding="utf-8").splitlines()]


def _boilerplate(row):
    return [p for p in row["plants"] if p not in b14.DAMAGE14]


def _damaged(row):
    return [p for p in row["plants"] if p in b14.DAMAGE14]


def test_pools_are_large_and_distinct():
    for pool, floor in [(b14.BODY14, 120), (b14.OPEN14, 80), (b14.CLOSE14, 80), (b14.DAMAGE14, 10)]:
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert not set(b14.BODY14) & (set(b14.OPEN14) | set(b14.CLOSE14) | set(b14.DAMAGE14))
    assert not set(b14.OPEN14) & set(b14.CLOSE14)


def test_pools_hold_the_forms_the_set_is_about():
    assert all("{" not in s and "~" not in s for s in b14.BODY14)
    assert all("Chat Doctor" not in s for s in b14.BODY14)
    assert sum("Chat Doctor" in s for s in b14.DAMAGE14) >= 10
    assert any(t.endswith("~") for t in b14.OPEN14)
    assert sum("{rel}" in t or "{Rel}" in t for t in b14.OPEN14 + b14.CLOSE14) >= 8
    assert sum("{nick}" in t for t in b14.OPEN14 + b14.CLOSE14) >= 5
    # Medical sentences that carry courtesy words in a medical sense, which a cleaner must keep.
    for word in ["hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"]:
        assert any(re.search(rf"\b{word}\b", s, re.I) for s in b14.BODY14), word


def test_file_equals_generator(rows):
    assert len(rows) == b14.ROWS14
    assert rows == b14.make_blind14(b14.ROWS14, b14.SEED14)


def test_generator_is_seeded():
    assert b14.make_blind14(20, 7) == b14.make_blind14(20, 7)
    assert b14.make_blind14(20, 7) != b14.make_blind14(20, 8)


def test_body_and_plants_are_verbatim(rows):
    for row in rows:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert len(_boilerplate(row)) <= 6 and len(_damaged(row)) <= 1
        assert all(s in b14.BODY14 for s in row["body"])
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"], piece
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert "{" not in row["Patient"]


def test_no_piece_sits_inside_another(rows):
    for row in rows:
        pieces = row["body"] + row["plants"]
        assert len(set(pieces)) == len(pieces)
        assert not [(a, b) for a in pieces for b in pieces if a != b and a in b]


def test_share_of_boilerplate_and_damage(rows):
    with_boilerplate = sum(bool(_boilerplate(r)) for r in rows) / len(rows)
    damaged = sum(bool(_damaged(r)) for r in rows) / len(rows)
    assert 0.80 <= with_boilerplate <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary(rows):
    doctors = [r["Doctor"] for r in rows]
    assert sum("\n\n" in d for d in doctors) >= 10
    assert sum(bool(re.search(r"[^\n]\n[^\n]", d)) for d in doctors) >= 10
    glued_stop = [d for d in doctors if re.search(r"[a-z0-9)][.!?][A-Z(]", d)]
    assert len(glued_stop) >= 10
    glued_greeting = [r for r in rows if any(re.search(re.escape(p) + r"[A-Za-z(]", r["Doctor"])
                                             for p in _boilerplate(r) if not p.endswith((".", "!", "?")))]
    assert len(glued_greeting) >= 5


def test_rows_vary_in_length_names_and_placement(rows):
    lengths = sorted(len(r["Doctor"]) for r in rows)
    assert lengths[0] < 150 and lengths[-1] > 600
    assert sum("Chat Doctor" in p for r in rows for p in _boilerplate(r)) >= 20
    assert len({r["Description"] for r in rows}) >= 25
    first_is_body = sum(r["Doctor"].startswith(r["body"][0]) for r in rows)
    last_is_body = sum(r["Doctor"].endswith(r["body"][-1]) for r in rows)
    assert 10 <= first_is_body <= 150 and 10 <= last_is_body <= 150


def test_make_row_fills_every_field():
    rng = random.Random(0)
    for _ in range(300):
        row = b14.make_row14(rng)
        assert not re.search(r"\{\w+\}", row["Doctor"] + row["Patient"])
