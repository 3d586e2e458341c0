"""Time, peak memory and quality of the whole cleaning + dedup pass on planted synthetic rows.

    python tools/bench_clean.py                      # 257,000 rows, the size of ai-medical-chatbot
    python tools/bench_clean.py --rows 20000 --datasketch 3000   # also time datasketch's MinHash on 3,000 rows
    python tools/bench_clean.py --random-edges 50000 --no-quality   # mining on phrases no rule names
    python tools/bench_clean.py --no-quality --workers 1            # in one process (default: auto)

Prints measured numbers only: wall seconds, CPU seconds of this process and of its worker processes, and peak
RSS of this process and of its largest worker, of medqa.data.clean.clean_columns (mining + rules + exact + near
dedup); the memory checked against 2 GiB is parent + workers x largest worker (each worker's peak can coincide
with the parent's); then, against what medqa/synthetic/planted.py planted: boilerplate removed, bodies
given back exactly, clean rows unchanged, near-duplicate recall and false duplicates; with --random-edges,
the share of random-word edge phrases mining removed and the control rows it changed.
"""

import argparse
import os
import platform
import resource
import threading
import time

from medqa.config import CleanCfg
from medqa.data import clean, workers
from medqa.data.boilerplate import mine
from medqa.synthetic import planted


def rss_gib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak RSS of this process, or (RUSAGE_CHILDREN) of its largest finished child: a worker."""
    return resource.getrusage(who).ru_maxrss / 2**20  # Linux: KiB


class WorkerPeaks(threading.Thread):
    """The largest VmHWM (peak RSS) of this process's child processes, read from /proc every 0.1 s while they
    run. Not RUSAGE_CHILDREN's ru_maxrss: Linux carries into it the RSS the child had as a fork of this process,
    before the spawned worker's exec (measured: 815 MiB for a worker whose own peak was 16 MiB)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks: dict[str, int] = {}  # pid -> VmHWM KiB, workers only
        self.tracker_kib, self._done = 0, threading.Event()

    def run(self) -> None:
        me = str(os.getpid())
        while not self._done.wait(0.1):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    with open(f"/proc/{pid}/stat") as f:
                        if f.read().rsplit(")", 1)[1].split()[1] != me:  # field 4: the parent's pid
                            continue
                    with open(f"/proc/{pid}/status") as f:
                        hwm = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        cmdline = f.read()
                    tracker = b"resource_tracker" in cmdline  # multiprocessing's, beside the workers
                    if not tracker and b"spawn_main" not in cmdline:
                        continue  # forked but not yet exec'd: its VmHWM is still this process's RSS
                except (OSError, StopIteration, IndexError):
                    continue  # gone meanwhile, or not yet a full process
                if tracker:
                    self.tracker_kib = max(self.tracker_kib, hwm)
                else:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), hwm)

    def stop(self) -> tuple[float, float]:
        """(largest worker's peak, the resource tracker's peak) in GiB."""
        self._done.set()
        self.join()
        return max(self.peaks.values(), default=0) / 2**20, self.tracker_kib / 2**20


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def quality(rows: list[dict], truth: list[dict], cfg: CleanCfg) -> dict:
    """Per-row outcomes, by cleaning each row alone and by dedup flags over all rows."""
    from medqa.data.dedup import duplicates

    mined = mine([r["Doctor"] for r in rows], cfg)
    keep, patients, doctors, _ = clean.clean_rows([r["Patient"] for r in rows], [r["Doctor"] for r in rows],
                                                  cfg.min_answer_words, mined)
    cleaned = dict(zip(keep, doctors))
    exact, near = duplicates(patients, doctors, cfg.dedup, cfg.near_threshold)
    dropped = {keep[i] for i in range(len(keep)) if exact[i] or near[i]}
    planted_rows = [i for i, t in enumerate(truth) if t["copy_of"] is None and t["body"] and t["plants"]]
    control = [i for i, t in enumerate(truth) if t["copy_of"] is None and t["body"] and not t["plants"]]
    short = [i for i, t in enumerate(truth) if t["copy_of"] is None and t["body"] is None]
    dups = [i for i, t in enumerate(truth) if t["copy_of"] is not None]
    originals = [i for i, t in enumerate(truth) if t["copy_of"] is None and i in cleaned]
    return {
        "planted rows": len(planted_rows),
        "planted rows given back exactly": sum(cleaned.get(i) == truth[i]["body"] for i in planted_rows),
        "control rows": len(control),
        "control rows changed": sum(cleaned.get(i) != rows[i]["Doctor"] for i in control),
        "short rows": len(short), "short rows dropped": sum(i not in cleaned for i in short),
        "planted duplicates": len(dups), "found": sum(i in dropped or i not in cleaned for i in dups),
        "originals": len(originals), "originals dropped as duplicates": sum(i in dropped for i in originals),
    }


