"""Checkpointing per layer and the calibrated memory model (issue 13): choice logic on CPU, the
formula against the peaks measured on the GPU (docs/results/probe-*.jsonl), and the per-layer switch."""

import json

import pytest
from conftest import ROOT

from medqa import hardware
from medqa.config import ConfigError, load_config
from medqa.training import estimates as preflight

GiB = 2**30
RESULTS = ROOT / "docs" / "results"


@pytest.fixture(scope="module")
def shapes_8b():
    from transformers import LlamaConfig

    llama31_8b = LlamaConfig(vocab_size=128256, hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                             num_attention_heads=32, num_key_value_heads=8, tie_word_embeddings=False)
    return preflight.shapes(load_config(ROOT / "recipes" / "a100.yaml"), llama31_8b)


def _estimate(cfg, s, backend, precision, layers, tokens, chunked):
    cfg = cfg.model_copy(update={"train": cfg.train.model_copy(update={"batch_tokens": tokens})})
    return preflight.estimate_memory(cfg, s, backend=backend, precision=precision, chunked_loss=chunked,
                                     on_gpu=True, checkpointed=layers).total / GiB


@pytest.mark.parametrize("probe,recipe", [("probe-unsloth-h100.jsonl", "a100"), ("probe-peft-p100-h100.jsonl", "p100")])
def test_estimate_within_ten_percent_of_every_measured_peak(shapes_8b, probe, recipe):
    cfg = load_config(ROOT / "recipes" / f"{recipe}.yaml")
    rows = [json.loads(line) for line in (RESULTS / probe).read_text().splitlines()]
    assert len(rows) >= 8 and {r["layers"] for r in rows} >= {0, 16, 32}
    for r in rows:
        assert r["layers_seen"] == [r["layers"]], "the probe trained with another layer count than asked"
        est = _estimate(cfg, shapes_8b, r["backend"], r["precision"], r["layers"], r["batch_tokens"],
                        chunked=r["backend"] == "unsloth")
        assert abs(est - r["peak_gib"]) <= preflight.CALIBRATION_ERROR * r["peak_gib"], r


def test_fewer_checkpointed_layers_cost_memory_monotonically(shapes_8b):
    cfg = load_config(ROOT / "recipes" / "t4.yaml")
    peaks = [_estimate(cfg, shapes_8b, "unsloth", "fp16", k, 8192, True) for k in range(33)]
    assert all(a > b for a, b in zip(peaks[1:], peaks[2:]))  # each checkpointed layer saves memory
    assert peaks[0] > peaks[32] + 20  # none against all: tens of GiB at 8192 tokens


@pytest.mark.parametrize("card,cap,backend,chunked", [("p100", 16, "peft", False), ("t4", 16, "unsloth", True),
                                                      ("a100", 40, "unsloth", True), ("h100", 80, "unsloth", True)])
def test_auto_picks_the_fewest_layers_that_fit_85_percent(shapes_8b, card, cap, backend, chunked):
    cfg = load_config(ROOT / "recipes" / f"{card}.yaml")
    assert cfg.model.gradient_checkpointing == "auto"
    kw = dict(backend=backend, precision=cfg.model.precision, chunked_loss=chunked, on_gpu=True)
    k, why = preflight.checkpoint_layers(cfg, shapes_8b, capacity=cap * GiB, **kw)
    fits = preflight.estimate_memory(cfg, shapes_8b, checkpointed=k, **kw).total
    assert fits <= preflight.HEADROOM * cap * GiB and why.startswith(f"auto: {k} of 32")
    if k:  # one layer fewer would not fit
        one_fewer = preflight.estimate_memory(cfg, shapes_8b, checkpointed=k - 1, **kw).total
        assert one_fewer > preflight.HEADROOM * cap * GiB


def test_auto_without_room_checkpoints_everything_and_says_so(shapes_8b):
    cfg = load_config(ROOT / "recipes" / "a100.yaml", ["train.batch_tokens=65536"])
    k, why = preflight.checkpoint_layers(cfg, shapes_8b, backend="unsloth", precision="bf16", chunked_loss=True,
                                         on_gpu=True, capacity=16 * GiB)
    assert k == 32 and "lower train.batch_tokens" in why


@pytest.mark.parametrize("setting,expected", [(True, 32), (False, 0), (12, 12), (40, 32)])
def test_fixed_settings_are_taken_as_given(shapes_8b, setting, expected):
    cfg = load_config(ROOT / "recipes" / "a100.yaml", [f"model.gradient_checkpointing={str(setting).lower()}"])
    k, _ = preflight.checkpoint_layers(cfg, shapes_8b, backend="unsloth", precision="bf16", chunked_loss=True,
                                       on_gpu=True, capacity=16 * GiB)
    assert k == expected


def test_checkpointing_setting_is_validated():
    with pytest.raises(ConfigError, match="gradient_checkpointing"):
        load_config(ROOT / "recipes" / "demo.yaml", ["model.gradient_checkpointing=-3"])
    with pytest.raises(ConfigError, match="gradient_checkpointing"):
        load_config(ROOT / "recipes" / "demo.yaml", ["model.gradient_checkpointing=sometimes"])


def test_rehearsing_a_p100_takes_its_decisions():
    h100 = hardware.Device("NVIDIA H100 80GB HBM3", (9, 0), ("sm_90",), 79.2)
    p100 = hardware.rehearse(h100, "6.0")
    assert hardware.choose_backend("auto", p100)[0] == "peft"
    assert not hardware.triton_ok(p100) and hardware.choose_precision("auto", p100) == "fp16"
    hardware.check_torch_build(p100)  # the kernels still run on the H100: no sm_60 needed in the build
    assert hardware.rehearse(h100, None) is h100
    cfg = load_config(ROOT / "recipes" / "p100.yaml", ["gpu.capability=6.0"])
    assert cfg.gpu.capability == "6.0"


def test_peft_backend_recomputes_only_the_chosen_layers(tiny_model_dir):
    """Count decoder-layer forward calls in one training step: a checkpointed layer runs twice."""
    import torch

    from medqa.backends import checkpointed_layers
    from medqa.backends import peft as backend

    cfg = load_config(ROOT / "recipes" / "demo.yaml", [f"model.name={tiny_model_dir}"])
    model, _ = backend.load(cfg, "fp32", 1)
    assert checkpointed_layers(model) == (1, 2)
    calls = {}
    layers = model.get_base_model().model.layers
    for i, layer in enumerate(layers):
        forward = layer.forward

        def counted(*a, _i=i, _f=forward, **kw):
            calls[_i] = calls.get(_i, 0) + 1
            return _f(*a, **kw)

        layer.forward = counted
    model.train()
    ids = torch.randint(0, 500, (2, 16))
    model(input_ids=ids, labels=ids).loss.backward()
    assert calls == {0: 2, 1: 1}  # layer 0 recomputed in backward, layer 1 kept its activations


def test_features_name_the_attention_kernel_actually_run(tiny_model_dir):
    import torch
    from transformers import AutoModelForCausalLM

    from medqa.training import speed as features

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation="sdpa", dtype=torch.float32)
    batch = {"input_ids": torch.randint(0, 500, (2, 12)), "attention_mask": torch.ones(2, 12, dtype=torch.long)}
    assert features.attention_kernel(model, batch).startswith("SDPA")
    eager = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation="eager", dtype=torch.float32)
    assert features.attention_kernel(eager, batch) == "eager (matmul + softmax)"
