import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Every small win by week: found, changed, deleted and brought back; and
/// the journal's search, which ignores capitals and accents and finds wins.
@Suite struct WinsListTests {
    /// Three wins over two weeks on the harness's Thursday 26 November 2026.
    func seeded() throws -> Harness {
        let h = try Harness()
        func win(_ id: String, _ daysAgo: Int, _ text: String) -> SmallWin {
            let t = h.wall.addingTimeInterval(Double(-daysAgo) * 86400)
            return SmallWin(id: id, created: t, day: CivilDate(year: 2026, month: 11, day: 26).adding(days: -daysAgo), text: text)
        }
        try h.store.save([win("w1", 9, "Went to the choir open evening"), win("w2", 2, "Asked for help at the Café"), win("w3", 0, "Kept a boundary with Sam")])
        return h
    }

    @Test func winsAreListedByWeekNewestFirst() throws {
        let h = try seeded()
        let app = h.app({ HomeScreen($0) }, size: Size(width: 40, height: 12))
        h.press(app, .char("y"))
        let frame = app.render()
        #expect(frame.contains("3 wins"), "\(frame.dump)")
        let lines = frame.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let body = Array(lines.drop { !$0.hasPrefix("This week") }.prefix(5))
        #expect(
            body == [
                "This week · 2 wins", "› Thu 26  Kept a boundary with Sam", "Tue 24  Asked for help at the C…", "Last week · 1 win",
                "Tue 17  Went to the choir open …",
            ], "\(frame.dump)")
    }

    @Test func searchChangeDeleteAndUndo() throws {
        let h = try seeded()
        let app = h.app { WinsScreen($0) }
        h.press(app, .char("/"))
        h.type(app, "CAFE")
        var frame = app.render()
        #expect(frame.contains("1 of 3 wins") && frame.contains("› Tue 24  Asked for help at the Café"), "\(frame.dump)")
        #expect(frame.style(of: "Café")?.underline == true, "the match is marked")
        #expect(frame.style(of: "Asked")?.underline == false)
        h.press(app, .enter, .enter)  // keep the search, change the win
        #expect(app.top is WinScreen && app.render().contains("Your win on Tuesday 24 November"), "\(app.render().dump)")
        h.press(app, .end)
        h.type(app, " with the move.")  // its own full stop: never doubled below
        h.press(app, .enter)
        #expect(h.store.find(SmallWin.self, id: "w2")?.text == "Asked for help at the Café with the move.")
        #expect(app.render().contains("Changed: Asked for help at the Café with the move."), "\(app.render().dump)")
        h.press(app, .escape)  // clears the search, the same win still selected
        frame = app.render()
        #expect(frame.contains("3 wins") && frame.contains("› Tue 24  Asked for help at the Café"), "\(frame.dump)")
        h.press(app, .char("d"))
        #expect(h.store.all(SmallWin.self).map(\.id).sorted() == ["w1", "w3"])
        #expect(app.render().contains("Deleted: Asked for help at the Café with the move. u brings it back."), "\(app.render().dump)")
        #expect(app.render().contains("u undo"))
        h.press(app, .char("u"))
        #expect(h.store.all(SmallWin.self).map(\.id).sorted() == ["w1", "w2", "w3"])
        #expect(app.render().contains("Back: Asked for help at the Café with the move.") && !app.render().contains("move.."))
        #expect(app.render().contains("› Tue 24  Asked for help at the Café"), "\(app.render().dump)")
        #expect(app.outcomes.contains(.saved(kind: "wins", id: "w2")))
    }

    @Test func anEmptyChangeIsRefusedAndEscKeepsTheWordsForNextTime() throws {
        let h = try seeded()
        let app = h.app { WinsScreen($0) }
        h.press(app, .enter)
        for _ in 0..<30 { h.press(app, .backspace) }
        h.press(app, .enter)
        #expect(app.render().contains("A win needs a few words"), "\(app.render().dump)")
        h.type(app, "Said no to Sam, kindly")
        h.press(app, .escape)
        #expect(h.store.find(SmallWin.self, id: "w3")?.text == "Kept a boundary with Sam", "Esc changes nothing kept")
        h.press(app, .enter)
        #expect(app.render().contains("Said no to Sam, kindly"), "the words typed are back")
    }

    @Test func theWinScreenOpensTheListAndANewWinJoinsIt() throws {
        let h = try Harness()
        let app = h.app({ WinScreen($0) }, size: Size(width: 80, height: 24))
        #expect(app.render().contains("Tab all wins"), "\(app.render().dump)")
        h.press(app, .tab)
        #expect(app.render().contains("No wins yet."), "\(app.render().dump)")
        h.press(app, .char("a"))
        h.type(app, "Spoke first at the meeting")
        h.press(app, .enter)
        #expect(app.top is WinsScreen)
        #expect(app.render().contains("› Thu 26  Spoke first at the"), "\(app.render().dump)")
    }

    @Test func aSelectedWinTooLongForARowIsShownWhole() throws {
        let h = try Harness()
        try h.store.save(SmallWin(id: "w", created: h.wall, day: h.ctx.today, text: "Stayed until the end of the party and talked to two people I didn't know"))
        let app = h.app({ WinsScreen($0) }, size: Size(width: 40, height: 12))
        let text = app.render().lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("Stayed until the end of the party and talked to two people I didn't know"), "\(app.render().dump)")
    }
}

