// swift-tools-version:6.0
import PackageDescription

/// How the release `candor` is linked: the Swift runtime and Foundation inside the executable
/// (`-static-stdlib`; the static Foundation needs its CoreFoundation, ICU and shim archives
/// named), by lld with relative relocations packed (`-z pack-relative-relocs`). A text-resume
/// `candor write` then peaks at about 26 MB instead of 34.5 (no symbol lookups through 15
/// shared libraries at start-up, no 1.8 MB relocation table to read), and starts sooner.
/// `libCandorDocuments.so` is linked the same way: a PDF run then carries two copies of the
/// runtime, which share nothing but the C entry point's bytes (`DocumentLibrary`), and peaks
/// at about 54 MB (51.5 before; 62.5 with the library still on the shared runtime).
/// Debug builds and the tests keep the shared libraries. See BENCHMARKS.md, "Memory".
let staticRelease = [
  "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
  "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
  "-lswiftSynchronization",
]

/// The functions `candor` runs for its usual commands, placed side by side by the linker:
/// only 1.6 MB of the 17 MB of code runs in a `candor write`, but spread out it brought 12.8
/// MB of code pages into memory; grouped, 6 MB. Made by `make hot-functions` (callgrind over
/// the corpus); a function missing from the list still links, just not in the group.
let hotFunctionsFirst = [
  "-Xlinker",
  "--symbol-ordering-file=\(Context.packageDirectory)/Sources/candor/hot-functions.txt",
  "-Xlinker", "--no-warn-symbol-ordering",
]

let package = Package(
  name: "Candor",
  products: [
    .library(name: "CandorKit", targets: ["CandorKit"]),
    // Loaded by `candor` with dlopen only when a PDF or DOCX is read or written.
    .library(name: "CandorDocuments", type: .dynamic, targets: ["CandorDocumentsLibrary"]),
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
    // The entry point of `libCandorDocuments.so`, a target of its own so that only the
    // library, not the benchmark or the tests that use CandorDocuments, is linked statically.
    .target(
      name: "CandorDocumentsLibrary", dependencies: ["CandorDocuments", "CandorKit"],
      linkerSettings: [.unsafeFlags(staticRelease, .when(configuration: .release))]),
    .target(name: "CandorCLI", dependencies: ["CandorKit", "CandorSpelling"]),
    .executableTarget(
      name: "candor", dependencies: ["CandorCLI"], exclude: ["hot-functions.txt"],
      linkerSettings: [
        .unsafeFlags(staticRelease + hotFunctionsFirst, .when(configuration: .release))
      ]),
    .executableTarget(
      name: "CandorCorpus", dependencies: ["CandorKit", "CandorDocuments", "CandorSpelling"]),
    .executableTarget(
      name: "CandorBench",
      dependencies: ["CandorKit", "CandorDocuments", "CandorSpelling", "CPoppler"],
      path: "Benchmarks",
      exclude: [
        "keywords_yake.py", "keyword_scoring.py", "keyword_folds.py", "review_proselint.py",
        "hot_functions.py", "keyword_ceiling.py",
      ]),
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
