"""The only code that writes to the Hugging Face Hub."""

from __future__ import annotations

from pathlib import Path

from medqa.common import MedqaError, reason


class HubError(MedqaError, RuntimeError):
    pass


def push_folder(folder: Path, repo_id: str, token: str, private: bool = True,
                commit_message: str = "Upload with medqa", allow_patterns: list[str] | None = None) -> str:
    """Create `repo_id` if needed and upload `folder`; returns the repo's URL."""
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, private=private, exist_ok=True, repo_type="model")
        api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="model",
                          commit_message=commit_message, allow_patterns=allow_patterns)
    except Exception as e:  # network, auth, permissions: the user needs the reason, never the token
        raise HubError(f"push to {repo_id} failed: {reason(e)}") from None
    return f"https://huggingface.co/{repo_id}"


def model_card(base_model: str, dataset: str, metrics: dict, recipe_yaml: str) -> str:
    """A README.md for the adapter repo: what it is, how it was trained, how to use it."""
    rows = "\n".join(f"| {k} | {v} |" for k, v in metrics.items())
    return f"""---
base_model: {base_model}
datasets:
- {dataset}
library_name: peft
tags: [medqa, lora, medical, llama-3.1]
---

# LoRA adapter for {base_model}, trained with medqa

Fine-tuned on patient/doctor dialogs from `{dataset}`. **Not medical advice**: answers can be wrong;
see a clinician for any health decision.

## Use

```python
from peft import AutoPeftModelForCausalLM
from transformers import AutoTokenizer
model = AutoPeftModelForCausalLM.from_pretrained("<this repo>")
tokenizer = AutoTokenizer.from_pretrained("<this repo>")
```

## Metrics

| metric | value |
|---|---|
{rows}

## Recipe

```yaml
{recipe_yaml}```
"""
