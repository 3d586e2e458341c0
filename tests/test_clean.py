"""Cleaning rules one by one, the hand-written dirty and control rows, the planted set's targets, dedup,
and the hook in data.prepare."""

import json

import pytest
import realistic_set
from conftest import DEMO, ROOT

from medqa.config import CleanCfg, ConfigError, load_config
from medqa.data import boilerplate, clean, dedup
from medqa.data import prepare as data
from medqa.synthetic import planted

DIRTY = [json.loads(line) for line in (ROOT / "tests" / "data" / "dirty_dialogs.jsonl").open(encoding="utf-8")]
CONTROL = [json.loads(line) for line in (ROOT / "tests" / "data" / "control_dialogs.jsonl").open(encoding="utf-8")]


# ---------------------------------------------------------------------------------------- one rule at a time
@pytest.mark.parametrize("rule, before, after", [
    ("greeting", "Hi. Welcome to iCliniq. Thanks for your query. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Hello dear, I have gone through your query in detail. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Thank you for the details, your rash looks like eczema.", "Your rash looks like eczema."),
    ("greeting", "I am Dr. A. Kumar. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Hello! Greetings from Lybrate. Rest the ankle.", "Rest the ankle."),
    ("signoff", "Rest the ankle. Hope this helps. Regards, Dr. Ines Silva, MBBS, MD", "Rest the ankle."),
    ("signoff", "Rest the ankle. Wish you good health. Take care.", "Rest the ankle."),
    ("signoff", "Rest the ankle. Dr. Omar Haddad, General Physician Thanks and regards", "Rest the ankle."),
    ("signoff", "Rest the ankle, take care.", "Rest the ankle."),
    ("signoff", "Rest the ankle. Let me know if you have any other questions.", "Rest the ankle."),
    ("site", "I read your question on HealthcareMagic and the ankle needs rest.", "I read your question and the ankle "
                                                                                "needs rest."),
    ("contact", "Rest the ankle. Visit https://example.org/ankle for exercises. Elevate it.",
     "Rest the ankle. Elevate it."),
    ("contact", "Send the report to doc.lee@example.com and keep resting the ankle for a week.",
     "Send the report and keep resting the ankle for a week."),
    ("contact", "Rest the ankle. Call me on +44 7700 900123 for an appointment.", "Rest the ankle."),
    ("referral", "Rest the ankle. For more information consult an orthopaedic surgeon online --> "
                 "https://www.icliniq.com/ask-a-doctor-online/orthopaedician", "Rest the ankle."),
    ("debris", "Itâ€™s a sprain  --  rest the ankle .\n--\n\n\n\nElevate it.",
     "It's a sprain - rest the ankle.\n\nElevate it."),
    # widened for issue 24: each rule, on phrasings the first rules missed
    ("greeting", "HelloThanks for query. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Hello There is a good chance this is a sprain.", "There is a good chance this is a sprain."),
    ("greeting", "HELLO, Hii, Dear Sir/Madam, Rest the ankle.", "Rest the ankle."),
    ("greeting", "Hello and welcome. Thank you for posting your question here. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Welcome on HCM! Rest the ankle.", "Rest the ankle."),
    ("greeting", "Hello and welcome to 'Ask A Doctor' service. Rest the ankle.", "Rest the ankle."),
    ("greeting", "Welcome to Healthcare MagicIn PCOD, weight loss helps.", "In PCOD, weight loss helps."),
    ("greeting", "HelloThank you for asking in HCMAccording to your report, the TSH is high.",
     "According to your report, the TSH is high."),
    ("greeting", "I am Dr. Ravi Rao answering your query. Rest the ankle.", "Rest the ankle."),
    ("greeting", "I am ChatDoctor answering your query in simple words. Rest the ankle.", "Rest the ankle."),
    ("greeting", "I went through your query and understand your concern. I understood your problem. Rest the ankle.",
     "Rest the ankle."),
    ("signoff", "Rest the ankle. I hope it helps. Hope to have been helpful! Best wishes. Get Well Soon.",
     "Rest the ankle."),
    ("signoff", "Rest the ankle. Available for further clarifications. I will be happy to help you further.",
     "Rest the ankle."),
    ("signoff", "Rest the ankle. Please rate my answer. You can ask a paid question for a detailed reply.",
     "Rest the ankle."),
    ("signoff", "Rest the ankle. Dr Ravi Rao MS(Ortho) FRCSConsultant Orthopaedic Surgeon, Pune. India",
     "Rest the ankle."),
    ("signoff", "Rest the ankle. Thanks & Regards, Dr. Ravi Rao, M.D. & D.N.B.", "Rest the ankle."),
    ("signoff", "Rest the ankle. Thanks for using Healthcare Magic. Take care, Ravi.", "Rest the ankle."),
    ("damage", "Rest the ankle. (attachment removed to protect patient identity) Ice it.", "Rest the ankle. Ice it."),
    ("damage", "Rest the ankle. Use a different terminology to ad Chat Doctor. Ice it.", "Rest the ankle. Ice it."),
    ("contact", "Rest the ankle. Please use this URL to ask me directly: bit.ly/3xYz9", "Rest the ankle."),
    ("referral", "Rest the ankle. For more information consult an orthopaedic surgeon online.", "Rest the ankle."),
    ("site", "So your query on HCM was clear and the ankle needs rest.",
     "So your query was clear and the ankle needs rest."),
])
def test_each_rule_removes_only_what_it_names(rule, before, after):
    assert clean.RULES[rule](before) != before
    assert clean.fix_debris(clean.RULES[rule](before)) == after  # clean_answer tidies the gap a removal leaves
    # and the other rules leave that rule's output alone where it has none of their boilerplate
    assert clean.clean_answer(after) == clean.fix_debris(after)


