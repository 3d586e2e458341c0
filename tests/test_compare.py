"""`scripts/evaluate.py --compare ... --judge ...` against real OpenAI-compatible servers on 127.0.0.1 (`medqa serve`
and llama-cpp-python's own server, both over the tiny run's GGUF), and the parts it is made of."""

import json
import os
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import ROOT, free_port, run_script, start_server

from medqa.evaluation import compare, judge

KEY = "sk-test-7d41c09be2"  # made up for this test's `medqa serve`: it must show up in no output


# ---------------------------------------------------------------------------------------- parts
def test_endpoint_forms_and_errors():
    ep = compare.parse_endpoint("ollama=http://127.0.0.1:11434/v1/#llama3.1:8b")
    assert (ep.name, ep.base_url, ep.model) == ("ollama", "http://127.0.0.1:11434/v1", "llama3.1:8b")
    assert compare.parse_endpoint("https://api.openai.com/v1#gpt-4o", "--judge", "judge").name == "judge"
    for bad in ("http://127.0.0.1:8000/v1#m", "x=http://127.0.0.1:8000/v1", "x=ftp://h#m", "base=http://h/v1#m"):
        with pytest.raises(compare.CompareError, match="NAME=URL#MODEL"):
            compare.parse_endpoint(bad)


def test_api_key_per_endpoint_then_openai(monkeypatch):
    ep = compare.parse_endpoint("my-gpt=https://api.openai.com/v1#gpt-4o-mini")
    monkeypatch.delenv("MEDQA_COMPARE_MY_GPT_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-general")
    assert ep.api_key() == "sk-general"
    monkeypatch.setenv("MEDQA_COMPARE_MY_GPT_API_KEY", "sk-this-one")
    assert ep.api_key() == "sk-this-one"


@pytest.mark.parametrize("reply, letter", [("C", 2), ("B. Escherichia coli", 1), ("Answer: D", 3), ("**A**", 0),
                                           ("The answer is (B).", 1), ("I think it is a virus", None), ("", None)])
def test_reply_letter(reply, letter):
    assert compare.reply_letter(reply) == letter


def test_judge_pairs_alternate_and_win_rates_count():
    items = judge.pairs(["q1", "q2", "q3", "q4"], ["t1", "t2", "t3", "t4"], ["o1", "o2", "o3", "o4"])
    assert [(i["a"], i["b"], i["tuned"]) for i in items] == [("t1", "o1", "A"), ("o2", "t2", "B"),
                                                            ("t3", "o3", "A"), ("o4", "t4", "B")]
    side = dict.fromkeys(judge.CRITERIA, True)
    verdicts = [judge.parse(json.dumps({"a": side, "b": {**side, "clarity": False}, "winner": w}))
                for w in ("A", "A", "tie")] + [judge.parse("I prefer the first one")]
    r = judge.win_rates(items, verdicts)
    assert (r["wins"], r["losses"], r["ties"], r["no_verdict"]) == (1, 1, 1, 1) and r["win_rate"] == 0.5
    assert r["criteria_met"]["finetuned"]["clarity"] == 2 and r["criteria_met"]["other"]["clarity"] == 1
    assert judge.rubric()[0].startswith("medqa-judge-1")


def test_bad_compare_spec_is_one_line(tmp_path):
    r = run_script("scripts/evaluate.py", str(tmp_path), "--compare", "gpt4o")
    assert r.returncode == 2 and r.stderr.startswith("medqa: error: --compare 'gpt4o'") and "Traceback" not in r.stderr


# ---------------------------------------------------------------------------------------- real servers
@pytest.fixture(scope="module")
def servers(gguf_file, tmp_path_factory):
    """`medqa serve` with an API key, and llama-cpp-python's own server (JSON schemas for the judge)."""
    pytest.importorskip("openai", reason="the openai client is in the [eval] and [dev] extras")
    pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] is not installed")
    ports, logs = [free_port(), free_port()], tmp_path_factory.mktemp("server-logs")
    served = start_server([sys.executable, "scripts/serve.py", str(gguf_file), "--port", str(ports[0])], ports[0],
                          logs / "served.log", env={"MEDQA_API_KEY": KEY})
    # llama-cpp-python's server module, after medqa loads llama.cpp's backends (medqa/export/llamacpp.py)
    code = ("import runpy, sys; from medqa.export.gguf import import_llama_cpp; import_llama_cpp(); "
            f"sys.argv = ['llama_cpp.server', '--model', {str(gguf_file)!r}, '--host', '127.0.0.1', '--port', "
            f"'{ports[1]}', '--model_alias', 'tiny-llamacpp', '--n_ctx', '2048']; "
            "runpy.run_module('llama_cpp.server', run_name='__main__')")
    llamacpp = start_server([sys.executable, "-c", code], ports[1], logs / "llamacpp.log")
    yield {"served": served.url + "/v1", "llamacpp": llamacpp.url + "/v1"}
    for server in (served, llamacpp):
        server.stop(signal.SIGTERM, timeout=30)
    assert KEY not in served.log_text()  # the key reached the server and no log line


