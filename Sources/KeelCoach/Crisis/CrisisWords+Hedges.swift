/// A denial that is not firm: a hedge before it ("I probably won't") or
/// after it ("I won't do anything tonight. Maybe tomorrow.", "not going to
/// do it, probably", "I'd never do it. Except lately...") leaves the phrase
/// it would deny standing. Firm denials have none ("I'd never hurt myself",
/// "I'm not suicidal, just tired", "not suicidal, maybe burnt out"), and a
/// wish or a method that follows a denial ("not suicidal, but I wouldn't
/// mind if a car hit me") is a phrase of its own, past the denial's reach.
extension CrisisWords {
    /// Doubt about the denial itself, when it sits before it or ends the clause after it.
    static let hedges: Set<String> = ["maybe", "perhaps", "probably", "possibly", "hopefully"]
    /// Words that make a denial conditional wherever they follow it in the sentence.
    static let exceptions: Set<String> = ["except", "unless", "until"]
    /// Words that put the denial off rather than deny: "not yet", "for now".
    static let pending: Set<String> = ["yet", "now"]
    /// Times a hedge may name before its clause ends: "maybe tomorrow",
    /// "maybe next week", "probably not"; anything else after a hedge is
    /// the speaker's view of their state ("maybe I'm tired") and not a hedge.
    static let later: Set<String> = [
        "tomorrow", "tonight", "later", "soon", "next", "someday", "eventually", "another", "one", "some", "not",
        "after", "in", "this",
    ]

    /// "I probably won't", "maybe I won't": a hedge just before the negation,
    /// or before the speaker who says it.
    func isHedged(_ words: [String], negation i: Int) -> Bool {
        var k = i - 1
        if k >= 0, me.contains(words[k]) { k -= 1 }
        return k >= 0 && CrisisWords.hedges.contains(words[k])
    }

    /// A hedge, a condition or a delay after the denied phrase, in its
    /// sentence (a fragment after it, "Maybe tomorrow.", is part of it) or
    /// opening the next one ("Except lately I keep thinking about how").
    static func isTakenBack(_ words: [String], after end: Int) -> Bool {
        func closes(_ at: Int) -> Bool { at >= words.count || CrisisTokenizer.isBreak(words[at]) }
        var j = end
        while j < words.count, words[j] != CrisisTokenizer.sentenceBreak {
            let w = words[j]
            if exceptions.contains(w) { return true }
            if pending.contains(w), closes(j + 1), w == "yet" || (j > end && words[j - 1] == "for") { return true }
            // A hedge that opens its clause and says no more than when.
            if hedges.contains(w), j == end || CrisisTokenizer.isBreak(words[j - 1]) {
                if closes(j + 1) { return true }
                if later.contains(words[j + 1]), closes(j + 2) || closes(j + 3) { return true }
            }
            j += 1
        }
        return j + 1 < words.count && exceptions.contains(words[j + 1])
    }
}