def test_hcm_the_disease_stays():
    text = "Sudden death is rare in HCM. Screen your brother with an echo, as HCM runs in families."
    assert clean.clean_answer(text) == text


def test_the_placeholder_never_survives_cleaning():
    text = "Rest the ankle.\nThe Chat Doctor on the scan is small. Ice it. Regards, Chat Doctor"
    assert clean.clean_answer(text) == "Rest the ankle.\nIce it."


def test_numbers_that_are_not_phones_stay():
    text = "BP 120/80, dose 250-500 mg for 5-7 days from 12.03.2024; call 911 or 112 now; TSH 0.4-4.0 mIU/L."
    assert clean.strip_contacts(text) == text


@pytest.mark.parametrize("row", DIRTY, ids=lambda r: r["Doctor"][:30])
def test_dirty_rows_give_their_expected_answer(row):
    got = clean.clean_answer(row["Doctor"])
    if row["expected"] is None:  # nothing but boilerplate: too short to keep
        assert clean.word_count(got) < CleanCfg().min_answer_words
    else:
        assert got == row["expected"]
        assert clean.clean_answer(got) == got  # idempotent


@pytest.mark.parametrize("row", CONTROL, ids=lambda r: r["Doctor"][:30])
def test_control_rows_never_change_and_are_not_flagged(row):
    assert clean.clean_answer(row["Doctor"]) == row["Doctor"]
    assert not any(detect(row["Doctor"]) for detect in clean.DETECTORS.values())


def test_clean_rows_counts_and_drops():
    patients = [r["Patient"] for r in DIRTY + CONTROL]
    keep, _, doctors, counts = clean.clean_rows(patients, [r["Doctor"] for r in DIRTY + CONTROL], 5)
    assert counts["short_dropped"] == sum(r["expected"] is None for r in DIRTY)
    assert len(keep) == len(DIRTY) + len(CONTROL) - counts["short_dropped"]
    assert counts["greeting"] == sum(r["expected"] is not None and clean.has_greeting(r["Doctor"]) for r in DIRTY)
    assert doctors[-len(CONTROL):] == [r["Doctor"] for r in CONTROL]
    # a second pass changes nothing
    _, _, again, counts2 = clean.clean_rows(patients, doctors, 5)
    assert again == doctors and sum(v for k, v in counts2.items()) == 0


# ---------------------------------------------------------------------------------------- the planted set
@pytest.fixture(scope="module")
def planted_result():
    rows, truth = planted.make(3000, seed=7)
    patients, doctors = [r["Patient"] for r in rows], [r["Doctor"] for r in rows]
    keep, p, d, counts = clean.clean_rows(patients, doctors, CleanCfg().min_answer_words)
    exact, near = dedup.duplicates(p, d, "near", 0.8)
    return rows, truth, dict(zip(keep, d)), {keep[i] for i in range(len(keep)) if exact[i] or near[i]}, d


def test_planted_boilerplate_removed_and_bodies_kept(planted_result):
    rows, truth, cleaned, _, _ = planted_result
    by_kind = {}
    for i, t in enumerate(truth):
        if t["copy_of"] is None and t["body"]:
            for kind in t["plants"]:
                by_kind.setdefault(kind, []).append(cleaned.get(i) == t["body"])
    for kind in ("greeting", "signoff", "url", "referral", "mojibake"):
        assert len(by_kind[kind]) > 100 and sum(by_kind[kind]) / len(by_kind[kind]) >= 0.99, kind
    control = [i for i, t in enumerate(truth) if t["copy_of"] is None and t["body"] and not t["plants"]]
    assert len(control) > 1000 and all(cleaned[i] == rows[i]["Doctor"] for i in control)
    short = [i for i, t in enumerate(truth) if t["copy_of"] is None and t["body"] is None]
    assert short and all(i not in cleaned for i in short)


