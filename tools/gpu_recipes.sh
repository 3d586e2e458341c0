#!/usr/bin/env bash
# On the lent GPU machine (docs/gpu.md), with the 8B shape (synthetic:llama-3.1-8b, random weights):
#   tools/gpu_recipes.sh t4 a100 p100          train each card recipe under its card's memory cap on
#                                              dialogs that all reach max_length (the worst case)
#   tools/gpu_recipes.sh probe unsloth peft    peak memory and step time per (checkpointed layers, batch
#                                              tokens) on full-length rows: what preflight's estimate is fitted to
#   tools/gpu_recipes.sh bench t4 a100 h100    scripts/benchmark.py per card recipe under its cap (plain PEFT
#                                              in the same run with BASELINE=1; EXTRA="key=value ..." overrides);
#                                              on a machine of several GPUs the cards run at once, one GPU each;
#                                              each prints the first epoch after step 1 against the timed
#                                              one and the recompiles after step 1 (issue 27)
set -uo pipefail
out=${OUT:-/tmp/out}
mkdir -p "$out"
model=synthetic:llama-3.1-8b
python3 -c "from medqa.synthetic import models as synthetic; print(synthetic.resolve('$model'))"
cap_of() { case $1 in p100|t4|t4x2) echo 16;; a100) echo 40;; *) echo 80;; esac; }

probe() {  # $1: unsloth (a100 recipe, bf16) or peft (p100 recipe rehearsed as sm_60, fp16)
  python3 -c "from pathlib import Path; from medqa.synthetic import models as synthetic
synthetic.write_dialogs(Path('/tmp/dialogs.jsonl'), 64)"
  case $1 in
    unsloth) recipe=recipes/a100.yaml
             settings=${SETTINGS:-32:4096,32:8192,32:16384,24:8192,16:8192,8:8192,0:2048,0:4096,0:8192,16:16384,0:16384}
             extra=();;
    peft)    recipe=recipes/p100.yaml
             settings=${SETTINGS:-32:2048,32:4096,32:8192,16:2048,16:4096,8:4096,0:2048,0:4096}
             extra=(gpu.capability=6.0);;
  esac
  echo "=== probe $1: $settings"
  python3 -m medqa.bench.measure --probe "$recipe" "$settings" model.name=$model data.source=/tmp/dialogs.jsonl \
    data.max_rows=64 "${extra[@]}" > "$out/probe-$1.log" 2>&1
  grep -h '^MEDQA_BENCH_JSON ' "$out/probe-$1.log" | cut -c18- | tee "$out/probe-$1.jsonl"
  grep -iE "error|Traceback" "$out/probe-$1.log" | tail -5
}

bench() {  # $1: card recipe name; BASELINE=1 also runs plain PEFT in the same run; EXTRA: more overrides
  local cap; cap=$(cap_of "$1")
  local paths=medqa extra=()
  [ "${BASELINE:-0}" = 1 ] && paths=peft,medqa
  [ "$1" = p100 ] && extra=(gpu.capability=6.0)
  echo "=== bench $1: cap $cap GiB, paths $paths"
  python3 scripts/benchmark.py --recipe "recipes/$1.yaml" --paths $paths \
    --out "/tmp/bench-$1" gpu.memory_cap_gib="$cap" "${extra[@]}" ${EXTRA:-} > "$out/bench-$1.log" 2>&1
  cat "/tmp/bench-$1"/*.log >> "$out/bench-$1.log"  # each path's own log: medqa/bench/measure.py logs its recompiles
  grep '^|' "$out/bench-$1.log"; echo "recompiles logged: $(grep -c 'Recompiling' "$out/bench-$1.log")"
  # issue 27's one-GPU test: the first epoch after step 1 against the timed one over the same steps
  python3 - "/tmp/bench-$1/results.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    if "first_vs_timed_after_step_1" in r:
        print(f"{r['path']}: after step 1 (steps {r['after_step_1_steps']}): first epoch "
              f"{r['first_epoch_after_step_1_useful_tokens_per_s']:,.0f} useful tok/s, timed "
              f"{r['timed_after_step_1_useful_tokens_per_s']:,.0f} over the same steps "
              f"({r['first_vs_timed_after_step_1']:.1%}); recompiles after step 1: {r['recompiles_after_step_1']} "
              f"(first-epoch steps that built graphs: {r['first_epoch_recompile_steps']})")
PY
  cp "/tmp/bench-$1/results.json" "$out/bench-$1.json"
}

lanes() {  # benches spread over the visible GPUs: card k runs on GPU k mod n, each GPU's cards in turn
  local n; n=$(python3 -c "import torch; print(max(1, torch.cuda.device_count()))")
  local ids g k  # the caller's CUDA_VISIBLE_DEVICES, if set, names the GPUs
  IFS=, read -ra ids <<< "${CUDA_VISIBLE_DEVICES:-$(seq -s, 0 $((n - 1)))}"
  for ((g = 0; g < n; g++)); do
    (export CUDA_VISIBLE_DEVICES=${ids[g]}
     for ((k = g + 1; k <= $#; k += n)); do bench "${!k}"; done) > "/tmp/lane$g.txt" 2>&1 &
  done
  wait
  for ((g = 0; g < n; g++)); do echo "--- GPU $g"; cat "/tmp/lane$g.txt"; done
}

recipe_run() {  # $1: card recipe name
  local cap; cap=$(cap_of "$1")
  python3 -c "from pathlib import Path; from medqa.synthetic import models as synthetic
synthetic.write_dialogs(Path('/tmp/long.jsonl'), 240, median_tokens=4096, lo=4096, hi=4096)"
  steps=${STEPS:-8}
  echo "=== $1: cap ${cap} GiB, $steps steps"
  python3 scripts/finetune.py "recipes/$1.yaml" model.name=$model \
    data.source=/tmp/long.jsonl data.max_rows=240 train.max_steps="$steps" train.logging_steps=1 \
    train.eval_steps=100000 train.save_steps=100000 tracking.wandb=off gpu.memory_cap_gib="$cap" \
    sample.max_new_tokens=32 output_dir=/tmp/runs --overwrite 2>&1 | grep -v Warning | tee "$out/$1.log" | tail -4
  run=/tmp/runs/medqa-llama31-8b-$1
  cp "$run/metrics.json" "$out/$1-metrics.json" 2>/dev/null
  # steady-state rate: tokens and runtime between the 3rd logged step and the last
  python3 - "$run/log_history.json" <<'PY' | tee -a "$out/$1.log"
import json, sys
h = [e for e in json.load(open(sys.argv[1])) if "train_runtime" in e and "loss" in e]
a, b = h[2], h[-1]
print(f"steady: steps {a['step']}..{b['step']}: {(b['num_input_tokens_seen']-a['num_input_tokens_seen'])/(b['train_runtime']-a['train_runtime']):.0f} tokens/s")
PY
}

case ${1:-} in
  probe) shift; for b in "$@"; do probe "$b"; done;;
  bench) shift; lanes "$@";;
  *) for c in "$@"; do recipe_run "$c"; done;;
esac
