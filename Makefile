# medqa: two commands, nothing else to install first.
#   make demo   create .venv if missing, install, fine-tune the tiny demo model end to end (CPU, minutes)
#   make test   create .venv if missing, install, run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Every install step is constrained: torch stays the pinned CPU build, the rest the pinned set.
PIP := $(PY) -m pip install --disable-pip-version-check -q -c requirements/constraints.txt

.PHONY: install demo test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/constraints.txt requirements/pins.txt requirements/unsloth.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[dev,unsloth]'
	# unsloth's metadata asks for torchvision, xformers and diffusers, which it does not need here
	# (pyproject.toml, [unsloth] extra): install it without them.
	$(PIP) --no-deps -r requirements/unsloth.txt
	touch $@

demo: install
	$(PY) scripts/finetune.py recipes/demo.yaml --overwrite

test: install
	$(PY) -m pytest

clean:
	rm -rf $(VENV) outputs
