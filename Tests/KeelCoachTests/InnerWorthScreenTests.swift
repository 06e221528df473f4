import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The inner-worth screens rendered over a few weeks of practice at 80x24
/// and at the smallest size, compared with their golden frames (Goldens/).
@Suite struct InnerWorthScreenTests {
    func frame(_ size: Size, _ root: @escaping (Harness, Context) -> any Screen) throws -> Buffer {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        return h.app({ root(h, $0) }, size: size).render()
    }

    /// `name`-80x24 and `name`-40x12 in Goldens/.
    func check(_ root: @escaping (Harness, Context) -> any Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try frame(Size(width: 80, height: 24), root)
        expectGolden(a, name + "-80x24", sourceLocation: sourceLocation)
        let b = try frame(Size(width: 40, height: 12), root)
        expectGolden(b, name + "-40x12", sourceLocation: sourceLocation)
    }

    @Test func homeListsTodaysHabitsToTick() throws {
        try check({ HomeScreen($1) }, "home-with-habits")
    }

    @Test func habits() throws {
        try check({ HabitsScreen($1) }, "habits")
    }

    @Test func aHabitsCalendar() throws {
        try check(
            { h, ctx in HabitDetailScreen(h.store.find(Habit.self, id: "walk")!, ctx) },
            "habits-calendar")
    }

    @Test func lettersByWeek() throws {
        try check({ LetterScreen($1) }, "letter-list")
    }

    @Test func thisWeeksLetterDrafted() throws {
        try check({ h, ctx in LetterEditorScreen(week: Week(containing: ctx.today), ctx) }, "letter-editor")
    }

    @Test func values() throws {
        try check({ ValuesScreen($1) }, "values")
    }

    @Test func theValuesCard() throws {
        try check({ ValuesCardScreen.ifWritten($1, after: CheckInRoutes.doubtLead)! }, "values-card")
    }

    @Test func strengths() throws {
        try check({ StrengthPickerScreen($1) }, "morning-strengths")
    }

    @Test func aSmallWin() throws {
        try check({ WinScreen($1) }, "wins-new")
    }

    @Test func theMorningBeginsWithYesterdaysPlan() throws {
        try check({ h, ctx in FlowStart.screen(h.flow("morning"), ctx) }, "morning-recall")
    }

    @Test func everyInnerWorthScreenFitsEverySize() throws {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        let walk = try #require(h.store.find(Habit.self, id: "walk"))
        let roots: [(Context) -> any Screen] = [
            { HabitsScreen($0) }, { HabitDetailScreen(walk, $0) }, { HabitCatalogScreen($0) }, { LetterScreen($0) },
            { LetterEditorScreen(week: Week(containing: $0.today), $0) }, { ValuesScreen($0) }, { StrengthPickerScreen($0) },
            { WinScreen($0) }, { FlowStart.screen(h.flow("morning"), $0) }, { FormScreen(HabitEditor(original: walk), $0) },
            { FormScreen(ValuesEditor(current: nil), $0) },
        ]
        let sizes = [(1, 1), (10, 3), (39, 11), (40, 12), (80, 24), (200, 60)].map { Size(width: $0.0, height: $0.1) }
        expectEveryRootFits(h, roots, sizes: sizes)
    }
}
