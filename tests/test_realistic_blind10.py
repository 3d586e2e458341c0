"""Integrity of blind held-out set 10: the pools, the generator and the committed rows agree.

These tests check the set itself, never the cleaner (the set stays unseen by the cleaning code until scoring).
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests import realistic_blind10 as blind

ROWS = [json.loads(line) for line in blind.OUT10.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    sizes = {"BODY10": 120, "OPEN10": 80, "CLOSE10": 80, "DAMAGE10": 10}
    for name, floor in sizes.items():
        pool = getattr(blind, name)
        assert len(pool) >= floor, name
        assert len(set(pool)) == len(pool), name
    assert not set(blind.BODY10) & set(blind.OPEN10 + blind.CLOSE10 + blind.DAMAGE10)


def test_openers_and_closers_are_not_one_pattern():
    for pool in (blind.OPEN10, blind.CLOSE10):
        firsts = Counter(template.split()[0].strip(",.!~").lower() for template in pool)
        assert firsts.most_common(1)[0][1] <= len(pool) // 5, firsts.most_common(3)
    assert sum(template.endswith(blind.GLUE) for template in blind.OPEN10 + blind.CLOSE10) >= 5
    assert all(blind.GLUE not in template[:-1] for template in blind.OPEN10 + blind.CLOSE10)


def test_body_has_trap_words_in_a_medical_sense():
    starts = ("Hope", "Thanks to", "Welcome", "Dear", "Regards", "Please", "Kindly", "Do ")
    for start in starts:
        assert any(sentence.startswith(start) for sentence in blind.BODY10), start
    for word in ("help", "care", "query"):
        assert any(re.search(rf"\b{word}\b", sentence, re.I) for sentence in blind.BODY10), word


def test_body_sentences_hold_no_placeholder_or_template():
    for sentence in blind.BODY10:
        assert "Chat Doctor" not in sentence and "{" not in sentence and blind.GLUE not in sentence
        assert sentence[-1] in ".!?", sentence
    assert all("Chat Doctor" in piece or "attachment removed" in piece for piece in blind.DAMAGE10)


def test_file_equals_generator():
    assert len(ROWS) == blind.ROWS10 == 200
    assert ROWS == json.loads(json.dumps(blind.make_blind10(blind.ROWS10, blind.SEED10)))


def test_other_seed_gives_other_rows():
    assert blind.make_blind10(20, blind.SEED10 + 1) != blind.make_blind10(20, blind.SEED10)


@pytest.mark.parametrize("row", ROWS, ids=range(len(ROWS)))
def test_row_pieces_are_verbatim(row):
    assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
    doctor = row["Doctor"]
    assert "{" not in doctor and blind.GLUE not in doctor and "{" not in row["Patient"]
    assert 2 <= len(row["body"]) <= 5 and len(set(row["body"])) == len(row["body"])
    for piece in row["body"] + row["plants"]:
        assert piece and piece in doctor, piece
    assert all(sentence in blind.BODY10 for sentence in row["body"])
    position = [doctor.index(sentence) for sentence in row["body"]]
    assert position == sorted(position)
    assert not [(plant, s) for plant in row["plants"] for s in row["body"] if plant in s or s in plant]


def test_shares_of_boilerplate_and_damage():
    with_plants = sum(bool(row["plants"]) for row in ROWS) / len(ROWS)
    damaged = sum(any("Chat Doctor" in p or "attachment removed" in p for p in row["plants"]) for row in ROWS)
    assert 0.80 <= with_plants <= 0.95, with_plants
    assert 0.10 <= damaged / len(ROWS) <= 0.30, damaged


def test_joins_vary():
    doctors = [row["Doctor"] for row in ROWS]
    assert sum("\n" in doctor for doctor in doctors) >= 20
    assert sum(bool(re.search(r"[a-z0-9)][.!?][A-Z]", doctor)) for doctor in doctors) >= 20
    glued = [doctor for doctor in doctors if re.search(r"[a-z!.]{2}(Thank|Your|I |Hope|Dr|The|Take)", doctor)]
    assert len(glued) >= 5
    assert sum(" " in doctor and "\n" not in doctor for doctor in doctors) >= 50
