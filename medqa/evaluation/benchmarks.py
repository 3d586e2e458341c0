"""Multiple-choice benchmarks through lm-evaluation-harness, on a model medqa already loaded.

    results = score(model, tokenizer, "local", system_prompt, chat=True)   # one model (adapter on or off)

lm-eval is the engine the Open Medical-LLM leaderboard and medical fine-tunes report with, so medqa runs
its tasks rather than a scorer of its own: `HFLM(pretrained=<loaded model>)` wraps the model evaluation
already loaded (4-bit as trained on a GPU), and the caller switches the LoRA adapter off with peft's
`disable_adapter()` for the base model, so one load serves both.

Task sets (`eval.benchmarks`):
- `local`: the 20 bundled questions (medqa/assets/medqa_mcq_sample.jsonl) as the lm-eval task
  medqa/assets/medqa_local_task.yaml: offline, for tests and the demo. Not a benchmark.
- `medqa`: MedQA 4-option (`medqa_4options`, 1,273 test questions).
- `medical`: the Open Medical-LLM set: MedQA, MedMCQA, PubMedQA and six MMLU medical subsets.
The Hub tasks need internet (datasets download on first use).

Modes (`eval.benchmark_mode`): `chat` wraps each prompt in the model's chat template with the recipe's system
prompt, as medqa's models are used; `plain` is the raw prompt the published leaderboards used.
"""

from __future__ import annotations

import logging
import math
from importlib import resources

import yaml

from medqa.common import MedqaError

TASK_SETS = {
    "local": ["medqa_local"],
    "medqa": ["medqa_4options"],
    "medical": ["medqa_4options", "medmcqa", "pubmedqa", "mmlu_anatomy", "mmlu_clinical_knowledge",
                "mmlu_college_biology", "mmlu_college_medicine", "mmlu_medical_genetics",
                "mmlu_professional_medicine"],
}
LOCAL_TASK = resources.files("medqa") / "assets" / "medqa_local_task.yaml"
LOCAL_DATA = resources.files("medqa") / "assets" / "medqa_mcq_sample.jsonl"
LM_EVAL_PIN = "lm_eval[hf]==0.4.13"  # the version requirements/pins.txt holds; the report states the one installed
INSTALL_HINT = "pip install -c requirements/constraints.txt -e '.[eval]'"

# Published accuracy (%) on the Open Medical-LLM Leaderboard (lm-evaluation-harness, plain prompts, 0-shot):
# https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard
ANCHOR_SOURCE = "Open Medical-LLM Leaderboard, https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard"
ANCHORS = {
    "Meta-Llama-3-8B-Instruct": {"medqa_4options": 60.7, "medmcqa": 56.8, "pubmedqa": 74.6},
    "Llama3-OpenBioLLM-8B": {"medqa_4options": 57.8, "medmcqa": 57.8, "pubmedqa": 72.0},
}


class BenchmarkError(MedqaError, RuntimeError):
    pass


