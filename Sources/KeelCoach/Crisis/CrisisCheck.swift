import KeelContent

/// The whole crisis check: the hand-written rules, or else the learned
/// model. The rules name what people write and refuse its look-alikes; the
/// model catches new ways of saying it ("tonight im doing it. bye")
/// that no rule names yet. Where a text's danger words are all covered by
/// the rules' own safeguards (a denial, another person, a story, a figure
/// of speech) the model's score does not count on those sentences, only on
/// what is left. A stricter gate, counting
/// the model only over a danger word left standing, was tried and lost
/// recall on euphemisms ("I've put my affairs in order") for no fewer false
/// alarms; the figures are in CrisisModelCrossValidationTests.
public struct CrisisCheck: Sendable {
    public let words: CrisisWords
    public let model: CrisisModel?

    public init(words: CrisisWords, model: CrisisModel?) {
        self.words = words
        self.model = model
    }

    public func matches(_ text: String) -> Bool {
        if words.matches(text) { return !modelOverrules(text) }
        return modelMatches(text)
    }

    /// The model may set aside a rule's match in a longer entry where it is
    /// sure of calm, over the whole and over each clause: most of the
    /// rules' false alarms are a past told as over ("I thought about dying
    /// a lot as a teenager. Therapy helped") or a figure of speech inside a
    /// long day. Each clause must look calm too, so danger buried in an
    /// ordinary day ("fed the cat, watered the tomatoes, wrote my note")
    /// isn't diluted by the rest; and never in a short line, where a plain
    /// statement must not hang on the model's view of its other words.
    /// Leave-one-set-out (`make crisis-loso`, `--overrule-below=X`,
    /// `--overrule-clause-below=X`, `--overrule-words=N`) chose these.
    ///
    /// Each clause and each sentence is looked at on its own: one of three
    /// words or more must score calm, and a shorter one must not hold a
    /// rule's match ("…a lovely walk by the river. Kms."), so neither a
    /// short plain statement nor a plan split by commas ("I'm going to,
    /// tonight, take them all") is set aside.
    public func modelOverrules(_ text: String) -> Bool {
        guard let model, CrisisCheck.wordCount(text) > overruleWords, model.score(text) < overruleBelow else { return false }
        for ends in [CrisisCheck.clauseEnds, CrisisCheck.sentenceEnds] {
            for piece in text.split(whereSeparator: { ends.contains($0) }) {
                let part = String(piece)
                if CrisisCheck.wordCount(piece) >= 3 {
                    if model.score(part) >= overruleClauseBelow { return false }
                } else if words.matches(part) {
                    return false
                }
            }
        }
        return true
    }

