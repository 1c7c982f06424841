/// Whether a resume shows another line of work than a posting's, for the career-change
/// opener: by the titles, then by the posting's tools and credentials.
struct FieldChange {
  let posting: JobPosting
  let resume: ParsedResume

  /// No role noun of the posting's title in the resume's titles ("engineer" and
  /// "developer" are one), and under a third of its tools and credentials held. A librarian
  /// moving up to "Head of Digital Services" changes no field though its tools are new, as
  /// the posting asks for a librarian; a student's internships start a career, not another.
  var isDifferentField: Bool {
    let titles = resume.resume.work.filter { !$0.isBreak }.compactMap(\.position)
    guard !titles.isEmpty, !titles.allSatisfy(RoleNoun.isTraining) else { return false }
    if let wanted = posting.title.flatMap(RoleNoun.of) {
      if titles.contains(where: { RoleNoun.nouns(in: $0).contains(wanted) }) { return false }
      if RoleNoun.isGeneric(wanted), let latest = titles.first.flatMap(RoleNoun.of),
        !RoleNoun.isGeneric(latest),
        asked.contains(where: { RoleNoun.names(latest, in: $0) })
      {
        return false
      }
    }
    // FIXME: a chemist applying to teach chemistry shares the posting's chemistry and reads
    // as the same field; telling occupations apart needs occupation families.
    let titleWords = ContentWords.of(titles.joined(separator: " "))
    return titleWords.isDisjoint(with: ContentWords.of(posting.title ?? "")) && sharesFewTools
  }

  /// The posting's title, requirements and duties.
  private var asked: [String] {
    [posting.title ?? ""] + posting.requirements.map(\.text) + posting.responsibilities.map(\.text)
  }

  /// Under a third of the posting's tools and credentials are in the resume.
  private var sharesFewTools: Bool {
    guard posting.skills.count >= 3 else { return false }
    let held = Set(resume.skills.map(\.term) + resume.evidence.flatMap(\.skills))
    // Tools and credentials tell fields apart; methods and domains carry across them.
    let specific = posting.skills.filter {
      GroundingChecker.hardCategories.contains($0.category)
        && !Self.everydayTools.contains($0.term.lowercased())
    }
    let wanted =
      specific.count >= 2 ? specific : posting.skills.filter { $0.category != .softSkill }
    let shared = wanted.filter { held.contains($0.term) }
    return Double(shared.count) < Double(wanted.count) * 0.3
  }

  /// Office tools every field uses; sharing them says nothing about the field.
  static let everydayTools: Set<String> = [
    "excel", "microsoft excel", "outlook", "microsoft outlook", "word", "microsoft word",
    "powerpoint", "microsoft powerpoint", "microsoft office", "google workspace", "google docs",
    "google sheets", "zoom", "slack", "microsoft teams", "email",
  ]
}
