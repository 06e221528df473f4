// swift-tools-version: 6.0
import PackageDescription

// Imports point one way only: each target's job and the dependency picture are
// in ARCHITECTURE.md, whose table a test checks against this file.
let package = Package(
    name: "keel",
    products: [
        .executable(name: "keel", targets: ["keel"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // scrypt (CryptoExtras) and AES-GCM (Crypto) for encryption at rest; BoringSSL underneath.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "KeelTerminal"),
        .target(name: "KeelCurses", dependencies: ["CNCurses", "KeelTerminal"]),
        .target(name: "KeelBase"),
        .target(
            name: "KeelStore",
            dependencies: [
                "KeelBase",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "KeelContent", dependencies: ["KeelBase"]),
        .target(name: "KeelCoach", dependencies: ["KeelTerminal", "KeelContent", "KeelStore"]),
        .executableTarget(
            name: "keel",
            dependencies: [
                "KeelCoach", "KeelCurses", "KeelStore", "KeelContent", "KeelTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the crisis model (`make crisis-model`); optimised even in a
        // debug build, so training and the tests' cross-validation take seconds.
        .target(name: "KeelCrisisTraining", dependencies: ["KeelCoach", "KeelBase"], swiftSettings: [.unsafeFlags(["-O"])]),
        .executableTarget(name: "keel-train-crisis", dependencies: ["KeelCrisisTraining", "KeelCoach", "KeelContent", "KeelBase"]),
        .executableTarget(name: "keel-bench", dependencies: ["KeelStore", "KeelCoach", "KeelContent", "KeelTerminal"]),
        // Key storms over every screen, shared by the tests and `make stress`; never linked into keel.
        .target(name: "KeelStorm", dependencies: ["KeelCoach", "KeelTerminal", "KeelStore"]),
        .executableTarget(name: "keel-stress", dependencies: ["KeelStorm", "KeelStore", "KeelCoach", "KeelContent", "KeelTerminal"]),
        .testTarget(name: "KeelBaseTests", dependencies: ["KeelBase"]),
        .testTarget(name: "KeelTerminalTests", dependencies: ["KeelTerminal"]),
        .testTarget(name: "KeelStoreTests", dependencies: ["KeelStore"]),
        .testTarget(name: "KeelContentTests", dependencies: ["KeelContent", "KeelBase"]),
        .testTarget(
            name: "KeelCoachTests", dependencies: ["KeelCoach", "KeelTerminal", "KeelStore", "KeelContent", "KeelStorm", "KeelCrisisTraining"],
            exclude: ["Fixtures", "Goldens"]),
        .testTarget(name: "KeelBinaryTests", dependencies: []),
    ]
)

// The decoder fuzzer, only for `make fuzz` (it needs libFuzzer's main).
if Context.environment["KEEL_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "keel-fuzz", dependencies: ["KeelStore"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
