import Foundation

extension ReviewBenchmark {
  /// What `review_proselint.py` measured.
  struct ProselintResult {
    var version: String
    var times: SampleSet
    var findings: Int
  }

  private struct ScriptOutput: Decodable {
    struct Letter: Decodable {
      var milliseconds: [Double]
      var findings: Int
    }
    var version: String
    var letters: [Letter]
  }

  /// Hands the letters to `review_proselint.py` and reads back its times.
  func runProselint(_ letters: [Sample]) throws -> ProselintResult {
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-review-\(getpid()).json")
    let payload = letters.map { ["name": $0.name, "text": $0.text] }
    try JSONEncoder().encode(payload).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("review_proselint.py")
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script.path, input.path, "\(proselintRuns)"]
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw BenchmarkError.missing("proselint results (is python3-proselint installed?)")
    }
    let result = try JSONDecoder().decode(ScriptOutput.self, from: data)
    var times = SampleSet(label: "proselint \(result.version), `lint(text)`, cache off")
    for letter in result.letters { times.add(letter.milliseconds) }
    return ProselintResult(
      version: result.version, times: times,
      findings: result.letters.reduce(0) { $0 + $1.findings })
  }

  /// `candor review FILE` and `proselint FILE` as whole processes on the corpus letters.
  func printProcessRuns(_ letters: [Sample]) {
    var candorRuns = ProcessSet(label: "`candor review FILE`")
    var proselintRuns = ProcessSet(label: "`proselint FILE`, empty cache", accepted: [0, 1])
    let cache = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-proselint-cache-\(getpid())")
    defer { try? FileManager.default.removeItem(at: cache) }
    for letter in letters {
      guard let path = letter.path else { continue }
      candorRuns.add(ProcessTimer.measure([candor, "review", path], runs: 3))
      let proselint = [python, "-m", "proselint", path]
      let environment = ["XDG_CACHE_HOME": cache.path]
      try? FileManager.default.removeItem(at: cache)
      let sample = ProcessTimer.run(proselint, environment: environment)
      try? FileManager.default.removeItem(at: cache)
      let peak = ProcessTimer.peakMegabytes(proselint, environment: environment)
      proselintRuns.add(ProcessRuns(samples: [sample], peakMegabytes: peak))
    }
    print("Whole processes on the \(letters.count) corpus letters (Candor 3 runs each, ")
    print("proselint 1 run each with its cache emptied first):\n")
    ProcessSet.printTable([candorRuns, proselintRuns])
  }
}
