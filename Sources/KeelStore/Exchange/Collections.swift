/// Every kind of record keel keeps. Export, import and the sample data walk
/// this list, so a new kind of record is added here once and travels
/// everywhere.
public enum Collections {
    public static let all: [any RecordCollection] = [
        RecordSet<Settings>(),
        RecordSet<BreathSession>(),
        RecordSet<Draft>(),
        RecordSet<BelongingCircle>(),
        RecordSet<Person>(),
        RecordSet<ContactLog>(),
        RecordSet<WideningStep>(),
        RecordSet<JournalEntry>(),
        RecordSet<CheckIn>(),
        RecordSet<SafetyPlan>(),
        RecordSet<ExposureLadder>(),
        RecordSet<ExposureStep>(),
        RecordSet<ExposureAttempt>(),
        RecordSet<MyStrengths>(),
        RecordSet<ValuesStatement>(),
        RecordSet<SmallWin>(),
        RecordSet<WeeklyLetter>(),
        RecordSet<Habit>(),
        RecordSet<HabitCheck>(),
    ]

    public static func named(_ name: String) -> (any RecordCollection)? {
        all.first { $0.kind.name == name }
    }
}
