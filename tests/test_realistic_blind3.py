"""Integrity of the third blind set (issue 24): its pools, its rows and its file. It never runs the cleaning;
scoring is for whoever judges the cleaner, with realistic_set.score."""

import re

import realistic_blind
import realistic_blind2
import realistic_blind3 as rb3
import realistic_set

POOLS3 = {"BODY3": rb3.BODY3, "OPEN3": rb3.OPEN3, "CLOSE3": rb3.CLOSE3, "DAMAGE3": rb3.DAMAGE3}


def _norm(text: str) -> str:
    """Case, punctuation, spaces and placeholders ignored, so 'Hi {name},' equals 'HI!'."""
    return re.sub(r"[\W_]+", "", re.sub(r"\{[^}]*\}", "", text).lower())


def _earlier_strings() -> set[str]:
    """Every string in the earlier sets' pools (any module-level list of strings), normalised."""
    seen = set()
    for module in (realistic_set, realistic_blind, realistic_blind2):
        for value in vars(module).values():
            if isinstance(value, list) and value and all(isinstance(s, str) for s in value):
                seen |= {_norm(s) for s in value}
    return seen


def test_pools_are_big_enough_and_have_no_repeats():
    floors = {"BODY3": 100, "OPEN3": 60, "CLOSE3": 60, "DAMAGE3": 6}
    for name, pool in POOLS3.items():
        assert len(pool) >= floors[name], name
        normalised = [_norm(s) for s in pool]
        assert len(set(normalised)) == len(pool), f"{name} repeats a string"
    everything = [_norm(s) for pool in POOLS3.values() for s in pool]
    assert len(set(everything)) == len(everything), "a string sits in two pools"


def test_no_string_equals_one_in_the_earlier_sets():
    earlier = _earlier_strings()
    assert len(earlier) > 100  # the comparison really saw the earlier pools
    for name, pool in POOLS3.items():
        same = [i for i, s in enumerate(pool) if _norm(s) in earlier]
        assert not same, f"{name} indices {same} equal an earlier set's string"


def test_body_is_plain_text_and_damage_is_damaged():
    assert not [s for s in rb3.BODY3 if "{" in s or "~" in s or "chat doctor" in s.lower()]
    assert all("attachment removed" in s.lower() or "Chat Doctor" in s for s in rb3.DAMAGE3)
    assert sum("Chat Doctor" in s for s in rb3.DAMAGE3) >= 3


def test_rows_keep_body_and_plants_verbatim():
    rows = rb3.make_blind3(400, seed=7)
    for row in rows:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5
        assert all(s in row["Doctor"] for s in row["body"] + row["plants"])
        assert not [p for p in row["plants"] if "{" in p or "~" in p]
        assert "{" not in row["Patient"] + row["Description"]


def test_share_of_rows_with_boilerplate_and_damage():
    rows = rb3.make_blind3(1000, seed=11)
    with_plants = sum(bool(r["plants"]) for r in rows) / len(rows)
    damaged = sum(any(p in rb3.DAMAGE3 for p in r["plants"]) for r in rows) / len(rows)
    assert 0.85 <= with_plants <= 0.93
    assert 0.15 <= damaged <= 0.25


def test_rows_use_every_kind_of_join():
    doctors = [r["Doctor"] for r in rb3.make_blind3(400, seed=5)]
    assert any("\n" in d for d in doctors)
    assert any(re.search(r"\.[A-Z(]", d) for d in doctors)  # a full stop run into the next piece
    glued = [t.rstrip("~") for t in rb3.OPEN3 if t.endswith("~") and not t.endswith(" ~")]
    assert glued and any(re.search(r"[^\s]~$", t) for t in rb3.OPEN3)
    assert any(re.search(re.escape(g.rsplit("}")[-1]) + r"[A-Z(]", d) for g in glued for d in doctors)


def test_file_equals_the_generator_output():
    assert rb3.FILE.read_text(encoding="utf-8") == rb3.dumps(rb3.make_blind3(rb3.ROWS, rb3.SEED))
    assert rb3.make_blind3(5, 1) == rb3.make_blind3(5, 1)
    assert rb3.make_blind3(5, 1) != rb3.make_blind3(5, 2)
