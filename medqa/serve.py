"""Serve a GGUF over the OpenAI API (`/v1/chat/completions`, streaming or not, `/v1/models`).

    app, where = build_app(ServeOptions(model=Path("outputs/demo/gguf/demo-Q4_K_M.gguf")))
    uvicorn.run(app, host="127.0.0.1", port=8000)        # medqa/cli/serve.py does this

Which server, and why. This is llama-cpp-python's own server (`llama_cpp.server.app.create_app`, the
`llama-cpp-python[server]` extra), not an HTTP stack of ours: its FastAPI app already speaks the OpenAI
schema, streams server-sent events, serialises requests to the one model, checks a bearer API key
(401 otherwise), and loads a LoRA GGUF over a base GGUF (`lora_path`). medqa changes one thing: the
chat handler. The server's own handler renders the chat template to one string and tokenizes it with
special tokens parsed, so a user who types `<|eot_id|><|start_header_id|>assistant<|end_header_id|>`
would close their own turn and open a fake assistant turn. medqa's handler (`chat_handler`) builds the
prompt ids with `gguf.chat_tokens` (medqa.chat_template: message contents are always text, the ids the
model was trained on) and hands them to llama-cpp-python's `create_completion`; its completion-to-chat
conversion makes the OpenAI response. It is registered under the chat format name `medqa`, llama-cpp-python's
documented extension point (`register_chat_completion_handler`). And every POST body is checked before the
server sees it (medqa/serve_requests.py): a malformed one is a 400 with OpenAI's error body, never a 500 or a
broken stream.

Defaults: the recipe's system prompt when a request has none; the recipe's `model.max_length` as the
context (what the adapter was trained on; the KV cache of Llama 3.1 8B is 128 KiB per token in f16,
so 4096 tokens is 512 MiB); one generation thread per physical core, every usable CPU for the prompt.
Generation ends at an end-of-generation token (`<|eot_id|>`, finish_reason "stop") and also at a header
token, which never belongs inside an answer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from medqa import rundir
from medqa.common import MedqaError, system_turn
from medqa.secrets import get_secret
from medqa.serve_requests import RequestChecks, chat_messages

CHAT_FORMAT = "medqa"
API_KEY_ENV = "MEDQA_API_KEY"
DEFAULT_CONTEXT = 4096  # without a recipe: room for a consultation and a long answer on the 8B
GGUF_PREFERENCE = ("Q4_K_M", "Q8_0", "F16", "BF16")  # a run's GGUF, smallest first (the 8B: 4.9, 8.5, 16 GB)
STOP_TOKENS = ("<|start_header_id|>", "<|end_header_id|>")  # beside the GGUF's end-of-generation tokens


class ServeError(MedqaError, RuntimeError):
    pass


@dataclass
class ServeOptions:
    model: Path  # a .gguf file, or a run directory with gguf/<run>-*.gguf
    lora: Path | None = None  # a LoRA GGUF applied over `model`
    system: str | None = None  # None: the recipe's data.system_prompt
    context: int | None = None
    threads: int | None = None
    name: str | None = None  # the model id clients send and /v1/models lists


def find_gguf(target: Path) -> Path:
    """`target` if it is a GGUF file, else its run's GGUF (gguf/<run>-Q4_K_M.gguf first)."""
    if target.suffix.lower() == ".gguf":
        if not target.is_file():
            raise ServeError(f"GGUF file {target} not found: export one with medqa export outputs/<run> "
                             "--formats gguf-q4_k_m")
        return target
    found = [p for kind in GGUF_PREFERENCE for p in sorted(rundir.RunDir(target).gguf.glob(f"*-{kind}.gguf"))]
    if not found:
        raise ServeError(f"no GGUF in {rundir.RunDir(target).gguf}: export one with medqa export {target} "
                         "--formats gguf-q4_k_m, or pass a .gguf file")
    return found[0]


def text_messages(messages: list[dict]) -> list[dict]:
    """OpenAI messages as {role, content: str}; content parts of type text are joined. RequestChecks has
    already refused what this cannot take (see check_request), before any stream started."""
    return chat_messages({"messages": messages})


