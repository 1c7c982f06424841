import Foundation

// candor-corpus CORPUS: reads every posting and resume in a corpus folder, compares them
// with the hand-made labels, prints a Markdown report, and exits 1 on any failure.

let sections: [any CorpusSection] = [
  PostingSection(), ResumeSection(), KeywordSection(), PairSection(), LetterSection(),
]

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first, !path.hasPrefix("-") else {
  FileHandle.standardError.write(Data("usage: candor-corpus CORPUS-FOLDER\n".utf8))
  exit(2)
}
var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
  isDirectory.boolValue
else {
  FileHandle.standardError.write(Data("candor-corpus: \(path): no such folder\n".utf8))
  exit(2)
}

let corpus = Corpus(root: URL(fileURLWithPath: path))
let started = Date()
var failures: [String] = []
// CANDOR_CORPUS_SECTIONS="Keywords,Match" runs only the sections with those titles.
let chosen = ProcessInfo.processInfo.environment["CANDOR_CORPUS_SECTIONS"].map {
  Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
}
for section in sections where chosen?.contains(section.title) ?? true {
  let report = section.run(on: corpus)
  print("## \(section.title)\n")
  print(report.markdown.joined(separator: "\n") + "\n")
  failures += report.failures
}
print(String(format: "Finished in %.1f s.", Date().timeIntervalSince(started)))
if !failures.isEmpty {
  print("\n## Failures\n")
  for failure in failures { print("- \(failure)") }
  exit(1)
}
