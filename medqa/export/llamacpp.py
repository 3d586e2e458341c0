"""llama.cpp itself (q4_k_m, `--verify`, GGUF chat), installed without compiling it where a prebuilt fits.

medqa talks to llama.cpp through llama-cpp-python (medqa/export/gguf.py). PyPI has only its sources, and
building them compiles llama.cpp: 224 s of CPU on 2 cores, most of a first `make demo`. On Linux x86-64
with glibc 2.34 or newer (Kaggle, Colab, Debian 12, Ubuntu 22.04+), `install()` puts together two
registry packages built from the same llama.cpp instead:

- llama-cpp-python's Python package alone: its CMake option `LLAMA_BUILD=OFF` skips the library
  (the sdist's CMakeLists.txt), so pip compiles nothing;
- llama.cpp's shared libraries from the npm package `@node-llama-cpp/linux-x64` (MIT; node-llama-cpp's
  prebuilt binaries, https://github.com/withcatai/node-llama-cpp, released about monthly), from
  registry.npmjs.org, checked against the sha512 pinned below. Its build metadata names llama.cpp
  release b10068, whose `include/llama.h` is byte-identical to the one llama-cpp-python 0.3.34 vendors,
  and the library exports all 233 functions that 0.3.34 binds. It carries one CPU backend per
  instruction set (SSE4.2 to AVX-512); ggml loads the best one for the machine at run time
  (`load_backends`).

The result is one normal package. `install()` builds llama-cpp-python's library-less wheel, repacks it
(`repack`) with the libraries in `llama_cpp/lib/` and a small module that loads ggml's CPU backends from
there on import (ggml otherwise looks only next to the Python executable and in the working directory),
under the local version `0.3.34+npm.b10068`, and pip installs that wheel. So `from llama_cpp import Llama`
and `python -m llama_cpp.server` work with no medqa import, ggml picks the best CPU variant on each run,
pip records every file (`pip uninstall` leaves nothing), and `llama-cpp-python==0.3.34` still matches
(PEP 440 ignores a local label when the pin has none).

The two versions move together: requirements/pins.txt pins llama-cpp-python, PREBUILT pins the
libraries, and a new pair needs the same `llama.h` check. Elsewhere (macOS, ARM, an older glibc), or with
`--from-source`, pip builds llama.cpp from source as llama-cpp-python documents.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

from medqa.common import CHECKOUT, MedqaError

PREBUILT = {
    "python": "llama-cpp-python==0.3.34",  # vendors llama.cpp with the same llama.h; pins.txt agrees (a test checks)
    "package": "@node-llama-cpp/linux-x64",
    "version": "3.19.1",
    "llama_cpp": "b10068",
    "url": "https://registry.npmjs.org/@node-llama-cpp/linux-x64/-/linux-x64-3.19.1.tgz",
    "sha512": "ntnV8GLeuuGwp5eS5aCxmF0oo4OjjDo6LTWJGJhuieLF6SwMlfbqxCYh3yo1lcepeNf2uCHnXMydyCVnqLWJcQ==",
    "min_glibc": (2, 34),  # the newest symbol version its libraries need (objdump -T)
}
# llama-cpp-python's pinned sdist (PyPI has no wheel), as PyPI lists its sha256: pip builds it only with
# this hash (--require-hashes) and with the build tools of requirements/lock/build.txt (--no-build-isolation).
SDIST = {
    "file": "llama_cpp_python-0.3.34.tar.gz",
    "sha256": "d849d286d808284f1d3ec1bd6875572430d29d1f9574a010232caa4e9cef0e35",
}
# llama.cpp's LoRA converter (convert_lora_to_gguf.py) as that sdist vendors it, for `--formats lora-gguf`.
# Not copied into medqa: fetched from PyPI on first use (`lora_converter`), checked against SDIST's sha256,
# and kept in medqa's cache.
LORA_CONVERTER = {"member": "llama_cpp_python-0.3.34/vendor/llama.cpp/convert_lora_to_gguf.py"}
MEMBERS = "package/bins/linux-x64/"  # where the tarball keeps the libraries
SOURCE_FLAGS = "-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF"  # any x86-64, not just the build machine; no llava/mtmd
CONSTRAINTS = CHECKOUT / "requirements" / "constraints.txt"
BUILD_LOCK = CHECKOUT / "requirements" / "lock" / "build.txt"  # setuptools, scikit-build-core, cmake, ninja
INSTALL_HINT = ("llama.cpp (llama-cpp-python) is not installed: python scripts/install_llama_cpp.py "
                "(about 10 s on Linux x86-64; elsewhere it builds llama.cpp from source, about 5 minutes)")


class LlamaCppInstallError(MedqaError, RuntimeError):
    pass


def prebuilt_unfit(system: str | None = None, machine: str | None = None, libc: tuple | None = None) -> str | None:
    """Why the prebuilt libraries cannot run here, or None when they can."""
    system = system or platform.system()
    machine = machine or platform.machine()
    name, version = libc or platform.libc_ver()
    if system != "Linux" or machine not in ("x86_64", "AMD64"):
        return f"no prebuilt llama.cpp for {system} {machine}"
    have = tuple(int(x) for x in version.split(".")[:2]) if name == "glibc" and version else None
    if have is None or have < PREBUILT["min_glibc"]:
        need = ".".join(map(str, PREBUILT["min_glibc"]))
        return f"the prebuilt llama.cpp needs glibc {need} or newer, this system has {name or 'no glibc'} {version}"
    return None


def download(url: str = PREBUILT["url"], sha512: str = PREBUILT["sha512"]) -> bytes:
    """The pinned tarball, checked against its registry integrity hash before anything is written."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read()
    except OSError as e:
        raise LlamaCppInstallError(f"could not download {url}: {e}; without access to registry.npmjs.org, build "
                                   "llama.cpp instead: python scripts/install_llama_cpp.py --from-source") from None
    got = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if got != sha512:
        raise LlamaCppInstallError(f"{url} does not match its pinned sha512 (got {got[:16]}..., expected "
                                   f"{sha512[:16]}...): not installed; retry, or use --from-source")
    return data