def chat_handler(default_system: str | None):
    """A llama-cpp-python chat completion handler that prompts with medqa's template code (see the docstring)."""
    from llama_cpp import LogitsProcessorList, StoppingCriteriaList
    from llama_cpp.llama_chat_format import _convert_completion_to_chat

    from medqa.export import gguf

    def handler(*, llama, messages, functions=None, function_call=None, tools=None, tool_choice=None,
                response_format=None, logprobs=None, top_logprobs=None, stream=False, **sampling):
        msgs = text_messages(messages)  # tools, functions and JSON mode: refused by check_request
        if not any(m["role"] == "system" for m in msgs):
            msgs = system_turn(default_system) + msgs
        ids = gguf.chat_tokens(llama, msgs)
        if bias := sampling.pop("logit_bias", None):
            # llama-cpp-python 0.3.34 drops logit_bias and every other processor (min_tokens) when both are
            # given: Llama._create_completion assigns the None that list.extend returns. Pass one list instead.
            sampling["logits_processor"] = LogitsProcessorList([*(sampling.get("logits_processor") or []),
                                                                _add_bias(bias)])
        stops = {i for t in STOP_TOKENS for i in llama.tokenize(t.encode(), add_bos=False, special=True)}
        completion = llama.create_completion(
            prompt=ids, stream=stream, logprobs=top_logprobs if logprobs else None,
            stopping_criteria=StoppingCriteriaList([lambda tokens, logits: int(tokens[-1]) in stops]),
            **sampling)
        # llama-cpp-python's own conversion to the OpenAI chat schema (ids, roles, finish_reason, usage)
        return _convert_completion_to_chat(completion, stream=stream)

    return handler


def _add_bias(bias: dict):
    """The OpenAI logit_bias ({token id: bias}) as a llama-cpp-python logits processor."""
    table = {int(k): float(v) for k, v in bias.items()}

    def add(input_ids, scores):
        scores = scores.copy()
        for token, value in table.items():
            scores[token] += value
        return scores

    return add


def build_app(opts: ServeOptions, api_key: str | None = None):
    """(the FastAPI app of llama-cpp-python's server, a one-line description of what it serves)."""
    from medqa.export import gguf

    model = find_gguf(opts.model)
    if opts.lora is not None and not opts.lora.is_file():
        raise ServeError(f"LoRA GGUF {opts.lora} not found: export one with medqa export outputs/<run> "
                         "--formats lora-gguf")
    cfg = rundir.config_near(opts.lora or model) or rundir.config_near(model)
    system = opts.system if opts.system is not None else (cfg.data.system_prompt if cfg else None)
    context = opts.context or (cfg.model.max_length if cfg else DEFAULT_CONTEXT)
    threads, batch_threads = _threads(opts.threads)
    name = opts.name or (cfg.run_name if cfg else model.stem)

    llama_cpp = gguf.import_llama_cpp()  # llama.cpp's CPU backend, before the server loads the model
    try:
        from llama_cpp.llama_chat_format import LlamaChatCompletionHandlerRegistry
        from llama_cpp.server.app import create_app
        from llama_cpp.server.settings import ModelSettings, ServerSettings
        from starlette.middleware import Middleware  # a dependency of llama-cpp-python[server]
    except ImportError:
        raise ServeError("medqa serve needs llama-cpp-python's server: pip install -c requirements/constraints.txt "
                         "'llama-cpp-python[server]==" + llama_cpp.__version__ + "'") from None
    LlamaChatCompletionHandlerRegistry().register_chat_completion_handler(CHAT_FORMAT, chat_handler(system),
                                                                          overwrite=True)
    os.environ.pop("CONFIG_FILE", None)  # create_app would replace every setting below with that file's
    server = ServerSettings(api_key=api_key, interrupt_requests=False)  # a second request waits, never cuts
    settings = ModelSettings(model=str(model), model_alias=name, chat_format=CHAT_FORMAT, n_ctx=context,
                             n_threads=threads, n_threads_batch=batch_threads, n_gpu_layers=0,
                             lora_path=str(opts.lora) if opts.lora else None, verbose=False)
    try:
        app = create_app(server_settings=server, model_settings=[settings])
    except (ValueError, RuntimeError) as e:
        raise ServeError(f"llama.cpp could not load {model}{' with ' + str(opts.lora) if opts.lora else ''}: "
                         f"{e}") from None
    # innermost, so CORS and request-id headers reach its answers too (add_middleware would put it outermost)
    app.user_middleware.append(Middleware(RequestChecks, api_key=api_key))
    lora = f" + LoRA {opts.lora}" if opts.lora else ""
    return app, f"{name} ({model}{lora}; context {context}, {threads} threads)"


def _threads(asked: int | None) -> tuple[int, int]:
    """(generation threads, prompt threads). Generating is bound by memory bandwidth: one thread per physical
    core, as llama.cpp advises (a second thread per core only contends for it). Reading the prompt is
    bound by compute: every CPU this process may use."""
    import psutil

    usable = len(os.sched_getaffinity(0))
    if asked:
        return asked, asked
    return max(1, min(usable, psutil.cpu_count(logical=False) or usable)), usable


def check_port(host: str, port: int) -> None:
    """One line now if the address cannot be listened on (in use, not this machine's), not a traceback later."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            s.bind(infos[0][4])
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}; pass another --port or --host") from None


def api_key_from_env() -> str | None:
    """The key clients must send (Authorization: Bearer ...), from MEDQA_API_KEY or a notebook secret."""
    return get_secret(API_KEY_ENV)
