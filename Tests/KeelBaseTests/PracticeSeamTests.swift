import Foundation
import Testing

/// ARCHITECTURE.md sorts the folders of KeelCoach into practices, the
/// folders under them, and the folders where practices meet. A practice
/// names another practice only through routes, outcomes and what practices
/// install (all in App/), never by its types; these tests read every file
/// to hold that.
@Suite struct PracticeSeamTests {
    static let coach = ArchitectureTests.root + "/Sources/KeelCoach"

    /// The folder lists in ARCHITECTURE.md: "- Practices: A, B." lines under
    /// "## Practices and the seams between them".
    static func folders() throws -> Folders {
        try Folders(ArchitectureTests.read("ARCHITECTURE.md"))
    }

    /// The top-level types each folder of KeelCoach declares.
    static func declarations() throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for folder in try FileManager.default.contentsOfDirectory(atPath: coach) {
            for file in try Files.swift(under: coach + "/" + folder) {
                out[folder, default: []].formUnion(SwiftNames.declared(try String(contentsOfFile: file, encoding: .utf8)))
            }
        }
        return out
    }

    /// Each name `folder`'s files use that a folder in `others` declares, as "File.swift: Name (Folder)".
    static func crossings(from folder: String, into others: Set<String>, _ declared: [String: Set<String>]) throws -> [String] {
        var owner: [String: String] = [:]
        for other in others where other != folder {
            for name in declared[other] ?? [] { owner[name] = other }
        }
        var out: [String] = []
        for file in try Files.swift(under: coach + "/" + folder) {
            let used = SwiftNames.used(try String(contentsOfFile: file, encoding: .utf8))
            for name in used.sorted() {
                if let o = owner[name], declared[folder]?.contains(name) != true {
                    out.append("\(folder)/\(file.split(separator: "/").last!): \(name) (\(o))")
                }
            }
        }
        return out
    }

    @Test func everyFolderIsSortedOnce() throws {
        let f = try Self.folders()
        #expect(f.practices.count >= 10, "ARCHITECTURE.md's practice folders were read: \(f.practices.sorted())")
        #expect(f.under.contains("Shared") && f.meeting.contains("App"))
        let all = f.practices.union(f.under).union(f.meeting)
        #expect(f.practices.count + f.under.count + f.meeting.count == all.count, "a folder is listed twice")
        let present = Set(try Self.declarations().keys)
        #expect(present.subtracting(all).isEmpty, "folders ARCHITECTURE.md doesn't sort: \(present.subtracting(all).sorted())")
        #expect(all.subtracting(present).isEmpty, "folders ARCHITECTURE.md lists that aren't there: \(all.subtracting(present).sorted())")
    }

    @Test func noPracticeNamesAnotherPracticesTypes() throws {
        let f = try Self.folders()
        let declared = try Self.declarations()
        #expect(declared.values.reduce(0) { $0 + $1.count } > 100, "the sources were read")
        var crossings: [String] = []
        for practice in f.practices.sorted() { crossings += try Self.crossings(from: practice, into: f.practices, declared) }
        #expect(crossings.isEmpty, "practices naming other practices' types:\n\(crossings.joined(separator: "\n"))")
    }

    @Test func theFoldersUnderThePracticesNameNone() throws {
        let f = try Self.folders()
        let declared = try Self.declarations()
        var crossings: [String] = []
        for folder in f.under.sorted() { crossings += try Self.crossings(from: folder, into: f.practices, declared) }
        #expect(crossings.isEmpty, "shared code naming a practice's types:\n\(crossings.joined(separator: "\n"))")
    }

    struct Folders {
        var practices: Set<String> = []
        var under: Set<String> = []
        var meeting: Set<String> = []

        init(_ doc: String) {
            guard let heading = doc.range(of: "## Practices and the seams between them") else { return }
            for line in doc[heading.upperBound...].split(separator: "\n") {
                if line.hasPrefix("## ") { break }
                func names(after label: String) -> Set<String>? {
                    guard line.hasPrefix("- " + label + ":") else { return nil }
                    let list = line.dropFirst(label.count + 3).prefix { $0 != "." }
                    return Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
                }
                if let n = names(after: "Practices") { practices = n }
                if let n = names(after: "Under the practices") { under = n }
                if let n = names(after: "Where practices meet") { meeting = n }
            }
        }
    }
}

/// The name reader on small texts, so a reader that sees nothing can't make
/// the checks above pass.
@Suite struct SwiftNamesTests {
    @Test func topLevelDeclarationsOnly() {
        let source = """
            public struct Alpha: Screen {
                struct Nested {}
                enum Choice { case a }
            }
            final class Beta {}
            enum Gamma {}
            typealias Delta = Int
            protocol Epsilon {}
            extension Zeta {}
            // struct InAComment {}
            """
        #expect(SwiftNames.declared(source) == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"])
    }

    @Test func namesInCodeAndInterpolationsButNotInWordsOrComments() {
        let source = ##"""
            let a = WinScreen(ctx)  // JournalScreen in a comment
            /* HabitsScreen /* nested */ LetterScreen */
            let b = "ValuesScreen in words \(FlowScreen.name) and \("Inner \(CirclesScreen.x)") after"
            let c = """
                MorningScreen in a block of words \(Pacer.now)
                """
            let d = #"RawWords \#(RawCode) \(NotInterpolated)"#
            let e = Breathe.go
            """##
        #expect(SwiftNames.used(source) == ["WinScreen", "FlowScreen", "CirclesScreen", "Pacer", "RawCode", "Breathe"])
    }

    @Test func theFolderListsAreRead() {
        let doc = """
            ## Practices and the seams between them

            - Practices: Breathe, Habits.
            - Under the practices: Shared.
            - Where practices meet: App, Today.

            ## Tests
            - Practices: NotThis.
            """
        let f = PracticeSeamTests.Folders(doc)
        #expect(f.practices == ["Breathe", "Habits"] && f.under == ["Shared"] && f.meeting == ["App", "Today"])
    }
}
