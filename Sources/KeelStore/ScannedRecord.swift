/// A kind of record whose files can be read by `FieldScanner`'s strict scan
/// instead of the JSON decoder: the decoder spends most of keel's start-up
/// on the habit ticks and ladder steps the home screen asks about. The scan
/// gives the very records the decoder would, or nothing (then the file is
/// decoded the ordinary way, with its damage control), so what is read is
/// cached and checked against the disk exactly as before.
public protocol ScannedRecord: KeelRecord {
    /// Every key a file of this kind may hold in a record; one with any
    /// other key (written by a newer keel, say) is decoded the ordinary way.
    static var scannedKeys: [String] { get }
    init(scanned: ScannedFields) throws(ScannedFields.Unusual)
}

/// One record's fields as the strict scan found them, read as the decoder
/// would read them: a missing or null optional is nil, anything of another
/// type is `Unusual` (and the file goes to the decoder, which says why).
///
/// When `checking`, text reads as "" and no string is made, while times,
/// days and every type are still checked: a record the caller only needs
/// to know would be read (see `scanned(_:keeping:)`). Every kind's
/// `init(scanned:)` keeps text as written, never choosing by its content,
/// so that check is the very one a full read makes.
public struct ScannedFields {
    public struct Unusual: Error {}
    let keys: [String]
    let found: [FieldScanner.Value?]
    /// The file, which `.ascii` values point into.
    let bytes: [UInt8]
    var checking = false

    subscript(_ key: String) -> FieldScanner.Value? {
        guard let k = keys.firstIndex(of: key) else { return nil }
        return found[k]
    }

    /// Whether the key's text ends with one of `endings` (its UTF-8).
    public func text(_ key: String, endsWithOneOf endings: [[UInt8]]) -> Bool {
        switch self[key] {
        case .ascii(let r)?:
            return bytes.withUnsafeBufferPointer { b in
                endings.contains { e in
                    guard e.count <= r.count else { return false }
                    let from = r.upperBound - e.count
                    for j in 0..<e.count where b[from + j] != e[j] { return false }
                    return true
                }
            }
        case .string(let t)?:
            let utf8 = Array(t.utf8)
            return endings.contains { utf8.count >= $0.count && utf8.suffix($0.count).elementsEqual($0) }
        default: return false
        }
    }

    public func text(_ key: String) throws(Unusual) -> String { try present(optionalText(key)) }
    public func time(_ key: String) throws(Unusual) -> Date { try present(optionalTime(key)) }
    public func day(_ key: String) throws(Unusual) -> CivilDate { try present(optionalDay(key)) }
    public func number(_ key: String) throws(Unusual) -> Int { try present(optionalNumber(key)) }
    public func flag(_ key: String) throws(Unusual) -> Bool { try present(optionalFlag(key)) }

    public func optionalText(_ key: String) throws(Unusual) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let t)?: return t
        case .ascii(let r)?:
            if checking { return "" }
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
        default: throw Unusual()
        }
    }

    public func optionalTime(_ key: String) throws(Unusual) -> Date? {
        try parsed(key, Timestamp.parse, { Timestamp.parse(utf8: $0) })
    }
    public func optionalDay(_ key: String) throws(Unusual) -> CivilDate? {
        try parsed(key, { CivilDate($0) }, { CivilDate(utf8: $0) })
    }

    public func optionalFlag(_ key: String) throws(Unusual) -> Bool? {
        switch self[key] {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        default: throw Unusual()
        }
    }

    public func optionalNumber(_ key: String) throws(Unusual) -> Int? {
        switch self[key] {
        case nil, .null?: return nil
        case .integer(let n)?: return n
        default: throw Unusual()
        }
    }

    /// A Double written as a whole number ("lastMinutes": 3), exact in a
    /// Double; one with a fraction or an exponent is left to the decoder.
    public func optionalWholeNumber(_ key: String) throws(Unusual) -> Double? {
        guard let n = try optionalNumber(key) else { return nil }
        guard abs(n) < 1 << 53 else { throw Unusual() }
        return Double(n)
    }

    /// Any JSON, as `JSONValue`'s decoding reads it; required, and null
    /// reads as `.null`, as the decoder reads it. A bare number is left to
    /// the decoder (no kind stores one there).
    public func json(_ key: String) throws(Unusual) -> JSONValue {
        switch self[key] {
        case nil: throw Unusual()
        case .null?: return .null
        case .bool(let b)?: return .bool(b)
        case .string(let t)?: return .string(t)
        case .ascii?: return .string(try text(key))
        case .nested(let r)?:
            guard let value = FieldScanner.json(bytes, r) else { throw Unusual() }
            return value
        default: throw Unusual()
        }
    }

    /// A required field: there, and not null.
    private func present<T>(_ value: T?) throws(Unusual) -> T {
        guard let value else { throw Unusual() }
        return value
    }

    /// Text read as a time or a day, from its bytes when it is plain
    /// ASCII (no string made); text that is neither is unusual.
    private func parsed<T>(
        _ key: String, _ parse: (String) -> T?, _ parseBytes: (UnsafeBufferPointer<UInt8>) -> T?
    ) throws(Unusual) -> T? {
        let value: T?
        switch self[key] {
        case nil, .null?: return nil
        case .string(let t)?: value = parse(t)
        case .ascii(let r)?: value = bytes.withUnsafeBufferPointer { parseBytes(UnsafeBufferPointer(rebasing: $0[r])) }
        default: throw Unusual()
        }
        guard let value else { throw Unusual() }
        return value
    }
}

extension ScannedRecord {
    /// The file's records by the strict scan, or nil for the decoder.
    static func scanned(_ bytes: [UInt8]) -> [Self]? { scanned(bytes, keeping: nil) }

    /// The file's records that `keep` wants, by the strict scan, or nil
    /// for the decoder. The others are only checked (no string made), so
    /// nil comes back exactly when the whole file would not scan.
    static func scanned(_ bytes: [UInt8], keeping keep: ((ScannedFields) -> Bool)?) -> [Self]? {
        var records: [Self] = []
        let file = FieldScanner.strictRecords(bytes, keys: scannedKeys) { values in
            var fields = ScannedFields(keys: scannedKeys, found: values, bytes: bytes)
            if let keep, !keep(fields) {
                fields.checking = true
                return (try? Self(scanned: fields)) != nil
            }
            guard let r = try? Self(scanned: fields) else { return false }
            records.append(r)
            return true
        }
        guard let file, file.kind == kind.name, file.format <= Store.formatVersion else { return nil }
        return records
    }
}

extension Store {
    /// A file's records without the decoder, when its kind allows it.
    static func scanned<R: KeelRecord>(_ bytes: [UInt8], as type: R.Type) -> [R]? { R.scannedRecords(bytes) }
}
