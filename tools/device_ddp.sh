#!/usr/bin/env bash
# Several GPUs on the lent device machine (docs/multi-gpu.md), 8B shape with random weights
# (synthetic:llama-3.1-8b), recipes/t4x2.yaml under 16 GiB caps: 4,096 tokens per micro-batch on every GPU.
#
#   tools/device_ddp.sh scale 2 4   one GPU, then 2 and 4 under torchrun --nproc_per_node, with the same
#                                   per-GPU micro-batch, $STEPS (64) steps each; samples nvidia-smi (and, with
#                                   PROFILE=a:b, profiles steps a+1..b on every rank); prints the rate over every
#                                   step after step 1, the scaling, the recompiles after step 1 and the loss
#   tools/device_ddp.sh scale80     the 80 GB recipe (recipes/h100.yaml, 16,384 tokens per micro-batch, 80 GiB
#                                   caps): one GPU accumulating 2 micro-batches, then 2 GPUs
#   tools/device_ddp.sh nodes       the 2-GPU run as two torchrun agents (--nnodes 2, one GPU each) that meet
#                                   through c10d rendezvous on localhost, sharing one output directory
#   tools/device_ddp.sh fault       2 GPUs: an uninterrupted run, then the same run with rank 1 SIGKILLed after
#                                   $KILL_AT steps (time until every rank is gone, what is left), then --resume
#                                   to the end; the report compares the two final losses
# The one-GPU run accumulates 2 micro-batches (ONE_ACCUM), so it trains the same steps on the same global
# batch as the 2-GPU run (medqa/data/batching.py groups each step's batches), and its final loss is comparable.
# Knobs: STEPS ROWS PROFILE (a:b; empty, the default: none, so that no step is left out of the rate) ONE ONE_ACCUM
# KILL_AT FAULT_GPUS MODEL RECIPE CAP EXTRA (more overrides).
# Results come back as $OUT/report-<mode>.txt and $OUT/ddp-<mode>.tgz (logs, nvidia-smi samples, run records).
# In the device command, stop leftovers by PID, not `pkill -f finetune.py`: that pattern matches the
# command line of the device shell itself.
set -uo pipefail
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1  # the machine's rule (KINDS.md)
out=${OUT:-/tmp/out}; runs=/tmp/ddp
mkdir -p "$out" "$runs"
[ "${1:-}" = scale80 ] && { RECIPE=${RECIPE:-h100}; CAP=${CAP:-80}; ROWS=${ROWS:-9600}; }
recipe=recipes/${RECIPE:-t4x2}.yaml; cap=${CAP:-16}
# Cleaning drops about a third of these synthetic rows (answers under 5 words: 8,000 -> 5,413): 3,000 rows leave
# about 80 steps of up to 8,192 tokens (t4x2), 9,600 about 70 of 32,768 (scale80), so 64 steps stay in one epoch
steps=${STEPS:-64}; rows=${ROWS:-3000}; profile=${PROFILE:-}  # PROFILE=a:b: profile steps a+1..b (left out of the rate)
prof=(); [ -n "$profile" ] && prof=(--profile-steps "$profile")
python3 -c "from pathlib import Path; from medqa.synthetic import models as synthetic
print(synthetic.resolve('${MODEL:-synthetic:llama-3.1-8b}'))
synthetic.write_dialogs(Path('/tmp/ddp.jsonl'), $rows, hi=2048)"
common=(model.name=${MODEL:-synthetic:llama-3.1-8b} data.source=/tmp/ddp.jsonl data.max_rows="$rows" train.max_steps="$steps"
        train.logging_steps=1 train.eval_steps=100000 train.save_steps="${SAVE_STEPS:-100000}" tracking.wandb=off
        gpu.memory_cap_gib="$cap" sample.max_new_tokens=16 output_dir=$runs ${EXTRA:-})  # EXTRA: more overrides

smi_start() { nvidia-smi --query-gpu=timestamp,index,utilization.gpu,memory.used --format=csv,noheader,nounits \
                -lms 500 > "$out/smi-$1.csv" & smi=$!
              # which processes hold each GPU once training runs: a rank with a CUDA context on GPU 0 as well
              # as its own would share rank 0's GPU (one lead for rank 0's straggle, issue 27)
              (sleep "${APPS_AT:-100}"; nvidia-smi --query-compute-apps=pid,gpu_bus_id,used_memory --format=csv \
                > "$out/apps-$1.csv" 2>&1) & }
stamp() { while IFS= read -r line; do printf '%(%s)T %s\n' -1 "$line"; done; }  # epoch seconds per log line