def test_compare_two_served_models_and_a_judge(servers, trained_run, tmp_path):
    run_dir = tmp_path / "run"
    shutil.copytree(trained_run, run_dir, ignore=shutil.ignore_patterns("checkpoints", "gguf", "eval"))
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there: connections are refused
    argv = [sys.executable, "scripts/evaluate.py", str(run_dir), 'eval.questions=["Is a mild fever dangerous?"]',
            "eval.compare_questions=2", "eval.mcq_max=4", "eval.benchmark_limit=4",
            "eval.compare_timeout_s=900",  # one llama.cpp slot, a queue of 4, a CPU shared with other tests
            "--compare", f"served={servers['served']}#tiny",
            "--compare", f"llamacpp={servers['llamacpp']}#tiny-llamacpp",
            "--compare", f"dead={dead}#nothing",
            "--judge", f"{servers['llamacpp']}#tiny-llamacpp"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "MEDQA_COMPARE_SERVED_API_KEY": KEY}
    # 45 judged pairs and 4 models' answers on a shared 2-core CPU: longer than run_script's 10 minutes
    r = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stderr[-3000:]
    results_text = (run_dir / "eval" / "results.json").read_text(encoding="utf-8")
    report = (run_dir / "eval" / "report.md").read_text(encoding="utf-8")
    c = json.loads(results_text)["compare"]

    # every model: answers to the same questions, hygiene, red flags and MCQ by letter
    assert list(c["models"]) == ["base", "finetuned", "served", "llamacpp"]
    assert len(c["questions"]) == 3 and c["questions"][0] == "Is a mild fever dangerous?"
    for name, m in c["models"].items():
        assert len(m["answers"]) == 3 and len(m["red_flags"]) == len(c["red_flag_questions"]) >= 8
        assert any(a.strip() for a in m["answers"]), name  # a tiny model's words, but words
        s = m["scores"]
        assert s["mcq_letter"]["n"] == 4 and len(s["mcq_letter"]["picks"]) == 4
        assert s["red_flags"]["n"] == len(m["red_flags"]) and s["hygiene"]["n"] == 3 + len(m["red_flags"])
        assert f"| {name} |" in report
    assert c["models"]["served"]["endpoint"] == {"name": "served", "base_url": servers["served"], "model": "tiny"}

    # the dead endpoint: one line naming it, the others kept
    assert [f["name"] for f in c["failed"]] == ["dead"]
    # medqa's log is on stdout; the summary's "left out: dead" names it again, as a list, not as the failure
    lines = [line for line in (r.stdout + r.stderr).splitlines() if "--compare dead" in line]
    assert len(lines) == 1 and lines[0].startswith("medqa: --compare dead (") and "left out" in lines[0]
    assert "Traceback" not in r.stderr

    # the judge: every pair got a verdict (JSON enforced by llama.cpp's server), the rubric and judge named
    j = c["judge"]
    assert j["rubric_version"].startswith("medqa-judge-1") and j["judge"]["model"] == "tiny-llamacpp"
    assert set(j["against"]) == {"base", "served", "llamacpp"}
    for w in j["against"].values():
        assert w["n"] == 3 + len(c["red_flag_questions"]) and w["no_verdict"] == 0
        assert w["wins"] + w["losses"] + w["ties"] == w["n"]
    assert "## Judged by a model (an opinion, not ground truth)" in report
    assert "## Side by side with other models" in report and "**served:**" in report

    # the API key reached its server (answers came back) and nothing else
    for text in (r.stdout, r.stderr, report, results_text):
        assert KEY not in text
