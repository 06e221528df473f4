import Testing
@testable import KeelStore

/// Every kind of record is counted with a noun, not its heading: "1 list of
/// your strengths", never "1 my strengths"; "1 unfinished draft", never "1 drafts".
@Suite struct RecordNounsTests {
    @Test func everyKindCountsAsAPersonSaysIt() {
        for kind in Collections.all.map(\.kind) {
            #expect(kind.counted(1) == "1 " + kind.one, "\(kind.name)")
            #expect(kind.counted(2) == "2 " + kind.many, "\(kind.name)")
            #expect(kind.one != kind.many, "\(kind.name): one and many read the same")
            #expect(kind.one == kind.one.lowercased() || kind.one.contains("keel"), "\(kind.name): a noun inside a sentence")
            #expect(!kind.one.hasPrefix("my "), "\(kind.name): \"1 \(kind.one)\"")
        }
        #expect(MyStrengths.kind.counted(1) == "1 list of your strengths")
        #expect(Draft.kind.counted(1) == "1 unfinished draft")
        #expect(Person.kind.counted(3) == "3 people")
        #expect(JournalEntry.kind.counted(1) == "1 journal entry")
    }
}
