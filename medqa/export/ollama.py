"""Ollama Modelfiles for the exported GGUF files: the training prompt, the recipe's system prompt, the stops.

    ollama create medqa -f outputs/demo/gguf/demo-Q8_0.Modelfile && ollama run medqa

Why a TEMPLATE of our own. A Modelfile with only `FROM x.gguf` makes Ollama guess a template from the
GGUF's Jinja one; Ollama's Llama 3 templates leave out the system block's "Cutting Knowledge Date /
Today Date" lines that Llama 3.1's template, and so medqa's training rows, always carry. The model
would be served a prompt it was not trained on. So `template()` writes Ollama's Go template
(https://github.com/ollama/ollama/blob/main/docs/template.md) from the tokenizer's own chat template:
the system block exactly as the tokenizer renders it (dates included), then each user/assistant turn,
then the assistant header. Ollama passes every message in `.Messages` (system ones too) and the system
prompt in `.System` (the request's, else the Modelfile's SYSTEM), so the turns skip role "system".
Ollama adds the BOS token itself, as llama.cpp does from the GGUF's `add_bos_token`.

tests/test_ollama.py renders the TEMPLATE with Go's own text/template (when `go` is installed) and with
a Python renderer of the few constructs it uses, and compares with transformers' apply_chat_template.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from medqa import llama3
from medqa.chat_template import MARK, pieces
from medqa.common import MedqaError
from medqa.config import Config
from medqa.rundir import atomic_path

STOPS = (llama3.EOT, llama3.START_HEADER, llama3.END_HEADER)  # an answer never contains a header
# The 8B Instruct in Ollama's library, 16-bit like the base the adapter was merged into:
# https://ollama.com/library/llama3.1 (tag 8b-instruct-fp16)
OLLAMA_BASE = "llama3.1:8b-instruct-fp16"


class OllamaError(MedqaError, ValueError):
    pass


def _head(role: str) -> str:
    return f"{llama3.START_HEADER}{role}{llama3.END_HEADER}\n\n"


def template(tokenizer) -> str:
    """The Go TEMPLATE that renders Ollama's messages as `tokenizer`'s chat template does (without the BOS)."""

    def render(msgs: list[dict]) -> str:
        return tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)

    frame = [text for text, is_content in pieces(render, [{"role": "system", "content": MARK.format("s")},
                                                          {"role": "user", "content": MARK.format("u")}])
             if not is_content]
    system_open = frame[0].removeprefix(llama3.BOS)
    if (len(frame) != 3 or not frame[0].startswith(llama3.BOS) or not system_open.startswith(_head("system"))
            or frame[1] != llama3.EOT + _head("user") or frame[2] != llama3.EOT + _head("assistant")):
        raise OllamaError("the chat template is not Llama 3.1's (system block, headers, <|eot_id|>): "
                          "medqa cannot write an Ollama TEMPLATE for it")
    turn = f'{llama3.START_HEADER}{{{{ .Role }}}}{llama3.END_HEADER}\n\n{{{{ .Content }}}}{llama3.EOT}'
    return (f"{system_open}{{{{ .System }}}}{llama3.EOT}"
            f'{{{{- range .Messages }}}}{{{{- if ne .Role "system" }}}}{turn}{{{{- end }}}}{{{{- end }}}}'
            f"{_head('assistant')}")


def _quoted(name: str, text: str) -> str:
    if '"""' in text:
        raise OllamaError(f'the {name} contains """, which ends a Modelfile string: remove it')
    return f'{name.upper()} """{text}"""'


def modelfile(source: str, tmpl: str, system: str | None, context: int, adapter: str | None = None,
              how: str = "") -> str:
    """A Modelfile: FROM a GGUF (or Ollama's base with ADAPTER a LoRA GGUF), the TEMPLATE, SYSTEM and stops."""
    lines = [f"# Written by medqa export. {how}".rstrip(), f"FROM {source}"]
    if adapter:
        lines += [f"ADAPTER {adapter}"]
    lines += [_quoted("template", tmpl)]
    if system:
        lines += [_quoted("system", system)]
    lines += [f'PARAMETER stop "{s}"' for s in STOPS]
    lines += [f"PARAMETER num_ctx {context}"]  # the recipe's max_length: what the adapter was trained on
    return "\n".join(lines) + "\n"


def modelfile_path(gguf_file: Path) -> Path:
    """gguf/<run>-Q8_0.gguf -> gguf/<run>-Q8_0.Modelfile"""
    return gguf_file.with_suffix(".Modelfile")


def write_beside(ggufs: Iterable[Path], tokenizer_dir: Path, cfg: Config, say: Callable[[str], None]) -> list[Path]:
    """gguf/<run>-<TYPE>.Modelfile beside each GGUF, FROM it (a path relative to the Modelfile, as Ollama reads it)."""
    return [_write(path, f"./{path.name}", None, tokenizer_dir, cfg, say) for path in ggufs]


def write_adapter(lora: Path, tokenizer_dir: Path, cfg: Config, say: Callable[[str], None]) -> Path:
    """gguf/<run>-LoRA-F16.Modelfile: FROM the base (Ollama's llama3.1 8B Instruct for that base), ADAPTER the LoRA."""
    base = cfg.model.base_16bit or cfg.model.name
    if "llama-3.1-8b-instruct" in base.lower():
        source, note = OLLAMA_BASE, "or FROM a local base GGUF: FROM /path/to/Llama-3.1-8B-Instruct-F16.gguf"
    else:  # no Ollama library tag for this base: the user converts it (medqa export --formats gguf-f16 does so)
        source, note = "/path/to/base-F16.gguf", f"replace the path by {base} as an F16 GGUF"
    return _write(lora, source, f"./{lora.name}", tokenizer_dir, cfg, say, note)


def _write(gguf_file: Path, source: str, adapter: str | None, tokenizer_dir: Path, cfg: Config,
           say: Callable[[str], None], note: str = "") -> Path:
    from transformers import AutoTokenizer

    target = modelfile_path(gguf_file)
    how = f"ollama create {cfg.run_name} -f {target.name} && ollama run {cfg.run_name}" + (f"; {note}" if note else "")
    tmpl = template(AutoTokenizer.from_pretrained(tokenizer_dir))
    text = modelfile(source, tmpl, cfg.data.system_prompt, cfg.model.max_length, adapter=adapter, how=how)
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    say(f"wrote {target}")
    return target
