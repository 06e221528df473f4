/// The `crisis-words` catalog read as rules: phrases that bring crisis help,
/// spans that are safe figures of speech, word lists and spellings. The
/// format is in Resources/FORMAT.md; keel's matcher (KeelCoach) runs these
/// rules, and `keel content check` reports any label it cannot read.
public struct CrisisRules: Sendable {
    public static let catalogID = "crisis-words"
    /// How many words `..` may pass over.
    public static let gapWords = 3

    public enum Element: Sendable, Hashable {
        /// One word from the set (an index into `wordSets`); an optional one may be left out.
        case word(Int, optional: Bool)
        /// Up to `gapWords` words, never across the end of a sentence.
        case gap
        /// Exactly one word, whichever it is (never a break): `_`.
        case any
        /// The clause ends here (a comma, a full stop, "but", the end of the text).
        case clauseEnd
        /// The next word is not one of the set's (the end of a clause is fine).
        case notNext(Int)
        /// Somewhere in the same clause, sentence or text a word of the set
        /// is (`present`) or is not there. Takes no words itself: it says
        /// what the phrase's surroundings must hold.
        case around(Int, present: Bool, scope: Scope)
    }

    /// How far `~` looks: `~,` the clause, `~` the sentence, `~~` the text.
    public enum Scope: Sendable, Hashable { case clause, sentence, text }

    public struct Pattern: Sendable {
        public let id: String
        public let elements: [Element]
        /// Names the speaker itself ("kill myself"), so who else the
        /// sentence is about doesn't matter.
        public let namesTheSpeaker: Bool
        /// The set of words that can start it.
        public var firstSet: Int {
            if case .word(let set, _) = elements.first { return set }
            preconditionFailure("a pattern starts with a word")
        }
    }

    /// Phrases that bring help up.
    public var phrases: [Pattern] = []
    /// Figures of speech and everyday senses: a phrase match that overlaps one doesn't count.
    public var safe: [Pattern] = []
    /// Word lists by id: `me`, `others`, `story`, `negation`, `bridge`,
    /// `typos`, and any a phrase names with `@id`.
    public var lists: [String: Set<String>] = [:]
    /// Written forms and the one form the rules are written in: "dont" is "don't".
    public var spellings: [(written: [String], meant: [String])] = []
    /// The words of every slot, once each: a label's groups multiply into
    /// many patterns that share their slots' sets by index.
    public var wordSets: [Set<String>] = []

    public init() {}

    public func list(_ id: String) -> Set<String> { lists[id] ?? [] }

    public static func isRules(_ catalog: Catalog) -> Bool { catalog.id == catalogID }

    /// Reads the rules; a label that can't be read is named and left out.
    /// `audit` (for `keel content check`) also names a phrase no way of
    /// reading can match: harmless where it loads, so keel itself skips that
    /// search, which would double the rules' reading at the first check.
    public static func read(_ catalog: Catalog, file: String = "crisis-words.json", audit: Bool = false) -> (CrisisRules, [ContentError]) {
        var rules = CrisisRules()
        var errors: [ContentError] = []
        func fail(_ i: Int, _ reason: String) { errors.append(ContentError(file: file, path: "items[\(i)].label", reason: reason)) }
        let kinds = ["words", "same", "safe"]
        // Word lists and spellings first: phrases may name any list.
        for (i, item) in catalog.items.enumerated() {
            let tags = item.tags ?? []
            if let odd = tags.first(where: { !kinds.contains($0) }) {
                errors.append(
                    ContentError(file: file, path: "items[\(i)].tags", reason: "\"\(odd)\" is not a kind here (words, same, safe, or none for a phrase)"))
            }
            if tags.contains("words") {
                let words = alternatives(item.label)
                if let bad = words.first(where: { !isWord($0.hasSuffix("~") ? String($0.dropLast()) : $0) }) { fail(i, "\"\(bad)\" is not one lowercase word") }
                rules.lists[item.id, default: []].formUnion(words.flatMap { $0.hasSuffix("~") ? inflections(String($0.dropLast())) : [$0] })
            } else if tags.contains("same") {
                let halves = item.label.split(separator: "=", omittingEmptySubsequences: false)
                guard halves.count == 2 else { fail(i, "write the form the rules use, \"=\", then the ways it is written, split by \"|\""); continue }
                let meant = halves[0].split(separator: " ").map(String.init)
                let written = alternatives(String(halves[1])).map { $0.split(separator: " ").map(String.init) }
                if meant.isEmpty || written.isEmpty { fail(i, "both sides of \"=\" need words"); continue }
                if let bad = (meant + written.flatMap { $0 }).first(where: { !isWord($0) }) { fail(i, "\"\(bad)\" is not one lowercase word") }
                for w in written { rules.spellings.append((w, meant)) }
            }
        }
        let variants = Set(rules.spellings.filter { $0.written.count == 1 }.map { $0.written[0] })
        let joined = rules.spellings.filter { $0.written.count > 1 }.map(\.written)
        let fillers = rules.lists["filler"] ?? []
        for (i, item) in catalog.items.enumerated() {
            let tags = item.tags ?? []
            guard !tags.contains("words"), !tags.contains("same") else { continue }
            switch patterns(item.id, item.label, lists: rules.lists, variants: variants, sets: &rules.wordSets) {
            case .success(let p):
                if audit, let dead = unreachable(p, fillers: fillers, joined: joined, sets: rules.wordSets) {
                    fail(
                        i,
                        "\"\(dead)\" never reaches the rules (keel skips or rewrites it as it reads), so no way of reading this can match; leave it out or write the form it becomes"
                    )
                } else if tags.contains("safe") {
                    rules.safe += p
                } else {
                    rules.phrases += p
                }
            case .failure(let e): fail(i, e.reason)
            }
        }
        return (rules, errors)
    }

