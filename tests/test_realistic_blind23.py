"""Integrity of blind set 23 (tests/realistic_blind23.py): pools, file equals generator, verbatim pieces, shares."""

import json
import random

from tests.realistic_blind23 import (
    BODY23,
    CLOSE23,
    DAMAGE23,
    GREET23,
    OPEN23,
    OUT23,
    PATIENT23,
    ROWS23,
    SEED23,
    make_blind23,
    make_row23,
)


def _rows():
    return [json.loads(line) for line in OUT23.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    opens, closes = [t for t, _ in OPEN23], [t for t, _ in CLOSE23]
    assert len(BODY23) >= 120 and len(set(BODY23)) == len(BODY23)
    assert len(opens) >= 80 and len(set(opens)) == len(opens)
    assert len(closes) >= 80 and len(set(closes)) == len(closes)
    assert len(DAMAGE23) >= 10 and len(set(DAMAGE23)) == len(DAMAGE23)
    assert all(w > 0 for _, w in OPEN23 + CLOSE23)
    assert all("Chat Doctor" in d or "attachment" in d.lower() for d in DAMAGE23)
    assert len(PATIENT23) >= 20


def test_weights_make_a_head_and_a_long_tail():
    for pool in (OPEN23, CLOSE23):
        weights = sorted((w for _, w in pool), reverse=True)
        assert sum(weights[:10]) > 0.3 * sum(weights)
        assert sum(1 for w in weights if w <= 2) >= 20


def test_file_equals_generator():
    assert _rows() == make_blind23(ROWS23, SEED23)
    assert len(_rows()) == 200


def test_body_and_plants_verbatim_and_no_template_marks_left():
    for row in _rows():
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece and piece in row["Doctor"]
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert all(s in BODY23 for s in row["body"])


def test_shares_of_boilerplate_and_damage():
    rows = _rows()
    boiler = sum(1 for r in rows if r["plants"]) / len(rows)
    damaged = sum(1 for r in rows if any(p in DAMAGE23 for p in r["plants"])) / len(rows)
    assert 0.80 <= boiler <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary():
    docs = [r["Doctor"] for r in _rows()]
    assert sum("\n" in d for d in docs) >= 20
    glued = sum(any(f"{p}{c}" in r["Doctor"] for p in r["plants"] + r["body"] for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                for r in _rows())
    assert glued >= 20
    assert sum(". " in d for d in docs) >= 100


def test_one_greeting_at_most_and_it_comes_first():
    greetings = tuple(t.rstrip("~").split("{")[0] for t, _ in OPEN23 if t.startswith(GREET23))
    for row in _rows():
        doctor = row["Doctor"]
        before = [p for p in row["plants"] if p not in DAMAGE23 and doctor.find(p) < doctor.find(row["body"][0])]
        heads = [p for p in before if p.startswith(greetings)]
        assert len(heads) <= 1
        assert not heads or before[0] == heads[0]


def test_row_generator_is_deterministic():
    assert make_row23(random.Random(5)) == make_row23(random.Random(5))
