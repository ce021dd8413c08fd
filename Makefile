# claimtrack: `make report` runs the main job, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= 2
LAB_ARGS ?=
# JupyterLab refuses to run as root without being told; containers often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,lab]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (claimtrack)" >/dev/null
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install claimtrack with its dev tools

report: $(STAMP) ## Brief every incident in data/statements, plus the overview; writes reports/
	MPLBACKEND=Agg $(BIN)/claimtrack schedule --all --jobs $(JOBS)
	@echo "Reports: $(CURDIR)/reports/index.html (every run); latest of each: $(CURDIR)/reports/latest/"

test: $(STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest -n $(JOBS)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

lab: $(STAMP) ## Start JupyterLab on the notebooks with the project's kernel; flags in LAB_ARGS="…"
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/notebooks $(ROOT_FLAG) $(LAB_ARGS)

clean: ## Remove .venv and what runs wrote to reports/
	rm -rf $(VENV) reports/*/

.PHONY: help install report test lint format lab clean
