import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Screens follow this machine's date order and week start.
@Suite struct DateStyleScreenTests {
    func lines(_ style: DateStyle, _ root: @escaping (Harness, Context) -> any Screen) throws -> [String] {
        try DateStyle.$override.withValue(style) {
            let h = try Harness()
            try InnerWorthFixture.fill(h)
            return h.app({ root(h, $0) }, size: Size(width: 80, height: 24)).render().lines
        }
    }

    @Test func aSundayStartPutsSundayAtTheTopOfTheCalendar() throws {
        let walk: (Harness, Context) -> any Screen = { h, ctx in HabitDetailScreen(h.store.find(Habit.self, id: "walk")!, ctx) }
        let monday = try lines(DateStyle(), walk).compactMap { $0.split(separator: " ").first.map(String.init) }
        let sunday = try lines(DateStyle(weekStart: 7), walk).compactMap { $0.split(separator: " ").first.map(String.init) }
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        #expect(monday.filter(days.contains) == days)
        #expect(sunday.filter(days.contains) == ["Sun"] + days.dropLast())
    }

    @Test func theHabitsPageWritesTodayInThisMachinesOrder() throws {
        #expect(try lines(DateStyle(), { HabitsScreen($1) }).contains { $0.contains("Today, Thursday 26 November") })
        #expect(try lines(DateStyle(order: .monthDay), { HabitsScreen($1) }).contains { $0.contains("Today, Thursday, November 26") })
        #expect(try lines(DateStyle(order: .iso), { HabitsScreen($1) }).contains { $0.contains("Today, Thursday 2026-11-26") })
    }
}
