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
        // crisis-12's guards (zero desire, a hole to die in, a faked death, a climber's rope) and
        // hitting oneself "over and over", no longer taken for a bump on the head.
        "I have zero desire to die slowly, I want it quick, tonight.",
        "I have no desire to die but I've got the pills ready anyway.",
        "I wanted to crawl into a hole and die. Actually I want to die, I have the rope.",
        "I'm faking my own death tonight, for real this time, the pills are in my bag.",
        "I hit myself in the head over and over until it bled.",
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
        // "now and then" is how often, not a past told as over, and a "now"
        // that says the thought is constant is no recovery (crisis-14).
        "I used to think about suicide now and then. Now it's all I think about.",
        "I used to think about suicide every now and then. Now I can't stop.",
        "A year ago I would have hurt myself over this and tonight I want to again.",
        "My therapist asked if I was having thoughts of hurting myself and I said yes.",
        "I haven't hurt myself since March but tonight I'm going to.",
        "I used to think everyone would be better off without me and lately I believe it again.",
        // crisis-15's guards: a week without existing, dying a little when, the Black Death, a jump for a friend.
        "I want to not exist for a week and then never wake up",
        "I wish I could not exist for a week, or forever honestly",
        "I died inside when she left and now I want to die",
        "Black death would be a mercy. I want to die.",
        "I'm going to jump off a bridge for real tonight",
        // A fresh reader's cases after this round's merge: danger said beside a guard's own
        // words (a doctor told "no", a haunting until death, a rope "for the harness").
        "it'll haunt me until I die, which will be tonight",
        "I'd jump off a bridge for my kids, and tonight I will, I'm so tired",
        "the GP asked me if I had thoughts of killing myself and I told them no. I'm doing it this weekend",
        "the doctor asked if I'd had thoughts of ending it. no. I've already decided, it's tomorrow",
        "I want to live a long time, I just don't want to live past tonight",
        "I used to believe they'd be better off without me, after therapy I'm grateful, but it's back and I have a plan",
        "death by a thousand cuts, and I'm making them on my arms every night",
        "I've stopped wanting to go on.",
        "I have zero desire to die slowly, I want it quick, tonight.",
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
        "I have zero desire to die. I just want people to like me.",
        "Wanted to crawl into a hole and die when I tripped on stage.",
        "If my aunt asks about marriage again I'm faking my own death and moving to Peru.",
        "Checked my rope and harness twice at the climbing gym.",
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
        "I wish I could not exist for a weekend, no emails and no meetings",
        "Died a little inside when my crush saw me trip on the stairs",
        "Revising the Black Death for my history exam tomorrow",
        "I'd jump off a cliff for my best friend, she knows that",
        // Calm venting a fresh reader found flagged by this round's rules.
        "the team picked the day for the final, I'm so nervous",
        "I'll be six feet under the duvet all weekend",
        "I wasn't joking when I said I'd kill for a pizza right now",
        "I deserve the bruises, I fell off my bike showing off",
        "he ghosted me and nobody will see it coming when I finally block him",
        "it almost worked, the sourdough nearly rose but then the belt on the mixer snapped",
        "The cringe from my voice memo to Tasha is going to haunt me until I die at 90.",
    ])
    func theGuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }

    /// crisis-16's guards (ids c16-safe-…), each narrow: a figure of speech
    /// for tiredness or trouble, an errand with tablets or affairs, a trip
    /// or a denial to a therapist. Danger beside them must still be heard.
    @Test(arguments: [
        "I'm so dead, I forgot Mum's call. I want to die for real, I have the pills ready.",
        "Work wore me out, I'm dead. I want to be dead for real, I've got the rope ready.",
        "Put my affairs in order for the tax year and then I'm going to kill myself.",
        "Died on stage tonight and now I want to kill myself.",
        "I'd rather be dead than be seen like this.",
        "Counted the tablets to make sure I have enough to overdose.",
        "Looking up the highest bridges in the city. I need to know which one for my last trip.",
        "I wish I could not exist for a week, or forever. I want to die.",
        "I'm done, not with life but with trying, and I want to kill myself tonight.",
        "My therapist asked if I've had thoughts of harming myself. Honestly, no. But tonight I want to kill myself.",
    ])
    func c16DangerBesideTheGuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    // The guards crisis-11 added for a dev set's false alarms (a dead
    // social life, suicide runs, dying if a cake fails, dying on stage,
    // living a long time, a belief or a letter told as over, an urge ridden
    // out, relapsing into junk food, nothing stupid, a thousand cuts): each
    // must leave plain danger in its own words alone.
    @Test(arguments: [
        "My social life is dead and I want to die.",
        "Coach made us do suicides at practice and I want to kill myself.",
        "I'm going to die if this cake doesn't rise and I've got the pills ready to die anyway.",
        "I died on stage tonight and now I want to kill myself.",
        "I don't want to live a long time.",
        "I used to believe everyone would be better off without me and now I'm sure of it.",
        "The urge to cut came and I rode it out, but tonight I caved and cut.",
        "Last year I wrote a goodbye letter. Tonight I'm writing another.",
        "Relapsed into cutting again last night.",
        "I'm not going to do anything stupid tonight, don't worry. Maybe tomorrow.",
        "Death by a thousand cuts at work and I cut my arm again tonight.",
    ])
    func dangerBesideThisRoundsGuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    @Test(arguments: [
        "I'm so dead, I forgot Gran's birthday and she's already called twice.",
        "The twins wore me out, I'm dead. Glass of wine and a crossword.",
        "Put my affairs in order for the tax year: receipts filed, bills sorted, pension checked.",
        "Did stand-up at an open mic for the first time. Died on stage. Signing up again next month!",
        "Honestly I'd rather be dead than be seen in the matching jumpers Mum bought for the family photo.",
        "Picked up my prescription and counted the tablets to make sure the pharmacy got it right this time.",
        "Looking up the highest bridges in Europe for our road trip. Millau Viaduct is top of the list.",
        "Kind of wish I could just not exist for a week. Like, be on a remote island with no wifi.",
        "I'm done. Not with life, with Kevin. Blocked him everywhere.",
        "My therapist asked if I'd had thoughts of hurting myself and I could honestly say no.",
        "My therapist asked if I've had thoughts of harming myself. Honestly, no. Just a lot of shame about the party.",
    ])
    func c16GuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }

    @Test(arguments: [
        "My social life is officially dead since the move. Going to try a book club.",
        "Coach made us run suicides and suicide sprints all practice.",
        "I'll die if this bread doesn't rise for the contest.",
        "Died on stage at the comedy club, nobody laughed. Going again next week.",
        "I want to live a very long time, just to annoy my brother.",
        "I used to think everyone would be better off without me, therapy helped me see it differently.",
        "The urge to self harm came last night and I rode it out with a walk. Proud.",
        "Last year I wrote a goodbye letter. Today I wrote a thank you card to the nurse who helped me.",
        "Relapsed into doomscrolling all weekend. Deleting the app.",
        "im not gonna do anything dumb dont worry, just gonna sulk and watch films",
        "The new rules at work are death by a thousand cuts.",
    ])
    func thisRoundsGuardsCalmCasesStayCalm(_ text: String) {
        // The rules alone, and the danger words covered so the learned
        // layer stays quiet whatever its weights: the model's score is not
        // what these guards are for.
        #expect(!Self.check.words.matches(text), "\(text)")
        #expect(Self.check.words.danger(in: text) == .covered, "\(text)")
    }

    /// crisis-18's guards (ids crisis-18-safe-…): a pill organiser, a meme
    /// quote, knocking them dead, dying when someone said yes, an exam on
    /// overdose, "I'm no burden", means thrown out, a belief or a habit told
    /// as over, an urge that passed, "past me", a teenage wish, a date to
    /// quit smoking, an attempt years before a milestone, feeling a burden
    /// after one brunch. The rules alone, so the model's weights don't
    /// decide it; each stays silent here (the old rules flagged every one)…
    @Test(arguments: [
        "\"I'd rather die\" - me, every time someone suggests karaoke.",
        "I died when he said he'd never seen Star Wars.",
        "Studying overdose thresholds for my nursing exam.",
        "I'm not a burden, my mum said so.",
        "Got rid of my old razors. Don't need them anymore.",
        "I used to think they'd all be better off without me. I was wrong.",
        "I used to self harm. I don't anymore.",
        "The urge to cut showed up at lunch. I used my breathing skills and it passed.",
        "At 16 I wanted to die. I'm 30 now and glad I stayed.",
        "Quitting smoking. Picked a date: Monday.",
        "Feel like a burden to my friends after I vented at dinner. They said it's fine though.",
        "Counting my pills for the week into the organiser. Sorted.",
        "Knocked 'em dead at the audition.",
        "Four years ago I tried to end my life. Today I ran my first marathon.",
        "I used to want to vanish forever. Now I just want to vanish into a good book.",
        "I wanted to die when she laughed at my accent. Well, not die. Melt into the floor.",
        "Past me wrote goodbye letters. Present me burned them and I'm staying.",
    ])
    func crisis18GuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.words.matches(text), "\(text)")
    }

    /// …and leaves danger said in the same words alone: the plan, the
    /// relapse or the present wish beside them still brings help.
    @Test(arguments: [
        "Counted out all my pills for the week into a pile. Going to take them all tonight.",
        "I'd rather die. That's me every time I wake up.",
        "I used to want to disappear forever. Lately I want that again.",
        "I died when they said yes, then I overdosed in the hospital toilets.",
        "I wanted to die when he said he was leaving. I still do.",
        "Looked up overdose thresholds for paracetamol. I know how many I need tonight.",
        "I'm no burden? Everyone would be better off without me.",
        "Threw out the blades. Don't need them anymore, not after tonight.",
        "I've thrown out my stuff. Won't need it anymore.",
        "I used to think they'd all be better off without me. Now I know it.",
        "The urge to cut came back. I called my friend but it didn't pass and I did it.",
        "Past me wrote goodbye letters. I'm ready to use them tonight.",
        "At 16 I wanted to die and I still want to.",
        "I've picked a date. I'm ready to end my life.",
        "Two years ago I tried to kill myself. I'm planning to try again.",
        "I'm a burden to everyone after I cried at work. They'd be better off without me.",
        "Knocked them dead at the interview and tonight I want to die.",
        "I tried to kill myself on Sunday. I've been struggling for years.",
    ])
    func crisis18DangerBesideTheGuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.words.matches(text), "\(text)")
    }
}
