"""Integrity of blind held-out set 24 (tests/realistic_blind24.py): pools, file, verbatim pieces, shares, joins."""
from __future__ import annotations

import json
import re

import pytest

from tests import realistic_blind24 as blind

POOLS = {"BODY24": 120, "OPEN24": 80, "CLOSE24": 80, "DAMAGE24": 10, "PATIENT24": 10, "NAMES24": 10,
         "SURNAMES24": 10, "DR_FORMS24": 5, "SITES24": 5, "CITIES24": 5, "DEGREES24": 5}


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in blind.OUT24.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name,floor", POOLS.items())
def test_pools_are_large_and_distinct(name, floor):
    pool = getattr(blind, name)
    assert len(pool) >= floor
    assert len(set(pool)) == len(pool)


def test_pools_do_not_overlap():
    pieces = blind.BODY24 + blind.OPEN24 + blind.CLOSE24 + blind.DAMAGE24
    assert len(set(pieces)) == len(pieces)


def test_body_has_no_template_marks_and_damage_carries_damage():
    assert not any("{" in s or "~" in s for s in blind.BODY24)
    assert all("Chat Doctor" in d or "attachment removed" in d.lower() for d in blind.DAMAGE24)


def test_file_equals_generator(rows):
    assert rows == blind.make_blind24(blind.ROWS24, blind.SEED24)
    assert len(rows) == 200


def test_generator_is_deterministic_per_seed():
    assert blind.make_blind24(20, 7) == blind.make_blind24(20, 7)
    assert blind.make_blind24(20, 7) != blind.make_blind24(20, 8)


def test_every_body_sentence_and_plant_is_verbatim(rows):
    for row in rows:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert all(s in blind.BODY24 and s in row["Doctor"] for s in row["body"])
        assert all(p in row["Doctor"] for p in row["plants"])
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_pieces_cover_the_whole_answer(rows):
    for row in rows:
        rest = row["Doctor"]
        for piece in sorted(row["body"] + row["plants"], key=len, reverse=True):
            rest = rest.replace(piece, "", 1)
        assert not rest.strip(), rest


def test_share_with_boilerplate(rows):
    share = sum(bool(row["plants"]) for row in rows) / len(rows)
    assert 0.80 <= share <= 0.95


def test_share_damaged(rows):
    damaged = set(blind.DAMAGE24)
    share = sum(any(p in damaged for p in row["plants"]) for row in rows) / len(rows)
    assert 0.10 <= share <= 0.30


def test_joins_vary(rows):
    newline = sum("\n" in row["Doctor"] for row in rows)
    glued = sum(bool(re.search(r"[.!?,][A-Za-z(]", row["Doctor"])) for row in rows)
    spaced = sum(". " in row["Doctor"] for row in rows)
    assert newline >= 20 and glued >= 20 and spaced >= 100


def test_many_forms_are_used(rows):
    used = {p for row in rows for p in row["plants"]}
    assert len(used) >= 120
    assert sum(bool(row["plants"]) and row["Doctor"].startswith(row["body"][0]) for row in rows) >= 10


def test_decks_spread_the_forms():
    rng, decks = blind.random.Random(3), {}
    drawn = [t for _ in range(150) for t in blind._draw24(rng, decks, blind.OPEN24, 2)]
    assert set(drawn) == set(blind.OPEN24)
    assert max(drawn.count(t) for t in blind.OPEN24) <= 4
