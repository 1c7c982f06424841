import Foundation

/// A problem with an input file or an option, described by its facts.
///
/// The command line prints ``message`` as one line on standard error and exits with status 2.
public enum CandorError: Error, Equatable, Sendable, Codable {
  case fileNotFound(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case emptyFile(path: String)
  /// A file of spaces, tabs and line breaks only.
  case onlyWhitespace(path: String)
  case binaryFile(path: String)
  /// A text file named as a document ("cv.docx" holding plain text): `document` is the
  /// format its name claims, such as "DOCX" or "PDF".
  case textNamedAsDocument(path: String, document: String)
  case invalidUTF8(path: String, byteOffset: Int)
  case utf16(path: String)
  case utf32(path: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// A letter to review over ``LetterReviewer/sizeLimit``: a cover letter is a few kilobytes.
  case letterTooLarge(path: String, bytes: Int, limit: Int)
  /// A posting or resume whose text is over its ``TextLimit``: `kind` is "job posting" or
  /// "resume".
  case textTooLarge(path: String, bytes: Int, limit: Int, kind: String)
  /// A web page over ``TextLimit/page`` bytes, markup, styles and scripts included: `kind` is
  /// "job posting" or "resume".
  case pageTooLarge(path: String, bytes: Int, limit: Int, kind: String)
  case invalidJSON(path: String, line: Int, column: Int, reason: String)
  case notAResume(path: String, reason: String)
  case notAPosting(path: String, reason: String)
  /// A resume section the reader could not read, which a rewritten copy would drop:
  /// `section` is its heading and line ("'Field Work' (line 12)").
  case unreadSection(path: String, section: String)
  /// A letter file that holds no letter (JSON without a letter's text).
  case notALetter(path: String, reason: String)
  case schemaViolation(path: String, field: String, reason: String)
  case invalidOption(name: String, value: String, reason: String)
  /// A PDF whose pages carry no text, only images (a scan or a photo).
  case noTextLayer(path: String)
  /// A PDF or DOCX that needs a password to open.
  case encrypted(path: String)
  /// A PDF or DOCX the document libraries cannot open.
  case damagedDocument(path: String, reason: String)

  /// One sentence a person can act on, naming the file and the problem.
  public var message: String {
    switch self {
    case .fileNotFound(let path):
      return "\(path): no such file"
    case .isDirectory(let path):
      return "\(path): is a directory, not a file"
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason))"
    case .emptyFile(let path):
      return "\(path): the file is empty"
    case .onlyWhitespace(let path):
      return "\(path): has no text, only whitespace"
    case .binaryFile(let path):
      return "\(path): looks like a binary file, not text "
        + "(give a PDF, DOCX, .txt, .md, .html or .json file)"
    case .textNamedAsDocument(let path, let document):
      return "\(path): is plain text, not a \(document) file; rename it to .txt"
    case .invalidUTF8(let path, let offset):
      return "\(path): is not valid UTF-8 text (bad byte at offset \(offset)); save it as UTF-8"
    case .utf16(let path):
      return "\(path): is encoded as UTF-16; save it as UTF-8 and try again"
    case .utf32(let path):
      return "\(path): is encoded as UTF-32; save it as UTF-8 and try again"
    case .tooLarge(let path, let bytes, let limit):
      let (size, most) = Self.sizes(bytes, limit)
      return "\(path): is \(size), larger than the \(most) limit"
    case .letterTooLarge(let path, let bytes, let limit):
      let (size, most) = Self.sizes(bytes, limit)
      return "\(path): is \(size), larger than the \(most) "
        + "a letter may be; a cover letter is a few kilobytes of text"
    case .textTooLarge(let path, let bytes, let limit, let kind):
      let (size, most) = Self.sizes(bytes, limit)
      return "\(path): has \(size) of text, more than the \(most) "
        + "a \(kind) may have; a real one is a few pages"
    case .pageTooLarge(let path, let bytes, let limit, let kind):
      let (size, most) = Self.sizes(bytes, limit)
      return "\(path): is a web page of \(size), more than the \(most) a saved \(kind) page "
        + "may be; copy its text into a .txt file instead"
    case .invalidJSON(let path, let line, let column, let reason):
      return "\(path):\(line):\(column): invalid JSON: \(reason)"
    case .notAResume(let path, let reason):
      return "\(path): not a usable resume: \(reason)"
    case .notAPosting(let path, let reason):
      return "\(path): not a usable job posting: \(reason)"
    case .unreadSection(let path, let section):
      return "\(path): section \(section) could not be read, so a tailored copy would "
        + "leave it out; give it a heading such as 'Experience' and try again"
    case .notALetter(let path, let reason):
      return "\(path): not a letter: \(reason)"
    case .schemaViolation(let path, let field, let reason):
      return "\(path): \(field): \(reason)"
    case .invalidOption(let name, let value, let reason):
      return "invalid value '\(value)' for \(name): \(reason)"
    case .noTextLayer(let path):
      return "\(path): has no text layer; it looks like a scanned image (give a text PDF, "
        + "DOCX or text file; Candor does not read images)"
    case .encrypted(let path):
      return "\(path): is encrypted or password-protected; save an unprotected copy and try again"
    case .damagedDocument(let path, let reason):
      return "\(path): cannot be opened as a document (\(reason))"
    }
  }

  /// A size and its limit in the same unit, with just enough decimals that they differ: a
  /// file of 1,100,000 bytes is "1.05 MB" beside a limit of "1 MB", not "1.0 MB" beside
  /// "1.0 MB".
  static func sizes(_ bytes: Int, _ limit: Int) -> (size: String, limit: String) {
    let unit = limit >= 1_048_576 ? 1_048_576.0 : 1_024.0
    let name = unit > 1_024 ? "MB" : "KB"
    let size = Double(bytes) / unit
    let most = Double(limit) / unit
    let digits = (0...2).first { rounded(size, $0) != rounded(most, $0) } ?? 2
    let mostDigits = most.rounded() == most ? 0 : digits
    return (
      String(format: "%.\(digits)f \(name)", size),
      String(format: "%.\(mostDigits)f \(name)", most)
    )
  }

  private static func rounded(_ value: Double, _ digits: Int) -> Double {
    let scale = [1.0, 10, 100][digits]
    return (value * scale).rounded() / scale
  }
}

extension CandorError: LocalizedError {
  public var errorDescription: String? { message }
}
