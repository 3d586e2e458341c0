"""Write notebooks/kaggle.ipynb and notebooks/colab.ipynb from the cells below, so they are reviewed as code.

    python notebooks/build.py           # rewrite both notebooks
    python notebooks/build.py --check   # exit 1 if a notebook differs from what this file writes

Both notebooks run the same cells; only the platform's instructions and the clone folder differ.
All logic is in medqa/notebook/__init__.py: a cell here is a call or two. The notebooks are written without
outputs; tests/test_notebooks.py executes both on CPU with the demo recipe.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The tag the notebook checks out: the package's version (pyproject.toml), tagged v<version> at release.
VERSION = re.search(r'(?m)^version = "(.+)"$', (HERE.parent / "pyproject.toml").read_text()).group(1)

KAGGLE_INTRO = """\
# medqa on Kaggle: fine-tune Llama 3.1 8B Instruct on patient/doctor dialogs

This notebook runs **medqa** itself, the same code as `python scripts/finetune.py <recipe>`: it installs
medqa, reads your secrets, picks the recipe for the GPU you were given, trains a LoRA adapter, shows a
sample answer and the evaluation, exports GGUF for llama.cpp and, if you ask, pushes to the Hugging Face Hub.

**Before Run All**

1. *Settings → Accelerator*: **GPU P100** or **GPU T4 x2** (medqa trains on one card). *Settings → Internet*: **on**
   for the install cell.
   To train without the Hub or an HF token, *Add Input → Models*: **Llama 3.1** (Meta), framework **Transformers**,
   variation **8b-instruct**; and *Add Input → Datasets*: a copy of **ai-medical-chatbot** (csv/jsonl/parquet with
   `Patient` and `Doctor` columns). The recipe cell finds them under `/kaggle/input` and says what it picked
   (docs/notebooks.md, *Kaggle with the Internet off*).
2. *Add-ons → Secrets*: add `HF_TOKEN` (a Hugging Face **write** token; needed only to push) and
   `WANDB_API_KEY` (a W&B run link; without it the run is not tracked), and attach both to this notebook.
3. Set `REPO_URL` below to your copy of medqa (`REPO_REF`: the tag or commit to check out), and `HUB_REPO_ID`
   if you want the results pushed.

**The P100.** Kaggle's current torch is built for CUDA 12.8, which has no kernels for the P100 (sm_60): every
CUDA call would fail with *no kernel image is available*. On a P100 the install cell therefore installs a
CUDA 12.6 build (`pip install torch torchvision --index-url https://download.pytorch.org/whl/cu126`), which
still carries sm_60. The P100 also trains with plain transformers + peft (`recipes/p100.yaml`), since
Unsloth's Triton kernels need compute capability 7.0.

**Disk.** Kaggle saves `/kaggle/working` as the notebook's output, up to 20 GB. Runs (adapter, checkpoints,
reports) go to `/kaggle/working/outputs`; the 16-bit merged model and the GGUF conversion go to
`/kaggle/temp/medqa`, on the session's larger disk, which is not saved. A finished GGUF is moved into the
run folder when it fits under the 20 GB, and the last cell says where everything is."""

COLAB_INTRO = """\
# medqa on Colab: fine-tune Llama 3.1 8B Instruct on patient/doctor dialogs

This notebook runs **medqa** itself, the same code as `python scripts/finetune.py <recipe>`: it installs
medqa, reads your secrets, picks the recipe for the GPU you were given, trains a LoRA adapter, shows a
sample answer and the evaluation, exports GGUF for llama.cpp and, if you ask, pushes to the Hugging Face Hub.

**Before Run All**

1. *Runtime → Change runtime type*: **T4 GPU** (free tier, `recipes/t4.yaml`) or **A100 GPU**
   (Colab Pro, `recipes/a100.yaml`).
2. *Secrets* (the key icon in the left bar): add `HF_TOKEN` (a Hugging Face **write** token; needed only to
   push) and `WANDB_API_KEY` (a W&B run link; without it the run is not tracked), and turn on
   *Notebook access* for both.
