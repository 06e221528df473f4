import Foundation
import Testing
import KeelContent
import KeelStore
@testable import KeelCoach

/// `keel sample`'s inner-worth part: realistic, valid, and read back by the
/// same code the screens use.
@Suite struct InnerWorthSampleTests {
    func sample(_ h: Harness, years: Double = 0.5, content: ContentLibrary = Harness.content) throws {
        var history = SampleHistory(years: years, seed: 7, end: h.wall, calendar: .utc)
        history.content = content
        _ = try history.generate(into: h.store)
    }

    @Test func monthsOfMorningsWinsHabitsAndLetters() throws {
        let h = try Harness()
        try sample(h)
        #expect((3...5).contains(h.store.singleton(MyStrengths.self).picks.count))
        #expect(h.store.valuesVersions().count == 2)
        let mornings = MorningEntry.all(h.store.all(JournalEntry.self), h.ctx)
        #expect(mornings.count > 90)
        #expect(mornings.filter { $0.planKept != nil }.count > 50, "most mornings look back at the last plan")
        #expect(mornings.allSatisfy { $0.strength != nil && !$0.gratitudes.isEmpty })
        #expect(h.store.all(SmallWin.self).count > 40)
        let letters = Letters.all(h.ctx)
        #expect(letters.count > 15)
        #expect(letters.allSatisfy { $0.week.weekday == 1 && $0.text.hasPrefix("Dear me,") })
        #expect(letters.contains { $0.text.contains("You leaned on your strengths:") && $0.text.contains("You were grateful for:") })
        let rows = HabitRow.load(h.ctx)
        #expect(rows.count == 5)
        #expect(rows.contains { $0.streak.length >= 2 }, "some habit is on a streak")
        #expect(h.store.all(HabitCheck.self).contains { $0.isRest })
        #expect(h.store.all(HabitCheck.self).allSatisfy { $0.created <= h.wall })
        // Every record is valid as the import would check it.
        for r in h.store.all(HabitCheck.self) { #expect(r.problems().isEmpty) }
        for r in h.store.all(WeeklyLetter.self) { #expect(r.problems().isEmpty) }
        for r in h.store.valuesVersions() { #expect(r.problems().isEmpty) }
        #expect(h.store.singleton(MyStrengths.self).problems().isEmpty)
    }

    @Test func theSampleHasMovedAHabitAndTheListFollowsItsOrder() throws {
        let h = try Harness()
        try sample(h)
        let names = HabitRow.load(h.ctx).map(\.habit.name)
        #expect(h.store.all(Habit.self).allSatisfy { $0.order != nil })
        #expect(names.prefix(2) == ["Morning reflection", "Log a small win"], "\(names)")
    }

    @Test func withoutContentTheSampleStillHoldsTogether() throws {
        let h = try Harness(content: .empty)
        try sample(h, years: 0.2, content: .empty)
        #expect(h.store.singleton(MyStrengths.self).problems().isEmpty)
        #expect(!h.store.all(Habit.self).isEmpty && !h.store.all(SmallWin.self).isEmpty)
        #expect(h.store.all(Draft.self).isEmpty, "no flow to leave unfinished without content")
    }

    @Test func theSampleLeavesAPracticeToPickUp() throws {
        let h = try Harness()
        try sample(h, years: 0.2)
        let draft = try #require(h.store.all(Draft.self).first)
        #expect(draft.id == "flow:self-compassion")
        #expect(h.store.singleton(Settings.self).lastPattern == "box")
        let app = h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }
        #expect(app.render().contains("You started this yesterday and didn't finish."))
        h.press(app, .enter)
        let frame = app.render().text
        #expect(frame.contains("Where do you feel it most?"), "\(frame)")
    }
}
