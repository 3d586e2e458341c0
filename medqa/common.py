"""The ground floor: what every medqa module may need, importing nothing from medqa (stdlib only).

    MedqaError                 a problem the user can fix: scripts print it in one line and exit 2
    world(), is_main_process() where this process stands under torchrun / accelerate launch
    log(msg)                   `medqa: msg` on stdout, from rank 0 only
    reason(e)                  an exception in one line, with secrets blanked
    chat_messages(system, user) the [system,] user turns every prompt starts from (system_turn: the first)
    free_bytes(path), size(n)  free disk for a path not yet created; bytes for people
    CHECKOUT                   the checkout's root: recipes/, requirements/

In the style of nanochat's common.py (https://github.com/karpathy/nanochat/blob/master/nanochat/common.py).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SECRET_NAMES = ("HF_TOKEN", "WANDB_API_KEY", "MEDQA_API_KEY")
# The checkout medqa runs from (installed editable, as make and the notebooks install it): recipes/, requirements/.
CHECKOUT = Path(__file__).resolve().parents[1]
GiB, MiB = 2**30, 2**20


class MedqaError(Exception):
    """A problem the user can fix. Scripts print its one-line message and exit non-zero, no traceback."""


def world() -> tuple[int, int, int]:
    """(rank, local_rank, world_size) as torchrun / accelerate launch set them; (0, 0, 1) otherwise."""
    env = os.environ
    return int(env.get("RANK", 0)), int(env.get("LOCAL_RANK", 0)), int(env.get("WORLD_SIZE", 1))


def is_main_process() -> bool:
    """Rank 0 under torchrun/accelerate, or the only process: the one that writes and talks."""
    return world()[0] == 0


def log(msg: str) -> None:
    if is_main_process():
        print(f"medqa: {msg}", flush=True)


def error_exit(e: MedqaError, debug: bool) -> int:
    """How every script ends on a problem the user can fix: its one line on stderr and exit code 2;
    with --debug, the traceback instead."""
    if debug:
        raise e
    print(f"medqa: error: {e}", file=sys.stderr, flush=True)
    return 2


def redact(text: str, names: tuple[str, ...] = SECRET_NAMES) -> str:
    """Replace any known secret's value in `text`: for error messages that quote a library's words."""
    for name in names:
        value = os.environ.get(name)
        if value and len(value) >= 8:
            text = text.replace(value, f"<{name}>")
    return text


def reason(e: BaseException) -> str:
    """The first line of an exception's message, else its type's name; never a secret's value."""
    text = str(e).strip()
    return redact(text.splitlines()[0] if text else type(e).__name__)


def system_turn(system: str | None) -> list[dict]:
    """The system message, or nothing when there is no system prompt."""
    return [{"role": "system", "content": system}] if system else []


def chat_messages(system: str | None, user: str) -> list[dict]:
    """A chat's opening: the system prompt (when there is one) and the user's turn."""
    return system_turn(system) + [{"role": "user", "content": user}]


def existing_parent(path: Path) -> Path:
    """`path`, or its nearest ancestor that exists: where a folder created later will live."""
    while not path.exists():
        path = path.parent
    return path


def free_bytes(path: Path) -> int:
    """Free bytes on the filesystem that will hold `path`, which may not exist yet (tests replace this)."""
    return shutil.disk_usage(existing_parent(path)).free


def size(n: float, digits: int = 1) -> str:
    """Bytes as GiB from a tenth of one up, else MiB with one digit fewer: 1.5 GiB, 12 MiB (digits=1)."""
    return f"{n / GiB:.{digits}f} GiB" if n >= GiB / 10 else f"{n / MiB:.{digits - 1}f} MiB"
