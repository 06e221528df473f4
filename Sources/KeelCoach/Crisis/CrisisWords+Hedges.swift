/// A denial that is not firm: a hedge before it ("I probably won't", "I'm
/// mostly not") or after it ("I won't do anything tonight. Maybe
/// tomorrow.", "not going to do it, probably", "I won't kill myself, I
/// think", "not suicidal most days", "I'd never do it. Except lately...")
/// leaves the phrase it would deny standing. Firm denials have none ("I'd
/// never hurt myself", "I'm not suicidal, just tired", "not suicidal, maybe
/// burnt out", "I'd never kill myself, I think too much of my mum"), and a
/// wish or a method that follows a denial ("not suicidal, but I wouldn't
/// mind if a car hit me") is a phrase of its own, past the denial's reach.
extension CrisisWords {
    /// Doubt about the denial itself, when it sits before it or ends the clause after it.
    static let hedges: Set<String> = ["maybe", "perhaps", "probably", "possibly", "hopefully"]
    /// How often, just before the negation: "I'm mostly not suicidal" says some days are otherwise.
    static let often: Set<String> = ["mostly", "usually", "normally", "generally"]
    /// Conditions on the denied act: "I won't hurt myself unless she
    /// leaves", "as long as she stays" ("so long as" reads "long as": "so"
    /// is a filler). They count only where they attach to it
    /// (`isConditioned`), never as any later "until" in the sentence.
    static let conditions: [[String]] = [
        ["except"], ["unless"], ["until"], ["till"], ["as", "long", "as"], ["long", "as"], ["provided"], ["providing"],
        ["while"], ["before"],
    ]
    /// Words that may open a clause before the condition or the time that
    /// limits the denial: "at least not until Friday", "or not yet".
    static let openers: Set<String> = ["at", "least", "not", "or", "well", "and", "only"]
    /// Words that put the denial off or limit it, where they end a clause
    /// in its sentence: "not yet", "for now", "for the time being", "not
    /// suicidal most days", "I'm fine for the moment".
    static let delays: [[String]] = [
        ["yet"], ["for", "now"], ["for", "the", "moment"], ["for", "the", "time", "being"], ["for", "today"],
        ["for", "tonight"], ["at", "the", "moment"], ["most", "days"], ["most", "nights"], ["most", "of", "the", "time"],
        ["mostly"], ["usually"], ["for", "a", "while"],
    ]
    /// Words that may close a clause after a delay: "for now anyway".
    static let trailing: Set<String> = ["anyway", "though", "tho", "either"]
    /// All a next sentence may say besides a delay to take a denial back:
    /// "I'm fine for now.", "Still here for now." ("I'm on the waiting
    /// list for now" is about something else).
    static let stateForNow: Set<String> = [
        "i", "i'm", "am", "im", "fine", "okay", "ok", "safe", "good", "alright", "here", "still", "holding", "on",
        "it's", "that's", "staying", "put",
    ]
    /// A whole clause of doubt after the denial: "I won't kill myself, I
    /// think", "... I don't know". Only the whole clause: "I think too
    /// much of my mum" is a reason, and "I promise" is no doubt at all.
    static let doubts: [[String]] = [
        ["i", "think"], ["i", "guess"], ["i", "suppose"], ["i", "hope"], ["i", "reckon"], ["i", "believe"],
        ["i", "don't", "know"], ["i", "don't", "think"], ["i'm", "not", "sure"], ["not", "sure"], ["who", "knows"],
        ["we'll", "see"],
    ]
    /// Times a hedge may name before its clause ends: "maybe tomorrow",
    /// "maybe next week", "probably not"; anything else after a hedge is
    /// the speaker's view of their state ("maybe I'm tired") and not a hedge.
    static let later: Set<String> = [
        "tomorrow", "tonight", "later", "soon", "next", "someday", "eventually", "another", "one", "some", "not",
        "after", "in", "this",
    ]
    /// Times that, after "not" or "at least", limit the denial to now: "at
    /// least not tonight", "not this week anyway", "at least today".
    static let times: Set<String> = [
        "tonight", "today", "tomorrow", "now", "yet", "soon", "this", "anytime", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]
    /// What "this" may name in such a limit: "not this week".
    static let spans: Set<String> = [
        "week", "weekend", "month", "year", "time", "morning", "afternoon", "evening", "summer", "winter", "spring",
        "autumn", "term",
    ]
    /// Words that keep a denial firm whatever limits it seems to name: "not now, not ever".
    static let always: Set<String> = ["ever", "never", "always"]