    struct Problem: Error { let reason: String }

    /// Words that keep a phrase from ever matching, and nothing would say
    /// so: in every way of reading it, the tokenizer drops or joins words
    /// before the rules see them, a slot of fillers only ("so"), or
    /// required single words that spell a several-word spelling ("no one",
    /// read as "nobody"). Nil when some way can be reached. A way that
    /// can't, beside others that can ("won't | will not"), is only noise.
    static func unreachable(_ patterns: [Pattern], fillers: Set<String>, joined: [[String]], sets: [Set<String>]) -> String? {
        var found: String?
        for p in patterns {
            guard let dead = unreachableWay(p, fillers: fillers, joined: joined, sets: sets) else { return nil }
            found = found ?? dead
        }
        return found
    }

    static func unreachableWay(_ p: Pattern, fillers: Set<String>, joined: [[String]], sets: [Set<String>]) -> String? {
        let words: [Set<String>?] = p.elements.map {
            if case .word(let set, optional: false) = $0 { return sets[set] }
            return nil
        }
        if let skipped = words.compactMap({ $0 }).first(where: { !$0.isEmpty && $0.isSubset(of: fillers) }) {
            return skipped.sorted().joined(separator: "|")
        }
        for written in joined where written.count <= words.count {
            for start in 0...(words.count - written.count)
            where written.indices.allSatisfy({ words[start + $0] == [written[$0]] }) {
                return written.joined(separator: " ")
            }
        }
        return nil
    }

    /// At most this many plain patterns may come out of one label's groups.
    static let expansionLimit = 2000

    /// "kill~|hurt~ myself !laughing", "(be alive|be here) anymore?": slots
    /// split by spaces; a group in brackets is several ways of saying one
    /// part, each of them words. Groups are multiplied out here, so matching
    /// only ever walks plain lists of slots.
    static func patterns(
        _ id: String, _ label: String, lists: [String: Set<String>], variants: Set<String>,
        sets: inout [Set<String>]
    ) -> Result<[Pattern], Problem> {
        var text = Substring(label).unicodeScalars
        let ways: [[Element]]
        let before = sets.count
        do {
            ways = try sequence(&text, lists: lists, variants: variants, sets: &sets, inGroup: false)
        } catch let p as Problem {
            sets.removeSubrange(before...)
            return .failure(p)
        } catch { return .failure(Problem(reason: "\(error)")) }
        let me = lists["me"] ?? []
        var speaker: [Int: Bool] = [:]
        for i in before..<sets.count { speaker[i] = !me.isEmpty && sets[i].isSubset(of: me) }
        var out: [Pattern] = []
        for elements in ways {
            guard case .word(_, optional: false)? = elements.first else {
                sets.removeSubrange(before...)
                return .failure(Problem(reason: "every way of reading it must start with a word that has to be there"))
            }
            // A word of the speaker's that has to be there, or one asked
            // for around the phrase (`~~@me`: "she doesn't know it's
            // goodbye" is the speaker's goodbye, whoever "she" is).
            let namesTheSpeaker = elements.contains {
                if case .word(let set, optional: false) = $0 { return speaker[set] ?? false }
                if case .around(let set, present: true, _) = $0 { return speaker[set] ?? false }
                return false
            }
            out.append(Pattern(id: id, elements: elements, namesTheSpeaker: namesTheSpeaker))
        }
        return .success(out)
    }

