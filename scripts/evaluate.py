"""Measure what fine-tuning changed: base model vs base + adapter, on held-out dialogs and MedQA-style questions.

Same as `medqa evaluate` (medqa/cli/evaluate.py); `--help` lists the options.
"""

import sys

from medqa.cli.evaluate import main

if __name__ == "__main__":
    sys.exit(main())
