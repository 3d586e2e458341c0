"""What is attached to a Kaggle notebook: a Llama 3.1 8B Instruct (Kaggle Models) and a copy of
ai-medical-chatbot (Kaggle Datasets), found under /kaggle/input so that a notebook with the Internet
off trains without the Hub and without an HF token.

Kaggle mounts an attached model read-only at `/kaggle/input/<model>/<framework>/<variation>/<version>/`
(e.g. `llama-3.1/transformers/8b-instruct/2/`) and, in newer notebooks, at
`/kaggle/input/models/<owner>/<model>/<framework>/<variation>/<version>/`; a dataset at
`/kaggle/input/<dataset>/` or `/kaggle/input/datasets/<owner>/<dataset>/`. Folder names are the
uploader's choice, so the model is recognised by its files, not its path: a config.json with Llama 3.1
8B's shape and rope, a tokenizer, and the Instruct model's end-of-turn token. The dataset is the largest
.csv/.jsonl/.parquet file whose columns include the recipe's patient and doctor columns.

Only the standard library is imported at module level (medqa.notebook imports this before installing).
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path

from medqa import llama3

DATA_SUFFIXES = (".csv", ".jsonl", ".parquet")  # not .json: a model folder is full of them
MAX_DEPTH = 8  # input/models/<owner>/<model>/<framework>/<variation>/<version>/<a subfolder>/config.json


def choose(cfg, root: Path, user_keys: set[str]) -> tuple[list[str], list[str]]:
    """(overrides, one line per choice) for the attached model and data under `root`.

    Only keys whose recipe value is a Hub id are replaced, and none the user set: a local folder, a
    `synthetic:` model (the demo) or an explicit override stays as it is.
    """
    overrides, said = [], []
    models = find_models(root)
    sixteen = next((m.path for m in models if not m.prequantized), None)
    quantized = next((m.path for m in models if m.prequantized), None)
    if _from_hub(cfg.model.name, "model.name", user_keys):
        name = quantized if quantized and cfg.model.load_in_4bit else sixteen
        if name is None:
            said.append(f"model.name: {cfg.model.name} from the Hub (no Llama 3.1 8B Instruct attached under "
                        f"{root}; with the Internet off, attach it: docs/notebooks.md)")
        else:
            how = ("pre-quantized" if name == quantized else
                   "16-bit; bitsandbytes quantizes it to 4-bit as it loads" if cfg.model.load_in_4bit else "16-bit")
            overrides.append(f"model.name={name}")
            said.append(f"model.name: {name} (attached Llama 3.1 8B Instruct, {how})")
    base = cfg.model.base_16bit or cfg.model.name
    if sixteen and _from_hub(base, "model.base_16bit", user_keys) and "model.name" not in user_keys:
        overrides.append(f"model.base_16bit={sixteen}")
        said.append(f"model.base_16bit: {sixteen} (attached, 16-bit; export merges the adapter into it)")
    if _from_hub(cfg.data.source, "data.source", user_keys):
        cols = cfg.data.columns
        files = find_data(root, cols.patient, cols.doctor, skip=tuple(m.path for m in models))
        if files:
            overrides.append(f"data.source={files[0]}")
            said.append(f"data.source: {files[0]} (attached, {files[0].stat().st_size / 1e6:.1f} MB, "
                        f"columns {cols.patient} and {cols.doctor})")
        else:
            said.append(f"data.source: {cfg.data.source} from the Hub (no .csv/.jsonl/.parquet with columns "
                        f"{cols.patient} and {cols.doctor} under {root}; with the Internet off, attach one: "
                        "docs/notebooks.md)")
    return overrides, said


def _from_hub(value: str | None, key: str, user_keys: set[str]) -> bool:
    """The recipe reads `key` from the Hub and the user did not choose it."""
    return bool(value) and key not in user_keys and not value.startswith("synthetic:") and not Path(value).exists()


@dataclass(frozen=True)
class Model:
    path: Path
    prequantized: bool  # config.json carries a quantization_config (e.g. a bitsandbytes 4-bit copy)


def find_models(root: Path) -> list[Model]:
    """Every Llama 3.1 8B Instruct folder under `root` with weights, 16-bit first, then by path."""
    found = [Model(f.parent, "quantization_config" in _json(f)) for f in _walk(root, ("config.json",))
             if is_llama31_8b_instruct(f.parent)]
    return sorted(found, key=lambda m: (m.prequantized, str(m.path)))


def is_llama31_8b_instruct(folder: Path) -> bool:
    config = _json(folder / "config.json")
    if any(config.get(k) != v for k, v in llama3.SHAPE_8B.items()):
        return False
    rope = config.get("rope_scaling") or config.get("rope_parameters") or {}  # transformers 5 writes the latter
    if rope.get("rope_type") != "llama3":  # Llama 3.0 8B has the same shape and no llama3 rope
        return False
    if not (folder / "tokenizer.json").is_file() or not any(folder.glob("*.safetensors")):
        return False
    eos = _json(folder / "generation_config.json").get("eos_token_id", config.get("eos_token_id"))
    eos = eos if isinstance(eos, list) else [eos]
    return llama3.EOT_ID in eos or "instruct" in str(folder).lower()


def find_data(root: Path, patient: str, doctor: str, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Data files under `root` with both columns, largest first (a copy may also ship samples or splits)."""
    files = [f for f in _walk(root, DATA_SUFFIXES, suffix=True)
             if not any(s in f.parents for s in skip) and {patient, doctor} <= set(columns(f))]
    return sorted(files, key=lambda f: (-f.stat().st_size, str(f)))


def columns(path: Path) -> list[str]:
    """A data file's column names from its header (first row, first record, or parquet schema); [] if unreadable."""
    try:
        if path.suffix == ".csv":
            with open(path, newline="", encoding="utf-8-sig") as f:
                return next(csv.reader(f), [])
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq  # installed with datasets

            return list(pq.read_schema(path).names)
        with open(path, encoding="utf-8") as f:
            first = json.loads(f.readline() or "{}")
        return list(first) if isinstance(first, dict) else []
    except (OSError, ValueError, UnicodeDecodeError, ImportError, csv.Error):  # csv.Error: a header over 128 KB
        return []


def _walk(root: Path, names: tuple[str, ...], suffix: bool = False):
    """Files under `root` (at most MAX_DEPTH levels) whose name, or suffix, is one of `names`."""
    root = Path(root)
    if not root.is_dir():
        return
    base = len(root.parts)
    for folder, dirs, files in os.walk(root, followlinks=True):
        if len(Path(folder).parts) - base >= MAX_DEPTH:
            dirs.clear()
        dirs.sort()
        for name in sorted(files):
            if (Path(name).suffix.lower() if suffix else name) in names:
                yield Path(folder) / name


def _json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
