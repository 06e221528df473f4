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
        // "now and then" is how often, not a past told as over, and a "now"
        // that says the thought is constant is no recovery (crisis-14).
        "I used to think about suicide now and then. Now it's all I think about.",
        "I used to think about suicide every now and then. Now I can't stop.",
        "A year ago I would have hurt myself over this and tonight I want to again.",
        "My therapist asked if I was having thoughts of hurting myself and I said yes.",
        "I haven't hurt myself since March but tonight I'm going to.",
        "I used to think everyone would be better off without me and lately I believe it again.",
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
        "I used to think about suicide now and then. Now I think about what to cook.",
        "I used to think about suicide all the time. Now I'm 30 and happy.",
        "Years ago I cut myself. Now I can't stop smiling.",
        "Last year I would have hurt myself over this. This year I cried, journaled, and went to bed.",
        "Haven't hurt myself since March. The urge came today and passed like my counsellor said it would.",
        "The cringe from my voice memo is going to haunt me until I die at 90.",
        "I work in A&E and had a self harm case tonight.",
        "My motivation is flat dead tonight.",
        "History essay on the Battle of the Somme. So many died in one day.",
        "Final goodbye at the airport. My best friend is moving to Australia.",
        "When people leave me out I used to think everyone would be better off without me. My counsellor helped me see that's the depression lying.",
        "Everything is ready for the party tonight!",
    ])
    func theGuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }
}
