import Testing
@testable import KeelContent

/// A flow's summary step is read before Enter keeps the entry, so its words
/// may say what Enter will do, never that something is already saved.
@Suite struct SummaryWordsTests {
    @Test func noSummarySaysItIsSavedBeforeItIs() {
        let library = ContentLibrary(resources: shipped)
        let flows = library.orderedFlows
        #expect(flows.count >= 6)
        for flow in flows {
            for step in flow.steps where step.stepKind == .summary {
                let text = (step.text ?? "").lowercased()
                for claim in ["is saved", "are saved", "is kept", "are kept", "has been saved", "have been saved"] {
                    #expect(!text.contains(claim), "\(flow.id).\(step.id) says \"\(claim)\" before Enter keeps anything: \(text)")
                }
            }
        }
    }
}
