import Foundation

extension Foundation.Bundle {
  /// Stands in for the accessor SwiftPM generates: the fuzz build compiles the library's
  /// sources directly, so resources come from `CANDOR_RESOURCES` (default:
  /// `Sources/CandorKit/Resources`, which has the same layout as the built bundle).
  static let module: Bundle = {
    let path =
      ProcessInfo.processInfo.environment["CANDOR_RESOURCES"] ?? "Sources/CandorKit/Resources"
    guard let bundle = Bundle(path: path) else {
      fatalError("no Candor resources at \(path); set CANDOR_RESOURCES")
    }
    return bundle
  }()
}
