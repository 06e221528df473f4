import Testing
@testable import KeelCoach

/// Calm guards (`safe` phrases) cancel any danger phrase they overlap and
/// keep the learned layer quiet, so one written too broadly silences plain
/// danger. Each pair here is a guard's calm case and danger in its words
/// that it must leave alone (the review of 1 December 2026 found each of
/// these silenced).
@Suite struct CrisisCalmGuardTests {
    static let check = CrisisCheck.load(Harness.content)

    @Test(arguments: [
        "I tried to kill myself on Sunday. I've been struggling for years.",
        "I tried to kill myself at the weekend and now I don't know what to do.",
        "I've been having thoughts of suicide during the night and I need help.",
        "I started thinking about suicide two years ago and now it's every day.",
        "I hope I'm dead when someone finds me.",
        "I want to be dead when my dad finds me",
        "Had a drink alone for my birthday. This is going to be my last one, I've decided.",
        "I keep thinking about killing myself to make the pain stop.",
        "I can't keep living with myself after what I did.",
        "Said my last goodbyes to my family. After the funeral nobody will remember me.",
        "Everyone wants me to die. Maybe I should give them what they want.",
        // crisis-13's guards, each beside its calm case below.
        "zero interest in dying old, i want to die now",
        "my suicide risk assessment said low but i'm going to kill myself tonight",
        "dead serious, i want to die",
        "standing on the roof terrace ledge, going to jump",
        "i want to die on the spot tonight, i mean it",
        "i'm dying in this heat and honestly i want to die",
        "my friend asked if i was thinking of hurting myself and i said yes, every night",
        "per my last email, this is my last message. goodbye forever",
        "wrote my last exam today. tonight i kill myself",
        "Everything is ready for the party tonight, then I'll kill myself after everyone leaves.",
        "I'm going to starve myself until I disappear.",
        "I've decided to cut off the friends who hate me and then cut myself.",
        "every day i die a little more inside and i want to kill myself",
        "i'd rather die than go to another day of school, i'm going to kill myself",
        "6 months without relapsing on self harm and i relapsed last night",
        "tied a noose for a halloween decoration and i want to hang myself with it",
        "goodbye school forever, goodbye everyone, i won't be alive tomorrow",
        "gonna yeet myself into the river tonight",
    ])
    func dangerInAGuardsWordsStillBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    @Test(arguments: [
        "Years ago I attempted suicide. Today I celebrated six years of still being here.",
        "I'm killing myself to make this deadline",
        "I'm killing myself to make it work with him",
        "i'm sooo dead if my mom sees this grade",
        "I can't keep living on instant noodles",
        "Said my last goodbyes to grandpa at the hospice.",
        "I was so embarrassed I wished I could vanish, but it passed",
        "i have zero interest in dying, just in sleeping for 12 hours",
        "as a nurse i do suicide risk assessments every shift",
        "halloween costume: zombie bride. rehearsing my dead stare",
        "stood on the roof terrace at sunset, whole city glowing",
        "everyone asked when i'm having kids, i wanted to die on the spot",
        "i'm literally dying in this heat, 38 degrees and no AC",
        "my friend asked if i was thinking of hurting myself and honestly no, i'm just lonely",
        "i die a little inside every time he says per my last email",
        "I'd sooner jump off a cliff than go to another networking breakfast",
        "18 months without relapsing on self harm!! celebrating with cake",
        "tied a noose knot for a halloween decoration on the porch",
        "i wrote my last exam today!!! goodbye school forever",
        "gonna yeet myself into bed",
        "per my last email, the deadline is friday",
        "Everything is ready for the party tonight!",
        "I'm going to starve if dinner isn't ready soon.",
        "I've decided to cut off the friends who only call when they need something.",
    ])
    func theGuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }
}