3. Set `REPO_URL` below to your copy of medqa (`REPO_REF`: the tag or commit to check out), and `HUB_REPO_ID`
   if you want the results pushed.

Colab keeps its own torch, which has kernels for every card it offers. Everything is written under
`/content/medqa/outputs`, which Colab deletes when the runtime ends: set `HUB_REPO_ID`, or download the run
folder from the Files panel, before you disconnect."""

PARAMETERS = """\
import os

REPO_URL = "https://github.com/YOUR-USER/medqa.git"  # your copy of medqa; unused inside a checkout
REPO_REF = "{ref}"  # the release this notebook was written for (its locks): a tag or a commit of REPO_URL
RECIPE = os.environ.get("MEDQA_RECIPE", "")  # "" picks one for the card: p100, t4, a100 (no GPU: demo)
OVERRIDES = []  # key.path=value, e.g. ["data.max_rows=500", "train.learning_rate=1e-4"]
HUB_REPO_ID = ""  # "you/medqa-llama31": push the adapter and the GGUF there (needs HF_TOKEN)
EXPORT_FORMATS = "gguf-q8_0"  # also gguf-q4_k_m (llama.cpp, from the install cell), safetensors (16 GB)
RESUME = False  # True: continue this run's latest checkpoint after a disconnect, or in the next session
OVERWRITE = False  # True: replace an earlier run of the same name
SESSIONS = False  # True: a run longer than one session, e.g. the full dataset (docs/notebooks.md){sessions}
MIRROR = {mirror}  # with SESSIONS, every checkpoint copied here too: a folder, or hf://you/name (a private repo)"""

GET_CODE = """\
import subprocess
from pathlib import Path

# Inside a checkout (Jupyter on your machine, the CI test) use it; otherwise clone REPO_URL.
REPO = next((p for p in [Path.cwd(), *Path.cwd().parents] if (p / "medqa" / "notebook").is_dir()), None)
if REPO is None:
    REPO = Path("{clone_dir}")
    if not REPO.is_dir():  # REPO_REF, not the branch's newest commit, whose locks this notebook has not seen
        subprocess.run(["git", "clone", "--filter=blob:none", "--no-checkout", REPO_URL, str(REPO)], check=True)
        subprocess.run(["git", "-C", str(REPO), "checkout", "--detach", REPO_REF], check=True)
os.chdir(REPO)  # the kernel imports medqa from here: IPython puts the working directory ('') on sys.path
print("medqa checkout:", REPO, subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout)"""

INSTALL = """\
from medqa import notebook as nb  # only the standard library is imported until the install is done

nb.install()  # P100: torch for CUDA 12.6; medqa with pinned versions; unsloth. Skipped if MEDQA_NOTEBOOK_CI=1
nb.setup()  # train on one GPU, show the W&B run link, show a medqa error in one line"""

SECRETS_MD = """\
## Secrets

`medqa.secrets.get_secret` reads the environment, then {where}. Only *found* or *missing* is printed, never a value."""

RECIPE_MD = """\
## Recipe

P100 (compute capability < 7.0) → `recipes/p100.yaml`; A100 or another bf16 card of 40 GB → `recipes/a100.yaml`;
T4 and other cards → `recipes/t4.yaml`; no GPU → `recipes/demo.yaml` (a tiny random model, minutes).
`RECIPE` overrides the choice, `OVERRIDES` any key of it."""

RECIPE = """\
device, recipe = nb.pick_recipe(RECIPE)
where = nb.layout()
print(where.describe())
cfg = nb.load(recipe, OVERRIDES, where, hub_repo_id=HUB_REPO_ID, sessions=SESSIONS, mirror=MIRROR)"""

TRAIN_MD = """\
## Train

`medqa.training.run.run`, exactly as `scripts/finetune.py` calls it. With tracking on, W&B prints the run link below.
A checkpoint is saved every `train.save_steps` steps: after a disconnect, set `RESUME = True` and run all cells again.
{sessions_md}
At the end the adapter is pushed to `HUB_REPO_ID`, when set."""

