import json

import pytest
from conftest import DEMO

from medqa.config import load_config
from medqa.data import prepare as data

SYSTEM = "You are a careful, friendly medical assistant."


def cfg_for(path, **data_overrides):
    """The demo recipe on `path`, cleaning off: these tests count what the later stages do (tests/test_clean.py)."""
    overrides = [f"data.source={path}", "data.clean.enabled=false"]
    overrides += [f"data.{k}={v}" for k, v in data_overrides.items()]
    return load_config(DEMO, overrides).data


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_render_matches_llama31_template_exactly(tokenizer):
    pair = {"prompt": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "I cough."}],
            "completion": [{"role": "assistant", "content": "Drink water."}]}
    ex = data.tokenize(pair, tokenizer)
    text = tokenizer.decode(ex["input_ids"])
    assert text == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n"
        f"{SYSTEM}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nI cough.<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nDrink water.<|eot_id|>"
    )
    assert text.count("<|begin_of_text|>") == 1  # the template's BOS, not a second one from the tokenizer


def test_loss_mask_covers_exactly_the_doctors_turn(tokenizer):
    pair = data.to_prompt_completion({"Patient": "  My knee hurts.  ", "Doctor": "Rest it for two days."},
                                     load_config(DEMO).data)
    ex = data.tokenize(pair, tokenizer)
    masked = [t for t, m in zip(ex["input_ids"], ex["completion_mask"]) if m]
    unmasked = [t for t, m in zip(ex["input_ids"], ex["completion_mask"]) if not m]
    assert tokenizer.decode(masked) == "Rest it for two days.<|eot_id|>"
    assert tokenizer.decode(unmasked).endswith("<|start_header_id|>assistant<|end_header_id|>\n\n")
    assert "Rest" not in tokenizer.decode(unmasked)
    # the mask is one block at the end: nothing before the answer carries loss
    first = ex["completion_mask"].index(1)
    assert all(ex["completion_mask"][first:]) and not any(ex["completion_mask"][:first])


def test_empty_rows_dropped_and_counted(tmp_path, tokenizer):
    rows = [{"Patient": f"question {i}?", "Doctor": f"answer {i}."} for i in range(10)]
    rows += [{"Patient": "   ", "Doctor": "x"}, {"Patient": "q", "Doctor": ""}, {"Patient": None, "Doctor": "y"}]
    cfg = cfg_for(write_jsonl(tmp_path / "d.jsonl", rows), max_rows=100, val_fraction=0.2)
    train, val, stats = data.prepare(cfg, tokenizer, 512)
    assert stats.empty_dropped == 3 and stats.rows_selected == 13
    assert len(train) + len(val) == 10 and len(val) == 2


@pytest.mark.parametrize("mode", ["truncate", "drop"])
def test_overlong_rows(tmp_path, tokenizer, mode):
    rows = [{"Patient": "short?", "Doctor": "short."}] * 4 + [{"Patient": "long?", "Doctor": "word " * 400}]
    cfg = cfg_for(write_jsonl(tmp_path / "d.jsonl", rows), overlong=mode)
    train, val, stats = data.prepare(cfg, tokenizer, 256)
    if mode == "truncate":
        assert stats.overlong_truncated == 1 and len(train) + len(val) == 5
        assert max(len(r) for r in list(train["input_ids"]) + list(val["input_ids"])) == 256
    else:
        assert stats.overlong_dropped == 1 and len(train) + len(val) == 4


def test_prompt_longer_than_max_length_is_dropped(tmp_path, tokenizer):
    rows = [{"Patient": "q?", "Doctor": "a."}] * 3 + [{"Patient": "word " * 300, "Doctor": "a."}]
    cfg = cfg_for(write_jsonl(tmp_path / "d.jsonl", rows))
    _, _, stats = data.prepare(cfg, tokenizer, 256)
    assert stats.overlong_dropped == 1  # no answer token would be left to learn from


def test_missing_column_names_it(tmp_path, tokenizer):
    cfg = cfg_for(write_jsonl(tmp_path / "d.jsonl", [{"Question": "q", "Doctor": "a"}]))
    with pytest.raises(data.DataError, match="no column 'Patient'.*data.columns.patient"):
        data.prepare(cfg, tokenizer, 256)


def test_all_empty_is_an_error(tmp_path, tokenizer):
    cfg = cfg_for(write_jsonl(tmp_path / "d.jsonl", [{"Patient": " ", "Doctor": " "}] * 5))
    with pytest.raises(data.DataError, match="no usable rows"):
        data.prepare(cfg, tokenizer, 256)


def test_csv_and_parquet_sources(tmp_path, tokenizer):
    import pandas as pd

    df = pd.DataFrame({"Description": ["d"] * 6, "Patient": [f"q{i}?" for i in range(6)], "Doctor": ["a."] * 6})
    for path in (tmp_path / "d.csv", tmp_path / "d.parquet"):
        df.to_csv(path, index=False) if path.suffix == ".csv" else df.to_parquet(path)
        train, val, _ = data.prepare(cfg_for(path), tokenizer, 256)
        assert len(train) + len(val) == 6


def test_split_is_deterministic_and_disjoint(tokenizer):
    cfg = load_config(DEMO).data
    a_train, a_val, _ = data.prepare(cfg, tokenizer, 512)
    b_train, b_val, _ = data.prepare(cfg, tokenizer, 512)
    assert list(a_val["input_ids"]) == list(b_val["input_ids"])
    assert list(a_train["input_ids"]) == list(b_train["input_ids"])
    assert not {tuple(x) for x in a_val["input_ids"]} & {tuple(x) for x in a_train["input_ids"]}


def test_trl_builds_labels_from_the_mask(tokenizer, tiny_model_dir, tmp_path):
    """What the trainer trains on: -100 everywhere but the doctor's tokens."""
    from transformers import AutoModelForCausalLM
    from trl import SFTTrainer

    from medqa.training.trainer import sft_config

    cfg = load_config(DEMO)
    train, val, _ = data.prepare(cfg.data, tokenizer, cfg.model.max_length)
    trainer = SFTTrainer(model=AutoModelForCausalLM.from_pretrained(tiny_model_dir),
                         args=sft_config(cfg, "fp32", tmp_path, "none"),
                         train_dataset=train.select(range(4)), eval_dataset=val.select(range(2)),
                         processing_class=tokenizer)
    row, src = trainer.train_dataset[0], train[0]
    expected = [t if m else -100 for t, m in zip(src["input_ids"], src["completion_mask"])]
    assert row["labels"] == expected


def test_render_masked_marks_the_answer(tokenizer):
    pair = data.to_prompt_completion({"Patient": "Hi?", "Doctor": "Hello."}, load_config(DEMO).data)
    text = data.render_masked(data.tokenize(pair, tokenizer), tokenizer)
    assert text.endswith("[[Hello.<|eot_id|>]]") and text.count("[[") == 1