def lm_eval_version() -> str:
    """The installed lm-eval's version; a one-line error saying how to install it when it is missing."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        import lm_eval  # noqa: F401
        return version("lm_eval")
    except (ImportError, PackageNotFoundError):
        raise BenchmarkError(f"MCQ benchmarks run in lm-evaluation-harness, which is not installed: "
                             f"{INSTALL_HINT} (or {LM_EVAL_PIN})") from None


def task_configs(task_set: str) -> list:
    """Task names for lm-eval, with the local task as a config dict pointing at the installed sample file."""
    if task_set not in TASK_SETS:
        raise BenchmarkError(f"eval.benchmarks={task_set!r} is not a task set: use one of {', '.join(TASK_SETS)}")
    out = []
    for name in TASK_SETS[task_set]:
        if name == "medqa_local":
            task = yaml.safe_load(LOCAL_TASK.read_text(encoding="utf-8"))
            task["dataset_kwargs"]["data_files"] = str(LOCAL_DATA)
            out.append(task)
        else:
            out.append(name)
    return out


def score(model, tokenizer, task_set: str, system_prompt: str | None, chat: bool = True,
          limit: int | None = None, batch_size: int = 4) -> dict:
    """One model on one task set: {task: {acc, stderr, ci95, n, picks}} as lm-eval scored it."""
    lm_eval_version()
    import lm_eval
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    # lm-eval warns twice that `pretrained` is a loaded model, not a name (lm_eval/models/huggingface.py):
    # medqa passes one on purpose (one load serves base and fine-tuned, in one process). Only during this call.
    hf_log = logging.getLogger("lm_eval.models.huggingface")
    level = hf_log.level
    hf_log.setLevel(logging.ERROR)
    try:
        lm = HFLM(pretrained=model, tokenizer=tokenizer, batch_size=batch_size)
    finally:
        hf_log.setLevel(level)
    out = lm_eval.simple_evaluate(
        model=lm, tasks=task_configs(task_set), task_manager=TaskManager(verbosity="ERROR"), limit=limit,
        apply_chat_template=chat, system_instruction=system_prompt if chat else None,
        log_samples=True, verbosity="ERROR")
    return {name: _task_result(res, out["samples"].get(name, []), out["versions"].get(name))
            for name, res in out["results"].items() if "acc,none" in res}


def _task_result(res: dict, samples: list[dict], version) -> dict:
    acc, se = res["acc,none"], res.get("acc_stderr,none")
    se = se if isinstance(se, (int, float)) and math.isfinite(se) else None
    ordered = sorted(samples, key=lambda s: s["doc_id"])
    picks = [max(range(len(s["filtered_resps"])), key=lambda i, s=s: s["filtered_resps"][i][0]) for s in ordered]
    return {"n": len(ordered), "acc": round(acc, 4), "stderr": None if se is None else round(se, 4),
            "ci95": None if se is None else [round(max(0.0, acc - 1.96 * se), 4), round(min(1.0, acc + 1.96 * se), 4)],
            "version": version, "picks": picks, "targets": [s["target"] for s in ordered],
            "logliks": [[r[0] for r in s["filtered_resps"]] for s in ordered]}


def compare(task_set: str, chat: bool, base: dict, tuned: dict, limit: int | None) -> dict:
    """The `benchmarks` block of eval/results.json: base against fine-tuned, task by task, and the macro average."""
    tasks = {name: {"version": base[name]["version"], "n": base[name]["n"],
                    "base": _public(base[name]), "finetuned": _public(tuned[name])} for name in base}
    return {
        "set": task_set,
        "engine": f"lm-evaluation-harness {lm_eval_version()}",
        "mode": "chat template with the recipe's system prompt" if chat else "plain prompt (as the leaderboards)",
        "scoring": "log-likelihood of each option (lm-eval multiple_choice, acc)",
        "limit": limit,
        "tasks": tasks,
        "macro": {side: round(sum(t[side]["acc"] for t in tasks.values()) / len(tasks), 4)
                  for side in ("base", "finetuned")},
        "predictions": {name: [{"answer": t, "base": b, "finetuned": f}
                               for t, b, f in zip(base[name]["targets"], base[name]["picks"], tuned[name]["picks"])]
                        for name in base if name == "medqa_local"},
    }


def _public(r: dict) -> dict:
    return {k: r[k] for k in ("acc", "stderr", "ci95")}


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def report_lines(b: dict) -> list[str]:
    """The report.md section: per task accuracy with its interval, the macro average, and the anchors."""
    anchors = list(ANCHORS)
    lines = ["## Multiple choice (lm-evaluation-harness)", "",
             f"Task set `{b['set']}`, {b['engine']}, {b['mode']}; scored by the {b['scoring']}"
             + (f", first {b['limit']} questions per task" if b["limit"] else "") + ". Accuracy in %, "
             "95 % interval = acc ± 1.96 × lm-eval's standard error. Chance is 25 % (PubMedQA 33 %).", "",
             "| task (version) | n | base | base 95 % | fine-tuned | fine-tuned 95 % | "
             + " | ".join(f"{a} (published)" for a in anchors) + " |",
             "|---|---:|---:|---:|---:|---:|" + "---:|" * len(anchors)]
    for name, t in b["tasks"].items():
        ci = {s: "-" if t[s]["ci95"] is None else f"{_pct(t[s]['ci95'][0])}-{_pct(t[s]['ci95'][1])}"
              for s in ("base", "finetuned")}
        pub = " | ".join(str(ANCHORS[a].get(name, "")) for a in anchors)
        lines.append(f"| {name} ({t['version']}) | {t['n']} | {_pct(t['base']['acc'])} | {ci['base']} | "
                     f"{_pct(t['finetuned']['acc'])} | {ci['finetuned']} | {pub} |")
    lines.append(f"| macro average | | {_pct(b['macro']['base'])} | | {_pct(b['macro']['finetuned'])} | | "
                 + " | " * (len(anchors) - 1) + " |")
    return lines + ["", f"Published figures: {ANCHOR_SOURCE} (plain prompts); compare a `plain` run with them.", ""]


def summary_line(b: dict) -> str:
    return (f"MCQ accuracy    {_pct(b['macro']['base'])} % -> {_pct(b['macro']['finetuned'])} %   (lm-eval "
            f"{b['set']} set, macro over {len(b['tasks'])} task(s), n={sum(t['n'] for t in b['tasks'].values())}; "
            f"{'chat' if b['mode'].startswith('chat') else 'plain'})")
