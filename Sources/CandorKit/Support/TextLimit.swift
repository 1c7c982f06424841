/// The most text Candor reads from one posting, resume or letter, in UTF-8 bytes of the text
/// itself (after a PDF, DOCX or HTML file's text is taken out, so the file may be larger; a
/// web page's markup has a limit of its own, ``page``).
///
/// Each is above the largest real document (a resume is under 50 KB of text, a posting
/// under 30 KB, a letter under 10 KB) and small enough that every command answers in under
/// 2 s on it in a release build; BENCHMARKS.md, "Large inputs", gives the measurements.
public enum TextLimit {
  /// The most text of a job posting. Writing weighs every requirement against every resume
  /// statement, so a letter costs the posting's size times the resume's: a generated 64 KB
  /// posting with a 64 KB resume takes 0.44 s of CPU, with a 128 KB resume 1.0 s.
  public static let posting = 65_536
  /// The most text of a resume.
  public static let resume = 65_536
  /// The most text of a letter to review. Some checks search the resume and the posting for
  /// each claim, and some look across a whole sentence for each phrase they find: a 16 KB
  /// letter with a 64 KB posting and resume takes 1.0 s of CPU, 32 KB 1.8 s.
  public static let letter = 16_384
  /// The most bytes of a web page, markup, styles and scripts included: a page saved with
  /// "Save page as…" is 200 KB to 2 MB, its visible text a few KB.
  public static let page = 4_194_304

  /// Refuses `file` before it is read: a web page over ``page`` bytes, any other file whose
  /// text is over `limit`. A page's visible text is weighed once its markup is gone
  /// (``checkVisible(_:of:_:kind:)``).
  static func checkFile(_ file: InputFile, _ limit: Int, kind: String) throws(CandorError) {
    guard file.format == .html else {
      try check(file, limit, kind: kind)
      return
    }
    let bytes = file.text.utf8.count
    guard bytes <= page else {
      throw .pageTooLarge(path: file.name, bytes: bytes, limit: page, kind: kind)
    }
  }

  /// Refuses a web page whose visible text, the lines `texts`, is over `limit`.
  static func checkVisible(
    _ texts: [String], of file: InputFile, _ limit: Int, kind: String
  ) throws(CandorError) {
    guard file.format == .html else { return }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count + 1 }
    guard bytes <= limit else {
      throw .textTooLarge(path: file.name, bytes: bytes, limit: limit, kind: kind)
    }
  }

  /// Refuses a letter whose file is over ``LetterReviewer/sizeLimit``, or whose text, once
  /// taken out of its HTML or Markdown, is over ``letter``.
  public static func checkLetter(_ file: InputFile) throws(CandorError) {
    try checkLetterFile(file)
    let text = InputFile(name: file.name, text: LetterSource.read(file).text, format: .text)
    try check(text, letter, kind: "letter")
  }

  /// Refuses a letter file over ``LetterReviewer/sizeLimit`` before anything reads it.
  public static func checkLetterFile(_ file: InputFile) throws(CandorError) {
    let bytes = file.text.utf8.count
    guard bytes <= LetterReviewer.sizeLimit else {
      throw .letterTooLarge(path: file.name, bytes: bytes, limit: LetterReviewer.sizeLimit)
    }
  }

  /// Refuses `file` when its text is over `limit`; `kind` names the document in the message.
  static func check(_ file: InputFile, _ limit: Int, kind: String) throws(CandorError) {
    let bytes = file.text.utf8.count
    guard bytes <= limit else {
      throw .textTooLarge(path: file.name, bytes: bytes, limit: limit, kind: kind)
    }
  }
}
