"""How high keyword F1 can go with the candidates Candor already extracts.

Reads a keyword dump of `candor-corpus` (see keyword_folds.py for how to make one) and
prints, over all postings and each fold: the F1 of Candor's own order; the F1 of the best
possible order of the same candidates (every candidate that matches a label first, in
Candor's order, then the rest), which no ranking change can pass; and the labelled keywords
that are no candidate at all. With --learn (needs numpy), a logistic ranking over the
keywords' own fields (weight, count, first line, place, tier, category, words, known) is
fitted on one fold and scored on the other, to see whether a learned order carries.

Usage: python3 Benchmarks/keyword_ceiling.py DUMP CORPUS [--missing] [--learn]
"""
import json
import math
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the Swift sources
from keyword_folds import terms
from keyword_scoring import folds, norm, score


def load(dump, corpus):
    postings = {}
    for line in open(dump, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            name = row["file"].split("-")[0]
            path = os.path.join(corpus, "labels", name + ".json")
            postings[name] = (row["keywords"], json.load(open(path, encoding="utf-8")))
    return postings


def accepted(label):
    return {norm(a) for g in label["keywords"] for a in [g] + label["aliases"].get(g, [])}


def f1(keywords, label):
    return score(terms(keywords), label["keywords"], label["aliases"], False)[2]


def is_hit(keyword, label):
    good = accepted(label)
    return any(norm(t) in good for t in terms([keyword]))


def best_order(keywords, label):
    hit = [k for k in keywords if is_hit(k, label)]
    return hit + [k for k in keywords if k not in hit]


def never_candidates(keywords, label):
    found = {norm(t) for t in terms(keywords)}
    return [g for g in label["keywords"]
            if not {norm(a) for a in [g] + label["aliases"].get(g, [])} & found]


def report(title, postings, rank):
    names = sorted(postings)
    fold_a, fold_b = folds(names)
    mean = lambda group: sum(rank(*postings[n]) for n in group) / len(group)
    print(f"{title}: all {mean(names):.4f}, fold A {mean(fold_a):.4f}, fold B {mean(fold_b):.4f}")


def features(keywords):
    tiers, kinds = ["required", "preferred", "other"], sorted(
        {"hard-skill", "tool", "domain", "method", "soft-skill", "certification", "degree",
         "title", "language"})
    rows = []
    for place, k in enumerate(keywords):
        rows.append([k["weight"], math.log1p(k["count"]), place / len(keywords),
                     min(k["lines"] or [200]) / 200, len(k["term"].split()),
                     float(all(o.get("isKnown") for o in k["options"]))]
                    + [float(k["tier"] == t) for t in tiers]
                    + [float(k["category"] == c) for c in kinds])
    return rows


def learned(postings):
    import numpy as np

    def fit(names):
        x = np.array([r for n in names for r in features(postings[n][0])])
        y = np.array([float(is_hit(k, postings[n][1])) for n in names for k in postings[n][0]])
        mu, sd = x.mean(0), x.std(0) + 1e-9
        z, w = (x - mu) / sd, np.zeros(x.shape[1] + 1)
        z = np.hstack([np.ones((len(z), 1)), z])
        for _ in range(3000):
            p = 1 / (1 + np.exp(-z @ w))
            w -= 0.1 * (z.T @ (p - y) / len(y) + w / len(y))
        return w, mu, sd

    def ranked(model, keywords, label):
        w, mu, sd = model
        z = np.hstack([np.ones((len(keywords), 1)), (np.array(features(keywords)) - mu) / sd])
        order = np.argsort(-(z @ w), kind="stable")
        return f1([keywords[i] for i in order], label)

    fold_a, fold_b = folds(sorted(postings))
    on_a, on_b = fit(fold_a), fit(fold_b)
    test = lambda model, group: sum(ranked(model, *postings[n]) for n in group) / len(group)
    print(f"learned order, fitted on A scored on B {test(on_a, fold_b):.4f}; "
          f"fitted on B scored on A {test(on_b, fold_a):.4f}")


def main():
    postings = load(sys.argv[1], sys.argv[2])
    report("Candor's order", postings, f1)
    report("best order of the same candidates", postings,
           lambda k, label: f1(best_order(k, label), label))
    missing = {n: never_candidates(*postings[n]) for n in postings}
    gold = sum(len(label["keywords"]) for _, label in postings.values())
    total = sum(map(len, missing.values()))
    single = sum(1 for terms_ in missing.values() for g in terms_ if " " not in g.strip())
    print(f"labelled keywords no candidate matches: {total} of {gold} ({single} one word)")
    if "--missing" in sys.argv:
        for name in sorted(missing):
            print(f"{name}: " + " | ".join(missing[name]))
    if "--learn" in sys.argv:
        learned(postings)


if __name__ == "__main__":
    main()
