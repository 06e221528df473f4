import KeelStore
import KeelTerminal

/// A habit's calendar read in words: the streak and best streak, then
/// month by month, newest first, which days were done, done small, rested
/// or missed, as short runs of day numbers ("1 to 9, 12 and 14"). A
/// picture of squares says nothing aloud. The last seven days can be
/// changed as on the full screen: `done yesterday`, `t 3`, `r today`.
enum PlainCalendar {
    static func run(_ screen: HabitDetailScreen, _ talk: Conversation) {
        var screen = screen
        let ctx = talk.ctx
        read(screen, talk)
        let changes: [String: Key] = ["done": .char(" "), "t": .char("t"), "r": .char("r")]
        let prompt = "To change a day of the last week, type done, t (two-minute) or r (rest) and the day, such as done yesterday. e edits; Enter goes back."
        let typed = [
            "done 2 ticks the day before yesterday; the same again takes it back.", "A day is today, yesterday, a number of days ago, or a date.",
            "calendar says the calendar again.",
        ]
        while !talk.ended {
            guard case .answer(let line) = talk.ask(prompt, typed: typed, canGoBack: false) else { return }
            let words = PlainText.trim(line).lowercased().split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = words.first else { return }
            if first == "calendar" || first == "list" {
                read(screen, talk)
            } else if first == "e" {
                if case .open(let form) = screen.handle(.char("e"), ctx).resolved(ctx) { PlainOpen.run(form, talk) }
                PlainRoute.route(talk)
                screen.resume(ctx)
                talk.say(screen.summary + ".")
            } else if let key = changes[first] {
                let rest = words.count > 1 ? words[1] : "today"
                guard let day = PlainField.parse(rest, planned: false, today: ctx.today) else {
                    talk.say("That isn't a day keel knows, or it is still to come. Try today, yesterday or a number of days ago.")
                    continue
                }
                screen.cursor = day
                _ = screen.handle(key, ctx)
                PlainRoute.route(talk)
                if ctx.flash == nil { talk.say(screen.cursorWords(screen.log.mark(screen.habit.id, day), ctx) + ". " + screen.summary + ".") }
                talk.sayFlash()
            } else {
                talk.say("keel has nothing under \"\(first)\" here. Type ? for what can be typed.")
            }
        }
    }

    /// The whole page, from the streak to the oldest month shown.
    static func read(_ screen: HabitDetailScreen, _ talk: Conversation) {
        let ctx = talk.ctx
        let habit = screen.habit
        talk.heading("\(habit.name): its calendar")
        talk.say(screen.summary + ".")
        // Today's words, whichever day was changed last.
        var today = screen
        today.cursor = ctx.today
        talk.say(today.cursorWords(screen.log.mark(habit.id, ctx.today), ctx) + ".")
        if !habit.twoMinute.isEmpty { talk.say("Two-minute version: \(habit.twoMinute)") }
        for month in months(screen, today: ctx.today) {
            talk.heading(month.name)
            // One kind of day a line: a reader can move through them, or skip a month by its heading.
            for line in month.lines.isEmpty ? ["Nothing ticked."] : month.lines { talk.say(line) }
        }
    }

    struct Month: Equatable {
        let name: String
        let lines: [String]
    }

    /// The months the full screen's calendar shows, newest first, each day
    /// sorted by the calendar's own legend (a day it leaves blank is left out).
    static func months(_ screen: HabitDetailScreen, today: CivilDate) -> [Month] {
        let habit = screen.habit
        let start = screen.log.start(of: habit)
        let weeks = Heatmap.weeks(fitting: .max, today: today, start: start)
        let map = Heatmap(schedule: habit.plan, today: today, start: start, weeks: weeks, mark: { screen.log.mark(habit.id, $0) })
        let first = max(map.firstDay, start)
        guard first <= today else { return [] }
        var out: [Month] = []
        var day = today
        while day >= first {
            var days: [String: [Int]] = [:]
            let month = (day.year, day.month)
            while day >= first, (day.year, day.month) == month {
                days[map.glyph(day).0, default: []].append(day.day)
                day = day.adding(days: -1)
            }
            let lines = Heatmap.legend.compactMap { glyph, word, _ -> String? in
                guard let found = days[glyph] else { return nil }
                return "\(lead(word)) \(found.count == 1 ? "1 day" : "\(found.count) days"): \(runs(found.reversed()))."
            }
            // The oldest month may be shown from partway: its first days are not missing, only not shown.
            let from = day.adding(days: 1)
            let partway = from.day > 1 ? ", from \(from.long)" : ""
            out.append(Month(name: "\(CivilDate.monthNames[month.1 - 1]) \(month.0)\(partway)", lines: lines))
        }
        return out
    }

    /// The legend's word as the start of a sentence.
    static func lead(_ word: String) -> String {
        switch word {
        case "done": return "Done on"
        case "two-minute": return "The two-minute version on"
        case "rest": return "Rest on"
        default: return "Missed on"
        }
    }

    /// Days of a month, in order, as runs: "1 to 3, 5 and 9".
    static func runs(_ days: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < days.count {
            var j = i
            while j + 1 < days.count, days[j + 1] == days[j] + 1 { j += 1 }
            // Two days in a row are said as two days; three or more as a run.
            if j - i >= 2 {
                parts.append("\(days[i]) to \(days[j])")
            } else {
                parts += days[i...j].map(String.init)
            }
            i = j + 1
        }
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
