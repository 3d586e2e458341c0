"""The Ollama Modelfile export writes: its TEMPLATE, rendered with Go template semantics, is exactly the prompt the
model was trained on (transformers' apply_chat_template without the BOS)."""

import json
import os
import re
import shutil
import subprocess

import pytest

from medqa.export import ollama

CONVERSATIONS = {
    "system + user": [{"role": "system", "content": "You are a careful doctor."},
                      {"role": "user", "content": "I have had a cough for three days."}],
    "multi-turn": [{"role": "system", "content": "You are a careful doctor."},
                   {"role": "user", "content": "I have a headache."},
                   {"role": "assistant", "content": "Since when?"},
                   {"role": "user", "content": "Since this <|eot_id|> morning."}],
}


# ------------------------------------------------------------------ Go's text/template, the constructs used
ACTION = re.compile(r"\{\{(-?)\s*(.*?)\s*(-?)\}\}", re.S)


def _parse(tmpl: str) -> list:
    """Text and actions as a tree: str, ("field", name), ("range", field, body), ("if_ne", field, value, body).
    Trim markers as Go applies them: `{{-` removes the whitespace before, `-}}` the whitespace after."""
    items, pos, trim_next = [], 0, False
    for m in ACTION.finditer(tmpl):
        text = tmpl[pos:m.start()]
        text = text.lstrip() if trim_next else text
        items.append(text.rstrip() if m[1] else text)
        items.append(m[2])
        trim_next, pos = bool(m[3]), m.end()
    items.append(tmpl[pos:].lstrip() if trim_next else tmpl[pos:])
    tree, stack = [], []
    node = tree
    for i, item in enumerate(items):
        if i % 2 == 0:
            node.append(item)
        elif item == "end":
            node = stack.pop()
        elif m := re.fullmatch(r"range \.(\w+)", item):
            stack.append(node)
            node.append(("range", m[1], []))
            node = node[-1][2]
        elif m := re.fullmatch(r'if ne \.(\w+) "([^"]*)"', item):
            stack.append(node)
            node.append(("if_ne", m[1], m[2], []))
            node = node[-1][3]
        elif m := re.fullmatch(r"\.(\w+)", item):
            node.append(("field", m[1]))
        else:
            raise AssertionError(f"the Python renderer does not know the Go construct {{{{{item}}}}}")
    assert not stack, "unclosed range/if"
    return tree


def _execute(tree: list, dot: dict) -> str:
    out = []
    for n in tree:
        if isinstance(n, str):
            out.append(n)
        elif n[0] == "field":
            out.append(str(dot[n[1]]))
        elif n[0] == "range":
            out += [_execute(n[2], item) for item in dot[n[1]]]
        elif n[0] == "if_ne" and dot[n[1]] != n[2]:
            out.append(_execute(n[3], dot))
    return "".join(out)


GO_MAIN = """package main

import (
\t"encoding/json"
\t"os"
\t"text/template"
)

type Message struct{ Role, Content string }

func main() {
\tsrc, _ := os.ReadFile(os.Args[1])
\tvar data struct {
\t\tSystem   string
\t\tMessages []Message
\t}
\traw, _ := os.ReadFile(os.Args[2])
\tif err := json.Unmarshal(raw, &data); err != nil {
\t\tpanic(err)
\t}
\tt := template.Must(template.New("t").Parse(string(src)))
\tif err := t.Execute(os.Stdout, data); err != nil {
\t\tpanic(err)
\t}
}
"""


def _go_render(tmpl: str, data: dict, tmp_path) -> str:
    (tmp_path / "main.go").write_text(GO_MAIN)
    (tmp_path / "t.tmpl").write_text(tmpl, encoding="utf-8")
    (tmp_path / "data.json").write_text(json.dumps(data), encoding="utf-8")
    env = {**os.environ, "GOCACHE": str(tmp_path / "gocache"), "GOPATH": str(tmp_path / "gopath"),
           "GOFLAGS": "-mod=mod", "GO111MODULE": "off"}
    r = subprocess.run(["go", "run", "main.go", "t.tmpl", "data.json"], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _ollama_values(messages: list[dict]) -> dict:
    """What Ollama hands the template for a chat: every message, and the system messages' contents joined."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    return {"System": system, "Messages": [{"Role": m["role"], "Content": m["content"]} for m in messages]}


def _expected(tokenizer, messages: list[dict]) -> str:
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert text.startswith(tokenizer.bos_token)
    return text.removeprefix(tokenizer.bos_token)  # Ollama adds the BOS token itself


# ------------------------------------------------------------------ tests
@pytest.mark.parametrize("name", CONVERSATIONS)
def test_template_renders_the_training_prompt(tokenizer, name):
    tmpl = ollama.template(tokenizer)
    messages = CONVERSATIONS[name]
    assert "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n" in tmpl
    assert _execute(_parse(tmpl), _ollama_values(messages)) == _expected(tokenizer, messages)


@pytest.mark.skipif(shutil.which("go") is None, reason="Go is not installed (Debian: apt-get install golang-go)")
def test_template_in_gos_own_text_template(tokenizer, tmp_path):
    tmpl = ollama.template(tokenizer)
    for i, messages in enumerate(CONVERSATIONS.values()):
        folder = tmp_path / str(i)
        folder.mkdir()
        assert _go_render(tmpl, _ollama_values(messages), folder) == _expected(tokenizer, messages)


def test_python_renderer_follows_go_trim_markers():
    """The renderer's own check, on outputs Go's documentation gives for trim markers."""
    assert _execute(_parse("{{ .A -}} < {{- .B }}"), {"A": 23, "B": 45}) == "23<45"  # Go's example
    assert _execute(_parse("a \n{{- range .M }} x{{ .R }}{{ end }}\n b"), {"M": [{"R": 1}, {"R": 2}]}) == "a x1 x2\n b"


def test_a_template_other_than_llama_31s_is_refused(tokenizer):
    class Other:
        def apply_chat_template(self, msgs, tokenize, add_generation_prompt):
            turns = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in msgs)
            return turns + "<|im_start|>assistant\n"

    with pytest.raises(ollama.OllamaError, match="not Llama 3.1's"):
        ollama.template(Other())


def test_system_prompt_with_triple_quotes_is_refused():
    with pytest.raises(ollama.OllamaError, match='"""'):
        ollama.modelfile("./x.gguf", "T", 'say """hi"""', 512)


def test_export_writes_a_modelfile_beside_the_gguf(gguf_file, trained_run):
    from transformers import AutoTokenizer

    from medqa.config import load_config

    cfg = load_config(trained_run / "config.yaml")
    text = ollama.modelfile_path(gguf_file).read_text(encoding="utf-8")
    source = re.search(r"^FROM (.+)$", text, re.M)[1]
    assert (gguf_file.parent / source).resolve() == gguf_file.resolve()  # relative to the Modelfile, as Ollama reads
    assert re.search(r'^SYSTEM """(.*?)"""$', text, re.M | re.S)[1] == cfg.data.system_prompt
    assert re.findall(r'^PARAMETER stop "(.+)"$', text, re.M) == ["<|eot_id|>", "<|start_header_id|>",
                                                                    "<|end_header_id|>"]
    tmpl = re.search(r'^TEMPLATE """(.*?)"""$', text, re.M | re.S)[1]
    tok = AutoTokenizer.from_pretrained(trained_run / "adapter")
    messages = [{"role": "system", "content": cfg.data.system_prompt}, {"role": "user", "content": "I feel dizzy."}]
    assert _execute(_parse(tmpl), _ollama_values(messages)) == _expected(tok, messages)
