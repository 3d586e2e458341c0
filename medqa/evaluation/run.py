"""What fine-tuning changed: the base model against base + adapter, on the same questions.

    run(run_dir) -> results    # writes <run>/eval/report.md, <run>/eval/results.json, <run>/loss_curves.png

Three measures, each for the base model (the adapter switched off with peft's `disable_adapter()`)
and the fine-tuned one, on one loaded model:

- held-out loss and perplexity on the doctor's tokens of the validation split: the rows
  `data.prepare()` set aside from the same recipe and seed, so never rows that were trained on;
- greedy answers to the recipe's `eval.questions`, side by side;
- multiple-choice accuracy on MedQA-format questions, with n and a 95 % Wilson interval. Each
  question is asked through the chat template with its options listed, and the option whose
  letter has the highest log-likelihood as the assistant's reply is the model's answer
  (lm-evaluation-harness scores `medqa_4options` by the letters in the same way).
"""

from __future__ import annotations

import json
import math
import time
from importlib import resources
from pathlib import Path

from medqa.common import MedqaError, chat_messages, log
from medqa.config import Config
from medqa.evaluation import safety
from medqa.rundir import RunDir, load_run, log_history, write_text

LETTERS = "ABCD"
SAMPLE_MCQ = resources.files("medqa") / "assets" / "medqa_mcq_sample.jsonl"
MCQ_INSTRUCTION = "Answer with the letter of the single best option."
# Published 0-shot MedQA (4 options, test split) accuracy of Llama-3-8B-Instruct is about 60 %,
# e.g. the Open Medical-LLM Leaderboard (lm-evaluation-harness, medqa_4options).
REFERENCE_NOTE = "Chance is 25 %. For scale: Llama-3-8B-Instruct scores about 60 % on the MedQA 4-option test set."


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


