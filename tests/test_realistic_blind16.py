"""Integrity of blind held-out set 16: pools, the committed file, verbatim body and plants, and the mix of rows."""

import json
import random
import re

import pytest

from tests import realistic_blind16 as b16

ROWS = [json.loads(line) for line in b16.OUT16.read_text(encoding="utf-8").splitlines()]
NUMBER = re.compile(r"^(\d+[.)] ?|- )")
HEADINGS = {h for hs in b16.HEADINGS16.values() for h in hs}
DDX = {d for ds in b16.DDX16.values() for d in ds}


def _share(predicate) -> float:
    return sum(1 for row in ROWS if predicate(row)) / len(ROWS)


def _damaged(row: dict) -> bool:
    return any("Chat Doctor" in p or "attachment removed" in p for p in row["plants"])


def _follower(row: dict, piece: str) -> str:
    """The character right after a planted piece in the answer, or "" at its end."""
    at = row["Doctor"].index(piece) + len(piece)
    return row["Doctor"][at:at + 1]


def test_pools_are_big_enough_and_distinct():
    pools = {"body": b16.BODY16, "open": b16.OPEN16, "close": b16.CLOSE16, "damage": b16.DAMAGE16}
    floors = {"body": 120, "open": 80, "close": 80, "damage": 10}
    for name, pool in pools.items():
        assert len(pool) >= floors[name], name
        assert len(set(pool)) == len(pool), name
    assert not set(b16.BODY16) & (set(b16.OPEN16) | set(b16.CLOSE16) | set(b16.DAMAGE16))
    for pool in (b16.NAMES16, b16.DOCTORS16, b16.DEGREES16, b16.CITIES16, b16.SITES16, b16.PATIENT16):
        assert len(pool) >= 8 and len(set(pool)) == len(pool)


def test_body_pool_has_courtesy_words_in_a_medical_sense_and_emergency_advice():
    text = " ".join(b16.BODY16).lower()
    for word in ("hope", "thanks", "welcome", "regards", "care", "dear", "help", "query", "emergency"):
        assert word in text, word
    assert all(s.endswith(".") and "{" not in s and "~" not in s for s in b16.BODY16)


@pytest.mark.parametrize("spec", sorted(b16.SLUG16))
def test_every_template_fills_and_glue_marks_only_the_end(spec):
    ctx = b16._context(random.Random(0), spec)
    for template in b16.OPEN16 + b16.CLOSE16 + b16.DAMAGE16:
        text, glued = b16._piece(template, ctx)
        assert "{" not in text and "}" not in text and "~" not in text, template
        assert glued == template.endswith("~")


def test_file_equals_generator_and_generator_is_deterministic():
    assert b16.OUT16.read_text(encoding="utf-8") == b16.dumps16(b16.make_blind16())
    assert len(ROWS) == b16.ROWS16 == 200
    assert b16.make_blind16(20, 1) == b16.make_blind16(20, 1) != b16.make_blind16(20, 2)


def test_rows_have_the_schema_and_no_template_marks():
    for row in ROWS:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        for field in ("Description", "Patient", "Doctor"):
            assert row[field] and not re.search(r"[{}~]", row[field]), row[field]


def test_body_and_plants_appear_verbatim():
    for row in ROWS:
        assert row["body"], row
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"], piece


def test_body_lines_are_medical_and_plants_are_not():
    for row in ROWS:
        for line in row["body"]:
            item = NUMBER.sub("", line)
            head = any(line.startswith(h) for h in HEADINGS)
            assert line in b16.BODY16 or item in b16.BODY16 or item in DDX or head, line
        for plant in row["plants"]:
            assert plant not in b16.BODY16, plant


def test_shares_of_boilerplate_damage_terse_bare_and_headed_rows():
    assert 0.80 <= _share(lambda r: bool(r["plants"])) <= 0.95
    assert 0.10 <= _share(_damaged) <= 0.30
    assert 0.05 <= _share(lambda r: not r["plants"])
    assert 0.05 <= _share(lambda r: r["Doctor"].count("\n") <= 1 and len(r["body"]) <= 2) <= 0.25
    assert 0.15 <= _share(lambda r: any(line in HEADINGS for line in r["body"]))
    assert 0.10 <= _share(lambda r: any("-->" in p or "->" in p for p in r["plants"]))


def test_joins_vary():
    assert 0.3 <= _share(lambda r: "\n" in r["Doctor"])
    assert 0.1 <= _share(lambda r: "\n\n" in r["Doctor"])
    assert 0.2 <= _share(lambda r: " " in r["Doctor"].replace("\n", ""))
    after_stop = _share(lambda r: bool(re.search(r"[a-z)]\.[A-Z]", r["Doctor"])))
    glued_word = _share(lambda r: any(p[-1:].isalpha() and _follower(r, p).isalpha() for p in r["plants"]))
    assert 0.05 <= after_stop and 0.03 <= glued_word, (after_stop, glued_word)


def test_rows_use_many_different_openers_and_closers():
    plants = {p for row in ROWS for p in row["plants"]}
    assert len(plants) >= 150
    specs = {row["Description"] for row in ROWS}
    assert len(specs) >= 20
