"""A training run longer than one notebook session (docs/notebooks.md, "The full dataset over several sessions").

    overrides = session_overrides(where, mirror)   # Kaggle: train.max_time from the session limit; a mirror
    bring_back(cfg, where)                         # before a resumed session: the newest complete checkpoint,
                                                   # from the mirror or (Kaggle) the previous version's output

Kaggle ends a GPU session after 12 hours and saves /kaggle/working as the version's output: the run stops
itself before then with a complete checkpoint (`train.max_time`), and the next session, with the previous
version's output attached as input, takes that checkpoint from /kaggle/input. Colab disconnects without
warning and deletes /content: each checkpoint is copied to Google Drive as it is saved
(`train.checkpoint_mirror`), and the next session takes the newest one from there. Either way the
checkpoint is fetched and checked by the code --resume uses (medqa/training/mirror.py).
"""

from __future__ import annotations

from pathlib import Path

KAGGLE_SESSION_HOURS = 12  # Kaggle's limit for a GPU session (and for a "Save & Run All" version)
# What the session keeps after training stops: the stop's save and Kaggle's saving of /kaggle/working.
KAGGLE_MARGIN_MINUTES = 30
COLAB_DRIVE = Path("/content/drive")


def session_overrides(where, mirror: str = "") -> list[str]:
    """The recipe keys for a run over several sessions on this platform."""
    chosen = []
    if where.platform == "kaggle":
        minutes = KAGGLE_SESSION_HOURS * 60 - KAGGLE_MARGIN_MINUTES
        chosen.append(f"train.max_time={minutes // 60}h{minutes % 60}m")  # counts from the kernel's start
    if mirror:
        if where.platform == "colab" and Path(mirror).is_relative_to(COLAB_DRIVE):
            from google.colab import drive  # type: ignore[import-not-found]  # Colab's own package

            drive.mount(str(COLAB_DRIVE))
        chosen.append(f"train.checkpoint_mirror={mirror}")
    for line in chosen:
        print(f"several sessions: {line}")
    return chosen


def previous_outputs(where) -> list[Path]:
    """Kaggle: output folders of earlier versions attached as inputs (Add Input -> Your Work -> this
    notebook), newest-looking first: each holds outputs/<run>/ as /kaggle/working did."""
    if not where.inputs or not where.inputs.is_dir():
        return []
    found = {p.parent for depth in ("*", "*/*", "*/*/*") for p in where.inputs.glob(f"{depth}/outputs")}
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def bring_back(cfg, where) -> Path | None:
    """The newest complete checkpoint for this run, into its run folder: from the mirror when the recipe has
    one, then from an attached earlier version's output (Kaggle). Returns the checkpoint, or None."""
    from medqa.rundir import RunDir
    from medqa.training import mirror

    run, newest = RunDir(cfg.run_dir), None
    if cfg.train.checkpoint_mirror:
        newest = mirror.fetch_newest(mirror.open_store(cfg), run)
    for earlier in previous_outputs(where):
        folder = earlier / "outputs" / cfg.run_name  # the run folder as that session left it
        if (folder / "checkpoints").is_dir():
            newest = mirror.fetch_newest(mirror.FolderStore(folder, "the earlier output"), run)
            break
    return newest
