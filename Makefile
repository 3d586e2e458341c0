# medqa: two commands, nothing else to install first.
#   make demo   create .venv if missing, install what the demo needs, then the whole pipeline on a toy
#               model (CPU, minutes):
#               fine-tune -> export GGUF and verify it in llama.cpp -> evaluate -> answer through llama.cpp
#   make test   create .venv if missing, install everything, run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
LOCK := requirements/lock
# Every install step installs from a hashed lock (requirements/lock, written by `make lock`): pip refuses a
# file whose sha256 the lock does not list, and any package the lock does not pin (README: "The lock").
PIP := $(PY) -m pip install --disable-pip-version-check -q --require-hashes
# The project itself, over the locked set: no dependency resolved, its build backend (setuptools) the lock's.
PIP_PROJECT := $(PY) -m pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e .
# torch's CPU build is not on PyPI: pip reads PyTorch's page of CPU wheels for it, in its own step.
TORCH_WHEELS ?= https://download.pytorch.org/whl/cpu/torch/
# The locks are for CPython 3.11 on Linux x86-64 (the CPU torch's hash is known for that wheel only).
CHECK_PYTHON := import sys; sys.exit(None if sys.version_info[:2] == (3, 11) else "medqa: error: the CPU lock \
(requirements/lock/cpu-py311.txt) is for Python 3.11, $(PY) is " + sys.version.split()[0] + ": make clean, then \
make demo PYTHON=python3.11")
DEMO_QUESTION := I have had a dry cough and a mild fever for three days. Should I see a doctor?

.PHONY: install demo test clean lock

install: $(VENV)/.installed

# What the demo needs: the package, lm-evaluation-harness (the [eval] extra: evaluation's MCQ engine),
# llama.cpp's converter and llama.cpp (llama-cpp-python). PyPI has
# llama-cpp-python only as sources, whose build compiles llama.cpp for minutes; install_llama_cpp.py
# builds its Python package without compiling, repacks it with llama.cpp's prebuilt libraries from the
# npm registry into one wheel (0.3.34+npm.b10068: works without medqa, uninstalls cleanly) on Linux
# x86-64, and compiles only elsewhere (medqa/export/llamacpp.py).
$(VENV)/.demo-installed: $(LOCK)/pip.txt $(LOCK)/torch-cpu-py311.txt $(LOCK)/cpu-py311-demo.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -c '$(CHECK_PYTHON)'
	$(PIP) -r $(LOCK)/pip.txt
	# pip's own configuration first (a wheel your pip already finds, offline); PyTorch's page only when it finds none
	$(PIP) --no-deps -r $(LOCK)/torch-cpu-py311.txt 2>/dev/null || $(PIP) --no-deps -f $(TORCH_WHEELS) -r $(LOCK)/torch-cpu-py311.txt
	$(PIP) -r $(LOCK)/cpu-py311-demo.txt
	$(PIP_PROJECT)
	$(PY) scripts/install_llama_cpp.py
	touch $@

# Everything, for the tests: the dev tools, Unsloth and `medqa serve`'s server on top of the demo's set.
$(VENV)/.installed: $(VENV)/.demo-installed $(LOCK)/cpu-py311.txt $(LOCK)/unsloth.txt
	$(PIP) -r $(LOCK)/cpu-py311.txt
	# unsloth's metadata asks for torchvision, xformers and diffusers, which it does not need here
	# (pyproject.toml, [unsloth] extra): installed without them.
	$(PIP) --no-deps -r $(LOCK)/unsloth.txt
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

# Rewrite the locks from pyproject.toml and requirements/*.{txt,in} (uv; tools/lock.py says how).
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -c requirements/pins.txt uv
	$(PY) tools/lock.py

clean:
	rm -rf $(VENV) outputs
