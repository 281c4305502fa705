# One target per step. `make run` and `make test` work on a fresh machine (Python 3.11 + pip).
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
SHARED ?= ../shared
OUT    ?= outputs

.PHONY: help install run test lint eval review summary bench clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create the venv and install the project with its test tools

run: $(STAMP)  ## extract amounts from corpus/ into outputs/
	$(PY) -m pipeline run corpus/ --out $(OUT)

test: $(STAMP)  ## run the test suite
	$(PY) -m pytest

lint: $(STAMP)  ## ruff: lint rules and formatting, checked only (settings in pyproject.toml)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

review: $(STAMP)  ## write outputs/report.html from the last run
	$(PY) -m pipeline review $(OUT)

summary: $(STAMP)  ## print the counts and totals of the last run
	$(PY) -m pipeline summary $(OUT)

eval: $(STAMP)  ## score money extraction on the dev benchmark and our gold cases, beside quantulum3
	$(PY) -m pipeline eval $(SHARED)/bench/recognizers.jsonl tests/gold/*.jsonl


bench: $(STAMP)  ## speed and memory on the Reuters corpus, and the review page's size and load time (skips when absent)
	$(PY) scripts/bench.py --corpus $(SHARED)/corpora/reuters21578.jsonl.gz
	$(PY) scripts/bench_report.py --corpus $(SHARED)/corpora/reuters21578.jsonl.gz

clean:  ## remove generated outputs (keeps outputs/.gitkeep)
	find $(OUT) -mindepth 1 ! -name .gitkeep -delete
