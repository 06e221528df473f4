#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Part of one's history for `keel export`: some kinds of record, made on
/// some local days (`--since` and `--until`, both included). Tombstones
/// travel with the records they belong to, so an import of a part still
/// merges by id.
public struct ExportFilter: Sendable {
    /// Kind names (`journal`, `wins`); nil for every kind.
    public var kinds: Set<String>?
    public var since: CivilDate?
    public var until: CivilDate?
    public var calendar: LocalCalendar

    public init(kinds: Set<String>? = nil, since: CivilDate? = nil, until: CivilDate? = nil, calendar: LocalCalendar = .system) {
        self.kinds = kinds
        self.since = since
        self.until = until
        self.calendar = calendar
    }

    public static let everything = ExportFilter()

    public func includes(_ kind: RecordKind) -> Bool { kinds?.contains(kind.name) ?? true }

    public func includes(created: Date) -> Bool {
        guard since != nil || until != nil else { return true }
        let day = calendar.day(of: created)
        if let since, day < since { return false }
        if let until, until < day { return false }
        return true
    }

    /// Every kind name, in export order, for help and completion.
    public static var kindNames: [String] { Collections.all.map(\.kind.name) }
}

extension RecordCollection {
    /// Every record of the kind.
    public func exportValues(from store: Store) throws -> [JSONValue] { try exportValues(from: store, filter: .everything) }
    public func markdown(from store: Store, calendar: LocalCalendar) -> String? { markdown(from: store, calendar: calendar, filter: .everything) }
}