def test_cleaning_is_idempotent_on_the_planted_set(planted_result):
    doctors = planted_result[4]
    assert [clean.clean_answer(d) for d in doctors] == doctors


def test_planted_duplicates_found_without_false_ones(planted_result):
    _, truth, cleaned, dropped, _ = planted_result
    dups = [i for i, t in enumerate(truth) if t["copy_of"] is not None]
    originals = [i for i, t in enumerate(truth) if t["copy_of"] is None and i in cleaned]
    assert len(dups) > 200
    assert sum(i in dropped for i in dups) / len(dups) >= 0.95
    assert sum(i in dropped for i in originals) / len(originals) <= 0.005


# ---------------------------------------------------------------------------------------- dedup
def test_normalise_and_exact():
    assert dedup.normalise("  Rest, and FLUIDS!\n") == "rest and fluids"
    p, d = ["Knee hurts.", "knee HURTS", "Knee hurts."], ["Rest it!", "rest it", "Ice it."]
    assert dedup.duplicates(p, d, "exact", 0.8) == ([False, True, False], [False] * 3)
    assert dedup.duplicates(p, d, "off", 0.8) == ([False] * 3, [False] * 3)


def test_near_needs_both_turns_alike():
    q = "my left knee has been swelling after every run for three weeks and it clicks when I climb stairs"
    a = "this sounds like irritation of the cartilage so rest it for a week use ice twice daily and see a physio"
    other = "I have had a dry cough and a mild fever for three days with no breathlessness and no chest pain"
    p = [q, q + " today", other, q]
    d = [a, a, a, "take paracetamol for the fever drink fluids and rest at home until you feel better again"]
    exact, near = dedup.duplicates(p, d, "near", 0.8)
    assert exact == [False] * 4 and near == [False, True, False, False]
    assert dedup.duplicates(p, d, "near", 0.8) == (exact, near)  # deterministic


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.95])
def test_bands_give_the_promised_candidate_recall(threshold):
    b = dedup.bands_for(threshold)
    assert 1 - (1 - threshold ** dedup.ROWS_PER_BAND) ** b >= dedup.CANDIDATE_RECALL


# ---------------------------------------------------------------------------------------- recipe and data.prepare
def test_every_recipe_cleans_by_default():
    recipes = sorted((ROOT / "recipes").glob("*.yaml"))
    assert len(recipes) >= 5
    for path in recipes:
        c = load_config(path).data.clean
        assert c.enabled and c.dedup == "near" and c.min_answer_words >= 1, path.name
        assert "  clean:" in path.read_text(encoding="utf-8"), path.name  # said in the recipe, with its reasons


def test_empty_and_wordless_rows_do_not_break_dedup():
    assert dedup.duplicates([], [], "near", 0.8) == ([], [])
    # rows with an empty turn are left to data.prepare, which counts them as empty
    assert dedup.duplicates(["  ", None, " "], ["", "!!", ""], "near", 0.8) == ([False] * 3, [False] * 3)


def test_everything_dropped_by_cleaning_says_so(tmp_path, tokenizer):
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps({"Patient": f"q {i}?", "Doctor": "Hi. Take care."}) + "\n" for i in range(4)),
                    encoding="utf-8")
    with pytest.raises(data.DataError, match="after data.clean dropped 4 of 4 .data.clean.enabled=false keeps them"):
        data.prepare(load_config(DEMO, [f"data.source={path}"]).data, tokenizer, 512)


def test_clean_section_is_typed():
    assert load_config(DEMO, ["data.clean.dedup=off"]).data.clean.dedup == "off"  # YAML reads a bare off as False
    with pytest.raises(ConfigError, match="unknown key 'data.clean.dedupe'.*did you mean 'dedup'"):
        load_config(DEMO, ["data.clean.dedupe=near"])
    with pytest.raises(ConfigError, match="data.clean.dedup"):
        load_config(DEMO, ["data.clean.dedup=fuzzy"])


