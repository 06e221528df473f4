import KeelContent

/// Typed text made ready for the crisis rules: lowercase words with the
/// breaks between clauses and sentences kept as words of their own, the
/// ways people write a word brought to one form ("dont", "do not" and
/// "don't" are "don't"; "kms" is "kill myself"), and small typos in the
/// words that matter mended ("suicde", "myslef").
struct CrisisTokenizer: Sendable {
    /// A comma, a colon, "but": a denial doesn't reach past it.
    static let clauseBreak = ","
    /// A full stop, ! ? ; or a new line: the sentence ends.
    static let sentenceBreak = "."

    static func isBreak(_ w: String) -> Bool { w == clauseBreak || w == sentenceBreak }

    /// Written forms by their first word, longest first.
    let spellings: [String: [(written: [String], meant: [String])]]
    /// Words typos are mended toward, by first letter.
    let typoTargets: [Character: [[Character]]]
    /// Every word the rules know: never taken for a typo.
    let known: Set<String>
    /// Words that only add weight ("just", "really"): left out, so a rule
    /// needn't allow for them between its words.
    let fillers: Set<String>

    init(rules: CrisisRules) {
        var spellings: [String: [(written: [String], meant: [String])]] = [:]
        for s in rules.spellings { spellings[s.written[0], default: []].append(s) }
        self.spellings = spellings.mapValues { $0.sorted { $0.written.count > $1.written.count } }
        var targets: [Character: [[Character]]] = [:]
        for w in rules.list("typos") where w.count >= 5 { targets[w.first!, default: []].append(Array(w)) }
        typoTargets = targets
        var known = Set(rules.lists.values.flatMap { $0 })
        for set in rules.wordSets { known.formUnion(set) }
        for s in rules.spellings { known.formUnion(s.written); known.formUnion(s.meant) }
        self.known = known
        fillers = rules.list("filler")
    }

    func words(_ text: String) -> [String] {
        var out: [String] = []
        for raw in CrisisTokenizer.split(text) {
            if CrisisTokenizer.isBreak(raw) {
                if let last = out.last, CrisisTokenizer.isBreak(last) {
                    if raw == CrisisTokenizer.sentenceBreak { out[out.count - 1] = raw }
                } else if !out.isEmpty {
                    out.append(raw)
                }
                continue
            }
            out.append(mended(raw))
        }
        return CrisisTokenizer.joiningFragments(respelled(out).filter { !fillers.contains($0) })
    }

    /// A sentence this short is a fragment of the one beside it.
    static let fragmentWords = 3

    /// "Pills. Tonight. Done." and "I have the rope. Tomorrow." are one
    /// thought cut into pieces: the full stop beside a fragment of a few
    /// words is read as a comma, so a rule can see the pieces together
    /// (a denial still stops there). Sentences of ordinary length keep
    /// their full stops, so a long entry's sentences stay apart.
    static func joiningFragments(_ words: [String]) -> [String] {
        var out = words
        var breaks: [Int] = []
        var lengths: [Int] = []
        var run = 0
        for (i, w) in words.enumerated() {
            if w == sentenceBreak {
                breaks.append(i)
                lengths.append(run)
                run = 0
            } else if w != clauseBreak {
                run += 1
            }
        }
        lengths.append(run)
        // Break k sits between sentence k and sentence k + 1.
        for (k, at) in breaks.enumerated() where lengths[k + 1] > 0 {
            if lengths[k] <= fragmentWords || lengths[k + 1] <= fragmentWords { out[at] = clauseBreak }
        }
        return out
    }

