"""Kaggle with the Internet off: the notebook finds an attached Llama 3.1 8B Instruct and a copy of the
dialogs under a fake /kaggle/input, uses them for model.name, model.base_16bit and data.source, and a
dry run then needs neither the Hub nor a token.

The attached "8B" is Llama 3.1 8B's config.json (its public values) with the tiny model's tokenizer and
an empty weights file: the dry run reads the config and the tokenizer, never the weights.
"""

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_script
from test_offline import _offline_env

SAMPLE = ROOT / "medqa" / "assets" / "sample_dialogs.jsonl"


def _llama31_8b(folder: Path, tiny_model_dir: str, instruct: bool = True, **config) -> Path:
    folder.mkdir(parents=True)
    eos = [128001, 128008, 128009] if instruct else 128001
    (folder / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 4096,
        "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "vocab_size": 128256, "max_position_embeddings": 131072, "rms_norm_eps": 1e-5, "bos_token_id": 128000,
        "eos_token_id": eos, "torch_dtype": "bfloat16", "tie_word_embeddings": False,
        "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                         "original_max_position_embeddings": 8192}, "rope_theta": 500000.0, **config}))
    (folder / "generation_config.json").write_text(json.dumps({"bos_token_id": 128000, "eos_token_id": eos}))
    for f in Path(tiny_model_dir).iterdir():
        if f.name.startswith("tokenizer") or f.name.endswith(".jinja"):
            shutil.copy(f, folder / f.name)
    (folder / "model-00001-of-00004.safetensors").write_bytes(b"")
    return folder


def _dialogs_csv(path: Path, columns=("Description", "Patient", "Doctor")) -> Path:
    import csv

    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(columns)
        for r in rows:
            w.writerow([r.get("Description", ""), r["Patient"], r["Doctor"]])
    return path


@pytest.fixture
def kaggle(tmp_path, tiny_model_dir, monkeypatch):
    """A fake /kaggle: the 8B Instruct (Transformers variation), decoys, and the dialogs as a Kaggle Dataset."""
    root = tmp_path / "kaggle"
    inputs = root / "input"
    model = _llama31_8b(inputs / "llama-3.1" / "transformers" / "8b-instruct" / "2", tiny_model_dir)
    _llama31_8b(inputs / "llama-3.1" / "transformers" / "8b" / "2", tiny_model_dir, instruct=False)  # the base model
    _llama31_8b(inputs / "llama-3.2" / "transformers" / "1b-instruct" / "1", tiny_model_dir,
                hidden_size=2048, num_hidden_layers=16)  # another size
    data = _dialogs_csv(inputs / "ai-medical-chatbot" / "ai-medical-chatbot.csv")
    _dialogs_csv(inputs / "other-data" / "notes.csv", columns=("Description", "Question", "Answer"))
    (inputs / "ai-medical-chatbot" / "sample.jsonl").write_text(SAMPLE.read_text().splitlines()[0] + "\n")
    monkeypatch.delenv("MEDQA_OVERRIDES", raising=False)
    monkeypatch.delenv("MEDQA_OUTPUT_DIR", raising=False)
    return root, model, data


def test_notebook_uses_the_attached_model_and_dataset_and_says_so(kaggle, capsys):
    from medqa import notebook

    root, model, data = kaggle
    where = notebook.layout("kaggle", kaggle_root=root)
    assert where.inputs == root / "input"
    cfg = notebook.load(ROOT / "recipes" / "t4.yaml", ["tracking.wandb=off"], where)
    assert (cfg.model.name, cfg.model.base_16bit, cfg.data.source) == (str(model), str(model), str(data))
    out = capsys.readouterr().out
    assert f"model.name: {model} (attached Llama 3.1 8B Instruct, 16-bit; bitsandbytes quantizes" in out
    assert f"model.base_16bit: {model} (attached, 16-bit" in out
    assert f"data.source: {data} (attached" in out and "columns Patient and Doctor" in out


def test_a_prequantized_copy_trains_and_the_16_bit_one_is_merged_into(kaggle, tiny_model_dir):
    from medqa import notebook

    root, model, _ = kaggle
    q = _llama31_8b(root / "input" / "models" / "unsloth" / "llama-3.1-8b-instruct-bnb-4bit" / "transformers"
                    / "default" / "1", tiny_model_dir, quantization_config={"quant_method": "bitsandbytes"})
    cfg = notebook.load(ROOT / "recipes" / "p100.yaml", ["tracking.wandb=off"], notebook.layout("kaggle", root))
    assert (cfg.model.name, cfg.model.base_16bit) == (str(q), str(model))


def test_what_the_user_chose_and_the_demo_stay(kaggle, capsys):
    from medqa import notebook

    root, model, data = kaggle
    where = notebook.layout("kaggle", kaggle_root=root)
    mine = ["tracking.wandb=off", "model.name=meta-llama/Llama-3.1-8B-Instruct", f"data.source={SAMPLE}"]
    cfg = notebook.load(ROOT / "recipes" / "t4.yaml", mine, where)
    assert cfg.model.name == "meta-llama/Llama-3.1-8B-Instruct" and cfg.data.source == str(SAMPLE)
    assert cfg.model.base_16bit == "unsloth/Meta-Llama-3.1-8B-Instruct"  # base_16bit follows the user's model
    demo = notebook.load(ROOT / "recipes" / "demo.yaml", [], where)
    assert demo.model.name.startswith("synthetic:") and demo.data.source.endswith("sample_dialogs.jsonl")


def test_nothing_attached_says_the_hub_will_be_used(tmp_path, capsys, monkeypatch):
    from medqa import notebook

    monkeypatch.delenv("MEDQA_OVERRIDES", raising=False)
    cfg = notebook.load(ROOT / "recipes" / "t4.yaml", ["tracking.wandb=off"], notebook.layout("kaggle", tmp_path))
    assert cfg.model.name == "unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit"
    out = capsys.readouterr().out
    assert "no Llama 3.1 8B Instruct attached" in out and "with the Internet off, attach it" in out


_DRY_RUN = """
import sys
from medqa import notebook as nb
from medqa.training import run as train
where = nb.layout("kaggle", kaggle_root=sys.argv[1])
cfg = nb.load(nb.recipe_path("t4"), ["tracking.wandb=off", "data.max_rows=40"], where)
train.run(cfg, dry_run=True)
"""


def test_kaggle_dry_run_with_the_internet_off_and_no_token(kaggle, tmp_path):
    root, model, data = kaggle
    env = {**_offline_env(tmp_path, "endpoint"), "MEDQA_PLATFORM": "kaggle"}
    r = run_script("-c", _DRY_RUN, str(root), env=env)
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert f"model {model}" in r.stdout and f"data {data}" in r.stdout
    assert "first training example" in r.stdout and "[[" in r.stdout  # the tokenizer and the dialogs, rendered
    assert "memory estimate" in r.stdout and "weights 7." in r.stdout  # the 8B's shape, from the attached config.json
    assert "cannot be reached" not in out and "Retrying" not in out  # nothing asked the Hub
