import Foundation
import Testing
@testable import KeelContent
import KeelBase

let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let shipped = sourceRoot + "/Resources"

/// A temporary folder for content files.
final class ContentScratch {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("keel-flows-\(UUID().uuidString)").path
    init() throws { try FileManager.default.createDirectory(atPath: path + "/flows", withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ name: String, _ json: String) throws {
        try json.write(toFile: path + "/flows/" + name, atomically: true, encoding: .utf8)
    }
}

@Suite struct FlowTests {
    let library = ContentLibrary(resources: shipped)

    @Test func everyShippedFilePassesTheCheck() {
        let report = ContentCheck.run(paths: [], resources: shipped, userDirectory: nil)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
        #expect(report.files.count >= 10)
        #expect(library.notices.isEmpty, "\(library.notices)")
        for id in ["reframe", "self-compassion", "setback-review", "criticism-sorter", "boundary-script"] {
            #expect(library.flow(id) != nil, "\(id) is shipped")
        }
        #expect(library.crisis?.regions.isEmpty == false)
    }

    /// Answers that steer: every option of a step a condition or a jump
    /// depends on, and the ends of a rating; one plain answer elsewhere.
    func candidates(_ step: FlowStep, steering: Bool) -> [Answer?] {
        var a = Answer(step: step.id, kind: step.kind, prompt: step.prompt ?? "")
        switch step.stepKind {
        case .say, .summary: return [nil]
        case .breathe: a.skipped = true; return [a]
        case .rate:
            return (steering ? [0, 5, 8, 10] : [6]).map {
                var r = a; r.rating = $0; return r
            } + (steering ? [nil] : [])
        case .text, .person:
            a.text = "some words"
            return steering ? [a, nil] : [a]
        case .choose:
            let sources = ["circles": ["c1", "elsewhere"], "strengths": ["kindness", "own-1"]]
            let ids = step.optionsFrom.flatMap { sources[$0] } ?? (step.options ?? []).map(\.id)
            return (steering ? ids : Array(ids.prefix(1))).map {
                var c = a; c.choice = $0; return c
            }
        case .checklist:
            let ids = step.catalog.flatMap { library.catalog($0)?.items.map(\.id) } ?? (step.options ?? []).map(\.id)
            var all = a; all.choices = ids
            var none = a; none.choices = []
            return steering ? [all, none] : [all]
        }
    }