    /// Reads slots until the end, or until `|` or `)` inside a group.
    static func sequence(
        _ text: inout Substring.UnicodeScalarView, lists: [String: Set<String>], variants: Set<String>,
        sets: inout [Set<String>], inGroup: Bool
    ) throws -> [[Element]] {
        var ways: [[Element]] = [[]]
        func append(_ options: [[Element]]) throws {
            var next: [[Element]] = []
            for w in ways { for o in options { next.append(w + o) } }
            guard next.count <= expansionLimit else { throw Problem(reason: "too many ways of reading it; split it into several items") }
            ways = next
        }
        while true {
            while text.first == " " { text.removeFirst() }
            guard let c = text.first else {
                if inGroup { throw Problem(reason: "a \"(\" is never closed") }
                return ways
            }
            if c == ")" || c == "|" {
                guard inGroup else { throw Problem(reason: "\"\(Character(c))\" outside a group in brackets") }
                return ways
            }
            if c == "(" {
                text.removeFirst()
                var options: [[Element]] = []
                while true {
                    options += try sequence(&text, lists: lists, variants: variants, sets: &sets, inGroup: true)
                    guard let end = text.first else { throw Problem(reason: "a \"(\" is never closed") }
                    text.removeFirst()
                    if end == ")" { break }
                }
                // One-word ways ("(arms | wrists | legs)") become one slot of
                // their words: the same matches, far fewer patterns to try.
                func oneWord(_ o: [Element]) -> Int? {
                    if o.count == 1, case .word(let set, optional: false) = o[0] { return set }
                    return nil
                }
                let single = options.compactMap(oneWord).map { sets[$0] }
                if single.count > 1 {
                    options.removeAll { oneWord($0) != nil }
                    sets.append(single.reduce(into: Set<String>()) { $0.formUnion($1) })
                    options.insert([.word(sets.count - 1, optional: false)], at: 0)
                }
                if text.first == "?" { text.removeFirst(); options.append([]) }
                try append(options)
                continue
            }
            var slot = String.UnicodeScalarView()
            while let ch = text.first, ch != " ", ch != ")", ch != "(", !(inGroup && ch == "|") {
                slot.append(ch)
                text.removeFirst()
            }
            try append([[try element(String(slot), lists: lists, variants: variants, sets: &sets)]])
        }
    }

    /// One slot: `..`, `_`, `$`, `!a|b`, `~a|b` (in the same sentence), `~,a|b`
    /// (in the same clause), `~~a|b` (anywhere in the text), `!~a|b`, `!~,a|b`
    /// and `!~~a|b` (not there), or words
    /// `a|b~|@list`, `?` if it may be left out.
    static func element(_ slot: String, lists: [String: Set<String>], variants: Set<String>, sets: inout [Set<String>]) throws -> Element {
        if slot == ".." { return .gap }
        if slot == "_" { return .any }
        if slot == "$" { return .clauseEnd }
        var body = slot
        let notNext = slot.hasPrefix("!")
        if notNext { body.removeFirst() }
        var around = 0
        while body.hasPrefix("~"), around < 2 { body.removeFirst(); around += 1 }
        let inClause = around == 1 && body.hasPrefix(",")
        if inClause { body.removeFirst() }
        let optional = body.hasSuffix("?") && !notNext && around == 0
        if optional { body.removeLast() }
        var set: Set<String> = []
        for alt in body.split(separator: "|").map(String.init) {
            if alt.hasPrefix("@") {
                guard let list = lists[String(alt.dropFirst())] else { throw Problem(reason: "no word list with the id \"\(alt.dropFirst())\"") }
                set.formUnion(list)
            } else if alt.hasSuffix("~") {
                let stem = String(alt.dropLast())
                guard isWord(stem) else { throw Problem(reason: "\"\(alt)\" is not a word") }
                set.formUnion(inflections(stem))
            } else {
                guard isWord(alt) else { throw Problem(reason: "\"\(alt)\" is not one lowercase word") }
                if variants.contains(alt) { throw Problem(reason: "\"\(alt)\" is a spelling keel rewrites first; write the form it becomes") }
                set.insert(alt)
            }
        }
        guard !set.isEmpty else { throw Problem(reason: "\"\(slot)\" names no words") }
        sets.append(set)
        if around > 0 { return .around(sets.count - 1, present: !notNext, scope: inClause ? .clause : around == 2 ? .text : .sentence) }
        return notNext ? .notNext(sets.count - 1) : .word(sets.count - 1, optional: optional)
    }

    static func alternatives(_ text: String) -> [String] {
        text.split(separator: "|").map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
    }

    static func isWord(_ w: String) -> Bool {
        !w.isEmpty
            && w.unicodeScalars.allSatisfy { u in
                switch u {
                case "a"..."z", "0"..."9", "'": return true
                case _ where u.isASCII: return false
                default: return u.properties.isLowercase || u.properties.numericType != nil
                }
            }
    }

    /// The forms of a verb or noun written `word~`: kill, kills, killed,
    /// killing; die, dies, died, dying; cut, cuts, cutting. Irregular forms
    /// (took, hung) are listed beside it.
    public static func inflections(_ w: String) -> Set<String> {
        var out: Set<String> = [w]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let chars = Array(w)
        guard let last = chars.last else { return out }
        if w.hasSuffix("ie") {
            let stem = String(w.dropLast(2))
            out.formUnion([w + "s", w + "d", stem + "ying"])
        } else if last == "e" {
            out.formUnion([w + "s", w + "d", String(w.dropLast()) + "ing"])
        } else if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            let stem = String(w.dropLast())
            out.formUnion([stem + "ies", stem + "ied", w + "ing"])
        } else {
            let es = ["s", "x", "z"].contains(String(last)) || w.hasSuffix("sh") || w.hasSuffix("ch")
            out.formUnion([w + (es ? "es" : "s"), w + "ed", w + "ing"])
            // cut -> cutting: a short word ending consonant, vowel, consonant.
            if chars.count >= 3, !vowels.contains(last), !"wxy".contains(last),
                vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3])
            {
                out.formUnion([w + String(last) + "ed", w + String(last) + "ing"])
            }
        }
        return out
    }
}
