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
/// - it repeats someone else: another person is its subject just before it
///   ("she said she wanted to kms"), or the sentence says it is for a
///   course, a story or a game;
/// - it overlaps a safe figure of speech ("die of embarrassment").
/// When in doubt it answers yes: a kind screen shown once too often costs
/// far less than one not shown.
public struct CrisisWords: Sendable {
    let rules: CrisisRules
    let tokenizer: CrisisTokenizer
    /// Every word the rules name, as a number; the hot loop compares numbers.
    let vocabulary: [String: Int32]
    /// Each of the rules' word sets as sorted numbers.
    let sets: [[Int32]]
    /// Phrases by the number of a word that can start them.
    let phrasesByFirstWord: [[Int]]
    let safeByFirstWord: [[Int]]
    let me: Set<String>, others: Set<String>, story: Set<String>
    let negations: Set<String>, bridges: Set<String>
    /// How far back a denial may sit, in words.
    static let reach = 7
    /// How far back the person a sentence is about may sit, in words.
    static let speakerReach = 12
    /// The speaker's words that say whose, not who.
    static let possessive: Set<String> = ["my", "mine"]
    /// Words that, before "you", make a question to the listener.
    static let asking: Set<String> = ["do", "does", "did", "would", "could", "can", "will", "don't", "won't", "wouldn't"]
    /// Words that join a phrase to a denial after it: "suicide is not...".
    static let linking: Set<String> = ["is", "was", "has", "would", "will", "does", "did", "could", "'s"]
    /// The numbers of the two breaks, and of a word no rule names.
    static let clauseBreakID: Int32 = 0, sentenceBreakID: Int32 = 1, unknownID: Int32 = -1

    public init(catalog: Catalog?) {
        // No readable rules (a damaged or missing file): the plainest words
        // still bring help, so the check is never silently switched off.
        let read = catalog.map { CrisisRules.read($0).0 }
        let rules = read.flatMap { $0.phrases.isEmpty ? nil : $0 } ?? CrisisRules.read(CrisisWords.lastResort).0
        self.rules = rules
        let tokenizer = CrisisTokenizer(rules: rules)
        self.tokenizer = tokenizer
        var vocabulary: [String: Int32] = [CrisisTokenizer.clauseBreak: 0, CrisisTokenizer.sentenceBreak: 1]
        for w in tokenizer.known.sorted() where vocabulary[w] == nil { vocabulary[w] = Int32(vocabulary.count) }
        self.vocabulary = vocabulary
        sets = rules.wordSets.map { set in set.compactMap { vocabulary[$0] }.sorted() }
        func index(_ patterns: [CrisisRules.Pattern]) -> [[Int]] {
            var out = [[Int]](repeating: [], count: vocabulary.count)
            for (i, p) in patterns.enumerated() { for w in rules.wordSets[p.firstSet] { if let id = vocabulary[w] { out[Int(id)].append(i) } } }
            return out
        }
        phrasesByFirstWord = index(rules.phrases)
        safeByFirstWord = index(rules.safe)
        me = rules.list("me")
        others = rules.list("others")
        story = rules.list("story")
        negations = rules.list("negation")
        bridges = rules.list("bridge")
    }

    public var isEmpty: Bool { rules.phrases.isEmpty }

    /// The rules used when the catalog can't be read: the most direct ways
    /// of saying it, with the denial words that keep "I'd never kill myself" calm.
    static let lastResort = Catalog(
        id: CrisisRules.catalogID, title: "Crisis words (built in)",
        items: [
            Catalog.Item(id: "me", label: "i | i'm | i'd | i'll | i've | me | my | myself", tags: ["words"]),
            Catalog.Item(id: "negation", label: "not | never | no | don't | won't | wouldn't | isn't | wasn't", tags: ["words"]),
            Catalog.Item(id: "harm-myself", label: "kill~|hurt~|harm~|cut~ myself"),
            Catalog.Item(id: "suicide", label: "suicide|suicidal"),
            Catalog.Item(id: "want-to-die", label: "want~|wish~ to (die | be dead)"),
            Catalog.Item(id: "end-my-life", label: "end~|take~ my life"),
            Catalog.Item(id: "self-harm", label: "self harm~"),
            Catalog.Item(id: "overdose", label: "overdose~"),
            Catalog.Item(id: "kms", label: "kms|unalive"),
        ])

    public func matches(_ text: String) -> Bool { matchingRule(text) != nil }

