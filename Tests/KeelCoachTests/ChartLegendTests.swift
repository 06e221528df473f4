import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The number pages say what their charts show: a scale with its meaning,
/// and a legend naming every mark drawn, and no mark that isn't.
@Suite struct ChartLegendTests {
    func pair(_ e: Int, _ f: Int) -> ExposureFigures.Pair {
        ExposureFigures.Pair(situation: "Say hello", stepID: "s1", day: CivilDate(year: 2026, month: 11, day: 2), expected: e, actual: f)
    }

    @Test func theExpectedAndFeltLegendNamesTheMarksDrawn() {
        #expect(LearningLines.legend([pair(6, 2), pair(5, 5)], width: 80) == "● expected  ○ felt  ◉ both the same  ─ the gap; 6→2 is expected, then felt.")
        #expect(LearningLines.legend([pair(4, 4)], width: 80) == "◉ both the same; 4→4 is expected, then felt.")
        #expect(
            LearningLines.legend([pair(4, 3)], width: 40) == "● expected  ○ felt; 4→3 is expected, then felt.", "one point apart at 40 columns draws no line")
        #expect(LearningLines.legend([pair(4, 3)], width: 80).contains("─ the gap"))
        let chart = LearningLines.chart([pair(4, 3)], width: 40).map(\.0)
        #expect(chart[1].contains("○●") && !chart[1].contains("─"), "\(chart)")
    }

    @Test func theNumbersPageSaysWhatEachChartShows() throws {
        let h = try Harness()
        let ladder = ExposureLadder(id: "l", created: h.wall, goal: "Feel at home at the club")
        try h.store.save(ladder)
        for (i, s) in ["Say hello", "Ask a question"].enumerated() {
            try h.store.save(ExposureStep(id: "s\(i)", created: h.wall, ladderID: "l", rank: i, situation: s))
        }
        try h.store.save(
            ExposureAttempt(id: "a", created: h.wall, stepID: "s1", ladderID: "l", situation: "Ask a question", day: h.ctx.today, expected: 7, actual: 3))
        let lines = LearningLines.all(LearningScreen(h.ctx).figures, width: 40).map(\.0)
        let text = lines.joined(separator: " ")
        #expect(text.contains("Discomfort: 0 is none, 10 the most."), "\(text)")
        #expect(text.contains("● expected  ○ felt  ─ the gap; 7→3"), "\(text)")
        #expect(lines.contains(" 2 █ ") && lines.contains(" 0 ──"), "\(text)")
        #expect(text.contains("One column for the time you faced a step: how far up you had got by then, from 0 to 2, the top step."), "\(text)")
    }

    @Test func thePatternsPageSaysWhatEachChartShows() throws {
        let h = try Harness()
        try h.store.save(BelongingCircle(id: "work", created: h.wall, name: "Work", kind: .work))
        for i in 0..<3 {
            try h.store.save(
                JournalEntry(
                    id: "e\(i)", created: h.wall.addingTimeInterval(Double(-i * 20) * 86400), flow: "reframe", title: "Pause, breathe, reframe",
                    answers: [], stingBefore: 7, stingAfter: 4 - i, traps: ["labeling"], circleID: "work"))
        }
        let text = PatternsScreen(h.ctx).lines(width: 40).map(\.0).joined(separator: "\n")
        #expect(text.contains("One mark a month, oldest first: · is"), "\(text)")
        #expect(text.contains("The average sting by month, 0 to 10."), "\(text)")
        #expect(text.contains("One column for each practice, oldest"), "\(text)")
        #expect(text.contains("How many stings came from each circle"), "\(text)")
        #expect(text.contains(" 5 ") && text.contains(" 0 ──────"), "the eased columns are numbered at the top and the foot: \(text)")
    }
}
