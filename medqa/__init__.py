"""medqa: fine-tune Llama 3.1 8B Instruct into a medical Q&A assistant on one 16 GB GPU."""

__version__ = "0.1.0"
