"""Merge a trained LoRA adapter into its 16-bit base and export safetensors and GGUF for llama.cpp.

Same as `medqa export` (medqa/cli/export.py); `--help` lists the options.
"""

import sys

from medqa.cli.export import main

if __name__ == "__main__":
    sys.exit(main())
