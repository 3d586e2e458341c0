"""The only code that talks to the Hugging Face Hub: reading models and datasets, and pushing.

    load(loader, name, key), snapshot(name, key, patterns)   read; check_hub(cfg), push_folder(...)   write

Reading. Every load of a model, tokenizer, config or dataset goes through `load()` (or `resolve()` +
`reading()`), so that one place decides how the Hub is reached:

- a local folder or file, or `synthetic:<shape>`, never touches the network;
- for a Hub id, the Hub is asked once per process, with a 3 s timeout and no retry, whether it answers.
  If not, this process goes offline (`HF_HUB_OFFLINE`, for huggingface_hub, transformers and datasets):
  what the local cache holds still loads, and anything else fails at once. Without this, each missing
  file costs huggingface_hub's backoff, 5 retries over ~23 s, logged as "Retrying in 8s" lines
  (huggingface_hub/file_download.py retries a failed HEAD with `retry_on_errors=True`), twice for a tokenizer;
- `HF_HUB_OFFLINE=1` (or `HF_DATASETS_OFFLINE=1` for datasets) is honoured: no probe, the cache only;
- offline, a load that fails becomes one line saying what to do: a local folder or file, a model or
  dataset attached to the Kaggle notebook (under /kaggle/input), or network access.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from medqa.common import MedqaError, log, reason

T = TypeVar("T")
# Long enough for a slow but working connection to answer a HEAD; short enough that "no network" is
# said within seconds of start. A DNS failure or a refused connection (Kaggle with Internet off) is immediate.
PROBE_TIMEOUT_S = 3.0
_TRUE = ("1", "on", "yes", "true")
_unreachable: str | None = None  # why the Hub did not answer this process's probe; None: not asked or answered
_probed = False


class HubError(MedqaError, RuntimeError):
    pass


# ---------------------------------------------------------------------------------------- reading
def is_local(name: str) -> bool:
    return name.startswith("synthetic:") or Path(name).exists()


def is_repo_id(name: str) -> bool:
    """`owner/name` as the Hub spells it; a missing local path (`/data/model`, `./x`) is not one."""
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    try:
        validate_repo_id(name)
    except HFValidationError:
        return False
    return True


def resolve(name: str, kind: str = "model") -> str:
    """What to pass to `from_pretrained` / `load_dataset`: a local path as is, `synthetic:` built,
    a Hub id once this process knows whether the Hub answers (if not, it is now offline)."""
    from medqa.synthetic import models as synthetic

    if is_local(name):
        return synthetic.resolve(name)
    if is_repo_id(name) and offline_reason(kind) is None:
        _probe()
    return name


@contextmanager
def reading(name: str, key: str, kind: str = "model", revision: str | None = None) -> Iterator[None]:
    """Around a load of `name` (the recipe's `key`): offline, a file the cache does not hold is one line, and
    so is a pinned `revision` the repo does not have (transformers says "not a valid git identifier")."""
    try:
        yield
    except (OSError, ValueError) as e:  # transformers, huggingface_hub and datasets raise these for missing files
        if revision and _no_such_revision(e):
            raise HubError(f"{key}={name!r} has no revision {revision!r}: pin one of its commits in the recipe "
                           "(or null for its newest; docs/troubleshooting.md, 'Which commit a run read')") from None
        why = offline_reason(kind) if is_repo_id(name) and not is_local(name) else None
        if why is None or isinstance(e, MedqaError):
            raise
        raise HubError(f"cannot load {key}={name!r}: {why}, and the local cache does not hold it. "
                       f"{_what_to_do(key, kind)}") from None


def _no_such_revision(e: BaseException) -> bool:
    from huggingface_hub.errors import RevisionNotFoundError

    return isinstance(e, RevisionNotFoundError) or "not a valid git identifier" in str(e)


def load(loader: Callable[..., T], name: str, key: str, kind: str = "model", *, revision: str | None = None,
         **kwargs) -> T:
    """`loader(resolve(name), revision=..., **kwargs)` inside `reading()`; the revision only for a Hub id.

    e.g. `load(AutoConfig.from_pretrained, cfg.model.name, "model.name", revision=cfg.model.revision)`."""
    with reading(name, key, kind, at(name, revision).get("revision")):
        return loader(resolve(name, kind), **at(name, revision), **kwargs)


def at(name: str, revision: str | None) -> dict:
    """`revision=...` for a Hub id the recipe pins; nothing for a local folder or file, which has none."""
    return {"revision": revision} if revision and not is_local(name) else {}


def commit(name: str, kind: str = "model", revision: str | None = None, loaded: str | None = None) -> str | None:
    """The commit a Hub id was read at, for metrics.json and the card: what transformers recorded when it
    loaded (`loaded`, a config's _commit_hash), else the Hub's answer for the revision, else the pinned
    revision itself (offline); None for a local folder or file."""
    if is_local(name) or not is_repo_id(name):
        return None
    if loaded:
        return loaded
    if offline_reason(kind) is None:
        try:
            from huggingface_hub import HfApi

            from medqa.secrets import get_secret

            api = HfApi(token=get_secret("HF_TOKEN"))
            info = api.dataset_info if kind == "dataset" else api.model_info
            return info(name, revision=revision).sha
        except Exception:  # the run is done; a missing record must not fail it
            pass
    return revision


def snapshot(name: str, key: str, allow_patterns: list[str], revision: str | None = None) -> Path:
    """A model's folder: a local one as is, else the files matching `allow_patterns` from the Hub (or its cache)."""
    local = Path(resolve(name))
    if local.is_dir():
        return local
    from huggingface_hub import snapshot_download

    from medqa.secrets import get_secret

    with reading(name, key, revision=at(name, revision).get("revision")):
        return Path(snapshot_download(name, token=get_secret("HF_TOKEN"), allow_patterns=allow_patterns,
                                      **at(name, revision)))


def offline_reason(kind: str = "model") -> str | None:
    """Why this process reads from the local cache only, or None when it may use the Hub."""
    if _unreachable:  # before the variables: going offline set HF_HUB_OFFLINE
        return _unreachable
    names = ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE") if kind == "dataset" else ("HF_HUB_OFFLINE",)
    for var in names:
        if os.environ.get(var, "").strip().lower() in _TRUE:
            return f"{var}=1 is set"
    return None


def _what_to_do(key: str, kind: str) -> str:
    if kind == "dataset":
        return (f"Set {key} to a local .csv/.jsonl/.parquet file, attach a copy to the Kaggle notebook "
                "(Add Input -> Datasets; it appears under /kaggle/input/), or run with network access")
    return (f"Set {key} to a local folder with its config.json, attach the model to the Kaggle notebook "
            "(Add Input -> Models -> Llama 3.1 8B Instruct, Transformers; it appears under /kaggle/input/), "
            "or run with network access")


def _probe() -> None:
    """Ask the Hub once whether it answers; if it does not, make this process offline."""
    global _probed, _unreachable
    if _probed:
        return
    _probed = True
    import httpx
    from huggingface_hub import constants
    from huggingface_hub.utils import get_session

    try:  # any HTTP answer, even an error status, means the Hub is reachable
        get_session().head(constants.ENDPOINT, timeout=PROBE_TIMEOUT_S, follow_redirects=False)
    except (httpx.TransportError, OSError) as e:  # refused, no DNS, timed out, a dead proxy
        detail = reason(e)
        _unreachable = f"the Hugging Face Hub ({constants.ENDPOINT}) cannot be reached ({detail})"
        go_offline()
        log(f"{_unreachable}: reading from the local cache only")  # rank 0 alone: one line, not one per process


def go_offline() -> None:
    """This process (and the processes it starts) reads from the local cache only."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from huggingface_hub import constants

    constants.HF_HUB_OFFLINE = True  # read at import; huggingface_hub's requests check it at call time
    if "datasets" in sys.modules:  # datasets copies it into its config at import
        sys.modules["datasets"].config.HF_HUB_OFFLINE = True


# ---------------------------------------------------------------------------------------- writing
def check_hub(cfg) -> str | None:
    """The write token a push needs, or None when no push is asked. The repo id's form is checked by the recipe."""
    if not cfg.hub.repo_id:
        return None
    return write_token(f"hub.repo_id={cfg.hub.repo_id}", "drop hub.repo_id")


def write_token(asked: str, or_else: str) -> str:
    """HF_TOKEN, or one line saying that `asked` (a recipe key or a flag) needs it."""
    from medqa.secrets import get_secret

    token = get_secret("HF_TOKEN")
    if not token:
        raise HubError(f"{asked} but no HF_TOKEN: set the HF_TOKEN environment variable or Kaggle/Colab secret "
                       f"(a write token), or {or_else}")
    return token



def push_folder(folder: Path, repo_id: str, token: str, private: bool = True,
                commit_message: str = "Upload with medqa", allow_patterns: list[str] | None = None,
                path_in_repo: str | None = None) -> str:
    """Create `repo_id` if needed and upload `folder` (or one file) in one commit, at `path_in_repo`
    (default: the repo's root for a folder, the file's name for a file); returns the repo's URL."""
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    try:
        api.create_repo(repo_id, private=private, exist_ok=True, repo_type="model")
        if Path(folder).is_file():
            api.upload_file(path_or_fileobj=str(folder), path_in_repo=path_in_repo or Path(folder).name,
                            repo_id=repo_id, repo_type="model", commit_message=commit_message)
        else:
            api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="model", path_in_repo=path_in_repo,
                              commit_message=commit_message, allow_patterns=allow_patterns)
    except Exception as e:  # network, auth, permissions: the user needs the reason, never the token
        raise HubError(f"push to {repo_id} failed: {reason(e)}") from None
    return f"https://huggingface.co/{repo_id}"


def _path_like(name: str) -> bool:
    """A path on this machine, not a Hub id: it exists here, or is spelled as a path or a data file."""
    return (name.startswith(("/", ".", "~")) or Path(name).suffix.lower() in (".jsonl", ".json", ".csv", ".parquet")
            or name.count("/") != 1 or Path(name).exists())


def public_name(name: str | None) -> str | None:
    """`name` as a pushed card may show it: a Hub id as is, a local path as "a local copy" (paths tell
    others about this machine, its user and its folders)."""
    return name if not name or name.startswith("synthetic:") or not _path_like(name) else "a local copy"


def public_recipe(recipe: dict) -> dict:
    """The resolved recipe without this machine's paths: output_dir, and local model or data sources."""
    out = {**recipe, "output_dir": "outputs"}
    out["model"] = {**recipe["model"], **{k: public_name(recipe["model"].get(k)) for k in ("name", "base_16bit")}}
    out["data"] = {**recipe["data"], "source": public_name(recipe["data"]["source"])}
    return out


def list_folders(repo_id: str, path: str, token: str) -> list[str]:
    """The names of the folders directly under `path` in a model repo; none when the repo or path is not there."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError

    try:
        entries = HfApi(token=token).list_repo_tree(repo_id, path_in_repo=path, repo_type="model")
        return [e.path.rsplit("/", 1)[-1] for e in entries if type(e).__name__ == "RepoFolder"]
    except (RepositoryNotFoundError, EntryNotFoundError):
        return []
    except Exception as e:
        raise HubError(f"cannot list {path} in {repo_id}: {reason(e)}") from None


def download_path(repo_id: str, path: str, dest: Path, token: str) -> None:
    """A folder (or file) of a model repo into `dest`, by snapshot_download of that path alone."""
    import shutil

    from huggingface_hub import snapshot_download

    staging = dest.with_name(f".{dest.name}.hub.partial-{os.getpid()}")
    try:
        snapshot_download(repo_id, repo_type="model", allow_patterns=[path, f"{path}/*"], local_dir=staging,
                          token=token)
        shutil.move(staging / path, dest)
    except Exception as e:
        raise HubError(f"cannot download {path} from {repo_id}: {reason(e)}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def delete_path(repo_id: str, path: str, token: str) -> None:
    from huggingface_hub import HfApi

    try:
        HfApi(token=token).delete_folder(path, repo_id=repo_id, repo_type="model", commit_message=f"medqa: drop {path}")
    except Exception as e:
        raise HubError(f"cannot delete {path} in {repo_id}: {reason(e)}") from None


def model_card(base_model: str, dataset: str, metrics: dict, recipe_yaml: str) -> str:
    """A README.md for the adapter repo: what it is, how it was trained, how to use it. Local paths among
    the names are shown as "a local copy"; pass the recipe through public_recipe."""
    base_model, dataset = public_name(base_model), public_name(dataset)
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


def _gguf_rows(base_model: str, files: list[str], merged: list[str], lora: str | None) -> list[str]:
    rows = [f"| `{f}` | {base_model} with the fine-tune merged in, {f.rsplit('-', 1)[-1][:-5]} |" for f in merged]
    rows += [f"| `{lora}` | the LoRA adapter alone, to load over {base_model} |"] if lora else []
    return rows + [f"| `{f}` | Ollama: the training prompt's template, the system prompt, the stop tokens |"
                   for f in files if f.endswith(".Modelfile")]


def gguf_model_card(repo_id: str, run_name: str, base_model: str, files: list[str], verify_md: str = "") -> str:
    """README.md for a repo of GGUF files (export's push): what each file is and how to run it where people do."""
    merged = [f for f in files if f.endswith(".gguf") and "-LoRA-" not in f]
    lora = next((f for f in files if f.endswith(".gguf") and "-LoRA-" in f), None)
    rows = _gguf_rows(base_model, files, merged, lora)
    one = (merged or [lora])[0]
    modelfile = one.removesuffix(".gguf") + ".Modelfile"
    lora_lines = f"llama-server -m <base>-F16.gguf --lora {lora} --port 8080   # {base_model} + the adapter\n" \
        if lora else ""
    return f"""---
base_model: {base_model}
tags: [medqa, gguf, llama.cpp, ollama, medical, llama-3.1]
---

# {run_name}: GGUF for llama.cpp, Ollama and LM Studio

A fine-tune of {base_model} for patient questions, made with medqa. **Not medical advice**: answers can be
wrong; see a clinician for any health decision, and emergency services for an emergency.

| file | what |
|---|---|
""" + "\n".join(rows) + f"""

Download: `huggingface-cli download {repo_id} --local-dir {run_name}` (or one file: add its name).

## llama.cpp

```bash
llama-server -m {one} --port 8080          # OpenAI API at http://127.0.0.1:8080/v1, chat UI at /
{lora_lines}```

## Ollama

```bash
cd {run_name} && ollama create {run_name} -f {modelfile} && ollama run {run_name}
```

The Modelfile's TEMPLATE is the prompt the model was trained on (Llama 3.1's, with its date lines), SYSTEM
the training system prompt.

## LM Studio

Load `{one}` (My Models, or `lms import {one}`); it reads the chat template from the file. Paste the system
prompt from the Modelfile's SYSTEM line.

## medqa serve (OpenAI API)

```bash
medqa serve {one}        # http://127.0.0.1:8000/v1; MEDQA_API_KEY=... to require a key
```

```python
from openai import OpenAI
client = OpenAI(base_url="http://127.0.0.1:8000/v1", api_key="unused")
r = client.chat.completions.create(model="{run_name}", messages=[{{"role": "user", "content": "I have a fever."}}])
print(r.choices[0].message.content)
```
""" + (f"\n## llama.cpp against transformers (`medqa export --verify`)\n\n{verify_md}" if verify_md else "")
