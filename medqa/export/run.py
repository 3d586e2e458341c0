"""Merge a run's LoRA adapter into the 16-bit base, export safetensors and GGUF, and prove them equal.

    python scripts/export.py outputs/<run_name> --formats safetensors,gguf-q8_0 --verify

writes merged/ (safetensors shards + index, configs, tokenizer, chat template) and gguf/<run>-Q8_0.gguf
(F16, BF16, Q4_K_M), with gguf/verify.md and .json, under the run directory or --out. Steps, each
before the next writes anything it would waste:
1. Plan: find the 16-bit base (`model.base_16bit`, else `model.name`; never the 4-bit weights the
   adapter may have been trained against, since merging into those loses what was trained), check
   its architecture and every adapter shape against the shard headers, and compare the bytes each
   output needs with the free space and the RAM the merge needs with what is available.
2. Merge shard by shard and tensor by tensor: a tensor is read, W + (B @ A) * scale is computed in
   fp32 exactly as peft's merge does, cast back, written, and dropped. Tensors without a delta are
   copied in 64 MiB chunks. Peak RAM is one projection matrix in fp32, not a shard or the model.
3. GGUF through llama.cpp's own converter and quantizer: see medqa/export/gguf.py for that choice.
4. Verify in llama.cpp (medqa.export.gguf.verify).

Every file is written under a temporary name and renamed when complete, and `merged/` is built in
a temporary folder, so a failure, Ctrl-C or SIGTERM leaves no truncated .gguf or half shard behind;
leftovers of a killed run (SIGKILL, OOM) are removed by the next run. No compile step, no clone,
no change to the system; the network is used only to fetch a base that is not on disk.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from medqa.common import MedqaError, chat_messages, free_bytes, log, reason, size
from medqa.config import Config, load_config
from medqa.rundir import RunDir, atomic_path, remove_leftovers


class ExportError(MedqaError, RuntimeError):
    pass


FORMATS = ("safetensors", "gguf-f16", "gguf-bf16", "gguf-q8_0", "gguf-q4_k_m", "lora-gguf")
DEFAULT_FORMATS = "safetensors,gguf-q8_0"  # both pure Python: no llama.cpp build needed
EXTRA_PROMPTS = [
    "My 4-year-old has a rash on her arms after playing outside. What could it be?",
    "Is it safe to take ibuprofen together with paracetamol for a headache?",
]
CHUNK = 64 * 2**20
# safetensors dtype -> (torch dtype name, bytes per element)
_ST_DTYPES = {"F64": ("float64", 8), "F32": ("float32", 4), "F16": ("float16", 2), "BF16": ("bfloat16", 2),
              "I64": ("int64", 8), "I32": ("int32", 4), "I16": ("int16", 2), "I8": ("int8", 1), "U8": ("uint8", 1),
              "BOOL": ("bool", 1)}
_OUT_DTYPES = {None: None, "float32": "F32", "float16": "F16", "bfloat16": "BF16"}
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.model",
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
    index = model_dir / "model.safetensors.index.json"
    if index.is_file():
        return sorted(set(json.loads(index.read_text(encoding="utf-8"))["weight_map"].values()))
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
    return torch.frombuffer(buf, dtype=getattr(torch, _ST_DTYPES[info["dtype"]][0])).reshape(info["shape"])


def _write_shard(src: Path, dst: Path, deltas: dict, scale: float, out_dtype: str | None) -> None:
    import torch

    header, start = read_header(src)
    header.pop("__metadata__", None)
    names = sorted(header, key=lambda n: header[n]["data_offsets"][0])  # file order: sequential reads
    out, offset = {}, 0
    for n in names:
        dt = out_dtype if out_dtype and header[n]["dtype"] in ("F16", "BF16", "F32") else header[n]["dtype"]
        size = math.prod(header[n]["shape"]) * _ST_DTYPES[dt][1]
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
            g.write(memoryview(w.to(getattr(torch, _ST_DTYPES[out[n]["dtype"]][0])).contiguous()
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
    out_dtype = _OUT_DTYPES[dtype]
    scale, deltas = load_adapter(adapter_dir)
    check_shapes(base_dir, deltas)
    out_dir.mkdir(parents=True, exist_ok=True)
    weight_map, total = {}, 0
    for s in shard_names(base_dir):
        _write_shard(base_dir / s, out_dir / s, deltas, scale, out_dtype)
        header, start = read_header(out_dir / s)
        weight_map.update({n: s for n in header if n != "__metadata__"})
        total += (out_dir / s).stat().st_size - start
    index = {"metadata": {"total_size": total}, "weight_map": dict(sorted(weight_map.items()))}
    (out_dir / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    if dtype:
        config["dtype"] = dtype
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    if (base_dir / "generation_config.json").is_file():
        shutil.copy2(base_dir / "generation_config.json", out_dir)
    # The tokenizer as training saved it beside the adapter (pad token, template), else the base's;
    # never a mix of the two, except a chat template taken from the base when the adapter has none.
    tok_src = adapter_dir if (adapter_dir / "tokenizer_config.json").is_file() else base_dir
    for name in _TOKENIZER_FILES:
        if (tok_src / name).is_file():
            shutil.copy2(tok_src / name, out_dir / name)
    if not any((out_dir / t).is_file() for t in ("chat_template.jinja", "chat_template.json")):
        for t in ("chat_template.jinja", "chat_template.json"):
            if (base_dir / t).is_file():
                shutil.copy2(base_dir / t, out_dir / t)
    return out_dir


# ---------------------------------------------------------------------------- plan: disk and RAM first
@dataclass
class Plan:
    cfg: Config
    base_dir: Path
    adapter_dir: Path
    out: Path
    sizes: dict[str, int] = field(default_factory=dict)  # output name -> bytes it needs at peak
    ram_needed: int = 0

    @property
    def merged_dir(self) -> Path:
        return RunDir(self.out).merged

    @property
    def gguf_dir(self) -> Path:
        return RunDir(self.out).gguf

    def gguf_file(self, fmt: str) -> Path:
        return RunDir(self.out).gguf_file(self.cfg.run_name, fmt)


def parse_formats(text: str) -> list[str]:
    formats = [f.strip() for f in text.split(",") if f.strip()]
    if bad := [f for f in formats if f not in FORMATS]:
        raise ExportError(f"unknown format {bad[0]!r}; choose from: {', '.join(FORMATS)}")
    return sorted(set(formats), key=FORMATS.index) or list(DEFAULT_FORMATS.split(","))


def resolve_base(cfg: Config) -> Path:
    """The 16-bit base's local folder: only what a merge reads (configs, safetensors, tokenizer)."""
    from medqa import hub

    name = cfg.model.base_16bit or cfg.model.name
    key = "model.base_16bit" if cfg.model.base_16bit else "model.name"
    try:
        return hub.snapshot(name, key, ["*.json", "*.safetensors", "tokenizer*", "*.jinja"])
    except hub.HubError:
        raise
    except Exception as e:  # gated, typo: one line, never the token
        raise ExportError(f"cannot get the 16-bit base {name}: {reason(e)}") from None


