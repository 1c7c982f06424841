"""Runs YAKE on the postings candor-bench timed and scores both systems' top 15 terms
against the labels, as labels/README.md says (strict and lenient, macro-averaged).

Usage: keywords_yake.py ROWS.json  (written by `candor-bench --keywords`)
"""
import importlib.metadata
import json
import re
import statistics
import sys
import time
import unicodedata

import yake

TOP_K = 15
REPEATS = 5


def norm(text):
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    text = re.sub(r"[-_/\s]+", " ", text)
    return text.strip(" .,;:!?()[]{}\"'*|")


def score(predicted, gold, aliases, lenient):
    top = []
    for term in predicted:
        key = norm(term)
        if key and key not in top:
            top.append(key)
    top = top[:TOP_K]
    unused = list(top)
    matched = 0
    for term in gold:
        accepted = {norm(a) for a in [term] + aliases.get(term, []) if norm(a)}
        for candidate in unused:
            hit = candidate in accepted or lenient and any(
                f" {a} " in f" {candidate} " or f" {candidate} " in f" {a} " for a in accepted)
            if hit:
                unused.remove(candidate)
                matched += 1
                break
    precision = matched / len(top) if top else 0.0
    recall = matched / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


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
