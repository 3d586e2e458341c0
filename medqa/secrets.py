"""Read a secret (HF_TOKEN, WANDB_API_KEY) from the environment, Kaggle Secrets or Colab's userdata.

One function for scripts and notebooks. It never prints or logs a value, and it works where
neither platform's module exists. Errors that may quote a secret go through `medqa.common.reason`,
which blanks them.
"""

from __future__ import annotations

import os

# Values read from Kaggle or Colab, which are not in the environment: medqa.common.redact blanks them too.
_FROM_NOTEBOOK: dict[str, str] = {}


def read_values(name: str) -> list[str]:
    """Every value of secret `name` this process has seen: the environment's and a notebook secret's."""
    return [v for v in (os.environ.get(name), _FROM_NOTEBOOK.get(name)) if v]


def get_secret(name: str) -> str | None:
    value = os.environ.get(name)
    if value:
        return value
    try:  # Kaggle notebooks: Add-ons > Secrets
        from kaggle_secrets import UserSecretsClient

        value = UserSecretsClient().get_secret(name)
    except Exception:  # not on Kaggle, or the secret is not attached to this notebook
        value = None
    if not value:
        try:  # Colab: the key icon in the left bar
            from google.colab import userdata

            value = userdata.get(name)
        except Exception:
            value = None
    if value:
        _FROM_NOTEBOOK[name] = value
    return value or None