train() {  # $1: tag, $2: GPUs, then extra arguments
  local tag=$1 n=$2; shift 2
  echo "=== $tag: $n GPU(s)"
  smi_start "$tag"
  if [ "$n" = 1 ]; then
    CUDA_VISIBLE_DEVICES=0 python3 scripts/finetune.py "$recipe" "${common[@]}" run_name="$tag" \
      --overwrite "${prof[@]}" "$@" 2>&1
  else
    CUDA_VISIBLE_DEVICES=$(seq -s, 0 $((n - 1))) torchrun --nproc_per_node "$n" scripts/finetune.py \
      "$recipe" "${common[@]}" run_name="$tag" --overwrite "${prof[@]}" "$@" 2>&1
  fi | stamp > "$out/$tag.log"
  kill "$smi"
  grep -E "medqa: (error|step profile|speed|  )|Traceback|Error" "$out/$tag.log" | cut -c12- | tail -14
  echo "GPU processes ${APPS_AT:-100} s in:"; cat "$out/apps-$tag.csv" 2>/dev/null
}

report() { python3 tools/ddp_report.py --runs "$runs" --logs "$out" "$@" | tee "$out/report-$mode.txt"; }

pack() {  # the device tool returns 8 files at most: the report, and one archive of logs, samples and run records
  for r in "$runs"/*/; do
    mkdir -p "$out/runs/$(basename "$r")"; cp "$r"/{metrics,log_history}.json "$r"/step-trace.json.gz "$out/runs/$(basename "$r")/" 2>/dev/null
  done
  (cd "$out" && tar czf "ddp-$mode.tgz" --exclude '*.tgz' --exclude 'report-*' --remove-files -- *)
}
trap pack EXIT
mode=${1:-}

case ${1:-} in
  scale) shift
         # ONE=0: no one-GPU run; ONE_ACCUM=1: one GPU with exactly the per-GPU settings (a smaller step)
         [ "${ONE:-1}" = 1 ] && train gpu1 1 train.grad_accum="${ONE_ACCUM:-2}"
         for n in "$@"; do train "gpu$n" "$n"; done
         report $([ "${ONE:-1}" = 1 ] && echo gpu1) $(printf 'gpu%s ' "$@");;
  scale80) train h100-gpu1 1 train.grad_accum="${ONE_ACCUM:-2}"
           train h100-gpu2 2
           report h100-gpu1 h100-gpu2;;
  nodes) echo "=== nodes: 2 agents x 1 GPU, c10d rendezvous on localhost"
         smi_start nodes; agents=()
         for node in 0 1; do
           CUDA_VISIBLE_DEVICES=$node torchrun --nnodes 2 --node-rank $node --nproc-per-node 1 --rdzv-backend c10d \
             --rdzv-endpoint localhost:29511 --rdzv-id medqa-nodes scripts/finetune.py recipes/t4x2.yaml \
             "${common[@]}" run_name=nodes --overwrite "${prof[@]}" > "$out/nodes-agent$node.raw" 2>&1 &
           agents+=($!)
         done
         wait "${agents[@]}"; kill "$smi"
         grep -hE "medqa: (error|train loss|step profile)|Traceback" "$out"/nodes-agent*.raw | tail -6
         ls "$runs/nodes"; report nodes;;
  fault) echo "=== fault: 2 GPUs, uninterrupted, then SIGKILL rank 1 after step ${KILL_AT:=10} and --resume"
         ddp=(torchrun --master-port 29522 --nproc_per_node 2 scripts/finetune.py recipes/t4x2.yaml "${common[@]}"
              train.save_steps=8)
         export CUDA_VISIBLE_DEVICES=${FAULT_GPUS:-0,1}
         "${ddp[@]}" run_name=fault-ref --overwrite > "$out/fault-ref.log" 2>&1
         "${ddp[@]}" run_name=fault --overwrite > "$out/fault-1.log" 2>&1 & agent=$!
         until [ "$(grep -c "'loss'" "$out/fault-1.log")" -ge "$KILL_AT" ] || ! kill -0 $agent; do sleep 0.2; done
         victim=$(pgrep -f "scripts/finetune.py recipes/t4x2.yaml" | while read -r p; do
                    grep -qz '^LOCAL_RANK=1$' "/proc/$p/environ" 2>/dev/null && echo "$p"; done | head -1)
         t0=$(date +%s.%N); kill -KILL "$victim"; echo "killed rank 1 (pid $victim) after $(grep -c "'loss'" "$out/fault-1.log") logged steps"
         wait "$agent"; rc=$?
         echo "agent exit $rc; every rank gone $(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')") s after the kill"
         pgrep -f "scripts/finetune.py recipes/t4x2.yaml" && echo "LEFT RUNNING" || echo "no process left"
         find "$runs/fault" -maxdepth 3 | sort | sed "s|$runs/||" | tee "$out/fault-left.txt"
         "${ddp[@]}" run_name=fault --resume > "$out/fault-2.log" 2>&1
         grep -hE "medqa: (error|resuming|removing|train loss)|Traceback" "$out"/fault-*.log | tail -6
         report fault-ref fault;;
  *) echo "usage: tools/device_ddp.sh scale N... | scale80 | nodes | fault" >&2; exit 2;;
esac
