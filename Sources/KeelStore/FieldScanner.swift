/// Reads a few top-level text fields of each record in a keel file without
/// building the records: a single pass over the bytes that skips every
/// other value. Questions asked at start (was a flow done today? when was
/// the last breath?) need two or three fields of a month's records, and
/// decoding whole records costs ten times as much.
///
/// It accepts any valid JSON, not only keel's own layout; anything it can't
/// follow returns nil and the caller decodes the file the ordinary way.
enum FieldScanner {
    /// For each object in the file's top-level "records" array, the wanted
    /// keys whose values are strings (other values are left out).
    static func records(_ bytes: [UInt8], keys: Set<String>) -> (kind: String?, format: Int?, records: [[String: String]])? {
        var s = Scan(bytes: bytes)
        var kind: String?
        var format: Int?
        var records: [[String: String]] = []
        guard s.expect(UInt8(ascii: "{")) else { return nil }
        if s.peek() == UInt8(ascii: "}") { return (nil, nil, []) }
        repeat {
            guard let key = s.string(), s.expect(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "kind": kind = s.string()
            case "format": format = s.integer()
            case "records":
                guard s.expect(UInt8(ascii: "[")) else { return nil }
                if s.peek() == UInt8(ascii: "]") { s.i += 1; break }
                let wanted = Array(keys)
                let wantedBytes = wanted.map { Array($0.utf8) }
                repeat {
                    guard let fields = s.objectFields(wanted, wantedBytes) else { return nil }
                    records.append(fields)
                } while s.comma()
                guard s.expect(UInt8(ascii: "]")) else { return nil }
            default:
                guard s.skipValue() else { return nil }
            }
        } while s.comma()
        guard s.expect(UInt8(ascii: "}")) else { return nil }
        return (kind, format, records)
    }

    /// A value as the strict scan found it: only what keel's records hold.
    enum Value: Equatable {
        case string(String), integer(Int), bool(Bool), null
        /// Text of plain ASCII with no escape, where it lies in the file's
        /// bytes: no string is made until a record asks for one (a tick
        /// only checked, or a time read from its bytes, never needs it).
        case ascii(Range<Int>)
        /// A number with a fraction or an exponent: left to the full decoder.
        case other
        /// An object or an array, where it lies in the file's bytes: stepped
        /// over, not checked; only `Scan.json` takes it apart, strictly.
        case nested(Range<Int>)
    }

    /// The whole file, strictly: every record's keys must be among `keys`,
    /// the top level must be keel's envelope and nothing may follow it.
    /// Nil whenever the ordinary decoder could answer differently (an
    /// unknown key, a repeated one, an escape it leaves alone, bytes that
    /// are not UTF-8), so a caller can trust what it returns as it would
    /// trust decoded records, and decode the ordinary way otherwise.
    /// `record` gets each record's values in the order of `keys`, nil where
    /// a key is absent (the array is reused for the next record), and
    /// stops the scan by returning false.
    static func strictRecords(_ bytes: [UInt8], keys: [String], record: ([Value?]) -> Bool) -> (kind: String, format: Int)? {
        var s = Scan(bytes: bytes, strict: true)
        var kind: String?
        var format: Int?
        var seenRecords = false
        guard s.expect(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let key = s.string(), s.expect(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "kind" where kind == nil:
                guard let k = s.string() else { return nil }
                kind = k
            case "format" where format == nil:
                guard case .integer(let f)? = s.value() else { return nil }
                format = f
            case "month":
                guard case .string? = s.value() else { return nil }
            case "records" where !seenRecords:
                seenRecords = true
                guard s.expect(UInt8(ascii: "[")) else { return nil }
                if s.peek() == UInt8(ascii: "]") {
                    s.i += 1
                } else {
                    let keyBytes = keys.map { Array($0.utf8) }
                    var fields = [Value?](repeating: nil, count: keys.count)
                    repeat {
                        guard s.objectValues(keys, keyBytes, into: &fields), record(fields) else { return nil }
                    } while s.comma()
                    guard s.expect(UInt8(ascii: "]")) else { return nil }
                }
            default:
                return nil
            }
        } while s.comma()
        guard s.expect(UInt8(ascii: "}")), s.peek() == nil, let kind, let format, seenRecords else { return nil }
        return (kind, format)
    }

    struct Scan {
        let bytes: [UInt8]
        var i = 0
        /// Refuse what JSON itself refuses (raw control characters, bytes
        /// that are not UTF-8) instead of reading past it.
        var strict = false

        mutating func space() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func peek() -> UInt8? {
            space()
            return i < bytes.count ? bytes[i] : nil
        }

        mutating func expect(_ b: UInt8) -> Bool {
            guard peek() == b else { return false }
            i += 1
            return true
        }

        mutating func comma() -> Bool { expect(UInt8(ascii: ",")) }

