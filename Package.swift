// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Candor",
  products: [
    .library(name: "CandorKit", targets: ["CandorKit"]),
    .executable(name: "candor", targets: ["candor"]),
    .executable(name: "candor-corpus", targets: ["CandorCorpus"]),
    .executable(name: "candor-bench", targets: ["CandorBench"]),
  ],
  targets: [
    .target(
      name: "CandorKit",
      resources: [.copy("Resources/lexicon"), .copy("Resources/schema")]
    ),
    .target(name: "CandorCLI", dependencies: ["CandorKit"]),
    .executableTarget(name: "candor", dependencies: ["CandorCLI"]),
    .executableTarget(name: "CandorCorpus", dependencies: ["CandorKit"]),
    .executableTarget(name: "CandorBench", dependencies: ["CandorKit"], path: "Benchmarks"),
    .testTarget(
      name: "CandorKitTests",
      dependencies: ["CandorKit"],
      path: "Tests/CandorKitTests"
    ),
    .testTarget(
      name: "CandorCLITests",
      dependencies: ["CandorCLI", "CandorKit", "CandorCorpus"],
      path: "Tests/CandorCLITests"
    ),
  ]
)
