"""Read a secret (HF_TOKEN, WANDB_API_KEY) from the environment, Kaggle Secrets or Colab's userdata.

One function for scripts and notebooks. It never prints or logs a value, and it works where
neither platform's module exists.
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


def redact(text: str, names: tuple[str, ...] = ("HF_TOKEN", "WANDB_API_KEY")) -> str:
    """Replace any known secret's value in `text`: for error messages that quote a library's words."""
    for name in names:
        value = os.environ.get(name)
        if value and len(value) >= 8:
            text = text.replace(value, f"<{name}>")
    return text
