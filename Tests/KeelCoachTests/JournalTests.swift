import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

@Suite struct JournalTests {
    func entry(
        _ h: Harness, _ id: String, daysAgo: Int, traps: [String], before: Int?, after: Int?, circle: String? = nil,
        text: String = "Something happened"
    ) -> JournalEntry {
        let time = h.wall.addingTimeInterval(Double(-daysAgo) * 86400)
        return JournalEntry(
            id: id, created: time, flow: "reframe", title: "Pause, breathe, reframe",
            answers: [Answer(step: "what", kind: "text", prompt: "What happened?", text: text)],
            stingBefore: before, stingAfter: after, traps: traps, circleID: circle)
    }

    @Test func patternsCountTrapsPerMonthWithTheTrendInWords() throws {
        let h = try Harness()
        var entries: [JournalEntry] = []
        for i in 0..<6 { entries.append(entry(h, "s\(i)", daysAgo: 70 + i, traps: ["overgeneralizing"], before: 8, after: 6, circle: "work")) }
        for i in 0..<2 { entries.append(entry(h, "n\(i)", daysAgo: i, traps: ["overgeneralizing", "labeling"], before: 6, after: 2, circle: "choir")) }
        entries.append(entry(h, "old", daysAgo: 400, traps: ["labeling"], before: 9, after: 9))
        try h.store.save([
            BelongingCircle(id: "work", created: h.wall, name: "Work", kind: .work),
            BelongingCircle(id: "choir", created: h.wall, name: "Choir", kind: .hobby),
        ])
        let p = JournalPatterns(
            entries: entries, today: h.ctx.today, calendar: .utc, traps: h.ctx.content.catalog("thinking-traps"),
            circles: h.store.all(BelongingCircle.self))
        #expect(p.months.map(\.description) == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"])
        let over = try #require(p.traps.first)
        #expect(over.label == "Overgeneralizing")
        #expect(over.counts == [0, 0, 0, 6, 0, 2])
        #expect(p.trend(over) == "6 in September, 2 so far this month: fewer lately")
        #expect(p.trend(p.traps[1]) == "2 so far this month", "the year-old entry is outside the window")
        #expect(p.stings.map(\.month.description) == ["2026-09", "2026-11"])
        #expect(p.stings.last?.before == 6 && p.stings.last?.after == 2)
        #expect(p.eased == [2, 2, 2, 2, 2, 2, 4, 4])
        #expect(p.circles.map(\.name) == ["Work", "Choir"])
        #expect(p.circles.map(\.count) == [6, 2])
    }

    /// On the 1st, December is a day old: it is said as "so far", and the
    /// trend weighs whole months only (November against July, not a day of December).
    @Test func aMonthJustBegunIsNotWeighedAgainstAWholeOne() throws {
        let h = try Harness(wall: "2026-12-01T09:30:00.000Z")
        var entries: [JournalEntry] = []
        for i in 0..<5 { entries.append(entry(h, "jul\(i)", daysAgo: 130 + i, traps: ["labeling"], before: 8, after: 6)) }
        for i in 0..<5 { entries.append(entry(h, "nov\(i)", daysAgo: 3 + i, traps: ["labeling"], before: 8, after: 6)) }
        for i in 0..<3 { entries.append(entry(h, "aug\(i)", daysAgo: 110 + i, traps: ["mind-reading"], before: 8, after: 6)) }
        entries.append(entry(h, "nov-mind", daysAgo: 10, traps: ["mind-reading"], before: 8, after: 6))
        let p = JournalPatterns(entries: entries, today: h.ctx.today, calendar: .utc, traps: nil, circles: [])
        #expect(p.months.last?.description == "2026-12")
        let labeling = try #require(p.traps.first { $0.id == "labeling" })
        #expect(p.trend(labeling) == "5 in July, 5 in November: about the same")
        let mind = try #require(p.traps.first { $0.id == "mind-reading" })
        #expect(p.trend(mind) == "3 in August, 1 in November: fewer lately")
        let today = entry(h, "dec", daysAgo: 0, traps: ["labeling"], before: 8, after: 6)
        let withToday = JournalPatterns(entries: entries + [today], today: h.ctx.today, calendar: .utc, traps: nil, circles: [])
        #expect(withToday.trend(try #require(withToday.traps.first { $0.id == "labeling" })) == "5 in July, 5 in November: about the same; 1 so far this month")

        try h.store.save(entries)
        let frame = h.app { PatternsScreen($0) }.render().text
        #expect(frame.contains("December has only just begun, so the words below weigh whole"), "\(frame)")
        #expect(frame.contains("5 in July, 5 in November: about the same"), "\(frame)")
    }

    @Test func searchKeepsEntriesHoldingEveryWordAndEnterReadsOneWhole() throws {
        let h = try Harness()
        try h.store.save([
            entry(h, "a", daysAgo: 1, traps: [], before: 7, after: 3, text: "The lake trip without me"),
            entry(h, "b", daysAgo: 2, traps: [], before: 5, after: 5, text: "No reply from Theo about lunch"),
        ])
        let app = h.app { JournalScreen($0) }
        #expect(app.render().text.contains("2 entries"))
        h.press(app, .char("/"))
        #expect(app.top.capturesText)
        h.type(app, "THEO lunch")
        #expect(app.render().text.contains("1 of 2 entries"))
        h.press(app, .enter, .enter)
        let read = try #require(app.top as? EntryScreen)
        #expect(read.entry.id == "b")
        #expect(app.render().text.contains("No reply from Theo about lunch"))
        h.press(app, .escape)
        h.press(app, .escape)
        #expect(app.render().text.contains("2 entries"), "Esc clears the search before leaving")
    }

    @Test func chartsAreDrawnInEighths() {
        #expect(Chart.bar(5, of: 10, width: 4) == "██")
        #expect(Chart.bar(1, of: 10, width: 4) == "▍", "3.2 eighths round to 3")
        #expect(Chart.columns([0, 4, 8], top: 8, height: 2, gap: false) == ["  █", " ██"])
        #expect(Chart.columns([1, 2], top: 8, height: 1, gap: true) == ["▁ ▂ "])
        #expect(Chart.spark([0, 1, 4]) == "·▂█")
    }
}