LOCAL_VERSION = f"{PREBUILT['python'].split('==')[1]}+npm.{PREBUILT['llama_cpp']}"  # 0.3.34+npm.b10068
WHEEL_TAG = "py3-none-manylinux_2_34_x86_64"  # any Python (ctypes); the libraries need x86-64 and glibc 2.34
BACKENDS_MODULE = f'''"""ggml's CPU backends, loaded from this package's lib/ folder on import.

Added by medqa's repack of llama-cpp-python with llama.cpp's prebuilt libraries (medqa/export/llamacpp.py):
ggml looks for its backend files only next to the Python executable and in the working directory, so
this loads the best one for this CPU from lib/ before any model is loaded.
"""

import ctypes
import logging
import pathlib

_lib = pathlib.Path(__file__).parent / "lib"
_load = ctypes.CDLL(str(_lib / "libggml.{PREBUILT['llama_cpp']}.so")).ggml_backend_load_all_from_path
_load.argtypes, _load.restype = [ctypes.c_char_p], None
_logger = logging.getLogger("llama-cpp-python")  # whose level llama_cpp._logger's callback obeys
_level = _logger.level
# Not ggml's "loaded CPU backend" line on every import. ERROR, not WARNING: llama-cpp-python 0.3.34's level
# table (_logger.py) is one off from llama.cpp b10068's enum, so ggml's INFO arrives as WARNING.
_logger.setLevel(max(_level, logging.ERROR))
try:
    _load(str(_lib).encode())
finally:
    _logger.setLevel(_level)
'''
HOOK = "\nfrom . import _ggml_backends  # noqa: E402,F401  (added by medqa's repack: ggml's CPU backends)\n"


def libraries(tarball: bytes) -> dict[str, bytes]:
    """The tarball's shared libraries under the names llama-cpp-python loads: libllama.<build>.so as libllama.so.
    libllama-common.so (llama.cpp's tools' helpers, never loaded by llama-cpp-python, linked to the old name)
    is left out."""
    llama = f"libllama.{PREBUILT['llama_cpp']}.so"
    out = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for member in tar.getmembers():
            name = member.name[len(MEMBERS):]
            if member.isfile() and member.name.startswith(MEMBERS) and "/" not in name and name.endswith(".so"):
                if name != "libllama-common.so":
                    out["libllama.so" if name == llama else name] = tar.extractfile(member).read()
    if "libllama.so" not in out:
        raise LlamaCppInstallError(f"{PREBUILT['url']} holds no {MEMBERS}{llama}: not installed")
    return out


