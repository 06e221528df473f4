import KeelCoach
import KeelContent

/// `keel-bench crisis [ROUNDS]`: how long the crisis check takes over one
/// long paragraph, the kind typed into a journal answer. The paragraph
/// holds no crisis words, so every rule is tried at every word (the
/// slowest case); the first check also reads and builds the rules, which
/// keel does once, the first time any text is checked.
enum CrisisBench {
    static let paragraph = """
        Today started badly: the bus was late, it rained on the way in and my manager moved the meeting \
        twice, so by ten I was already behind. I keep telling myself it's only one bad week, but it feels \
        like the third in a row. At lunch I sat with Sam and we talked about the trip in March, which helped \
        a bit, and I finally ended the call with the bank that I'd been putting off. The presentation went \
        better than I feared, honestly I think I killed it, although I could have died of embarrassment when \
        the slides froze. Now I'm home, tired, a little lonely, dying to know whether the offer comes through, \
        and not sure what to cook. Tomorrow I want to go for a walk before work, drink less coffee, and text \
        my sister back. Nothing dramatic, just a long day that I'd like to put down.
        """

    static func run(_ args: [String]) throws {
        let rounds = args.first.flatMap { Int($0) } ?? 2000
        guard let resources = ResourceLocator.find() else { throw BenchError.noResources }
        let t0 = monotonic()
        let words = CrisisWords(catalog: ContentLibrary(resources: resources).catalog("crisis-words"))
        let firstMatch = words.matches(paragraph)
        let buildMs = (monotonic() - t0) * 1000
        guard !words.isEmpty, !firstMatch else { throw BenchError.unexpected }
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
