"""The speed line says what a run trains with: compile read from the layers, not from the recipe; and
the recompile counter sees torch.compile building a graph for a batch length across a guard."""

from types import SimpleNamespace

import torch
from transformers.modeling_layers import GradientCheckpointingLayer

from medqa.backends import compiled_layers
from medqa.config import padded_length
from medqa.training.speed import SpeedFeatures, compile_mode, line


class _Layer(GradientCheckpointingLayer):
    def forward(self, x):
        return x


class _WrappedLayer(GradientCheckpointingLayer):
    def forward(self, x):
        return x


_WrappedLayer.forward._unsloth_block_compiled = True  # what Unsloth's patch_block_compile leaves on the class


def test_compiled_layers_counts_wrapped_layers_and_skips_demoted_ones():
    model = torch.nn.ModuleList([_WrappedLayer(), _WrappedLayer(), _WrappedLayer(), _Layer()])
    assert compiled_layers(model) == 3
    model[1].__dict__["_unsloth_block_mode"] = 0  # its compile failed: Unsloth runs it eagerly
    assert compiled_layers(model) == 2
    assert compiled_layers(torch.nn.ModuleList([_Layer(), _Layer()])) == 0


def test_compile_mode_and_line():
    assert compile_mode(SimpleNamespace(torch_compile=True), 0, 32) == "whole model"
    assert compile_mode(SimpleNamespace(torch_compile=False), 32, 32) == "per layer, 32 of 32"
    assert compile_mode(SimpleNamespace(torch_compile=False), 0, 32) == "off"
    info = {"backend": "unsloth", "attention": "SDPA flash", "checkpointed_layers": 26, "layers": 32,
            "batch": "batches of up to 8192 tokens", "compile": "per layer, 32 of 32", "pad_to_multiple_of": 8}
    assert line(info) == ("speed: backend unsloth | attention SDPA flash | checkpointing 26 of 32 layers | "
                          "batches of up to 8192 tokens | pad to a multiple of 8 | compile per layer, 32 of 32")
    assert "| no padding multiple |" in line({**info, "pad_to_multiple_of": None})


def _guarded(x):
    # the shape of the guard Inductor put on Unsloth's compiled region: a branch on the length mod 8
    return x * 2 if x.shape[0] % 8 != 0 else x + 1


def _steps(features: SpeedFeatures, lengths: list[int], f) -> None:
    """One 'step' per length: the compiled function on a tensor of that length, then the step's end."""
    for n in lengths:
        f(torch.ones(n))
        features.on_step_end(None, None, None)


def test_recompiles_after_step_1_are_counted_and_padding_avoids_them():
    torch._dynamo.reset()
    lines = []
    features = SpeedFeatures("peft", "SDPA", "batches", lines.append)
    # lengths on both sides of the guard: 16 (step 1), 24 (dynamic lengths: a new graph), 13 (across the guard)
    _steps(features, [16, 24, 32, 13, 40], torch.compile(_guarded, backend="eager"))
    features.finish()
    assert features.info["graphs_by_step_1"] == 1 and features.info["recompiles_after_step_1"] == 2
    assert lines == ["speed: torch.compile built 2 graphs after step 1 (recompiles), 1 before"]

    # the same lengths padded to a multiple of 8, with a first step that saw two lengths (as step 1's
    # micro-batches or the evaluation warm-up can): nothing is built after step 1
    torch._dynamo.reset()
    features = SpeedFeatures("peft", "SDPA", "batches", lines.append)
    f = torch.compile(_guarded, backend="eager")
    f(torch.ones(8))
    _steps(features, [padded_length(n, 8) for n in (16, 24, 32, 13, 40)], f)
    features.finish()
    assert features.info["recompiles_after_step_1"] == 0 and features.info["graphs_by_step_1"] == 2
