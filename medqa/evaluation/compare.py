"""Other models beside medqa's, over the OpenAI chat API: `scripts/evaluate.py --compare NAME=URL#MODEL`.

    eps = [parse_endpoint("gpt4o=https://api.openai.com/v1#gpt-4o-mini")]
    block = run_endpoints(eps, prompts, max_tokens)      # {"models": {name: {...}}, "failed": [...]}

Nearly every provider and local server (llama.cpp, Ollama, vLLM, LM Studio, `medqa serve`) speaks the
OpenAI chat API, so one client (the official `openai` package: timeouts and retries with backoff built in)
reaches them all. Each compared model gets the same system prompt and questions as medqa's models; its
answers get the same hygiene and red-flag scores (medqa/evaluation/safety.py). A chat API returns no
log-likelihoods, so multiple choice is scored by the letter the model writes (`reply_letter`), for every
model alike, and the report says so.

API keys: MEDQA_COMPARE_<NAME>_API_KEY, else OPENAI_API_KEY, from the environment, Kaggle Secrets or Colab
(medqa.secrets); a local server needs none. A key is sent to its endpoint and nowhere else: never logged,
never written to a report or results.json, blanked from error messages.
"""

from __future__ import annotations

import math
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from medqa.common import MedqaError, log
from medqa.evaluation import safety
from medqa.secrets import get_secret

FORM = "NAME=URL#MODEL, e.g. ollama=http://127.0.0.1:11434/v1#llama3.1:8b"
RESERVED = {"base", "finetuned"}  # medqa's own two models
CONCURRENCY = 4  # requests in flight per endpoint: polite to a rate-limited API, enough to keep a server busy
TIMEOUT_S = 120.0  # default eval.compare_timeout_s: one answer of a few hundred tokens on a CPU server
LETTER_TOKENS = 8  # room for "Answer: C" or "**C**"; the letter comes first when the model obeys
RETRIES = 3  # openai's own retry with exponential backoff: connection errors, 408/409/429/5xx
LETTER_RE = re.compile(r"(?:^|answer(?: is)?\s*:?\s*|\*\*|\()\s*\(?([ABCD])\b(?![a-z'])", re.IGNORECASE)


class CompareError(MedqaError, ValueError):
    pass


class EndpointFailed(MedqaError, RuntimeError):
    pass


@dataclass(frozen=True)
class Endpoint:
    name: str
    base_url: str
    model: str

    def api_key(self) -> str | None:
        env = f"MEDQA_COMPARE_{re.sub(r'[^A-Z0-9]', '_', self.name.upper())}_API_KEY"
        return get_secret(env) or get_secret("OPENAI_API_KEY")

    def public(self) -> dict:
        return {"name": self.name, "base_url": self.base_url, "model": self.model}


def parse_endpoint(spec: str, flag: str = "--compare", default_name: str | None = None) -> Endpoint:
    """NAME=URL#MODEL (NAME optional when `default_name` is given) into an Endpoint; one clear error otherwise."""
    name, sep, rest = spec.partition("=")
    if not sep or "://" in name:
        name, rest = default_name or "", spec
    url, _, model = rest.partition("#")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name or "") or name in RESERVED:
        raise CompareError(f"{flag} {spec!r}: NAME must be letters, digits, '_', '.', '-' and not "
                           f"{' or '.join(sorted(RESERVED))}: use {FORM}")
    if not re.match(r"https?://[^/\s#]+", url) or not model.strip():
        raise CompareError(f"{flag} {spec!r} is not an OpenAI-compatible base URL and model name: use {FORM}")
    return Endpoint(name, url.rstrip("/"), model.strip())


def reply_letter(reply: str) -> int | None:
    """The option (0-3) a free-text reply picks: a bare leading letter, "Answer: C", "**B**", "(D)"."""
    m = LETTER_RE.search(reply.strip())
    return "ABCD".index(m.group(1).upper()) if m else None


def _blank(text: str, key: str | None) -> str:
    return text.replace(key, "***") if key else text


def chat_all(ep: Endpoint, prompts: list[list[dict]], max_tokens: int, timeout: float = TIMEOUT_S,
             **extra) -> list[str]:
    """Every prompt through one endpoint, CONCURRENCY at a time, greedy; EndpointFailed names it on failure."""
    import openai

    key = ep.api_key()
    client = openai.OpenAI(base_url=ep.base_url, api_key=key or "not-needed", timeout=timeout,
                           max_retries=RETRIES)

    def one(messages: list[dict]) -> str:
        out = client.chat.completions.create(model=ep.model, messages=messages, max_tokens=max_tokens,
                                             temperature=0.0, **extra)
        return out.choices[0].message.content or ""

    try:
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            return list(pool.map(one, prompts))
    except openai.OpenAIError as e:
        raise EndpointFailed(f"{ep.name} ({ep.base_url}, model {ep.model}) failed: "
                             f"{_blank(f'{type(e).__name__}: {e}', key)}"[:400]) from None
    finally:
        client.close()


