"""The `medqa` command: one subcommand per script, in the style of `trl sft` and `llamafactory-cli`.

    medqa finetune recipes/t4.yaml          = python scripts/finetune.py recipes/t4.yaml
    medqa export outputs/t4 --verify        = python scripts/export.py outputs/t4 --verify
    medqa --help                            the subcommands

Each subcommand is one module here with `main(argv, prog)`; scripts/*.py call the same `main`. A
subcommand's module is imported only when it runs, so `medqa --help` imports no torch.
"""

from __future__ import annotations

import importlib
import sys

from medqa import __version__, quiet_import_noise

# name -> (module under medqa.cli, what it does)
COMMANDS = {
    "finetune": ("finetune", "fine-tune with LoRA from a recipe (scripts/finetune.py)"),
    "export": ("export", "merge the adapter, write safetensors and GGUF, verify in llama.cpp (scripts/export.py)"),
    "evaluate": ("evaluate", "base vs fine-tuned: held-out loss, answers, MCQ, hygiene (scripts/evaluate.py)"),
    "chat": ("chat", "chat with a run or a GGUF file (scripts/chat.py)"),
    "serve": ("serve", "serve a GGUF over the OpenAI API, on llama-cpp-python's server (scripts/serve.py)"),
    "benchmark": ("benchmark", "tokens/s and memory against plain PEFT and Unsloth (scripts/benchmark.py)"),
    "inspect-data": ("inspect_data", "what data.clean does to a data source (scripts/inspect_data.py)"),
    "install-llama-cpp": ("install_llama_cpp", "install llama.cpp (llama-cpp-python) (scripts/install_llama_cpp.py)"),
}

quiet_import_noise()  # harmless torchao/torch import warnings, before any subcommand imports them


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {what}" for name, (_, what) in COMMANDS.items()]
    return ("usage: medqa <command> [options]   (medqa <command> --help for its options)\n\n"
            "Fine-tune Llama 3.1 8B Instruct into a medical Q&A assistant.\n\ncommands:\n" + "\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage(), end="")
        return 0 if argv else 2
    if argv[0] == "--version":
        print(f"medqa {__version__}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"medqa: error: unknown command {name!r}; choose from: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"medqa.cli.{COMMANDS[name][0]}")
    return module.main(rest, prog=f"medqa {name}")