    static let clauseEnds: Set<Character> = [",", ".", "!", "?", ";", ":", "\n"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", "\n"]

    /// A rule's match is set aside when the model's score is below this…
    public var overruleBelow: Float = CrisisCheck.shippedOverruleBelow
    /// …and every clause of three words or more scores below this…
    public var overruleClauseBelow: Float = CrisisCheck.shippedOverruleClauseBelow
    /// …in a text of more words than this.
    public var overruleWords = CrisisCheck.shippedOverruleWords
    public static let shippedOverruleBelow: Float = -1.5
    public static let shippedOverruleClauseBelow: Float = -1
    public static let shippedOverruleWords = 12

    /// Words split by white space, counted without building them.
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0, inWord = false
        for u in text.unicodeScalars {
            let space = u.properties.isWhitespace
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// The model's share: a score over the threshold. Where every danger
    /// word is covered by a safeguard, the model counts only on what is
    /// left with the covered sentences blanked out: a guard on one sentence
    /// ("I could die of embarrassment.") must not silence the rest
    /// ("Anyway tonight's the night, everything's ready.").
    ///
    /// The whole must score over the threshold too: scored alone, a short
    /// rest ("I keep thinking about his parents." after a news story) reads
    /// like a wish to the model. Scoring the rest alone found no help line
    /// more over all fixtures, for nine false alarms more.
    public func modelMatches(_ text: String) -> Bool {
        guard let model else { return false }
        let score = model.score(text)
        guard score > model.threshold else { return false }
        switch words.danger(in: text) {
        case .covered:
            guard let rest = uncovered(text) else { return false }
            return model.score(rest) > model.threshold + noDangerMargin
        case .standing: return true
        case .none: return score > model.threshold + noDangerMargin
        }
    }

    /// The text without its sentences whose danger words are all covered
    /// (or, with none, that a safe phrase covers), or nil when nothing or
    /// everything is left out. Whole sentences go: the model reads a
    /// guarded clause's neighbours in its sentence as part of the figure.
    func uncovered(_ text: String) -> String? {
        let sentences = text.split(whereSeparator: { CrisisCheck.sentenceEnds.contains($0) })
        let kept = sentences.filter { words.danger(in: String($0)) != .covered }
        guard !kept.isEmpty, kept.count < sentences.count else { return nil }
        return kept.joined(separator: ". ")
    }

    /// How much surer the model must be when the text holds no danger word
    /// at all ("can't stop myself from snacking tonight" scores like a
    /// wish). Left at 0 by leave-one-set-out (`make crisis-loso`,
    /// `--no-danger-margin=X`): 0.5 lost four help lines over held3 and
    /// dev4 for three fewer false alarms over all the blind sets.
    public var noDangerMargin: Float = CrisisCheck.shippedNoDangerMargin
    public static let shippedNoDangerMargin: Float = 0
}

extension CrisisWords {
    /// Words of a death, a way to it, not going on or not being here, in
    /// the rules' spelling (their tokenizer has already turned "kms" into
    /// "kill myself"); picked from the help lines of the fixtures.
    static let danger: Set<String> = [
        "die", "dying", "died", "dead", "death", "kill", "killing", "suicide", "suicidal", "unalive", "end", "ending",
        "over", "pills", "pill", "overdose", "meds", "tablets", "bottle", "rope", "noose", "hang", "hanging", "bridge",
        "roof", "ledge", "edge", "balcony", "jump", "jumping", "tracks", "train", "cut", "cutting", "blade", "razor",
        "wrist", "wrists", "bleed", "gun", "drown", "alive", "live", "living", "exist", "existing", "wake", "waking",
        "gone", "disappear", "burden", "goodbye", "goodbyes", "note", "letter", "letters", "forever", "anymore",
        "harm", "hurt", "sleep", "asleep", "permanently", "final", "last", "here", "without",
    ]

    /// Words of going on living, whose denial is the danger itself: "I
    /// don't want to live past tonight", "I won't wake up", "I don't want to
    /// exist anymore" deny no danger: they say it.
    /// ("anymore" is not one: "I don't want to die anymore" is a recovery.)
    static let lasting: Set<String> = ["anymore", "forever"]
    static let deniedLiving: Set<String> = ["live", "living", "alive", "exist", "existing", "wake", "waking"]
    /// What may follow a denied waking that is still the wish: "not wake
    /// up tomorrow", "never wake again"; "don't want to wake up early" is a
    /// morning's plan.
    static let wakingFor: Set<String> = ["tomorrow", "again", "ever", "anymore", "forever"]

    /// A word of living under a denial that says the danger: a waking only
    /// where the clause ends with it or says for how long.
    func isDeniedLiving(_ words: [String], at i: Int) -> Bool {
        guard CrisisWords.deniedLiving.contains(words[i]) else { return false }
        guard words[i] == "wake" || words[i] == "waking" else { return true }
        var k = i + 1
        if k < words.count, words[k] == "up" { k += 1 }
        return k >= words.count || CrisisTokenizer.isBreak(words[k]) || CrisisWords.wakingFor.contains(words[k])
    }

    /// Whether the text holds danger words, and whether one is left standing:
    /// not inside a safe figure of speech, not denied just before or after,
    /// not about another person or a story, not said to be for a course or a
    /// game. A one-sentence text with no danger word but a safe phrase is covered too.
    enum Danger { case none, covered, standing }

    func danger(in text: String) -> Danger {
        let words = tokenizer.words(text)
        var found = false
        var safeSpans: [Range<Int>]?
        var lastCovered = -2
        for i in words.indices where CrisisWords.danger.contains(words[i]) {
            found = true
            if safeSpans == nil {
                let ids = words.map { vocabulary[$0] ?? CrisisWords.unknownID }
                safeSpans = spans(of: rules.safe, index: safeByFirstWord, in: ids, Surroundings())
            }
            // "anymore" or "forever" after a covered danger word goes with it:
            // "I don't want to die anymore" is a recovery.
            let follows =
                lastCovered >= 0 && lastCovered >= i - 2 && !words[(lastCovered + 1)..<i].contains(where: CrisisTokenizer.isBreak)
                && CrisisWords.lasting.contains(words[i])
            if follows || safeSpans!.contains(where: { $0.contains(i) })
                || (isDenied(words, start: i, end: i + 1) && !isDeniedLiving(words, at: i))
                || isAboutSomeoneElse(words, before: i) || isForSomethingElse(words, after: i + 1)
            {
                lastCovered = i
                continue
            }
            return .standing
        }
        if found { return .covered }
        // No danger word, but a safe phrase says what a one-sentence text is
        // about: "I want to stop caring what they think" (the model alone took
        // such lines for wishes); the model doesn't count there. Only in one
        // sentence: in a longer entry the phrase may be about another part
        // ("Need to stop worrying about money. Tonight's the night.").
        var end = words.endIndex
        while end > words.startIndex, CrisisTokenizer.isBreak(words[end - 1]) { end -= 1 }
        guard !words[..<end].contains(CrisisTokenizer.sentenceBreak) else { return .none }
        let ids = words.map { vocabulary[$0] ?? CrisisWords.unknownID }
        return spans(of: rules.safe, index: safeByFirstWord, in: ids, Surroundings()).isEmpty ? .none : .covered
    }
}

extension CrisisCheck {
    /// The rules and the shipped model; without the model file the rules work alone.
    public static func load(_ content: ContentLibrary) -> CrisisCheck {
        CrisisCheck(
            words: CrisisWords(catalog: content.catalog("crisis-words")),
            model: content.shippedText(CrisisModel.file).flatMap(CrisisModel.init(text:)))
    }
}

extension CrisisWords {
    /// For whoever tunes the rules (`keel-train-crisis --explain`): the
    /// rule that fires, and whether a danger word stands, is covered or absent.
    public func rule(for text: String) -> String? { matchingRule(text) }

    public func dangerSummary(_ text: String) -> String {
        switch danger(in: text) {
        case .none: "none"
        case .covered: "covered"
        case .standing: "standing"
        }
    }
}
