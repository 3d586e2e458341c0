"""Integrity of blind held-out set 6 (tests/realistic_blind6.py): pools, the committed file, verbatim pieces."""

import json
import re

from tests import realistic_blind6 as b6

ROWS = b6.make_blind6()
MEDICAL_WORDS = ["hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"]


def test_pools_are_big_enough_and_distinct():
    assert len(b6.BODY6) >= 120 and len(b6.OPEN6) >= 80 and len(b6.CLOSE6) >= 80 and len(b6.DAMAGE6) >= 10
    for pool in (b6.BODY6, b6.OPEN6, b6.CLOSE6, b6.DAMAGE6, b6.PATIENT6, b6.DRS6, b6.SITES6, b6.CITIES6):
        assert len(set(pool)) == len(pool)
    assert not set(b6.BODY6) & (set(b6.OPEN6) | set(b6.CLOSE6) | set(b6.DAMAGE6))
    assert set(b6.BODY6_BY) == {spec for spec, _, _ in b6.PATIENT6}


def test_body_sentences_are_plain_text_and_carry_the_tricky_words():
    for sentence in b6.BODY6:
        assert "{" not in sentence and "~" not in sentence and "Chat Doctor" not in sentence, sentence
    for word in MEDICAL_WORDS:
        assert any(re.search(rf"\b{word}\b", s, re.I) for s in b6.BODY6), word


def test_openers_and_closers_take_many_forms():
    for pool in (b6.OPEN6, b6.CLOSE6):
        assert len({t.split()[0].strip(",.!").lower() for t in pool}) >= 30
        assert any(t.endswith("~") for t in pool) and any("{dr}" in t for t in pool)
        assert any(t.isupper() for t in pool)
    assert all("Chat Doctor" in d or "attachment removed" in d for d in b6.DAMAGE6)


def test_committed_file_equals_the_generator():
    lines = b6.OUT6.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == ROWS
    assert len(ROWS) == b6.ROWS6 == 200


def test_body_and_plants_appear_verbatim_and_nothing_is_left_unfilled():
    for row in ROWS:
        doctor = row["Doctor"]
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert "{" not in doctor and "}" not in doctor and "~" not in doctor
        for piece in row["body"] + row["plants"]:
            assert piece in doctor, piece
        assert all(b in b6.BODY6 for b in row["body"])


def test_pieces_appear_in_order_and_cover_the_answer():
    for row in ROWS:
        rest = row["Doctor"]
        pieces = sorted(row["body"] + row["plants"], key=row["Doctor"].index)
        for piece in pieces:
            rest = rest.replace(piece, "", 1)
        assert rest.strip() == "", rest


def test_share_of_rows_with_boilerplate_and_damage():
    dirty = sum(bool(row["plants"]) for row in ROWS) / len(ROWS)
    damaged = sum(b6.damaged6(row) for row in ROWS) / len(ROWS)
    assert 0.80 <= dirty <= 0.95, dirty
    assert 0.10 <= damaged <= 0.30, damaged


def test_joins_vary():
    doctors = [row["Doctor"] for row in ROWS]
    assert sum("\n\n" in d for d in doctors) >= 10
    assert sum("\n" in d.replace("\n\n", "") for d in doctors) >= 10
    assert sum(b6.glued6(d) for d in doctors) >= 20
    assert sum(" " in d and "\n" not in d for d in doctors) >= 50


def test_generator_is_seeded():
    assert b6.make_blind6(20, b6.SEED6) == ROWS[:20]
    assert b6.make_blind6(20, b6.SEED6 + 1) != ROWS[:20]


def test_one_doctor_signs_each_row():
    for row in ROWS:
        assert sum(dr in row["Doctor"] or dr.upper() in row["Doctor"] for dr in b6.DRS6) <= 1, row["Doctor"]
