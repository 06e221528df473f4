/// How a kind of record lies on disk.
public enum RecordLayout: Sendable, Equatable {
    /// Growing records: `FOLDER/YYYY-MM.json`, one file per UTC month of creation,
    /// so saving touches one small file however long the history.
    case monthly
    /// A small set edited in place (settings, circles, habits): `NAME.json`.
    case single
}

/// A kind of record: its name on disk and in exports, and a title for people.
public struct RecordKind: Hashable, Sendable {
    public let name: String
    public let title: String
    /// What one record is called in a count ("1 breathing session"), and
    /// more than one ("2 breathing sessions"): the title is a heading, not a noun.
    public let one: String
    public let many: String
    public let layout: RecordLayout
    public init(name: String, title: String, one: String, many: String, layout: RecordLayout) {
        self.name = name
        self.title = title
        self.one = one
        self.many = many
        self.layout = layout
    }

    /// "1 small win", "12 small wins".
    public func counted(_ n: Int) -> String { KeelBase.counted(n, one, many) }
}

/// Something keel keeps. Every record has a stable id and timestamps, so two
/// copies (an import, another device) can be merged record by record; a
/// delete is kept as a tombstone time so it is not undone by an older copy.
public protocol KeelRecord: Codable, Equatable, Sendable {
    static var kind: RecordKind { get }
    var id: String { get }
    var created: Date { get }
    var updated: Date { get set }
    var deleted: Date? { get set }
    /// What is wrong with the values (not the shape), as "field: reason".
    func problems() -> [String]
    /// The record for a person to read, in Markdown.
    func markdown(calendar: LocalCalendar) -> String
    /// A file's records built without the JSON decoder (see ScannedRecord),
    /// or nil: the decoder reads it. A requirement rather than a cast to
    /// ScannedRecord, which would make the runtime search every conformance
    /// in keel for each kind read.
    static func scannedRecords(_ bytes: [UInt8]) -> [Self]?
}

extension KeelRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [Self]? { nil }
    public func problems() -> [String] { [] }
    public var isDeleted: Bool { deleted != nil }
}

/// Checks shared by many records.
public enum Check {
    public static func rating(_ value: Int?, _ field: String, range: ClosedRange<Int> = 0...10) -> [String] {
        guard let value, !range.contains(value) else { return [] }
        return ["\(field): \(value) is outside \(range.lowerBound)-\(range.upperBound)"]
    }

    /// A measured amount (seconds, minutes): a real number inside `range`.
    /// 1e300, infinity or NaN would pass a plain `< 0` check and then trap
    /// the first time a screen turns it into a whole number.
    public static func amount(_ value: Double?, _ field: String, range: ClosedRange<Double>) -> [String] {
        guard let value else { return [] }
        guard value.isFinite, range.contains(value) else {
            return ["\(field): \(plainNumber(value)) is outside \(plainNumber(range.lowerBound))-\(plainNumber(range.upperBound))"]
        }
        return []
    }

    public static func nonEmpty(_ value: String, _ field: String) -> [String] {
        value.isEmpty ? ["\(field): must not be empty"] : []
    }
}

/// A fresh id: random, 128 bits, as lowercase hex in UUID form.
public enum RecordID {
    public static func make() -> String { UUID().uuidString.lowercased() }
}
