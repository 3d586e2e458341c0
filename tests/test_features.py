"""The speed line says what a run trains with: compile read from the layers, not from the recipe."""

from types import SimpleNamespace

import torch
from transformers.modeling_layers import GradientCheckpointingLayer

from medqa.backends import compiled_layers
from medqa.training.speed import compile_mode, line


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
            "batch": "batches of up to 8192 tokens", "compile": "per layer, 32 of 32"}
    assert line(info) == ("speed: backend unsloth | attention SDPA flash | checkpointing 26 of 32 layers | "
                          "batches of up to 8192 tokens | compile per layer, 32 of 32")
