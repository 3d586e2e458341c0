"""Chat with a fine-tuned run in the terminal, or with a GGUF file through llama.cpp.

    python scripts/chat.py outputs/demo                              # the adapter, via transformers
    python scripts/chat.py outputs/demo/gguf/demo-Q4_K_M.gguf          # a GGUF, via llama-cpp-python
    python scripts/chat.py outputs/demo --prompt "I have a sore throat and a fever."   # one answer, then exit

The system prompt is the run's recipe's (data.system_prompt); for a GGUF, the recipe of the run it
sits in, if any. Type /reset to forget the conversation, /exit or Ctrl-D to quit.
"""

from __future__ import annotations

import argparse
import sys

from medqa.common import MedqaError, error_exit  # light: no torch, no transformers


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", help="a run directory (outputs/<run_name>) or a .gguf file")
    parser.add_argument("--prompt", help="answer this one message, print the answer, exit")
    parser.add_argument("--system", help="system prompt (default: the recipe's data.system_prompt)")
    parser.add_argument("--context", type=int, help="tokens of history + answer kept (default: the recipe's "
                        "model.max_length; 4096 for a GGUF without a run)")
    parser.add_argument("--max-new-tokens", type=int,
                        help="answer length in tokens (default: the recipe's sample.max_new_tokens)")
    parser.add_argument("--temperature", type=float, default=0.0, help="0 = greedy and repeatable (default); try 0.6")
    parser.add_argument("--seed", type=int, default=3407, help="sampling seed, when --temperature > 0")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)

    try:
        from medqa import chat

        # ------------------------------------------------------------ model: adapter or GGUF
        engine, cfg = chat.open_engine(args.target, args.context)
        system = args.system if args.system is not None else (cfg.data.system_prompt if cfg else None)
        max_new = args.max_new_tokens or (cfg.sample.max_new_tokens if cfg else 256)
        conv = chat.Conversation(engine, system, max_new, args.temperature, args.seed)

        # ------------------------------------------------------------ one answer, or the loop
        if args.prompt is not None:
            conv.ask(args.prompt, sys.stdout)
            print()
        else:
            chat.repl(conv)
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0