def plan_export(run_dir: Path, formats: list[str], out: Path | None = None, dtype: str | None = None,
                verify: bool = False) -> Plan:
    """Everything checked and sized from headers and configs; nothing written yet."""
    run = RunDir(run_dir)
    if not run.config.is_file():
        raise ExportError(f"{run.root} is not a training run (no config.yaml): "
                          "train first with python scripts/finetune.py <recipe>")
    cfg = load_config(run.config)
    adapter_dir = run.adapter
    _, deltas = load_adapter(adapter_dir)
    base_dir = resolve_base(cfg)
    check_base(base_dir, cfg.model.base_16bit or cfg.model.name)
    check_shapes(base_dir, deltas)
    plan = Plan(cfg, base_dir, adapter_dir, Path(out) if out else run.root)
    tensors = tensor_headers(base_dir)
    n2d = sum(math.prod(h["shape"]) for h in tensors.values() if len(h["shape"]) >= 2)
    n1d = sum(math.prod(h["shape"]) for h in tensors.values() if len(h["shape"]) < 2)
    extra = sum((base_dir / n).stat().st_size for n in _TOKENIZER_FILES if (base_dir / n).is_file()) + 2**20
    plan.sizes["merged/"] = extra + sum(math.prod(h["shape"]) * _ST_DTYPES[_OUT_DTYPES[dtype] or h["dtype"]][1]
                                        for h in tensors.values())
    per_param = {"gguf-f16": 2, "gguf-bf16": 2, "gguf-q8_0": 34 / 32, "gguf-q4_k_m": 5.5 / 8}  # q4_k_m ~4.9 bpw
    for fmt in formats:
        if fmt in per_param:
            plan.sizes[plan.gguf_file(fmt).name] = int(per_param[fmt] * n2d) + 4 * n1d + extra
    if "gguf-q4_k_m" in formats and "gguf-f16" not in formats:  # its input, deleted afterwards
        plan.sizes["temporary f16 input of q4_k_m"] = 2 * n2d + 4 * n1d + extra
    if "lora-gguf" in formats:
        from medqa.export.lora_gguf import lora_bytes

        plan.sizes[RunDir(plan.out).lora_gguf_file(cfg.run_name).name] = lora_bytes(deltas) + 2**20
        if verify:  # the base as F16 GGUF, deleted after the comparison
            plan.sizes["temporary base F16 GGUF for --verify"] = 2 * n2d + 4 * n1d + extra
    if not ({"safetensors"} | {f for f in formats if f.startswith("gguf-")}) & set(formats):
        plan.sizes.pop("merged/")  # nothing to merge
    biggest = max((math.prod(tensors[m + ".weight"]["shape"]) for m in deltas), default=0)
    adapter_bytes = sum(a.numel() + b.numel() for a, b in deltas.values()) * 4
    plan.ram_needed = 12 * biggest + adapter_bytes + CHUNK + 2**29  # 16-bit in + 2 fp32 + out; + runtime
    return plan


