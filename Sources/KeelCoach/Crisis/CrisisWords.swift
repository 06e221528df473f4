import KeelContent

/// Finds words of self-harm or suicide in typed text, by the rules of the
/// `crisis-words` catalog (Resources/FORMAT.md). A phrase counts unless:
/// - it is denied: a negation just before it ("I'd never hurt myself",
///   "not suicidal") with only bridge words between, or just after it
///   ("suicide isn't an option"). A denial never reaches past a comma, a
///   full stop or "but", and doubt is not denial ("not sure I want to
///   live" is a phrase of its own);
/// - it is about someone else: a phrase that doesn't name the speaker
///   ("wants to die", "jumping off a bridge") is passed over when the
///   nearest person before it is another one ("my grandfather", "him"), or
///   the sentence is about a film, a book, a game or the news;
/// - it overlaps a safe figure of speech ("die of embarrassment").
/// When in doubt it answers yes: a kind screen shown once too often costs
/// far less than one not shown.
public struct CrisisWords: Sendable {
    let rules: CrisisRules
    let tokenizer: CrisisTokenizer
    /// Phrases by the words that can start them, so each word looks only at its own.
    let phrasesByFirstWord: [String: [Int]]
    let safeByFirstWord: [String: [Int]]
    let me: Set<String>, others: Set<String>, story: Set<String>
    let negations: Set<String>, bridges: Set<String>
    /// How far back a denial may sit, in words.
    static let reach = 7
    /// How far back the person a sentence is about may sit, in words.
    static let speakerReach = 12
    /// Words that join a phrase to a denial after it: "suicide is not...".
    static let linking: Set<String> = ["is", "was", "has", "would", "will", "does", "did", "could", "'s"]

    public init(catalog: Catalog?) {
        let rules = catalog.map { CrisisRules.read($0).0 } ?? CrisisRules()
        self.rules = rules
        tokenizer = CrisisTokenizer(rules: rules)
        phrasesByFirstWord = CrisisWords.index(rules.phrases)
        safeByFirstWord = CrisisWords.index(rules.safe)
        me = rules.list("me")
        others = rules.list("others")
        story = rules.list("story")
        negations = rules.list("negation")
        bridges = rules.list("bridge")
    }

    static func index(_ patterns: [CrisisRules.Pattern]) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for (i, p) in patterns.enumerated() { for w in p.firstWords { out[w, default: []].append(i) } }
        return out
    }

    public var isEmpty: Bool { rules.phrases.isEmpty }

    public func matches(_ text: String) -> Bool {
        let words = tokenizer.words(text)
        var safeSpans: [Range<Int>]?
        for start in words.indices {
            guard let candidates = phrasesByFirstWord[words[start]] else { continue }
            for p in candidates {
                let phrase = rules.phrases[p]
                guard let end = CrisisMatch.end(phrase.elements, in: words, from: start) else { continue }
                if safeSpans == nil { safeSpans = spans(of: rules.safe, index: safeByFirstWord, in: words) }
                if safeSpans!.contains(where: { $0.overlaps(start..<end) }) { continue }
                if isDenied(words, start: start, end: end) { continue }
                if !phrase.namesTheSpeaker, isAboutSomeoneElse(words, before: start) { continue }
                return true
            }
        }
        return false
    }

    func spans(of patterns: [CrisisRules.Pattern], index: [String: [Int]], in words: [String]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for start in words.indices {
            for p in index[words[start]] ?? [] {
                if let end = CrisisMatch.end(patterns[p].elements, in: words, from: start) { out.append(start..<end) }
            }
        }
        return out
    }

    /// A negation just before the phrase, with only bridge words between,
    /// or one joined to its end ("suicide isn't", "killing myself would never").
    func isDenied(_ words: [String], start: Int, end: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= CrisisWords.reach {
            let w = words[i]
            // "no, I want to..." and "no i want to..." answer; they don't deny.
            if negations.contains(w) { return !me.contains(words[i + 1]) }
            if !bridges.contains(w) { break }
            i -= 1
        }
        guard end < words.count else { return false }
        let next = words[end]
        if next.hasSuffix("n't"), negations.contains(next) { return true }
        return CrisisWords.linking.contains(next) && end + 1 < words.count && negations.contains(words[end + 1])
    }

    /// The nearest person named before the phrase, in the same sentence, is
    /// someone else; or no one is named and the sentence is about a story.
    func isAboutSomeoneElse(_ words: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= CrisisWords.speakerReach, words[i] != CrisisTokenizer.sentenceBreak {
            let w = words[i].hasSuffix("'s") ? String(words[i].dropLast(2)) : words[i]
            if me.contains(words[i]) { return false }
            if others.contains(words[i]) || others.contains(w) || story.contains(w) { return true }
            i -= 1
        }
        var j = start
        while j < words.count, words[j] != CrisisTokenizer.sentenceBreak {
            if story.contains(words[j]) { return true }
            j += 1
        }
        return false
    }
}

/// Matching one rule's elements against words, trying each way a gap or an
/// optional word can fall.
enum CrisisMatch {
    /// Where the match starting at `start` ends, or nil.
    static func end(_ elements: [CrisisRules.Element], in words: [String], from start: Int) -> Int? {
        step(elements[...], words, start)
    }

    static func step(_ elements: ArraySlice<CrisisRules.Element>, _ words: [String], _ at: Int) -> Int? {
        guard let first = elements.first else { return at }
        let rest = elements.dropFirst()
        switch first {
        case .word(let set, let optional):
            if at < words.count, set.contains(words[at]), let end = step(rest, words, at + 1) { return end }
            return optional ? step(rest, words, at) : nil
        case .gap:
            var t = at, passed = 0
            while true {
                if let end = step(rest, words, t) { return end }
                guard t < words.count, words[t] != CrisisTokenizer.sentenceBreak else { return nil }
                if words[t] != CrisisTokenizer.clauseBreak {
                    passed += 1
                    if passed > CrisisRules.gapWords { return nil }
                }
                t += 1
            }
        case .clauseEnd:
            return at == words.count || CrisisTokenizer.isBreak(words[at]) ? step(rest, words, at) : nil
        case .notNext(let set):
            return at < words.count && set.contains(words[at]) ? nil : step(rest, words, at)
        }
    }
}
