"""The recipe: typed, validated, loaded from YAML with dotted command-line overrides.

Imports nothing heavy (no torch, transformers, trl, unsloth), so a recipe is checked in a
fraction of a second, before any model or dataset is touched, and `scripts/finetune.py` can decide
whether to import unsloth before transformers.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from medqa.common import MedqaError


class ConfigError(MedqaError, ValueError):
    """A recipe problem, told in one line that names the key and what is allowed."""


class Section(BaseModel):
    # A typo is an error, not a silently ignored key with a default in its place.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelCfg(Section):
    name: str = Field(description="HF model id or local path of the model to train (may be pre-quantized 4-bit)")
    base_16bit: str | None = Field(
        None, description="16-bit model the adapter is merged into at export; defaults to `name`"
    )
    # Third-party Hub repos change under the same name: a commit (or tag) makes a run reproducible and
    # auditable. null reads the newest; the commit actually read is recorded in metrics.json either way.
    revision: str | None = Field(None, description="commit or tag of model.name on the Hub; null: the newest")
    base_16bit_revision: str | None = Field(None, description="commit or tag of model.base_16bit; null: the newest")
    backend: Literal["auto", "unsloth", "peft"] = "auto"
    load_in_4bit: bool = True
    precision: Literal["auto", "bf16", "fp16", "fp32"] = "auto"
    max_length: int = Field(2048, gt=0, description="tokens per example, prompt + answer")
    gradient_checkpointing: bool | Literal["auto"] | int = Field(
        True, description="recompute activations in backward: true (every decoder layer), false (none), a number "
                          "of layers (the first N; the rest keep their activations), or auto (the fewest layers "
                          "whose estimated peak fits the card: preflight.choose_checkpointing)")

    @field_validator("gradient_checkpointing")
    @classmethod
    def _layers_not_negative(cls, v: Any) -> Any:
        if not isinstance(v, bool) and isinstance(v, int) and v < 0:
            raise ValueError("must be true, false, auto or a number of layers >= 0")
        return v


class LoraCfg(Section):
    r: int = Field(16, gt=0)
    alpha: int = Field(16, gt=0)
    dropout: float = Field(0.0, ge=0.0, lt=1.0)
    target_modules: list[str] = Field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        min_length=1,
    )


class ColumnsCfg(Section):
    patient: str = "Patient"  # the user's turn
    doctor: str = "Doctor"  # the assistant's turn: the only tokens that carry loss


class CleanCfg(Section):
    """medqa/data/clean.py and medqa/data/dedup.py, run on the loaded rows before shuffling and rendering
    (docs/data.md)."""

    enabled: bool = Field(False, description="strip greetings, sign-offs, site names, links and ads; drop short rows")
    min_answer_words: int = Field(5, ge=0, description="drop a row whose cleaned answer has fewer words")
    dedup: Literal["exact", "near", "off"] = Field(
        "near", description="exact: normalised copies; near: also near-copies of patient and doctor text (MinHash)")
    near_threshold: float = Field(
        0.8, ge=0.5, lt=1.0, description="word 3-gram Jaccard of both turns at or above which rows are near-copies")
    # Mining (medqa/data/boilerplate.py): a source this small relies on the rules alone, because there a phrase
    # opening mine_min_count answers is a large share of a small, often single-topic file, and could be a common
    # medical sentence; ai-medical-chatbot has 257k rows, the demo's sample 240.
    mine_min_rows: int = Field(5000, ge=1, description="answers a source needs before its edges are mined")
    # A stock greeting or sign-off of one busy doctor opens hundreds of the 257k answers; an original medical
    # sentence (with its numbers masked) rarely opens 30, and the medical-vocabulary test guards the rest.
    mine_min_count: int = Field(30, ge=2, description="answers a phrase must open or close to be mined")
    keep: list[str] = Field(default_factory=list, description="phrases mining must never remove (any case/spacing)")
    # Processes that mine and clean (medqa/data/workers.py): the rules are pure Python, one core per process, and
    # ai-medical-chatbot's 257k rows took about 2 minutes on one core. "auto": min(4, the cores this process may
    # use), and 1 for a source under 10,000 rows, where starting workers costs about what they save.
    workers: int | Literal["auto"] = Field("auto", description="processes for cleaning: auto, or a number >= 1")

    @field_validator("dedup", mode="before")
    @classmethod
    def _yaml_off(cls, v: Any) -> Any:
        return "off" if v is False else v  # YAML 1.1 reads a bare `off` as False

    @field_validator("workers", mode="before")
    @classmethod
    def _workers(cls, v: Any) -> Any:
        if v == "auto" or (type(v) is int and v >= 1):
            return v
        raise ValueError("must be auto or a whole number of processes >= 1 (1: clean in this process)")


class DataCfg(Section):
    source: str = Field(description="HF dataset id, or a local .jsonl/.json/.csv/.parquet file")
    split: str = "train"
    revision: str | None = Field(None, description="commit or tag of a Hub dataset (as model.revision); null: newest")
    columns: ColumnsCfg = ColumnsCfg()
    system_prompt: str | None = None
    max_rows: int | None = Field(None, gt=0, description="rows kept after shuffling; null keeps all")
    val_fraction: float = Field(0.05, gt=0.0, lt=1.0)
    overlong: Literal["truncate", "drop"] = "truncate"
    seed: int = 3407
    clean: CleanCfg = CleanCfg()


class TrainCfg(Section):
    micro_batch_size: int = Field(2, gt=0)
    grad_accum: int = Field(8, gt=0)
    learning_rate: float = Field(2.0e-4, gt=0.0)
    epochs: float = Field(1.0, gt=0.0)
    max_steps: int = Field(-1, ge=-1, description="-1: run `epochs`; otherwise stop after this many steps")
    warmup_ratio: float = Field(0.03, ge=0.0, lt=1.0)
    lr_scheduler: str = "cosine"
    weight_decay: float = Field(0.0, ge=0.0)
    optim: str = "adamw_8bit"
    group_by_length: bool = Field(True, description="batch dialogs of similar length together: less padding")
    padding_free: bool | None = Field(
        None, description="concatenate each batch into one row; null: the backend's default")
    batch_tokens: int | None = Field(
        None, gt=0, description="fill each micro-batch with similar-length dialogs up to this many padded tokens "
                                "(rows x longest row) instead of micro_batch_size rows; null: micro_batch_size rows")
    # 16, not 8: with 8, Unsloth's compiled layers no longer recompiled after step 1, but the first epoch still
    # ran at 64 % (h100 recipe) and 87 % (a100) of the timed one, each paying one multi-second stall at its
    # first batch whose token count was not a multiple of 16 (Triton specialises integer arguments on
    # divisibility by 16). With 16: 98.8 % and 98.5 %, for ~1 % more padding (docs/gpu.md, H100, 2026-12-06).
    pad_to_multiple_of: int | None = Field(
        16, gt=0, description="pad every batch's length to a multiple of this (train and eval): torch.compile's "
                              "and Triton's kernels then meet one side of their shape guards; null: to the longest "
                              "row")
    logging_steps: int = Field(10, gt=0)
    eval_steps: int = Field(100, gt=0)
    save_steps: int = Field(200, gt=0)
    save_total_limit: int = Field(2, gt=0, description="checkpoints kept on disk (and in checkpoint_mirror)")
    seed: int = 3407
    # A platform ends a session at its own limit (Kaggle: 12 h) with no grace for a save: stop first,
    # with a complete checkpoint, and go on in the next session with --resume (medqa/training/preempt.py).
    max_time: str | None = Field(
        None, description="save and stop before this much time has passed since the start, e.g. 11h30m, 90m, "
                          "45s; null: no limit")
    # The machine's disk goes with the session (Colab, Kaggle, a spot instance): keep the checkpoints
    # elsewhere too, so that --resume on a fresh machine finds them (medqa/training/mirror.py).
    checkpoint_mirror: str | None = Field(
        None, description="copy each checkpoint here in the background: a folder (a mounted Google Drive) or "
                          "hf://owner/name (a private Hub repo; needs HF_TOKEN); null: the run directory only")

    @field_validator("max_time", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = f"{v}s"  # a bare number is seconds
        if v is not None:
            duration_seconds(v)
        return v

    @field_validator("checkpoint_mirror")
    @classmethod
    def _mirror(cls, v: str | None) -> str | None:
        if v is not None and v.startswith("hf://"):
            if not is_repo_id(v.removeprefix("hf://")):
                raise ValueError("hf:// must be followed by owner/name (letters, digits, '-', '_', '.'), "
                                 "e.g. hf://alice/medqa-checkpoints")
        elif v is not None and not v.strip():
            raise ValueError("must be a folder or hf://owner/name; null for none")
        return v


def is_repo_id(v: str) -> bool:
    """The Hub's rule: owner/name, letters, digits, '-', '_', '.', no '--' or '..', at most 96 chars."""
    return bool(re.fullmatch(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*", v)) and "--" not in v and ".." not in v \
        and len(v) <= 96


def duration_seconds(text: str) -> float:
    """'11h30m', '90m', '45s', '1h' (or a number of seconds) as seconds."""
    number = r"(\d+(?:\.\d+)?)"
    m = re.fullmatch(rf"\s*(?:{number}h)?\s*(?:{number}m)?\s*(?:{number}s)?\s*", str(text))
    if m and any(m.groups()):
        seconds = sum(float(g or 0) * k for g, k in zip(m.groups(), (3600, 60, 1)))
    else:
        raise ValueError("must be a duration such as 11h30m, 90m or 45s")
    if seconds <= 0:
        raise ValueError("must be longer than 0 s")
    return seconds


def padded_length(length: int, multiple: int | None) -> int:
    """`length` rounded up to a multiple of `multiple` (train.pad_to_multiple_of; None: unchanged), as the
    collator pads a batch's longest row."""
    return -(-length // multiple) * multiple if multiple else length


class TrackingCfg(Section):
    wandb: Literal["online", "offline", "off"] = "off"
    project: str = "medqa"
    entity: str | None = None

    @field_validator("wandb", mode="before")
    @classmethod
    def _yaml_off(cls, v: Any) -> Any:
        return "off" if v is False else v  # YAML 1.1 reads a bare `off` as False


class HubCfg(Section):
    repo_id: str | None = Field(None, description="push the adapter here when set (owner/name)")
    private: bool = True

    @field_validator("repo_id")
    @classmethod
    def _owner_name(cls, v: str | None) -> str | None:
        if v is not None and not is_repo_id(v):
            raise ValueError("must look like 'owner/name' (letters, digits, '-', '_', '.'), e.g. 'alice/medqa-llama31'")
        return v


class SampleCfg(Section):
    question: str = "I have had a dry cough and a mild fever for three days. Should I see a doctor?"
    max_new_tokens: int = Field(256, gt=0)


class GpuCfg(Section):
    memory_cap_gib: float | None = Field(
        None, gt=0, description="cap this process's GPU memory, to rehearse a smaller card on a larger one"
    )
    capability: str | None = Field(
        None, pattern=r"^\d+\.\d$", description="decide backend, precision and loss kernel as on a card of "
        "this compute capability (\"6.0\": a P100's plain-PEFT path, no Triton), to rehearse it on a larger one")

    @field_validator("capability", mode="before")
    @classmethod
    def _number_as_text(cls, v: Any) -> Any:
        return f"{v:.1f}" if isinstance(v, float) else v  # gpu.capability=6.0 reads as a YAML float


class EvalCfg(Section):
    """`scripts/evaluate.py outputs/<run>`: held-out loss, side-by-side answers, MedQA-style MCQ accuracy."""

    questions: list[str] = Field(
        default_factory=lambda: [
            "I have had a dry cough and a mild fever for three days. Should I see a doctor?",
            "My 6-year-old has a rash on his arms that itches at night. What could it be?",
            "I get a pounding headache most afternoons at work. What can I do about it?",
        ],
        description="patient questions answered by the base and the fine-tuned model, side by side (greedy)",
    )
    benchmarks: Literal["local", "medqa", "medical"] = Field(
        "local", description="lm-eval multiple-choice task set for base and fine-tuned: local (the 20 bundled "
                             "questions, offline), medqa (MedQA 4-option) or medical (the Open Medical-LLM nine)"
    )
    benchmark_mode: Literal["chat", "plain"] = Field(
        "chat", description="chat: the chat template with the recipe's system prompt, as the model is used; "
                            "plain: the raw prompt the published leaderboards used"
    )
    benchmark_limit: int | None = Field(None, gt=0, description="questions per task (the first n); null: all")
    mcq_source: str | None = Field(
        None, description="MedQA-format multiple choice answered by letter (--compare): a local "
                          ".jsonl/.json/.parquet file or a Hub dataset id (GBaker/MedQA-USMLE-4-options-hf); "
                          "null: the small bundled sample"
    )
    mcq_split: str = "test"  # for a Hub dataset; a local file is read whole
    mcq_max: int | None = Field(200, gt=0, description="questions scored (the first n); null scores all")
    compare_questions: int = Field(50, ge=0, description="with --compare: validation dialogs whose patient "
                                   "question every model also answers (beside eval.questions)")
    compare_timeout_s: float = Field(120.0, gt=0, description="--compare/--judge: seconds per request, queueing "
                                     "at the server included, before a retry (3 retries, then the endpoint fails)")
    val_max_rows: int | None = Field(
        500, gt=0, description="validation rows scored for the held-out loss (the first n); null scores all"
    )  # 5 % of ai-medical-chatbot is ~12,800 rows: two full passes would take about an hour on a T4
    batch_size: int = Field(4, gt=0, description="validation rows per forward pass for the held-out loss")
    run_after_training: bool = False


class Config(Section):
    run_name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    output_dir: str = "outputs"
    model: ModelCfg
    lora: LoraCfg = LoraCfg()
    data: DataCfg
    train: TrainCfg = TrainCfg()
    tracking: TrackingCfg = TrackingCfg()
    hub: HubCfg = HubCfg()
    sample: SampleCfg = SampleCfg()
    gpu: GpuCfg = GpuCfg()
    eval: EvalCfg = EvalCfg()

    @model_validator(mode="after")
    def _budget_fits_a_row(self) -> Config:
        t, m = self.train, self.model
        longest = padded_length(m.max_length, t.pad_to_multiple_of)  # a full-length row, as a batch pads it
        if t.batch_tokens is not None and t.batch_tokens < longest:
            padded = f" (padded to a multiple of {t.pad_to_multiple_of}: {longest})" if longest != m.max_length else ""
            raise ValueError(f"train.batch_tokens={t.batch_tokens} is below model.max_length={m.max_length}{padded}: "
                             "a full-length dialog would not fit a batch; raise it")
        return self

    @property
    def run_dir(self) -> Path:
        return Path(self.output_dir) / self.run_name


def _field_names(model: type[BaseModel], path: tuple) -> list[str]:
    """The keys allowed at a dotted path, for 'did you mean' messages."""
    for part in path:
        field = model.model_fields.get(str(part))
        ann = getattr(field, "annotation", None) if field else None
        if not (isinstance(ann, type) and issubclass(ann, BaseModel)):
            return []
        model = ann
    return list(model.model_fields)


def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = tuple(e["loc"])
        key = ".".join(str(p) for p in loc) or "<recipe>"
        if e["type"] == "extra_forbidden":
            allowed = _field_names(Config, loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            parts.append(f"unknown key '{key}': {hint}allowed here: {', '.join(allowed)}")
        elif e["type"] == "missing":
            parts.append(f"missing key '{key}'")
        else:
            msg = e["msg"].removeprefix("Value error, ")
            got = e.get("input")
            parts.append(f"'{key}': {msg}" + ("" if isinstance(got, (dict, list)) else f" (got {got!r})"))
    return "; ".join(parts)


def apply_override(raw: dict, override: str) -> None:
    """Apply one `a.b.c=value` override; the value is parsed as YAML (`1e-4` -> float)."""
    key, sep, value = override.partition("=")
    if not sep or not key:
        raise ConfigError(f"override {override!r} must look like key.path=value")
    parts = key.split(".")
    node = raw
    for i, part in enumerate(parts[:-1]):
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"override {override!r}: '{'.'.join(parts[: i + 1])}' is not a section")
    try:
        parsed = yaml.safe_load(value) if value.strip() else None
    except yaml.YAMLError as e:
        raise ConfigError(f"override {override!r}: the value is not valid YAML ({getattr(e, 'problem', e)}); "
                          "quote it, e.g. key='[a, b]' or key='\"text: with colon\"'") from None
    # YAML 1.1 reads 1e-4 (no dot) as a string; a number was meant.
    if isinstance(parsed, str):
        try:
            parsed = float(parsed) if any(c in parsed.lower() for c in ".e") else int(parsed)
        except ValueError:
            pass
    node[parts[-1]] = parsed


def load_config(path: str | Path, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """Read a recipe, apply `key.path=value` overrides, validate. Raises ConfigError."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"recipe {str(path)!r} not found: pass a file such as recipes/t4.yaml")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"recipe {str(path)!r} is not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"recipe {str(path)!r} is not UTF-8 text") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"recipe {str(path)!r} must be a mapping of keys, got {type(raw).__name__}")
    for override in overrides:
        apply_override(raw, override)
    try:
        return Config.model_validate(raw)
    except ValidationError as e:
        raise ConfigError(f"{path}: {_describe(e)}") from None


def dump_config(cfg: Config) -> str:
    """The resolved recipe as YAML. Holds no secrets: tokens are read from the environment only."""
    return yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False)
