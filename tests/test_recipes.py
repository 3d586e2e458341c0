"""Every shipped recipe validates, builds its SFTConfig under the pinned TRL, and says how to run it."""

from pathlib import Path

import pytest
from conftest import ROOT

from medqa.config import load_config
from medqa.training.trainer import sft_config

RECIPES = sorted((ROOT / "recipes").rglob("*.yaml"))
CARDS = ["p100", "t4", "a100", "h100"]
# What may differ between the card recipes: the hardware, and the run's name.
HARDWARE_KEYS = {"run_name", "model.backend", "model.precision", "model.max_length",
                 "train.micro_batch_size", "train.grad_accum", "train.batch_tokens", "train.learning_rate"}


def flatten(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        out.update(flatten(v, key + ".") if isinstance(v, dict) else {key: v})
    return out


def test_all_recipes_found():
    assert {p.stem for p in RECIPES} >= {"demo", *CARDS}


@pytest.mark.parametrize("path", RECIPES, ids=lambda p: p.stem)
def test_recipe_validates_and_builds_sft_config(path: Path, tmp_path):
    cfg = load_config(path)
    precision = {"auto": "fp32"}.get(cfg.model.precision, cfg.model.precision)
    args = sft_config(cfg, precision, tmp_path, "none")
    assert args.per_device_train_batch_size == cfg.train.micro_batch_size
    assert args.gradient_accumulation_steps == cfg.train.grad_accum
    assert args.max_length == cfg.model.max_length
    assert args.completion_only_loss is True
    assert args.train_sampling_strategy == ("group_by_length" if cfg.train.group_by_length else "random")
    assert args.fp16 == (precision == "fp16") and args.bf16 == (precision == "bf16")
    # Unsloth brings its own checkpointing; transformers' would replace it.
    assert args.gradient_checkpointing is False  # the backends switch it on per layer (medqa/backends)


@pytest.mark.parametrize("path", RECIPES, ids=lambda p: p.stem)
def test_recipe_opens_with_its_command(path: Path):
    head = path.read_text().splitlines()[:4]
    assert head[0].startswith("# ")
    assert any(f"scripts/finetune.py recipes/{path.name}" in line for line in head)


def test_card_recipes_differ_only_in_hardware_keys():
    flat = {c: flatten(load_config(ROOT / "recipes" / f"{c}.yaml").model_dump(mode="json")) for c in CARDS}
    for key in flat["t4"]:
        values = {c: flat[c][key] for c in CARDS}
        if len(set(map(repr, values.values()))) > 1:
            assert key in HARDWARE_KEYS, f"{key} differs between card recipes: {values}"
    # and the same tokens per optimizer step and learning rate on the 16-40 GB cards; the 80 GB card
    # takes twice the tokens at the learning rate that matched them (docs/benchmarks.md)
    per_step = {c: flat[c]["train.batch_tokens"] * flat[c]["train.grad_accum"] for c in CARDS}
    assert {per_step[c] for c in ("p100", "t4", "a100")} == {8192} and per_step["h100"] == 16384
    assert len({flat[c]["train.learning_rate"] for c in ("p100", "t4", "a100")}) == 1
    assert flat["h100"]["train.learning_rate"] == 2 * flat["a100"]["train.learning_rate"]


def test_card_recipes_pick_the_right_backend():
    assert load_config(ROOT / "recipes" / "p100.yaml").model.backend == "peft"
    assert load_config(ROOT / "recipes" / "p100.yaml").model.precision == "fp16"
    assert load_config(ROOT / "recipes" / "t4.yaml").model.precision == "fp16"
    assert load_config(ROOT / "recipes" / "a100.yaml").model.precision == "bf16"
    assert load_config(ROOT / "recipes" / "h100.yaml").model.precision == "bf16"


def test_tests_recipe_is_the_demo_on_the_random_model():
    demo = flatten(load_config(ROOT / "recipes" / "demo.yaml").model_dump(mode="json"))
    tests = flatten(load_config(ROOT / "tests" / "demo_random.yaml").model_dump(mode="json"))
    assert {k for k in demo if demo[k] != tests[k]} == {"model.name", "train.learning_rate", "train.epochs"}
    assert (demo["model.name"], tests["model.name"]) == ("synthetic:tiny-llama-3.1-english", "synthetic:tiny-llama-3.1")
