import Foundation
import KeelStore
import Testing

@testable import KeelCoach

/// A habit row says when, how the week goes and the streak; when the words
/// don't fit the row, the shorter ones keep the streak whole.
@Suite struct HabitStatusTests {
    func row(_ schedule: HabitSchedule, done: Int, streak: Int, mark: DayMark? = nil) -> HabitRow {
        let habit = Habit(id: "h", created: Date(timeIntervalSince1970: 0), name: "Weekly letter to myself", schedule: schedule)
        return HabitRow(habit: habit, mark: mark, due: false, streak: Streak.Count(streak, weekly: true), weekDone: done)
    }

    @Test func theFullWordsWhenTheyFit() {
        let r = row(.perWeek(1), done: 0, streak: 2)
        #expect(r.status == "once a week · 0 of 1 this week · 2-week streak")
        #expect(r.status(fitting: 60) == r.status)
    }

    @Test func shorterWordsBeforeTheStreakIsCut() {
        #expect(row(.perWeek(1), done: 0, streak: 2).status(fitting: 40) == "once a week · 0 of 1 · 2-week streak")
        #expect(row(.perWeek(3), done: 1, streak: 3, mark: .small).status(fitting: 40) == "3 times a week · 2-min today · 1 of 3 · 3-week streak")
        #expect(row(.perWeek(3), done: 1, streak: 0, mark: .rest).status(fitting: 30) == "3 times a week · rest day · 1 of 3")
    }
}
