import KeelContent
import KeelStore

/// One practice's part of the weekly letter: paragraphs about the week, in
/// the second person, or none when the practice had nothing that week.
public struct LetterSource {
    public var id: String
    public var paragraphs: (Context, Week) -> [String]

    public init(id: String, paragraphs: @escaping (Context, Week) -> [String]) {
        self.id = id
        self.paragraphs = paragraphs
    }
}

/// Every part of the weekly letter, in the order the letter reads. The
/// letter says the mornings and the habits from their week's facts; a
/// practice that words its own week (the exposure ladder: the steps taken)
/// adds paragraphs to those facts (`WeekFacts.paragraphs`), read here as "others".
public enum LetterSources {
    public static func all() -> [LetterSource] {
        [
            LetterSource(id: "wins", paragraphs: WeekInWords.wins),
            LetterSource(id: "strengths", paragraphs: WeekInWords.strengths),
            LetterSource(id: "gratitude", paragraphs: WeekInWords.gratitude),
            LetterSource(id: "reframes", paragraphs: WeekInWords.practices),
            LetterSource(id: "habits", paragraphs: WeekInWords.habits),
            LetterSource(id: "others") { ctx, week in ctx.weekFacts(week).paragraphs },
        ]
    }
}

/// The weekly letter's first draft: a greeting, each practice's paragraphs,
/// and room for the person's own words.
public enum LetterDraft {
    public static let opening = "Dear me,"
    public static let closingPrompt = "What I want to remember from this week:"
    public static let signOff = "With care,\nme"
    public static let quietWeek = "This was a quiet week in keel. Whatever else happened, you kept going, and that counts too."

    /// The letter's first line; a week keel joined partway through (with
    /// nothing saved yet, today) speaks only of the days since ("your first
    /// days with keel, from Wednesday on").
    static func lead(_ week: Week, firstDay: CivilDate?) -> String {
        // Begun within the week, but not on its first day.
        guard let first = firstDay, week.contains(first), week.contains(first.adding(days: -1)) else {
            return "Here is your week of \(week), the way keel saw it."
        }
        return "Here are your first days with keel, from \(first.weekdayName) on, the way keel saw them."
    }

    /// Where the person's own words go in a letter: the line under the
    /// closing prompt, or the end when the prompt was taken out.
    public static func ownWordsOffset(in text: String) -> Int {
        guard let range = text.firstRange(of: closingPrompt + "\n") else { return text.count }
        return text[..<range.upperBound].count
    }

    public static func assemble(_ ctx: Context, week: Week, sources: [LetterSource] = LetterSources.all()) -> String {
        var parts = [opening, lead(week, firstDay: FirstDay.of(ctx) ?? ctx.today)]
        // Words that raised crisis help are kept where they were written, but
        // the letter, which reads the week back kindly, doesn't quote them.
        let body = ctx.holdingWeekFacts(week) { sources.flatMap { $0.paragraphs(ctx, week) } }.filter { !$0.isEmpty && !ctx.mentionsCrisis($0) }
        parts += body.isEmpty ? [quietWeek] : body
        parts += [closingPrompt + "\n", signOff]
        return parts.joined(separator: "\n\n")
    }
}
