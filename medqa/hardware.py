"""What the card in this machine can do, and the choices that follow from it.

The decisions are plain functions of (capability, torch's arch list), so CPU tests can feed them a
P100 or a T4; `detect()` is the only part that asks torch.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from medqa.common import MedqaError

# Triton, which Unsloth's kernels and TRL's fused loss are written in, needs compute capability 7.0+
# (Volta): https://docs.unsloth.ai/get-started/beginner-start-here/unsloth-requirements
TRITON_MIN_CAPABILITY = UNSLOTH_MIN_CAPABILITY = (7, 0)
# bf16 arithmetic arrived with Ampere (8.0); a T4 (7.5) and a P100 (6.0) emulate it slowly or not at all.
BF16_MIN_CAPABILITY = (8, 0)


class HardwareError(MedqaError, RuntimeError):
    """This card or this torch build cannot run what the recipe asks; the message says what to do."""


@dataclass(frozen=True)
class Device:
    name: str  # "cpu" or the GPU's name
    capability: tuple[int, int] | None  # None on CPU
    arch_list: tuple[str, ...] = ()  # torch.cuda.get_arch_list(): the kernels this torch build carries
    total_gib: float = 0.0

    @property
    def is_cuda(self) -> bool:
        return self.capability is not None

    @property
    def sm(self) -> str:
        return f"sm_{self.capability[0]}{self.capability[1]}" if self.capability else "cpu"


def detect() -> Device:
    import torch

    if not torch.cuda.is_available():
        return Device("cpu", None)
    props = torch.cuda.get_device_properties(0)
    return Device(
        props.name,
        (props.major, props.minor),
        tuple(torch.cuda.get_arch_list()),
        props.total_memory / 2**30,
    )


def rehearse(device: Device, capability: str | None) -> Device:
    """The device as the recipe's `gpu.capability` asks it to be judged: a P100 (6.0) rehearsed on an
    H100 takes the P100's backend, precision and loss decisions. Its kernels still run on the real card,
    so the torch-build check (which is about the real card) is skipped."""
    if not capability or not device.is_cuda:
        return device
    major, minor = (int(x) for x in capability.split("."))
    return replace(device, name=f"{device.name} (as sm_{major}{minor})", capability=(major, minor), arch_list=())


def check_torch_build(device: Device) -> None:
    """Stop before loading a model when torch carries no kernels for this card.

    Kaggle's current torch (cu128) dropped sm_60, so on its P100 every CUDA kernel fails with
    'no kernel image is available' minutes into a run. A build for CUDA 12.6 still carries sm_60.
    """
    if not device.is_cuda or not device.arch_list:
        return

    def parse(arch: str) -> tuple[str, tuple[int, int]] | None:
        kind, _, digits = arch.partition("_")
        return (kind, (int(digits[:-1]), int(digits[-1]))) if digits.isdigit() else None

    cap = device.capability
    # Cubins (sm_XY) run on the same major with an equal or higher minor; PTX (compute_XY) is
    # compiled at load time for any card at or above it.
    ok = any(
        (kind == "sm" and built[0] == cap[0] and built <= cap) or (kind == "compute" and built <= cap)
        for kind, built in filter(None, map(parse, device.arch_list))
    )
    if not ok:
        raise HardwareError(
            f"this torch build has no kernels for {device.name} ({device.sm}); it carries "
            f"{', '.join(device.arch_list)}. Install a CUDA 12.6 build, which still carries sm_60 for the P100: "
            "pip install torch --index-url https://download.pytorch.org/whl/cu126"
        )


def triton_ok(device: Device) -> bool:
    return device.is_cuda and device.capability >= TRITON_MIN_CAPABILITY


def chunked_loss(backend: str, device: Device) -> bool:
    """The training loss never holds all the logits: Unsloth's fused cross-entropy, or TRL's Triton LM head."""
    return backend == "unsloth" or triton_ok(device)


def gpu_bytes(device: Device, cap_gib: float | None) -> float | None:
    """The GPU memory one process may use (gpu.memory_cap_gib, else the whole card); None off the GPU."""
    return (cap_gib or device.total_gib) * 2**30 if device.is_cuda else None


def cap_memory(device: Device, cap_gib: float | None) -> bool:
    """Hold this process to `cap_gib` of its GPU, to rehearse a smaller card on a larger one; True if capped."""
    if not (cap_gib and device.is_cuda):
        return False
    import torch

    torch.cuda.set_per_process_memory_fraction(min(1.0, cap_gib / device.total_gib))
    return True


def choose_backend(requested: str, device: Device) -> tuple[str, str | None]:
    """Return (backend, notice). 'auto' takes Unsloth's fused kernels wherever they can run."""
    unsloth_ok = device.is_cuda and device.capability >= UNSLOTH_MIN_CAPABILITY
    why_not = (
        f"{device.name} is compute capability {device.capability[0]}.{device.capability[1]}, "
        "below the 7.0 that Unsloth's Triton kernels need"
        if device.is_cuda
        else None
    )
    if requested == "unsloth":
        if device.is_cuda and not unsloth_ok:
            raise HardwareError(f"model.backend=unsloth cannot run here: {why_not}; use model.backend=peft or auto")
        return "unsloth", None
    if requested == "peft":
        return "peft", None
    if unsloth_ok:
        return "unsloth", None
    if device.is_cuda:
        return "peft", f"backend auto: {why_not}, so training uses plain transformers + peft + bitsandbytes"
    return "peft", ("backend auto: no GPU, so training runs on the CPU with transformers + peft "
                    "(slow; fine for the demo)")


def choose_precision(requested: str, device: Device) -> str:
    """Return 'bf16', 'fp16' or 'fp32'. Asking for bf16 on a card without it is an error, not a
    silent switch: fp16 trains differently (loss scaling, overflow), and the user should know."""
    if not device.is_cuda:
        return "fp32"  # CPU: fp32 is the fast and exact path; half precision on CPU is slow
    has_bf16 = device.capability >= BF16_MIN_CAPABILITY
    if requested == "auto":
        return "bf16" if has_bf16 else "fp16"
    if requested == "bf16" and not has_bf16:
        raise HardwareError(
            f"model.precision=bf16 but {device.name} ({device.sm}) has no bf16; set model.precision=fp16 (or auto)"
        )
    return requested
