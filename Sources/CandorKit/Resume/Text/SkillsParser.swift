import Foundation

/// Reads a skills section: "Category: a, b, c" groups, comma and bullet lists, tables of
/// rated skills ("Java SE/EE    IV"), and flattened exports ("Excel- Exprience - 2 years").
enum SkillsParser {
  static func parse(_ section: ResumeSection, wrapWidth: Int) -> [Resume.Skill] {
    var skills: [Resume.Skill] = []
    var pendingGroup: String?
    let paragraphs = paragraphs(section.lines, wrapWidth: wrapWidth)
    let isRatedTable = paragraphs.filter { ratedRow($0) != nil }.count >= 3
    for paragraph in paragraphs {
      if let row = ratedRow(paragraph) {
        skills.append(row)
      } else if isRatedTable, items(paragraph).count == 1 {
        // FIXME: group names of a rated table ("Database") are dropped, not kept as groups.
        continue
      } else if let (label, items) = group(paragraph), !items.isEmpty {
        skills.append(skill(label, keywords: items))
        pendingGroup = nil
      } else if paragraph.hasSuffix(":") {
        pendingGroup = String(paragraph.dropLast()).trimmingSpaces()
      } else if let label = pendingGroup {
        skills.append(skill(label, keywords: items(paragraph)))
        pendingGroup = nil
      } else {
        skills += items(paragraph).map(rated)
      }
    }
    var seen = Set<String>()
    return skills.filter { seen.insert(($0.name ?? "").lowercased()).inserted }
  }

  /// The section's lines joined where they wrap: after a comma, before a lowercase word.
  ///
  /// A paragraph's checks look at its last two lines (`tail`), whose end is the
  /// paragraph's end, and a flag for its commas, so a long list stays linear.
  private static func paragraphs(_ lines: [ResumeLine], wrapWidth: Int) -> [String] {
    var result: [String] = []
    var tail = ""
    var hasComma = false
    var previous: ResumeLine?
    for line in lines where !line.isDanglingBullet {
      defer { previous = line.isBlank ? nil : line }
      guard !line.isBlank else { continue }
      let text = line.text
      if let previous, line.kind != .bullet, !text.contains(": "), !result.isEmpty,
        ratedRow(tail) == nil,
        tail.hasSuffix(",") || LineShape.endsOnJoiner(tail) || text.first?.isLowercase == true
          || (hasComma && text.contains(",") && previous.text.count * 2 >= wrapWidth)
          || (LineShape.isFull(previous, wrapWidth: wrapWidth) && !tail.hasSuffix(":"))
      {
        result[result.count - 1] += " " + text
        tail = previous.text + " " + text
      } else {
        result.append(text)
        tail = text
        hasComma = false
      }
      hasComma = hasComma || text.contains(",")
    }
    return result
  }

  /// "Programming languages: Python, Java" → ("Programming languages", ["Python", "Java"]).
  private static func group(_ text: String) -> (String, [String])? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon].trimmingSpaces()
    let rest = text[text.index(after: colon)...].trimmingSpaces()
    guard !label.isEmpty, label.split(separator: " ").count <= 5, !rest.isEmpty else {
      return nil
    }
    return (label, items(rest))
  }

  /// Items of a list: split at commas, semicolons, bullets, pipes and wide gaps, but not
  /// inside parentheses.
  static func items(_ text: String) -> [String] {
    var items: [String] = []
    var current = ""
    var depth = 0
    var previous: Character = " "
    for char in text {
      if char == "(" { depth += 1 }
      if char == ")" { depth = max(0, depth - 1) }
      let isMark = char == "," || char == ";" || char == "•" || char == "|" || char == "·"
      let splits = depth == 0 && (isMark || (char == " " && previous == " "))
      if splits {
        items.append(current)
        current = ""
      } else {
        current.append(char)
      }
      previous = char
    }
    items.append(current)
    return items.map(tidy).filter { !$0.isEmpty && !tableHeadings.contains($0.lowercased()) }
  }

  private static func tidy(_ item: String) -> String {
    var text = item.trimmingSpaces()
    for prefix in ["and ", "& ", "y "] where text.lowercased().hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
    }
    return text.trimming(charactersIn: " .:-")
  }

  private static func skill(_ name: String, keywords: [String]) -> Resume.Skill {
    var skill = Resume.Skill()
    skill.name = name
    skill.keywords = keywords.isEmpty ? nil : keywords
    return skill
  }

  /// "Java SE/EE    IV": a row of a table of rated skills.
  private static func ratedRow(_ text: String) -> Resume.Skill? {
    guard
      let range = ratedRowLevel.firstRange(in: text),
      range.lowerBound > text.startIndex
    else { return nil }
    var skill = Resume.Skill()
    skill.name = tidy(String(text[..<range.lowerBound]))
    skill.level = text[range].trimmingSpaces()
    return skill
  }

  /// "Python (Expert)", "Data Entry- Exprience - Less than 1 year months".
  private static func rated(_ item: String) -> Resume.Skill {
    var skill = Resume.Skill()
    if let range = experienceLevel.firstRange(in: item) {
      skill.name = tidy(String(item[..<range.lowerBound]))
      let level = item[range].split(separator: "-", maxSplits: 2).last.map(String.init) ?? ""
      let isYears = level.contains("year")
      skill.level = tidy(isYears ? level.replacingOccurrences(of: " months", with: "") : level)
      return skill
    }
    if let range = bracketedLevel.firstRange(in: item),
      range.lowerBound > item.startIndex
    {
      skill.name = String(item[..<range.lowerBound])
      skill.level = item[range].trimming(charactersIn: " ()")
      return skill
    }
    // "Excel avanzado", "Python - advanced": a level in lowercase after the name, which
    // leaves "Visual Basic" whole.
    if let range = trailingLevel.firstRange(in: item),
      range.lowerBound > item.startIndex
    {
      skill.name = String(item[..<range.lowerBound])
      skill.level = item[range].trimming(charactersIn: " -")
      return skill
    }
    skill.name = item
    return skill
  }

  /// Words that rate a skill, in the languages resumes are read in.
  private static let ratedRowLevel = Pattern(
    #"\s{2,}(?:I{1,3}|IV|V|[1-5]/[5-9]|[1-9]/10|[1-9]|10)$"#, caseSensitive: true)
  private static let experienceLevel = Pattern(#"\s*-\s*Ex\w*rience\s*-\s*(.+)$"#)
  private static let bracketedLevel = Pattern(#"\s*\("# + levels + #"\)$"#)
  private static let trailingLevel = Pattern(
    #"\s+(?:-\s+)?"# + levels + "$", caseSensitive: true)

  private static let levels =
    #"(?:expert|advanced|intermediate|beginner|basic|proficient|native|fluent|avanzad[oa]"#
    + #"|intermedi[oa]|básic[oa]|basic[oa]|expert[oa]|nativ[oa]|avancé|intermédiaire"#
    + #"|débutant|courant|avançado|intermediário)"#

  private static let tableHeadings: Set<String> = [
    "skill name", "version", "last used", "version last used", "experience", "proficiency",
    "skill", "skills", "level", "rating",
  ]
}