    /// The id of the catalog item that brings help up for this text, if any:
    /// for tests, and for whoever tunes the rules.
    func matchingRule(_ text: String) -> String? {
        let words = tokenizer.words(text)
        let ids = words.map { vocabulary[$0] ?? CrisisWords.unknownID }
        var safeSpans: [Range<Int>]?
        let memo = Surroundings()
        for start in ids.indices where ids[start] > CrisisWords.sentenceBreakID {
            for p in phrasesByFirstWord[Int(ids[start])] {
                let phrase = rules.phrases[p]
                guard let end = end(phrase.elements, 0, ids, memo, start) else { continue }
                if safeSpans == nil { safeSpans = spans(of: rules.safe, index: safeByFirstWord, in: ids, memo) }
                if safeSpans!.contains(where: { $0.overlaps(start..<end) }) { continue }
                if isDenied(words, start: start, end: end) { continue }
                if !phrase.namesTheSpeaker, isAboutSomeoneElse(words, before: start) { continue }
                if phrase.namesTheSpeaker, words[start..<end].contains("myself"), isReported(words, before: start) { continue }
                if isForSomethingElse(words, after: end) { continue }
                return phrase.id
            }
        }
        return nil
    }

    func spans(of patterns: [CrisisRules.Pattern], index: [[Int]], in ids: [Int32], _ memo: Surroundings) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for start in ids.indices where ids[start] > CrisisWords.sentenceBreakID {
            for p in index[Int(ids[start])] {
                if let end = end(patterns[p].elements, 0, ids, memo, start) { out.append(start..<end) }
            }
        }
        return out
    }

    func has(_ set: Int, _ id: Int32) -> Bool {
        let s = sets[set]
        if s.count <= 8 { return s.contains(id) }
        var lo = 0, hi = s.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if s[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < s.count && s[lo] == id
    }

    /// Where a match of these slots starting at `at` ends, or nil; each way a
    /// gap or an optional word can fall is tried.
    func end(_ elements: [CrisisRules.Element], _ e: Int, _ ids: [Int32], _ memo: Surroundings, _ at: Int) -> Int? {
        guard e < elements.count else { return at }
        let rest = e + 1
        switch elements[e] {
        case .word(let set, let optional):
            if at < ids.count, has(set, ids[at]), let found = end(elements, rest, ids, memo, at + 1) { return found }
            return optional ? end(elements, rest, ids, memo, at) : nil
        case .gap:
            var t = at, passed = 0
            while true {
                if let found = end(elements, rest, ids, memo, t) { return found }
                guard t < ids.count, ids[t] != CrisisWords.sentenceBreakID else { return nil }
                if ids[t] != CrisisWords.clauseBreakID {
                    passed += 1
                    if passed > CrisisRules.gapWords { return nil }
                }
                t += 1
            }
        case .any:
            guard at < ids.count, ids[at] != CrisisWords.clauseBreakID, ids[at] != CrisisWords.sentenceBreakID else { return nil }
            return end(elements, rest, ids, memo, at + 1)
        case .clauseEnd:
            return at == ids.count || ids[at] == CrisisWords.clauseBreakID || ids[at] == CrisisWords.sentenceBreakID ? end(elements, rest, ids, memo, at) : nil
        case .notNext(let set):
            return at < ids.count && has(set, ids[at]) ? nil : end(elements, rest, ids, memo, at)
        case .around(let set, let present, let scope):
            return holds(set, around: at, in: ids, scope: scope, memo) == present ? end(elements, rest, ids, memo, at) : nil
        }
    }

    /// What the `~` and `~~` slots have already found in one text, so a
    /// pasted megabyte is walked once per set, not once per word.
    final class Surroundings {
        /// Where each word's sentence starts and ends, worked out on first need.
        var bounds: [(from: Int, to: Int)] = []
        /// The same for clauses.
        var clauseBounds: [(from: Int, to: Int)] = []
        var found: [Int: Bool] = [:]
    }

    /// Whether a word of the set is in the clause or sentence around `at` (or the text).
    func holds(_ set: Int, around at: Int, in ids: [Int32], scope: CrisisRules.Scope, _ memo: Surroundings) -> Bool {
        guard !ids.isEmpty else { return false }
        var from = 0, to = ids.count
        switch scope {
        case .text: break
        case .sentence:
            if memo.bounds.isEmpty { memo.bounds = CrisisWords.sentences(ids, breaks: [CrisisWords.sentenceBreakID]) }
            // At a break, or past the end, the sentence is the one just ended.
            let word = at < ids.count && ids[at] != CrisisWords.sentenceBreakID ? at : max(at - 1, 0)
            (from, to) = memo.bounds[word]
        case .clause:
            if memo.clauseBounds.isEmpty {
                memo.clauseBounds = CrisisWords.sentences(ids, breaks: [CrisisWords.sentenceBreakID, CrisisWords.clauseBreakID])
            }
            let word = at < ids.count && ids[at] != CrisisWords.sentenceBreakID && ids[at] != CrisisWords.clauseBreakID ? at : max(at - 1, 0)
            (from, to) = memo.clauseBounds[word]
        }
        // A clause and its sentence can start at one word: the scope is in the key.
        let key = ((scope == .text ? -1 : from) &* 2 &+ (scope == .clause ? 1 : 0)) &* 65_536 &+ set
        if let known = memo.found[key] { return known }
        let result = ids[from..<to].contains { has(set, $0) }
        memo.found[key] = result
        return result
    }

    /// For each word, the words of its sentence (or clause, when the
    /// breaks include the clause break); a break belongs to what it ends.
    static func sentences(_ ids: [Int32], breaks: Set<Int32>) -> [(from: Int, to: Int)] {
        var out = [(from: Int, to: Int)](repeating: (0, 0), count: ids.count)
        var from = 0
        for i in ids.indices where breaks.contains(ids[i]) || i == ids.count - 1 {
            for k in from...i { out[k] = (from, i + 1) }
            from = i + 1
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
            if negations.contains(w) {
                return !me.contains(words[i + 1]) && !isDoubled(w, words, at: i) && !isHedged(words, negation: i)
                    && !CrisisWords.isTakenBack(words, after: end)
            }
            if !bridges.contains(w) { break }
            i -= 1
        }
        guard end < words.count else { return false }
        let next = words[end]
        let denied =
            (next.hasSuffix("n't") && negations.contains(next))
            || (CrisisWords.linking.contains(next) && end + 1 < words.count && negations.contains(words[end + 1]))
        return denied && !CrisisWords.isTakenBack(words, after: end)
    }

    /// Words before "without" that turn it round: "I can't go a day
    /// without wanting to die", "not sure I'll get through the week without
    /// hurting myself" say the wish is there; "a month without hurting
    /// myself" says it isn't.
    static let turning: Set<String> = ["can't", "couldn't", "sure", "unsure", "how", "doubt"]

    /// "without" after a negation or a doubt in its own clause.
    func isDoubled(_ negation: String, _ words: [String], at i: Int) -> Bool {
        guard negation == "without" else { return false }
        var k = i - 1
        while k >= 0, !CrisisTokenizer.isBreak(words[k]) {
            if negations.contains(words[k]) || CrisisWords.turning.contains(words[k]) { return true }
            k -= 1
        }
        return false
    }

    /// Words whose "'s" is "is", not whose: "it's death or this".
    static let contracted: Set<String> = [
        "it", "that", "what", "there", "here", "who", "where", "how", "let", "life", "everything", "everyone",
        "nobody", "somebody", "someone", "something", "nothing", "one", "today", "tonight", "this", "mine",
    ]

    /// Someone else is the subject just before a phrase that says "myself",
    /// with only bridge words between: "she said she wanted to kms" repeats
    /// another's slang ("mum would cry at my funeral" is still the speaker's).
    /// "I told her I want to kill myself" is still the speaker's own.
    func isReported(_ words: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= CrisisWords.reach {
            let w = words[i]
            if me.contains(w) { return false }
            if others.contains(w) { return true }
            if !bridges.contains(w) { return false }
            i -= 1
        }
        return false
    }

    /// The sentence goes on to say what it is for: a course, a story, a
    /// game ("how long it takes to drown, for a lifeguard course").
    func isForSomethingElse(_ words: [String], after end: Int) -> Bool {
        var j = end
        while j < words.count, j - end < 300, words[j] != CrisisTokenizer.sentenceBreak {
            if words[j] == "for" {
                var k = j + 1
                while k < words.count, k <= j + 3, words[k] != CrisisTokenizer.sentenceBreak {
                    if story.contains(words[k]) { return true }
                    k += 1
                }
            }
            j += 1
        }
        return false
    }

    /// The nearest person named before the phrase, in the same sentence, is
    /// someone else; or no one is named and the sentence is about a story.
    func isAboutSomeoneElse(_ words: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= CrisisWords.speakerReach, words[i] != CrisisTokenizer.sentenceBreak {
            let w = words[i].hasSuffix("'s") ? String(words[i].dropLast(2)) : words[i]
            // "my" inside a phrase about someone names what is the speaker's,
            // not who acts: in "someone at my gym died" someone else died.
            // Just before the phrase it is the speaker's own: "my suicide note".
            if CrisisWords.possessive.contains(w), i < start - 1 { i -= 1; continue }
            // "do you think dying hurts?" asks the listener; "you" isn't who dies.
            if w == "you", i > 0, CrisisWords.asking.contains(words[i - 1]) { i -= 1; continue }
            if me.contains(words[i]) { return false }
            if others.contains(words[i]) || others.contains(w) || story.contains(w) { return true }
            // A name's "'s" just before it is whose: "Nana's death", "Maya's suicide".
            if i == start - 1, words[i].hasSuffix("'s"), !CrisisWords.contracted.contains(w) { return true }
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
