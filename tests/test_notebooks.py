"""notebooks/kaggle.ipynb and colab.ipynb: executed top to bottom on CPU with the demo recipe, no secret in any output.

The kernel is this interpreter (a kernelspec written to a temporary JUPYTER_PATH), so the test runs in
whatever venv runs pytest. MEDQA_NOTEBOOK_CI=1 skips the install cell, MEDQA_RECIPE=demo picks the
demo, MEDQA_OUTPUT_DIR keeps the run out of the checkout's outputs/, MEDQA_OVERRIDES keeps it short.
"""

import importlib.util
import json
import secrets
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
# A few optimizer steps are enough to pass through every cell; the demo's full epoch takes ~90 s on 2 cores.
SHORT = "train.max_steps=4 train.eval_steps=2 train.save_steps=4 train.logging_steps=2 sample.max_new_tokens=8"


def _build_module():
    spec = importlib.util.spec_from_file_location("notebooks_build", NOTEBOOKS / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------- the files
@pytest.mark.parametrize("platform", ["kaggle", "colab"])
def test_notebook_is_what_build_py_writes_without_outputs(platform):
    path = NOTEBOOKS / f"{platform}.ipynb"
    assert path.read_text(encoding="utf-8") == _build_module().render(platform), \
        "notebook edited by hand or build.py changed: run python notebooks/build.py"
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            assert len(cell["source"]) <= 12, "cells stay short: logic belongs in medqa/notebook/__init__.py"


# ---------------------------------------------------------------------------------------- the choices
def _device(name, cap, gib):
    from medqa.hardware import Device

    return Device(name, cap, ("sm_60", "sm_70", "sm_75", "sm_80"), gib)


@pytest.mark.parametrize("device,recipe", [
    (("cpu", None, 0.0), "demo"),
    (("Tesla P100-PCIE-16GB", (6, 0), 15.9), "p100"),
    (("Tesla T4", (7, 5), 14.7), "t4"),
    (("Tesla V100-SXM2-16GB", (7, 0), 15.8), "t4"),
    (("NVIDIA L4", (8, 9), 22.0), "t4"),
    (("NVIDIA A100-SXM4-40GB", (8, 0), 39.4), "a100"),
    (("NVIDIA A100-SXM4-80GB", (8, 0), 79.2), "h100"),  # 80 GB cards: the h100 recipe (issue 13)
    (("NVIDIA H100 80GB HBM3", (9, 0), 79.1), "h100"),
])
def test_recipe_for_card(device, recipe):
    from medqa import notebook

    assert notebook.recipe_for(_device(*device)) == recipe
    assert notebook.recipe_path(recipe).is_file()


def test_install_commands_p100_gets_cuda_126_torch_first():
    from medqa.notebook import packages as notebook  # the notebook's install step lives in medqa.notebook.packages

    cuda128_on_p100 = {"name": "Tesla P100-PCIE-16GB", "capability": [6, 0], "arch_list": ["sm_75", "sm_80"],
                       "total_gib": 15.9, "torch": "2.10.0+cu128", "torch_ok": False}
    commands = [" ".join(c[3:]) for c in notebook.install_commands(cuda128_on_p100, python=(3, 12))]
    assert commands[0].endswith("--require-hashes -r requirements/lock/pip.txt")  # a pip that reads the lock
    assert commands[1].endswith("torch torchvision --index-url https://download.pytorch.org/whl/cu126")
    assert commands[2].endswith("--require-hashes -r requirements/lock/cuda-py312.txt")
    assert commands[3].endswith("--no-deps --no-build-isolation -e .")
    assert commands[4].endswith("--require-hashes --no-deps -r requirements/lock/unsloth.txt")
    # llama.cpp for q4_k_m and --verify, prebuilt where it fits (medqa/export/llamacpp.py)
    assert notebook.install_commands(cuda128_on_p100)[-1][1:] == ["scripts/install_llama_cpp.py"]

    t4 = {**cuda128_on_p100, "name": "Tesla T4", "capability": [7, 5], "torch_ok": True}
    assert not any("cu126" in " ".join(c) for c in notebook.install_commands(t4))


def test_install_on_a_kaggle_p100_says_why_and_runs_the_commands_in_order(monkeypatch, capsys):
    from medqa import notebook
    from medqa.notebook import packages as install

    p100 = {"name": "Tesla P100-PCIE-16GB", "capability": [6, 0], "arch_list": ["sm_75", "sm_80"],
            "total_gib": 15.9, "torch": "2.10.0+cu128", "torch_ok": False}
    ran = []
    monkeypatch.delenv("MEDQA_NOTEBOOK_CI", raising=False)
    monkeypatch.setenv("MEDQA_PLATFORM", "kaggle")
    monkeypatch.setattr(install, "probe_device", lambda root=None: p100)
    monkeypatch.setattr(install, "run", lambda command, cwd=None, env=None: ran.append(command))
    notebook.install()
    assert ran == install.install_commands(p100)
    out = capsys.readouterr().out
    assert "Tesla P100-PCIE-16GB (sm_60" in out and "CUDA 12.6" in out

    ran.clear()
    monkeypatch.setenv("MEDQA_NOTEBOOK_CI", "1")
    notebook.install()
    assert ran == [] and "install skipped" in capsys.readouterr().out


def test_kaggle_layout_keeps_large_files_out_of_working(tmp_path, monkeypatch):
    from medqa import notebook

    monkeypatch.delenv("MEDQA_OUTPUT_DIR", raising=False)
    where = notebook.layout("kaggle", kaggle_root=tmp_path)
    assert where.output_dir == tmp_path / "working" / "outputs"
    assert where.scratch == tmp_path / "temp" / "medqa" and where.keep_root == tmp_path / "working"
    assert "20 GB" in where.describe() and "not saved" in where.describe()

    # A GGUF is moved into the run folder only while /kaggle/working stays under its limit.
    (tmp_path / "working").mkdir()
    big = tmp_path / "temp" / "a.gguf"
    big.parent.mkdir(parents=True)
    big.write_bytes(b"x" * 1000)
    small_limit = notebook.Layout("kaggle", where.output_dir, where.scratch, 500, tmp_path / "working")
    assert notebook._keep(big, tmp_path / "working" / "run" / "gguf", small_limit) == big
    kept = notebook._keep(big, tmp_path / "working" / "run" / "gguf", where)
    assert kept == tmp_path / "working" / "run" / "gguf" / "a.gguf" and kept.is_file() and not big.exists()


def test_existing_run_folder_asks_for_resume_or_overwrite(tmp_path):
    from medqa import notebook
    from medqa.common import MedqaError
    from medqa.config import load_config

    cfg = load_config(ROOT / "recipes" / "demo.yaml", [f"output_dir={tmp_path}"])
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "keep.txt").write_text("mine")
    with pytest.raises(MedqaError, match="RESUME = True.*OVERWRITE = True"):
        notebook.train(cfg)
    assert (tmp_path / "demo" / "keep.txt").read_text() == "mine"


