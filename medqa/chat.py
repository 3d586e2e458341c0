"""Talk to the fine-tuned model in the terminal: a run's adapter through transformers, or a GGUF through llama.cpp.

    engine, cfg = open_engine("outputs/demo")  or  open_engine("outputs/demo/gguf/demo-Q4_K_M.gguf")
    conv = Conversation(engine, system_prompt, max_new_tokens=256)   # engine.context bounds the history
    conv.ask("I have a headache", out=sys.stdout)   # streams the answer, returns it
    repl(conv)                                      # /reset, /exit

The two engines have the same three members and no base class: `context` (tokens the model is
run with), `count(messages)` (prompt tokens as the chat template renders them) and
`stream(messages, max_new_tokens, temperature, seed)` (yields text pieces as they are decoded).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from medqa import rundir
from medqa.common import MedqaError, system_turn
from medqa.config import Config

COMMANDS = "/reset forgets the conversation, /exit (or Ctrl-D) quits"
DEFAULT_GGUF_CONTEXT = 4096


class ChatError(MedqaError, RuntimeError):
    pass


class HFEngine:
    """Base model + adapter in transformers (fp32 on CPU; the recipe's precision and 4-bit on a GPU)."""

    def __init__(self, run_dir: Path, cfg: Config, context: int | None = None):
        from medqa.backends.peft import load_for_inference

        self.model, self.tokenizer, _ = load_for_inference(cfg, rundir.RunDir(run_dir).adapter)
        self.context = context or cfg.model.max_length  # what the adapter was trained on

    def count(self, messages: list[dict]) -> int:
        return len(self._ids(messages))

    def _ids(self, messages: list[dict]) -> list[int]:
        from medqa.chat_template import hf_ids

        return hf_ids(self.tokenizer, messages)  # what the user types reaches the model as text

    def stream(self, messages: list[dict], max_new_tokens: int, temperature: float, seed: int) -> Iterator[str]:
        import threading

        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        stop = threading.Event()  # set when the caller stops reading (Ctrl-C): generation ends too

        class Stop(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool, device=input_ids.device)

        ids = torch.tensor([self._ids(messages)], device=self.model.device)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        sampling = {"do_sample": True, "temperature": temperature, "top_p": 0.9} if temperature > 0 else \
            {"do_sample": False, "temperature": None, "top_p": None}
        torch.manual_seed(seed)
        kwargs = dict(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                      pad_token_id=self.tokenizer.pad_token_id, streamer=streamer,
                      stopping_criteria=StoppingCriteriaList([Stop()]), **sampling)
        errors = []

        def generate():
            try:
                with torch.no_grad():
                    self.model.generate(**kwargs)
            except Exception as e:  # re-raised in the caller's thread below
                errors.append(e)
                streamer.end()

        worker = threading.Thread(target=generate, daemon=True)
        worker.start()
        try:
            yield from streamer
        finally:
            stop.set()
            worker.join()
        if errors:
            raise errors[0]


class GGUFEngine:
    """A GGUF file in llama.cpp (llama-cpp-python), prompted through the file's own chat template."""

    def __init__(self, gguf_path: Path, context: int | None = None):
        from medqa.export import gguf

        self.context = context or DEFAULT_GGUF_CONTEXT
        self.llm = gguf.load(gguf_path, n_ctx=self.context)
        self._chat_tokens = gguf.chat_tokens

    def count(self, messages: list[dict]) -> int:
        return len(self._chat_tokens(self.llm, messages))

    def stream(self, messages: list[dict], max_new_tokens: int, temperature: float, seed: int) -> Iterator[str]:
        ids = self._chat_tokens(self.llm, messages)  # the whole conversation: llama.cpp reuses the evaluated prefix
        sampling = {"temperature": temperature, "top_p": 0.9} if temperature > 0 else {"temperature": 0.0, "top_k": 1}
        for chunk in self.llm.create_completion(ids, max_tokens=max_new_tokens, stream=True, seed=seed, **sampling):
            yield chunk["choices"][0]["text"]


def open_engine(target: str | Path, context: int | None = None):
    """(engine, cfg or None) for a run directory or a .gguf file."""
    target = Path(target)
    if target.suffix.lower() == ".gguf":
        if not target.is_file():
            raise ChatError(f"GGUF file {target} not found: export one with python scripts/export.py outputs/<run> "
                            "--formats gguf-q4_k_m")
        cfg = rundir.config_near(target)
        return GGUFEngine(target, context or (cfg.model.max_length if cfg else None)), cfg
    if target.is_dir():
        cfg = rundir.load_run(target)
        return HFEngine(target, cfg, context), cfg
    raise ChatError(f"{target} is neither a run directory (outputs/<run_name>) nor a .gguf file")


class Conversation:
    """A system prompt and the turns so far; the oldest turns are dropped when the context is full."""

    def __init__(self, engine, system_prompt: str | None, max_new_tokens: int, temperature: float = 0.0,
                 seed: int = 3407):
        self.engine, self.system_prompt = engine, system_prompt
        self.max_new_tokens, self.temperature, self.seed = max_new_tokens, temperature, seed
        self.history: list[dict] = []
        if engine.context <= max_new_tokens:
            raise ChatError(f"a context of {engine.context} tokens leaves no room for the prompt after "
                            f"{max_new_tokens} new tokens: raise --context or lower --max-new-tokens")

    def reset(self) -> None:
        self.history = []

    def messages(self) -> list[dict]:
        """System prompt + as many of the latest turns as fit in the context with room for the answer.

        Turns are dropped oldest first, a user turn together with its answer, so the model never sees
        an answer without its question. The newest user turn is always kept; if it alone does not fit,
        that is an error.
        """
        system = system_turn(self.system_prompt)
        budget = self.engine.context - self.max_new_tokens
        turns = self.history
        while True:
            msgs = system + turns
            n = self.engine.count(msgs)
            if n <= budget:
                return msgs
            if len(turns) <= 1:
                raise ChatError(f"the message is {n} tokens with the system prompt, more than the {budget} that fit "
                                f"({self.engine.context} context - {self.max_new_tokens} for the answer): shorten "
                                "it, or raise --context")
            turns = turns[2:]

    def ask(self, text: str, out: TextIO) -> str:
        """Stream the answer to `text` into `out` and return it; the turn is kept only if it fit."""
        self.history.append({"role": "user", "content": text})
        try:
            msgs = self.messages()
        except ChatError:
            self.history.pop()
            raise
        self.history = msgs[1:] if self.system_prompt else msgs  # forget what no longer fits
        pieces = []
        stream = self.engine.stream(msgs, self.max_new_tokens, self.temperature, self.seed)
        try:
            for piece in stream:
                pieces.append(piece)
                out.write(piece)
                out.flush()
        finally:  # also on Ctrl-C: stop generating, keep what was said so turns still alternate
            stream.close()
            self.history.append({"role": "assistant", "content": "".join(pieces).strip()})
        return self.history[-1]["content"]


def repl(conv: Conversation, read: Callable[[str], str] = input, out: TextIO = sys.stdout) -> None:
    """The interactive loop: read a line, stream the answer, until /exit or end of input."""
    out.write(f"medqa chat: {COMMANDS}\n")
    while True:
        try:
            line = read("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return
        if line in ("/exit", "/quit"):
            return
        if line == "/reset":
            conv.reset()
            out.write("(conversation cleared)\n")
            continue
        if not line:
            continue
        if line.startswith("/"):
            out.write(f"unknown command {line.split()[0]}: {COMMANDS}\n")
            continue
        out.write("medqa> ")
        out.flush()
        try:
            conv.ask(line, out)
        except ChatError as e:
            out.write(f"medqa: {e}\n")
            continue
        except KeyboardInterrupt:  # stop this answer, keep the chat
            out.write(" [stopped]")
        out.write("\n")