extension WinsListTests {
    @Test func theListAndItsFormsFitEverySize() throws {
        let h = try seeded()
        try h.store.save(
            SmallWin(id: "w4", created: h.wall, day: h.ctx.today, text: "日本 👋🏽 é, and a win long enough to wrap over a few rows of a narrow window"))
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (80, 24), (200, 60)].map { Size(width: $0.0, height: $0.1) }
        var turn = 0
        expectEveryRootFits(h, [{ WinsScreen($0) }, { WinScreen($0) }], sizes: sizes, frames: 10) { app in
            turn += 1
            let keys: [Key] = [.down, .char("/"), .char("e"), .enter, .down, .enter, .tab, .escape, .char("d"), .char("u")]
            h.press(app, keys[turn % keys.count])
            return !app.isFinished
        }
    }
}

@Suite struct JournalSearchTests {
    func entry(_ h: Harness, _ id: String, daysAgo: Int, _ text: String) -> JournalEntry {
        JournalEntry(
            id: id, created: h.wall.addingTimeInterval(Double(-daysAgo) * 86400), flow: "reframe", title: "Pause, breathe, reframe",
            answers: [Answer(step: "what", kind: "text", prompt: "What happened?", text: text)])
    }

    @Test func capitalsAndAccentsAreIgnoredAndTheMatchIsMarked() throws {
        let h = try Harness()
        try h.store.save([
            entry(h, "a", daysAgo: 1, "Nobody waved back at the café"), entry(h, "b", daysAgo: 2, "THE CAFÉ WAS FULL"),
            entry(h, "c", daysAgo: 3, "A quiet walk"),
        ])
        let app = h.app { JournalScreen($0) }
        h.press(app, .char("/"))
        h.type(app, "cafe")
        let frame = app.render()
        #expect(frame.contains("2 of 3 entries"), "\(frame.dump)")
        #expect(frame.contains("Nobody waved back at the café") && frame.contains("THE CAFÉ WAS FULL"))
        #expect(frame.style(of: "café")?.underline == true && frame.style(of: "CAFÉ")?.underline == true, "\(frame.dump)")
        #expect(frame.style(of: "Nobody")?.underline == false)
        h.press(app, .enter, .enter)  // keep the search, read the entry
        let entry = app.render()
        #expect(app.top is EntryScreen && entry.style(of: "café")?.underline == true, "\(entry.dump)")
        #expect(entry.style(of: "Nobody")?.underline == false)
    }

    @Test func aMatchDeepInAnAnswerIsShownInItsRow() throws {
        let h = try Harness()
        let long = JournalEntry(
            id: "a", created: h.wall, flow: "reframe", title: "Pause, breathe, reframe",
            answers: [
                Answer(step: "what", kind: "text", prompt: "What happened?", text: "Nobody said hello"),
                Answer(step: "else", kind: "text", prompt: "Another way to see it?", text: "They were all busy getting ready for the big Zoë retrospective"),
            ])
        try h.store.save(long)
        let app = h.app({ JournalScreen($0) }, size: Size(width: 40, height: 12))
        h.press(app, .char("/"))
        h.type(app, "zoe")
        let frame = app.render()
        #expect(frame.contains("› Thu 26 Nov  …big Zoë retro"), "\(frame.dump)")
        #expect(frame.style(of: "Zoë")?.underline == true)
    }

    @Test func clearingASearchKeepsTheSelectedEntry() throws {
        let h = try Harness()
        try h.store.save([entry(h, "a", daysAgo: 1, "Lunch alone"), entry(h, "b", daysAgo: 2, "The café"), entry(h, "c", daysAgo: 3, "Café again")])
        let app = h.app { JournalScreen($0) }
        h.press(app, .char("/"))
        h.type(app, "café")
        h.press(app, .down)  // the second match: "Café again"
        h.press(app, .escape)
        let journal = try #require(app.top as? JournalScreen)
        #expect(journal.shown.count == 3 && journal.shown[journal.selected].id == "c")
        #expect(app.render().contains("› Mon 23 Nov"), "\(app.render().dump)")
    }

    @Test func winsAreFoundToo() throws {
        let h = try Harness()
        try h.store.save(entry(h, "a", daysAgo: 1, "The choir was loud"))
        try h.store.save(SmallWin(id: "w", created: h.wall, day: h.ctx.today, text: "Sang in the Choir"))
        let app = h.app { JournalScreen($0) }
        #expect(!app.render().contains("Sang in the Choir"), "wins wait for a search")
        h.press(app, .char("/"))
        h.type(app, "choir")
        let frame = app.render()
        #expect(frame.contains("1 entry and 1 win match") && frame.contains("Small win: Sang in the Choir"), "\(frame.dump)")
        h.press(app, .up)  // the search kept the entry selected; the win is newer, above it
        h.press(app, .enter, .enter)
        #expect(app.top is WinsScreen && app.render().contains("› Thu 26  Sang in the Choir"), "\(app.render().dump)")
    }
}
