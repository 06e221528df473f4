import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Words that come back or go missing: drafts let go once they match what
/// is saved, drafts said to be waiting, "Start fresh" asking first, and
/// the line printed on the way out.
@Suite struct DraftWordsTests {
    let week = Week(containing: CivilDate(year: 2026, month: 11, day: 26))
    var letterDraft: String { LetterEditorScreen.draftID(week) }

    /// drafts.json as it is on disk.
    func draftsFile(_ h: Harness) -> String {
        (try? String(contentsOfFile: h.dir + "/drafts.json", encoding: .utf8)) ?? ""
    }

    @Test func aClearedDraftKeepsNoWordsOnDisk() throws {
        let h = try Harness()
        try h.store.saveDraft(id: "win", title: "A small win", state: .object(["text": .string("Spoke up at the meeting")]))
        #expect(draftsFile(h).contains("Spoke up at the meeting"))
        try h.store.clearDraft("win")
        #expect(h.store.draft("win") == nil)
        #expect(!draftsFile(h).contains("Spoke up"), "\(draftsFile(h))")
    }

    @Test func savingALetterLeavesNoDraftBehindInTheFile() throws {
        let h = try Harness()
        let app = h.app { LetterEditorScreen(week: week, $0) }
        h.type(app, "A line of my own")
        h.clock.advance(seconds: 3)
        app.tick()
        #expect(h.store.draft(letterDraft) != nil, "the autosave kept it")
        h.press(app, .ctrl("s"))
        #expect(h.store.draft(letterDraft) == nil)
        #expect(!draftsFile(h).contains("A line of my own"), "\(draftsFile(h))")
    }

    @Test func wordsTakenBackOutOfAPastLetterDoNotReturn() throws {
        let h = try Harness()
        let lastWeek = week.adding(weeks: -1)
        let saved = WeeklyLetter(id: "l1", created: h.wall, week: CivilDate(year: 2026, month: 11, day: 16), text: "Dear me,\n\nA good week.")
        try h.store.save(saved)
        let id = LetterEditorScreen.draftID(lastWeek)
        // Opened, a line added, left: the line waits as a draft.
        var app = h.app { LetterEditorScreen(week: lastWeek, $0, existing: saved) }
        h.type(app, " Too much.")
        h.press(app, .escape)
        #expect(h.store.draft(id)?.state["text"]?.string?.contains("Too much.") == true)
        // Opened again, the line taken out on purpose, left again.
        app = h.app { LetterEditorScreen(week: lastWeek, $0, existing: saved) }
        #expect(app.render().text.contains("Your words from last time are back."))
        for _ in " Too much.".indices { h.press(app, .backspace) }
        h.press(app, .escape)
        #expect(h.store.draft(id) == nil, "nothing differs from the saved letter, so nothing waits")
        app = h.app { LetterEditorScreen(week: lastWeek, $0, existing: saved) }
        #expect(!app.render().text.contains("Your words from last time are back."))
        #expect(!app.render().text.contains("Too much."))
    }

    @Test func aStaleDraftThatMatchesTheSavedLetterIsLetGoOnOpening() throws {
        let h = try Harness()
        let saved = WeeklyLetter(id: "l1", created: h.wall, week: CivilDate(year: 2026, month: 11, day: 23), text: "Dear me,\n\nSaved.")
        try h.store.save(saved)
        try h.store.saveDraft(id: letterDraft, title: "Letter for \(week)", state: .object(["text": .string("Dear me,\n\nSaved.\n")]))
        let screen = LetterEditorScreen(week: week, h.ctx, existing: saved)
        #expect(!screen.restored)
        #expect(h.store.draft(letterDraft) == nil)
    }

    @Test func theLetterListSaysADraftIsWaiting() throws {
        let h = try Harness()
        try h.store.save(Draft(id: letterDraft, title: "Letter for \(week)", state: .object(["text": .string("Dear me, half a thought")]), at: h.wall))
        let frame = h.app { LetterScreen($0) }.render()
        #expect(frame.contains("This week            your draft from earlier today is waiting"), "\n\(frame.dump)")
        #expect(!frame.text.contains("not written yet"))
    }

