"""The blind realistic set's integrity (issue 24): the set itself, never the cleaning. Nothing here runs or
scores data.clean; the set is scored once, by whoever reports the blind figure."""

import json
import re

import pytest
import realistic_blind as rb
import realistic_set

POOLS = {"BLIND_BODY": 80, "BLIND_OPEN": 45, "BLIND_CLOSE": 45, "BLIND_DAMAGE": 6}


def _letters(text):
    """Case, spacing, punctuation and placeholders set aside: 'Hello {name},' and 'HELLO {first}' are one."""
    return re.sub(r"[^a-z]", "", re.sub(r"\{\w+\}", "", text.lower()))


def _their_strings():
    return [v for k, pool in vars(realistic_set).items() if k.isupper() and isinstance(pool, list)
            for v in pool if isinstance(v, str)]


@pytest.mark.parametrize("name", sorted(POOLS))
def test_pools_have_their_sizes_and_no_repeats(name):
    pool = getattr(rb, name)
    assert len(pool) >= POOLS[name]
    assert len({_letters(t) for t in pool}) == len(pool)


@pytest.mark.parametrize("name", sorted(POOLS) + ["BLIND_PATIENT"])
def test_no_template_is_in_the_pools_the_rules_were_developed_on(name):
    theirs = _their_strings()
    assert len(theirs) > 100  # the comparison really saw realistic_set's pools
    exact, loose = set(theirs), {_letters(t) for t in theirs}
    assert [t for t in getattr(rb, name) if t in exact or _letters(t) in loose] == []


def test_body_sentences_are_whole_and_never_inside_one_another():
    body = rb.BLIND_BODY
    assert all(s[-1] in ".!?" and s[0].isupper() and "{" not in s for s in body)
    assert not [s for s in body if "chat doctor" in s.lower()]
    assert not [(a, b) for a in body for b in body if a != b and a in b]


def test_damage_is_an_attachment_note_or_the_placeholder():
    assert all("attachment removed" in d.lower() or "Chat Doctor" in d for d in rb.BLIND_DAMAGE)


def test_rows_keep_body_and_plants_verbatim_in_realistic_sets_format():
    rows = rb.make_blind(2000, 7)
    keys = set(realistic_set.make(1, 0, rb.BLIND_OPEN, rb.BLIND_CLOSE, rb.BLIND_DAMAGE)[0])
    for row in rows:
        assert set(row) == keys
        assert row["body"] and all(s in row["Doctor"] for s in row["body"])
        assert all(p and p in row["Doctor"] for p in row["plants"])
        assert "{" not in row["Doctor"] and "~" not in row["Doctor"]


def test_most_rows_but_not_all_carry_an_opener_or_closer():
    rows = rb.make_blind(5000, 11)
    signed = sum(any(p not in rb.BLIND_DAMAGE for p in r["plants"]) for r in rows) / len(rows)
    assert 0.85 <= signed <= 0.92
    assert any(not r["plants"] for r in rows)


def test_the_file_on_disk_is_what_the_generator_makes():
    on_disk = rb.FILE.read_text(encoding="utf-8")
    assert on_disk == rb.dumps(rb.make_blind(rb.ROWS, rb.SEED))
    assert len([json.loads(line) for line in on_disk.splitlines()]) == 200
    assert rb.make_blind(50, 3) == rb.make_blind(50, 3) != rb.make_blind(50, 4)
