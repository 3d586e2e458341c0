"""The demo's toy: the tiny Llama pretrained on the project's own English text, built once and cached."""

import json

import pytest

torch = pytest.importorskip("torch")

from medqa.synthetic import models as synthetic  # noqa: E402
from medqa.synthetic import toy as pretrain  # noqa: E402


def test_english_text_is_the_projects_own_plain_prose():
    paras = pretrain.paragraphs()
    sentences = sum(p.count(". ") + 1 for p in paras)
    assert len(paras) >= 50 and sentences >= 250
    assert len(set(paras)) == len(paras)  # no paragraph twice


def test_toy_builds_once_learns_and_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDQA_CACHE", str(tmp_path))
    monkeypatch.setattr(pretrain, "STEPS", 25)  # the real 600 steps take a minute; 25 show the loss falling
    seen = []
    real_train = pretrain.train
    monkeypatch.setattr(pretrain, "train", lambda *a, **k: seen.append(real_train(*a, **k)) or seen[-1])

    path = synthetic.resolve("synthetic:tiny-llama-3.1-english")
    assert path == str(tmp_path / "tiny-llama-3.1-english")
    assert len(seen) == 1 and seen[0]["last_loss"] < seen[0]["first_loss"] - 1.0
    assert synthetic.resolve("synthetic:tiny-llama-3.1-english") == path and len(seen) == 1  # cached: not again
    assert json.loads((tmp_path / "tiny-llama-3.1-english" / "config.json").read_text())["num_hidden_layers"] == 2
    assert not (tmp_path / "tiny-llama-3.1").exists()  # the random model is not built on the way

    from transformers import AutoTokenizer

    # its tokenizer learned the English text too: it spends fewer tokens on it than the random model's
    text = " ".join(pretrain.paragraphs())
    toy, plain = AutoTokenizer.from_pretrained(path), synthetic.build_tokenizer()
    assert len(toy(text)["input_ids"]) < 0.95 * len(plain(text)["input_ids"])  # measured 0.92
