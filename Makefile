# Candor — common tasks. `make demo` and `make test` do all set-up on a fresh Debian machine.

SHELL := /bin/bash
SWIFT ?= swift
CORPUS ?= ../shared/corpus
# Debian packages the build, tests and tools need (checked with dpkg, installed by `make deps`).
APT_PACKAGES := pkg-config libhunspell-dev hunspell-en-us libcairo2-dev libpango1.0-dev \
  libzip-dev libpoppler-glib-dev libxml2-dev fonts-liberation fonts-dejavu-core poppler-utils \
  libreoffice-writer-nogui python3-docx chromium
BIN := .build/debug/candor
RELEASE_BIN := .build/release/candor
# Folders that hold Swift code, for the formatter.
SWIFT_DIRS := Sources Tests Benchmarks fuzz
# `make fuzz FUZZ_SECONDS=600 FUZZ_TARGETS="json-syntax resume-json"`; see fuzz/run.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= all

.PHONY: all deps build release test demo corpus bench bench-write bench-documents bench-review \
  bench-tools bench-keywords hot-functions fuzz lint format clean

all: build

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then echo "deps: all present"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "deps: missing$$missing; run:"; \
	  echo "  sudo apt-get install -y --no-install-recommends$$missing"; exit 1; fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests
	CANDOR_CORPUS=$(abspath $(CORPUS)) $(SWIFT) test 2>&1 | tee .build/test.log \
	  | grep -E '✘|error:|Test run with|Suite .* skipped' ; test $${PIPESTATUS[0]} -eq 0
	$(MAKE) lint

lint:
	@out=$$($(SWIFT) format lint --recursive --strict $(SWIFT_DIRS) 2>&1); \
	  long=$$(LC_ALL=C.UTF-8 grep -rnE --include='*.swift' '^.{101,}' $(SWIFT_DIRS) \
	    | cut -d: -f1,2 | sed 's/$$/: line longer than 100 columns/'); \
	  if [ -n "$$out$$long" ]; then printf '%s\n' "$$out" "$$long" | sed '/^$$/d' | head -50; \
	  exit 1; fi; echo "lint: clean"

format:
	$(SWIFT) format --in-place --recursive $(SWIFT_DIRS)

demo: build
	@mkdir -p .build/demo
	@echo '$$ candor write --job Examples/posting.md --resume Examples/resume.md'
	@echo
	@$(BIN) write --job Examples/posting.md --resume Examples/resume.md
	@$(BIN) write --job Examples/posting.md --resume Examples/resume.md \
	  --format pdf --output .build/demo/letter.pdf
	@echo 'The same letter as a one-page PDF: .build/demo/letter.pdf'
	@echo 'More: candor write --help, candor review --help, candor parse --help'

corpus: deps
	@if [ -d $(CORPUS) ]; then \
	  $(SWIFT) build -c release --product candor-corpus && \
	  .build/release/candor-corpus $(CORPUS); \
	else echo "corpus: $(CORPUS) not found; skipping"; fi

# Debian packages only the benchmarks need: proselint, which `candor review` is timed against,
# GNU time for a process's peak memory, and hyperfine to cross-check process times.
BENCH_PACKAGES := python3-proselint hyperfine time

# Parsing, then writing, documents and review, each section in its own process.
bench: bench-tools
	.build/release/candor-bench $(CORPUS)
	.build/release/candor-bench --long-resume
	.build/release/candor-bench --long-posting
	.build/release/candor-bench --long-json-resume
	.build/release/candor-bench --large-inputs $(RELEASE_BIN)
	.build/release/candor-bench --write $(CORPUS) $(RELEASE_BIN)
	.build/release/candor-bench --documents $(CORPUS) $(RELEASE_BIN)
	.build/release/candor-bench --review $(CORPUS) $(RELEASE_BIN)

bench-write bench-documents bench-review: bench-tools
	.build/release/candor-bench --$(@:bench-%=%) $(CORPUS) $(RELEASE_BIN)

bench-tools: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build -c release --product candor
	$(SWIFT) build -c release --product CandorDocuments
	$(SWIFT) build -c release --product candor-bench

# Keyword extraction against YAKE on the labelled postings; YAKE comes from PyPI into a
# virtual environment under .build, installed here and nowhere else.
YAKE_VENV := .build/yake-venv
bench-keywords: deps
	$(SWIFT) build -c release --product candor-bench
	@test -x $(YAKE_VENV)/bin/python || python3 -m venv $(YAKE_VENV)
	@$(YAKE_VENV)/bin/python -c 'import yake' 2>/dev/null \
	  || $(YAKE_VENV)/bin/pip install --quiet 'yake==0.7.3'
	.build/release/candor-bench --keywords $(CORPUS) $(YAKE_VENV)/bin/python

# The functions a release `candor` runs for its usual commands, in the order the linker
# should place them (see Package.swift, hotFunctionsFirst). Run after large code changes.
hot-functions: deps
	$(SWIFT) build -c release --product candor
	python3 Benchmarks/hot_functions.py $(abspath $(RELEASE_BIN)) $(abspath $(CORPUS)) \
	  Sources/candor/hot-functions.txt

fuzz: deps
	fuzz/run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build
