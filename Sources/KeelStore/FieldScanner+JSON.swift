extension FieldScanner.Scan {
    /// Nesting deeper than this goes to the decoder (keel's drafts nest three or four deep).
    static let deepestJSON = 32

    /// Any JSON value as the decoder makes a `JSONValue` of it, read
    /// strictly, or nil whenever the decoder might read it differently or
    /// refuse it: a number with a fraction or an exponent, more than 15
    /// digits or "-0" (a Double from 15 digits is exact, so both give the
    /// same number), an escape `string()` leaves alone, a key twice in one
    /// object (as Swift compares strings, which is how the decoder's
    /// dictionary would fold them), nesting past `deepestJSON`. The draft
    /// waiting on home is read this way at start: the decoder's first use
    /// costs more than a million instructions.
    mutating func json(depth: Int = 0) -> JSONValue? {
        guard depth <= Self.deepestJSON, let first = peek() else { return nil }
        switch first {
        case UInt8(ascii: "\""):
            return string().map(JSONValue.string)
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            if peek() == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            repeat {
                guard let item = json(depth: depth + 1) else { return nil }
                items.append(item)
            } while comma()
            return expect(UInt8(ascii: "]")) ? .array(items) : nil
        case UInt8(ascii: "{"):
            i += 1
            var fields: [String: JSONValue] = [:]
            if peek() == UInt8(ascii: "}") {
                i += 1
                return .object(fields)
            }
            repeat {
                guard let key = string(), expect(UInt8(ascii: ":")), let value = json(depth: depth + 1),
                    fields.updateValue(value, forKey: key) == nil
                else { return nil }
            } while comma()
            return expect(UInt8(ascii: "}")) ? .object(fields) : nil
        default:
            return jsonScalar()
        }
    }

    /// true, false, null or a whole number of at most 15 digits, written as JSON writes it.
    private mutating func jsonScalar() -> JSONValue? {
        let start = i
        while i < bytes.count, bytes[i] == UInt8(ascii: "-") || (bytes[i] >= 0x61 && bytes[i] <= 0x7A) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) {
            i += 1
        }
        let word = bytes[start..<i]
        if word.elementsEqual("true".utf8) { return .bool(true) }
        if word.elementsEqual("false".utf8) { return .bool(false) }
        if word.elementsEqual("null".utf8) { return .null }
        let negative = word.first == UInt8(ascii: "-")
        let digits = negative ? word.dropFirst() : word[...]
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            digits.first != 0x30 || (digits.count == 1 && !negative)
        else { return nil }
        var n = 0
        for d in digits { n = n * 10 + Int(d - 0x30) }
        return .number(Double(negative ? -n : n))
    }
}

extension FieldScanner {
    /// The JSON value at `range` of `bytes` (an object or an array the strict
    /// scan stepped over), read by `Scan.json`; nil for the decoder. Nothing
    /// but the value may lie in the range.
    static func json(_ bytes: [UInt8], _ range: Range<Int>) -> JSONValue? {
        var s = Scan(bytes: bytes, i: range.lowerBound, strict: true)
        guard let value = s.json(), s.i == range.upperBound else { return nil }
        return value
    }
}