def test_online_tracking_without_a_key_is_turned_off_and_said(tmp_path, monkeypatch, capsys):
    from medqa import notebook

    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc
    where = notebook.Layout("local", tmp_path)
    cfg = notebook.load(ROOT / "recipes" / "t4.yaml", [], where)
    assert cfg.tracking.wandb == "off" and cfg.output_dir == str(tmp_path)
    assert "no WANDB_API_KEY" in capsys.readouterr().out
    monkeypatch.setenv("WANDB_API_KEY", "x" * 40)
    assert notebook.load(ROOT / "recipes" / "t4.yaml", [], where).tracking.wandb == "online"


# ---------------------------------------------------------------------------------------- executed
def _kernelspec(folder: Path, env: dict) -> str:
    """A kernelspec for this interpreter with `env`, found through JUPYTER_PATH=folder; returns its name."""
    spec = folder / "kernels" / "medqa-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "medqa test", "language": "python", "env": env}))
    return "medqa-test"


def _texts(nb) -> list[str]:
    """Every output of every cell as text: streams, results, displays, errors."""
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            out.append(o.get("text", ""))
            out.extend(str(v) for v in o.get("data", {}).values())
            out.extend([o.get("evalue", ""), *o.get("traceback", [])])
    return out


@pytest.mark.parametrize("platform", ["kaggle", "colab"])
def test_notebook_runs_top_to_bottom_on_cpu_and_prints_no_secret(platform, tmp_path, monkeypatch, medqa_cache):
    pytest.importorskip("nbclient", reason="needs the dev extra (nbclient, nbformat, ipykernel)")
    pytest.importorskip("ipykernel", reason="needs the dev extra (nbclient, nbformat, ipykernel)")
    import nbformat
    from nbclient import NotebookClient

    planted = {"HF_TOKEN": "hf_planted" + secrets.token_hex(12), "WANDB_API_KEY": "planted" + secrets.token_hex(16)}
    env = {"MEDQA_NOTEBOOK_CI": "1", "MEDQA_RECIPE": "demo", "MEDQA_PLATFORM": platform,
           "MEDQA_CACHE": str(medqa_cache), **planted}
    files = tmp_path / "files"  # everything the notebook writes
    if platform == "kaggle":  # Kaggle's folders, rehearsed: runs in working/, the merge and conversion in temp/
        env["MEDQA_KAGGLE_ROOT"] = str(files)
        env["MEDQA_OVERRIDES"] = SHORT
        run_dir = files / "working" / "outputs" / "demo"
    else:  # W&B offline, with the planted key in the environment
        env["MEDQA_OUTPUT_DIR"] = str(files / "outputs")
        env["MEDQA_OVERRIDES"] = SHORT + " tracking.wandb=offline"
        run_dir = files / "outputs" / "demo"
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.delenv("WANDB_MODE", raising=False)  # conftest disables W&B; here the notebook decides
    kernel = _kernelspec(tmp_path / "jupyter", env)

    nb = nbformat.read(NOTEBOOKS / f"{platform}.ipynb", as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=300,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})  # as Jupyter opens it
    t0 = time.perf_counter()
    try:
        client.execute()
    finally:
        nbformat.write(nb, tmp_path / f"{platform}-executed.ipynb")  # kept for a failure's post-mortem
    seconds = time.perf_counter() - t0
    texts = _texts(nb)
    text = "\n".join(texts)

    # No secret in any output, nor in any file the run wrote (W&B's offline run included).
    for name, value in planted.items():
        assert not any(value in t for t in texts), f"{name}'s value appears in an output cell"
        for f in files.rglob("*"):
            if f.is_file():
                assert value.encode() not in f.read_bytes(), f"{name}'s value written to {f}"

    assert "install skipped" in text
    assert "HF_TOKEN: found" in text and "WANDB_API_KEY: found" in text
    assert "recipes/demo.yaml (as asked)" in text
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["steps"] == 4 and (run_dir / "adapter" / "adapter_model.safetensors").is_file()
    assert "**Patient:**" in text  # the sample answer, shown as Markdown
    if platform == "colab":
        assert list((run_dir / "wandb").glob("offline-run-*"))
    if importlib.util.find_spec("medqa.evaluation.run") and (ROOT / "scripts" / "evaluate.py").is_file():
        assert (run_dir / "eval" / "report.md").is_file() and "held-out loss" in text
    else:
        assert "evaluation skipped" in text
    if importlib.util.find_spec("medqa.export.run") and importlib.util.find_spec("conversion"):
        # On Kaggle the merge ran in temp/ and the GGUF was moved into the saved run folder.
        assert len(list((run_dir / "gguf").glob("*.gguf"))) == 1
        if platform == "kaggle":
            assert (files / "temp" / "medqa" / "demo").is_dir() and not list((files / "temp").rglob("*.gguf"))
    else:
        assert "export skipped" in text
    assert f"run folder: {run_dir}" in text
    if platform == "kaggle":
        assert "Save Version" in text and "not saved" in text
    assert seconds < 180, f"{platform} took {seconds:.0f} s"  # ~35-55 s on 2 idle cores; guards against a full epoch
    print(f"{platform}: {seconds:.1f} s")


def test_a_medqa_error_in_a_cell_is_one_line_and_stops_run_all(tmp_path, monkeypatch):
    pytest.importorskip("nbclient", reason="needs the dev extra (nbclient, nbformat, ipykernel)")
    pytest.importorskip("ipykernel", reason="needs the dev extra (nbclient, nbformat, ipykernel)")
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    kernel = _kernelspec(tmp_path / "jupyter", {"PYTHONPATH": str(ROOT)})
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("from medqa import notebook as nb\nnb.setup()"),
        nbformat.v4.new_code_cell(
            "from medqa.config import ConfigError\nraise ConfigError(\"'train.lr': unknown key\")"),
        nbformat.v4.new_code_cell("print('not reached')"),
    ])
    with pytest.raises(CellExecutionError):
        NotebookClient(nb, kernel_name=kernel, timeout=60).execute()
    error = nb.cells[1].outputs[0]
    assert error.output_type == "error" and error.traceback == ["ConfigError: 'train.lr': unknown key"]
    assert nb.cells[2].outputs == []
