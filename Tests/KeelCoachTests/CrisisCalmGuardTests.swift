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

    /// crisis-21's guards (ids crisis-21-safe-…), written from an understated
    /// dev set's false alarms: a screening question answered "no", a streak
    /// of days relapse-free, a nurse's overdose patient or a patient's
    /// question, a jump off a cliff for a pastry, an old self let die, dying
    /// inside a little, and "kms" named as someone else's slang. Rules alone,
    /// and the danger words covered, so the model's weights don't decide it.
    @Test(arguments: [
        "Therapist asked if I have thoughts of ending my life. Honestly no. Lonely yes.",
        "Relapse-free for 500 days and still proud of it.",
        "Night shift: overdose patient in bay 3, stable by morning. Wrote up handover and went home.",
        "Patient asked me if dying hurts. I held her hand.",
        "I'd jump off a cliff for a good croissant right now.",
        "Today I'm letting my old self die and starting fresh, new haircut, new gym.",
        "Nobody talked to me for the first twenty minutes and I died inside a little.",
        "kms is what my sister texts when her team loses.",
    ])
    func crisis21GuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.words.matches(text), "\(text)")
        #expect(Self.check.words.danger(in: text) == .covered, "\(text)")
    }

    /// Danger in the words of crisis-21's guards: a "no" that is taken back
    /// or followed by a plan, a streak that ended, a nurse who names her own
    /// pills, a patient's question beside the speaker's wish, a cliff "for"
    /// peace, slang owned by the speaker, and a blow with fists.
    @Test(arguments: [
        "the GP asked me if I had thoughts of killing myself and I told them no. I'm doing it this weekend",
        "the doctor asked if I'd had thoughts of ending it. no. I've already decided, it's tomorrow",
        "She asked if I have thoughts of suicide. No plan, but most days yes.",
        "I was relapse-free for 500 days until last night, when I cut again.",
        "Overdose patient in bay 3 tonight and I keep thinking about taking all my pills the same way.",
        "My daughter asked me if dying hurts. I want to die tonight.",
        "I'd jump off a cliff for a bit of peace, I want to die tonight.",
        "Letting my old self die. Tonight I want to die for real.",
        "I died inside a long time ago and I want to kill myself.",
        "kms is what I want to do tonight.",
        "Hit myself in the face with my fists until it bruised.",
    ])
    func crisis21DangerBesideTheGuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }
    /// crisis-19's guards (ids crisis-19-safe-…), one for each calm kind behind
    /// dev34's false alarms: a "one more time" hyperbole about a song or an
    /// advert, dying halfway through a workout, a cliff jumped off for a coffee,
    /// an attempt told as long over, a "no" to a doctor's question, a count of
    /// years since the last time, an urge ridden out, a belief told as wrong,
    /// tablets counted for patients, into an organiser or by a pharmacist, a
    /// talk about death, a bad week, a person given up on, a burden of moaning,
    /// scratches from thorns, affairs sorted with an accountant, the edge of a
    /// path, a tattoo over old scars. Danger said beside each guard's words
    /// must still be heard ("one more time" said of being hurt, a tracker at
    /// zero days).
    @Test(arguments: [
        "If I have to go through one more day like this I'll kill myself, and I mean it, I have the pills.",
        "I died halfway through the run and I want to die for real, I've got the pills ready.",
        "I'd jump off a bridge for a coffee and tomorrow I'm going to jump off it for real.",
        "When I was sixteen I attempted suicide. I'm thinking about it again lately.",
        "My doctor asked if I'd thought of hurting myself and I said no but I lied.",
        "Two years since I last cut myself and tonight I want to again.",
        "I had a relapse thought and instead of acting on it I went for a walk, but later I cut anyway.",
        "I used to think everyone would be better off without me. I was wrong, but lately I believe it again.",
        "I nearly jumped off the bridge five years ago and I was grateful I didn't, but tonight I'm going back to the bridge to jump.",
        "Counted out the tablets for the care home and kept enough back to take tonight.",
        "Counted my pills into the organiser, saving the extra ones to take all at once.",
        "The chaplain said something today about death, and I want to die.",
        "I'm sick of everything today, I want to die.",
        "No point trying with anyone anymore, I want to die.",
        "Feeling like a burden to my family because I keep talking about wanting to die.",
        "Scratched my arms on purpose and told mum it was the brambles.",
        "Got my affairs in order with the accountant and wrote my goodbye letters.",
        "Stood on the edge of the cliff path and thought about jumping.",
        "The urge to cut came back and I gave in last night.",
        "Got a tattoo over my self-harm scars and then cut again last night.",
        "If he cheats on me one more time I'll kill myself.",
        "Tracking it on my habit app: days since I last hurt myself, currently zero.",
        "The pharmacist counted my pills, and I have enough to end it tonight.",
    ])
    func crisis19DangerBesideTheGuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    @Test(arguments: [
        "If I have to sit through that advert one more time I'll shoot myself. Not really, it's just so annoying.",
        "Leg day was brutal, I basically died halfway through the squats.",
        "I'd jump off a bridge for a proper pint right now.",
        "When I was fifteen I attempted suicide. Twenty years on I'm married with a son and glad I'm still here.",
        "My GP asked whether I'd ever thought of hurting myself and I could say no and mean it.",
        "Three years since I last cut myself. I keep the scars as a reminder of how far I've come.",
        "I had a relapse thought after work and instead of acting on it I made tea.",
        "I used to believe my family would be better off without me. I was wrong, and they proved it at my wedding.",
        "Visited the cliff where I nearly jumped eight years ago, with my partner, and felt grateful.",
        "Night shift on the ward, I counted out the evening tablets for the patients.",
        "Counted my tablets into the weekly organiser before the holiday.",
        "The vicar spoke at length about death at Gran's service, it was beautiful.",
        "Sick of everything this week, the boiler, the trains, the rain. Takeaway for dinner.",
        "No point waiting on him anymore, he's never going to text back.",
        "I feel like a burden to my flatmates because I keep moaning about work. I'll ask them.",
        "Scratched my legs on the nettles walking the dog.",
        "Got my affairs in order with the solicitor, the house sale is finally done.",
        "Sat on the edge of the coast path with the kids eating ice cream.",
        "The urge to self harm came after the argument, I texted my friend and it passed.",
        "Got a tattoo over my self-harm scars, a swallow for freedom.",
        "The pharmacist counted my pills twice to be sure.",
    ])
    func crisis19GuardsCalmCasesStayCalm(_ text: String) {
        // The rules alone: each of these matched a danger phrase before its guard.
        #expect(!Self.check.words.matches(text), "\(text)")
    }
    /// crisis-20's guards (ids crisis-20-safe-…) for a dev set of quiet
    /// farewells and their calm look-alikes: a laugh that "nearly killed"
    /// the speaker, a screening question answered no, relapse prevention as a
    /// routine, an app left for a paper planner; and two guard lists on
    /// older phrases (a will made at the lawyer's, a rope for a bike hoist).
    @Test(arguments: [
        "Laughed so hard at Tom's impression of the principal I thought I was going to die.",
        "The nurse asked at my check-up if I had thoughts of harming myself. I said no, and it was true.",
        "Therapist asked if I'd thought about hurting myself. Honestly no, not even a flicker. I'm just lonely.",
        "Relapse prevention check: no self-harm for 500 days. Still using the rubber band trick when I feel the itch.",
        "This is my last check-in on this app. Switching to a paper planner. Thanks for three good years.",
        "Made a will at the lawyer's because my financial advisor kept nagging. Now I can stop thinking about it.",
        "Got a rope and pulleys for the garage so I can hang the bikes from the ceiling. Loads of floor space now.",
        // The guards crisis-20 narrowed still hold their own calm cases.
        "Died about five times on the last level.",
        "Things I want to see before I go: Japan, the Northern Lights, a proper volcano.",
    ])
    func crisis20GuardsCalmCasesStayCalm(_ text: String) {
        #expect(!Self.check.words.matches(text), "\(text)")
    }

    /// Danger in the same words must still be heard, and the three older
    /// guards crisis-20 narrowed no longer silence what they used to: a
    /// voice saying "kill yourself" (`safe-the-word` took "saying kill" for
    /// a word being talked about), thinking of dying "many times a day"
    /// (`safe-died-times`, a game's lives), and affairs settled "before I go"
    /// (`safe-before-i-die`, a bucket list).
    @Test(arguments: [
        "Laughed so hard at his joke I thought I was going to die, and I want to die for real, the pills are ready.",
        "The nurse asked if I had thoughts of harming myself. I said no but I lied, I'm going to do it tonight.",
        "Relapse prevention plan failed, I relapsed and cut again last night.",
        "This is my last check-in on this app. Goodbye, I'm done with everything forever.",
        "Made a will at the lawyer's today and wrote my goodbye letters, I'm going to kill myself on Sunday.",
        "Got a rope for the garage and I'm going to hang myself with it tonight.",
        "My brain keeps saying kill yourself, and today I'm agreeing with it.",
        "I keep saying I'm fine but I think about dying every day, multiple times a day.",
        "Paid off the credit card and closed the account. Wanted everything settled before I go.",
    ])
    func dangerBesideCrisis20GuardsStillBringsHelp(_ text: String) {
        #expect(Self.check.words.matches(text), "\(text)")
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

    /// The second review of 2 December: guards that gave way to nothing
    /// beside them now give way to a day, a plan or a decision (a screening
    /// "no" with Sunday decided, dying halfway through a match "that's the
    /// plan", a bridge jumped "for the peace of it", an old self let die
    /// "with the rest of me", past me's note and present me's, an overdose
    /// "to know how many to take")…
    @Test(arguments: [
        "The nurse asked if I'd hurt myself, I said no, I'd already decided Sunday",
        "I'll be dead halfway through the match on Saturday, that's the plan",
        "I would jump off a bridge for the peace of it, Saturday, the one by the station",
        "I'm letting my old self die on Saturday, along with the rest of me",
        "I died inside. Saturday the rest of me follows.",
        "past me wrote a goodbye note, present me is writing another one",
        "overdose symptoms are on the pharmacology exam, I'm studying them to know how many to take",
    ])
    func dangerBesideTheSecondReviewsGuardsBringsHelp(_ text: String) {
        #expect(Self.check.matches(text), "\(text)")
    }

    /// …and rules that took ordinary days for danger are narrowed: a hotel
    /// stay, in-laws, a boss's threat, a long hike, a bridge shut for roadworks.
    @Test(arguments: [
        "I doubt I'll survive past Christmas with my in-laws staying",
        "I don't want to be here past Friday, this hotel is awful",
        "I don't know about tomorrow, the boss might kill me if the report is late",
        "I'd like to stop, I'm so tired, this hike is endless, I need to sleep",
        "I didn't do it, the bridge was closed for roadworks so I drove round",
    ])
    func theSecondReviewsLookAlikesStayCalm(_ text: String) {
        #expect(!Self.check.matches(text), "\(text)")
    }
}
