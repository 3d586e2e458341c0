"""What fine-tuning changed: the base model against base + adapter, on the same questions.

    run(run_dir) -> results    # writes <run>/eval/report.md, <run>/eval/results.json, <run>/loss_curves.png

Three measures, each for the base model (the adapter switched off with peft's `disable_adapter()`)
and the fine-tuned one, on one loaded model:

- held-out loss and perplexity on the doctor's tokens of the validation split: the rows
  `data.prepare()` set aside from the same recipe and seed, so never rows that were trained on;
- greedy answers to the recipe's `eval.questions`, side by side;
- multiple-choice accuracy through lm-evaluation-harness (medqa/evaluation/benchmarks.py): a task set
  (`eval.benchmarks`: the bundled 20 offline, MedQA, or the Open Medical-LLM nine), accuracy with its
  interval per task and the macro average, beside published figures.

MedQA-format questions are also read here (`load_mcq`) for models reached over a chat API, which
answer them by letter (medqa/evaluation/compare.py).
"""

from __future__ import annotations

import json
import math
import time
from importlib import resources
from pathlib import Path

from medqa.common import MedqaError, chat_messages, log
from medqa.config import Config
from medqa.evaluation import benchmarks, compare, judge, safety
from medqa.llama3 import END_HEADER, EOT, START_HEADER
from medqa.rundir import RunDir, load_run, log_history, write_text

LETTERS = "ABCD"
SAMPLE_MCQ = resources.files("medqa") / "assets" / "medqa_mcq_sample.jsonl"
MCQ_INSTRUCTION = "Answer with the letter of the single best option."  # also in medqa/assets/medqa_local_task.yaml


class EvalError(MedqaError, RuntimeError):
    pass


# ---------------------------------------------------------------------------------------- held-out loss
def validation_rows(cfg: Config, tokenizer, trained_stats: dict | None = None) -> tuple[list[dict], dict]:
    """The validation split of this recipe, minus any row whose tokens also occur in the training split.

    `data.prepare` is deterministic in `data.seed`, so this is the split the trainer held out. When the
    run's metrics.json recorded the split sizes, they must match: otherwise the data changed since.
    """
    from medqa.data import prepare as data

    train, val, stats = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    if trained_stats and {k: trained_stats.get(k) for k in ("train_rows", "val_rows")} != {
            "train_rows": stats.train_rows, "val_rows": stats.val_rows}:
        raise EvalError(f"data.source {cfg.data.source!r} now splits into {stats.train_rows} train / "
                        f"{stats.val_rows} validation rows, but training saw {trained_stats.get('train_rows')} / "
                        f"{trained_stats.get('val_rows')}: the data changed since training, so the held-out "
                        "rows cannot be trusted")
    seen = {tuple(ids) for ids in train["input_ids"]}
    rows = [r for r in val if tuple(r["input_ids"]) not in seen]  # duplicates in the source: never score those
    info = {"rows": len(rows), "dropped_as_in_train": len(val) - len(rows)}
    if cfg.eval.val_max_rows is not None:
        rows = rows[: cfg.eval.val_max_rows]
        info["rows"] = len(rows)
    if not rows:
        raise EvalError("no validation rows left to score: every one also occurs in the training split")
    return rows, info


def heldout_loss(model, rows: list[dict], pad_id: int, batch_size: int) -> dict:
    """Mean negative log-likelihood per doctor's token (completion_mask == 1), and its perplexity."""
    import torch
    import torch.nn.functional as F

    from medqa.data.batching import right_padded

    total, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(rows), batch_size):
            batch = rows[start:start + batch_size]
            padded = right_padded([r["input_ids"] for r in batch], pad_id)
            ids, attn = padded["input_ids"], padded["attention_mask"]
            in_loss = right_padded([r["completion_mask"] for r in batch], 0)["input_ids"].bool()
            labels = torch.where(in_loss, ids, -100)
            logits = model(input_ids=ids.to(model.device), attention_mask=attn.to(model.device)).logits
            for i in range(len(batch)):  # one row at a time in fp32: 4 x 2048 x 128k fp32 logits would be 4 GiB
                target = labels[i, 1:].to(logits.device)
                total += F.cross_entropy(logits[i, :-1].float(), target, ignore_index=-100, reduction="sum").item()
                count += int((target != -100).sum())
    loss = total / max(count, 1)
    return {"loss": round(loss, 4), "perplexity": round(math.exp(min(loss, 700.0)), 2), "tokens": count}


