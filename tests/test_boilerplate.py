"""Mined boilerplate (medqa/data/boilerplate.py): phrases no rule names, found by their recurrence at the
edges; medical sentences that recur stay; deterministic; small sources fall back to the rules."""

import json
import random

import pytest

from medqa.config import CleanCfg
from medqa.data import boilerplate, clean, medical
from medqa.synthetic import planted

CFG = CleanCfg(enabled=True)


@pytest.fixture(scope="module")
def random_edges():
    rows, truth = planted.make_random_edges(50_000, seed=3)
    doctors = [r["Doctor"] for r in rows]
    return doctors, truth, boilerplate.mine(doctors, CFG)


def test_random_phrases_are_mined_and_controls_untouched(random_edges):
    doctors, truth, mined = random_edges
    planted_phrases = removed = controls = 0
    for d, t in zip(doctors, truth):
        out = mined.strip(d)
        phrases = t["opens"] + t["closes"]
        if not phrases:
            controls += 1
            assert out == d, d  # no control row changes
            continue
        planted_phrases += len(phrases)
        removed += sum(p.rstrip(".,!") not in out for p in phrases)
        assert t["body"] in out  # the medical text stays whole
    assert controls > 15_000 and planted_phrases > 40_000
    assert removed / planted_phrases >= 0.95


def test_mining_is_deterministic_and_order_free(random_edges):
    doctors = random_edges[0][:10_000]
    mined = boilerplate.mine(doctors, CFG)
    assert boilerplate.mine(doctors, CFG).as_dict() == mined.as_dict()
    shuffled = list(doctors)
    random.Random(0).shuffle(shuffled)
    again = boilerplate.mine(shuffled, CFG)  # inner counts are sampled by position: compare phrases and counts
    assert {w: {k: v["count"] for k, v in p.items()} for w, p in again.phrases.items()} == \
           {w: {k: v["count"] for k, v in p.items()} for w, p in mined.phrases.items()}


def _corpus(n=6000, seed=1):
    """Answers opening with a stock greeting no rule names, and a medical sentence that recurs everywhere."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = planted.body(rng)
        head = "Warm salutations from our little team. " if i % 3 == 0 else ""
        tail = " Drink plenty of water." if i % 4 == 0 else ""
        middle = body.replace(". ", ". Drink plenty of water. ", 1) if i % 5 == 0 else body
        only_edge = " Kindly sip a litre of fluids each morning." if i % 6 == 0 else ""  # medical, only at the end
        out.append(head + middle + tail + only_edge)
    return out


def test_recurring_medical_sentences_survive_and_stock_greeting_goes():
    doctors = _corpus()
    mined = boilerplate.mine(doctors, CFG)
    assert "warm salutations from our little team" in mined.phrases["open"]
    assert not any("water" in k or "fluids" in k for k in mined.phrases["close"])
    for phrase in ("drink plenty of water", "kindly sip a litre of fluids each morning"):  # both recur >= 1000 times
        assert phrase not in mined.phrases["close"] and medical.is_medical(phrase, "close")
    out = mined.strip(doctors[0])
    assert not out.startswith("Warm") and out.endswith("Drink plenty of water. Kindly sip a litre of fluids each "
                                                        "morning.")
    # the same words inside an answer are never touched
    inside = "Rest the ankle. Warm salutations from our little team. Ice it twice a day."
    assert mined.strip(inside) == inside


def test_keep_and_small_sources():
    doctors = _corpus()
    kept = boilerplate.mine(doctors, CleanCfg(enabled=True, keep=["WARM salutations from our  little team!"]))
    assert "warm salutations from our little team" not in kept.phrases["open"]
    assert {"phrase": "warm salutations from our little team", "why": "data.clean.keep"}.items() <= \
           next(k for k in kept.kept if k["why"] == "data.clean.keep").items()
    small = boilerplate.mine(doctors[:500], CFG)  # data.max_rows-sized or the demo's: the rules act alone
    assert not small.acted and small.phrases == {"open": {}, "close": {}}
    assert small.reason == "500 answers < data.clean.mine_min_rows 5000"
    assert small.strip(doctors[0]) == doctors[0]
    _, _, stats = clean.clean_columns(["q"] * 500, doctors[:500], CFG)
    assert "(boilerplate: rules only, 500 answers < data.clean.mine_min_rows 5000; " in clean.summary(stats)
    _, _, stats = clean.clean_columns([f"q{i}" for i in range(6000)], doctors, CFG)
    assert "(boilerplate: rules + 1 mined phrases; " in clean.summary(stats) and stats["mined"] == 2000
    assert json.loads(json.dumps(stats))["boilerplate"]["phrases"][0]["count"] == 2000  # metrics.json-ready


@pytest.mark.parametrize("unit, k", [
    ("HelloThanks for query.", "hello thanks for query"),
    ("Regards, Dr. Ravi Sharma, MD.", "regards dr <name> md"),
    ("Hi Anita, thanks", "hi <name> thanks"),
    ("Thanks for using Chat Doctor!", "thanks for using <placeholder>"),
    ("A TSH of 7.2 at 48 years.", "a tsh of 0 at 0 years"),
])
def test_key_normalises(unit, k):
    assert boilerplate.key(unit) == k
