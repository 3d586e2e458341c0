"""--profile-steps: where a step's time goes, from torch.profiler's trace (medqa/training/speed.py)."""

import gzip
import json
import subprocess
import sys

from conftest import DEMO, ROOT

from medqa.training.speed import breakdown


def X(cat, name, ts, dur, tid=1, **args):
    return {"ph": "X", "cat": cat, "name": name, "ts": ts, "dur": dur, "tid": tid, "pid": 1, "args": args}


def test_breakdown_splits_a_cuda_trace_by_thread_annotation_and_kernel():
    # two steps of 10 ms: forward kernels launched by the main thread (tid 1), backward by autograd's
    # thread (tid 2), the optimizer inside its annotation, an all-reduce, one sync, the data loader
    events = [X("user_annotation", "enumerate(DataLoader)#_SingleProcessDataLoaderIter.__next__", 0, 500),
              X("cuda_runtime", "cudaLaunchKernel", 600, 10, correlation=1),
              X("kernel", "ampere_bf16_gemm", 700, 3000, tid=7, correlation=1),
              X("cuda_runtime", "cudaLaunchKernel", 800, 10, tid=2, correlation=2),
              X("kernel", "ampere_bf16_gemm_bwd", 3700, 5000, tid=7, correlation=2),
              X("kernel", "ncclDevKernel_AllReduce_Sum_f32", 8000, 1400, tid=9, correlation=3),
              X("user_annotation", "Optimizer.step#AdamW8bit.step", 9000, 900),
              X("cuda_runtime", "cudaLaunchKernel", 9100, 10, correlation=4),
              X("kernel", "kOptimizer32bit2State", 9300, 400, tid=7, correlation=4),
              X("cuda_runtime", "cudaStreamSynchronize", 9500, 300),
              X("cpu_op", "aten::mm", 600, 50)]
    b = breakdown({"traceEvents": events}, steps=2, wall_s=0.020)
    assert b["step_ms"] == 10.0
    assert (b["forward_ms"], b["backward_ms"], b["optimizer_ms"], b["allreduce_ms"]) == (1.5, 2.5, 0.2, 0.7)
    # kernels cover 700..9700 without a gap: the union, not the sum (the all-reduce overlaps backward)
    assert b["gpu_busy_ms"] == 4.5 and b["gpu_idle_ms"] == 5.5
    assert (b["host_sync_ms"], b["syncs"], b["data_ms"]) == (0.15, 0.5, 0.25)


def finetune(tmp_path, *extra):
    return subprocess.run(
        [sys.executable, "scripts/finetune.py", str(DEMO), f"output_dir={tmp_path}", "train.max_steps=4",
         "train.eval_steps=1000", "train.save_steps=1000", "sample.max_new_tokens=2", "eval.run_after_training=false",
         *extra], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


def test_profile_steps_reports_and_keeps_the_breakdown(tmp_path, tiny_model_dir):
    r = finetune(tmp_path, "--profile-steps", "1:3")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "medqa: step profile, steps 2..3, ms per step:" in r.stdout
    run = tmp_path / "demo"
    [row] = json.loads((run / "metrics.json").read_text())["step_profile"]
    assert row["rank"] == 0 and row["steps"] == 2 and row["step_ms"] > 0 and row["data_ms"] > 0
    names = {e["name"] for e in json.load(gzip.open(run / "step-trace.json.gz"))["traceEvents"]}
    assert any(n.startswith("Optimizer.step#") for n in names)


def test_profile_steps_typo_is_one_line(tmp_path):
    r = finetune(tmp_path, "--profile-steps", "3:1")
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [
        "medqa: error: --profile-steps '3:1': expected FIRST:LAST with 0 <= FIRST < LAST, e.g. 10:14"]
    assert not (tmp_path / "demo").exists()


def test_profile_window_past_the_end_says_so(tmp_path, tiny_model_dir):
    r = finetune(tmp_path, "--profile-steps", "5:9")
    assert r.returncode == 0, r.stderr[-3000:]
    assert "medqa: note: --profile-steps: training ended at step 4, before step 9: nothing was profiled" in r.stdout
    assert json.loads((tmp_path / "demo" / "metrics.json").read_text())["step_profile"] == []
