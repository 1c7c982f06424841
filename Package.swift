// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Candor",
  products: [
    .library(name: "CandorKit", targets: ["CandorKit"]),
    // Loaded by `candor` with dlopen only when a PDF or DOCX is read or written.
    .library(name: "CandorDocuments", type: .dynamic, targets: ["CandorDocuments"]),
    .executable(name: "candor", targets: ["candor"]),
    .executable(name: "candor-corpus", targets: ["CandorCorpus"]),
    .executable(name: "candor-bench", targets: ["CandorBench"]),
  ],
  targets: [
    .target(
      name: "CandorKit",
      resources: [
        .copy("Resources/lexicon"), .copy("Resources/schema"), .copy("Resources/phrasebank"),
      ]
    ),
    .systemLibrary(name: "CHunspell", providers: [.apt(["libhunspell-dev", "hunspell-en-us"])]),
    .target(name: "CandorSpelling", dependencies: ["CandorKit", "CHunspell"]),
    .systemLibrary(name: "CCairoPango", pkgConfig: "pangocairo"),
    .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib"),
    .systemLibrary(name: "CZip", pkgConfig: "libzip"),
    .systemLibrary(name: "CXML2", pkgConfig: "libxml-2.0"),
    .target(
      name: "CandorDocuments",
      dependencies: ["CandorKit", "CCairoPango", "CPoppler", "CZip", "CXML2"]
    ),
    .target(name: "CandorCLI", dependencies: ["CandorKit", "CandorSpelling"]),
    .executableTarget(name: "candor", dependencies: ["CandorCLI"]),
    .executableTarget(
      name: "CandorCorpus", dependencies: ["CandorKit", "CandorDocuments", "CandorSpelling"]),
    .executableTarget(
      name: "CandorBench",
      dependencies: ["CandorKit", "CandorDocuments", "CandorSpelling", "CPoppler"],
      path: "Benchmarks", exclude: ["keywords_yake.py", "review_proselint.py"]),
    .testTarget(
      name: "CandorKitTests",
      dependencies: ["CandorKit", "CandorSpelling"],
      path: "Tests/CandorKitTests"
    ),
    .testTarget(
      name: "CandorDocumentsTests",
      dependencies: ["CandorDocuments", "CandorKit", "CandorCLI", "CCairoPango"],
      path: "Tests/CandorDocumentsTests"
    ),
    .testTarget(
      name: "CandorCLITests",
      dependencies: ["CandorCLI", "CandorKit", "CandorCorpus"],
      path: "Tests/CandorCLITests"
    ),
  ]
)