    /// "I probably won't", "maybe I won't", "I'm mostly not": a hedge just
    /// before the negation, or before the speaker who says it.
    func isHedged(_ words: [String], negation i: Int) -> Bool {
        var k = i - 1
        if k >= 0, CrisisWords.often.contains(words[k]) { return true }
        if k >= 0, me.contains(words[k]) { k -= 1 }
        return k >= 0 && (CrisisWords.hedges.contains(words[k]) || CrisisWords.often.contains(words[k]))
    }

    /// Whether `phrase` is written at `at`.
    static func starts(_ words: [String], _ phrase: [String], at: Int) -> Bool {
        at + phrase.count <= words.count && words[at..<(at + phrase.count)].elementsEqual(phrase)
    }

    /// The length of the first of `phrases` written at `at`, if any.
    static func phrase(_ phrases: [[String]], in words: [String], at: Int) -> Int? {
        phrases.first { starts(words, $0, at: at) }?.count
    }

    /// A condition at `at`; "for as long as I live" is no condition but
    /// forever. "before" limits only in the denied phrase's own clause and
    /// naming a time ("I won't kill myself before Christmas"): ending it,
    /// it is the past ("I've never hurt myself before"); before a person it
    /// is a wish to live or an aside ("I don't want to die before I see
    /// Japan", "..., before anyone asks").
    static func condition(in words: [String], at: Int, opening: Bool = false) -> Bool {
        guard let n = phrase(conditions, in: words, at: at) else { return false }
        if words[at] == "before" {
            return !opening && at + 1 < words.count && !CrisisTokenizer.isBreak(words[at + 1])
                && !subjects.contains(words[at + 1]) && !people.contains(words[at + 1])
        }
        return n == 1 || !words[max(0, at - 2)..<at].contains("for")
    }

