"""Fine-tune Llama 3.1 8B Instruct on medical dialogs with LoRA, from one recipe.

Same as `medqa finetune` (medqa/cli/finetune.py); `--help` lists the options.
"""

import sys

from medqa.cli.finetune import main

if __name__ == "__main__":
    sys.exit(main())
