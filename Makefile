# Every target bootstraps what it needs: a local .venv (Python >= 3.11) and, for the
# contract tests, node_modules with the pinned Prism.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC ?=
REGEN_ARGS := $(if $(SPEC),--spec $(SPEC),)

.PHONY: regen check test test-specs test-pythons lint bench soak record clean demo demo-device release

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# ALLOW_BREAKING=1: write the client even if it breaks SDK methods (recorded in the lock and
# CHANGELOG.md); without it, regen refuses with exit code 3 and names them.
regen: $(STAMP) node_modules/.installed
	$(PY) scripts/regen.py $(REGEN_ARGS) $(if $(ALLOW_BREAKING),--allow-breaking,)

check: $(STAMP)
	$(PY) scripts/regen.py --check

# Test files are spread over TEST_WORKERS processes (pytest-xdist), a file's tests kept together.
TEST_WORKERS ?= 2

test: $(STAMP) node_modules/.installed
	$(PY) -m pytest -q -m "not slow" -n $(TEST_WORKERS) --dist loadfile

# Every other Python the package claims (requires-python >= 3.11): a venv per version
# (.venv-py3.12, ...) from pyenv or PATH, running the unit, contract and emulator tests; the
# versions run side by side (make -j), each test run's output kept together.
PYTHONS ?= 3.12 3.13
PYENV_ROOT ?= $(HOME)/.pyenv
PYTHONS_TESTS := tests/core tests/resources tests/contract tests/emulator tests/typing

test-pythons: node_modules/.installed
	$(MAKE) --no-print-directory -j2 --output-sync=target $(addprefix test-py,$(PYTHONS))

.venv-py%/.installed: pyproject.toml
	@interpreter="$$(ls -d $(PYENV_ROOT)/versions/$*.*/bin/python$* 2>/dev/null | sort -V | tail -n 1)"; \
	interpreter="$${interpreter:-$$(command -v python$*)}"; \
	test -n "$$interpreter" || { echo "no Python $* (pyenv install $* or put python$* on PATH)"; exit 1; }; \
	"$$interpreter" -m venv .venv-py$*
	.venv-py$*/bin/python -m pip install --quiet --upgrade pip
	.venv-py$*/bin/python -m pip install --quiet -e '.[dev]'
	touch $@

# The fuzzer goes less deep here (the 3.11 run fuzzes at full depth, coverage phase included)
# to keep CI in its budget.
test-py%: .venv-py%/.installed node_modules/.installed
	REVYL_FUZZ_EXAMPLES=$${REVYL_FUZZ_EXAMPLES:-5} REVYL_FUZZ_PHASES=$${REVYL_FUZZ_PHASES:-examples,fuzzing} \
	.venv-py$*/bin/python -m pytest -q -p no:cacheprovider -m "not slow" $(PYTHONS_TESTS)

test-specs: $(STAMP) node_modules/.installed
	$(PY) -m pytest -q -m slow tests/regen

lint: $(STAMP)
	$(PY) -m ruff check overlay scripts tests benchmarks examples
	$(PY) -m mypy --strict overlay/revyl_sdk scripts examples
	MYPYPATH=benchmarks:tests/live:tests/reliability:tests $(PY) -m mypy --strict benchmarks

bench: $(STAMP) node_modules/.installed
	$(PY) benchmarks/run.py

# Load and faults at full size (tests/reliability runs them small): 32 threads on one client,
# 1,000 runs followed at once, the backend restarted mid-wait with cut streams and 10 % 502s.
soak: $(STAMP)
	$(PY) benchmarks/soak.py

# Re-record the cassettes: against REVYL_BACKEND_URL with REVYL_API_KEY when a key is set,
# otherwise against a fresh local emulator.
record: $(STAMP)
	$(if $(REVYL_API_KEY),,$(PY) -m revyl_sdk.testing run --) $(PY) -m pytest -q tests/cassettes --record-mode=rewrite

# The quickstart end to end against a local Revyl emulator: no account, no network. Its
# checkout test is scripted to fail at step 2, to show what a failed run's report says.
demo: $(STAMP)
	$(PY) -m revyl_sdk.testing run --fail-test "Quickstart checkout" --fail-at-step 2 \
		--fail-message 'The "Pay" button is missing' -- $(PY) examples/quickstart.py

# The device tour against a local emulator: a simulated Android device, screenshots in ./device-tour.
demo-device: $(STAMP)
	$(PY) -m revyl_sdk.testing run -- $(PY) examples/device_tour.py

# sdist + wheel in dist/, twine-checked, the wheel installed in a fresh venv and imported.
release: $(STAMP)
	$(PY) scripts/release.py

.PRECIOUS: .venv-py%/.installed

clean:
	rm -rf $(VENV) .venv-py* node_modules .pytest_cache .mypy_cache .ruff_cache dist
