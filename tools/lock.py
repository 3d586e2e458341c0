"""Write the hashed install locks under requirements/lock/ with uv (`make lock` runs this).

    python tools/lock.py              # rewrite every lock, keeping the versions already locked where they fit
    python tools/lock.py --upgrade    # the newest versions the pins and constraints allow
    python tools/lock.py --check      # exit 1 if a lock was written from other inputs than today's

uv (`uv pip compile --generate-hashes`) resolves for a platform and Python other than its own
(`--python-platform`, `--python-version`) and reads a wheel's metadata without downloading the wheel, so
the CUDA locks are written on a CPU machine in seconds; pip-tools resolves only for the interpreter it
runs in. Every lock lists each file's sha256 for every pinned version, and pip installs from it with
--require-hashes (Makefile, medqa/notebook/packages.py, medqa/export/llamacpp.py).

The locks:
- cpu-py311.txt       `make test`: every extra, the build tools, torch 2.13.0+cpu (PyTorch's CPU wheel).
- cpu-py311-demo.txt  `make demo`: the demo's subset, at cpu-py311.txt's versions.
- torch-cpu-py311.txt torch alone, installed first with PyTorch's CPU wheel page as a find-links source.
- cuda-py311.txt, cuda-py312.txt  the notebooks (Kaggle, Colab): the platform's CUDA torch is kept, so
                      torch, triton and the NVIDIA libraries are left out.
- build.txt           the build tools (requirements/build.in) for any Python: medqa/export/llamacpp.py
                      installs them before building llama-cpp-python's sdist with --no-build-isolation.
- pip.txt             pip itself, installed first (requirements/pip.in says why).
- unsloth.txt         unsloth and unsloth-zoo alone, installed with --no-deps (pyproject.toml says why).

Each lock's first lines carry the sha256 of its inputs (`inputs_digest`); tests/test_lock.py fails when
pyproject.toml's dependencies or a requirements file changed without a new lock.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
REQ = ROOT / "requirements"
LOCK = REQ / "lock"
INDEX = "https://pypi.org/simple"
# PyTorch's CPU wheels are not on PyPI. This machine kind keeps the one for CPython 3.11 in /opt/wheels;
# elsewhere uv reads PyTorch's page of them.
TORCH_CPU_PAGE = "https://download.pytorch.org/whl/cpu/torch/"
TORCH_CPU = "torch==2.13.0+cpu"  # requirements/constraints.txt's torch==2.13.0, as its CPU build
LINUX = "x86_64-manylinux_2_34"  # Kaggle, Colab (Ubuntu 22.04: glibc 2.35) and the prebuilt llama.cpp's floor
ALL_EXTRAS = ["dev", "unsloth", "export", "llamacpp", "serve", "eval"]
DEMO_EXTRAS = ["export", "eval", "llamacpp"]  # llamacpp: the dependencies of install_llama_cpp.py's wheel
NOTEBOOK_EXTRAS = ["unsloth", "eval", "export", "llamacpp"]
# Installed otherwise: llama-cpp-python as install_llama_cpp.py's wheel, unsloth(-zoo) from unsloth.txt.
NOT_LOCKED = ["llama-cpp-python", "unsloth", "unsloth-zoo"]
PLATFORM_TORCH = re.compile(r"^(torch|triton|nvidia-[\w.-]+|cuda-[\w.-]+)==", re.M)  # a notebook's own torch
INPUTS = ["requirements/constraints.txt", "requirements/pins.txt", "requirements/build.in", "requirements/pip.in",
          "requirements/unsloth.txt", "tools/lock.py"]
HEADER = "# medqa lock: written by `make lock` (tools/lock.py); install with pip --require-hashes\n"


def inputs_digest(root: Path = ROOT) -> str:
    """sha256 over what a lock is written from: pyproject's dependency lists and the requirements files."""
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    h = hashlib.sha256(repr((project["dependencies"], project["optional-dependencies"])).encode())
    for name in INPUTS:
        h.update((root / name).read_bytes())
    return h.hexdigest()


def compile_lock(out: Path, args: list[str], upgrade: bool, tmp: Path, exclude: list[str] = NOT_LOCKED) -> None:
    """One `uv pip compile`; the lock already at `out` gives uv its preferred versions."""
    cmd = [sys.executable, "-m", "uv", "pip", "compile", "--quiet", "--no-config", "--generate-hashes",
           "--no-header", "--index-url", INDEX, "-o", str(out), *args]
    cmd += [a for name in exclude for a in ("--no-emit-package", name)]
    if upgrade:
        cmd.append("--upgrade")
    if out.is_file():  # uv keeps these versions where they still fit
        out.write_text(strip_header(out.read_text()))
    subprocess.run(cmd, check=True, cwd=ROOT)
    write(out, out.read_text().replace(f"{tmp}/", "tools/lock.py:"))  # no temporary paths in the "via" notes


