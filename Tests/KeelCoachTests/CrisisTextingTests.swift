import Testing
@testable import KeelCoach

/// Texting speech: slang for suicide and self-harm, dropped apostrophes and
/// letters, and look-alikes that must stay calm. Each kind is written in
/// phrasings the rules were not written from (crisis-13's rules; the dev25
/// set's misses were their source).
@Suite struct CrisisTextingTests {
    static let check = CrisisCheck.load(Harness.content)

    @Test(arguments: [
        "sui thoughts again tonight",
        "having sui urges",
        "si is bad rn",
        "they told me to kys and maybe i should",
        "im done done. not coming back",
        "i think its time for me to go forever",
        "soon i won't be your problem anymore",
        "i keep going back and forth on whether to keep living",
        "the best thing i can do is disappear",
        "i don't want to be saved this time",
        "dry run with the rope last night",
        "ill be gone by morning",
        "i dont think ill be around by summer",
        "thiking of kilin myself",
        "gonna off myself",
        "gonna yeet myself off the bridge",
        "thinkin bout ctb",
        // Hyperbole is how texting says most things, and how people hide
        // the real thing ("i wanna die lol. not lol"): "kms" names killing
        // oneself, so a joking frame doesn't make it calm. A kind page shown
        // once too often costs less than one not shown.
        "kms this exam lol",
        "kms 😂",
    ])
    func slangAndDroppedLettersBringHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    @Test(arguments: [
        "im dead 😂",
        "si units are confusing in physics",
        "sui generis case in law class",
        "he said kys in the lobby and got banned",
        "the essay is done done",
        "time for me to go to bed",
        "i won't be your problem anymore, i'm moving out saturday",
        "the best thing i can do is sleep",
        "dry run for the wedding speech",
        "checked the shelf will hold",
        "saving for when i'm ready to buy a house",
        "ill be there at 6",
        "gonna yeet myself into bed",
    ])
    func lookAlikesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }
}
