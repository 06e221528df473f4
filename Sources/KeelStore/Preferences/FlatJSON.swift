/// Reads a JSON object of plain values (text, true/false, numbers, null)
/// and says on which line each key stands, so a preferences file's mistakes
/// can be named by line. Far smaller than a general parser, and it reads a
/// few hundred bytes in microseconds at start-up.
struct FlatJSON {
    enum Value: Equatable {
        case text(String)
        case bool(Bool)
        case number(Double)
        case null
        /// A list or an object: not a preference's kind of value.
        case nested
    }

    struct Entry: Equatable {
        let key: String
        let value: Value
        let line: Int
    }

    struct SyntaxError: Error, Equatable {
        let line: Int
        let message: String
    }

    static func read(_ bytes: [UInt8]) -> Result<[Entry], SyntaxError> {
        var r = Reader(bytes: bytes)
        do { return .success(try r.object()) } catch { return .failure(error) }
    }

    struct Reader {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A byte-order mark some editors write.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        mutating func space() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) {
                if bytes[i] == 0x0A { line += 1 }
                i += 1
            }
        }

        func fail(_ message: String) -> SyntaxError { SyntaxError(line: line, message: message) }

        mutating func expect(_ c: Character, _ what: String) throws(SyntaxError) {
            space()
            guard i < bytes.count, bytes[i] == c.asciiValue! else {
                throw fail(i < bytes.count ? "expected \(what)" : "the file ends before \(what)")
            }
            i += 1
        }

        mutating func object() throws(SyntaxError) -> [Entry] {
            try expect("{", "a { to begin")
            var entries: [Entry] = []
            space()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return try end(entries) }
            while true {
                space()
                let at = line
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a name in double quotes") }
                let key = try string()
                try expect(":", "a : after \"\(key)\"")
                entries.append(Entry(key: key, value: try value(), line: at))
                space()
                guard i < bytes.count else { throw fail("the file ends before the closing }") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return try end(entries) }
                throw fail("expected a comma or the closing }")
            }
        }

        mutating func end(_ entries: [Entry]) throws(SyntaxError) -> [Entry] {
            space()
            guard i == bytes.count else { throw fail("something follows the closing }") }
            return entries
        }

        mutating func string() throws(SyntaxError) -> String {
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
                case 0x0A: throw fail("a line ends inside a text in quotes")
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { break }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16),
                            let scalar = Unicode.Scalar(v)
                        else { throw fail("a \\u needs four hex digits") }
                        out.append(contentsOf: Array(String(Character(scalar)).utf8))
                        i += 4
                    default: throw fail("\\\(Character(Unicode.Scalar(e))) is not an escape JSON knows")
                    }
                default: out.append(b)
                }
            }
            throw fail("a text in quotes is not closed")
        }

        mutating func value() throws(SyntaxError) -> Value {
            space()
            guard i < bytes.count else { throw fail("the file ends before a value") }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { return .text(try string()) }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { try skipNested(); return .nested }
            var j = i
            while j < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}")]).contains(bytes[j]) { j += 1 }
            let word = String(decoding: bytes[i..<j], as: UTF8.self)
            i = j
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                if let n = Double(word), word.first != "+" { return .number(n) }
                throw fail("\(word.isEmpty ? "a missing value" : word) is not a value JSON knows (text goes in double quotes)")
            }
        }

        /// Steps over a list or object, quotes and all, counting lines.
        mutating func skipNested() throws(SyntaxError) {
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { _ = try string(); continue }
                if b == 0x0A { line += 1 }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
                i += 1
                if depth == 0 { return }
            }
            throw fail("a list or object is not closed")
        }
    }
}
