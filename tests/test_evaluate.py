"""Evaluation on the tiny model, CPU: held-out rows are never training rows, the report has its fields,
MCQ scoring picks the most likely option, Wilson intervals and both MedQA shapes are right."""

import contextlib
import json

import pytest
import torch
from conftest import DEMO, ROOT, run_script

from medqa import rundir
from medqa.config import load_config
from medqa.data import prepare as data
from medqa.evaluation import compare
from medqa.evaluation import run as evaluate

SAMPLE_DIALOGS = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"


@pytest.fixture(scope="session")
def evaluated(trained_run):
    """scripts/evaluate.py run as a user runs it."""
    r = run_script("scripts/evaluate.py", str(trained_run), 'eval.questions=["Is a mild fever dangerous?"]')
    assert r.returncode == 0, r.stderr[-3000:]
    return trained_run, r


# ---------------------------------------------------------------------------------------- held-out rows
def test_validation_split_never_holds_training_rows(trained_run, tokenizer):
    cfg = load_config(trained_run / "config.yaml")
    train, val, _ = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    train_seqs = {tuple(ids) for ids in train["input_ids"]}
    rows, info = evaluate.validation_rows(cfg, tokenizer,
                                          json.loads((trained_run / "metrics.json").read_text())["data"])
    assert len(rows) == len(val) == info["rows"] == 24 and info["dropped_as_in_train"] == 0
    assert [r["input_ids"] for r in rows] == val["input_ids"]  # the split the trainer held out, in order
    assert not any(tuple(r["input_ids"]) in train_seqs for r in rows)


def test_duplicated_dialogs_are_dropped_from_validation(tmp_path, tokenizer):
    lines = SAMPLE_DIALOGS.read_text(encoding="utf-8").splitlines()
    dup = tmp_path / "dup.jsonl"
    dup.write_text("\n".join(lines + lines[:120]) + "\n", encoding="utf-8")  # half the rows twice
    cfg = load_config(DEMO, [f"data.source={dup}", "data.max_rows=null", "data.clean.dedup=off"])  # the safety net
    train, _, _ = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    rows, info = evaluate.validation_rows(cfg, tokenizer)
    train_seqs = {tuple(ids) for ids in train["input_ids"]}
    assert info["dropped_as_in_train"] > 0 and rows
    assert not any(tuple(r["input_ids"]) in train_seqs for r in rows)


def test_changed_data_is_refused(trained_run, tokenizer):
    cfg = load_config(trained_run / "config.yaml")
    with pytest.raises(evaluate.EvalError, match="the data changed since training"):
        evaluate.validation_rows(cfg, tokenizer, {"train_rows": 200, "val_rows": 40})


