import Foundation
import KeelStore
@testable import KeelCoach

/// A person some weeks into the inner-worth practices, on the harness's
/// Thursday 26 November 2026: strengths, values, three habits with ticks
/// and rest days, wins, morning reflections and two letters.
enum InnerWorthFixture {
    static func day(_ n: Int) -> CivilDate { CivilDate(year: 2026, month: 11, day: 26).adding(days: n) }

    static func fill(_ h: Harness) throws {
        let t = h.wall
        var strengths = MyStrengths.fresh(at: t)
        strengths.picks = [
            MyStrengths.Pick(id: "kindness", label: "Kindness", detail: "You notice what others need and help without keeping score."),
            MyStrengths.Pick(id: "curiosity", label: "Curiosity", detail: "You ask why and how, and new things pull you in rather than put you off."),
            MyStrengths.Pick(id: "own-1", label: "Making people feel welcome"),
        ]
        try h.store.save(strengths)
        try h.store.save(
            ValuesStatement(id: "v1", created: t.addingTimeInterval(-40 * 86400), mission: "Be a steady friend.", values: ["Honesty", "Kindness", "Curiosity"]))
        try h.store.save(
            ValuesStatement(
                id: "v2", created: t.addingTimeInterval(-5 * 86400),
                mission: "I want to be a steady, warm presence for the people around me, and treat myself as well as I treat my friends.",
                values: ["Be honest, kindly", "Show up for my people", "Stay curious", "Rest without guilt"]))
        let walk = Habit(
            id: "walk", created: t.addingTimeInterval(-100 * 86400), name: "A walk outside", schedule: .daily,
            twoMinute: "Step out of the door and walk to the end of the street.")
        let call = Habit(id: "call", created: t.addingTimeInterval(-60 * 86400), name: "Call Mum", schedule: .perWeek(2))
        let tidy = Habit(
            id: "tidy", created: t.addingTimeInterval(-30 * 86400), name: "Tidy one small space", schedule: .weekdays,
            twoMinute: "Clear one surface.")
        try h.store.save([walk, call, tidy])
        var checks: [HabitCheck] = []
        for n in -100...(-1) {
            let d = day(n)
            let at = h.ctx.calendar.start(of: d).addingTimeInterval(18 * 3600)
            // The walk: most days, a rest day every ninth, missed now and then, two-minute on some.
            if n % 9 == 0 {
                checks.append(HabitCheck(habitID: "walk", day: d, created: at, rest: true))
            } else if n % 13 != 0, n % 7 != -3 || n > -20 {
                checks.append(HabitCheck(habitID: "walk", day: d, created: at, small: n % 5 == 0))
            }
            if n >= -60, d.weekday == 2 || d.weekday == 6 { checks.append(HabitCheck(habitID: "call", day: d, created: at)) }
            if n >= -30, d.weekday <= 5, n != -8 { checks.append(HabitCheck(habitID: "tidy", day: d, created: at)) }
        }
        checks.append(HabitCheck(habitID: "tidy", day: day(0), created: t))
        try h.store.save(checks)
        try h.store.save([
            SmallWin(id: "w1", created: t.addingTimeInterval(-2 * 86400), day: day(-2), text: "Asked a clarifying question in the meeting"),
            SmallWin(id: "w2", created: t.addingTimeInterval(-86400), day: day(-1), text: "Kept a boundary with Sam, kindly"),
        ])
        try h.store.save(
            WeeklyLetter(
                id: "l1", created: h.ctx.calendar.start(of: day(-4)).addingTimeInterval(20 * 3600), week: day(-10),
                text: "Dear me,\n\nA good week, all told. You went to choir twice."))
        try h.store.save(
            WeeklyLetter(
                id: "l2", created: h.ctx.calendar.start(of: day(-18)).addingTimeInterval(20 * 3600), week: day(-24),
                text: "Dear me,\n\nA hard week, and you kept going."))
        try h.store.save(
            JournalEntry(
                id: "m1", created: t.addingTimeInterval(-86400), flow: "morning", title: "Morning reflection",
                answers: [Answer(step: "plan", kind: "text", prompt: "Today?", text: "Ask Priya about her exam")]))
        h.store.reload()
    }
}
