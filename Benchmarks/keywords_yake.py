"""Runs YAKE on the postings candor-bench timed and scores both systems' top 15 terms
against the labels, as labels/README.md says (strict and lenient, macro-averaged).

Usage: keywords_yake.py ROWS.json  (written by `candor-bench --keywords`)
"""
import importlib.metadata
import json
import statistics
import sys
import time

import yake

sys.dont_write_bytecode = True  # no __pycache__ beside the Swift sources
from keyword_scoring import TOP_K, folds, score

REPEATS = 5


def run_yake(row):
    extractor = yake.KeywordExtractor(lan=row["language"], n=3, top=TOP_K)
    extractor.extract_keywords(row["text"])  # warm-up, not timed
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        found = extractor.extract_keywords(row["text"])
        times.append(time.perf_counter() - start)
    return [keyword for keyword, _ in found], statistics.median(times)


def summary(name, rows, terms, seconds, byte_counts):
    per_posting = {True: [], False: []}
    for row, predicted in zip(rows, terms):
        label = json.load(open(row["label"], encoding="utf-8"))
        for lenient in (False, True):
            per_posting[lenient].append(
                score(predicted, label["keywords"], label["aliases"], lenient))
    mean = lambda values: sum(values) / len(values)
    strict = [mean([s[i] for s in per_posting[False]]) for i in range(3)]
    loose = mean([s[2] for s in per_posting[True]])
    total = sum(seconds)
    return [name, f"{strict[2]:.3f}", f"{loose:.3f}", f"{strict[0]:.3f}", f"{strict[1]:.3f}",
            f"{1000 * total / len(rows):.2f}", f"{sum(byte_counts) / total / 1e6:.2f}"]


def fold_f1(rows, terms):
    """Strict F1 over fold A and over fold B (see keyword_scoring.folds)."""
    f1 = {}
    for row, predicted in zip(rows, terms):
        label = json.load(open(row["label"], encoding="utf-8"))
        f1[row["label"]] = score(predicted, label["keywords"], label["aliases"], False)[2]
    return [sum(f1[name] for name in fold) / len(fold) for fold in folds(f1)]


def main():
    rows = json.load(open(sys.argv[1], encoding="utf-8"))
    byte_counts = [row["bytes"] for row in rows]
    yake_runs = [run_yake(row) for row in rows]
    candor = summary("Candor", rows, [r["terms"] for r in rows],
                     [r["extractSeconds"] for r in rows], byte_counts)
    version = importlib.metadata.version("yake")
    other = summary(f"YAKE {version}", rows, [t for t, _ in yake_runs],
                    [s for _, s in yake_runs], byte_counts)
    only = summary("Candor, posting already read", rows, [r["terms"] for r in rows],
                   [r["keywordSeconds"] for r in rows], byte_counts)
    print(f"Keyword extraction on {len(rows)} labelled postings, top {TOP_K} terms:\n")
    print("| system | F1 strict | F1 lenient | precision | recall | ms per posting | MB/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for line in (candor, only, other):
        print("| " + " | ".join(line) + " |")
    for name, terms in (("Candor", [r["terms"] for r in rows]),
                        (f"YAKE {version}", [t for t, _ in yake_runs])):
        a, b = fold_f1(rows, terms)
        print(f"\n{name} strict F1 by fold (labels sorted by name, every other one from the "
              f"first in A): A {a:.3f}, B {b:.3f}", end="")
    print()
    yake_total = sum(s for _, s in yake_runs)
    ratio = yake_total / sum(r["extractSeconds"] for r in rows)
    only_ratio = yake_total / sum(r["keywordSeconds"] for r in rows)
    match = sum(r["matchSeconds"] for r in rows) / len(rows)
    print(f"\nSpeed against YAKE: {ratio:.0f}× from the raw bytes (reading included; YAKE "
          f"gets the cleaned text), {only_ratio:.0f}× from the posting already read.")
    print(f"Postings matched per second (read, extract, match against one resume): "
          f"{1 / match:.0f}.")


if __name__ == "__main__":
    main()
