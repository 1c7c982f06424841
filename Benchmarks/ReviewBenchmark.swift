import CandorKit
import CandorSpelling
import Foundation

/// Times `candor review` on the corpus letters and the letters `candor write` produces, and
/// proselint on the same texts in the same run, in-process and as whole processes.
struct ReviewBenchmark {
  var corpus: URL
  var candor: String
  /// A Python that can `import proselint` (Debian's /usr/bin/python3).
  var python: String
  var runs = 20
  var proselintRuns = 1

  /// A letter to review, with the posting and resume it was written from, if any.
  struct Sample {
    var name: String
    var text: String
    var path: String?
    var posting: JobPosting?
    var resume: ParsedResume?
  }

  func run() throws -> Int32 {
    print("Load average before: \(Sampler.loadAverage()).")
    let corpusLetters = try self.corpusLetters()
    let written = try writtenLetters()
    let letters = corpusLetters + written
    let spelling = LetterReviewer(spellChecker: HunspellChecker.englishUS)
    var repeated = SampleSet(label: "Candor, spelling on (as `candor review FILE`)")
    var plain = SampleSet(label: "Candor, spelling off")
    var grounded = SampleSet(label: "Candor with the posting and resume (written letters)")
    for letter in letters {
      repeated.add(Sampler.time(runs: runs) { _ = spelling.review(text: letter.text) })
      plain.add(Sampler.time(runs: runs) { _ = LetterReviewer().review(text: letter.text) })
      guard letter.posting != nil else { continue }
      grounded.add(
        Sampler.time(runs: runs) {
          _ = spelling.review(text: letter.text, job: letter.posting, resume: letter.resume)
        })
    }
    let firstPass = firstPass(letters)
    let peak = peakMemoryMegabytes()
    let proselint = try runProselint(letters)
    let sets = [repeated, firstPass, plain, grounded, proselint.times]
    print("\n\(corpusLetters.count) corpus letters and \(written.count) written letters;")
    print("Candor \(runs) timed runs per letter after a warm-up, proselint \(proselintRuns):\n")
    MarkdownOutput.table(
      MarkdownOutput.timingHeader + ["proselint median ÷ this median"],
      sets.map { set in
        MarkdownOutput.timingRow(set) + [
          String(format: "%.0f×", proselint.times.median / set.median)
        ]
      })
    print(String(format: "Peak memory of this benchmark process (maxrss): %.1f MB.\n", peak))
    print("Findings over all letters: Candor \(findingCount(letters, spelling)), ")
    print("proselint \(proselint.version) \(proselint.findings).\n")
    printProcessRuns(corpusLetters)
    print("Load average after: \(Sampler.loadAverage()).")
    return 0
  }

  /// Each letter reviewed once, in order, by a reviewer whose spelling cache starts empty:
  /// what a batch of new letters costs.
  private func firstPass(_ letters: [Sample]) -> SampleSet {
    let fresh = LetterReviewer(spellChecker: HunspellChecker())
    var set = SampleSet(label: "Candor, spelling on, each letter once (cold cache)")
    for letter in letters {
      let start = ContinuousClock.now
      _ = fresh.review(text: letter.text)
      set.add([BenchmarkRunner.milliseconds(ContinuousClock.now - start)])
    }
    return set
  }

  private func findingCount(_ letters: [Sample], _ reviewer: LetterReviewer) -> Int {
    letters.reduce(0) { $0 + reviewer.review(text: $1.text).findings.count }
  }

  /// The `.txt` letters in `CORPUS/letters`.
  private func corpusLetters() throws -> [Sample] {
    let folder = corpus.appendingPathComponent("letters")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let letters = names.sorted().filter { $0.hasSuffix(".txt") }.compactMap { name -> Sample? in
      let path = folder.appendingPathComponent(name).path
      guard let text = try? InputFile.read(path).text else { return nil }
      return Sample(name: name, text: text, path: path)
    }
    if letters.isEmpty { throw BenchmarkError.missing("letters in \(folder.path)") }
    return letters
  }

  /// The text `candor write` prints for every corpus pair in every tone.
  private func writtenLetters() throws -> [Sample] {
    try PairInput.load(corpus: corpus).pairs.flatMap { pair throws -> [Sample] in
      let (posting, resume) = try pair.read()
      return try LetterOptions.Tone.allCases.map { tone throws -> Sample in
        let letter = try LetterWriter.write(
          posting: posting, resume: resume, options: LetterOptions(tone: tone),
          today: benchmarkToday)
        return Sample(
          name: "\(pair.name) \(tone.rawValue)", text: LetterRenderer.text(letter),
          posting: posting, resume: resume)
      }
    }
  }
}
