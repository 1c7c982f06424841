"""Scores a keyword dump of `candor-corpus` against the labels, over all postings and over
each of the two folds, so a change to extraction can be checked offline on both halves.

Usage:
  CANDOR_CORPUS_SECTIONS=Keywords CANDOR_CORPUS_KEYWORD_DUMP=DUMP \\
    .build/debug/candor-corpus CORPUS
  python3 Benchmarks/keyword_folds.py DUMP CORPUS [--detail]

Candor's terms are its keywords in order, an either/or requirement counting as its options,
a degree as its first term and the title as its slash-separated parts (as
`PostingKeyword.terms` gives them). --detail lists each posting's top terms, + for a hit,
and the labelled keywords it missed.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the Swift sources
from keyword_scoring import folds, matches, score, top_terms


def terms(keywords):
    result = []
    for keyword in keywords:
        if keyword["category"] == "degree":
            result.append(keyword["term"])
        elif keyword["category"] == "title":
            result += keyword["term"].split("/")
        elif len(keyword["options"]) < 2:
            result.append(keyword["term"])
        else:
            result += [option["term"] for option in keyword["options"]]
    return result


def main():
    dump, corpus = sys.argv[1], sys.argv[2]
    scores, detail = {}, []
    for line in open(dump, encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        name = row["file"].split("-")[0]
        label = json.load(open(os.path.join(corpus, "labels", name + ".json"), encoding="utf-8"))
        predicted = terms(row["keywords"])
        scores[name] = score(predicted, label["keywords"], label["aliases"], False)
        hits, missed = matches(predicted, label["keywords"], label["aliases"], False)
        marked = [("+" if term in hits else "-") + term for term in top_terms(predicted)]
        detail.append(f"{name} {scores[name][2]:.2f} " + " | ".join(marked))
        detail.append("    missed: " + " | ".join(missed))
    mean = lambda names, i: sum(scores[n][i] for n in names) / len(names)
    fold_a, fold_b = folds(scores)
    print(f"strict F1 {mean(scores, 2):.4f} (P {mean(scores, 0):.3f}, R {mean(scores, 1):.3f}),"
          f" fold A {mean(fold_a, 2):.4f}, fold B {mean(fold_b, 2):.4f}, {len(scores)} postings")
    if "--detail" in sys.argv:
        print("\n".join(detail))


if __name__ == "__main__":
    main()
