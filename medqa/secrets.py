"""Read a secret (HF_TOKEN, WANDB_API_KEY) from the environment, Kaggle Secrets or Colab's userdata.

One function for scripts and notebooks. It never prints or logs a value, and it works where
neither platform's module exists. Errors that may quote a secret go through `medqa.common.reason`,
which blanks them.
"""

from __future__ import annotations

import os


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
    return value or None
