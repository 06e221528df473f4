/// What the crisis model sees of a text: word unigrams, bigrams and
/// trigrams, character 4- and 5-grams inside each word (so a typo or a new
/// ending still shares most of its pieces), and each word again marked when
/// it sits just after a negation ("not ... die" is a different feature from
/// "die"). Words are lowercased with apostrophes dropped ("don't" is "dont");
/// a comma or a full stop is a word of its own, so an n-gram never joins two
/// clauses silently. Each feature is a 32-bit hash; the counts are scaled to
/// length one, so a long paragraph weighs the same as a short line.
/// The trainer and the scorer both call this: change it and retrain.
public enum CrisisFeatures {
    /// Words after which the next few are read as denied.
    static let negations: Set<String> = [
        "not", "no", "never", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "couldnt", "isnt", "wasnt",
        "arent", "shouldnt", "nothing", "nobody", "without", "nor",
    ]
    /// How many words a negation colours.
    static let negationReach = 3
    static let boundary = "|"

    /// Lowercase words and boundaries, apostrophes dropped.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { out.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        func boundary() {
            flush()
            if let last = out.last, last != CrisisFeatures.boundary { out.append(CrisisFeatures.boundary) }
        }
        for u in text.unicodeScalars {
            switch u {
            case "a"..."z", "0"..."9", "*": current.append(u)
            case "A"..."Z": current.append(Unicode.Scalar(u.value + 32)!)
            case "'", "\u{2019}", "\u{2018}", "`": continue
            case ".", "!", "?", ";", ",", ":", "\n": boundary()
            default:
                if u.isASCII {
                    flush()
                } else if u.properties.isAlphabetic {
                    current.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
                } else {
                    flush()
                }
            }
        }
        flush()
        return out
    }

    /// Hashed features and their weights, scaled to length one; sorted by hash.
    public static func of(_ text: String) -> [(hash: UInt32, value: Float)] {
        let ws = words(text)
        var counts: [UInt32: Float] = [:]
        counts.reserveCapacity(ws.count * 12)
        let hashes = ws.map { hash($0, seed: fnvBasis) }
        var negated = 0
        for (i, w) in ws.enumerated() {
            if w == boundary { negated = 0; continue }
            counts[mix(hashes[i], 1), default: 0] += 1
            if i + 1 < ws.count {
                let two = mix(mix(hashes[i], 2), hashes[i + 1])
                counts[two, default: 0] += 1
                if i + 2 < ws.count { counts[mix(two, hashes[i + 2]), default: 0] += 1 }
            }
            if negated > 0 {
                counts[mix(hashes[i], 3), default: 0] += 1
                negated -= 1
            }
            if negations.contains(w) { negated = negationReach }
            let letters = [UInt8](" \(w) ".utf8)
            for n in 4...5 where letters.count >= n {
                for start in 0...(letters.count - n) {
                    var h = mix(fnvBasis, UInt32(n))
                    for b in letters[start..<(start + n)] { h = (h ^ UInt32(b)) &* fnvPrime }
                    counts[h, default: 0] += 1
                }
            }
        }
        var norm: Float = 0
        for v in counts.values { norm += v * v }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        return counts.map { (hash: $0.key, value: $0.value * scale) }.sorted { $0.hash < $1.hash }
    }

    static let fnvBasis: UInt32 = 2_166_136_261
    static let fnvPrime: UInt32 = 16_777_619

    static func hash(_ s: String, seed: UInt32) -> UInt32 {
        var h = seed
        for b in s.utf8 { h = (h ^ UInt32(b)) &* fnvPrime }
        return h
    }

    /// Folds one number into a hash: a feature's kind, or the next word.
    static func mix(_ h: UInt32, _ x: UInt32) -> UInt32 {
        var h = h
        for shift in stride(from: 0, to: 32, by: 8) { h = (h ^ ((x >> UInt32(shift)) & 0xFF)) &* fnvPrime }
        return h
    }
}
