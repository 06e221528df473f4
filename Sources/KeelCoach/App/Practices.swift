/// What keel's practices install, in one place for the keel command and the
/// tests alike: how each opens its routes, what each offers the others
/// (`Installed`), and the policies that answer outcomes. This is the one
/// place that names every practice; practices reach one another only
/// through these (see ARCHITECTURE.md, checked by PracticeSeamTests).
public enum Practices {
    public static func install(into ctx: Context) {
        ctx.installed.openers[.breathe] = BreatheRoutes.open
        ctx.installed.openers[.checkIn] = CheckInRoutes.open
        ctx.installed.openers[.circles] = CirclesRoutes.open
        ctx.installed.openers[.exposure] = ExposureRoutes.open
        ctx.installed.openers[.flow] = FlowRoutes.open
        ctx.installed.openers[.habits] = HabitsRoutes.open
        ctx.installed.openers[.journal] = JournalRoutes.open
        ctx.installed.openers[.letter] = LetterRoutes.open
        ctx.installed.openers[.morning] = MorningRoutes.open
        ctx.installed.openers[.values] = ValuesRoutes.open
        ctx.installed.openers[.wins] = WinRoutes.open
        ctx.installed.homePanels.append { HomeHabits($0) }
        ctx.installed.habitStreak = HabitLog.streak
        // The weekly letter's facts, in the order the letter reads them.
        ctx.installed.weekFacts += [MorningEntry.weekFacts, HabitLog.weekFacts, ExposureToday.weekFacts]
        ctx.policies.append(HabitTicks.policy)
        ctx.policies.append(ValuesCardScreen.afterReframe)
        ctx.policies.append(CircleEdits.policy)
        ctx.policies.append(WinsFromPractices.policy)
    }
}