    @Test func aDraftedLetterReopensWhereItWasLeft() throws {
        let h = try Harness()
        #expect(LetterEditorScreen(week: week, h.ctx).editor.cursor == 0, "a letter not yet touched opens at the top, to be read")
        // Typed further down and left: the cursor comes back to the same place.
        let app = h.app { LetterEditorScreen(week: week, $0) }
        h.press(app, .pageDown, .pageDown)
        h.type(app, "Remember the lake.")
        h.press(app, .escape)
        let again = LetterEditorScreen(week: week, h.ctx)
        #expect(again.restored)
        #expect(String(again.editor.text.prefix(again.editor.cursor)).hasSuffix("Remember the lake."))
        #expect(again.editor.cursor > 20)
        // A draft kept without a place (from an older keel) opens where the own words go.
        try h.store.saveDraft(
            id: letterDraft, title: "Letter", state: .object(["text": .string("Dear me,\n\n\(LetterDraft.closingPrompt)\nThe lake.\n\nWith care,\nme")]))
        let older = LetterEditorScreen(week: week, h.ctx)
        #expect(String(older.editor.text.prefix(older.editor.cursor)).hasSuffix(LetterDraft.closingPrompt + "\n"))
    }

    @Test func homeAndPracticesSayADraftIsWaiting() throws {
        let h = try Harness()
        // Drafts are stamped by the store's clock; these are made with the harness's days.
        try h.store.save(Draft(id: "flow:self-compassion", title: "Self-compassion break", state: .object([:]), at: h.wall.addingTimeInterval(-86400)))
        let home = h.app { HomeScreen($0) }.render().text
        #expect(home.contains("Waiting for you: “Self-compassion break”, started yesterday."), "\(home)")
        let practices = h.app { FlowListScreen($0) }.render()
        let row = practices.lines.first { $0.contains("Self-compassion break") } ?? ""
        #expect(row.contains(" draft"), "\n\(practices.dump)")
        #expect(!(practices.lines.first { $0.contains("Setback review") } ?? "").contains("draft"))
        try h.store.save(Draft(id: "win", title: "A small win", state: .object(["text": .string("x")]), at: h.wall))
        let two = h.app { HomeScreen($0) }.render().text
        #expect(two.contains("2 drafts are waiting for you: “A small win” and “Self-compassion break”."), "\(two)")
        // Words waiting come before the other notes, so a short window cuts those first.
        try h.store.save(
            BreathSession(
                id: "b1", created: h.wall, pattern: "sigh", timing: "1-0-1-0", plannedSeconds: 60, actualSeconds: 60, completed: true,
                calmBefore: nil, calmAfter: nil, source: nil))
        let notes = TodayLines.home(h.ctx)
        #expect(notes.count > 1 && notes.first?.hasPrefix("2 drafts are waiting") == true, "\(notes)")
    }