def repack(wheel: Path, tarball: bytes, out_dir: Path) -> Path:
    """llama-cpp-python's library-less wheel + the libraries + the backend loader, as one wheel pip records."""
    import zipfile

    old_info = f"llama_cpp_python-{PREBUILT['python'].split('==')[1]}.dist-info"
    new_info = f"llama_cpp_python-{LOCAL_VERSION}.dist-info"
    files = {}
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.endswith("/") or name == f"{old_info}/RECORD":
                continue
            data = z.read(name)
            if name == "llama_cpp/__init__.py":
                data += HOOK.encode()
            elif name in (f"{old_info}/METADATA", f"{old_info}/WHEEL"):
                data = re.sub(rb"(?m)^Version: .*$", f"Version: {LOCAL_VERSION}".encode(), data, count=1)
                data = re.sub(rb"(?m)^Tag: .*$", f"Tag: {WHEEL_TAG}".encode(), data)
            files[name.replace(old_info, new_info, 1)] = data
    if "llama_cpp/__init__.py" not in files or f"{new_info}/METADATA" not in files:
        raise LlamaCppInstallError(f"{wheel.name} is not llama-cpp-python's {old_info} wheel: not repacked")
    files["llama_cpp/_ggml_backends.py"] = BACKENDS_MODULE.encode()
    files.update({f"llama_cpp/lib/{n}": d for n, d in libraries(tarball).items()})
    digest = {n: base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode() for n, d in files.items()}
    files[f"{new_info}/RECORD"] = ("".join(f"{n},sha256={digest[n]},{len(d)}\n" for n, d in files.items())
                                   + f"{new_info}/RECORD,,\n").encode()
    out = out_dir / f"llama_cpp_python-{LOCAL_VERSION}-{WHEEL_TAG}.whl"
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.external_attr, info.compress_type = 0o644 << 16, zipfile.ZIP_DEFLATED  # readable by all
                z.writestr(info, data)
    except OSError as e:  # a full disk
        out.unlink(missing_ok=True)
        raise LlamaCppInstallError(f"could not write {out}: {e.strerror or e}") from None
    return out


def install(from_source: bool = False, log=print) -> None:
    """llama-cpp-python for this interpreter: prebuilt llama.cpp where it fits, else built from source.
    Its sdist is built only with SDIST's sha256 and the build tools of the hashed BUILD_LOCK."""
    pip = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-c", str(CONSTRAINTS)]
    hashed = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = ["--no-deps", "--no-build-isolation", "--require-hashes"]
    why = None if from_source else prebuilt_unfit()
    _pip(hashed + ["install", "--require-hashes", "-r", str(BUILD_LOCK)], "")
    with tempfile.TemporaryDirectory(prefix="medqa-llama-cpp-") as tmp:
        sdist = Path(tmp) / "llama-cpp-python.txt"
        sdist.write_text(f"{PREBUILT['python']} --hash=sha256:{SDIST['sha256']}\n")
        if from_source or why:
            log(f"medqa: building llama.cpp from source ({why or '--from-source'}): about 5 minutes on 2 cores")
            _remove_prebuilt()  # else pip would call the library-less install satisfied, or write through our link
            _pip(hashed + ["install", *build, "-r", str(sdist)], SOURCE_FLAGS)
            _pip(pip + [PREBUILT["python"]], "")  # its dependencies: from the lock already, else constrained
            return
        _remove_prebuilt()  # an earlier medqa's install: libraries pip has no record of
        # --no-cache-dir: pip would otherwise cache this library-less wheel under the sdist's name and hand it
        # to a later plain `pip install llama-cpp-python` that expects a source build.
        _pip(hashed + ["wheel", *build, "--no-cache-dir", "-w", tmp, "-r", str(sdist)], "-DLLAMA_BUILD=OFF")
        built = next(Path(tmp).glob("llama_cpp_python-*.whl"))
        wheel = repack(built, download(), Path(tmp))
        _pip(pip + ["--force-reinstall", "--no-deps", str(wheel)], "")  # replaces an equal version too
        _pip(pip + [str(wheel)], "")  # its dependencies: from the lock already, else constrained
    log(f"medqa: llama-cpp-python {LOCAL_VERSION}: llama.cpp {PREBUILT['llama_cpp']} from npm {PREBUILT['package']}@"
        f"{PREBUILT['version']} inside the package ({_package_dir() / 'lib'}), loaded with no medqa import")


