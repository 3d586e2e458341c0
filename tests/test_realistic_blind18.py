"""Integrity of blind held-out set 18: pools, the committed file, verbatim pieces and the shares of the mix."""
import json
import random
import re

import pytest

from tests import realistic_blind18 as b18


@pytest.fixture(scope="module")
def rows():
    with b18.OUT18.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _body():
    return b18.BODY18


def test_pools_are_large_enough_and_distinct():
    body = _body()
    assert body == [s for _, _, sentences in b18.TOPICS18.values() for s in sentences]
    assert len(body) >= 120 and len(set(body)) == len(body)
    assert len(b18.OPEN18) >= 80 and len(set(b18.OPEN18)) == len(b18.OPEN18)
    assert len(b18.CLOSE18) >= 80 and len(set(b18.CLOSE18)) == len(b18.CLOSE18)
    assert len(b18.DAMAGE18) >= 10 and len(set(b18.DAMAGE18)) == len(b18.DAMAGE18)
    assert not set(body) & set(b18.DAMAGE18)
    for pool in (b18.NAMES18, b18.DOCTORS18, b18.SITES18, b18.CITIES18):
        assert len(set(pool)) == len(pool) >= 5


def test_damaged_pieces_carry_the_placeholder_or_the_attachment_note():
    for piece in b18.DAMAGE18:
        assert b18.PH in piece or "attachment removed" in piece
    assert not any(b18.PH in s for s in _body())


def test_body_holds_medical_words_that_look_like_courtesy():
    text = " ".join(_body()).lower()
    for word in ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query"):
        assert re.search(rf"\b{word}\b", text), word


def test_file_equals_generator(rows):
    assert rows == json.loads(json.dumps(b18.make_blind18(b18.ROWS18, b18.SEED18)))
    assert len(rows) == b18.ROWS18 == 200


def test_generator_is_seeded():
    assert b18.make_blind18(20, 5) == b18.make_blind18(20, 5) != b18.make_blind18(20, 6)


def test_rows_have_the_schema_and_pieces_verbatim(rows):
    for row in rows:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece and piece in row["Doctor"], piece
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]
        assert not set(row["body"]) & set(row["plants"])


def test_doctor_is_only_its_pieces(rows):
    for row in rows:
        rest = row["Doctor"]
        for piece in sorted(row["body"] + row["plants"], key=len, reverse=True):
            rest = rest.replace(piece, "", 1)
        assert not rest.strip(), rest


def test_shares_of_boilerplate_and_damage(rows):
    damage = set(b18.DAMAGE18)
    boiler = sum(any(p not in damage for p in r["plants"]) for r in rows) / len(rows)
    damaged = sum(any(p in damage for p in r["plants"]) for r in rows) / len(rows)
    assert 0.80 <= boiler <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_placeholder_stands_in_greetings_signatures_and_sentences(rows):
    openers = [p for r in rows for p in r["plants"][:1] if b18.PH in p and p not in b18.DAMAGE18]
    signed = [p for r in rows for p in r["plants"] if p.startswith(("Regards", "Dr.", "Thanks and")) and b18.PH in p]
    inside = [p for r in rows for p in r["plants"] if p in b18.DAMAGE18 and b18.PH in p]
    assert len(openers) >= 10 and len(signed) >= 5 and len(inside) >= 10


def _glued(row):
    pieces = row["body"] + row["plants"]
    doctor = row["Doctor"]
    return any((end := doctor.find(p) + len(p)) < len(doctor) and not doctor[end].isspace() for p in pieces)


def test_joins_vary(rows):
    newline = sum("\n" in r["Doctor"] for r in rows)
    glued = sum(_glued(r) for r in rows)
    spaced_only = sum("\n" not in r["Doctor"] and not _glued(r) for r in rows)
    assert newline >= 20 and glued >= 20 and spaced_only >= 20


def test_nested_pieces_are_redrawn():
    rng = random.Random(0)
    for _ in range(300):
        row = b18.make_row18(rng)
        pieces = row["body"] + row["plants"]
        assert not any(a in c for i, a in enumerate(pieces) for j, c in enumerate(pieces) if i != j)