def choice_logliks(model, tokenizer, messages: list[dict], choices: list[str]) -> list[float]:
    """log P(choice | chat-templated prompt) for each choice, as the start of the assistant's reply."""
    import torch

    from medqa.chat_template import hf_ids
    from medqa.data.batching import right_padded

    prompt_ids = hf_ids(tokenizer, messages)  # the question and options as text, control tokens from the template
    conts = [tokenizer(c, add_special_tokens=False)["input_ids"] for c in choices]
    if all(len(c) == 1 for c in conts):  # option letters: one forward pass of the prompt scores them all
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([prompt_ids], device=model.device)).logits[0, -1]
        logprobs = torch.log_softmax(logits.float(), dim=-1).cpu()
        return [float(logprobs[c[0]]) for c in conts]
    seqs = [prompt_ids + c for c in conts]
    batch = right_padded(seqs, tokenizer.pad_token_id)
    with torch.no_grad():
        logits = model(**{k: v.to(model.device) for k, v in batch.items()}).logits
    logprobs = torch.log_softmax(logits.float(), dim=-1).cpu()
    out = []
    for i, s in enumerate(seqs):
        pos = torch.arange(len(prompt_ids), len(s))
        out.append(float(logprobs[i, pos - 1, torch.tensor(s)[pos]].sum()))
    return out


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval for k successes in n: sound at small n and near 0 or 1, unlike k/n +- z*se."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def score_mcq(model, tokenizer, questions: list[dict], system_prompt: str | None) -> dict:
    """Accuracy with n and a 95 % interval; `picks` holds the chosen option index per question."""
    picks = []
    for q in questions:
        ll = choice_logliks(model, tokenizer, mcq_messages(q, system_prompt), list(LETTERS))
        picks.append(max(range(4), key=ll.__getitem__))
    correct = sum(p == q["answer"] for p, q in zip(picks, questions))
    lo, hi = wilson_interval(correct, len(questions))
    return {"n": len(questions), "correct": correct, "accuracy": round(correct / len(questions), 4),
            "ci95": [round(lo, 4), round(hi, 4)], "picks": picks}


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
def run(run_dir: str | Path, overrides: list[str] | tuple[str, ...] = ()) -> dict:
    """Evaluate one run directory; write eval/report.md, eval/results.json and loss_curves.png."""
    run_dir, run = Path(run_dir), RunDir(run_dir)
    cfg = load_run(run_dir, overrides)
    try:
        import matplotlib  # noqa: F401  (fail here, not after minutes of scoring)
    except ImportError:
        raise EvalError("the loss plot needs matplotlib: pip install -c requirements/constraints.txt "
                        "matplotlib") from None
    import torch

    from medqa.backends.peft import answer, load_for_inference

    t0 = time.perf_counter()
    run.eval.mkdir(exist_ok=True)
    plot = plot_losses(log_history(run_dir), run.loss_curves)

    model, tokenizer, precision = load_for_inference(cfg, run.adapter)
    trained = json.loads(run.metrics.read_text(encoding="utf-8")).get("data") if run.metrics.is_file() else None
    rows, val_info = validation_rows(cfg, tokenizer, trained)
    questions = load_mcq(cfg.eval.mcq_source, cfg.eval.mcq_split, cfg.eval.mcq_max)
    log(f"evaluating {run_dir}: {val_info['rows']} validation rows, {len(questions)} MCQ, "
        f"{len(cfg.eval.questions)} questions, base vs fine-tuned")

    def measure() -> dict:
        torch.manual_seed(cfg.train.seed)  # greedy decoding needs no seed; kept so sampled variants repeat
        return {
            "heldout": heldout_loss(model, rows, tokenizer.pad_token_id, cfg.eval.batch_size),
            "mcq": score_mcq(model, tokenizer, questions, cfg.data.system_prompt),
            "answers": [answer(model, tokenizer, chat_messages(cfg.data.system_prompt, q), cfg.sample.max_new_tokens)
                        for q in cfg.eval.questions],
            "red_flags": [answer(model, tokenizer, chat_messages(cfg.data.system_prompt, q), cfg.sample.max_new_tokens)
                          for q in safety.RED_FLAG_QUESTIONS],
        }

    with model.disable_adapter():
        base = measure()
    tuned = measure()

    results = _results(cfg, run, str(model.device), precision, val_info, questions, base, tuned, plot)
    results["seconds"] = round(time.perf_counter() - t0, 1)
    write_text(run.results, json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    write_text(run.report, report(results))
    log(f"wrote {run.report} and {run.results.name}")
    return results


def _results(cfg: Config, run: RunDir, device: str, precision: str, val_info: dict, questions: list[dict],
             base: dict, tuned: dict, plot: Path | None) -> dict:
    """results.json: base against fine-tuned, measure by measure."""
    mcq_source = cfg.eval.mcq_source or "medqa/assets/medqa_mcq_sample.jsonl (bundled sample)"
    return {
        "run_name": cfg.run_name,
        "base_model": cfg.model.name,
        "adapter": str(run.adapter),
        "device": device,
        "precision": precision,
        "heldout": {"split": "validation", **val_info, "tokens": base["heldout"]["tokens"],
                    "base": _drop(base["heldout"], "tokens"), "finetuned": _drop(tuned["heldout"], "tokens")},
        "mcq": {"source": mcq_source, "split": cfg.eval.mcq_split if cfg.eval.mcq_source else None,
                "n": len(questions), "scoring": "log-likelihood of the option letter as the assistant's reply",
                "base": _drop(base["mcq"], "picks"), "finetuned": _drop(tuned["mcq"], "picks"),
                "predictions": [{"answer": LETTERS[q["answer"]], "base": LETTERS[b], "finetuned": LETTERS[f]}
                                for q, b, f in zip(questions, base["mcq"]["picks"], tuned["mcq"]["picks"])]},
        "answers": [{"question": q, "base": b, "finetuned": f}
                    for q, b, f in zip(cfg.eval.questions, base["answers"], tuned["answers"])],
        "safety": safety.compare(base["answers"], tuned["answers"], base["red_flags"], tuned["red_flags"]),
        "plots": {"loss_curves": plot.name if plot else None},
    }


def _drop(d: dict, key: str) -> dict:
    return {k: v for k, v in d.items() if k != key}


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def summary(results: dict) -> str:
    """The end of `make demo` and of scripts/evaluate.py: loss, MCQ, the first question's two answers, report."""
    h, m = results["heldout"], results["mcq"]
    b, f = m["base"], m["finetuned"]
    answers = [line for a in results["answers"][:1]
               for line in (f"question        {a['question']}", f"  base          {_quote(a['base'])}",
                            f"  fine-tuned    {_quote(a['finetuned'])}")]
    return "\n".join([
        f"held-out loss   {h['base']['loss']:.4f} -> {h['finetuned']['loss']:.4f}   perplexity "
        f"{h['base']['perplexity']:g} -> {h['finetuned']['perplexity']:g}   ({h['rows']} validation rows, "
        f"{h['tokens']} doctor's tokens)",
        f"MCQ accuracy    {_pct(b['accuracy'])} -> {_pct(f['accuracy'])}   (n={m['n']}; 95 % CI base "
        f"{_pct(b['ci95'][0])}-{_pct(b['ci95'][1])}, fine-tuned {_pct(f['ci95'][0])}-{_pct(f['ci95'][1])})",
        *([safety.summary_line(results["safety"])] if "safety" in results else []),
        *answers,
        f"report          {RunDir(Path(results['adapter']).parent).report}",
    ])


def report(results: dict) -> str:
    """eval/report.md: tables first, then the answers. No timings, so a rerun writes the same file."""
    h, m = results["heldout"], results["mcq"]
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
        "## Multiple choice (MedQA format)",
        "",
        f"{m['n']} questions from {m['source']}" + (f", split {m['split']}" if m["split"] else "")
        + f"; scored by the {m['scoring']}. {REFERENCE_NOTE}",
        "",
        "| model | correct | accuracy | 95 % CI (Wilson) |",
        "|---|---:|---:|---:|",
    ]
    for name, key in (("base", "base"), ("fine-tuned", "finetuned")):
        s = m[key]
        lines.append(f"| {name} | {s['correct']}/{s['n']} | {_pct(s['accuracy'])} | "
                     f"{_pct(s['ci95'][0])} - {_pct(s['ci95'][1])} |")
    lines += ["", "## Answers, side by side", ""]
    for i, a in enumerate(results["answers"], 1):
        lines += [f"### {i}. {a['question']}", "",
                  f"**Base:** {_quote(a['base'])}", "", f"**Fine-tuned:** {_quote(a['finetuned'])}", ""]
    if "safety" in results:
        lines += safety.report_lines(results["safety"])
    if results["plots"]["loss_curves"]:
        lines += ["## Loss curves", "", f"![training and validation loss](../{results['plots']['loss_curves']})", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return " ".join(text.split()) or "*(empty)*"  # one paragraph: stray markdown in an answer stays inline
