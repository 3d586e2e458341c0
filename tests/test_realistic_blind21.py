"""Integrity of blind set 21: pools, the committed file, verbatim body and plants, shares of boilerplate."""
import json

from tests import realistic_blind21 as b


def _rows():
    return [json.loads(line) for line in b.OUT21.read_text(encoding="utf-8").splitlines()]


def test_pools_are_large_and_distinct():
    for pool, least in [(b.BODY21, 120), (b.OPEN21, 80), (b.CLOSE21, 80), (b.DAMAGE21, 10)]:
        assert len(pool) >= least
        assert len(set(pool)) == len(pool)
    assert not set(b.BODY21) & (set(b.OPEN21) | set(b.CLOSE21) | set(b.DAMAGE21))


def test_file_equals_generator():
    assert _rows() == b.make_blind21(200, b.SEED21)


def test_body_and_plants_verbatim_and_filled():
    for row in _rows():
        assert 2 <= len(row["body"]) <= 5
        for piece in row["body"] + row["plants"]:
            assert piece in row["Doctor"]
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_shares_of_boilerplate_and_damage():
    rows = _rows()
    damaged = sum(any(p in b.DAMAGE21 for p in r["plants"]) for r in rows) / len(rows)
    with_plants = sum(bool(r["plants"]) for r in rows) / len(rows)
    assert 0.80 <= with_plants <= 0.95
    assert 0.10 <= damaged <= 0.30


def test_joins_vary():
    doctors = [r["Doctor"] for r in _rows()]
    assert any("\n" in d for d in doctors)
    glued = [d for d in doctors if any(c.isalpha() and d[i - 1] in ".?!" for i, c in enumerate(d) if i)]
    assert 0.05 * len(doctors) <= len(glued) < 0.6 * len(doctors)


def test_head_forms_are_common_and_tail_rare():
    rows = _rows()
    texts = " ".join(r["Doctor"] for r in rows)
    head = sum(texts.count(t) for t in ["I have gone through your query", "Take care", "Regards"])
    assert head >= 40
