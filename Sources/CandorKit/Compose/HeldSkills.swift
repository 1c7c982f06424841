/// The canonical terms a resume holds, as a letter may name them for a posting: the
/// lexicon terms of its skills and statements, posting tools the lexicon lacks that a
/// statement writes (``StatedToolNames``), and the language the resume is written in,
/// which its writer plainly has ("Strong written English" asked of a resume in English).
enum HeldSkills {
  static func terms(of posting: JobPosting, in resume: ParsedResume) -> Set<String> {
    var listed = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    if let written = writtenLanguages[resume.language] { listed.insert(written) }
    return listed.union(StatedToolNames.terms(of: posting, in: resume, known: listed))
  }

  /// The spoken-language lexicon term for each code `LanguageDetector` gives.
  private static let writtenLanguages = [
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian",
  ]
}
