import Foundation

/// libFuzzer entry points for every reader, built with `swiftc -sanitize=fuzzer` by
/// `fuzz/run`. The target is chosen by `CANDOR_FUZZ_TARGET`; see ``FuzzTarget``.
enum FuzzTarget: String, CaseIterable {
  case postingText = "posting-text"
  case postingMarkdown = "posting-markdown"
  case postingHTML = "posting-html"
  case postingJSON = "posting-json"
  case resumeJSON = "resume-json"
  case resumeMarkdown = "resume-markdown"
  case resumeText = "resume-text"
  case resumeSchema = "resume-schema"
  case jsonSyntax = "json-syntax"
  case textDocument = "text-document"
  /// A cover letter reviewed against the example posting and resume: every rule, claim
  /// checks included (spelling left out, which needs Hunspell).
  case letterText = "letter-text"

  static let selected: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["CANDOR_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(Data("set CANDOR_FUZZ_TARGET to one of: \(names)\n".utf8))
      exit(2)
    }
    return target
  }()

  /// The file name the input pretends to have, which picks the reader's format.
  var fileName: String {
    switch self {
    case .postingText, .resumeText, .letterText: return "fuzz.txt"
    case .postingMarkdown, .resumeMarkdown: return "fuzz.md"
    case .postingHTML: return "fuzz.html"
    case .postingJSON, .resumeJSON, .resumeSchema, .jsonSyntax: return "fuzz.json"
    case .textDocument: return "fuzz"
    }
  }

  func run(_ data: Data) {
    guard let text = try? InputFile.decode(data, name: fileName) else { return }
    switch self {
    case .postingText, .postingMarkdown, .postingHTML, .postingJSON:
      _ = try? PostingReader.read(InputFile(name: fileName, text: text))
    case .resumeJSON, .resumeMarkdown, .resumeText:
      _ = try? ResumeReader.read(InputFile(name: fileName, text: text))
    case .resumeSchema:
      _ = try? ResumeReader.schemaViolations(in: InputFile(name: fileName, text: text))
    case .jsonSyntax:
      Self.checkJSONSyntax(text)
    case .textDocument:
      for format in InputFormat.allCases {
        _ = TextDocument(InputFile(name: fileName, text: text, format: format)).plainText
      }
    case .letterText:
      _ = LetterReviewer(spellChecker: nil).review(
        text: text, job: ExampleInputs.job, resume: ExampleInputs.resume)
    }
  }

  /// Parses `text` and checks that a reported fault lies inside the text.
  static func checkJSONSyntax(_ text: String) {
    do {
      _ = try JSONSyntax.parse(text, name: "fuzz.json")
    } catch {
      guard case .invalidJSON(_, let line, let column, let reason) = error else {
        fatalError("JSONSyntax threw \(error)")
      }
      let lines = lineLengths(text)
      precondition(line >= 1 && line <= lines.count, "line \(line) of \(lines.count)")
      precondition(column >= 1 && column <= lines[line - 1] + 1, "column \(column)")
      precondition(!reason.isEmpty)
    }
  }
}

/// The length in Unicode scalars of each line; lines end at LF, CRLF or a lone CR.
private func lineLengths(_ text: String) -> [Int] {
  var lengths = [0]
  var previous: Unicode.Scalar?
  for scalar in text.unicodeScalars {
    if scalar == "\n" && previous == "\r" {
      // The CR already ended the line.
    } else if scalar == "\n" || scalar == "\r" {
      lengths.append(0)
    } else {
      lengths[lengths.count - 1] += 1
    }
    previous = scalar
  }
  return lengths
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  FuzzTarget.selected.run(Data(bytes: bytes, count: count))
  return 0
}
