/// A website's cookie or consent banner captured with the posting ("We use cookies to
/// improve your experience. Accept all"): page noise, never a requirement or a hook.
enum ConsentBanner {
  static func matches(_ text: String) -> Bool {
    guard text.wordCount <= 40, cookie.matches(text) else { return false }
    return banner.matches(text)
  }

  private static let cookie = Pattern(#"\bcookies?\b"#, requiring: ["cookie"])
  private static let banner = Pattern(
    #"\b(?:we use cookies|uses cookies|accept (?:all )?cookies|reject (?:all )?cookies"#
      + #"|cookies? (?:banner|settings|preferences|policy|notice|consent)|consent"#
      + #"|accept all|reject all|privacy policy|manage (?:cookies|preferences))\b"#)
}
