"""Integrity of blind held-out set 19: pools, the written file, and what each row claims."""

import json
import random
import re

import pytest
import realistic_blind19 as blind

ROWS = [json.loads(line) for line in blind.OUT19.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("pool", "least"), [
    (blind.BODY19, 120), (blind.OPEN19, 80), (blind.CLOSE19, 80), (blind.DAMAGE19, 10),
    (blind.PATIENT19, 10), (blind.NAMES19, 10), (blind.DOCTORS19, 10), (blind.SITES19, 5),
    (blind.CITIES19, 5), (blind.DEGREES19, 5), (blind.SPECS19, 5),
])
def test_pools_are_large_and_distinct(pool, least):
    assert len(pool) >= least
    assert len(set(pool)) == len(pool)


def test_pools_do_not_overlap():
    body, edges = set(blind.BODY19), set(blind.OPEN19) | set(blind.CLOSE19) | set(blind.DAMAGE19)
    assert not body & edges
    assert not set(blind.OPEN19) & set(blind.CLOSE19)


def test_body_has_courtesy_words_in_a_medical_meaning():
    words = ["hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"]
    missing = [w for w in words if not any(re.search(rf"\b{w}\b", s, re.I) for s in blind.BODY19)]
    assert not missing


def test_every_template_fills():
    values = blind._values19(random.Random(1))
    for template in blind.OPEN19 + blind.CLOSE19:
        text = template.rstrip("~").format(**values)
        assert "{" not in text and "~" not in text


def test_file_equals_generator():
    assert ROWS == blind.make_blind19(200, blind.SEED19)
    assert len(ROWS) == 200


def test_rows_have_the_schema_and_verbatim_pieces():
    for row in ROWS:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"], piece


def test_body_sentences_come_from_the_pool_and_keep_order():
    for row in ROWS:
        assert all(s in blind.BODY19 for s in row["body"])
        positions = [row["Doctor"].index(s) for s in row["body"]]
        assert positions == sorted(positions)


def test_shares_of_boilerplate_and_damage():
    with_plants = sum(bool(row["plants"]) for row in ROWS) / len(ROWS)
    damaged = sum(any(p in blind.DAMAGE19 for p in row["plants"]) for row in ROWS) / len(ROWS)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30


def _glued(row):
    """A plant run into the next piece with no whitespace between them."""
    doctor = row["Doctor"]
    for piece in row["plants"]:
        end = doctor.index(piece) + len(piece)
        if end < len(doctor) and not doctor[end].isspace():
            return True
    return False


def test_joins_vary():
    newline = sum("\n" in row["Doctor"] for row in ROWS)
    glued = sum(_glued(row) for row in ROWS)
    tight = sum(bool(re.search(r"\.[A-Z(]", row["Doctor"])) for row in ROWS)
    assert newline >= 20 and glued >= 10 and tight >= 10
    assert newline < len(ROWS) and glued < len(ROWS) // 2


def test_case_and_count_of_edges_vary():
    plants = [p for row in ROWS for p in row["plants"]]
    assert sum(p.isupper() for p in plants) >= 5
    assert sum(p == p.lower() and p != p.upper() for p in plants) >= 5
    sizes = {len(row["plants"]) for row in ROWS}
    assert {0, 1, 2, 3, 4} <= sizes
