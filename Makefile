# Candor — common tasks. `make demo` and `make test` do all set-up on a fresh Debian machine.

SHELL := /bin/bash
SWIFT ?= swift
CORPUS ?= ../shared/corpus
# Debian packages the build, tests and tools need (checked with dpkg, installed by `make deps`).
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libzip-dev libpoppler-glib-dev \
  libxml2-dev fonts-liberation fonts-dejavu-core poppler-utils libreoffice-writer-nogui \
  python3-docx
BIN := .build/debug/candor
RELEASE_BIN := .build/release/candor

.PHONY: all deps build release test demo corpus bench fuzz lint format clean

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
	$(SWIFT) build
	$(SWIFT) test 2>&1 | tee .build/test.log | grep -E '✘|error:|passed|failed' ; \
	  test $${PIPESTATUS[0]} -eq 0
	$(MAKE) lint

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests Benchmarks 2>&1 | head -50; \
	  test $$($(SWIFT) format lint --recursive --strict Sources Tests Benchmarks 2>&1 | wc -l) -eq 0

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks

demo: build
	@echo '$$ candor parse job Examples/posting.md'
	@$(BIN) parse job Examples/posting.md
	@echo
	@echo '$$ candor parse resume Examples/resume.md'
	@$(BIN) parse resume Examples/resume.md

corpus: release
	@test -d $(CORPUS) || { echo "corpus: $(CORPUS) not found; skipping"; exit 0; }
	.build/release/candor-corpus $(CORPUS)

bench: release
	.build/release/candor-bench $(CORPUS)

clean:
	rm -rf .build
