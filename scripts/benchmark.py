"""Benchmark training paths: useful tokens/s, padded tokens/s, step time, peak memory, first-batch loss.

Same as `medqa benchmark` (medqa/cli/benchmark.py); `--help` lists the options.
"""

import sys

from medqa.cli.benchmark import main

if __name__ == "__main__":
    sys.exit(main())
