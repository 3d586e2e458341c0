#!/usr/bin/env bash
# On the lent GPU machine (docs/gpu.md): train each card recipe on an exact Llama-3.1-8B-shaped
# checkpoint with random weights, capped to the card's memory, on dialogs that all reach the
# recipe's max_length (the worst case for memory). Usage: tools/gpu_recipes.sh t4 a100 p100
set -uo pipefail
out=${OUT:-/tmp/out}
mkdir -p "$out"
python3 -c "from medqa import synthetic; print(synthetic.resolve('synthetic:llama-3.1-8b'))"
python3 -c "from pathlib import Path; from medqa import synthetic
synthetic.write_dialogs(Path('/tmp/long.jsonl'), 240, median_tokens=4096, lo=4096, hi=4096)"
for card in "$@"; do
  case $card in p100|t4) cap=16;; a100) cap=40;; esac
  steps=${STEPS:-8}
  echo "=== $card: cap ${cap} GiB, $steps steps"
  python3 scripts/finetune.py "recipes/$card.yaml" model.name=synthetic:llama-3.1-8b \
    data.source=/tmp/long.jsonl data.max_rows=240 train.max_steps="$steps" train.logging_steps=1 \
    train.eval_steps=100000 train.save_steps=100000 tracking.wandb=off gpu.memory_cap_gib=$cap \
    sample.max_new_tokens=32 output_dir=/tmp/runs --overwrite 2>&1 | grep -v Warning | tee "$out/$card.log" | tail -4
  run=/tmp/runs/medqa-llama31-8b-$card
  cp "$run/metrics.json" "$out/$card-metrics.json" 2>/dev/null
  # steady-state rate: tokens and runtime between the 3rd logged step and the last
  python3 - "$run/log_history.json" <<'PY' | tee -a "$out/$card.log"
import json, sys
h = [e for e in json.load(open(sys.argv[1])) if "train_runtime" in e and "loss" in e]
a, b = h[2], h[-1]
print(f"steady: steps {a['step']}..{b['step']}: {(b['num_input_tokens_seen']-a['num_input_tokens_seen'])/(b['train_runtime']-a['train_runtime']):.0f} tokens/s")
PY
done
