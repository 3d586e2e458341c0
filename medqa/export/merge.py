"""The streamed merge: a peft LoRA adapter folded into a 16-bit safetensors base, shard by shard and
tensor by tensor, so peak RAM is one projection matrix in fp32, not a shard or the model.

    merge(base_dir, adapter_dir, out_dir)      # shards + index, configs, tokenizer, chat template

A tensor is read, W + (B @ A) * scale is computed in fp32 exactly as peft's merge does, cast back,
written and dropped; tensors without a delta are copied in 64 MiB chunks. Everything read from the
base and the adapter is checked first (architecture, shapes, plain shard names, no code to run):
they may come from a stranger (docs/troubleshooting.md). `medqa/export/run.py` plans and orchestrates.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import struct
from pathlib import Path

from medqa.common import MedqaError


class ExportError(MedqaError, RuntimeError):
    pass


CHUNK = 64 * 2**20
# safetensors dtype -> (torch dtype name, bytes per element)
ST_DTYPES = {"F64": ("float64", 8), "F32": ("float32", 4), "F16": ("float16", 2), "BF16": ("bfloat16", 2),
              "I64": ("int64", 8), "I32": ("int32", 4), "I16": ("int16", 2), "I8": ("int8", 1), "U8": ("uint8", 1),
              "BOOL": ("bool", 1)}
OUT_DTYPES = {None: None, "float32": "F32", "float16": "F16", "bfloat16": "BF16"}
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.model",
                    "added_tokens.json", "chat_template.jinja", "chat_template.json")
# peft saves `base_model.model.<module>.lora_A.weight`; the base shard holds `<module>.weight`.
_LORA_KEY = re.compile(r"^base_model\.model\.(?P<module>.+)\.lora_(?P<ab>[AB])(?:\.[^.]+)?\.weight$")


# ---------------------------------------------------------------------------- safetensors, streamed
def read_header(path: Path) -> tuple[dict, int]:
    """The JSON header of a .safetensors file and the offset its data starts at."""
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        return json.loads(f.read(n)), 8 + n


def shard_names(model_dir: Path) -> list[str]:
    """The shard files of a checkpoint. The index comes with a downloaded base, and a name such as
    `../../x.safetensors` would make the merge write outside merged/: only plain names of its shards pass."""
    index = model_dir / "model.safetensors.index.json"
    if index.is_file():
        names = sorted(set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values()))
        for s in names:
            if (not isinstance(s, str) or Path(s).name != s or "\\" in s or s in (".", "..")
                    or not s.endswith(".safetensors") or not (model_dir / s).is_file()):
                raise ExportError(f"{index} names shard {str(s)[:120]!r}, which is not a .safetensors file in "
                                  f"{model_dir}: the base is damaged or tampered with; download it again")
        return names
    if (model_dir / "model.safetensors").is_file():
        return ["model.safetensors"]
    raise ExportError(f"no safetensors weights in {model_dir}: the 16-bit base must be a safetensors checkpoint")


def _read_tensor(f, start: int, info: dict):
    import torch

    b, e = info["data_offsets"]
    f.seek(start + b)
    buf = bytearray(e - b)
    f.readinto(buf)
    # Read, not mmap: mapped pages of a 5 GB shard would count as resident and grow RSS to the shard.
    return torch.frombuffer(buf, dtype=getattr(torch, ST_DTYPES[info["dtype"]][0])).reshape(info["shape"])


def _write_shard(src: Path, dst: Path, deltas: dict, scale: float, out_dtype: str | None) -> None:
    import torch

    header, start = read_header(src)
    header.pop("__metadata__", None)
    names = sorted(header, key=lambda n: header[n]["data_offsets"][0])  # file order: sequential reads
    out, offset = {}, 0
    for n in names:
        dt = out_dtype if out_dtype and header[n]["dtype"] in ("F16", "BF16", "F32") else header[n]["dtype"]
        size = math.prod(header[n]["shape"]) * ST_DTYPES[dt][1]
        out[n] = {"dtype": dt, "shape": header[n]["shape"], "data_offsets": [offset, offset + size]}
        offset += size
    out["__metadata__"] = {"format": "pt"}  # transformers refuses safetensors without it
    blob = json.dumps(out, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # keep the data 8-byte aligned, as safetensors itself does
    with open(src, "rb") as f, open(dst, "wb") as g:
        g.write(struct.pack("<Q", len(blob)) + blob)
        for n in names:
            module = n.removesuffix(".weight")
            if module not in deltas and out[n]["dtype"] == header[n]["dtype"]:
                b, e = header[n]["data_offsets"]
                f.seek(start + b)
                g.writelines(f.read(min(CHUNK, e - pos)) for pos in range(b, e, CHUNK))
                continue
            w = _read_tensor(f, start, header[n]).float()
            if module in deltas:
                a, bm = deltas.pop(module)
                # The order of peft's LoraLayer.merge: delta = (B @ A) * scaling, then W += delta, in fp32.
                w += (bm.float() @ a.float()) * scale
            g.write(memoryview(w.to(getattr(torch, ST_DTYPES[out[n]["dtype"]][0])).contiguous()
                               .view(torch.uint8).numpy()))
            del w
        g.flush()
        os.fsync(g.fileno())


# ---------------------------------------------------------------------------- adapter and base checks
def load_adapter(adapter_dir: Path) -> tuple[float, dict]:
    """(scale, {base module name: (A, B)}) from a peft LoRA adapter folder."""
    from safetensors.torch import load_file

    cfg_file, weights = adapter_dir / "adapter_config.json", adapter_dir / "adapter_model.safetensors"
    if not (cfg_file.is_file() and weights.is_file()):
        raise ExportError(f"no LoRA adapter in {adapter_dir} (adapter_config.json + adapter_model.safetensors)")
    cfg = json.loads(cfg_file.read_text(encoding="utf-8"))
    unsupported = [k for k in ("use_dora", "modules_to_save", "rank_pattern", "alpha_pattern", "fan_in_fan_out")
                   if cfg.get(k)] + (["bias"] if cfg.get("bias", "none") != "none" else [])
    if cfg.get("peft_type", "LORA") != "LORA" or unsupported:
        raise ExportError(f"adapter uses {', '.join(unsupported) or cfg.get('peft_type')}, which the merge does "
                          "not support (plain LoRA, optionally rsLoRA, only)")
    r, alpha = cfg["r"], cfg["lora_alpha"]
    scale = alpha / math.sqrt(r) if cfg.get("use_rslora") else alpha / r
    pairs: dict[str, dict] = {}
    for key, t in load_file(weights).items():
        m = _LORA_KEY.match(key)
        if not m:
            raise ExportError(f"adapter tensor {key!r} is not a LoRA A/B weight the merge understands")
        pairs.setdefault(m["module"], {})[m["ab"]] = t
    if any(len(p) != 2 for p in pairs.values()):
        raise ExportError("adapter has a lora_A without its lora_B (or the reverse)")
    return scale, {mod: (p["A"], p["B"]) for mod, p in pairs.items()}


def check_base(base_dir: Path, name: str) -> dict:
    cfg = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    arch = (cfg.get("architectures") or ["?"])[0]
    if arch != "LlamaForCausalLM":
        raise ExportError(f"unsupported architecture {arch} in {name}: export handles LlamaForCausalLM only")
    if q := cfg.get("quantization_config"):
        raise ExportError(f"base {name} is quantized ({q.get('quant_method', '?')}): merging into quantized weights "
                          "loses what was trained; set model.base_16bit in the recipe to the 16-bit model")
    return cfg


def tensor_headers(model_dir: Path) -> dict[str, dict]:
    """name -> {dtype, shape, data_offsets} for every tensor of a checkpoint, from its headers only."""
    return {n: h for s in shard_names(model_dir) for n, h in read_header(model_dir / s)[0].items()
            if n != "__metadata__"}


def check_shapes(base_dir: Path, deltas: dict) -> None:
    """Every adapter module against the base's shard headers, before anything is written."""
    shapes = {n.removesuffix(".weight"): h["shape"] for n, h in tensor_headers(base_dir).items()}
    for module, (a, b) in deltas.items():
        if module not in shapes:
            raise ExportError(f"adapter targets {module}, which the base has no weight for: trained on another model?")
        if [b.shape[0], a.shape[1]] != shapes[module] or a.shape[0] != b.shape[1]:
            raise ExportError(f"adapter/base shape mismatch at {module}: base weight {shapes[module]}, adapter "
                              f"B {list(b.shape)} @ A {list(a.shape)}; was the adapter trained on another model?")


