#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import KeelStore

/// One fuzz input through every reader of outside bytes: the import parser
/// (checks only), every record decoder with its checks and its Markdown,
/// the time and date parsers, the field scanner, and the month-file reader
/// of a read-only store (which sets nothing aside). Nothing may trap.
/// Shared by `make fuzz` (Sources/keel-fuzz) and the regression test.
enum FuzzHarness {
    static func run(_ bytes: [UInt8], scratch: String) {
        _ = try? Exchange.plan(bytes, named: "fuzz")
        for type in types { decodeFile(type, bytes) }
        let text = String(decoding: bytes.prefix(64), as: UTF8.self)
        if let t = Timestamp.parse(text) {
            _ = Timestamp.format(t)
            _ = LocalCalendar.fixed(offsetSeconds: 14 * 3600).clock(of: t)
            _ = MonthKey(utc: t).adding(months: 1).name
        }
        if let d = CivilDate(text) { _ = (d.adding(days: 7).short, d.weekday, d.monthName) }
        _ = MonthKey(text)
        _ = FieldScanner.records(bytes, keys: ["created", "deleted", "day"])
        readMonthFile(bytes, scratch: scratch)
    }

    static let types: [any KeelRecord.Type] = [
        Settings.self, BreathSession.self, Draft.self, BelongingCircle.self, Person.self, ContactLog.self,
        WideningStep.self, JournalEntry.self, CheckIn.self, SafetyPlan.self, ExposureLadder.self,
        ExposureStep.self, ExposureAttempt.self, MyStrengths.self, ValuesStatement.self, SmallWin.self,
        WeeklyLetter.self, Habit.self, HabitCheck.self,
    ]

    static func decodeFile<R: KeelRecord>(_ type: R.Type, _ bytes: [UInt8]) {
        guard let envelope = try? KeelJSON.decode(FileEnvelope<R>.self, from: bytes) else { return }
        for r in envelope.records { use(r) }
    }

    /// What keel does with a record it has read: check it, show it, file it.
    static func use<R: KeelRecord>(_ r: R) {
        _ = r.problems()
        _ = r.markdown(calendar: .utc)
        _ = r.markdown(calendar: .fixed(offsetSeconds: -12 * 3600))
        _ = MonthKey(utc: r.created)
        _ = Timestamp.format(r.updated)
    }

    /// The bytes as the month file their header names (or a wins file), read
    /// through a read-only store as keel reads its own data.
    static func readMonthFile(_ bytes: [UInt8], scratch: String) {
        let kind = (try? KeelJSON.decode(EnvelopeHeader.self, from: bytes))?.kind
        let type = types.first { $0.kind.name == kind } ?? SmallWin.self
        read(type, bytes, scratch: scratch)
    }

    static func read<R: KeelRecord>(_ type: R.Type, _ bytes: [UInt8], scratch: String) {
        let store = Store(readingOnly: scratch)
        let relative = store.relativePath(type, month: MonthKey(year: 2026, month: 11))
        let full = scratch + "/" + relative
        try? Posix.makeDirectory(Posix.directory(of: full))
        guard (try? Posix.writeAtomically(bytes, to: full)) != nil else { return }
        for r in store.all(type, includeDeleted: true) { use(r) }
        _ = store.latestCreated(type)
    }
}
