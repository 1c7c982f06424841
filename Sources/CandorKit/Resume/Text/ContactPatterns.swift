import Foundation

/// Recognises the contact items of a resume header: emails, phone numbers, web addresses
/// and the profiles they point to.
enum ContactPatterns {
  private static let emailPattern = try! NSRegularExpression(
    pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)
  private static let phonePattern = try! NSRegularExpression(
    pattern: #"(?<![\w/])\+?\(?\d[\d\s().\-]{6,18}\d(?![\w/])"#)
  private static let urlPattern = try! NSRegularExpression(
    pattern:
      #"(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*"#
      + #"\.[A-Za-z]{2,}(?:/[^\s|,;)]*)?"#
  )

  static func email(in text: String) -> String? {
    guard text.hasBytes("@") else { return nil }
    return first(emailPattern, in: text)
  }

  /// A phone number: 7 to 15 digits, not a date range such as "2019-2021".
  static func phone(in text: String) -> String? {
    guard TextFolding.hasDigit(text), let found = first(phonePattern, in: text) else {
      return nil
    }
    let digits = found.filter(\.isNumber).count
    guard (7...15).contains(digits), DateParser.span(in: found)?.isRange != true else {
      return nil
    }
    return found.trimmingSpaces()
  }

  private static let scheme = Pattern(#"^https?://"#, caseSensitive: true)

  /// A web address when `piece` is one and little else ("github.com/jdoe",
  /// "https://kliao.example.com"); names such as "Node.js" are not addresses.
  static func url(in piece: String) -> String? {
    let trimmed = piece.trimmingSpaces()
    guard !trimmed.contains("@"), trimmed.hasBytes("."), let found = first(urlPattern, in: trimmed)
    else { return nil }
    let lower = found.lowercased()
    let isExplicit = lower.hasPrefix("http") || lower.hasPrefix("www.") || found.contains("/")
    let host =
      scheme.replacing(in: lower, with: "")
      .split(separator: "/").first.map(String.init) ?? lower
    let tld = host.split(separator: ".").last.map(String.init) ?? ""
    guard isExplicit || (webDomains.contains(tld) && found.count >= trimmed.count - 2) else {
      return nil
    }
    return found
  }

  /// The profile a web address points to: network and user name.
  static func profile(for url: String) -> Resume.Profile? {
    let lower = url.lowercased()
    guard let (domain, network) = networks.first(where: { lower.contains($0.key) }) else {
      return nil
    }
    var profile = Resume.Profile()
    profile.network = network
    profile.url = url.hasPrefix("http") ? url : "https://" + url
    let path = lower.components(separatedBy: domain).last ?? ""
    let parts = path.split(separator: "/").filter { !["in", "u", "user", "users"].contains($0) }
    if let name = parts.first.map({
      String($0).trimming(charactersIn: "@")
    }),
      !name.isEmpty
    {
      let original = url.range(of: name, options: .caseInsensitive).map { String(url[$0]) }
      profile.username = original ?? name
    }
    return profile
  }

  /// The network a label names ("LinkedIn:", "GitHub -").
  static func network(named label: String) -> String? {
    let folded = label.lowercased().filter(\.isLetter)
    return networks.values.first { $0.lowercased() == folded }
  }

  private static func first(_ pattern: NSRegularExpression, in text: String) -> String? {
    guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range, in: text)
    else { return nil }
    return String(text[range])
  }

  private static let webDomains: Set<String> = [
    "com", "net", "org", "io", "dev", "me", "co", "ee", "app", "ai", "xyz", "info", "page",
    "site", "tech", "blog", "edu", "in", "uk", "fr", "es", "pe", "de", "ca", "mx", "br",
  ]

  private static let networks: [String: String] = [
    "linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab",
    "twitter.com": "Twitter", "x.com/": "X", "stackoverflow.com": "Stack Overflow",
    "medium.com": "Medium", "behance.net": "Behance", "dribbble.com": "Dribbble",
    "linktr.ee": "Linktree", "youtube.com": "YouTube", "kaggle.com": "Kaggle",
    "bitbucket.org": "Bitbucket", "leetcode.com": "LeetCode", "instagram.com": "Instagram",
    "facebook.com": "Facebook", "soundcloud.com": "SoundCloud",
  ]
}