def random_edges(n: int, seed: int, cfg: CleanCfg) -> str:
    """Mining + rules on planted.make_random_edges: random-word phrases at the edges, which no rule names."""
    rows, truth = planted.make_random_edges(n, seed=seed)
    doctors = [r["Doctor"] for r in rows]
    mined = mine(doctors, cfg)
    planted_n = removed = controls = changed = 0
    for d, t in zip(doctors, truth):
        out = clean.clean_answer(d, None, mined)
        phrases = t["opens"] + t["closes"]
        planted_n += len(phrases)
        removed += sum(p.rstrip(".,!") not in out for p in phrases)
        controls += not phrases
        changed += not phrases and out != d
    return (f"random edge phrases ({n} rows, {len(mined.phrases['open'])} opening and "
            f"{len(mined.phrases['close'])} closing phrases mined): {removed} of {planted_n} planted phrases removed "
            f"({100 * removed / planted_n:.2f} %), {changed} of {controls} control rows changed")


def time_datasketch(rows: list[dict], n: int) -> str:
    """datasketch's own MinHash (bulk) + MinHashLSH on n rows, for the comparison in docs/data.md."""
    from datasketch import MinHash, MinHashLSH

    from medqa.data.dedup import normalise

    t0 = time.process_time()
    sets = []
    for r in rows[:n]:
        words = normalise(r["Patient"] + " " + r["Doctor"]).split()
        sets.append({" ".join(words[i:i + 3]).encode() for i in range(len(words) - 2)})
    t1 = time.process_time()
    sigs = MinHash.bulk(sets, num_perm=128)
    t2 = time.process_time()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for i, m in enumerate(sigs):
        lsh.query(m)
        lsh.insert(i, m)
    t3 = time.process_time()
    per = 1e6 / n
    return (f"datasketch 2.0 on {n} rows: shingles {per * (t1 - t0):.0f} us/row, MinHash.bulk(128 perm) "
            f"{per * (t2 - t1):.0f} us/row, MinHashLSH query+insert {per * (t3 - t2):.0f} us/row -> "
            f"{(t3 - t0) / n * 257_000:.0f} s for 257,000 rows")


def timed(args, cfg: CleanCfg) -> None:
    """Seconds and peak RSS of the whole pass on planted rows, then its quality against what was planted."""
    rows, truth = planted.make(args.rows, seed=args.seed)
    patients, doctors = [r["Patient"] for r in rows], [r["Doctor"] for r in rows]
    before, load_before = rss_gib(), os.getloadavg()[0]
    peaks = WorkerPeaks()
    peaks.start()
    t0, c0, w0 = time.perf_counter(), time.process_time(), children_cpu()
    _, _, counts = clean.clean_columns(patients, doctors, cfg)
    seconds, cpu, worker_cpu = time.perf_counter() - t0, time.process_time() - c0, children_cpu() - w0
    n = workers.count(cfg.workers, args.rows)
    parent, (worker, tracker) = rss_gib(), peaks.stop()
    bound = parent + len(peaks.peaks) * worker + tracker
    print(f"machine: {platform.machine()}, {len(os.sched_getaffinity(0))} cores, "
          f"Python {platform.python_version()}, load average before: {load_before:.1f}")
    print(f"clean + dedup ({cfg.dedup}, threshold {cfg.near_threshold}) of {args.rows} rows, data.clean.workers "
          f"{cfg.workers} -> {n}: {seconds:.1f} s wall, CPU {cpu:.1f} s parent + {worker_cpu:.1f} s workers "
          f"(load average {os.getloadavg()[0]:.1f} on this machine)")
    print(f"peak RSS: parent {parent:.2f} GiB (rows in memory before: {before:.2f} GiB), largest worker "
          f"{worker:.2f} GiB; parent + {len(peaks.peaks)} workers x largest + resource tracker "
          f"({1024 * tracker:.0f} MiB) = {bound:.2f} GiB "
          f"({'within' if bound <= 2 else 'OVER'} 2 GiB); {seconds:.1f} s wall "
          f"({'within' if seconds <= 90 else 'OVER'} 90 s)")
    print(clean.summary(counts))
    if not args.no_quality:
        q = quality(rows, truth, cfg)
        for k, v in q.items():
            print(f"  {k}: {v}")
        print(f"planted rows cleaned exactly: {100 * q['planted rows given back exactly'] / q['planted rows']:.2f} %; "
              f"near/exact duplicates found: {100 * q['found'] / q['planted duplicates']:.2f} %; "
              f"false duplicates: {100 * q['originals dropped as duplicates'] / q['originals']:.3f} % of originals")
    if args.datasketch:
        print(time_datasketch(rows, args.datasketch))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=257_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--datasketch", type=int, default=0, help="also time datasketch on this many rows")
    ap.add_argument("--no-quality", action="store_true", help="timing only")
    ap.add_argument("--random-edges", type=int, default=0, help="also measure mining on this many random-phrase rows")
    ap.add_argument("--workers", default="auto", help="data.clean.workers: auto, or a number of processes")
    args = ap.parse_args()
    cfg = CleanCfg(enabled=True, workers=args.workers if args.workers == "auto" else int(args.workers))
    if args.rows:  # first: peak RSS is the process's, and the timed pass must set it
        timed(args, cfg)
    if args.random_edges:
        print(random_edges(args.random_edges, args.seed, cfg))

if __name__ == "__main__":
    main()
