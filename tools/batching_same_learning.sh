#!/usr/bin/env bash
# Does the batching change what is learned? One epoch over the same 216 demo dialogs (tiny model,
# CPU), for each batching and two training seeds; prints the held-out eval loss of each run.
# Usage: tools/batching_same_learning.sh [python]   (docs/benchmarks.md has the numbers)
#        STEP_TOKENS=1 tools/batching_same_learning.sh   twice the tokens per optimizer step (the 80 GB
#        recipe's 16,384 against 8,192 elsewhere), at the same and at a sqrt(2) higher learning rate
set -euo pipefail
py=${1:-.venv/bin/python}
out=$(mktemp -d)
for seed in 1 2; do
  modes=("random train.group_by_length=false train.batch_tokens=null"
         "grouped train.group_by_length=true train.batch_tokens=null"
         "tokens2048 train.batch_tokens=2048"
         "tokens2560 train.batch_tokens=2560")
  [ -n "${STEP_TOKENS:-}" ] && modes=("tokens2048 train.batch_tokens=2048"
                                       "tokens4096 train.batch_tokens=4096"
                                       "tokens4096-lr1.41 train.batch_tokens=4096 train.learning_rate=1.41e-3")
  for mode in "${modes[@]}"; do
    set -- $mode
    name=$1; shift
    $py scripts/finetune.py recipes/demo.yaml train.learning_rate=1e-3 "$@" train.seed=$seed \
      output_dir="$out" run_name="$name-$seed" sample.max_new_tokens=1 --overwrite >/dev/null 2>&1
    $py -c "import json,sys; m=json.load(open(sys.argv[1])); print(f\"$name seed $seed: steps {m['steps']:3d}  train loss {m['train_loss']:.4f}  eval loss {m['eval_loss']:.4f}\")" "$out/$name-$seed/metrics.json"
  done
done