def merge(base_dir: Path, adapter_dir: Path, out_dir: Path, dtype: str | None = None) -> Path:
    """Write base + adapter to `out_dir` (shards, index, configs, tokenizer). dtype: None keeps the base's."""
    out_dtype = OUT_DTYPES[dtype]
    scale, deltas = load_adapter(adapter_dir)
    check_shapes(base_dir, deltas)
    configs = safe_configs(base_dir, adapter_dir, dtype)  # refused before any shard is written
    out_dir.mkdir(parents=True, exist_ok=True)
    weight_map, total = {}, 0
    for s in shard_names(base_dir):
        _write_shard(base_dir / s, out_dir / s, deltas, scale, out_dtype)
        header, start = read_header(out_dir / s)
        weight_map.update({n: s for n in header if n != "__metadata__"})
        total += (out_dir / s).stat().st_size - start
    index = {"metadata": {"total_size": total}, "weight_map": dict(sorted(weight_map.items()))}
    (out_dir / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    for name, cfg in configs.items():
        (out_dir / name).write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    if (base_dir / "generation_config.json").is_file():
        shutil.copy2(base_dir / "generation_config.json", out_dir)
    # The tokenizer as training saved it beside the adapter (pad token, template), else the base's;
    # never a mix of the two, except a chat template taken from the base when the adapter has none.
    tok_src = _tokenizer_source(base_dir, adapter_dir)
    for name in TOKENIZER_FILES:
        if name not in configs and (tok_src / name).is_file():
            shutil.copy2(tok_src / name, out_dir / name)
    if not any((out_dir / t).is_file() for t in ("chat_template.jinja", "chat_template.json")):
        for t in ("chat_template.jinja", "chat_template.json"):
            if (base_dir / t).is_file():
                shutil.copy2(base_dir / t, out_dir / t)
    return out_dir


def _tokenizer_source(base_dir: Path, adapter_dir: Path) -> Path:
    return adapter_dir if (adapter_dir / "tokenizer_config.json").is_file() else base_dir


def safe_configs(base_dir: Path, adapter_dir: Path, dtype: str | None) -> dict[str, dict]:
    """config.json and tokenizer_config.json as merged/ gets them: no auto_map, a Llama 3 tokenizer class. Both
    come from folders medqa did not make (a Hub base, a shared adapter): see medqa.export.gguf.safe_config."""
    from medqa.export import gguf

    out = {"config.json": gguf.safe_config(json.loads((base_dir / "config.json").read_text(encoding="utf-8")),
                                           str(base_dir / "config.json"))}
    if dtype:
        out["config.json"]["dtype"] = dtype
    tok = _tokenizer_source(base_dir, adapter_dir) / "tokenizer_config.json"
    if tok.is_file():
        out["tokenizer_config.json"] = gguf.safe_config(json.loads(tok.read_text(encoding="utf-8")), str(tok))
    return out
