"""Integrity of blind held-out set 20 (tests/realistic_blind20.py): pools, file, verbatim pieces, mix of rows."""

import json
import re

import pytest
import realistic_blind20 as b20

ROWS = b20.make_blind20()


def test_pools_are_large_and_distinct():
    for pool, floor in [(b20.BODY20, 120), (b20.OPEN20, 80), (b20.CLOSE20, 80), (b20.DAMAGE20, 10)]:
        assert len(pool) >= floor
        assert len(set(pool)) == len(pool)
    assert not set(b20.BODY20) & set(b20.DAMAGE20)
    assert len(b20.PATIENTS20) == len(b20.TITLES20)


def test_every_site_has_its_own_house_style():
    assert len(b20.HOUSE20) >= 6
    for site, house in b20.HOUSE20.items():
        assert len(house["open"]) >= 8 and len(house["close"]) >= 8, site
    used = {s for r in ROWS for s in b20.SITES20 if any(s in p for p in r["plants"])}
    assert len(used) >= 4


def test_file_equals_generator():
    lines = b20.OUT20.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == ROWS
    assert len(ROWS) == b20.ROWS20 == 200


def test_generator_is_seeded():
    assert b20.make_blind20(20, 7) == b20.make_blind20(20, 7)
    assert b20.make_blind20(20, 7) != b20.make_blind20(20, 8)


@pytest.mark.parametrize("i", range(0, 200, 1))
def test_row_pieces_are_verbatim(i):
    row = ROWS[i]
    assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
    doctor = row["Doctor"]
    assert "{" not in doctor and "~" not in doctor
    assert 2 <= len(row["body"]) <= 5
    for sentence in row["body"]:
        assert sentence in b20.BODY20 and sentence in doctor
    for piece in row["plants"]:
        assert piece and piece in doctor and piece not in b20.BODY20
    assert sum(map(len, row["body"] + row["plants"])) <= len(doctor)


def test_share_of_boilerplate_and_damage():
    with_plants = sum(bool(r["plants"]) for r in ROWS) / len(ROWS)
    damaged = sum(any(p in b20.DAMAGE20 for p in r["plants"]) for r in ROWS) / len(ROWS)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30
    assert all(sum(p in b20.DAMAGE20 for p in r["plants"]) <= 1 for r in ROWS)


def _glued(row):
    """Whether some piece runs straight into the next one, with no space or newline between."""
    doctor = row["Doctor"]
    for piece in row["body"] + row["plants"]:
        end = doctor.index(piece) + len(piece)
        if end < len(doctor) and not doctor[end].isspace():
            return True
    return False


def test_joins_vary():
    newline = sum("\n" in r["Doctor"] for r in ROWS)
    glued = sum(map(_glued, ROWS))
    tilde = sum(bool(re.search(r"[a-z.!,][A-Z]", r["Doctor"])) and _glued(r) for r in ROWS)
    spaced_only = sum("\n" not in r["Doctor"] for r in ROWS)
    assert newline >= 20 and glued >= 20 and spaced_only >= 20 and tilde >= 10


def test_mix_of_rows():
    plain = [r for r in ROWS if not r["plants"]]
    short = [r for r in ROWS if r["plants"] and sum(map(len, r["plants"])) > sum(map(len, r["body"]))]
    lively = [r for r in ROWS if "!" in "".join(r["plants"]) or any(ord(c) > 0x2000 for c in "".join(r["plants"]))]
    assert len(plain) >= 10 and len(short) >= 20 and len(lively) >= 20