KAGGLE_SESSIONS_MD = """\
With `SESSIONS = True` the run saves and stops by itself at 11h30m (`train.max_time`), before Kaggle's 12-hour
limit, and the version's output keeps its checkpoints. Next session: *Add Input → Your Work →* this notebook
(the previous version's output), `RESUME = True`, *Save Version → Save & Run All*: training continues from the
newest complete checkpoint there."""

COLAB_SESSIONS_MD = """\
With `SESSIONS = True` Google Drive is mounted and every checkpoint is copied to `MIRROR` as it is saved
(`train.checkpoint_mirror`). After a disconnect, on a new runtime: `RESUME = True`, run all cells: training
continues from the newest complete checkpoint on the Drive."""

EVAL_MD = """\
## Sample answer and evaluation

The base model against base + adapter: loss on held-out dialogs, MedQA-style multiple-choice accuracy, and
answers side by side (`scripts/evaluate.py`, written to `eval/report.md` in the run folder)."""

EXPORT_MD = """\
## Export

`scripts/export.py`: the adapter merged into the 16-bit base (never the 4-bit weights), then GGUF for
llama.cpp / Ollama. With `HUB_REPO_ID` set, the GGUF is pushed next to the adapter."""


def md(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def code(text: str, tags: tuple[str, ...] = ()) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {"tags": list(tags)} if tags else {},
            "outputs": [], "source": text}


def cells(platform: str) -> list[dict]:
    kaggle = platform == "kaggle"
    return [
        md(KAGGLE_INTRO if kaggle else COLAB_INTRO),
        code(PARAMETERS.format(
            ref=f"v{VERSION}", sessions="; Kaggle: stops at 11h30m" if kaggle else "",
            mirror='""' if kaggle else '"/content/drive/MyDrive/medqa"'), tags=("parameters",)),
        md("## Install"),
        code(GET_CODE.format(clone_dir="/kaggle/working/medqa" if kaggle else "/content/medqa")),
        code(INSTALL),
        md(SECRETS_MD.format(where="Kaggle Secrets (*Add-ons → Secrets*)" if kaggle
                             else "Colab's secrets (the key icon)")),
        code("SECRETS = nb.secrets_status()  # HF_TOKEN: push to the Hub; WANDB_API_KEY: W&B tracking"),
        md(RECIPE_MD),
        code(RECIPE),
        md(TRAIN_MD.format(sessions_md=KAGGLE_SESSIONS_MD if kaggle else COLAB_SESSIONS_MD)),
        code("metrics = nb.train(cfg, resume=RESUME, overwrite=OVERWRITE, where=where)\nmetrics"),
        md(EVAL_MD),
        code("nb.show_sample(cfg)"),
        code("results = nb.evaluate(cfg)"),
        md(EXPORT_MD),
        code("ggufs = nb.export(cfg, EXPORT_FORMATS, where, push_to=HUB_REPO_ID)"),
        md("## Where the outputs are"),
        code("nb.outputs(cfg, where, ggufs)"),
    ]


def notebook(platform: str) -> dict:
    metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    if platform == "kaggle":
        metadata["kaggle"] = {"accelerator": "gpu", "isGpuEnabled": True, "isInternetEnabled": True,
                              "language": "python", "sourceType": "notebook", "dataSources": []}
    else:
        metadata["accelerator"] = "GPU"  # Colab opens it on a GPU runtime
        metadata["colab"] = {"gpuType": "T4", "provenance": []}
    nb_cells = []
    for i, cell in enumerate(cells(platform)):
        lines = cell["source"].splitlines(keepends=True)
        nb_cells.append({**cell, "id": f"{platform}-{i:02d}", "source": lines})
    return {"cells": nb_cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def render(platform: str) -> str:
    return json.dumps(notebook(platform), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for platform in ("kaggle", "colab"):
        path = HERE / f"{platform}.ipynb"
        text = render(platform)
        if "--check" in argv:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(f"out of date: {', '.join(stale)}: run python notebooks/build.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
