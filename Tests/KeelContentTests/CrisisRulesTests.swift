import Foundation
import Testing
@testable import KeelContent

@Suite struct CrisisRulesTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources").path

    func catalog(_ items: String) -> String {
        #"{"format": 1, "id": "crisis-words", "title": "T", "items": ["# + items + "]}"
    }

    @Test func theShippedRulesAllRead() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: CrisisRulesTests.resources + "/catalogs/crisis-words.json")))
        let (catalog, errors) = Catalog.load(bytes, file: "crisis-words.json", audit: true)
        #expect(errors.isEmpty, "\(errors)")
        let rules = CrisisRules.read(try #require(catalog)).0
        #expect(rules.phrases.count > 100)
        #expect(!rules.safe.isEmpty)
        for list in ["me", "others", "story", "negation", "bridge", "typos", "filler"] {
            #expect(!rules.list(list).isEmpty, "\(list)")
        }
    }

    @Test func aLabelThatCannotBeReadIsNamed() {
        let cases: [(String, String)] = [
            (#"{"id": "a", "label": "kill~ @nowhere"}"#, #"t.json: items[0].label: no word list with the id "nowhere""#),
            (#"{"id": "a", "label": "end (it | things"}"#, #"t.json: items[0].label: a "(" is never closed"#),
            (#"{"id": "a", "label": ".. want to die"}"#, "t.json: items[0].label: every way of reading it must start with a word that has to be there"),
            (#"{"id": "a", "label": "Want To Die"}"#, #"t.json: items[0].label: "Want" is not one lowercase word"#),
            (
                #"{"id": "a", "label": "dont", "tags": ["same"]}"#,
                #"t.json: items[0].label: write the form the rules use, "=", then the ways it is written, split by "|""#
            ),
            (
                #"{"id": "s", "label": "don't = dont", "tags": ["same"]}, {"id": "a", "label": "dont want to live"}"#,
                #"t.json: items[1].label: "dont" is a spelling keel rewrites first; write the form it becomes"#
            ),
            (
                #"{"id": "filler", "label": "so | just", "tags": ["words"]}, {"id": "a", "label": "so (nobody | anyone) would notice"}"#,
                #"t.json: items[1].label: "so" never reaches the rules (keel skips or rewrites it as it reads), so no way of reading this can match; leave it out or write the form it becomes"#
            ),
            (
                #"{"id": "s", "label": "nobody = no one", "tags": ["same"]}, {"id": "a", "label": "no one would (notice | care)"}"#,
                #"t.json: items[1].label: "no one" never reaches the rules (keel skips or rewrites it as it reads), so no way of reading this can match; leave it out or write the form it becomes"#
            ),
            (
                #"{"id": "a", "label": "die", "tags": ["phrase"]}"#,
                #"t.json: items[0].tags: "phrase" is not a kind here (words, same, safe, or none for a phrase)"#
            ),
        ]
        for (items, expected) in cases {
            let (loaded, errors) = Catalog.load(Array(catalog(items).utf8), file: "t.json", audit: true)
            #expect(loaded != nil, "a rule that can't be read is left out, the rest still load: \(items)")
            #expect(errors.map(\.description) == [expected])
        }
    }

    @Test func aPhraseWithOneLiveWayStillLoads() throws {
        let json = catalog(
            #"{"id": "filler", "label": "so | just", "tags": ["words"]}, {"id": "s", "label": "nobody = no one", "tags": ["same"]}, {"id": "a", "label": "(nobody | no one) would notice"}, {"id": "b", "label": "(so | because) nobody would care"}"#
        )
        let (loaded, errors) = Catalog.load(Array(json.utf8), file: "t.json", audit: true)
        #expect(errors.isEmpty, "\(errors)")
        let rules = CrisisRules.read(try #require(loaded)).0
        #expect(Set(rules.phrases.map(\.id)) == ["a", "b"])
    }

    @Test func groupsMultiplyIntoPlainPatterns() throws {
        let json = catalog(
            #"{"id": "me", "label": "i | me | myself", "tags": ["words"]}, {"id": "a", "label": "(don't | no longer) want to (live | be alive)?"}, {"id": "b", "label": "hurt~ myself"}"#
        )
        let rules = CrisisRules.read(try #require(Catalog.load(Array(json.utf8), file: "t.json").0)).0
        #expect(rules.phrases.filter { $0.id == "a" }.count == 6)
        #expect(rules.phrases.first { $0.id == "b" }?.namesTheSpeaker == true)
        #expect(rules.phrases.first { $0.id == "a" }?.namesTheSpeaker == false)
        let b = try #require(rules.phrases.first { $0.id == "b" })
        #expect(rules.wordSets[b.firstSet].isSuperset(of: ["hurt", "hurts", "hurting"]))
    }

    @Test func inflectionsCoverTheEverydayForms() {
        #expect(CrisisRules.inflections("kill").isSuperset(of: ["kill", "kills", "killed", "killing"]))
        #expect(CrisisRules.inflections("die").isSuperset(of: ["die", "dies", "died", "dying"]))
        #expect(CrisisRules.inflections("cut").isSuperset(of: ["cut", "cuts", "cutting"]))
        #expect(CrisisRules.inflections("take").isSuperset(of: ["take", "takes", "taking"]))
        #expect(CrisisRules.inflections("bury").isSuperset(of: ["buries", "buried", "burying"]))
        #expect(CrisisRules.inflections("stash").isSuperset(of: ["stashes", "stashed", "stashing"]))
    }
}
