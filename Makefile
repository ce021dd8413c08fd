# claimtrack: `make report` runs the main job, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= 2
LAB_ARGS ?=
# Every Python file; the notebooks through their jupytext .py pairs (notebooks/jupytext.toml).
CODE   := src tests scripts benchmarks notebooks
NOTEBOOKS := $(wildcard notebooks/*.ipynb)
# JupyterLab refuses to run as root without being told; containers often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,lab,dask]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (claimtrack)" >/dev/null
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install claimtrack with its dev tools

report: $(STAMP) ## Brief every incident in data/statements, plus the overview; writes reports/
	MPLBACKEND=Agg $(BIN)/claimtrack schedule --all --jobs $(JOBS)
	@echo "Reports: $(CURDIR)/reports/index.html (every run); latest of each: $(CURDIR)/reports/latest/"

test: $(STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest -n $(JOBS)

lint: $(STAMP) ## ruff check and format check; each notebook stripped and equal to its .py
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/nbstripout --verify $(NOTEBOOKS)
	@for nb in $(NOTEBOOKS); do \
	  diff=$$($(BIN)/jupytext --diff "$${nb%.ipynb}.py" "$$nb") || exit 1; \
	  if [ -n "$$diff" ]; then echo "$$diff"; echo "$$nb and its .py differ: make format"; exit 1; fi; \
	done

# Sync first (an edit to either file of a pair wins), format the .py files, sync them into the
# .ipynb, strip (new cells get the ids nbstripout numbers), touch the .py (now the newer file).
format: $(STAMP) ## Format the code with ruff; bring each notebook into step with its .py
	$(BIN)/jupytext --quiet --sync $(NOTEBOOKS)
	$(BIN)/ruff format $(CODE)
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/jupytext --quiet --sync $(NOTEBOOKS:.ipynb=.py)
	$(BIN)/nbstripout $(NOTEBOOKS)
	$(BIN)/jupytext --quiet --sync $(NOTEBOOKS)

lab: $(STAMP) ## Start JupyterLab on the notebooks with the project's kernel; flags in LAB_ARGS="…"
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/notebooks $(ROOT_FLAG) $(LAB_ARGS)

clean: ## Remove .venv and what runs wrote to reports/
	rm -rf $(VENV) reports/*/

.PHONY: help install report test lint format lab clean
