"""The second blind realistic set (tests/realistic_blind2.py) is what it claims to be: pools of the promised sizes,
new to every pool the cleaning rules were tuned on, and rows whose medical sentences and boilerplate stand
verbatim in the answer. Nothing here cleans or scores the set; it is scored once, by whoever reports the figure."""

import re

import pytest
import realistic_blind
import realistic_blind2 as rb2
import realistic_set

POOLS = {"BODY2": 90, "OPEN2": 50, "CLOSE2": 50, "DAMAGE2": 6}
ROWS = rb2.make_blind2(3000, 7)


def _letters(text):
    return re.sub(r"[^a-z]", "", re.sub(r"\{\w+\}", "", text.lower()))


def _their_strings():
    return [v for module in (realistic_set, realistic_blind) for k, pool in vars(module).items()
            if k.isupper() and isinstance(pool, list) for v in pool if isinstance(v, str)]


@pytest.mark.parametrize("name", sorted(POOLS))
def test_pools_have_their_sizes_and_no_repeats(name):
    pool = getattr(rb2, name)
    assert len(pool) >= POOLS[name]
    assert all(_letters(t) for t in pool)
    assert len({_letters(t) for t in pool}) == len(pool)


@pytest.mark.parametrize("name", sorted(POOLS) + ["PATIENT2"])
def test_no_template_is_in_the_other_sets_pools(name):
    theirs = _their_strings()
    assert len(theirs) > 300  # the comparison really saw both modules' pools
    exact, loose = set(theirs), {_letters(t) for t in theirs}
    assert sum(t in exact or _letters(t) in loose for t in getattr(rb2, name)) == 0


def test_body_sentences_are_whole_and_never_inside_one_another():
    low = [s.lower() for s in rb2.BODY2]
    assert sum(a in b for a in low for b in low if a != b) == 0
    assert all(s[-1] in ".?" and "chat doctor" not in s and "~" not in s and "{" not in s for s in low)


def test_body_holds_the_hard_cases_that_look_like_courtesy():
    starts = ["Thanks to", "Hope", "Take care", "Best", "Welcome", "Dear", "Regards to", "Please", "Sorry, but",
              "Good news", "Wish", "Tab.", "Cap.", "Inj.", "Syp."]
    assert all(any(s.startswith(w) for s in rb2.BODY2) for w in starts)
    assert sum(s.endswith("?") for s in rb2.BODY2) >= 5
    assert sum(len(s.split()) <= 3 for s in rb2.BODY2) >= 4
    assert sum("Dr." in s for s in rb2.BODY2) >= 2


def test_damage_is_an_attachment_note_or_the_placeholder_mid_sentence():
    for t in rb2.DAMAGE2:
        assert "attachment" in t.lower() or (" Chat Doctor " in t and not t.startswith("Chat Doctor"))


def test_rows_keep_body_and_plants_verbatim_and_nothing_else():
    for row in ROWS:
        assert set(row) == {"Description", "Patient", "Doctor", "body", "plants"}
        assert 2 <= len(row["body"]) <= 5 and set(row["body"]) <= set(rb2.BODY2)
        assert len(row["plants"]) <= 7
        rest = row["Doctor"]
        for piece in sorted(row["plants"] + row["body"], key=len, reverse=True):
            assert piece in rest
            rest = rest.replace(piece, " ", 1)
        assert rest.strip() == ""


def test_most_rows_but_not_all_carry_an_opener_or_closer():
    signed = sum(any(p not in rb2.DAMAGE2 for p in r["plants"]) for r in ROWS) / len(ROWS)
    damaged = sum(any(p in rb2.DAMAGE2 for p in r["plants"]) for r in ROWS) / len(ROWS)
    assert 0.85 <= signed <= 0.92
    assert 0.15 <= damaged <= 0.25


def test_pieces_are_joined_as_scraped_text_joins_them():
    doctors = [r["Doctor"] for r in ROWS]
    assert sum(bool(re.search(r"[.!?][A-Z]", d)) for d in doctors) > 100  # a full stop that lost its space
    assert sum("\n" in d for d in doctors) > 300
    assert sum(t.endswith("~") for t in rb2.OPEN2 + rb2.CLOSE2) >= 4
    glued = 0  # a plant run into the next piece with no space ("Hi hiYour symptoms")
    for row in ROWS:
        d = row["Doctor"]
        glued += any(d.find(p) >= 0 and d[d.find(p) + len(p):][:1].isalpha() for p in row["plants"])
    assert glued > 50


def test_the_file_on_disk_is_what_the_generator_makes():
    text = rb2.FILE.read_text(encoding="utf-8")
    assert text == rb2.dumps(rb2.make_blind2(rb2.ROWS, rb2.SEED))
    assert len(text.splitlines()) == 200
