# Shabaka: `make run` builds the seed graph, `make test` runs the test suite.
# Both set everything up on a fresh clone (virtualenv, package, system packages).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out
LOAD_TEST_SECONDS ?= 20
SUDO   := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run test bench docs sysdeps clean real-corpus real-eval

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $@

run: $(VENV)/.installed
	@rm -rf $(OUT)/answers
	$(BIN)/kg build seeds/ --output $(OUT)/graph.ttl --output $(OUT)/graph.trig
	$(BIN)/kg view --graph $(OUT)/graph.trig --output $(OUT)/graph.html
	$(BIN)/kg query queries/ --graph $(OUT)/graph.trig --format csv --output-dir $(OUT)/answers
	@echo "open $(OUT)/graph.html in a browser; answers are in $(OUT)/answers/"

# System packages the tests drive for real: a Java runtime for HermiT, Chromium for the
# HTML view. Installed only when missing (CI runs as root on a clean machine).
sysdeps:
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q default-jre-headless; }
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }
	@# Virtuoso for the remote-store round trip; the dba password is preseeded so the
	@# install asks nothing (the test runs its own server on a throw-away database).
	@command -v virtuoso-t >/dev/null 2>&1 || { \
	  printf '%s\n' 'virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba' \
	    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba' | $(SUDO) debconf-set-selections && \
	  $(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    --no-install-recommends virtuoso-opensource; }

test: $(VENV)/.installed sysdeps
	$(BIN)/python -m pytest -q

# Full run: 1k, 10k and 100k documents (long). Quick: make bench BENCH_ARGS="--sizes 1000 --quick"
bench: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
	$(BIN)/kg build seeds/ --output $(OUT)/bench-seed.nq --quiet
	$(BIN)/python benchmarks/load_test.py $(OUT)/bench-seed.nq --clients 20 --seconds $(LOAD_TEST_SECONDS)

# The real-news corpus (tests/gold/real/): its texts are not in the repo but in .cache/real/.
# real-corpus says which texts are cached and how to refill the missing ones (exit 1 if any);
# real-eval scores the dev and the scored-only test split against their golds.
real-corpus: $(VENV)/.installed
	$(BIN)/python tools/real_corpus.py check

real-eval: real-corpus
	$(BIN)/kg eval --gold tests/gold/real/dev/ .cache/real/dev/
	$(BIN)/kg eval --gold tests/gold/real/test/ .cache/real/test/

docs: $(VENV)/.installed
	$(BIN)/kg ontology-docs --output docs/ontology.md

clean:
	rm -rf $(OUT) $(VENV) .pytest_cache