def _pip(cmd: list[str], cmake_args: str) -> None:
    proc = subprocess.run(cmd, env={**os.environ, "CMAKE_ARGS": cmake_args}, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        raise LlamaCppInstallError(f"pip could not install llama-cpp-python: {' | '.join(tail)}")


def _remove_prebuilt() -> None:
    """Uninstall a prebuilt install: a repacked one (pip would call it `==0.3.34` satisfied), or an earlier
    medqa's, whose libraries pip has no record of."""
    found = _package_dir(required=False)
    if found and (found / "_ggml_backends.py").exists():
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-y", "-q", "llama-cpp-python"], check=False)
    elif found and (found / "lib" / f"libllama.{PREBUILT['llama_cpp']}.so").exists():
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-y", "-q", "llama-cpp-python"], check=False)
        shutil.rmtree(found / "lib", ignore_errors=True)


def _package_dir(required: bool = True) -> Path | None:
    """llama_cpp's folder in this interpreter, found without importing it (it would look for its library)."""
    import importlib.util

    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        if required:
            raise LlamaCppInstallError("pip installed llama-cpp-python, but this interpreter cannot find llama_cpp")
        return None
    return Path(list(spec.submodule_search_locations)[0])


def lora_converter(cache: Path, log=print) -> Path:
    """llama.cpp's convert_lora_to_gguf.py from the pinned llama-cpp-python sdist, fetched once into `cache`."""
    script = cache / f"llama.cpp-{PREBUILT['llama_cpp']}" / Path(LORA_CONVERTER["member"]).name
    if script.is_file():
        return script
    log(f"medqa: fetching llama.cpp's {script.name} from PyPI ({PREBUILT['python']} sources, 72 MB, once)")
    with tempfile.TemporaryDirectory(prefix="medqa-sdist-") as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q", "--no-deps",
               "--no-binary", ":all:", "-d", tmp, PREBUILT["python"]]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        sdist = Path(tmp) / SDIST["file"]
        if proc.returncode != 0 or not sdist.is_file():
            tail = " | ".join((proc.stdout + proc.stderr).strip().splitlines()[-3:])
            raise LlamaCppInstallError(f"could not download the {PREBUILT['python']} sources from PyPI: {tail}")
        got = hashlib.sha256(sdist.read_bytes()).hexdigest()
        if got != SDIST["sha256"]:
            raise LlamaCppInstallError(f"{sdist.name} does not match its pinned sha256 (got {got[:16]}...): not used")
        with tarfile.open(sdist) as tar:
            data = tar.extractfile(LORA_CONVERTER["member"]).read()
    script.parent.mkdir(parents=True, exist_ok=True)
    partial = script.with_name(f".{script.name}.partial-{os.getpid()}")
    partial.write_bytes(data)
    partial.rename(script)
    return script


_backends_loaded = False


def load_backends(llama_cpp) -> None:
    """With the prebuilt libraries, load ggml's CPU backend before the first model: ggml looks for it only
    next to the Python executable and in the working directory (`ggml_backend_load_all`). A source build
    links its CPU backend in and has no backend files: nothing to do."""
    global _backends_loaded
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    ggml = lib_dir / f"libggml.{PREBUILT['llama_cpp']}.so"
    if hasattr(llama_cpp, "_ggml_backends"):  # the repacked package loaded them on import (`repack`)
        return
    if _backends_loaded or not ggml.exists() or not any(lib_dir.glob("libggml-cpu-*.so")):
        return
    load_all = ctypes.CDLL(str(ggml)).ggml_backend_load_all_from_path
    load_all.argtypes, load_all.restype = [ctypes.c_char_p], None
    load_all(str(lib_dir).encode())
    _backends_loaded = True
