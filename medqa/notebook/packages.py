"""What to install into a notebook's Python on this card: torch for the card, medqa and its dependencies from
the hashed lock for this Python, unsloth without the dependencies it would break things with.
`medqa.notebook` calls it first.

Only the standard library is imported here: a package imported before pip replaces it would stay at
its old version in this process.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

# Kaggle's current torch is built for CUDA 12.8, which dropped the P100's sm_60; 12.6 builds carry it
# (medqa.hardware.check_torch_build). torchvision comes from the same index so that its compiled ops
# match the new torch: a mismatched one fails on import, and transformers imports it when present.
# The one install step that is not hash-checked: PyTorch's own index cannot be reached where the locks are
# written, so its files' hashes are not in any lock; pip takes the newest CUDA 12.6 build it serves.
TORCH_CU126 = ["torch", "torchvision", "--index-url", "https://download.pytorch.org/whl/cu126"]
LOCKS = ("3.11", "3.12")  # requirements/lock/cuda-py311.txt, cuda-py312.txt: Kaggle's and Colab's Pythons


# ---------------------------------------------------------------------------------------- where we are
def platform() -> str:
    """'kaggle', 'colab' or 'local'; $MEDQA_PLATFORM says it instead (the CPU test of each notebook)."""
    if os.environ.get("MEDQA_PLATFORM"):
        return os.environ["MEDQA_PLATFORM"]
    if os.environ.get("KAGGLE_KERNEL_RUN_TYPE") or Path("/kaggle/working").is_dir():
        return "kaggle"
    if "google.colab" in sys.modules or os.environ.get("COLAB_RELEASE_TAG"):
        return "colab"
    return "local"


def in_ci() -> bool:
    return os.environ.get("MEDQA_NOTEBOOK_CI", "") not in ("", "0", "false")


def repo_root() -> Path:
    from medqa.common import CHECKOUT  # standard library only

    return CHECKOUT


# ---------------------------------------------------------------------------------------- install
def install_commands(device: dict | None, python: tuple = sys.version_info[:2]) -> list[list[str]]:
    """The pip commands for this card. `device` is `probe_device()`'s answer (None: unknown, torch kept).
    Everything but the P100's torch comes from a hashed lock, installed with --require-hashes."""
    from medqa.common import MedqaError  # standard library only

    version = "{}.{}".format(*python)
    if version not in LOCKS:
        raise MedqaError(f"the notebooks' locks are for Python {' and '.join(LOCKS)}, this is Python {version}: "
                         "run the notebook on Kaggle or Colab, or install as the README says")
    lock = f"requirements/lock/cuda-py{version.replace('.', '')}.txt"  # the platform's torch is kept
    pip = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check"]
    commands = [pip + ["--require-hashes", "-r", "requirements/lock/pip.txt"]]  # a pip that reads the lock
    if device and not device["torch_ok"]:
        commands.append(pip + TORCH_CU126)
    commands.append(pip + ["--require-hashes", "-r", lock])  # unsloth's and lm-eval's dependencies, the rest
    commands.append(pip + ["--no-deps", "--no-build-isolation", "-e", "."])  # medqa over the locked set
    # unsloth's metadata asks for torchvision and xformers builds that would replace the platform's: no deps.
    commands.append(pip + ["--require-hashes", "--no-deps", "-r", "requirements/lock/unsloth.txt"])
    commands.append([sys.executable, "scripts/install_llama_cpp.py"])  # llama.cpp itself: q4_k_m, --verify
    return commands


def probe_device(root: Path | None = None) -> dict | None:
    """The card and whether the installed torch has kernels for it, asked in a child process, so that
    this process has not imported the torch that the install may replace. None: torch could not say."""
    code = (
        "import json, torch\n"
        "from medqa.hardware import HardwareError, check_torch_build, detect\n"
        "d = detect()\n"
        "try:\n    check_torch_build(d); ok = True\nexcept HardwareError:\n    ok = False\n"
        "print(json.dumps({'name': d.name, 'capability': d.capability, 'arch_list': d.arch_list,\n"
        "                  'total_gib': d.total_gib, 'torch': torch.__version__, 'torch_ok': ok}))\n"
    )
    root = root or repo_root()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    r = subprocess.run([sys.executable, "-c", code], check=False, cwd=root, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        lines = r.stderr.strip().splitlines()
        print(f"could not ask torch about the GPU ({lines[-1] if lines else 'no output'}): torch is left as it is")
        return None
    return json.loads(r.stdout.strip().splitlines()[-1])


def install() -> None:
    """Install medqa into this notebook's Python, with the torch build the card needs."""
    if in_ci():
        print("MEDQA_NOTEBOOK_CI=1: install skipped (this environment already has medqa and its dependencies)")
        return
    if platform() == "local":
        print("not on Kaggle or Colab: nothing installed here. Install medqa as the README says (make install, "
              "or its 'On a GPU' steps), then run the next cells.")
        return
    root = repo_root()
    device = probe_device(root)
    if device is not None and device["capability"] is None:
        print(f"no GPU (torch {device['torch']}): the demo recipe will run; choose a GPU accelerator for the 8B")
    elif device is not None:
        sm = "sm_{}{}".format(*device["capability"])
        print(f"GPU: {device['name']} ({sm}, {device['total_gib']:.1f} GiB), torch {device['torch']}")
        if not device["torch_ok"]:
            print(f"this torch has no kernels for {sm} (it carries {', '.join(device['arch_list'])}): "
                  "installing a CUDA 12.6 build, which still carries sm_60 for the P100")
    for command in install_commands(device):
        run(command, cwd=root)
    print("installed. If a cell below fails to import something, restart the session and run all cells again.")


def run(command: list[str], cwd: Path | None = None, env: dict | None = None) -> None:
    """Run a command, streaming its output into the cell; a failure stops the notebook."""
    shown = ["python" if c == sys.executable else str(c) for c in command]
    print("$ " + " ".join(shown), flush=True)
    p = subprocess.Popen(command, cwd=cwd or repo_root(), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    for chunk in iter(lambda: p.stdout.read1(4096), b""):  # raw chunks: progress bars' \r kept
        sys.stdout.write(decoder.decode(chunk))
        sys.stdout.flush()
    if p.wait() != 0:
        from medqa.common import MedqaError

        raise MedqaError(f"`{' '.join(shown[:4])} ...` failed (exit {p.returncode}): see its output above")
