# medqa: two commands, nothing else to install first.
#   make demo   create .venv if missing, install, then the whole pipeline on a tiny model (CPU, minutes):
#               fine-tune -> export GGUF and verify it in llama.cpp -> evaluate -> answer through llama.cpp
#   make test   create .venv if missing, install, run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Every install step is constrained: torch stays the pinned CPU build, the rest the pinned set.
PIP := $(PY) -m pip install --disable-pip-version-check -q -c requirements/constraints.txt
DEMO_QUESTION := I have had a dry cough and a mild fever for three days. Should I see a doctor?

.PHONY: install demo test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/constraints.txt requirements/pins.txt requirements/unsloth.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# llama-cpp-python compiles llama.cpp (~6 min on 2 cores, once: pip caches the wheel); generic
	# x86-64 flags so the build runs on any machine, not just this CPU.
	CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF" $(PIP) -e '.[dev,unsloth,export,llamacpp]'
	# unsloth's metadata asks for torchvision, xformers and diffusers, which it does not need here
	# (pyproject.toml, [unsloth] extra): install it without them.
	$(PIP) --no-deps -r requirements/unsloth.txt
	touch $@

demo: install
	$(PY) scripts/finetune.py recipes/demo.yaml --overwrite
	$(PY) scripts/export.py outputs/demo --formats safetensors,gguf-f16,gguf-q8_0 --verify
	$(PY) scripts/evaluate.py outputs/demo
	@echo "Patient: $(DEMO_QUESTION)"
	@printf "medqa (outputs/demo/gguf/demo-Q8_0.gguf through llama.cpp): "
	@$(PY) scripts/chat.py outputs/demo/gguf/demo-Q8_0.gguf --max-new-tokens 32 --prompt "$(DEMO_QUESTION)"

test: install
	$(PY) -m ruff check medqa scripts tests notebooks tools
	$(PY) -m pytest

clean:
	rm -rf $(VENV) outputs
