import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Choices a person can see and reach at every size: options that fit,
/// long words shown whole, keys to finish what was left, and the cursor
/// where the person left it.
@Suite struct ReachTests {
    static let small = Size(width: 40, height: 12)
    static let normal = Size(width: 80, height: 24)

    /// The morning walked to "Today's strength" (yesterday's plan answered).
    func morningAtStrength(_ size: Size) throws -> (Harness, App) {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        let app = h.app({ FlowScreen(flow: h.flow("morning"), ctx: $0) }, size: size)
        h.press(app, .enter)  // "It did"
        #expect(app.render().text.contains("Today's strength"))
        return (h, app)
    }

    @Test func theStrengthChoicesShowAt40x12AndTheCursorMovesThroughThem() throws {
        let (h, app) = try morningAtStrength(Self.small)
        let frame = app.render()
        // Today's in turn comes first, then the others.
        #expect(frame.text.contains("› Making people feel welcome"), "\(frame.dump)")
        #expect(frame.text.contains("Kindness") && frame.text.contains("Curiosity"), "\(frame.dump)")
        #expect(frame.text.contains("Which strength will you lean on"), "\(frame.dump)")
        #expect(frame.text.contains("Each morning"), "the words above begin\n\(frame.dump)")
        #expect(frame.text.contains("PgDn ↓"), "and say how to read on\n\(frame.dump)")
        h.press(app, .down)
        let moved = app.render()
        #expect(moved.text.contains("› Kindness"), "\(moved.dump)")
        // Page Down reads the words above, the cursor staying put.
        for _ in 0..<6 { h.press(app, .pageDown) }
        let read = app.render()
        #expect(read.text.contains("better."), "the end of the words above\n\(read.dump)")
        #expect(read.text.contains("PgUp ↑") && !read.text.contains("PgDn"), "\(read.dump)")
        #expect(read.text.contains("› Kindness"), "\(read.dump)")
        h.press(app, .enter)
        let draft = try #require(app.top as? FlowScreen)
        #expect(draft.session.answers["strength"]?.choice == "kindness")
    }

    @Test func theStrengthStepAt80x24ShowsItAll() throws {
        let (_, app) = try morningAtStrength(Self.normal)
        let frame = app.render()
        #expect(frame.text.contains("Each morning another of your strengths takes its turn."), "\(frame.dump)")
        #expect(!frame.text.contains("PgDn"), "nothing is cut\n\(frame.dump)")
        #expect(frame.text.contains("Making people feel welcome"), "\(frame.dump)")
    }

    /// A menu with no second column gives its labels the whole row, and
    /// the highlighted one is shown whole even when it is longer than that.
    @Test func checkInTopicsUseTheWidthAndShowTheHighlightedWhole() throws {
        let h = try Harness()
        let wide = h.app({ CheckInScreen($0) }, size: Self.normal)
        h.press(wide, .char("6"), .enter)
        let frame = wide.render()
        #expect(frame.text.contains("Something social is coming up that I dread"), "\(frame.dump)")
        let narrow = h.app({ CheckInScreen($0) }, size: Self.small)
        h.press(narrow, .char("6"), .enter)
        let topics = try #require(h.ctx.content.catalog("check-in-topics")?.items)
        let dread = try #require(topics.firstIndex { $0.id == "dread" })
        for _ in 0..<dread { h.press(narrow, .down) }
        let small = narrow.render()
        #expect(small.text.contains("› Something social is coming up"), "\(small.dump)")
        #expect(small.text.contains("    I dread"), "the rest wraps under it\n\(small.dump)")
    }

    /// A word under a text field wraps at 40 columns rather than losing its end.
    @Test func aNoticeUnderATextStepIsReadWhole() throws {
        let h = try Harness()
        let app = h.app({ FlowScreen(flow: h.flow("criticism-sorter"), ctx: $0) }, size: Self.small)
        h.press(app, .enter, .enter)  // past the opening words, Enter on an empty answer
        let frame = app.render()
        #expect(frame.text.contains("A few words are enough, even rough"), "\(frame.dump)")
        #expect(frame.text.contains("ones."), "\(frame.dump)")
    }

    // MARK: - The values form

    static let mission = "I want to be a steady, warm presence for the people around me, and treat myself as well as I treat my friends."

    @Test func aLongMissionWrapsInItsField() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        for size in [Self.small, Self.normal] {
            let app = h.app({ ValuesScreen($0) }, size: size)
            h.press(app, .char("e"))
            let frame = app.render()
            // Focused, the rows around the cursor (at the end) show; at 80 columns all of it.
            #expect(frame.text.contains("friends."), "the mission's end shows\n\(frame.dump)")
            if size == Self.normal { #expect(frame.text.contains("I want to be a steady"), "\(frame.dump)") }
            h.press(app, .down)
            let away = app.render()
            #expect(away.text.contains("I want to be a"), "unfocused, it shows from its start\n\(away.dump)")
            h.press(app, .escape)
        }
    }

    // MARK: - Values versions

    @Test func eOnAnEarlierVersionStartsFromItAndBringsItBack() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        let app = h.app({ ValuesScreen($0) }, size: Self.normal)
        h.press(app, .left)
        #expect(app.render().text.contains("Be a steady friend."))
        #expect(app.render().text.contains("e edit from this"), "\(app.render().dump)")
        h.press(app, .char("e"))
        #expect(app.render().text.contains("Be a steady friend."), "the form starts from the earlier words\n\(app.render().dump)")
        h.press(app, .enter)
        let versions = h.store.valuesVersions()
        #expect(versions.count == 3)
        #expect(versions.last?.mission == "Be a steady friend.")
        #expect(versions.last?.values == ["Honesty", "Kindness", "Curiosity"])
        #expect(h.ctx.flash?.contains("Brought back") == true)
    }

    @Test func eOnTheNewestStillEditsTheNewest() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        let app = h.app({ ValuesScreen($0) }, size: Self.normal)
        h.press(app, .char("e"))
        #expect(app.render().text.contains("Be honest, kindly"))
        h.press(app, .enter)
        #expect(h.store.valuesVersions().count == 2, "nothing changed, nothing new")
    }

    // MARK: - Habits

    @Test func aHabitJustAddedKeepsTheCursor() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        let app = h.app({ HabitsScreen($0) }, size: Self.normal)
        h.press(app, .down)  // away from the first
        h.press(app, .char("a"), .enter)  // your own
        h.type(app, "Stretch for a minute")
        h.press(app, .enter)
        let screen = try #require(app.top as? HabitsScreen)
        #expect(screen.current?.name == "Stretch for a minute")
        let frame = app.render()
        #expect(frame.lines.contains { $0.contains("›") && $0.contains("Stretch for a minute") }, "\(frame.dump)")
        h.press(app, .char(" "))
        let ticks = h.store.all(HabitCheck.self).filter { $0.day == InnerWorthFixture.day(0) }
        #expect(ticks.contains { $0.habitID != "tidy" && $0.habitID != "walk" && $0.habitID != "call" }, "Space ticks the new one")
    }
}
