/// Any JSON, for the parts of keel that handle records without knowing
/// their type: export, import, drafts, and merging.
public enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// Numbers beyond this are refused on import: a Double holds whole
    /// numbers exactly only below 2^53, and no keel field comes near it.
    public static let largestNumber = 1e15

    /// The first number (depth first, keys in order) that is not finite or
    /// lies beyond `largestNumber`, with its path ("answers[0].rating").
    public func hugeNumber(at path: String = "") -> (path: String, value: Double)? {
        switch self {
        case .number(let n): return n.isFinite && abs(n) <= JSONValue.largestNumber ? nil : (path, n)
        case .array(let a):
            for (i, v) in a.enumerated() { if let found = v.hugeNumber(at: "\(path)[\(i)]") { return found } }
            return nil
        case .object(let o):
            for k in o.keys.sorted() {
                if let found = o[k]!.hugeNumber(at: path.isEmpty ? k : "\(path).\(k)") { return found }
            }
            return nil
        default: return nil
        }
    }
}