def write(out: Path, body: str) -> None:
    out.write_text(HEADER + f"# inputs sha256: {inputs_digest()}\n" + body)


def strip_header(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("# medqa lock")
                   and not line.startswith("# inputs sha256"))


def without_hashes(lock: Path, dest: Path, drop: re.Pattern | None = None) -> Path:
    """A lock's pins as plain constraints (uv's -c), optionally without the lines `drop` matches."""
    pins = [line.split()[0] for line in lock.read_text().splitlines() if re.match(r"^[A-Za-z0-9]", line)]
    dest.write_text("".join(f"{p}\n" for p in pins if not (drop and drop.match(p + "\n"))))
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="newest versions the pins allow")
    parser.add_argument("--check", action="store_true", help="exit 1 if a lock is older than its inputs")
    parser.add_argument("--torch-wheels", default="/opt/wheels" if Path("/opt/wheels").is_dir() else TORCH_CPU_PAGE,
                        help="where uv finds torch's CPU wheel (a folder or a page of links)")
    a = parser.parse_args(argv)
    if a.check:
        stale = [p.name for p in sorted(LOCK.glob("*.txt")) if f"# inputs sha256: {inputs_digest()}\n"
                 not in p.read_text()]
        print("\n".join(f"{name}: written from other inputs: run make lock" for name in stale) or "locks current")
        return 1 if stale else 0
    LOCK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="medqa-lock-") as tmp:
        write_locks(Path(tmp), a.upgrade, a.torch_wheels)
    return 0


def write_locks(tmp: Path, upgrade: bool, torch_wheels: str) -> None:
    project = ["pyproject.toml", "requirements/build.in", "-c", "requirements/pins.txt"]
    extras = lambda names: [a for e in names for a in ("--extra", e)]  # noqa: E731
    linux = ["--python-platform", LINUX]
    (tmp / "torch-cpu.txt").write_text(TORCH_CPU + "\n")
    torch_cpu = ["--overrides", str(tmp / "torch-cpu.txt"), "--find-links", torch_wheels]
    cpu = LOCK / "cpu-py311.txt"
    compile_lock(cpu, [*project, *extras(ALL_EXTRAS), *torch_cpu, "--python-version", "3.11", *linux], upgrade, tmp)
    write(LOCK / "torch-cpu-py311.txt", block(cpu, "torch"))  # uv writes no hashes with --no-deps
    same = ["-c", str(without_hashes(cpu, tmp / "cpu-pins.txt"))]
    compile_lock(LOCK / "cpu-py311-demo.txt", [*project, *extras(DEMO_EXTRAS), *same, *torch_cpu,
                                               "--python-version", "3.11", *linux], upgrade, tmp)
    # The notebooks: resolved with PyPI's torch 2.13.0, which then stays out with its CUDA libraries.
    same_no_torch = ["-c", str(without_hashes(cpu, tmp / "cpu-pins-no-torch.txt", PLATFORM_TORCH))]
    for py in ("3.11", "3.12"):
        out = LOCK / f"cuda-py{py.replace('.', '')}.txt"
        base = [*project, *extras(NOTEBOOK_EXTRAS), *same_no_torch, "-c", "requirements/constraints.txt",
                "--python-version", py, *linux]
        compile_lock(tmp / out.name, base, upgrade, tmp)
        torch_side = sorted(set(PLATFORM_TORCH.findall((tmp / out.name).read_text())))
        compile_lock(out, base, upgrade, tmp, exclude=[*NOT_LOCKED, *torch_side])
    compile_lock(LOCK / "build.txt", ["requirements/build.in", *same, "--universal", "--python-version", "3.10"],
                 upgrade, tmp)
    compile_lock(LOCK / "pip.txt", ["requirements/pip.in", "--universal"], upgrade, tmp)
    compile_lock(LOCK / "unsloth.txt", ["requirements/unsloth.txt", "--no-deps", "--universal"], upgrade, tmp,
                 exclude=[])


def block(lock: Path, name: str) -> str:
    """One requirement of a lock, with its hashes, as it stands there."""
    lines, out = lock.read_text().splitlines(keepends=True), []
    for line in lines:
        if out and re.match(r"^[A-Za-z0-9#]", line) and not line.startswith("    "):
            break
        if out or line.startswith(f"{name}=="):
            out.append(line)
    return "".join(out)


if __name__ == "__main__":
    sys.exit(main())
