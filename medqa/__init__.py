"""medqa: fine-tune Llama 3.1 8B Instruct into a medical Q&A assistant on one 16 GB GPU."""

__version__ = "0.1.0"


def quiet_import_noise() -> None:
    """Silence two harmless warnings printed on every import of transformers once the [unsloth] extra
    is installed: torchao's prebuilt kernels for other CUDA/Python builds that a CPU machine cannot
    load, and torch's notice about torchao's enums. Called by the scripts, before anything heavy."""
    import logging

    for name in ("torchao", "torch.utils._pytree"):
        logging.getLogger(name).setLevel(logging.ERROR)
