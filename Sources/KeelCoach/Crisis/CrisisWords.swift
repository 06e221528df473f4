import KeelContent

/// Finds words of self-harm or suicide in typed text, from the
/// `crisis-words` catalog. Whole words, any case; a phrase that is plainly
/// denied ("I'm not going to hurt myself") doesn't count, but a denial never
/// reaches past a comma, a full stop or "but". When in doubt it answers yes:
/// a kind screen shown once too often costs far less than one not shown.
public struct CrisisWords: Sendable {
    let phrases: [[String]]
    let negations: Set<String>
    let bridges: Set<String>
    /// How far back a denial may sit, in words.
    static let reach = 5
    static let clauseBreak = "|"

    public init(catalog: Catalog?) {
        var phrases: [[String]] = [], negations: Set<String> = [], bridges: Set<String> = []
        for item in catalog?.items ?? [] {
            let words = CrisisWords.tokens(item.label).filter { $0 != CrisisWords.clauseBreak }
            guard !words.isEmpty else { continue }
            let tags = item.tags ?? []
            if tags.contains("negation") { negations.formUnion(words) }
            else if tags.contains("bridge") { bridges.formUnion(words) }
            else { phrases.append(words) }
        }
        self.phrases = phrases
        self.negations = negations
        self.bridges = bridges
    }

    public var isEmpty: Bool { phrases.isEmpty }

    public func matches(_ text: String) -> Bool {
        let words = CrisisWords.tokens(text)
        for start in words.indices {
            for phrase in phrases where words[start...].starts(with: phrase) {
                if !isDenied(words, before: start) { return true }
            }
        }
        return false
    }

    /// A negation just before the phrase, with only bridge words between.
    func isDenied(_ words: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= CrisisWords.reach {
            let w = words[i]
            if negations.contains(w) { return true }
            if !bridges.contains(w) { return false }
            i -= 1
        }
        return false
    }

    /// Lowercase words with clause breaks between them; curly apostrophes
    /// are straightened, hyphens split words ("self-harm" is "self harm"),
    /// and "do not", "dont" become "don't".
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) }
            else if ch == "'" || ch == "’" || ch == "‘" || ch == "`" { if !current.isEmpty { current.append("'") } }
            else if ".,;:!?()[]\"“”…\n".contains(ch) { flush(); words.append(clauseBreak) }
            else { flush() }
        }
        flush()
        var out: [String] = []
        for w in words {
            let word = w.hasSuffix("'") ? String(w.dropLast()) : w
            if word == "but" { out.append(clauseBreak); continue }
            if word == "not", out.last == "do" { out[out.count - 1] = "don't"; continue }
            out.append(["dont": "don't", "cant": "can't", "cannot": "can't", "im": "i'm", "wont": "won't"][word] ?? word)
        }
        return out
    }
}