def check_resources(plan: Plan) -> None:
    import psutil

    need, free = sum(plan.sizes.values()), free_bytes(plan.out)
    if need * 1.02 > free:
        items = ", ".join(f"{k} {size(v, 2)}" for k, v in plan.sizes.items())
        raise ExportError(f"not enough disk in {plan.out}: need {size(need, 2)} ({items}), free {size(free, 2)}; "
                          "free space, pass --out on a larger disk, or ask for fewer --formats")
    avail = psutil.virtual_memory().available
    if plan.ram_needed > avail:
        raise ExportError(f"not enough RAM to merge: need ~{size(plan.ram_needed, 2)}, available {size(avail, 2)}")


# ---------------------------------------------------------------------------- the whole export
def sample_prompts(cfg: Config) -> list[list[dict]]:
    """The recipe's sample question and two more, each with the recipe's system prompt."""
    return [chat_messages(cfg.data.system_prompt, q) for q in [cfg.sample.question, *EXTRA_PROMPTS]]


def export_run(run_dir: Path, formats: list[str], out: Path | None = None, verify: bool = False,
               dtype: str | None = None, say: Callable[[str], None] = log) -> dict:
    """Plan, merge, convert, quantize, verify. Returns {"merged", "gguf": {fmt: path}, "verify": rows}."""
    from medqa.export import gguf

    plan = plan_export(run_dir, formats, out, dtype, verify)
    ggufs = [f for f in formats if f.startswith("gguf-")]
    if verify or "gguf-q4_k_m" in formats:
        gguf.import_llama_cpp()  # fail now, with how to get it, not after a 10-minute merge
    if ggufs or "lora-gguf" in formats:
        gguf.import_converter()
    remove_leftovers(plan.out, plan.gguf_dir)
    check_resources(plan)
    (plan.gguf_dir if ggufs or "lora-gguf" in formats else plan.out).mkdir(parents=True, exist_ok=True)
    result: dict = {"merged": None, "gguf": {}, "lora": None, "verify": []}
    if ggufs or "safetensors" in formats:  # a LoRA GGUF alone needs no merge
        say(f"merging {plan.adapter_dir} into {plan.base_dir} -> {plan.merged_dir}")
        with atomic_path(plan.merged_dir) as tmp:
            merge(plan.base_dir, plan.adapter_dir, tmp, dtype=dtype)
        result["merged"] = plan.merged_dir
    try:
        _write_ggufs(plan, ggufs, result, say)
        if result["gguf"]:
            from medqa.export import ollama

            ollama.write_beside(result["gguf"].values(), plan.merged_dir, plan.cfg, say)
        if "lora-gguf" in formats:
            from medqa.export import lora_gguf

            final = RunDir(plan.out).lora_gguf_file(plan.cfg.run_name)
            result["lora"] = lora_gguf.write(plan.adapter_dir, plan.base_dir, final, plan.cfg, say)
        if verify and (ggufs or result["lora"]):
            result["verify"] = _verify(plan, result["gguf"], result["lora"])
        elif verify:
            say("nothing to verify: --verify compares GGUF files, and no GGUF format was asked for")
    finally:
        if "safetensors" not in formats and result["merged"]:  # merged/ was only the converter's input
            shutil.rmtree(plan.merged_dir, ignore_errors=True)
            result["merged"] = None
    return result


