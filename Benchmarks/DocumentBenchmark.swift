import CPoppler
import CandorDocuments
import CandorKit
import Foundation

/// Times writing letters as PDF and DOCX, reading the corpus's PDF resumes page by page, and
/// `candor write --format pdf` as a whole process.
struct DocumentBenchmark {
  var corpus: URL
  var candor: String
  var runs = 20
  var processRuns = 3

  func run() throws -> Int32 {
    print("Load average before: \(Sampler.loadAverage()).")
    let pairs = try PairInput.load(corpus: corpus).pairs
    var pdf = SampleSet(label: "letter → PDF (Cairo, Pango)")
    var docx = SampleSet(label: "letter → DOCX (libzip)")
    var pageCounts: [Int] = []
    for pair in pairs {
      let (posting, resume) = try pair.read()
      for tone in LetterOptions.Tone.allCases {
        let document = try letterDocument(posting, resume, tone)
        let style = DocumentStyle(paper: .letter)
        pageCounts.append(
          Self.pageCount(try DocumentRenderer.render(document, as: .pdf, style: style)))
        pdf.add(
          Sampler.time(runs: runs) {
            _ = try? DocumentRenderer.render(document, as: .pdf, style: style)
          })
        docx.add(
          Sampler.time(runs: runs) {
            _ = try? DocumentRenderer.render(document, as: .docx, style: style)
          })
      }
    }
    let reading = try readPDFResumes()
    let peak = peakMemoryMegabytes()
    print("\nIn-process, \(pairs.count) pairs × \(LetterOptions.Tone.allCases.count) tones, ")
    print("\(runs) timed runs each after a warm-up:\n")
    MarkdownOutput.table(
      MarkdownOutput.timingHeader,
      [pdf, docx, reading.file, reading.page].map(MarkdownOutput.timingRow))
    let onePage = pageCounts.filter { $0 == 1 }.count
    print("Letters that came out on one page: \(onePage) of \(pageCounts.count).")
    print(String(format: "Peak memory of this benchmark process (maxrss): %.1f MB.\n", peak))
    printProcessRuns(pairs)
    print("Load average after: \(Sampler.loadAverage()).")
    return 0
  }

  /// The letter laid out as `candor write --format pdf` does, on US letter paper.
  private func letterDocument(
    _ posting: JobPosting, _ resume: ParsedResume, _ tone: LetterOptions.Tone
  ) throws -> Document {
    let letter = try LetterWriter.write(
      posting: posting, resume: resume, options: LetterOptions(tone: tone), today: benchmarkToday)
    let header = LetterDocument.Header(
      sender: resume.resume.basics, date: benchmarkToday, company: posting.company,
      location: posting.location)
    return LetterDocument.make(letter, header: header, paper: .letter)
  }

  /// Every PDF in `CORPUS/resumes` read to text, per file and per page.
  private func readPDFResumes() throws -> (file: SampleSet, page: SampleSet) {
    let folder = corpus.appendingPathComponent("resumes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var file = SampleSet(label: "read a PDF resume (poppler), per file")
    var page = SampleSet(label: "read a PDF resume (poppler), per page")
    for name in names.sorted() where name.lowercased().hasSuffix(".pdf") {
      guard
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else { continue }
      let times = Sampler.time(runs: runs) { _ = try? PDFReader.text(data, name: name) }
      let pages = Double(max(Self.pageCount(data), 1))
      file.add(times)
      page.add(times.map { $0 / pages })
    }
    if file.inputs == 0 { throw BenchmarkError.missing("PDF resumes in \(folder.path)") }
    return (file, page)
  }

  /// `candor write --format pdf --output FILE` as a process, every pair in the formal tone.
  private func printProcessRuns(_ pairs: [PairInput]) {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("candor-bench-\(getpid()).pdf")
    defer { try? FileManager.default.removeItem(at: output) }
    var set = ProcessSet(label: "`candor write --format pdf`")
    for pair in pairs {
      let arguments = [
        candor, "write", "--job", pair.jobPath, "--resume", pair.resumePath, "--format", "pdf",
        "--paper", "letter", "--output", output.path,
      ]
      set.add(
        ProcessTimer.measure(
          arguments, environment: ["CANDOR_TODAY": benchmarkToday], runs: processRuns))
    }
    print("Whole process, \(processRuns) runs per pair (formal tone):\n")
    ProcessSet.printTable([set])
  }

  /// The number of pages in a PDF, as poppler counts them.
  static func pageCount(_ data: Data) -> Int {
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    guard let document = poppler_document_new_from_bytes(bytes, nil, nil) else { return 0 }
    defer { g_object_unref(UnsafeMutableRawPointer(document)) }
    return Int(poppler_document_get_n_pages(document))
  }
}