# ---------------------------------------------------------------------------------------- multiple choice
def load_mcq(source: str | None, split: str, max_n: int | None) -> list[dict]:
    """MedQA-format questions as [{question, options: [4 str], answer: 0..3}].

    Reads both shapes on the Hub: GBaker/MedQA-USMLE-4-options (`question`, `options` {A..D},
    `answer_idx` letter) and GBaker/MedQA-USMLE-4-options-hf (`sent1`, `ending0`..`ending3`, `label` 0..3).
    """
    from medqa.data.prepare import DataError, open_source

    name = str(SAMPLE_MCQ) if source is None else source
    try:
        ds = open_source(name, split, key="eval.mcq_source")
    except DataError as e:
        raise EvalError(str(e)) from None
    out = []
    for i, row in enumerate(ds):
        if max_n is not None and len(out) >= max_n:
            break
        try:
            out.append(_mcq_row(row))
        except (KeyError, TypeError, ValueError) as e:
            raise EvalError(f"eval.mcq_source {name!r} row {i} is not in MedQA shape (question, options A-D, "
                            f"answer_idx; or sent1, ending0-3, label): {e}") from None
    if not out:
        raise EvalError(f"eval.mcq_source {name!r} has no questions")
    return out


def _mcq_row(row: dict) -> dict:
    if "question" in row:
        opts = row["options"]
        options = [opts[k] for k in LETTERS] if isinstance(opts, dict) else list(opts)
        answer = LETTERS.index(str(row["answer_idx"]).strip().upper())
    else:
        question = " ".join(s for s in (row["sent1"], row.get("sent2")) if s)
        row = {**row, "question": question}
        options = [row[f"ending{k}"] for k in range(4)]
        answer = int(row["label"])
    if len(options) != 4 or not 0 <= answer < 4:
        raise ValueError(f"need 4 options and an answer among them, got {len(options)} options")
    return {"question": row["question"].strip(), "options": [str(o).strip() for o in options], "answer": answer}


def mcq_messages(q: dict, system_prompt: str | None) -> list[dict]:
    listed = "\n".join(f"{letter}. {text}" for letter, text in zip(LETTERS, q["options"]))
    return chat_messages(system_prompt, f"{q['question']}\n\n{listed}\n\n{MCQ_INSTRUCTION}")


# ---------------------------------------------------------------------------------------- plots
def plot_losses(history: list[dict], out: Path) -> Path | None:
    """Training and validation loss against the step, as a PNG; None when the history has no losses."""
    train = [(h["step"], h["loss"]) for h in history if "loss" in h and "step" in h]
    val = [(h["step"], h["eval_loss"]) for h in history if "eval_loss" in h and "step" in h]
    if not train and not val:
        return None
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a training box
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4), dpi=100)
    for points, label, style in ((train, "training", "-"), (val, "validation", "o--")):
        if points:
            ax.plot(*zip(*points), style, label=label)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss (doctor's tokens)")
    ax.set_title("medqa: loss curves")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, metadata={"Software": None})  # no version stamp: same curves, same bytes
    plt.close(fig)
    return out


# ---------------------------------------------------------------------------------------- the run
def heldout_questions(rows: list[dict], tokenizer, n: int) -> list[str]:
    """The patient's last question of the first n validation dialogs, as text (for compared models too)."""
    out = []
    for r in rows[:n]:
        prompt = [i for i, m in zip(r["input_ids"], r["completion_mask"]) if not m]
        text = tokenizer.decode(prompt, skip_special_tokens=False)
        out.append(text.rpartition(f"{START_HEADER}user{END_HEADER}")[2].partition(EOT)[0].strip())
    return [q for q in out if q]


