#!/usr/bin/env python3
"""Writes the functions a release `candor` runs for its common commands, for lld's
--symbol-ordering-file (Sources/candor/hot-functions.txt; see Package.swift).

Usage: hot_functions.py CANDOR CORPUS OUTPUT

Each corpus pair is written in one tone and format (tones and formats rotate), and a few
reviews, matches, parses and `--help` run too, each under valgrind's callgrind. The
functions that ran are listed, those that ran in the most runs first, so the linker puts the
code every `candor write` needs side by side instead of spread over 17 MB of text.
"""
import collections, os, re, subprocess, sys, tempfile

candor, corpus, output = sys.argv[1], sys.argv[2], sys.argv[3]
pairs = [line.rstrip("\n").split("\t")[:2] for line in open(os.path.join(corpus, "pairs.tsv"))][1:]
tones = ["formal", "conversational", "confident"]
formats = ["text", "text", "markdown", "json"]
runs = [["--help"], ["write", "--help"]]
for index, (resume, job) in enumerate(pairs):
    runs.append(["write", "--job", job, "--resume", resume, "--tone", tones[index % 3],
                 "--format", formats[index % 4]])
for resume, job in pairs[:3]:
    runs.append(["match", "--job", job, "--resume", resume])
    runs.append(["parse", "job", job])
    runs.append(["parse", "resume", resume])
letters = sorted(os.listdir(os.path.join(corpus, "letters")))[:3]
runs += [["review", os.path.join("letters", name)] for name in letters]

symbols = set()
nm = subprocess.run(["nm", "--defined-only", candor], capture_output=True, text=True).stdout
for line in nm.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "tTwW":
        symbols.add(parts[2])

counts = collections.Counter()
with tempfile.TemporaryDirectory() as folder:
    for number, arguments in enumerate(runs):
        profile = os.path.join(folder, f"{number}.cg")
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--demangle=no", "--callgrind-out-file=" + profile,
             candor] + arguments,
            cwd=corpus, env=dict(os.environ, CANDOR_TODAY="2025-06-02"),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        names, ran = {}, set()
        for line in open(profile, errors="replace"):
            match = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
            if not match:
                continue
            kind, key, name = match.groups()
            if name:
                names[key] = re.sub(r"'\d+$", "", name)
            if kind == "fn" and names.get(key) in symbols:
                ran.add(names[key])
        counts.update(ran)
ordered = sorted(counts, key=lambda name: (-counts[name], name))
with open(output, "w") as file:
    file.write("\n".join(ordered) + "\n")
print(f"{len(ordered)} functions from {len(runs)} runs written to {output}")