def test_prepare_counts_in_stats(tmp_path, tokenizer):
    rows = DIRTY + CONTROL + CONTROL[:2]  # two exact duplicates
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cfg = load_config(DEMO, [f"data.source={path}", "data.max_rows=null"])
    train, val, stats = data.prepare(cfg.data, tokenizer, 512)
    c = stats.cleaning
    assert c["rows_in"] == len(rows) and c["exact_dup_dropped"] == 2 and c["short_dropped"] == 2
    assert c["rows_out"] == stats.rows_selected == len(train) + len(val) == len(rows) - 4
    assert c["greeting"] >= 7 and c["signoff"] >= 6 and c["referral"] == 1
    # a small source: the data line says the rules acted alone, and why
    assert stats.summary().startswith(f"cleaned {len(rows)} rows (boilerplate: rules only, {len(rows)} answers < "
                                      "data.clean.mine_min_rows 5000; changed: ")
    assert stats.as_dict()["cleaning"] == c
    off = load_config(DEMO, [f"data.source={path}", "data.max_rows=null", "data.clean.enabled=false"])
    _, _, raw = data.prepare(off.data, tokenizer, 512)
    assert raw.cleaning == {} and raw.rows_selected == len(rows)
    assert "before: " in data.cleaning_examples(cfg.data) and "after:  " in data.cleaning_examples(cfg.data)


# ---------------------------------------------------------------------------------------- the realistic set
def _realistic(name):
    return [json.loads(line) for line in (ROOT / "tests" / "data" / f"realistic_{name}.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_realistic_rows_the_rules_were_developed_on(name):
    rows = _realistic(name)
    score = realistic_set.score(rows, [clean.clean_answer(r["Doctor"]) for r in rows])
    assert score["rows"] >= 120 and score["sentences_lost"] == 0
    assert score["rows_keeping_boilerplate"] <= 0.05 * score["rows"], score["bad"][:3]


def test_realistic_heldout_at_scale_rules_and_mining():
    """The second held-out pool's phrasings at the size of a real source: the rules (the courtesy vocabulary
    among them) leave <= 5 % of rows with boilerplate, alone and with mining on top, and no medical sentence is
    lost either way. (Before the courtesy rule, the phrase rules alone left 53 %: docs/data.md.)"""
    rs = realistic_set
    rows = rs.make(10_000, 11, rs.HELD2_OPEN, rs.HELD2_CLOSE, rs.HELD2_DAMAGE)
    doctors = [r["Doctor"] for r in rows]
    mined = boilerplate.mine(doctors, CleanCfg(enabled=True))
    rules = rs.score(rows, [clean.clean_answer(d) for d in doctors])
    both = rs.score(rows, [clean.clean_answer(d, None, mined) for d in doctors])
    assert rules["sentences_lost"] == both["sentences_lost"] == 0
    assert rules["rows_keeping_boilerplate"] <= 0.05 * len(rows), rules["bad"][:3]
    assert both["rows_keeping_boilerplate"] <= 0.05 * len(rows), both["bad"][:3]


@pytest.mark.parametrize("text, after", [
    # the thanks pattern may run on into a place ("on <site>.com"), never into the medical sentence that follows
    ("Thanks for the query the rash is eczema.", "Thanks for the query the rash is eczema."),
    ("HelloThanks for reaching outYour chest X-ray is clear, so pneumonia is unlikely.",
     "Your chest X-ray is clear, so pneumonia is unlikely."),
    ("Dear Sir/Mam, Tab. Pantoprazole 40 mg once a day before breakfast.",
     "Tab. Pantoprazole 40 mg once a day before breakfast."),
])
def test_greetings_never_take_medical_words(text, after):
    assert clean.clean_answer(text) == after


@pytest.mark.parametrize("name, most", [
    # Each set was written blind, scored once (first look in docs/data.md), then joined the rules' development:
    # these bounds pin today's development figures, so a change that loses ground or a medical sentence fails.
    ("realistic_blind", 0.02), ("realistic_blind2", 0.0), ("realistic_blind3", 0.005), ("realistic_blind4", 0.01),
    ("realistic_blind5", 0.04), ("realistic_blind6", 0.035),
    ("realistic_blind7", 0.035), ("realistic_blind8", 0.01), ("realistic_blind9", 0.015), ("realistic_blind10", 0.025),
    ("realistic_blind11", 0.01), ("realistic_blind12", 0.015), ("realistic_blind13", 0.135),
    ("realistic_blind14", 0.15), ("realistic_blind15", 0.055), ("realistic_blind16", 0.04),
    ("realistic_blind17", 0.02), ("realistic_blind18", 0.04), ("realistic_blind19", 0.135),
    ("realistic_blind20", 0.09), ("realistic_blind21", 0.07), ("realistic_blind22", 0.035),
    ("realistic_blind23", 0.045), ("realistic_blind24", 0.15),
])
def test_the_blind_sets_as_development_sets(name, most):
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8")]
    score = realistic_set.score(rows, [clean.clean_answer(r["Doctor"]) for r in rows])
    assert score["sentences_lost"] == 0, [b for b in score["bad"] if b["missing"]][:2]
    assert score["rows_keeping_boilerplate"] <= most * len(rows)
