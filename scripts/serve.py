"""Serve a GGUF over the OpenAI API (llama-cpp-python's server, medqa's chat template handling).

Same as `medqa serve` (medqa/cli/serve.py); `--help` lists the options.
"""

import sys

from medqa.cli.serve import main

if __name__ == "__main__":
    sys.exit(main())