# ---------------------------------------------------------------------------------------- report
def test_report_files_have_the_expected_fields(evaluated):
    run_dir, r = evaluated
    res = json.loads((run_dir / "eval" / "results.json").read_text(encoding="utf-8"))
    h, m = res["heldout"], res["benchmarks"]
    assert h["rows"] == 24 and h["tokens"] > 1000
    for side in ("base", "finetuned"):
        assert h[side]["loss"] > 0 and h[side]["perplexity"] == pytest.approx(2.718281828 ** h[side]["loss"], rel=1e-3)
        t = m["tasks"]["medqa_local"][side]
        assert t["ci95"][0] <= t["acc"] <= t["ci95"][1] and m["macro"][side] == t["acc"]
    assert m["set"] == "local" and m["engine"] == "lm-evaluation-harness 0.4.13" and m["mode"].startswith("chat")
    assert m["tasks"]["medqa_local"]["n"] == 20 and m["tasks"]["medqa_local"]["version"] == 1.0
    preds = m["predictions"]["medqa_local"]
    assert len(preds) == 20 and set(preds[0]) == {"answer", "base", "finetuned"}
    assert [a["question"] for a in res["answers"]] == ["Is a mild fever dangerous?"]
    assert all(isinstance(a["base"], str) and isinstance(a["finetuned"], str) for a in res["answers"])
    # The fine-tuned held-out loss is the trainer's own final eval loss, computed independently.
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert h["finetuned"]["loss"] == pytest.approx(metrics["eval_loss"], rel=1e-3)
    assert h["base"]["loss"] != h["finetuned"]["loss"]  # the adapter was really switched off for the base

    report = (run_dir / "eval" / "report.md").read_text(encoding="utf-8")
    for heading in ("## Held-out dialog loss", "## Multiple choice (lm-evaluation-harness)",
                    "## Answers, side by side", "| medqa_local (1.0) | 20 |", "Open Medical-LLM Leaderboard",
                    "![training and validation loss](../loss_curves.png)"):
        assert heading in report
    assert (run_dir / "loss_curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "held-out loss" in r.stdout and "MCQ accuracy" in r.stdout and "lm-eval local set" in r.stdout
    # hygiene on every generated answer, red flags on the red-flag questions' answers (medqa/evaluation/safety.py)
    s = res["safety"]
    n_red = len(s["red_flags"]["questions"])
    assert 8 <= n_red and s["hygiene"]["base"]["n"] == s["hygiene"]["finetuned"]["n"] == n_red + 1
    for side in ("base", "finetuned"):
        assert 0 <= s["red_flags"][side]["urgent"] <= n_red and set(s["hygiene"][side]) >= {"greeting", "doctor_claim"}
    assert "## Answer hygiene and red flags" in report and "red flags" in r.stdout


def test_rerun_writes_the_same_report(evaluated):
    run_dir, _ = evaluated
    before = (run_dir / "eval" / "report.md").read_text(encoding="utf-8")
    evaluate.run(run_dir, ['eval.questions=["Is a mild fever dangerous?"]'])
    assert (run_dir / "eval" / "report.md").read_text(encoding="utf-8") == before


def test_script_error_is_one_line(tmp_path):
    r = run_script("scripts/evaluate.py", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.startswith("medqa: error: ") and "not a run directory" in r.stderr
    assert "Traceback" not in r.stderr


# ---------------------------------------------------------------------------------------- multiple choice
def reference_logliks(model, tokenizer, messages: list[dict]) -> list[float]:
    """medqa's retired scorer (choice_logliks, before issue 26): log P(letter | chat-templated prompt)."""
    from medqa.chat_template import hf_ids

    ids = hf_ids(tokenizer, messages)
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([ids], device=model.device)).logits[0, -1]
    logprobs = torch.log_softmax(logits.float(), dim=-1)
    return [float(logprobs[tokenizer(c, add_special_tokens=False)["input_ids"][0]]) for c in "ABCD"]


def test_lm_eval_local_task_picks_what_medqas_scorer_picked(trained_run):
    """lm-eval on the bundled 20 (chat template, recipe system prompt) = the hand-written scorer it replaced."""
    from medqa.backends.peft import load_for_inference
    from medqa.evaluation import benchmarks

    cfg = rundir.load_run(trained_run)
    model, tok, _ = load_for_inference(cfg, trained_run / "adapter")
    questions = evaluate.load_mcq(None, "test", None)
    sides = {}
    for side in ("base", "finetuned"):
        with model.disable_adapter() if side == "base" else contextlib.nullcontext():
            got = benchmarks.score(model, tok, "local", cfg.data.system_prompt)["medqa_local"]
            want = [reference_logliks(model, tok, evaluate.mcq_messages(q, cfg.data.system_prompt)) for q in questions]
        assert got["n"] == 20 and got["targets"] == [q["answer"] for q in questions]
        assert got["picks"] == [max(range(4), key=ll.__getitem__) for ll in want]
        # lm-eval moves the prompt's trailing "\n\n" (after the assistant header) into each option and scores
        # "\n\nA": the same log P("\n\n") on every option, so the options differ exactly as medqa's scores did.
        flat = [x - ll[0] for ll in got["logliks"] for x in ll]
        assert flat == pytest.approx([x - ll[0] for ll in want for x in ll], abs=1e-4)
        assert got["acc"] == sum(p == q["answer"] for p, q in zip(got["picks"], questions)) / 20
        sides[side] = flat
    assert sides["base"] != pytest.approx(sides["finetuned"], abs=1e-4)  # the adapter was really off for the base


def test_missing_lm_eval_is_one_line(trained_run):
    code = ("import sys; sys.modules['lm_eval'] = None; from medqa.cli.evaluate import main; "
            f"sys.exit(main([{str(trained_run)!r}]))")
    r = run_script("-c", code)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith("medqa: error: ") and ".[eval]" in r.stderr and r.stderr.count("\n") == 1


def test_wilson_interval_known_values():
    assert compare.wilson_interval(5, 20) == pytest.approx((0.1119, 0.4687), abs=1e-4)
    assert compare.wilson_interval(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert compare.wilson_interval(10, 10) == pytest.approx((0.7225, 1.0), abs=1e-4)
    lo, hi = compare.wilson_interval(600, 1000)
    assert lo == pytest.approx(0.5693, abs=1e-4) and hi == pytest.approx(0.6299, abs=1e-4)


def test_sample_mcq_is_in_medqa_shape():
    rows = [json.loads(line) for line in evaluate.SAMPLE_MCQ.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20
    for r in rows:
        assert set(r) == {"question", "answer", "options", "meta_info", "answer_idx"}
        assert list(r["options"]) == list("ABCD") and r["answer"] == r["options"][r["answer_idx"]]
    assert sorted(r["answer_idx"] for r in rows) == sorted("ABCD" * 5)  # no letter is a free win


def test_hf_swag_shape_reads_the_same(tmp_path):
    """GBaker/MedQA-USMLE-4-options-hf stores sent1, ending0..3 and an integer label."""
    bundled = evaluate.load_mcq(None, "test", None)
    hf = tmp_path / "hf.jsonl"
    with hf.open("w", encoding="utf-8") as f:
        for i, q in enumerate(bundled):
            row = {"id": f"q{i}", "sent1": q["question"], "sent2": "", "label": q["answer"]}
            row.update({f"ending{k}": o for k, o in enumerate(q["options"])})
            f.write(json.dumps(row) + "\n")
    assert evaluate.load_mcq(str(hf), "test", None) == bundled
    assert len(evaluate.load_mcq(str(hf), "test", 3)) == 3


def test_mcq_source_errors_name_the_problem(tmp_path):
    with pytest.raises(evaluate.EvalError, match="not found"):
        evaluate.load_mcq(str(tmp_path / "none.jsonl"), "test", None)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"question": "Q?", "options": {"A": "x", "B": "y"}, "answer_idx": "E"}) + "\n")
    with pytest.raises(evaluate.EvalError, match="row 0 is not in MedQA shape"):
        evaluate.load_mcq(str(bad), "test", None)


# ---------------------------------------------------------------------------------------- plots
def test_loss_curves_fall_back_to_the_last_checkpoint(tmp_path):
    for step in (2, 10):  # numeric order: checkpoint-10 is the last, though "10" < "2" as text
        ckpt = tmp_path / "checkpoints" / f"checkpoint-{step}"
        ckpt.mkdir(parents=True)
        history = [{"step": s, "loss": 3.0 - 0.1 * s} for s in range(1, step + 1)] + [{"step": step, "eval_loss": 2.5}]
        (ckpt / "trainer_state.json").write_text(json.dumps({"log_history": history}))
    history = rundir.log_history(tmp_path)
    assert max(h["step"] for h in history) == 10
    out = evaluate.plot_losses(history, tmp_path / "loss_curves.png")
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert evaluate.plot_losses([{"step": 1, "learning_rate": 1e-3}], tmp_path / "none.png") is None