    /// A self-compassion break left after its first answer.
    func leaveABreak(_ h: Harness, words: String) {
        let app = h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }
        h.press(app, .enter)
        h.type(app, words)
        h.press(app, .enter, .escape, .escape, .escape)
        #expect(h.store.draft("flow:self-compassion") != nil)
    }

    @Test func aDraftStartedTodaySaysEarlierToday() throws {
        let h = try Harness()
        leaveABreak(h, words: "Left off the list again")
        #expect(h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }.render().text.contains("You started this earlier today and didn't finish."))
        h.wall = h.wall.addingTimeInterval(86400)
        #expect(h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }.render().text.contains("You started this yesterday and didn't finish."))
        h.wall = h.wall.addingTimeInterval(86400)
        #expect(
            h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }.render().text.contains(
                "You started this on Thu 26 Nov and didn't finish."))
    }

    @Test func startFreshAsksBeforeLettingWordsGo() throws {
        let h = try Harness()
        leaveABreak(h, words: "Left off the list again")
        let app = h.app { FlowScreen(flow: h.flow("self-compassion"), ctx: $0) }
        h.press(app, .down, .enter)
        #expect(h.store.draft("flow:self-compassion") != nil, "one Enter keeps them")
        let frame = app.render().text
        #expect(frame.contains("That lets go of the 5 words you wrote. Enter again to let them go, or ↑ to\n  keep them."), "\(frame)")
        #expect(!frame.contains("You started this"), "the question takes the first line's place")
        h.press(app, .up)
        #expect(!app.render().text.contains("That lets go"))
        h.press(app, .down, .enter, .enter)
        #expect(h.store.draft("flow:self-compassion") == nil)
        #expect(app.render().text.contains("Step 1 of"))
    }

    @Test func ctrlCSaysWhatWasKeptAfterAnyCrisisLines() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("setback-review"), ctx: $0) }
        h.press(app, .enter)
        h.type(app, "The talk went badly")
        h.press(app, .ctrlC)
        #expect(app.farewell == ["Kept as a draft: “Setback review”. Run keel again: it waits on home."])
        #expect(app.exitStatus == 130, "the shell hears an interrupt, so `keel && next` stops there")
        // Nothing typed: nothing to say.
        let quiet = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(quiet, .ctrlC)
        #expect(quiet.farewell.isEmpty)
        // Words of crisis left behind: the crisis lines come first.
        let hard = try Harness()
        let crisis = hard.app { FlowScreen(flow: hard.flow("setback-review"), ctx: $0) }
        hard.press(crisis, .enter)
        hard.type(crisis, "I want to die.")
        hard.press(crisis, .ctrlC)
        #expect(crisis.farewell.first?.contains("reach someone") == true, "\(crisis.farewell)")
        #expect(crisis.farewell.last == "Kept as a draft: “Setback review”. Run keel again: it waits on home.")
    }

    @Test func aClosedWindowEndsWithItsSignalAndQuittingWithZero() throws {
        let h = try Harness()
        let closed = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        closed.handle(.terminate(signal: 1))
        #expect(closed.isFinished && closed.exitStatus == 129)
        let quit = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        quit.close()
        #expect(quit.exitStatus == 0)
    }

    @Test func aStepOnlyLookedAtLeavesNoDraft() throws {
        let h = try Harness()
        var s = h.store.singleton(MyStrengths.self)
        s.picks = [MyStrengths.Pick(id: "kindness", label: "Kindness"), MyStrengths.Pick(id: "curiosity", label: "Curiosity")]
        try h.store.save(s)
        let app = h.app { FlowStart.screen(h.flow("morning"), $0) }
        #expect((app.top as? FlowScreen)?.step.id == "strength")
        h.press(app, .escape)
        #expect(h.store.draft("flow:morning") == nil, "nothing was chosen, so nothing comes back")
        let again = h.app { FlowStart.screen(h.flow("morning"), $0) }
        h.press(again, .ctrlC)
        #expect(h.store.draft("flow:morning") == nil)
        #expect(again.farewell.isEmpty)
        // Moving to another strength is a choice worth keeping.
        let moved = h.app { FlowStart.screen(h.flow("morning"), $0) }
        h.press(moved, .down, .escape)
        #expect(h.store.draft("flow:morning") != nil)
    }

    @Test func aFormDraftThatMatchesTheSavedRecordIsLetGo() throws {
        let h = try Harness()
        let editor = HabitEditor(original: nil, start: HabitEditor.Start(name: ""))
        let pristine = FormScreen(editor, h.ctx).form.snapshot
        try h.store.saveDraft(id: editor.draftID, title: editor.title, state: pristine)
        let screen = FormScreen(editor, h.ctx)
        #expect(!screen.restored)
        #expect(h.store.draft(editor.draftID) == nil)
    }
}