def _write_ggufs(plan: Plan, ggufs: list[str], result: dict, say: Callable[[str], None]) -> None:
    from medqa.export import gguf

    scratch = plan.gguf_dir / f".{plan.cfg.run_name}-f16-input.gguf.partial-{os.getpid()}"
    try:
        for fmt in ggufs:
            final = plan.gguf_file(fmt)
            say(f"writing {final}")
            with atomic_path(final) as tmp:
                if fmt != "gguf-q4_k_m":
                    gguf.convert(plan.merged_dir, tmp, fmt.removeprefix("gguf-"))
                else:  # llama.cpp quantizes an f16 file: the one asked for (written first), or a scratch one
                    f16 = result["gguf"].get("gguf-f16") or gguf.convert(plan.merged_dir, scratch, "f16")
                    gguf.quantize(f16, tmp, "q4_k_m")
            result["gguf"][fmt] = final
    finally:
        scratch.unlink(missing_ok=True)


def _verify(plan: Plan, files: dict[str, Path], lora: Path | None) -> list[dict]:
    from medqa.export import gguf

    prompts = sample_prompts(plan.cfg)
    rows = gguf.verify(plan.merged_dir, {f.removeprefix("gguf-"): p for f, p in files.items()}, prompts) \
        if files else []
    if lora:  # the base as an F16 GGUF, only for this comparison (a killed run's is removed as a leftover)
        base = plan.gguf_dir / f".base-F16.gguf.partial-{os.getpid()}"
        try:
            gguf.convert(plan.base_dir, base, "f16")
            rows += gguf.verify(plan.base_dir, {"lora-f16": base}, prompts, adapter_dir=plan.adapter_dir, lora=lora)
        finally:
            base.unlink(missing_ok=True)
    table = gguf.verify_table(rows)
    title = f"# llama.cpp vs transformers: {plan.cfg.run_name}\n\n"
    for name, text in (("verify.md", title + table), ("verify.json", json.dumps(rows, indent=2) + "\n")):
        with atomic_path(plan.gguf_dir / name) as tmp:
            tmp.write_text(text, encoding="utf-8")
    print(table, flush=True)
    if failed := [r["format"] for r in rows if not r["passed"]]:
        raise ExportError(f"verification failed for {', '.join(failed)}: see {plan.gguf_dir / 'verify.md'}")
    return rows
