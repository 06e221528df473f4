// The kinds keel reads at start for the home screen and `keel today`
// (habits and their ticks, the ladders and their steps, this week's letter,
// the settings, the drafts waiting),
// built by the strict scan (see ScannedRecord). Each lists every stored
// field: a field added to a model must be added here too, or its files go
// to the decoder (still right, only slower). ScannedRecordTests checks each against the decoder.

extension HabitCheck: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [HabitCheck]? { scanned(bytes) }
    public static let scannedKeys = [
        "id", "created", "updated", "deleted", "habitID", "day", "rest", "small", "source", "habitName",
    ]

    /// Field by field: the usual init would build an id from the habit and
    /// the day only for the scanned one to replace it.
    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        id = try f.text("id")
        created = try f.time("created")
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
        habitID = try f.text("habitID")
        day = try f.day("day")
        rest = try f.optionalFlag("rest")
        small = try f.optionalFlag("small")
        source = try f.optionalText("source")
        habitName = try f.optionalText("habitName")
    }
}

extension Habit: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [Habit]? { scanned(bytes) }
    public static let scannedKeys = [
        "id", "created", "updated", "deleted", "name", "schedule", "twoMinute", "catalogItem", "practice", "wideningStepID", "order",
    ]

    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        self.init(
            id: try f.text("id"), created: try f.time("created"), name: try f.text("name"), schedule: .daily,
            twoMinute: try f.text("twoMinute"), catalogItem: try f.optionalText("catalogItem"), practice: try f.optionalText("practice"))
        schedule = try f.text("schedule")  // kept as written, known or not
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
        wideningStepID = try f.optionalText("wideningStepID")
        order = try f.optionalNumber("order")
    }
}

extension ExposureLadder: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [ExposureLadder]? { scanned(bytes) }
    public static let scannedKeys = ["id", "created", "updated", "deleted", "goal"]

    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        self.init(id: try f.text("id"), created: try f.time("created"), goal: try f.text("goal"))
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
    }
}

extension ExposureStep: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [ExposureStep]? { scanned(bytes) }
    public static let scannedKeys = [
        "id", "created", "updated", "deleted", "ladderID", "rank", "situation", "due", "expected", "fear", "likelihood",
        "exitStrategy", "breathing", "phrase", "personID", "personName", "doneOn", "skippedOn", "source",
    ]

    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        self.init(
            id: try f.text("id"), created: try f.time("created"), ladderID: try f.text("ladderID"), rank: try f.number("rank"),
            situation: try f.text("situation"), due: try f.optionalDay("due"), expected: try f.optionalNumber("expected"),
            fear: try f.text("fear"), likelihood: try f.optionalNumber("likelihood"), exitStrategy: try f.text("exitStrategy"),
            breathing: try f.optionalText("breathing"), phrase: try f.text("phrase"), personID: try f.optionalText("personID"),
            personName: try f.optionalText("personName"), source: try f.optionalText("source"))
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
        doneOn = try f.optionalDay("doneOn")
        skippedOn = try f.optionalDay("skippedOn")
    }
}

extension WeeklyLetter: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [WeeklyLetter]? { scanned(bytes) }
    public static let scannedKeys = ["id", "created", "updated", "deleted", "week", "text"]

    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        self.init(id: try f.text("id"), created: try f.time("created"), week: try f.day("week"), text: try f.text("text"))
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
    }
}

extension Settings: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [Settings]? { scanned(bytes) }
    public static let scannedKeys = [
        "id", "created", "updated", "deleted", "welcomeSeen", "stillMode", "askCalm", "region", "lastPattern", "lastMinutes",
    ]

    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        id = try f.text("id")
        created = try f.time("created")
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
        welcomeSeen = try f.flag("welcomeSeen")
        stillMode = try f.optionalFlag("stillMode")
        askCalm = try f.optionalFlag("askCalm")
        region = try f.optionalText("region")
        lastPattern = try f.optionalText("lastPattern")
        lastMinutes = try f.optionalWholeNumber("lastMinutes")
    }
}

extension Draft: ScannedRecord {
    public static func scannedRecords(_ bytes: [UInt8]) -> [Draft]? { scanned(bytes) }
    public static let scannedKeys = ["id", "created", "updated", "deleted", "title", "state"]

    /// The state is read by `FieldScanner.Scan.json`, strictly: home tells
    /// of a draft waiting at every start, and this is its only decoding.
    public init(scanned f: ScannedFields) throws(ScannedFields.Unusual) {
        self.init(id: try f.text("id"), title: try f.text("title"), state: try f.json("state"), at: try f.time("created"))
        updated = try f.time("updated")
        deleted = try f.optionalTime("deleted")
    }
}