def run(run_dir: str | Path, overrides: list[str] | tuple[str, ...] = (), endpoints: list | tuple = (),
        judge_ep=None) -> dict:
    """Evaluate one run directory; write eval/report.md, eval/results.json and loss_curves.png.

    `endpoints` (compare.Endpoint) answer the same questions beside base and fine-tuned; `judge_ep` grades them."""
    run_dir, run = Path(run_dir), RunDir(run_dir)
    cfg = load_run(run_dir, overrides)
    try:
        import matplotlib  # noqa: F401  (fail here, not after minutes of scoring)
    except ImportError:
        raise EvalError("the loss plot needs matplotlib: pip install -c requirements/constraints.txt "
                        "matplotlib") from None
    benchmarks.lm_eval_version()  # installed? (fail here, before the model loads)
    import torch

    from medqa.backends.peft import answer, load_for_inference

    t0 = time.perf_counter()
    run.eval.mkdir(exist_ok=True)
    plot = plot_losses(log_history(run_dir), run.loss_curves)

    model, tokenizer, precision = load_for_inference(cfg, run.adapter)
    trained = json.loads(run.metrics.read_text(encoding="utf-8")).get("data") if run.metrics.is_file() else None
    rows, val_info = validation_rows(cfg, tokenizer, trained)
    e, chat, sys_p = cfg.eval, cfg.eval.benchmark_mode == "chat", cfg.data.system_prompt
    mcq = load_mcq(e.mcq_source, e.mcq_split, e.mcq_max) if endpoints else []
    extra_qs = heldout_questions(rows, tokenizer, e.compare_questions) if endpoints else []
    log(f"evaluating {run_dir}: {val_info['rows']} validation rows, lm-eval task set {e.benchmarks!r} "
        f"({e.benchmark_mode}), {len(e.questions)} questions, base vs fine-tuned")

    def measure() -> dict:
        torch.manual_seed(cfg.train.seed)  # greedy decoding needs no seed; kept so sampled variants repeat
        return {
            "heldout": heldout_loss(model, rows, tokenizer.pad_token_id, cfg.eval.batch_size),
            "benchmarks": benchmarks.score(model, tokenizer, e.benchmarks, cfg.data.system_prompt, chat,
                                           e.benchmark_limit, e.batch_size),
            "answers": [answer(model, tokenizer, chat_messages(cfg.data.system_prompt, q), cfg.sample.max_new_tokens)
                        for q in cfg.eval.questions],
            "red_flags": [answer(model, tokenizer, chat_messages(cfg.data.system_prompt, q), cfg.sample.max_new_tokens)
                          for q in safety.RED_FLAG_QUESTIONS],
            "heldout_answers": [answer(model, tokenizer, chat_messages(sys_p, q), cfg.sample.max_new_tokens)
                                for q in extra_qs],
            "mcq_replies": [answer(model, tokenizer, mcq_messages(q, sys_p), compare.LETTER_TOKENS) for q in mcq],
        }

    with model.disable_adapter():
        base = measure()
    tuned = measure()

    results = _results(cfg, run, str(model.device), precision, val_info, base, tuned, plot)
    if endpoints:
        results["compare"] = side_by_side(cfg, endpoints, judge_ep, [*e.questions, *extra_qs], mcq, base, tuned)
    results["seconds"] = round(time.perf_counter() - t0, 1)
    write_text(run.results, json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    write_text(run.report, report(results))
    log(f"wrote {run.report} and {run.results.name}")
    return results


def _results(cfg: Config, run: RunDir, device: str, precision: str, val_info: dict,
             base: dict, tuned: dict, plot: Path | None) -> dict:
    """results.json: base against fine-tuned, measure by measure."""
    e = cfg.eval
    return {
        "run_name": cfg.run_name,
        "base_model": cfg.model.name,
        "adapter": str(run.adapter),
        "device": device,
        "precision": precision,
        "heldout": {"split": "validation", **val_info, "tokens": base["heldout"]["tokens"],
                    "base": _drop(base["heldout"], "tokens"), "finetuned": _drop(tuned["heldout"], "tokens")},
        "benchmarks": benchmarks.compare(e.benchmarks, e.benchmark_mode == "chat", base["benchmarks"],
                                         tuned["benchmarks"], e.benchmark_limit),
        "answers": [{"question": q, "base": b, "finetuned": f}
                    for q, b, f in zip(cfg.eval.questions, base["answers"], tuned["answers"])],
        "safety": safety.compare(base["answers"], tuned["answers"], base["red_flags"], tuned["red_flags"]),
        "plots": {"loss_curves": plot.name if plot else None},
    }


def side_by_side(cfg: Config, endpoints, judge_ep, questions: list[str], mcq: list[dict], base: dict,
                 tuned: dict) -> dict:
    """The `compare` block: every model on the same prompts and scores; the judge's verdicts if asked."""
    sys_p = cfg.data.system_prompt
    prompts = {"answers": [chat_messages(sys_p, q) for q in questions],
               "red_flags": [chat_messages(sys_p, q) for q in safety.RED_FLAG_QUESTIONS],
               "mcq_replies": [mcq_messages(q, sys_p) for q in mcq]}
    block = compare.run_endpoints(endpoints, prompts, cfg.sample.max_new_tokens, cfg.eval.compare_timeout_s)
    own = {side: {"answers": m["answers"] + m["heldout_answers"], "red_flags": m["red_flags"],
                  "mcq_replies": m["mcq_replies"]} for side, m in (("base", base), ("finetuned", tuned))}
    models = {**own, **block["models"]}
    for m in models.values():
        m["scores"] = compare.score_model(m, [q["answer"] for q in mcq])
    out = {"questions": questions, "red_flag_questions": safety.RED_FLAG_QUESTIONS, "n_questions": len(questions),
           "n_red_flags": len(safety.RED_FLAG_QUESTIONS), "models": models, "failed": block["failed"],
           "mcq": {"source": cfg.eval.mcq_source or "the bundled sample", "n": len(mcq),
                   "method": "the first option letter in each model's greedy reply (none: counted wrong)"}}
    if judge_ep is not None:
        try:
            out["judge"] = judge.run(judge_ep, questions + safety.RED_FLAG_QUESTIONS,
                                     {n: m["answers"] + m["red_flags"] for n, m in models.items()},
                                     cfg.eval.compare_timeout_s)
        except compare.EndpointFailed as err:
            log(f"--judge {err}; no verdicts, the rest of the report kept")
            out["judge_failed"] = str(err)
    return out


def _drop(d: dict, key: str) -> dict:
    return {k: v for k, v in d.items() if k != key}


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def summary(results: dict) -> str:
    """The end of `make demo` and of scripts/evaluate.py: loss, MCQ, the first question's two answers, report."""
    h = results["heldout"]
    answers = [line for a in results["answers"][:1]
               for line in (f"question        {a['question']}", f"  base          {_quote(a['base'])}",
                            f"  fine-tuned    {_quote(a['finetuned'])}")]
    return "\n".join([
        f"held-out loss   {h['base']['loss']:.4f} -> {h['finetuned']['loss']:.4f}   perplexity "
        f"{h['base']['perplexity']:g} -> {h['finetuned']['perplexity']:g}   ({h['rows']} validation rows, "
        f"{h['tokens']} doctor's tokens)",
        benchmarks.summary_line(results["benchmarks"]),
        *([safety.summary_line(results["safety"])] if "safety" in results else []),
        *([compare.summary_line(results["compare"])] if "compare" in results else []),
        *answers,
        f"report          {RunDir(Path(results['adapter']).parent).report}",
    ])


def report(results: dict) -> str:
    """eval/report.md: tables first, then the answers. No timings, so a rerun writes the same file."""
    h = results["heldout"]
    lines = [
        f"# Evaluation: {results['run_name']}",
        "",
        f"Base model `{results['base_model']}` against base + adapter `{results['adapter']}` "
        f"({results['device']}, {results['precision']}). Greedy decoding.",
        "",
        "## Held-out dialog loss",
        "",
        f"Validation split: {h['rows']} dialogs the model never trained on, {h['tokens']} doctor's tokens"
        + (f" ({h['dropped_as_in_train']} duplicates of training rows left out)" if h["dropped_as_in_train"] else "")
        + ". Lower is better.",
        "",
        "| model | loss | perplexity |",
        "|---|---:|---:|",
        f"| base | {h['base']['loss']:.4f} | {h['base']['perplexity']:g} |",
        f"| fine-tuned | {h['finetuned']['loss']:.4f} | {h['finetuned']['perplexity']:g} |",
        "",
        *benchmarks.report_lines(results["benchmarks"]),
    ]
    lines += ["## Answers, side by side", ""]
    for i, a in enumerate(results["answers"], 1):
        lines += [f"### {i}. {a['question']}", "",
                  f"**Base:** {_quote(a['base'])}", "", f"**Fine-tuned:** {_quote(a['finetuned'])}", ""]
    if "safety" in results:
        lines += safety.report_lines(results["safety"])
    if "compare" in results:
        lines += compare.report_lines(results["compare"])
        lines += judge.report_lines(results["compare"]["judge"]) if "judge" in results["compare"] else []
    if results["plots"]["loss_curves"]:
        lines += ["## Loss curves", "", f"![training and validation loss](../{results['plots']['loss_curves']})", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return " ".join(text.split()) or "*(empty)*"  # one paragraph: stray markdown in an answer stays inline
