// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Candor",
  products: [
    .library(name: "CandorKit", targets: ["CandorKit"]),
    .executable(name: "candor", targets: ["candor"]),
  ],
  targets: [
    .target(
      name: "CandorKit",
      resources: [
        .copy("Resources/lexicon"), .copy("Resources/schema"), .copy("Resources/phrasebank"),
      ]
    ),
    .target(name: "CandorCLI", dependencies: ["CandorKit"]),
    .executableTarget(name: "candor", dependencies: ["CandorCLI"]),
    .testTarget(
      name: "CandorKitTests",
      dependencies: ["CandorKit"],
      path: "Tests/CandorKitTests"
    ),
    .testTarget(
      name: "CandorCLITests",
      dependencies: ["CandorCLI", "CandorKit"],
      path: "Tests/CandorCLITests"
    ),
  ]
)
