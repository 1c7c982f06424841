"""Times proselint (Debian's python3-proselint) on the letters candor-bench reviews.

Usage: review_proselint.py LETTERS.json RUNS

LETTERS.json is a list of {"name", "text"}. Prints JSON: proselint's version, and per
letter the times in milliseconds of `proselint.tools.lint(text)` and how many findings it
returned. proselint caches every check's result on disk by the text's hash, so a second
lint of the same text only reads the cache; the cache is switched off here (before any
check is imported) so each timed call lints the text for real, as a new letter would be.
"""

import json
import os
import sys
import tempfile
import time

# Any cache proselint still makes goes to a throw-away folder, not the user's home.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="candor-proselint-")

import proselint.tools as tools  # noqa: E402
from proselint.version import __version__  # noqa: E402

tools.memoize = lambda function: function


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        letters = json.load(handle)
    runs = int(sys.argv[2])
    tools.lint(letters[0]["text"])  # Warm-up: imports every check module once.
    results = []
    for letter in letters:
        times = []
        findings = 0
        for _ in range(runs):
            start = time.perf_counter()
            findings = len(tools.lint(letter["text"]))
            times.append((time.perf_counter() - start) * 1000)
        results.append({"name": letter["name"], "milliseconds": times, "findings": findings})
    json.dump({"version": __version__, "letters": results}, sys.stdout)


if __name__ == "__main__":
    main()
