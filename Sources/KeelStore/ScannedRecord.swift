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
public struct ScannedFields {
    public struct Unusual: Error {}
    let keys: [String]
    let found: [FieldScanner.Value?]

    subscript(_ key: String) -> FieldScanner.Value? {
        guard let k = keys.firstIndex(of: key) else { return nil }
        return found[k]
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
        default: throw Unusual()
        }
    }

    public func optionalTime(_ key: String) throws(Unusual) -> Date? { try parsed(optionalText(key), Timestamp.parse) }
    public func optionalDay(_ key: String) throws(Unusual) -> CivilDate? { try parsed(optionalText(key), { CivilDate($0) }) }

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

    /// A required field: there, and not null.
    private func present<T>(_ value: T?) throws(Unusual) -> T {
        guard let value else { throw Unusual() }
        return value
    }

    /// Text read as a time or a day; text that is neither is unusual.
    private func parsed<T>(_ text: String?, _ parse: (String) -> T?) throws(Unusual) -> T? {
        guard let text else { return nil }
        guard let value = parse(text) else { throw Unusual() }
        return value
    }
}

extension ScannedRecord {
    /// The file's records by the strict scan, or nil for the decoder.
    static func scanned(_ bytes: [UInt8]) -> [Self]? {
        guard let file = FieldScanner.strictRecords(bytes, keys: scannedKeys), file.kind == kind.name,
            file.format <= Store.formatVersion
        else { return nil }
        var records: [Self] = []
        records.reserveCapacity(file.records.count)
        for values in file.records {
            guard let r = try? Self(scanned: ScannedFields(keys: scannedKeys, found: values)) else { return nil }
            records.append(r)
        }
        return records
    }
}

extension Store {
    /// A file's records without the decoder, when its kind allows it.
    static func scanned<R: KeelRecord>(_ bytes: [UInt8], as type: R.Type) -> [R]? { R.scannedRecords(bytes) }
}