        /// A string, unescaped for the common escapes; nil for anything else.
        mutating func string() -> String? {
            guard expect(UInt8(ascii: "\"")) else { return nil }
            // Most strings have no escape: found in one pass over the raw
            // bytes (no bounds check per byte), and made straight from them.
            let start = i
            let strict = strict
            let plain = bytes.withUnsafeBufferPointer { b -> (end: Int, text: String?)? in
                var j = start
                var seen: UInt8 = 0
                while j < b.count {
                    let c = b[j]
                    if c == UInt8(ascii: "\"") {
                        let text = UnsafeBufferPointer(rebasing: b[start..<j])
                        return (j, strict && seen >= 0x80 ? String(validating: text, as: UTF8.self) : String(decoding: text, as: UTF8.self))
                    }
                    // An escape, or what strict JSON refuses: the careful path below.
                    if c == UInt8(ascii: "\\") || (strict && c < 0x20) { return nil }
                    seen |= c
                    j += 1
                }
                return nil
            }
            if let plain {
                i = plain.end + 1
                return plain.text
            }
            // Escapes: the runs between them are copied whole (a letter's
            // text has a line break every sentence or two).
            var out: [UInt8] = []
            let end = bytes.withUnsafeBufferPointer { b -> Int? in
                var j = start
                var run = start
                while j < b.count {
                    let c = b[j]
                    if c == UInt8(ascii: "\"") {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<j]))
                        return j + 1
                    }
                    if strict, c < 0x20 { return nil }
                    if c == UInt8(ascii: "\\") {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<j]))
                        guard j + 1 < b.count else { return nil }
                        let e = b[j + 1]
                        switch e {
                        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                        case UInt8(ascii: "n"): out.append(0x0A)
                        case UInt8(ascii: "t"): out.append(0x09)
                        case UInt8(ascii: "r"): out.append(0x0D)
                        default: return nil  // \u escapes: leave it to the full decoder
                        }
                        j += 2
                        run = j
                        continue
                    }
                    j += 1
                }
                return nil
            }
            guard let end else { return nil }
            i = end
            return strict ? String(validating: out, as: UTF8.self) : String(decoding: out, as: UTF8.self)
        }

        mutating func integer() -> Int? {
            space()
            let start = i
            while i < bytes.count, bytes[i] == UInt8(ascii: "-") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) { i += 1 }
            return Int(String(decoding: bytes[start..<i], as: UTF8.self))
        }

        /// The wanted string fields of one object; other values are skipped.
        /// Keys are matched on their bytes (`keyBytes` holds the wanted
        /// keys' UTF-8), no string made for the many not wanted.
        mutating func objectFields(_ keys: [String], _ keyBytes: [[UInt8]]) -> [String: String]? {
            guard expect(UInt8(ascii: "{")) else { return nil }
            var fields: [String: String] = [:]
            if peek() == UInt8(ascii: "}") { i += 1; return fields }
            repeat {
                guard let k = anyKeyIndex(keys, keyBytes), expect(UInt8(ascii: ":")) else { return nil }
                if let k, peek() == UInt8(ascii: "\"") {
                    guard let value = string() else { return nil }
                    fields[keys[k]] = value
                } else {
                    guard skipValue() else { return nil }
                }
            } while comma()
            return expect(UInt8(ascii: "}")) ? fields : nil
        }

        /// One key's value in the strict scan; `.other` or `.nested` for what it does not take apart.
        mutating func value() -> Value? {
            guard let first = peek() else { return nil }
            if first == UInt8(ascii: "\"") { return string().map(Value.string) }
            let start = i
            guard skipValue() else { return nil }
            if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .nested(start..<i) }
            let word = bytes[start..<i]
            if word.elementsEqual("true".utf8) { return .bool(true) }
            if word.elementsEqual("false".utf8) { return .bool(false) }
            if word.elementsEqual("null".utf8) { return .null }
            // An integer as JSON writes one: no leading zeros, no plus, at most 18 digits.
            let digits = word.first == UInt8(ascii: "-") ? word.dropFirst() : word[...]
            guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                digits.first != 0x30 || digits.count == 1
            else { return .other }
            var n = 0
            for d in digits { n = n * 10 + Int(d - 0x30) }
            return .integer(word.first == UInt8(ascii: "-") ? -n : n)
        }

        /// Every field of one object, each key at most once and among `keys`
        /// (`keyBytes` holds their UTF-8), into `fields` (one per key).
        mutating func objectValues(_ keys: [String], _ keyBytes: [[UInt8]], into fields: inout [Value?]) -> Bool {
            for k in 0..<fields.count { fields[k] = nil }
            guard expect(UInt8(ascii: "{")) else { return false }
            if peek() == UInt8(ascii: "}") { i += 1; return true }
            repeat {
                guard let k = keyIndex(keys, keyBytes), fields[k] == nil, expect(UInt8(ascii: ":")), let value = lazyValue() else { return false }
                fields[k] = value
            } while comma()
            return expect(UInt8(ascii: "}"))
        }

        /// `value()`, but text of plain ASCII (no escape, no control
        /// character) is only located, as `.ascii`: it needs no check for
        /// UTF-8 and no string until asked for.
        mutating func lazyValue() -> Value? {
            guard peek() == UInt8(ascii: "\"") else { return value() }
            let start = i + 1
            let end = bytes.withUnsafeBufferPointer { b -> Int? in
                var j = start
                while j < b.count {
                    let c = b[j]
                    if c == UInt8(ascii: "\"") { return j }
                    if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return nil }
                    j += 1
                }
                return nil
            }
            guard let end else { return string().map(Value.string) }
            i = end + 1
            return .ascii(start..<end)
        }

        /// The next string, read as a key: nil when it can't be read, else
        /// which of `keys` it is (nil inside for another key), matched as `keyIndex` matches.
        mutating func anyKeyIndex(_ keys: [String], _ keyBytes: [[UInt8]]) -> Int?? {
            guard peek() == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            let end = bytes.withUnsafeBufferPointer { b -> Int in
                var j = start
                while j < b.count, b[j] != UInt8(ascii: "\""), b[j] != UInt8(ascii: "\\") { j += 1 }
                return j
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
                guard let key = string() else { return nil }
                return .some(keys.firstIndex(of: key))
            }
            i = end + 1
            return .some(Scan.match(keyBytes, bytes, start, end - start))
        }

        /// Which of `keyBytes` the `length` bytes at `start` are.
        static func match(_ keyBytes: [[UInt8]], _ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
            keyBytes.firstIndex { key in
                guard key.count == length else { return false }
                for j in 0..<length where key[j] != bytes[start + j] { return false }
                return true
            }
        }

        /// Which of `keys` the next string is. A key without a backslash is
        /// matched on its bytes, no string made (keel's keys are ASCII, and
        /// no other bytes equal them as strings); one with an escape is
        /// unescaped as any string is.
        mutating func keyIndex(_ keys: [String], _ keyBytes: [[UInt8]]) -> Int? {
            guard peek() == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
                guard let key = string() else { return nil }
                return keys.firstIndex(of: key)
            }
            let found = Scan.match(keyBytes, bytes, start, end - start)
            i = end + 1
            return found
        }

        /// Where the string opened by the quote at `open` ends: the next
        /// quote after an even run of backslashes (each escapes the byte
        /// after it). Found with memchr, as a skipped answer can be pages long.
        static func closingQuote(_ b: UnsafeBufferPointer<UInt8>, after open: Int) -> Int? {
            guard let base = b.baseAddress else { return nil }
            var from = open + 1
            while from < b.count {
                guard let hit = memchr(base + from, Int32(UInt8(ascii: "\"")), b.count - from) else { return nil }
                let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var slashes = 0
                while q - slashes - 1 > open, b[q - slashes - 1] == UInt8(ascii: "\\") { slashes += 1 }
                if slashes % 2 == 0 { return q }
                from = q + 1
            }
            return nil
        }

        /// Steps over any value, strings and nesting included.
        mutating func skipValue() -> Bool {
            guard let first = peek() else { return false }
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
                // On the raw bytes, no bounds check per byte: a month of
                // journal entries is mostly answers skipped over.
                let start = i
                let end = bytes.withUnsafeBufferPointer { b -> Int? in
                    var depth = 0
                    var j = start
                    while j < b.count {
                        let c = b[j]
                        if c == UInt8(ascii: "\"") {
                            guard let close = Scan.closingQuote(b, after: j) else { return nil }
                            j = close
                            if depth == 0 { return j + 1 }
                        } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                            depth += 1
                        } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                            depth -= 1
                            if depth == 0 { return j + 1 }
                        }
                        j += 1
                    }
                    return nil
                }
                guard let end else { return false }
                i = end
                return true
            }
            // A number, true, false or null.
            let start = i
            while i < bytes.count,
                !(bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "}") || bytes[i] == UInt8(ascii: "]")
                    || bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09)
            { i += 1 }
            return i > start
        }
    }
}

extension Store {
    /// A few text fields of each record in one month file (for monthly kinds)
    /// or in the kind's file, read without decoding whole records. Nil when
    /// the file is cached already, encrypted, damaged, from a newer keel, or
    /// uses escapes the scanner leaves to the full decoder: the caller then
    /// reads whole records, whose path handles all of that.
    public func fields<R: KeelRecord>(_ type: R.Type, month: MonthKey?, keys: Set<String>) -> [[String: String]]? {
        let relative = relativePath(type, month: month)
        guard !isCached(relative), !isEncrypted else { return nil }
        guard let bytes = try? Posix.read(path(relative)) else { return Posix.exists(path(relative)) ? nil : [] }
        guard let scanned = FieldScanner.records(bytes, keys: keys), scanned.kind == R.kind.name,
            let format = scanned.format, format <= Store.formatVersion
        else { return nil }
        return scanned.records
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
