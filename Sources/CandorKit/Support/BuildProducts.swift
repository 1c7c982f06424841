import Foundation

/// Where SwiftPM put this build's products: the folder holding CandorKit's resource bundle,
/// which also holds `libCandorDocuments.so`. A `candor` copied elsewhere finds its
/// resources there, as SwiftPM's resource lookup does, and its document library too.
package enum BuildProducts {
  package static var folder: URL {
    Bundle.module.bundleURL.deletingLastPathComponent()
  }
}
