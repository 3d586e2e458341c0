import pytest
import yaml
from conftest import DEMO, run_script

from medqa.config import ConfigError, apply_override, load_config


def test_override_parses_values_as_yaml():
    cfg = load_config(DEMO, ["train.learning_rate=1e-4", "data.max_rows=50", "hub.repo_id=alice/medqa"])
    assert cfg.train.learning_rate == pytest.approx(1e-4)
    assert cfg.data.max_rows == 50
    assert cfg.hub.repo_id == "alice/medqa"


def test_yaml_off_means_off(tmp_path):
    raw = yaml.safe_load(DEMO.read_text())
    raw["tracking"] = {"wandb": False}  # what a bare `wandb: off` loads as
    p = tmp_path / "r.yaml"
    p.write_text(yaml.safe_dump(raw))
    assert load_config(p).tracking.wandb == "off"


@pytest.mark.parametrize(
    "override, expected",
    [
        ("train.learning_rat=1e-4", "unknown key 'train.learning_rat': did you mean 'learning_rate'?"),
        ("model.backend=tensorflow", "'model.backend': Input should be 'auto', 'unsloth' or 'peft'"),
        ("train.micro_batch_size=0", "'train.micro_batch_size': Input should be greater than 0"),
        ("train.epochs=many", "'train.epochs': Input should be a valid number"),
        ("hub.repo_id=not a repo", "'hub.repo_id': must look like 'owner/name'"),
        ("data.max_rows=-5", "'data.max_rows': Input should be greater than 0"),
    ],
)
def test_bad_values_name_the_key(override, expected):
    with pytest.raises(ConfigError) as e:
        load_config(DEMO, [override])
    assert expected in str(e.value)
    assert "\n" not in str(e.value)


def test_override_into_a_value_is_refused():
    with pytest.raises(ConfigError, match="'run_name' is not a section"):
        apply_override({"run_name": "x"}, "run_name.sub=1")


def test_override_with_bad_yaml_value_is_one_line():
    with pytest.raises(ConfigError, match="not valid YAML") as e:
        load_config(DEMO, ["eval.questions=[Is it bad?"])
    assert "\n" not in str(e.value)


def test_malformed_yaml_names_the_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("model:\n  name: x\n   backend: [peft\n")
    with pytest.raises(ConfigError, match=r"not valid YAML at line \d+"):
        load_config(p)


def test_missing_recipe():
    with pytest.raises(ConfigError, match="not found"):
        load_config("recipes/nope.yaml")


def test_script_typo_is_one_line_exit_2_no_traceback(tmp_path):
    r = run_script("scripts/finetune.py", str(DEMO), "train.learning_rat=1e-4", f"output_dir={tmp_path}")
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("medqa: error:") and "train.learning_rat" in lines[0]
    assert "Traceback" not in r.stderr + r.stdout
    assert not any(tmp_path.iterdir())  # nothing written
