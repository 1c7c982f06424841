/// A plain paragraph right after a requirement list, with no heading of its own, that is no
/// requirement: the pay and perks ("Night shift differential…", "Pay rises every 6
/// months"), the appointment's terms ("Appointment: 2 years, renewable"), what to send and
/// whom to ask, a closing word to the reader ("You will excel in a role where…").
enum ListEnd {
  /// The section such a line starts, or nil when the line may still be a requirement.
  static func kind(after text: String) -> PostingSectionKind? {
    if applyOpeners.opens(text) { return .apply }
    if perks.matches(text) { return .benefits }
    if closers.opens(text) { return .other }
    guard let colon = text.byteRange(of: ":")?.lowerBound else { return nil }
    // "Appointment: …", "Term: …": a label no requirement heading uses.
    let label = String(text[..<colon])
    guard label.wordCount <= 4, !label.isEmpty else { return nil }
    let kind = SectionClassifier.kind(ofHeading: label)
    return kind == .requirements || kind == .preferred ? nil : .other
  }

  /// "Applications should include…", "Questions about the role…", "To apply, …",
  /// "Please address cover letters to …".
  private static let applyOpeners = PhraseSet([
    "applications should", "applications must", "applications will", "applications are",
    "applications close", "application deadline", "application materials", "your application",
    "to apply", "how to apply", "questions", "inquiries", "enquiries", "please send",
    "please submit", "please apply", "apply by", "apply online", "send your",
    "interested candidates", "interested applicants", "please address", "address your",
    "address cover", "address applications", "please direct", "direct your",
    "direct applications", "cover letters should", "send applications", "send resumes",
    "email your",
  ])

  /// "You will excel in a role where accuracy matters.", "If this sounds like you, …": a
  /// closing word to the reader about the role, which asks nothing of them.
  private static let closers = PhraseSet(
    ["excel", "thrive", "love", "enjoy", "fit right in", "feel at home"].flatMap { verb in
      ["you will ", "you'll ", "you’ll "].map { $0 + verb }
    } + [
      "if this sounds like you", "if that sounds like you", "sound like you", "sounds like you",
      "this role is perfect for", "this role is ideal for", "this is the role for you",
      "we'd love to hear", "we’d love to hear", "we would love to hear", "we look forward",
    ])

  /// Pay and perks: "Pay rises every 6 months through the apprenticeship", "Starting wage
  /// $21/hour", "Tuition help". Pay is what the job gives, never what it asks.
  private static let perks = PhraseSet([
    "sign-on bonus", "signing bonus", "shift differential", "tuition", "paid time off",
    "401(k)", "health insurance", "relocation assistance", "pay rises", "pay raises",
    "pay increases", "pay goes up", "wage increases", "wages rise", "raises every",
    "starting pay", "starting wage", "starting rate", "pay rate", "pay scale", "pay range",
    "salary range", "hourly rate", "step increases",
  ])
}
