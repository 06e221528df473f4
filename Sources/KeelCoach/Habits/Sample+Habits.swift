import KeelContent
import KeelStore

extension SampleHistory {
    /// A few habits from the first week and one added later; ticked on most
    /// planned days, the two-minute version on heavy ones, a rest day now and then.
    func habitsAndTicks(mornings: Set<CivilDate>, _ rng: inout SeededRandom) -> ([Habit], [HabitCheck]) {
        let catalog = content.catalog("habits")?.items ?? []
        let picks: [(String, Int)] = [("morning-reflection", 1), ("walk", 2), ("reach-out", 3), ("small-win", 5), ("weekly-letter", 6)]
        var habits: [Habit] = []
        for (id, offset) in picks {
            let day = startDay.adding(days: offset == 6 ? max(6, endDay.days(since: startDay) / 3) : offset)
            guard day <= endDay else { continue }
            let start = catalog.first { $0.id == id }.map(HabitEditor.start(from:)) ?? HabitEditor.Start(name: id)
            var h = Habit(
                id: rng.id(), created: time(day, hour: 8, minute: 0), name: start.name, schedule: start.schedule,
                twoMinute: start.twoMinute, catalogItem: start.catalogItem, practice: start.practice)
            h.updated = h.created
            habits.append(h)
        }
        // The person has put their small win second, just after the morning
        // (`+`/`-` on the habits screen): the order the home screen numbers by.
        let order = ["morning-reflection", "small-win", "walk", "reach-out", "weekly-letter"]
        for i in habits.indices { habits[i].order = habits[i].catalogItem.flatMap { order.firstIndex(of: $0) } }
        var checks: [HabitCheck] = []
        for h in habits where h.practice != "letter" {
            let first = calendar.day(of: h.created)
            for day in days where day >= first {
                let at = time(day, hour: rng.pick([8, 12, 18, 21]), minute: Int.random(in: 0...59, using: &rng))
                if h.practice == "flow:morning" {
                    if mornings.contains(day) {
                        checks.append(HabitCheck(habitID: h.id, day: day, created: at, source: "flow:morning", habitName: h.name))
                    } else if rng.chance(0.3) {
                        checks.append(HabitCheck(habitID: h.id, day: day, created: at, rest: true, source: "habits", habitName: h.name))
                    }
                    continue
                }
                let planned: Bool
                switch h.plan {
                case .daily: planned = true
                case .weekdays: planned = day.weekday <= 5
                case .perWeek(let n): planned = rng.chance(Double(n) / 7 + 0.05)
                }
                guard planned else { continue }
                if rng.chance(0.06) {
                    checks.append(HabitCheck(habitID: h.id, day: day, created: at, rest: true, source: "habits", habitName: h.name))
                } else if rng.chance(0.8) {
                    checks.append(
                        HabitCheck(habitID: h.id, day: day, created: at, small: rng.chance(0.15), source: rng.pick(["home", "habits"]), habitName: h.name))
                }
            }
        }
        return (habits, checks)
    }
}
