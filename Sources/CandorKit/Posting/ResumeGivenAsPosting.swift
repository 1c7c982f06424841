/// A resume given where a job posting belongs: its headings are a resume's (experience and
/// education, hardly any of a posting's), and it opens on a person's name and contact
/// details or lists dated roles. Read as a posting it would address the applicant to
/// themselves, so it is refused, as a JSON resume is (``JobJSON``).
enum ResumeGivenAsPosting {
  /// Throws when `source`, loaded from `file`, is a resume rather than a posting.
  static func refuse(_ source: PostingSource, file: InputFile) throws(CandorError) {
    guard ContentKind.guess(file.text) == .resume else { return }
    let lines = source.lines.filter { !$0.isBlank }
    let why: String
    if opensOnContact(lines.prefix(4).map(\.text)) {
      why = "under a name and contact details"
    } else if lines.lazy.filter({ DateParser.span(in: $0.text)?.isRange == true }).prefix(2)
      .count == 2
    {
      why = "with dated roles"
    } else {
      return
    }
    throw .notAPosting(
      path: file.name,
      reason: "it reads like a resume (experience and education sections \(why)), not a job "
        + "posting; read it with `candor parse resume`")
  }

  /// "JORDAN T. BLACKFEATHER" over "Spokane, WA | jordan@example.com": a first line that is
  /// a person's name, and an email address or phone number among the first lines.
  private static func opensOnContact(_ top: [String]) -> Bool {
    guard let first = top.first else { return false }
    let line = TitleCleaner.isShouting(first) ? TitleCase.fromCapitals(first) : first
    let head = line.split(separator: ",").first.map(String.init)?.trimmed ?? line
    guard let name = PersonName.leading(head), name.wordCount == head.wordCount else {
      return false
    }
    return top.contains {
      ContactPatterns.email(in: $0) != nil || ContactPatterns.phone(in: $0) != nil
    }
  }
}
