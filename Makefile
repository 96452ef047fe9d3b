# Attrition — build, test and lint entry points. See Docs/Development.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

SWIFT ?= swift
ARGS ?=

# Test data shared between the workbenches; exported to `swift test` only when the folder exists.
ATTRITION_DATA ?= $(wildcard $(abspath ../shared/datasets))

# The Python packages the tests drive as real clients (html5lib parses rendered pages as a
# browser does, markdown-it-py reads Markdown as CommonMark with GitHub's tables), in a virtual
# environment of their own.
TEST_VENV := .test/venv
TEST_PACKAGES := html5lib==1.1 markdown-it-py==3.0.0

# Paths checked by swift-format (only those that exist; `.build` folders are never among them).
FORMAT_PATHS := $(wildcard Package.swift Sources Tests Plugins)
LINT := $(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

.PHONY: deps test-clients build release run test lint format clean bench fuzz fuzz-merge soak screenshots

## deps: install libedit-dev (and pkg-config) when libedit is not found, libcurl4-openssl-dev
## (attrition-fetch downloads through libcurl) when libcurl is not found, and tmux (the REPL's
## terminal tests drive it) and GNU time (the exhaustion tests read peak memory through it) when
## missing, with apt-get
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	  packages="libedit-dev"; \
	  if ! command -v pkg-config >/dev/null 2>&1; then packages="$$packages pkg-config"; fi; \
	  echo "deps: installing $$packages"; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $$packages; \
	  pkg-config --exists libedit || { echo "deps: libedit still not found by pkg-config" >&2; exit 1; }; \
	fi
	@if ! pkg-config --exists libcurl 2>/dev/null; then \
	  sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	  echo "deps: installing libcurl4-openssl-dev"; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y libcurl4-openssl-dev; \
	  pkg-config --exists libcurl || { echo "deps: libcurl still not found by pkg-config" >&2; exit 1; }; \
	fi
	@if [ ! -x /usr/bin/time ]; then \
	  sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	  echo "deps: installing time"; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y time; \
	  [ -x /usr/bin/time ] || { echo "deps: /usr/bin/time still not found" >&2; exit 1; }; \
	fi
	@if ! command -v tmux >/dev/null 2>&1; then \
	  sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	  echo "deps: installing tmux"; \
	  $$sudo apt-get update; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y tmux; \
	  command -v tmux >/dev/null 2>&1 || { echo "deps: tmux still not found" >&2; exit 1; }; \
	fi

## test-clients: the tests' Python clients in $(TEST_VENV), created and filled from PyPI when missing
test-clients:
	@if ! $(TEST_VENV)/bin/python3 -c 'import html5lib, markdown_it' 2>/dev/null; then \
	  echo "test-clients: installing $(TEST_PACKAGES) into $(TEST_VENV)"; \
	  if ! python3 -c 'import ensurepip' 2>/dev/null; then \
	    sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	    $$sudo apt-get update; $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv; \
	  fi; \
	  python3 -m venv $(TEST_VENV); \
	  $(TEST_VENV)/bin/pip install --quiet --disable-pip-version-check $(TEST_PACKAGES); \
	fi

## build: debug build
build:
	$(SWIFT) build

## release: release build
release:
	$(SWIFT) build -c release

## run: release build, then start attrition with $(ARGS), e.g. make run ARGS='-e "950k / 400k"'
run: deps
	$(SWIFT) build -c release
	exec .build/release/attrition $(ARGS)

## test: build and run all tests, then the format lint; fails if any step fails. Without
## ../shared/datasets (or ATTRITION_DATA), first pulls every public dataset into the cache and tests against it.
test: deps test-clients
	$(SWIFT) build --build-tests
ifeq ($(ATTRITION_DATA),)
	$(SWIFT) run attrition data pull --all
	ATTRITION_DATA="$$($(SWIFT) run --quiet attrition data path --cache)" $(SWIFT) test
else
	ATTRITION_DATA='$(ATTRITION_DATA)' $(SWIFT) test
endif
	$(LINT)

## lint: swift-format in strict lint mode
lint:
	$(LINT)

## format: rewrite files in place with swift-format
format:
	$(SWIFT) format format --in-place --recursive $(FORMAT_PATHS)

## bench: release build, a virtual environment with the peers in .bench/venv (created and filled
## from PyPI when missing), then Tests/Benchmarks/bench.py against the peers in ../shared/bench/peers:
## start-up (T3, first prompt; BENCH_REPS=15 repetitions) and T1/T2 at 1M and 10M rows on CSVs that
## ../shared/bench/gen_losses.py writes once into .bench/data (BENCH_DATA_REPS=5 repetitions);
## BENCH_TASKS picks tasks. Not part of make test. See Docs/Performance.md.
BENCH_VENV := .bench/venv
BENCH_PEERS ?= $(abspath ../shared/bench/peers)
BENCH_PACKAGES := duckdb duckdb-cli polars pandas pyarrow
BENCH_REPS ?= 15
BENCH_DATA_REPS ?= 5
BENCH_TASKS ?= t3,prompt,t1,t2
bench: deps
	$(SWIFT) build -c release
	@if ! $(BENCH_VENV)/bin/python3 -c 'import duckdb, duckdb_cli, polars, pandas, pyarrow' 2>/dev/null; then \
	  echo "bench: installing $(BENCH_PACKAGES) into $(BENCH_VENV)"; \
	  python3 -m venv $(BENCH_VENV); \
	  $(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check $(BENCH_PACKAGES); \
	fi
	$(BENCH_VENV)/bin/python3 Tests/Benchmarks/bench.py --reps '$(BENCH_REPS)' --data-reps '$(BENCH_DATA_REPS)' \
	  --tasks '$(BENCH_TASKS)' --peers '$(BENCH_PEERS)'

## fuzz: builds the fuzz driver with libFuzzer and AddressSanitizer (release, in .build/fuzz), then fuzzes
## each of FUZZ_TARGETS for FUZZ_SECONDS (default 60) from its seeds in Tests/Fuzz/<target>/corpus. Crash
## inputs land in Tests/Fuzz/<target>/crashes/ (commit them: make test replays them). Prints executions per
## target and fails if any target crashed. Not part of make test. See Docs/Reliability.md.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= parser evaluator csv json geojson notebook chart manifest
FUZZ_DRIVER := .build/fuzz/release/attrition-fuzz
FUZZ_FLAGS := -c release --product attrition-fuzz --scratch-path .build/fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DATTRITION_FUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
fuzz: deps
	$(SWIFT) build $(FUZZ_FLAGS)
	Tests/Fuzz/run.sh $(FUZZ_DRIVER) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## fuzz-merge: adds the inputs of .build/fuzz-corpus/<target> that reach new code to Tests/Fuzz/<target>/corpus
## (libFuzzer's -merge=1), so the committed corpus grows only by what matters.
fuzz-merge:
	$(SWIFT) build $(FUZZ_FLAGS)
	for target in $(FUZZ_TARGETS); do \
	  SWIFT_BACKTRACE=enable=no $(FUZZ_DRIVER) $$target -merge=1 Tests/Fuzz/$$target/corpus .build/fuzz-corpus/$$target; \
	done

## soak: release build, then Tests/Soak/soak.py drives the REPL through a pty (tmux) for SOAK_LINES (10,000)
## lines of mixed valid and invalid input and checks that memory stays flat, the session and its bindings
## survive, Ctrl-D exits 0 and the history file is intact. Not part of make test. See Docs/Reliability.md.
SOAK_LINES ?= 10000
soak: deps
	$(SWIFT) build -c release --product attrition
	python3 Tests/Soak/soak.py --binary .build/release/attrition --lines $(SOAK_LINES)

## screenshots: renders every notebook of Notebooks/ to HTML in .build/screenshots and photographs each page with
## headless Chromium at a desktop (1280 px) and a phone (390 px) width, to look at before publishing. Needs
## chromium; not part of make test. See Docs/Notebooks.md.
screenshots: deps
	$(SWIFT) build
	ATTRITION_DATA='$(ATTRITION_DATA)' Tests/Screenshots/screenshots.sh .build/debug/attrition .build/screenshots

## clean: remove build artifacts
clean:
	$(SWIFT) package clean
