import Foundation

/// Reads the dependency picture out of Package.swift, ARCHITECTURE.md and
/// import lines: target name to the names it depends on.
enum Dependencies {
    /// Each `.target`, `.executableTarget` and `.testTarget` with the names in
    /// its `dependencies: [...]`: plain strings, and `.product(name:)` by name.
    static func ofPackage(_ text: String) -> [String: Set<String>] {
        let starts = matches(#"\.(?:target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)""#, in: text)
        var out: [String: Set<String>] = [:]
        for (i, start) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1].range.lowerBound : text.endIndex
            let body = String(text[start.range.upperBound..<end])
            var names: Set<String> = []
            if let open = body.range(of: "dependencies:") {
                let list = bracketed(body[open.upperBound...])
                let products = matches(#"\.product\(\s*name:\s*"([^"]+)""#, in: list).map(\.name)
                let withoutProducts = list.replacingOccurrences(of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
                names = Set(products + matches(#""([^"]+)""#, in: withoutProducts).map(\.name))
            }
            out[start.name] = names
        }
        return out
    }

    /// The rows of the markdown table under "## Who uses whom":
    /// `| target | a, b, c |`.
    static func ofArchitecture(_ text: String) throws -> [String: Set<String>] {
        guard let heading = text.range(of: "## Who uses whom") else { return [:] }
        var out: [String: Set<String>] = [:]
        for line in text[heading.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, cells[0] != "target", !cells[0].hasPrefix("---") else { continue }
            out[cells[0]] = Set(cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        return out
    }

    /// The modules a Swift file imports (`import X`, `@testable import X`,
    /// `@_exported import X`), at the start of a line as keel writes them
    /// (an indented "import" is inside a string or a comment).
    static func imports(_ text: String) -> [String] {
        matches(#"(?m)^(?:@\w+[ \t]+)*import[ \t]+(?:(?:struct|class|enum|func|protocol|typealias|var|let)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#, in: text).map(\.name)
    }

    struct Match {
        let range: Range<String.Index>
        let name: String
    }

    static func matches(_ pattern: String, in text: String) -> [Match] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            guard let whole = Range(m.range, in: text), let group = Range(m.range(at: 1), in: text) else { return nil }
            return Match(range: whole, name: String(text[group]))
        }
    }

    /// The text inside the first `[...]`, nested brackets included.
    static func bracketed(_ text: Substring) -> String {
        guard let open = text.firstIndex(of: "[") else { return "" }
        var depth = 0
        var i = open
        while i < text.endIndex {
            if text[i] == "[" { depth += 1 }
            if text[i] == "]" { depth -= 1; if depth == 0 { return String(text[text.index(after: open)..<i]) } }
            i = text.index(after: i)
        }
        return ""
    }
}

enum Files {
    /// Every .swift file below `folder`, or none when it does not exist.
    static func swift(under folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }.sorted()
    }
}