    /// A hedge, a condition or a delay after the denied phrase, in its
    /// sentence (a fragment after it, "Maybe tomorrow.", is part of it) or
    /// opening the next one ("Except lately I keep thinking about how").
    static func isTakenBack(_ words: [String], after end: Int) -> Bool {
        func closes(_ at: Int) -> Bool { at >= words.count || CrisisTokenizer.isBreak(words[at]) }
        func closesAfterDelay(_ at: Int) -> Bool { closes(at) || (trailing.contains(words[at]) && closes(at + 1)) }
        func opens(_ at: Int) -> Bool { at == end || CrisisTokenizer.isBreak(words[at - 1]) }
        // In the denied phrase's own clause, or opening a later one ("..., at
        // least for now"); "not suicidal, just tired most days" puts "most
        // days" on being tired.
        func attached(_ at: Int) -> Bool {
            var k = at
            while k > end, openers.contains(words[k - 1]) { k -= 1 }
            return opens(k) || !words[end..<at].contains(CrisisTokenizer.clauseBreak)
        }
        var sentenceEnd = end
        while sentenceEnd < words.count, words[sentenceEnd] != CrisisTokenizer.sentenceBreak { sentenceEnd += 1 }
        // A delay or a limit belongs to the denial only until a new subject
        // starts a verb phrase of its own ("I'm not suicidal, I'm just sad at
        // the moment"); "ever" or "always" before then keeps it firm ("not
        // now, not ever"), after it says something else ("not yet, I always
        // keep my promises to myself").
        var own = end
        while own < sentenceEnd, !subjects.contains(words[own]) { own += 1 }
        let firm = words[end..<own].contains { always.contains($0) }
        if isConditioned(words, after: end, to: sentenceEnd) { return true }
        var j = end
        while j < sentenceEnd {
            let w = words[j]
            if j < own, attached(j), let n = phrase(delays, in: words, at: j), closesAfterDelay(j + n), !firm { return true }
            if opens(j), let n = phrase(doubts, in: words, at: j), closes(j + n) { return true }
            if j < own, opens(j), !firm, isLimitedToNow(words, from: j) { return true }
            // A hedge that opens its clause and says no more than when.
            if hedges.contains(w), opens(j) {
                if closes(j + 1) { return true }
                if later.contains(words[j + 1]), closes(j + 2) || closes(j + 3) { return true }
            }
            j += 1
        }
        // The next sentence may open with a condition ("Except lately...")
        // or be no more than the speaker's state for now ("I'm fine for now.").
        let next = sentenceEnd + 1
        guard next < words.count else { return false }
        var k = next
        while k < words.count, openers.contains(words[k]) { k += 1 }
        if condition(in: words, at: k, opening: true) { return true }
        var close = next
        while close < words.count, !CrisisTokenizer.isBreak(words[close]) { close += 1 }
        var last = close
        if last > next, trailing.contains(words[last - 1]) { last -= 1 }
        guard let delay = delays.first(where: { d in last - d.count >= next && starts(words, d, at: last - d.count) }) else { return false }
        return words[next..<(last - delay.count)].allSatisfy { stateForNow.contains($0) }
    }

    /// A condition that belongs to the denied act: in its own clause with
    /// no new subject before it ("I won't hurt myself unless she leaves"),
    /// or opening a later clause of its sentence ("I won't, not until
    /// Friday"). "I'd never kill myself, I'll stay in bed until noon" puts
    /// its "until" on staying in bed.
    static func isConditioned(_ words: [String], after end: Int, to sentenceEnd: Int) -> Bool {
        var j = end
        while j < sentenceEnd, words[j] != CrisisTokenizer.clauseBreak {
            if condition(in: words, at: j) { return true }
            if subjects.contains(words[j]) { break }
            j += 1
        }
        while j < sentenceEnd {
            if words[j] == CrisisTokenizer.clauseBreak {
                var k = j + 1
                while k < sentenceEnd, openers.contains(words[k]) { k += 1 }
                if condition(in: words, at: k, opening: true) { return true }
            }
            j += 1
        }
        return false
    }

    /// Anyone at all, after "before": "before anyone asks".
    static let people: Set<String> = ["anyone", "anybody", "someone", "somebody", "everyone", "everybody", "people", "my"]
    /// Words that start a new verb phrase of their own.
    static let subjects: Set<String> = [
        "i", "i'm", "i'd", "i'll", "i've", "he", "she", "they", "we", "you", "he's", "she's", "they're", "we're",
        "you're", "he'll", "she'll", "they'll", "we'll", "you'll", "it", "it's",
    ]

    /// A clause that limits the denial to a time: "not tonight", "at least
    /// not this week", "at least today".
    /// The limit must be the whole clause ("at least not this week
    /// anyway"): "at least now I have a therapist" and "not this kind of
    /// sad" go on to say something else.
    static func isLimitedToNow(_ words: [String], from j: Int) -> Bool {
        var k = j
        let atLeast = starts(words, ["at", "least"], at: k)
        if atLeast { k += 2 }
        if k < words.count, words[k] == "not" { k += 1 } else if !atLeast { return false }
        guard k < words.count, times.contains(words[k]) else { return false }
        k += 1
        if words[k - 1] == "this", k < words.count, spans.contains(words[k]) { k += 1 }
        if k < words.count, trailing.contains(words[k]) { k += 1 }
        return k >= words.count || CrisisTokenizer.isBreak(words[k])
    }
}
