"""Integrity of blind set 17: pools, the file against its generator, verbatim pieces, shares and joins."""

import json
import re
from collections import Counter

import realistic_blind17 as blind

ROWS = [json.loads(line) for line in blind.OUT17.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    for pool, floor in [(blind.BODY17, 120), (blind.OPEN17, 80), (blind.CLOSE17, 80), (blind.DAMAGE17, 10),
                        (blind.PATIENT17, 10)]:
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert set(blind.DAMAGE17_EDGE) <= set(blind.DAMAGE17)
    assert not set(blind.BODY17) & (set(blind.OPEN17) | set(blind.CLOSE17) | set(blind.DAMAGE17))


def test_weights_make_common_forms_common():
    weights = sorted((w for w, _ in blind.OPEN17_W + blind.CLOSE17_W), reverse=True)
    assert weights[0] >= 20 and weights[-1] == 1
    assert sum(w == 1 for w in weights) >= len(weights) // 3


def test_file_equals_generator():
    assert ROWS == blind.make_blind17()
    assert len(ROWS) == blind.ROWS17 == 200


def test_body_and_plants_are_verbatim():
    for row in ROWS:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece and piece in row["Doctor"]
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert set(row["body"]) <= set(blind.BODY17)


def test_shares_of_boilerplate_and_damage():
    damage = set(blind.DAMAGE17)
    plain = sum(any(p not in damage for p in row["plants"]) for row in ROWS)
    damaged = sum(any(p in damage for p in row["plants"]) for row in ROWS)
    assert 0.80 <= plain / len(ROWS) <= 0.95
    assert 0.10 <= damaged / len(ROWS) <= 0.30


def test_common_forms_dominate_the_rows():
    openers = Counter(p for row in ROWS for p in row["plants"][:1])
    top = sum(n for _, n in openers.most_common(10))
    assert top > sum(openers.values()) / 3
    assert len(openers) >= 40


def _run_in(row):
    """A plant whose last letter runs straight into the next word ("HelloThanks"), as a "~" template makes."""
    doctor = row["Doctor"]
    for plant in row["plants"]:
        end = doctor.find(plant) + len(plant)
        if plant[-1].isalnum() and end < len(doctor) and doctor[end].isalpha():
            return True
    return False


def test_joins_vary():
    doctors = [row["Doctor"] for row in ROWS]
    newline = sum("\n" in d for d in doctors)
    tight = sum(bool(re.search(r"[.,!][A-Z(]", d)) for d in doctors)
    spaced = sum("\n" not in d and not re.search(r"[.,!][A-Z(]", d) for d in doctors)
    run_in = sum(_run_in(row) for row in ROWS)
    assert newline >= 20 and tight >= 20 and spaced >= 60 and run_in >= 5
