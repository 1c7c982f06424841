import Foundation

/// A hand-made label for one posting (`labels/NNN.json`; see the corpus's labels/README.md).
struct PostingLabel: Decodable {
  var title: String
  var company: String?
  var recipient: String?
  var location: String?
  var level: String?
  var language: String?
  var required: [String]
  var preferred: [String]
  var soft: [String]
  var keywords: [String]
  var aliases: [String: [String]]

  static func load(_ url: URL) throws -> PostingLabel {
    try JSONDecoder().decode(PostingLabel.self, from: Data(contentsOf: url))
  }
}
