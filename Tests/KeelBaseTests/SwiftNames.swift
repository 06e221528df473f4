import Foundation

/// Reads the names in Swift source well enough to check who names whom:
/// the types a file declares at its top level, and the capitalised names
/// its code uses, with comments and the words of string literals left out
/// (what is interpolated into a string is code, and stays).
enum SwiftNames {
    /// Types declared at the top level of a file (`struct`, `enum`, `class`,
    /// `protocol`, `typealias`, `actor`, with any modifiers), not nested ones.
    static func declared(_ text: String) -> Set<String> {
        let pattern =
            #"(?m)^(?:(?:public|private|fileprivate|internal|package|open|final|indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_][A-Za-z0-9_]*)"#
        return Set(Dependencies.matches(pattern, in: code(text)).map(\.name))
    }

    /// Every capitalised name the code uses (types, mostly).
    static func used(_ text: String) -> Set<String> {
        Set(Dependencies.matches(#"(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9_]*)"#, in: code(text)).map(\.name))
    }

    /// The text with comments removed and string literals emptied, keeping
    /// the code inside `\( )`; line breaks are kept, so lines still start
    /// where they did.
    static func code(_ text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        /// For each string we are inside: its closing quotes ("\"" or "\"\"\""), its #s,
        /// and how many parentheses deep its current interpolation is (-1: in the words).
        var strings: [(close: Int, hashes: Int, depth: Int)] = []
        func at(_ s: String, _ k: Int) -> Bool {
            let u = Array(s.unicodeScalars)
            return k + u.count <= chars.count && Array(chars[k..<k + u.count]) == u
        }
        func hashes(from k: Int) -> Int {
            var n = 0
            while k + n < chars.count, chars[k + n] == "#" { n += 1 }
            return n
        }
        while i < chars.count {
            let c = chars[i]
            if var top = strings.last, top.depth < 0 {
                // In a string's words.
                let closing = String(repeating: "\"", count: top.close) + String(repeating: "#", count: top.hashes)
                if c == "\n" { out.append(c) }
                if c == "\\", hashes(from: i + 1) == top.hashes, i + 1 + top.hashes < chars.count {
                    if chars[i + 1 + top.hashes] == "(" {
                        top.depth = 0
                        strings[strings.count - 1] = top
                        out.append("(")
                        i += 2 + top.hashes
                        continue
                    }
                    i += 2 + top.hashes
                    continue
                }
                if at(closing, i) {
                    strings.removeLast()
                    out.append(contentsOf: "\"\"".unicodeScalars)
                    i += closing.unicodeScalars.count
                    continue
                }
                i += 1
                continue
            }
            if at("//", i) {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if at("/*", i) {
                var depth = 0
                repeat {
                    if at("/*", i) {
                        depth += 1
                        i += 2
                    } else if at("*/", i) {
                        depth -= 1
                        i += 2
                    } else {
                        if chars[i] == "\n" { out.append("\n") }
                        i += 1
                    }
                } while depth > 0 && i < chars.count
                continue
            }
            let n = hashes(from: i)
            if i + n < chars.count, chars[i + n] == "\"" {
                let triple = at("\"\"\"", i + n)
                strings.append((close: triple ? 3 : 1, hashes: n, depth: -1))
                i += n + (triple ? 3 : 1)
                continue
            }
            if var top = strings.last {
                // In an interpolation: code, until its parenthesis closes.
                if c == "(" { top.depth += 1 }
                if c == ")" {
                    if top.depth == 0 { top.depth = -1 } else { top.depth -= 1 }
                }
                strings[strings.count - 1] = top
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }
}