    /// Lowercase words and breaks. Curly apostrophes are straightened, a
    /// hyphen or slash splits words ("self-harm" is "self harm"), `*` stays
    /// inside a word as a letter left out ("s*icide").
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            while current.last == "'" { current.removeLast() }
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for u in text.unicodeScalars {
            switch u {
            case "a"..."z", "0"..."9", "*": current.append(u)
            case "A"..."Z": current.append(Unicode.Scalar(u.value + 32)!)
            case "'", "\u{2019}", "\u{2018}", "`": if !current.isEmpty { current.append("'") }
            case ".", "!", "?", ";", "\n": flush(); words.append(sentenceBreak)
            case ",", ":", "(", ")", "[", "]", "\"", "\u{201C}", "\u{201D}", "\u{2026}", "\u{2013}", "\u{2014}": flush(); words.append(clauseBreak)
            // Laughing (or laugh-crying) faces make "im dead" a joke: the
            // rules read them as the word people would have typed.
            case "\u{1F480}", "\u{1F602}", "\u{1F923}", "\u{1F62D}", "\u{2620}": flush(); words.append("haha")
            default:
                if u.isASCII {
                    flush()
                } else if u.properties.isAlphabetic || u.properties.numericType != nil {
                    current.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                } else if u.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                    current.append(u)
                } else {
                    flush()
                }
            }
        }
        flush()
        return words.map { $0 == "but" ? clauseBreak : $0 }
    }

    /// One word as the rules would write it: digits standing for letters
    /// ("k1ll"), letters held down ("diiie"), a typo in a word that matters.
    func mended(_ word: String) -> String {
        if known.contains(word) { return word }
        var w = word
        let scalars = w.unicodeScalars
        if scalars.contains(where: { ("0"..."9").contains($0) }), scalars.contains(where: { !("0"..."9").contains($0) }) {
            let leet: [Character: Character] = ["0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"]
            w = String(w.map { leet[$0] ?? $0 })
            if known.contains(w) { return w }
        }
        if CrisisTokenizer.hasRun(w) {
            w = CrisisTokenizer.squeezed(w, keep: 2)
            if known.contains(w) { return w }
            // Down to one letter only when a word is left: "diee" is "die",
            // but "odd" is not "od" (slang for an overdose) nor "too" "to".
            let single = CrisisTokenizer.squeezed(w, keep: 1)
            if single.count >= 3, known.contains(single) { return single }
        }
        // A dropped g ("thinkin", "endin") is the word with its g, and a
        // typo may sit in the same word: texting drops both at once
        // ("kilin" is "killing": "kiling" with an l left out).
        if w.hasSuffix("in") {
            if known.contains(w + "g") { return w + "g" }
            if let fixed = corrected(w + "g") { return fixed }
        }
        return corrected(w) ?? w
    }

    /// Has the same letter twice or more in a row ("diee", "tiired").
    static func hasRun(_ w: String) -> Bool {
        var run = 0
        var previous: Unicode.Scalar?
        for u in w.unicodeScalars {
            run = u == previous ? run + 1 : 1
            if run >= 2 { return true }
            previous = u
        }
        return false
    }

    /// Runs of one letter longer than `keep` cut down to `keep`.
    static func squeezed(_ w: String, keep: Int) -> String {
        var out = ""
        var run = 0
        var previous: Character?
        for ch in w {
            run = ch == previous ? run + 1 : 1
            previous = ch
            if run <= keep { out.append(ch) }
        }
        return out
    }

    /// The word from the `typos` list this is one slip away from: one
    /// letter wrong, missing, extra, or two swapped; `*` stands for any
    /// letter. Only for words of five letters or more, and the first letter
    /// must be right, so short everyday words are never bent into others.
    func corrected(_ w: String) -> String? {
        let chars = Array(w)
        guard chars.count >= 5, let first = chars.first, let candidates = typoTargets[first] else { return nil }
        for target in candidates where abs(target.count - chars.count) <= 1 {
            if CrisisTokenizer.oneSlip(chars, target) { return String(target) }
        }
        return nil
    }

    static func oneSlip(_ a: [Character], _ b: [Character]) -> Bool {
        func same(_ x: Character, _ y: Character) -> Bool { x == y || x == "*" }
        if a.count == b.count {
            var diffs: [Int] = []
            for i in a.indices where !same(a[i], b[i]) {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count <= 1 { return true }
            let (i, j) = (diffs[0], diffs[1])
            return j == i + 1 && same(a[i], b[j]) && same(a[j], b[i])
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        var i = 0, j = 0, skipped = false
        while i < long.count, j < short.count {
            if same(long[i], short[j]) || same(short[j], long[i]) { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            i += 1
        }
        return true
    }

    /// Written forms replaced by the form the rules use, longest first.
    func respelled(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        var i = 0
        next: while i < words.count {
            if let options = spellings[words[i]] {
                for s in options where words[i...].starts(with: s.written) {
                    out += s.meant
                    i += s.written.count
                    continue next
                }
            }
            out.append(words[i])
            i += 1
        }
        return out
    }
}
