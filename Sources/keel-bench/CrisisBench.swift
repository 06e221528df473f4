import KeelCoach
import KeelContent

/// `keel-bench crisis [ROUNDS]`: how long the crisis check (the rules,
/// then the learned model) takes over one long paragraph, the kind typed
/// into a journal answer. The paragraph holds no crisis words, so every
/// rule is tried at every word and the model scores it too (the slowest
/// case); the first check also reads and builds the rules and the model's
/// weights, which keel does once, the first time any text is checked.
enum CrisisBench {
    static let paragraph = CrisisWords.calmDay

    static func run(_ args: [String]) throws {
        let rounds = args.first.flatMap { Int($0) } ?? 2000
        guard let resources = ResourceLocator.find() else { throw BenchError.noResources }
        let t0 = monotonic()
        let words = CrisisCheck.load(ContentLibrary(resources: resources))
        let firstMatch = words.matches(paragraph)
        let buildMs = (monotonic() - t0) * 1000
        guard !words.words.isEmpty, words.model != nil, !firstMatch else { throw BenchError.unexpected }
        var times: [Double] = []
        var found = false
        for _ in 0..<rounds {
            let t = monotonic()
            found = words.matches(paragraph) || found
            times.append((monotonic() - t) * 1_000_000)
        }
        let sorted = times.sorted()
        let count = paragraph.split(separator: " ").count
        print(
            """
            {"crisisMedianUs": \(median(times)), "crisisP90Us": \(sorted[Int(Double(sorted.count - 1) * 0.9)]), \
            "crisisFirstCheckMs": \(buildMs), "words": \(count), "rounds": \(rounds), "found": \(found)}
            """)
    }

    enum BenchError: Error { case noResources, unexpected }
}
