/// The learned half of the crisis check: a logistic regression over
/// `CrisisFeatures`, trained from the labelled fixtures by
/// `make crisis-model` (keel-train-crisis) and shipped as
/// `Resources/catalogs/crisis-model.txt`. It catches ways of saying it that
/// no rule names yet; on its own it also fires on look-alikes, so it only
/// ever counts through `CrisisCheck`, behind the rules' own safeguards.
public struct CrisisModel: Sendable {
    /// Feature hashes, ascending, and their weights in steps of `step`.
    let hashes: [UInt32]
    let weights: [Int16]
    public let step: Float
    public let bias: Float
    /// A score above this counts (a logit: 0 is even odds).
    public let threshold: Float
    /// The digest of the fixtures the weights were trained on.
    public let fixtures: String

    public static let file = "catalogs/crisis-model.txt"

    public init(weights: [(hash: UInt32, weight: Float)], bias: Float, threshold: Float, fixtures: String, step: Float = 1.0 / 1024) {
        let kept = weights.map { ($0.hash, Int16(clamping: Int(($0.weight / step).rounded()))) }.filter { $0.1 != 0 }.sorted { $0.0 < $1.0 }
        hashes = kept.map(\.0)
        self.weights = kept.map(\.1)
        self.step = step
        self.bias = bias
        self.threshold = threshold
        self.fixtures = fixtures
    }

    public var count: Int { hashes.count }

    /// The same weights read at another threshold, for whoever compares
    /// thresholds (`keel-train-crisis --thresholds`); the shipped one stays fixed.
    public func at(threshold: Float) -> CrisisModel {
        CrisisModel(hashes: hashes, weights: weights, step: step, bias: bias, threshold: threshold, fixtures: fixtures)
    }

    private init(hashes: [UInt32], weights: [Int16], step: Float, bias: Float, threshold: Float, fixtures: String) {
        self.hashes = hashes
        self.weights = weights
        self.step = step
        self.bias = bias
        self.threshold = threshold
        self.fixtures = fixtures
    }

    /// The score of a text: above `threshold` the model says help.
    public func score(_ text: String) -> Float {
        var total: Float = 0
        for f in CrisisFeatures.of(text) {
            if let w = weight(f.hash) { total += Float(w) * f.value }
        }
        return bias + total * step
    }

    func weight(_ h: UInt32) -> Int16? {
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < hashes.count && hashes[lo] == h ? weights[lo] : nil
    }

    public func says(_ text: String) -> Bool { score(text) > threshold }

    /// The file: a few header lines, then one "hash weight" line per feature.
    public var text: String {
        var out = "# keel's crisis model, written by `make crisis-model` from Tests/KeelCoachTests/Fixtures; not edited by hand.\n"
        out += "format 1\nfixtures \(fixtures)\nbias \(bias)\nthreshold \(threshold)\nstep \(step)\n"
        for (h, w) in zip(hashes, weights) { out += String(h, radix: 16) + " " + String(w) + "\n" }
        return out
    }

    /// Reads the file; nil when it is missing or malformed (the rules still work alone).
    public init?(text: String) {
        var header: [String: String] = [:]
        var hashes: [UInt32] = [], weights: [Int16] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            if let h = UInt32(parts[0], radix: 16), let w = Int16(parts[1]), parts[0].count <= 8, header["step"] != nil {
                guard hashes.last.map({ $0 < h }) ?? true else { return nil }
                hashes.append(h)
                weights.append(w)
            } else {
                header[String(parts[0])] = String(parts[1])
            }
        }
        guard header["format"] == "1", let fixtures = header["fixtures"], let bias = header["bias"].flatMap(Float.init),
            let threshold = header["threshold"].flatMap(Float.init), let step = header["step"].flatMap(Float.init), !hashes.isEmpty
        else { return nil }
        self.hashes = hashes
        self.weights = weights
        self.step = step
        self.bias = bias
        self.threshold = threshold
        self.fixtures = fixtures
    }
}
