"""Serve a run's GGUF (or a base GGUF + a LoRA GGUF) over the OpenAI API, with llama-cpp-python's server.

    medqa serve outputs/demo                                  # gguf/demo-Q4_K_M.gguf (or Q8_0, F16)
    medqa serve outputs/demo/gguf/demo-Q8_0.gguf --port 8080
    medqa serve base-F16.gguf --lora outputs/demo/gguf/demo-LoRA-F16.gguf
    MEDQA_API_KEY=... medqa serve outputs/demo --host 0.0.0.0  # other machines: only with --host, and a key

Then any OpenAI client talks to http://127.0.0.1:8000/v1 (README, "Run it elsewhere"). Message contents
are always text to the model, the recipe's system prompt is used when a request has none (medqa/serve.py).
Ctrl-C or SIGTERM stops it.
"""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from medqa.common import MedqaError, error_exit, log


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", type=Path, help="a .gguf file, or a run directory with gguf/<run>-*.gguf")
    parser.add_argument("--lora", type=Path, help="a LoRA GGUF (medqa export --formats lora-gguf) over target")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it "
                        "to the network, so set MEDQA_API_KEY too)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--system", help="system prompt when a request has none (default: the recipe's)")
    parser.add_argument("--context", type=int, help="context in tokens (default: the recipe's model.max_length, "
                        "else 4096)")
    parser.add_argument("--threads", type=int, help="CPU threads (default: one per physical core to generate, "
                        "every usable CPU to read the prompt)")
    parser.add_argument("--name", help="the model id clients use (default: the run's name)")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)

    for sig in (signal.SIGINT, signal.SIGTERM):  # see _stop
        signal.signal(sig, _stop)
    try:
        import uvicorn

        from medqa import serve

        serve.check_port(args.host, args.port)  # before the model loads, not after
        key = serve.api_key_from_env()
        opts = serve.ServeOptions(args.target, args.lora, args.system, args.context, args.threads, args.name)
        app, what = serve.build_app(opts, api_key=key)
        env = serve.API_KEY_ENV
        auth = f"API key required ({env})" if key else f"no API key (set {env} to require one)"
        log(f"serving {what} at http://{args.host}:{args.port}/v1, {auth}; Ctrl-C stops")
        if not key and args.host not in ("127.0.0.1", "localhost", "::1"):
            log(f"warning: listening on {args.host} without an API key: anyone who can reach it can use it")
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except ImportError as e:
        return error_exit(MedqaError(f"medqa serve needs llama-cpp-python's server ({e.name} is missing): pip "
                                     "install -c requirements/constraints.txt 'llama-cpp-python[server]'"), args.debug)
    except MedqaError as e:
        return error_exit(e, args.debug)
    except SystemExit as e:
        if e.code not in (128 + signal.SIGINT, 128 + signal.SIGTERM):
            raise
        log(f"stopped ({signal.Signals(e.code - 128).name})")
        return e.code
    return 0


def _stop(sig: int, frame) -> None:
    """Exit 128 + signal, as a shell reports it. uvicorn catches SIGINT/SIGTERM itself, finishes the requests
    and shuts the app down, then raises the signal again to the handler it found: this one
    (https://github.com/encode/uvicorn/blob/master/uvicorn/server.py, `capture_signals`)."""
    raise SystemExit(128 + sig)
