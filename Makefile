# Two commands do all set-up on a fresh machine:
#   make demo   trace the bundled example and write out/calder-bridge.svg
#   make test   run the test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench bench-speed graphviz browser java clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

graphviz:
	@command -v dot >/dev/null 2>&1 || { \
	  echo "Installing Graphviz (dot)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq graphviz >/dev/null; }

# Java for the Spark engine (provenance[spark]) and its equality test.
java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Java 17 (for the Spark engine)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

# Headless Chromium for the tests that open our SVG and HTML as a browser shows them.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium (for the browser tests)…"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

demo: $(STAMP) graphviz
	mkdir -p out
	$(BIN)/provenance trace examples/calder-bridge --outlets examples/outlets.json
	$(BIN)/provenance trace examples/calder-bridge --outlets examples/outlets.json -o out/calder-bridge.svg
	$(BIN)/provenance trace examples/calder-bridge --outlets examples/outlets.json -o out/calder-bridge.json
	@echo "Wrote out/calder-bridge.svg and out/calder-bridge.json"

test: $(STAMP) graphviz browser java
	$(BIN)/ruff check provenance tests benchmarks
	$(BIN)/mypy provenance
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/eval_dates.py
	$(BIN)/python benchmarks/eval_outlets.py
	$(BIN)/python benchmarks/eval_attribution.py
	$(BIN)/python benchmarks/eval_meter.py
	$(BIN)/python benchmarks/eval_synth_piles.py
	$(BIN)/python benchmarks/bench_reuse.py --sizes 1000 --end-to-end 1000 10000 --baseline 100

# The full speed table of docs/performance.md (about 15 minutes; 100,000 articles).
bench-speed: $(STAMP)
	$(BIN)/python benchmarks/bench_reuse.py --sizes 1000 10000 100000 --end-to-end 1000 10000 100000 --baseline 100 300

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
