import Foundation
import Testing

/// ARCHITECTURE.md draws who may use whom; Package.swift decides it; the
/// sources' imports must keep to it. These tests read all three, so the
/// document can't drift from the build and no file reaches past its layer.
@Suite struct ArchitectureTests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/KeelBaseTests/ArchitectureTests.swift
        return parts.joined(separator: "/")
    }()

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    @Test func theTableInArchitectureMatchesPackageSwift() throws {
        let declared = Dependencies.ofPackage(try Self.read("Package.swift"))
        let documented = try Dependencies.ofArchitecture(Self.read("ARCHITECTURE.md"))
        #expect(declared.count >= 10, "Package.swift was read: \(declared.keys.sorted())")
        for name in Set(declared.keys).union(documented.keys).sorted() {
            #expect(documented[name] != nil, "\(name) is in Package.swift but not in ARCHITECTURE.md's table")
            #expect(declared[name] != nil, "\(name) is in ARCHITECTURE.md's table but not in Package.swift")
            if let d = declared[name], let a = documented[name] {
                #expect(d == a, "\(name): Package.swift says \(d.sorted()), ARCHITECTURE.md says \(a.sorted())")
            }
        }
    }

    @Test func contentKnowsNothingOfTheStore() throws {
        let declared = Dependencies.ofPackage(try Self.read("Package.swift"))
        #expect(declared["KeelContent"] == ["KeelBase"])
        #expect(declared["KeelBase"] == [])
    }

    /// Every `import` of one of the package's own targets (or of a product
    /// it depends on) names something the importing target declares.
    @Test func everyImportIsDeclared() throws {
        let declared = Dependencies.ofPackage(try Self.read("Package.swift"))
        let known = Set(declared.keys).union(declared.values.flatMap { $0 })
        var checked = 0
        for target in declared.keys {
            for folder in ["Sources", "Tests"] {
                for file in try Files.swift(under: Self.root + "/" + folder + "/" + target) {
                    let text = try String(contentsOfFile: file, encoding: .utf8)
                    for module in Dependencies.imports(text) where known.contains(module) && module != target {
                        checked += 1
                        #expect(
                            declared[target]?.contains(module) == true,
                            "\(file.dropFirst(Self.root.count + 1)) imports \(module), which \(target) does not declare")
                    }
                }
            }
        }
        #expect(checked > 50, "the sources were read")
    }
}

/// The readers themselves, on small texts, so a parser that sees nothing
/// can't make the checks above pass by comparing two empty pictures.
@Suite struct DependencyReaderTests {
    @Test func packageTargetsWithStringsAndProducts() {
        let package = """
            .target(name: "A"),
            .target(
                name: "B",
                dependencies: [
                    "A",
                    .product(name: "Crypto", package: "swift-crypto"),
                ]
            ),
            .testTarget(name: "BTests", dependencies: ["B"], exclude: ["Fixtures"]),
            """
        #expect(Dependencies.ofPackage(package) == ["A": [], "B": ["A", "Crypto"], "BTests": ["B"]])
    }

    @Test func architectureRowsStopAtTheNextHeading() throws {
        let doc = """
            ## Who uses whom

            | target | depends on |
            | --- | --- |
            | A | |
            | B | A, Crypto |

            ## Tests
            | C | D |
            """
        #expect(try Dependencies.ofArchitecture(doc) == ["A": [], "B": ["A", "Crypto"]])
    }

    @Test func importsOfEveryKind() {
        let source = """
            import Testing
            @testable import KeelCoach
            @_exported import KeelBase
            import struct Foundation.Date
            // import NotThis
                import InAString
            """
        #expect(Dependencies.imports(source) == ["Testing", "KeelCoach", "KeelBase", "Foundation"])
    }
}
