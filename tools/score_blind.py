"""Score answer cleaning on the blind sets (tests/realistic_blind*.py): rows that keep any boilerplate and
medical sentences lost, on the 200 rows on disk with the rules alone (what a source under
data.clean.mine_min_rows gets), and on N rows from the set's generator with mining too (a real source's size).

    PYTHONPATH=.:tests python tools/score_blind.py realistic_blind5 realistic_blind6 --rows 20000

A set's first look is the held-out figure: run it once, with the code of that moment, before reading its misses
(docs/data.md, "How well it generalises").
"""
from __future__ import annotations

import argparse
import importlib
import json
import time
from pathlib import Path

import realistic_set

from medqa.config import CleanCfg
from medqa.data import boilerplate, clean

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def line(name: str, rows: list[dict], mined=None) -> str:
    score = realistic_set.score(rows, [clean.clean_answer(r["Doctor"], None, mined) for r in rows])
    share = 100 * score["rows_keeping_boilerplate"] / score["rows"]
    return (f"{score['rows_keeping_boilerplate']} of {score['rows']} rows keep boilerplate ({share:.1f} %), "
            f"{score['sentences_lost']} of {score['sentences']} medical sentences lost")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="module names in tests/, e.g. realistic_blind5")
    ap.add_argument("--rows", type=int, default=20_000, help="rows from each set's generator, mined (0: skip)")
    ap.add_argument("--misses", type=int, default=0, help="print this many rows that keep boilerplate or lose text")
    args = ap.parse_args()
    for name in args.sets:
        disk = [json.loads(x) for x in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        print(f"{name}, rules only, {len(disk)} rows on disk: {line(name, disk)}")
        if args.rows:
            t0 = time.perf_counter()
            module = importlib.import_module(name)
            rows = getattr(module, "make_" + name.removeprefix("realistic_"))(args.rows)
            mined = boilerplate.mine([r["Doctor"] for r in rows], CleanCfg(enabled=True))
            print(f"{name}, rules + mining ({len(mined.phrases['open'])} opening, {len(mined.phrases['close'])} "
                  f"closing phrases mined), {args.rows} generated rows: {line(name, rows, mined)} "
                  f"[{time.perf_counter() - t0:.0f} s]")
        if args.misses:
            score = realistic_set.score(disk, [clean.clean_answer(r["Doctor"]) for r in disk])
            for bad in score["bad"][:args.misses]:
                print(f"  left: {bad['left']!r}  lost: {bad['missing']}")


if __name__ == "__main__":
    main()
