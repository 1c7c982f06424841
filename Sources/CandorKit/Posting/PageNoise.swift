/// Removes what a browser or a job board adds around a posting: print headers with date
/// and page title, footers with the page's address and "1/4", cookie banners and
/// advertisements.
enum PageNoise {
  static func strip(_ source: inout PostingSource) {
    var dropped = 0
    var kept: [TextLine] = []
    var repeated: Set<String> = []
    var index = 0
    let lines = source.lines
    while index < lines.count {
      let line = lines[index]
      if printStamp.matches(line.text) {
        dropped += 1
        if let title = nextText(lines, after: index), title.text.count <= 200 {
          if source.pageTitle == nil {
            source.pageTitle = SourcedValue(text: title.text, line: title.line)
          }
          repeated.insert(title.text)
        }
      } else if repeated.contains(line.text) || isFurniture(line.text)
        || isPageNumber(lines, at: index)
      {
        dropped += 1
        if let next = runningHeader(lines, after: index) {
          dropped += 1
          index = next
        }
      } else if isAdMarker(line.text) {
        if opensJobAd(lines, at: index, after: kept) {
          dropped += lines.count - index
          source.notes.append("set aside a sponsored ad for another job from line \(line.line)")
          break
        }
        dropped += 1 + dropAdNeighbours(&kept)
      } else {
        kept.append(line)
      }
      index += 1
    }
    guard dropped > 0 else { return }
    source.lines = kept
    source.notes.append(
      "set aside \(dropped) line\(dropped == 1 ? "" : "s") of page furniture "
        + "(print headers and footers, page numbers, links, ads)")
  }

  private static let printStamp = Pattern(
    #"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?$"#, requiring: [":"])
  private static let pageCounter = Pattern(
    #"^(\d{1,3}\s?/\s?\d{1,3}|(page|página|seite|pagina)\s+\d+(\s+(of|de|von|di)\s+\d+)?)$"#,
    requiring: ["/", "page", "página", "seite", "pagina"])
  /// "CFCSD Posting T-2027-031      Page 2": a running header or footer whose page number
  /// ends a line after a wide gap.
  private static let runningPageLine = Pattern(
    #"\S\s{2,}(page|página|seite|pagina)\s+\d+(\s+(of|de|von|di)\s+\d+)?$"#,
    requiring: ["page", "página", "seite", "pagina"])

  /// A lone page number ("1") just above a running header or footer that names its page.
  private static func isPageNumber(_ lines: [TextLine], at index: Int) -> Bool {
    let text = lines[index].text
    guard let last = text.utf8.last, (0x30...0x39).contains(last), text.utf8.count <= 60,
      text.trimmed.utf8.count <= 3, text.trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let next = nextText(lines, after: index)
    else { return false }
    return runningPageLine.matches(next.text)
  }

  private static let bareLink = Pattern(#"^(https?://|www\.)\S+$"#, requiring: ["http", "www."])

  /// Where the running header just under a page counter at `index` is, if one is there.
  private static func runningHeader(_ lines: [TextLine], after index: Int) -> Int? {
    guard pageCounter.matches(lines[index].text),
      let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }),
      let top = lines.first(where: { !$0.isBlank }), top.line != lines[index].line,
      PostingRunningHeader.repeats(lines[next].text, top: top.text)
    else { return nil }
    return next
  }

  private static func isFurniture(_ text: String) -> Bool {
    pageCounter.matches(text) || runningPageLine.matches(text) || bareLink.matches(text)
      || ConsentBanner.matches(text)
      || isPageFooter(text) || isFoldControl(text)
  }

  /// "© 2026 JobBoard Corporation   Privacy   Terms   Help Center": the site's footer.
  private static func isPageFooter(_ text: String) -> Bool {
    // Nearly every line holds neither mark, and a byte search tells without a copy.
    guard text.hasBytes("©") || text.hasBytes("opyright") else { return false }
    let trimmed = text.trimmed
    guard trimmed.hasPrefix("©") || trimmed.lowercased().hasPrefix("copyright") else {
      return false
    }
    return trimmed.wordCount <= 16
  }

  /// "Show more", "See less": a board's button to unfold the description.
  private static func isFoldControl(_ text: String) -> Bool {
    guard text.hasAtMostCharacters(16) else { return false }
    return foldControls.contains(text.trimmed.lowercased())
  }

  private static let foldControls: Set<String> = [
    "show more", "show less", "see more", "see less", "read more", "read less",
    "…more", "... more", "...more", "ver más", "mehr anzeigen", "voir plus",
  ]

  /// A lone "Sponsored" after the posting's own text, with a job title just below it: an ad
  /// for another job, which runs to the end of the page.
  private static func opensJobAd(_ lines: [TextLine], at index: Int, after kept: [TextLine])
    -> Bool
  {
    guard lines[index].text.wordCount == 1, kept.lazy.filter({ !$0.isBlank }).count >= 8
    else { return false }
    let next = lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(3)
    return next.contains { PostingRoleWords.isTitleLike($0.text) }
  }

  private static let adMarkers = [
    "close ad", "publicidad", "advertisement", "sponsored", "patrocinado", "anuncio",
    "read next story", "werbung", "publicité", "pubblicità",
  ]

  /// A line that says it is an ad, or belongs to one ("HBO Max · Sponsored").
  static func isAdMarker(_ text: String) -> Bool {
    guard text.wordCount <= 8 else { return false }
    // Every form holds a marker; in ASCII text a byte search, which ignores ASCII case,
    // settles that none is there before the line is lowercased.
    if text.utf8.allSatisfy({ $0 < 0x80 }), !adMarkerSet.matches(text) { return false }
    let lower = text.lowercased()
    return adMarkerForms.contains { marker in
      lower == marker.alone || lower.hasSuffix(marker.afterDot)
        || lower.hasSuffix(marker.afterBar) || lower.hasPrefix(marker.beforeDot)
    }
  }

  private static let adMarkerSet = PhraseSet(adMarkers)

  /// Each ad marker alone and in the bylines that carry it, spelled out once.
  private static let adMarkerForms = adMarkers.map { marker in
    (alone: marker, afterDot: "· " + marker, afterBar: "| " + marker, beforeDot: marker + " ·")
  }

  /// Drops the short lines just above an ad marker (the ad's headline); returns how many.
  private static func dropAdNeighbours(_ kept: inout [TextLine]) -> Int {
    var count = 0
    while let last = kept.last, !last.isBlank, last.kind != .heading, last.text.wordCount <= 6,
      !last.text.hasSuffix(":"), count < 2
    {
      kept.removeLast()
      count += 1
    }
    return count
  }

  private static func nextText(_ lines: [TextLine], after index: Int) -> TextLine? {
    lines[(index + 1)...].prefix(4).first { !$0.isBlank }
  }
}
