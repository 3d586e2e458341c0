"""Chat with a fine-tuned run in the terminal, or with a GGUF file through llama.cpp.

Same as `medqa chat` (medqa/cli/chat.py); `--help` lists the options.
"""

import sys

from medqa.cli.chat import main

if __name__ == "__main__":
    sys.exit(main())
