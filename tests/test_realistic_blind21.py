"""Integrity of blind set 21: pools, the committed file, verbatim body and plants, shares of boilerplate."""
import json
import re
from collections import Counter

from tests import realistic_blind21 as b


def _rows():
    return [json.loads(line) for line in b.OUT21.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    for pool, least in [(b.BODY21, 120), (b.OPEN21, 80), (b.CLOSE21, 80), (b.DAMAGE21, 10), (b.PATIENT21, 20)]:
        assert len(pool) >= least
        assert len(set(pool)) == len(pool)
    assert not set(b.BODY21) & (set(b.OPEN21) | set(b.CLOSE21) | set(b.DAMAGE21))
    assert all(len(advice) >= 3 for _, advice in b.TOPICS21)
    assert len(b.TOPIC_SPECS21) == len(b.TOPICS21)


def test_file_equals_generator():
    assert _rows() == b.make_blind21(200, b.SEED21)


def test_body_and_plants_verbatim_and_filled():
    for row in _rows():
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"]
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_body_stays_on_the_patients_problem():
    topics = dict(b.TOPICS21)
    for row in _rows():
        assert set(row["body"]) <= set(topics[row["Patient"]]) | set(b.LIFESTYLE21)


def test_shares_of_boilerplate_and_damage():
    rows = _rows()
    damaged = sum(any(p in b.DAMAGE21 for p in r["plants"]) for r in rows) / len(rows)
    with_plants = sum(bool(r["plants"]) for r in rows) / len(rows)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary():
    doctors = [r["Doctor"] for r in _rows()]
    assert 0.1 * len(doctors) <= sum("\n" in d for d in doctors) <= 0.9 * len(doctors)
    glued = sum(bool(re.search(r"[.?!][A-Za-z(]", d)) for d in doctors)
    assert 0.05 * len(doctors) <= glued <= 0.6 * len(doctors)


def test_common_forms_common_and_tail_rare():
    seen = Counter()
    for row in b.make_blind21(2000, b.SEED21 + 1):
        for slot in (b.OPEN_GREET21, b.CLOSE_WISH21, b.CLOSE_SIGN21):
            seen.update(slot.index(p) < 5 for p in row["plants"] if p in slot)
    assert seen[True] > seen[False]  # the first five forms of a slot outnumber its whole tail


def test_no_plant_hides_inside_a_body_sentence():
    for row in b.make_blind21(1000, b.SEED21 + 2):
        assert not [p for p in row["plants"] for s in row["body"] if p in s]