    /// Every path through every shipped flow ends, only moves forward, and
    /// between them the paths visit every step.
    @Test func theEngineWalksEveryShippedFlowInMemory() throws {
        #expect(library.orderedFlows.count >= 5, "the shipped flows are loaded")
        for flow in library.orderedFlows {
            let steering = Set(flow.steps.compactMap { $0.showIf?.step } + flow.steps.filter { $0.options?.contains { $0.next != nil } ?? false }.map(\.id))
            var visited: Set<String> = []
            var ends = 0
            for unavailable in [Set<String>(), Set(flow.steps.filter { $0.optionsFrom != nil }.map(\.id))] {
                let walker = FlowWalker(flow: flow, unavailable: unavailable)
                func walk(_ index: Int?, _ answers: [String: Answer], depth: Int) {
                    guard let i = index else { ends += 1; return }
                    #expect(depth <= flow.steps.count, "\(flow.id) walks in a loop")
                    guard depth <= flow.steps.count else { return }
                    visited.insert(flow.steps[i].id)
                    for answer in candidates(flow.steps[i], steering: steering.contains(flow.steps[i].id)) {
                        var next = answers
                        next[flow.steps[i].id] = answer
                        let n = walker.next(after: i, answers: next)
                        if let n { #expect(n > i, "\(flow.id) moves forward") }
                        walk(n, next, depth: depth + 1)
                    }
                }
                walk(walker.first(), [:], depth: 0)
            }
            #expect(ends > 0)
            #expect(visited == Set(flow.steps.map(\.id)), "\(flow.id) never reaches \(Set(flow.steps.map(\.id)).subtracting(visited))")
            #expect(flow.steps.last?.stepKind == .summary, "\(flow.id) ends with a look back")
        }
    }

    @Test func showIfAndJumpsSteerTheWalk() throws {
        let reframe = try #require(library.flow("reframe"))
        let walker = FlowWalker(flow: reframe, unavailable: ["circle"])
        let sting = try #require(reframe.index(of: "sting"))
        func after(_ rating: Int) -> String {
            var a = Answer(step: "sting", kind: "rate", prompt: "")
            a.rating = rating
            return reframe.steps[walker.next(after: sting, answers: ["sting": a])!].id
        }
        #expect(after(9) == "gentle")
        #expect(after(3) == "breathe")
        let sorter = try #require(library.flow("criticism-sorter"))
        let w = FlowWalker(flow: sorter)
        let actionable = try #require(sorter.index(of: "actionable"))
        var no = Answer(step: "actionable", kind: "choose", prompt: "")
        no.choice = "no"
        #expect(sorter.steps[w.next(after: actionable, answers: ["actionable": no])!].id == "leave")
        no.choice = "yes"
        #expect(sorter.steps[w.next(after: actionable, answers: ["actionable": no])!].id == "take")
        #expect(w.remaining(after: 0, answers: [:]) == sorter.steps.count - 2, "the note about character shows only when picked")
    }

    @Test func brokenFlowsNameTheFileThePathAndTheReason() {
        let base = #""format": 1, "id": "t", "title": "T", "summary": "S""#
        let cases: [(String, [String])] = [
            ("{" + base + #", "steps": [{"id": "a", "kind": "text"}]}"#, ["t.json: steps[0].prompt: a text step needs this"]),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "sya", "text": "x"}]}"#,
                ["t.json: steps[0].kind: \"sya\" is not a step kind (say, breathe, rate, text, choose, checklist, person, summary)"]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "say", "text": "x"}, {"id": "a", "kind": "summary"}]}"#,
                ["t.json: steps[1].id: \"a\" is used twice"]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "checklist", "prompt": "p", "catalog": "nope"}]}"#,
                ["t.json: steps[0].catalog: no catalog has the id \"nope\""]
            ),
            (
                "{" + base
                    + #", "steps": [{"id": "a", "kind": "say", "text": "x", "showIf": {"step": "b", "atLeast": 3}}, {"id": "b", "kind": "rate", "prompt": "p"}]}"#,
                ["t.json: steps[0].showIf.step: must name an earlier step"]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "rate", "prompt": "p"}, {"id": "b", "kind": "say", "text": "x", "showIf": {"step": "a"}}]}"#,
                ["t.json: steps[1].showIf: give exactly one of equals, oneOf, includes, atLeast, atMost, answered"]
            ),
            (
                "{" + base
                    + #", "steps": [{"id": "a", "kind": "say", "text": "x"}, {"id": "b", "kind": "choose", "prompt": "p", "options": [{"id": "y", "label": "Y", "next": "a"}]}]}"#,
                ["t.json: steps[1].options[0].next: \"a\" comes before this step; flows only jump forward"]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "breathe", "pattern": "slow"}]}"#,
                ["t.json: steps[0].pattern: \"slow\" is not a pattern keel knows (sigh, box, 4-7-8, resonance)"]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "text", "promt": "p", "prompt": "q"}]}"#,
                [
                    "t.json: steps[0].promt: not a field keel knows here (it knows catalog, circleFrom, high, hint, id, kind, low, minutes, next, options, optionsFrom, pattern, prompt, promptFrom, recall, required, role, showIf, text, title)"
                ]
            ),
            (
                "{" + base + #", "steps": [{"id": "a", "kind": "text", "prompt": "p", "role": "traps"}]}"#,
                ["t.json: steps[0].role: \"traps\" belongs on a checklist step"]
            ),
            ("{" + base + #", "steps": [{"id": "a", "kind": "text", "prompt": 3}]}"#, ["t.json: steps[0].prompt: expected text"]),
            ("{" + base + #", "steps": []}"#, ["t.json: steps: a flow needs at least one step"]),
            (
                #"{"format": 1, "id": "Bad Id", "title": "", "summary": "S", "steps": [{"id": "a", "kind": "summary"}]}"#,
                ["t.json: id: use lowercase letters, digits and hyphens, such as \"my-flow\"", "t.json: title: must not be empty"]
            ),
            ("{" + base + #", "steps": [{"id": "a", "kind": "summary"}]"#, ["t.json: (top level): not valid JSON"]),
        ]
        for (json, expected) in cases {
            let (flow, errors) = Flow.load(Array(json.utf8), file: "t.json", catalogs: ["thinking-traps"])
            #expect(flow == nil)
            #expect(errors.map(\.description) == expected, "\(json)")
        }
    }

    @Test func contentCheckOnPathsNamesEachProblem() throws {
        let scratch = try ContentScratch()
        try scratch.write(
            "good.json",
            #"{"format": 1, "id": "mine", "title": "Mine", "summary": "S", "steps": [{"id": "a", "kind": "checklist", "prompt": "p", "catalog": "words"}]}"#)
        try scratch.write("words.json", #"{"format": 1, "id": "words", "title": "W", "items": [{"id": "a", "label": "A"}]}"#)
        try scratch.write("odd.json", #"{"hello": 1}"#)
        let report = ContentCheck.run(paths: [scratch.path, scratch.path + "/missing.json"], resources: shipped, userDirectory: nil)
        #expect(report.files.count == 3)
        #expect(
            report.errors.map(\.description) == [
                "\(scratch.path)/missing.json: (top level): no such file or folder",
                "\(scratch.path)/flows/odd.json: (top level): not a flow (with \"steps\"), a catalog (with \"items\") or crisis lines (with \"regions\")",
            ])
    }

    @Test func userFlowsAppearBesideTheShippedOnesAndBrokenOnesAreNamed() throws {
        let scratch = try ContentScratch()
        try scratch.write(
            "gratitude.json",
            #"{"format": 1, "id": "gratitude", "title": "Three good things", "summary": "S", "steps": [{"id": "a", "kind": "text", "prompt": "One good thing?"}, {"id": "b", "kind": "checklist", "prompt": "Traps?", "catalog": "thinking-traps"}]}"#
        )
        try scratch.write("broken.json", #"{"format": 1, "id": "broken", "title": "B", "summary": "S", "steps": [{"id": "a", "kind": "text"}]}"#)
        try scratch.write("reframe.json", #"{"format": 1, "id": "reframe", "title": "Mine", "summary": "S", "steps": [{"id": "a", "kind": "summary"}]}"#)
        let lib = ContentLibrary(resources: shipped, userDirectory: scratch.path)
        #expect(lib.flow("gratitude")?.title == "Three good things")
        #expect(lib.orderedFlows.last?.id == "gratitude", "the person's own come after the shipped ones")
        #expect(lib.userFlows == ["gratitude"])
        #expect(lib.flow("broken") == nil)
        #expect(lib.flow("reframe")?.title == "Pause, breathe, reframe", "a shipped flow is never replaced")
        #expect(
            lib.notices.map(\.description) == [
                "\(scratch.path)/flows/broken.json: steps[0].prompt: a text step needs this",
                "\(scratch.path)/flows/reframe.json: id: \"reframe\" is already used by another flow; give this one another id",
            ])
    }

    @Test func crisisLinesAreCheckedAndFoundByRegion() throws {
        let crisis = try #require(library.crisis)
        #expect(crisis.region(for: "GB").emergency == "999")
        #expect(crisis.region(for: "uk").lines.first?.contact == "Call 116 123")
        #expect(crisis.region(for: "US").lines.first?.contact == "Call or text 988")
        #expect(crisis.region(for: "AU").lines.first?.contact == "Call 13 11 14")
        #expect(crisis.region(for: "NZ").lines.first?.contact == "Call or text 1737")
        #expect(crisis.region(for: "FR").lines.first?.contact == "Call 3114")
        #expect(crisis.region(for: "AQ").name == "Anywhere else")
        #expect(crisis.region(for: nil).lines.first?.contact == "findahelpline.com")
        let guess = { (env: [String: String]) in CrisisDirectory.guessRegion { env[$0] } }
        #expect(guess(["LANG": "en_GB.UTF-8"]) == "GB")
        #expect(guess(["LC_ALL": "en_NZ.UTF-8", "LANG": "en_US.UTF-8"]) == "NZ")
        #expect(guess(["LANG": "de_DE@euro"]) == "DE")
        #expect(guess(["LANG": "C.UTF-8"]) == nil)
        #expect(guess([:]) == nil)
        let bad =
            #"{"format": 1, "id": "crisis", "title": "T", "regions": [{"codes": ["gb"], "name": "X", "emergency": "", "lines": [{"name": "L", "contact": ""}]}], "fallback": {"codes": [], "name": "F", "emergency": "e", "lines": []}}"#
        #expect(
            CrisisDirectory.load(Array(bad.utf8), file: "c.json").1.map(\.description) == [
                "c.json: regions[0].codes[0]: \"gb\" is not a two-letter region code in capitals",
                "c.json: regions[0].emergency: must not be empty",
                "c.json: regions[0].lines[0].contact: must not be empty",
            ])
    }
}
