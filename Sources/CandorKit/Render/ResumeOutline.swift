/// Renders a ``ParsedResume`` as an indented outline a person can check at a glance:
/// basics, each entry with its dates and highlights (with the metrics and skills found in
/// them), the other sections, years of experience, skills found and notes.
public enum ResumeOutline {
  public static func render(_ parsed: ParsedResume) -> String {
    var out = OutlineWriter(evidence: parsed.evidence)
    let resume = parsed.resume
    let kind = parsed.document?.rawValue ?? parsed.format.rawValue
    out.line(0, "Resume (\(kind), \(parsed.language))")
    out.basics(resume.basics)
    out.work(resume.work, lengths: parsed.workLengths ?? [])
    out.volunteer(resume.volunteer)
    out.education(resume.education)
    out.skills(resume.skills)
    out.projects(resume.projects)
    out.lists(resume)
    var source = parsed.yearsAreStated == true ? " (stated)" : ""
    if let stated = parsed.statedYears {
      source = " (from dated roles; the resume states \(stated))"
    }
    if let dated = parsed.datedYears {
      source = " (stated; its dated roles, run on to today, cover \(dated))"
    }
    out.line(1, "years of experience: \(parsed.yearsOfExperience)\(source)")
    out.found(parsed.skills)
    if !parsed.notes.isEmpty {
      out.line(1, "notes")
      for note in parsed.notes { out.line(2, "- \(note)") }
    }
    return out.text
  }

  /// "2 years", "1 year 3 months", "18 months" → "1 year 6 months".
  static func length(_ months: Int) -> String {
    let (years, rest) = months.quotientAndRemainder(dividingBy: 12)
    let parts = [(years, "year"), (rest, "month")].filter { $0.0 > 0 }
      .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
    return parts.joined(separator: " ")
  }

  /// "2018-11 – present", "2019 – 2021", "– 2016" (graduation only).
  static func dates(_ start: String?, _ end: String?) -> String? {
    switch (start, end) {
    case (nil, nil): return nil
    case (let start?, nil): return "\(start) – present"
    case (nil, let end?): return "– \(end)"
    case (let start?, let end?): return start == end ? start : "\(start) – \(end)"
    }
  }
}