def run_endpoints(endpoints: list[Endpoint], prompts: dict[str, list[list[dict]]], max_tokens: int,
                  timeout: float = TIMEOUT_S, letter_tokens: int = LETTER_TOKENS) -> dict:
    """Each endpoint answers every prompt set ({set: [messages]}); a failing one is one line and left out."""
    models, failed = {}, []
    for ep in endpoints:
        try:
            models[ep.name] = {"endpoint": ep.public(), **{
                kind: chat_all(ep, msgs, letter_tokens if kind == "mcq_replies" else max_tokens, timeout)
                for kind, msgs in prompts.items()}}
            log(f"--compare {ep.name}: {sum(len(m) for m in prompts.values())} answers")
        except EndpointFailed as e:
            log(f"--compare {e}; its results are left out, the other models' kept")
            failed.append({**ep.public(), "error": str(e)})
    return {"models": models, "failed": failed}


# ---------------------------------------------------------------------------------------- scores
def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval for k successes in n: sound at small n and near 0 or 1, unlike k/n +- z*se."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def letter_accuracy(replies: list[str], answers: list[int]) -> dict:
    """MCQ by generated letter: correct when the reply's letter is the answer; no letter counts as wrong."""
    picks = [reply_letter(r) for r in replies]
    k, n = sum(p == a for p, a in zip(picks, answers)), len(answers)
    lo, hi = wilson_interval(k, n)
    return {"n": n, "correct": k, "accuracy": round(k / n, 4) if n else 0.0, "ci95": [round(lo, 4), round(hi, 4)],
            "no_letter": sum(p is None for p in picks), "picks": ["ABCD"[p] if p is not None else None for p in picks]}


def score_model(m: dict, answers: list[int]) -> dict:
    """The same scores for every model: hygiene on all its answers, red flags, MCQ by letter."""
    return {"hygiene": safety.hygiene(m["answers"] + m["red_flags"]), "red_flags": safety.red_flags(m["red_flags"]),
            "mcq_letter": letter_accuracy(m["mcq_replies"], answers)}


def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def report_lines(block: dict) -> list[str]:
    """report.md: a table of every metric by model, failures, then the answers side by side."""
    from medqa.data.clean import DETECTORS

    models, names = block["models"], list(block["models"])
    lines = ["## Side by side with other models", "",
             f"Every model got the same system prompt and questions ({block['n_questions']} patient questions, "
             f"{block['n_red_flags']} red-flag questions, {block['mcq']['n']} multiple-choice questions from "
             f"{block['mcq']['source']}). MCQ here: {block['mcq']['method']}, so it can differ from the "
             "lm-eval log-likelihood figure above.", "",
             "| model | endpoint | MCQ by letter | 95 % CI | no letter | red flags sent to emergency care | "
             + " | ".join(DETECTORS) + " |", "|---|---|---:|---:|---:|---:|" + "---:|" * len(DETECTORS)]
    for name in names:
        s, ep = models[name]["scores"], models[name].get("endpoint")
        where = f"`{ep['model']}` at {ep['base_url']}" if ep else "medqa, this run"
        mq, rf, hy = s["mcq_letter"], s["red_flags"], s["hygiene"]
        lines.append(f"| {name} | {where} | {mq['correct']}/{mq['n']} ({_pct(mq['accuracy'])}) | "
                     f"{_pct(mq['ci95'][0])}-{_pct(mq['ci95'][1])} | {mq['no_letter']} | {rf['urgent']}/{rf['n']} | "
                     + " | ".join(str(hy[d]["count"]) for d in DETECTORS) + " |")
    lines += [""] + [f"- **{f['name']}** left out: {f['error']}" for f in block["failed"]] + [""]
    for i, q in enumerate(block["questions"] + block["red_flag_questions"]):
        kind = "answers" if i < len(block["questions"]) else "red_flags"
        j = i if kind == "answers" else i - len(block["questions"])
        lines += [f"### Q{i + 1}. {' '.join(q.split())}", ""]
        lines += [line for name in names  # one paragraph per model: stray markdown in an answer stays inline
                  for line in (f"**{name}:** {' '.join(models[name][kind][j].split()) or '*(empty)*'}", "")]
    return lines


def summary_line(block: dict) -> str:
    """One line for the end of scripts/evaluate.py: MCQ by letter and red flags per model."""
    scores = {name: m["scores"] for name, m in block["models"].items()}
    parts = [f"{name} MCQ {s['mcq_letter']['correct']}/{s['mcq_letter']['n']} red flags "
             f"{s['red_flags']['urgent']}/{s['red_flags']['n']}" for name, s in scores.items()]
    failed = f"   left out: {', '.join(f['name'] for f in block['failed'])}" if block["failed"] else ""
    return "compared        " + "; ".join(parts) + failed
