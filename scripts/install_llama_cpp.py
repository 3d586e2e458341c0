"""Install llama.cpp for GGUF export, --verify and GGUF chat (llama-cpp-python), into this interpreter.

Same as `medqa install-llama-cpp` (medqa/cli/install_llama_cpp.py); `--help` lists the options.
"""

import sys

from medqa.cli.install_llama_cpp import main

if __name__ == "__main__":
    sys.exit(main())
