/// A resume tailored to one posting, what changed, and the match rate before and after.
public struct TailoredResume: Sendable, Codable, Equatable {
  /// The tailored copy: the same facts, reordered and selected.
  public var resume: Resume
  public var changes: [TailorChange]
  public var matchRateBefore: Double
  public var matchRateAfter: Double
}

/// One change tailoring made.
public struct TailorChange: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    case highlights, skills, summary
  }

  public var kind: Kind
  /// The part of the resume: "Experience: Northwind", "Skills", "Summary".
  public var section: String
  /// What changed, in a sentence.
  public var message: String
  /// Highlights left out, as the resume words them.
  public var dropped: [String]
}

/// How to tailor.
public struct TailorOptions: Sendable, Equatable {
  /// How many highlights to keep per role and project.
  public var top: Int

  public init(top: Int = 4) {
    self.top = top
  }
}
