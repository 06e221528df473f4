import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The inner-worth screens rendered over a few weeks of practice at 80x24
/// and at the smallest size, compared with expected lines (InnerWorthGolden.swift).
@Suite struct InnerWorthScreenTests {
    func frame(_ size: Size, _ root: @escaping (Harness, Context) -> any Screen) throws -> Buffer {
        let h = try Harness()
        try InnerWorthFixture.fill(h)
        return h.app({ root(h, $0) }, size: size).render()
    }

    func check(_ root: @escaping (Harness, Context) -> any Screen, _ wide: [String], _ small: [String],
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let a = try frame(Size(width: 80, height: 24), root)
        expectFrame(a, wide, sourceLocation: sourceLocation)
        let b = try frame(Size(width: 40, height: 12), root)
        expectFrame(b, small, sourceLocation: sourceLocation)
    }

    @Test func homeListsTodaysHabitsToTick() throws {
        try check({ HomeScreen($1) }, InnerWorthGolden.home80x24, InnerWorthGolden.home40x12)
    }

    @Test func habits() throws {
        try check({ HabitsScreen($1) }, InnerWorthGolden.habits80x24, InnerWorthGolden.habits40x12)
    }

    @Test func aHabitsCalendar() throws {
        try check({ h, ctx in HabitDetailScreen(h.store.find(Habit.self, id: "walk")!, ctx) },
                  InnerWorthGolden.calendar80x24, InnerWorthGolden.calendar40x12)
    }

    @Test func lettersByWeek() throws {
        try check({ LetterScreen($1) }, InnerWorthGolden.letters80x24, InnerWorthGolden.letters40x12)
    }

    @Test func thisWeeksLetterDrafted() throws {
        try check({ h, ctx in LetterEditorScreen(week: Week(containing: ctx.today), ctx) }, InnerWorthGolden.editor80x24, InnerWorthGolden.editor40x12)
    }

    @Test func values() throws {
        try check({ ValuesScreen($1) }, InnerWorthGolden.values80x24, InnerWorthGolden.values40x12)
    }

    @Test func theValuesCard() throws {
        try check({ ValuesCardScreen.ifWritten($1, after: CheckInRoutes.doubtLead)! }, InnerWorthGolden.card80x24, InnerWorthGolden.card40x12)
    }

    @Test func strengths() throws {
        try check({ StrengthPickerScreen($1) }, InnerWorthGolden.strengths80x24, InnerWorthGolden.strengths40x12)
    }

    @Test func aSmallWin() throws {
        try check({ WinScreen($1) }, InnerWorthGolden.win80x24, InnerWorthGolden.win40x12)
    }

    @Test func theMorningBeginsWithYesterdaysPlan() throws {
        try check({ h, ctx in FlowStart.screen(h.flow("morning"), ctx) }, InnerWorthGolden.recall80x24, InnerWorthGolden.recall40x12)
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
