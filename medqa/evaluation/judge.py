"""`--judge URL#MODEL`: a model grades each pair of answers with a written rubric. A model's opinion, not ground truth.

    verdicts = judge(endpoint, items)        # items: [{"question", "a", "b"}]
    block = win_rates(...)                   # the fine-tuned model against each other model

The rubric is medqa/assets/judge_rubric.md (its first line is its version): criteria per answer in the
HealthBench style (accuracy, urgent care when due, no impersonation, clarity) and an overall winner. The
fine-tuned answer is shown first on even questions and second on odd ones, so a judge that prefers a
position favours neither model. The reply is asked for as JSON; where the server supports it (llama.cpp's
server, `response_format` with a schema) the JSON is enforced. A reply that is not such JSON is counted
as "no verdict", never guessed.
"""

from __future__ import annotations

import json
from importlib import resources

from medqa.evaluation.compare import TIMEOUT_S, EndpointFailed, chat_all, wilson_interval

RUBRIC = resources.files("medqa") / "assets" / "judge_rubric.md"
CRITERIA = ("accuracy", "urgent_care", "no_impersonation", "clarity")
_SIDE = {"type": "object", "properties": {c: {"type": "boolean"} for c in CRITERIA}, "required": list(CRITERIA)}
SCHEMA = {"type": "object", "required": ["a", "b", "winner"],
          "properties": {"a": _SIDE, "b": _SIDE, "winner": {"type": "string", "enum": ["A", "B", "tie"]}}}
MAX_TOKENS = 200  # the JSON verdict is about 60 tokens


def rubric() -> tuple[str, str]:
    """(version, full text) of the rubric in the repo."""
    text = RUBRIC.read_text(encoding="utf-8")
    return text.splitlines()[0].removeprefix("rubric_version:").strip(), text


def _prompt(text: str, question: str, a: str, b: str) -> list[dict]:
    return [{"role": "system", "content": text},
            {"role": "user", "content": f"Patient's question:\n{question}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}"}]


def parse(reply: str) -> dict | None:
    """The verdict as a dict, or None when the reply holds no JSON of the rubric's shape."""
    start, end = reply.find("{"), reply.rfind("}")
    try:
        v = json.loads(reply[start:end + 1]) if start >= 0 else None
    except json.JSONDecodeError:
        return None
    ok = isinstance(v, dict) and v.get("winner") in ("A", "B", "tie") and all(
        isinstance(v.get(s), dict) and all(isinstance(v[s].get(c), bool) for c in CRITERIA) for s in "ab")
    return v if ok else None


def judge(ep, items: list[dict], timeout: float = TIMEOUT_S) -> list[dict | None]:
    """One verdict per item; JSON enforced by schema where the server allows it, asked for in words otherwise."""
    _, text = rubric()
    prompts = [_prompt(text, it["question"], it["a"], it["b"]) for it in items]
    try:
        replies = chat_all(ep, prompts, MAX_TOKENS, timeout, response_format={"type": "json_object", "schema": SCHEMA})
    except EndpointFailed as e:
        if "BadRequestError" not in str(e):  # a server that rejects the schema: ask in words instead
            raise
        replies = chat_all(ep, prompts, MAX_TOKENS, timeout)
    return [parse(r) for r in replies]


def pairs(questions: list[str], tuned: list[str], other: list[str]) -> list[dict]:
    """Judge items for the fine-tuned model against one other: fine-tuned is A on even questions, B on odd."""
    return [{"question": q, "a": o if i % 2 else t, "b": t if i % 2 else o, "tuned": "B" if i % 2 else "A"}
            for i, (q, t, o) in enumerate(zip(questions, tuned, other))]


def win_rates(items: list[dict], verdicts: list[dict | None]) -> dict:
    """The fine-tuned model's wins, losses and ties against one other model, and each side's criteria met."""
    wins = losses = ties = none = 0
    met = {side: dict.fromkeys(CRITERIA, 0) for side in ("finetuned", "other")}
    for it, v in zip(items, verdicts):
        if v is None:
            none += 1
            continue
        ties += v["winner"] == "tie"
        wins += v["winner"] == it["tuned"]
        losses += v["winner"] not in ("tie", it["tuned"])
        for side, key in (("finetuned", it["tuned"].lower()), ("other", "b" if it["tuned"] == "A" else "a")):
            for c in CRITERIA:
                met[side][c] += v[key][c]
    lo, hi = wilson_interval(wins, wins + losses)
    return {"n": len(items), "wins": wins, "losses": losses, "ties": ties, "no_verdict": none,
            "win_rate": round(wins / (wins + losses), 4) if wins + losses else None,
            "ci95": [round(lo, 4), round(hi, 4)], "criteria_met": met}


def run(ep, questions: list[str], answers: dict[str, list[str]], timeout: float = TIMEOUT_S) -> dict:
    """The `judge` block: the fine-tuned model against every other model, on every question."""
    version, _ = rubric()
    out = {"judge": ep.public(), "rubric": str(RUBRIC.name), "rubric_version": version,
           "note": "a model's opinion, not ground truth", "against": {}}
    for name, other in answers.items():
        if name != "finetuned":
            items = pairs(questions, answers["finetuned"], other)
            out["against"][name] = win_rates(items, judge(ep, items, timeout))
    return out


def report_lines(block: dict) -> list[str]:
    j = block["judge"]
    lines = ["## Judged by a model (an opinion, not ground truth)", "",
             f"Judge `{j['model']}` at {j['base_url']}, rubric {block['rubric_version']} "
             f"(medqa/assets/{block['rubric']}: accuracy, urgent care when due, no impersonation, clarity). "
             "Win rate = fine-tuned wins / (wins + losses), 95 % Wilson interval; ties and replies that were "
             "no verdict are counted apart. Answer order alternates between questions.", "",
             "| fine-tuned against | wins | losses | ties | no verdict | win rate | 95 % CI |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in block["against"].items():
        rate = "-" if r["win_rate"] is None else f"{100 * r['win_rate']:.1f} %"
        lines.append(f"| {name} | {r['wins']} | {r['losses']} | {r['ties']} | {r['no_verdict']} | {rate} | "
                     f"{100 * r['ci95'][0]:.1f}-{100 * r['ci95'][1]:.1f} % |")
    return lines + [""]
