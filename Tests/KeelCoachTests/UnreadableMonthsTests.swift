import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// A journal month that could not be read is said on the journal itself,
/// where its entries are missing, not only on the home screen later.
@Suite struct UnreadableMonthsTests {
    @Test func theJournalSaysAMonthCouldNotBeRead() throws {
        let h = try Harness()
        try h.store.save(
            JournalEntry(
                id: "a", created: h.wall, flow: "reframe", title: "Pause, breathe, reframe",
                answers: [], stingBefore: 6, stingAfter: 3, traps: []))
        let clean = h.app { JournalScreen($0) }
        #expect(!clean.render().text.contains("couldn't be read"))
        for month in ["2026-09", "2026-10"] {
            try Posix.writeAtomically(Array("{ not json".utf8), to: h.dir + "/journal/\(month).json")
        }
        h.store.reload()
        let app = h.app { JournalScreen($0) }
        let text = app.render().text
        #expect(text.contains("2 months of entries couldn't be read, so they are missing here"), "\(text)")
        #expect(text.contains("1 entry"), "the rest is still listed")
    }
}
