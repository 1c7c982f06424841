/// Gathers a posting's keyword candidates line by line: terms, degrees with their fields,
/// and either/or groups, which are settled once every line is seen.
struct CandidateCollector {
  let names: PostingNames
  let lexicon: Lexicon
  /// The posting reader's lexicon scan, reused where it covers a line.
  let reading: PostingReading
  /// Product names and acronyms the posting reader discovered (terms the lexicon lacks).
  let discovered: [String]
  private var tallies = KeywordTallies()
  /// Each lexicon term's key, remembered across lines.
  private var keys: [String: String] = [:]
  private var groups: [(hit: TermHit, line: KeywordLine, members: [TermHit])] = []

  init(names: PostingNames, lexicon: Lexicon, reading: PostingReading, discovered: [String]) {
    self.names = names
    self.lexicon = lexicon
    self.reading = reading
    self.discovered = discovered
  }

  mutating func add(_ line: KeywordLine) {
    let found = names.removing(
      from: LineTerms.hits(
        in: line, lexicon: lexicon, reading: reading, discovered: discovered, keys: &keys),
      in: line.text)
    let (hits, degrees) = DegreeTerms.merge(found, in: line.text)
    for group in EitherOr.groups(hits, in: line.text) {
      if group.hits.count == 1 {
        var hit = group.hits[0]
        if hit.category == .degree { hit.alternatives = degrees.map(\.option) }
        tallies.add(hit, on: line)
      } else {
        groups.append((EitherOr.hit(for: group, in: line.text), line, group.hits))
      }
    }
  }

  /// The tallies, with each either/or group counted as one candidate, or as its options
  /// when one of them is also named on its own: a tool anywhere ("Design Python services"
  /// beside "Python or Go"), a field of work only in a requirement. A field named elsewhere
  /// describes the employer ("a primary care practice"), so "primary care or urgent care"
  /// stays one requirement that urgent care meets. A split option never asked for alone
  /// keeps the others as partners that meet it ("Power BI or Tableau" beside "Power BI
  /// dashboards": Power BI meets Tableau's only requirement).
  mutating func finished() -> KeywordTallies {
    let askedAlone = Set(tallies.order)
    for (hit, line, members) in groups {
      let namedAlone = members.contains { member in
        guard let alone = tallies[member.key] else { return false }
        return alone.tier != .other || alone.kind != .domain
      }
      if namedAlone {
        for var member in members {
          if !askedAlone.contains(member.key) {
            member.partners = members.filter { $0.key != member.key }.map(\.option)
          }
          tallies.add(member, on: line)
        }
      } else {
        tallies.add(hit, on: line)
      }
    }
    groups = []
    return tallies
  }
}
