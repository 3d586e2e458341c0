"""Integrity of blind set 15 (tests/realistic_blind15.py): pools, file, verbatim pieces, shares, joins."""

import json
import random
import re

from tests.realistic_blind15 import (
    BODY15,
    CLOSE15,
    DAMAGE15,
    DOCTORS15,
    OPEN15,
    OUT15,
    PATIENT15,
    ROWS15,
    SEED15,
    SIGN15,
    make_blind15,
    make_doctors15,
    make_row15,
)


def _rows() -> list[dict]:
    return [json.loads(line) for line in OUT15.read_text(encoding="utf-8").splitlines()]


def _share(rows: list[dict], test) -> float:
    return sum(1 for row in rows if test(row)) / len(rows)


def test_pools_are_large_and_distinct():
    assert len(BODY15) >= 120 and len(set(BODY15)) == len(BODY15)
    assert len(OPEN15) >= 80 and len(set(OPEN15)) == len(OPEN15)
    assert len(CLOSE15) >= 80 and len(set(CLOSE15)) == len(CLOSE15)
    assert len(SIGN15) >= 20 and len(set(SIGN15)) == len(SIGN15)
    assert len(DAMAGE15) >= 10 and len(set(DAMAGE15)) == len(DAMAGE15)
    assert len(PATIENT15) >= 20 and DOCTORS15 >= 200
    assert not set(BODY15) & (set(OPEN15) | set(CLOSE15) | set(DAMAGE15))


def test_body_pool_holds_courtesy_words_in_a_medical_sense():
    for word in ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"):
        assert any(re.search(rf"\b{word}\b", s, re.I) for s in BODY15), word


def test_file_equals_generator():
    assert _rows() == make_blind15(ROWS15, SEED15)
    assert len(_rows()) == ROWS15


def test_body_and_plants_appear_verbatim_and_nothing_is_left_unrendered():
    for row in _rows():
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5 and set(row["body"]) <= set(BODY15)
        for piece in row["body"] + row["plants"]:
            assert piece and piece in row["Doctor"], piece
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert not any(p.lower() in b.lower() for p in row["plants"] for b in row["body"])


def test_pieces_appear_in_order():
    for row in _rows():
        doctor, at = row["Doctor"], 0
        pieces = sorted(row["body"] + row["plants"], key=row["Doctor"].index)
        for piece in pieces:
            at = doctor.index(piece, at) + len(piece)
        assert at <= len(doctor)


def test_shares_of_boilerplate_and_damage():
    rows, damage = _rows(), set(DAMAGE15)
    assert 0.80 <= _share(rows, lambda r: any(p not in damage for p in r["plants"])) <= 0.95
    assert 0.10 <= _share(rows, lambda r: any(p in damage for p in r["plants"])) <= 0.30
    assert _share(rows, lambda r: not r["plants"]) >= 0.04


def test_joins_vary():
    rows = _rows()
    assert _share(rows, lambda r: re.search(r"[.!?,][A-Za-z]", r["Doctor"])) >= 0.15
    assert _share(rows, lambda r: "\n" in r["Doctor"]) >= 0.2
    assert _share(rows, lambda r: "\n" not in r["Doctor"]) >= 0.1
    assert _share(rows, lambda r: ". " in r["Doctor"]) >= 0.8


def test_doctors_keep_habits_and_few_answer_many():
    doctors = make_doctors15(random.Random(SEED15 + 1))
    assert len(doctors) == DOCTORS15
    assert len({d["fields"]["dr"] for d in doctors}) >= 150
    assert {d["style"] for d in doctors} == {"plain", "india", "nigeria", "pakistan", "philippines"}
    assert all(1 <= len(d["opens"]) <= 2 and 1 <= len(d["closes"]) <= 2 for d in doctors)
    plants = [p for row in _rows() for p in row["plants"]]
    assert len(set(plants)) >= 150 and len(set(plants)) < len(plants)


def test_generator_is_deterministic_per_seed():
    assert make_row15(random.Random(7)) == make_row15(random.Random(7))
    assert make_blind15(20, 1) != make_blind15(20, 2)


def test_answers_stay_on_the_patients_topic():
    topics = {description: topic for description, _patient, topic in PATIENT15}
    assert all(sum(1 for s in BODY15 if re.search(t, s)) >= 2 for t in topics.values())
    for row in _rows():
        assert any(re.search(topics[row["Description"]], s) for s in row["body"]), row["Description"]
