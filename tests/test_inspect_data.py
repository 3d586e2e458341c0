"""scripts/inspect_data.py as a user runs it: the report, the histogram, the boilerplate n-grams, errors."""

from conftest import ROOT, run_script

DIRTY = ROOT / "tests" / "data" / "dirty_dialogs.jsonl"


def test_report_on_a_data_file(tmp_path, tiny_model_dir):
    r = run_script("scripts/inspect_data.py", str(DIRTY), "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "cleaned 10 rows" in r.stdout and "2 short" in r.stdout
    report = (tmp_path / "data_report.md").read_text(encoding="utf-8")
    assert "| greeting | 8 |" in report and "| too short (dropped) | 2 |" in report
    # the boilerplate shows in the openings before cleaning and is gone after
    before, after = report.split("| opening, before")[1].split("\n\n")[0], report.split("## Examples")[1]
    assert "thanks for your query" in before and "before: Hi. Welcome to HealthcareMagic." in after
    assert (tmp_path / "token_lengths.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_source_is_one_line(tmp_path):
    r = run_script("scripts/inspect_data.py", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0
    assert r.stderr.startswith("medqa: error: data.source") and "not found" in r.stderr
    assert not (tmp_path / "out").exists()


def test_report_shows_mined_phrases(tmp_path, tiny_model_dir):
    import json
    import random

    from medqa.synthetic import planted

    rng = random.Random(0)
    rows = [{"Patient": planted.patient(rng), "Doctor": ("Warm salutations from our little team. " if i % 2 else "")
             + planted.body(rng)} for i in range(400)]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = run_script("scripts/inspect_data.py", str(path), "data.clean.mine_min_rows=300",
                   "data.clean.mine_min_count=100", "--sample", "50", "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "boilerplate: rules + 1 mined phrases" in r.stdout + r.stderr
    report = (tmp_path / "out" / "data_report.md").read_text(encoding="utf-8")
    mined = report.split("## Mined boilerplate")[1]
    assert "Mining: mining (400 answers" in mined
    phrase = "warm salutations from our little team"
    assert f"| open | {phrase} | 200 | 0 | Warm salutations from our little team. |" in mined
    assert "- before: Warm salutations from our little team. " in mined and "| mined phrases | 200 |" in report


def test_report_shows_courtesy_peeled(tmp_path, tiny_model_dir):
    import json

    body = "Your knee X-ray shows early osteoarthritis. Quadriceps exercises twice a day will help."
    rows = [{"Patient": f"My knee hurts, day {i}.", "Doctor": f"Glad you asked. {body} Row {i}."} for i in range(6)]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = run_script("scripts/inspect_data.py", str(path), "data.clean.dedup=off", "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr[-2000:]
    report = (tmp_path / "out" / "data_report.md").read_text(encoding="utf-8")
    assert "| courtesy | 6 |" in report
    section = report.split("## Courtesy told by its words")[1].split("## Mined")[0]
    assert f"- before: Glad you asked. {body} Row 0." in section and f"after: {body} Row 0." in section
