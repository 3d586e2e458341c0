"""medqa: fine-tune Llama 3.1 8B Instruct into a medical Q&A assistant on one 16 GB GPU."""

__version__ = "0.1.0"


def quiet_import_noise() -> None:
    """Silence harmless warnings printed on imports once the [unsloth] extra is installed: torchao's
    prebuilt kernels for other CUDA/Python builds that a CPU machine cannot load, torch's notice about
    torchao's enums, and bitsandbytes' optional CPU kernel package. Called by the scripts first."""
    import logging

    for name in ("torchao", "torch.utils._pytree", "bitsandbytes.backends.cpu.ops"):
        logging.getLogger(name).setLevel(logging.ERROR)
