"""Scores extracted keywords against the corpus labels as labels/README.md says: normalise,
deduplicate, cut to the top 15, match one to one greedily in gold order, accept the label's
aliases; strict needs equal strings, lenient also accepts one containing the other as whole
words. Shared by keywords_yake.py and keyword_folds.py.
"""
import re
import unicodedata

TOP_K = 15


def norm(text):
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    text = re.sub(r"[-_/\s]+", " ", text)
    return text.strip(" .,;:!?()[]{}\"'*|")


def top_terms(predicted, k=TOP_K):
    """The normalised predicted terms, deduplicated, cut to the top k."""
    top = []
    for term in predicted:
        key = norm(term)
        if key and key not in top:
            top.append(key)
    return top[:k]


def matches(predicted, gold, aliases, lenient):
    """The top predicted terms that matched, and the gold terms nothing matched."""
    unused = top_terms(predicted)
    hits, missed = [], []
    for term in gold:
        accepted = {norm(a) for a in [term] + aliases.get(term, []) if norm(a)}
        for candidate in unused:
            hit = candidate in accepted or lenient and any(
                f" {a} " in f" {candidate} " or f" {candidate} " in f" {a} " for a in accepted)
            if hit:
                unused.remove(candidate)
                hits.append(candidate)
                break
        else:
            missed.append(term)
    return hits, missed


def score(predicted, gold, aliases, lenient):
    """Precision, recall and F1 of one posting's top terms."""
    top = top_terms(predicted)
    matched = len(matches(predicted, gold, aliases, lenient)[0])
    precision = matched / len(top) if top else 0.0
    recall = matched / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def folds(names):
    """The two halves used to check that a change carries: the postings sorted by name,
    every other one from the first in fold A, the rest in fold B."""
    ordered = sorted(names)
    return ordered[0::2], ordered[1::2]
