"""Install llama.cpp for GGUF export, --verify and GGUF chat (llama-cpp-python), into this interpreter.

    python scripts/install_llama_cpp.py                  # Linux x86-64: prebuilt llama.cpp, about 10 s
    python scripts/install_llama_cpp.py --from-source    # compile llama.cpp (about 5 minutes on 2 cores)

On Linux x86-64 (glibc 2.34+) it installs llama-cpp-python's Python package without compiling and puts
llama.cpp's prebuilt libraries from the npm registry next to it (medqa/export/llamacpp.py says which, and why
they match). Elsewhere it compiles llama.cpp from source, as --from-source does.
"""

from __future__ import annotations

import argparse

from medqa.common import MedqaError, error_exit
from medqa.export.llamacpp import install  # standard library only


def main(argv=None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from-source", action="store_true", help="compile llama.cpp instead of the prebuilt one")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)
    try:
        install(from_source=args.from_source)
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0

