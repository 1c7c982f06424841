import Foundation

/// Locates files under `Tests/Fixtures` and the optional shared corpus.
enum SupportFixtures {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func url(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath)
  }

  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: url(relativePath), encoding: .utf8)
  }

  /// The shared corpus: `$CANDOR_CORPUS`, or `../shared/corpus` next to the package; nil
  /// when neither exists.
  static let corpus: URL? = {
    let candidates = [
      ProcessInfo.processInfo.environment["CANDOR_CORPUS"].map { URL(fileURLWithPath: $0) },
      packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
    ]
    return candidates.compactMap { $0 }.first {
      FileManager.default.fileExists(atPath: $0.path)
    }
  }()
}
