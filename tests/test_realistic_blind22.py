"""Integrity of blind held-out set 22: pools, file, verbatim body and plants, shares of boilerplate and damage."""
from __future__ import annotations

import json
import random
from collections import Counter

from tests.realistic_blind22 import (
    BODY22,
    CLOSE22,
    CLOSE_COMMON22,
    DAMAGE22,
    OPEN22,
    OPEN_COMMON22,
    OUT22,
    PATIENT22,
    ROWS22,
    SEED22,
    make_blind22,
    make_row22,
)


def _rows() -> list[dict]:
    return [json.loads(line) for line in OUT22.read_text(encoding="utf-8").splitlines()]


def _damaged(row: dict) -> bool:
    return any(p in DAMAGE22 for p in row["plants"])


def _boilerplate(row: dict) -> bool:
    return any(p not in DAMAGE22 for p in row["plants"])


def test_pool_sizes_and_distinctness():
    for pool, floor in ((BODY22, 120), (OPEN22, 80), (CLOSE22, 80), (DAMAGE22, 10), (PATIENT22, 5)):
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert not set(BODY22) & (set(OPEN22) | set(CLOSE22) | set(DAMAGE22))
    assert all("Chat Doctor" not in sentence for sentence in BODY22)


def test_file_equals_generator():
    assert _rows() == make_blind22(ROWS22, SEED22)
    assert len(_rows()) == ROWS22


def test_body_and_plants_verbatim_and_no_template_left():
    for row in _rows():
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece and piece in row["Doctor"], piece
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_shares_of_boilerplate_and_damage():
    rows = _rows()
    assert 0.80 <= sum(map(_boilerplate, rows)) / len(rows) <= 0.95
    assert 0.10 <= sum(map(_damaged, rows)) / len(rows) <= 0.30


def test_joins_vary():
    doctors = [row["Doctor"] for row in _rows()]
    assert sum("\n" in d for d in doctors) >= 20
    assert sum(" " in d.replace("\n", " ") for d in doctors) == len(doctors)
    glued = [d for d in doctors if any(d[i] == "." and d[i + 1].isupper() for i in range(len(d) - 1))]
    assert len(glued) >= 20


def test_common_forms_are_common_and_the_tail_is_long():
    rows = _rows()
    edges = Counter(p for row in rows for p in row["plants"] if p not in DAMAGE22)
    top = sum(n for _, n in edges.most_common(5))
    assert top / sum(edges.values()) >= 0.25
    assert sum(1 for n in edges.values() if n == 1) >= 40
    common = sum(1 for row in rows for p in row["plants"] if p in OPEN_COMMON22 + CLOSE_COMMON22)
    assert common / sum(edges.values()) >= 0.5


def test_generator_is_deterministic_per_seed():
    assert make_row22(random.Random(7)) == make_row22(random.Random(7))
    assert make_blind22(20, 1) != make_blind22(20, 2)


def test_some_greetings_run_into_the_text():
    glued = {t.rstrip("~").rstrip() for t in OPEN22 + CLOSE22 if t.endswith("~") and "{" not in t}
    rows = [row for row in _rows() if any(p in glued and p + " " not in row["Doctor"] for p in row["plants"])]
    assert len(rows) >= 10
