import KeelContent
import KeelStore

extension SampleHistory {
    /// Four strengths from the catalog and one of the person's own, picked on the first day.
    func sampleStrengths(_ rng: inout SeededRandom) -> MyStrengths {
        var s = MyStrengths.fresh(at: time(startDay, hour: 8, minute: 10))
        let catalog = content.catalog("strengths")?.items ?? []
        let wanted = ["kindness", "curiosity", "perseverance", "humor"]
        s.picks = wanted.compactMap { id in catalog.first { $0.id == id } }.map { MyStrengths.Pick(id: $0.id, label: $0.label, detail: $0.detail) }
        // Without the catalog (no content found), the same strengths in the person's own words.
        if s.picks.isEmpty { s.picks = ["Kindness", "Curiosity", "Persistence"].enumerated().map { MyStrengths.Pick(id: "own-\($0 + 2)", label: $1) } }
        s.picks.append(MyStrengths.Pick(id: "own-1", label: "Making people feel welcome"))
        return s
    }
}
