import Testing
@testable import KeelCoach

/// Three sets of 400 sentences (200 help, 200 calm) written by people who
/// had never seen keel, measured on arrival before a line was read, then
/// tuned on by kind (the rules name word classes, not these sentences):
/// - crisis-final-released.tsv, the last held-out set, released for tuning:
///   0.925 recall and 0.075 false alarms on arrival;
/// - crisis-blind-dev2.tsv, teen and young-adult chat: 0.720 and 0.060
///   on arrival;
/// - crisis-blind-dev3.tsv, adult, formal, non-native and euphemistic:
///   0.580 and 0.100 on arrival.
/// After the rules were widened by kind: 0.995 and 0.000, 0.995 and 0.000,
/// 0.990 and 0.000. Being tuned on, these figures flatter; the floors stop
/// them getting worse. crisis-kinds.tsv holds fresh paraphrases of each
/// kind and their harmless look-alikes, written before they were measured
/// (0.922 and 0.038 then); crisis-kinds-2.tsv and -3.tsv are two more
/// rounds, each written after the one before was tuned (0.867 and 0.080,
/// then 0.900 and 0.067, on arrival), and -4.tsv pairs subtle help lines
/// with near-twins that are calm (0.400 and 0.050 on arrival), -5.tsv has
/// friends at risk, non-native English and slang (0.667 and 0.000), -6.tsv
/// formal euphemism and teen chat, each beside a calm twin (0.500 and
/// 0.100), -7.tsv cues spread over a message, in twins (0.267 and 0.067,
/// after the message-wide rules for means, a time and a farewell): the honest
/// guess for unseen text lies nearer the arrival figures than the tuned ones.
extension CrisisCorpusTests {
    @Test func theReleasedHeldOutSetIsCaught() throws {
        try measure("crisis-final-released.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.99, falseAlarmsAtMost: 0.01)
    }

    @Test func theChatStyleSetIsCaught() throws {
        try measure("crisis-blind-dev2.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.99, falseAlarmsAtMost: 0.01)
    }

    @Test func theFormalAndEuphemisticSetIsCaught() throws {
        try measure("crisis-blind-dev3.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.98, falseAlarmsAtMost: 0.01)
    }

    /// Two more sets kept away from tuning and then released (held2, held3),
    /// and dev4, measured untouched on arrival (0.825 recall, 0.085 false
    /// alarms); tuned on by kind since, so these floors only stop regressions.
    @Test func theLaterReleasedSetsAreCaught() throws {
        try measure("crisis-held2-released.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.99, falseAlarmsAtMost: 0.015)
        try measure("crisis-held3-released.tsv", helpAtLeast: 150, calmAtLeast: 150, recallAtLeast: 0.98, falseAlarmsAtMost: 0.01)
        try measure("crisis-blind-dev4.tsv", helpAtLeast: 200, calmAtLeast: 200, recallAtLeast: 0.97, falseAlarmsAtMost: 0.025)
    }

    /// Eighteen more sets (1 December 2026), each from a writer who never saw
    /// keel: app fields, hard look-alikes, long entries, phone fragments,
    /// teens, adults, varieties of English, self-harm and passive wishes,
    /// and (dev14, 300 calm and 100 help) the words of keel's own practices.
    /// Measured untouched on arrival (recall 0.21 to 0.81 by the rules, 0.370
    /// to 0.890 with the model); the model has learned from them since, the
    /// rules not. These floors only stop regressions; the honest figures
    /// are CrisisLeaveOneOutTests'.
    @Test func theNewestSetsHoldWhereTheyAre() throws {
        let floors: [(String, Double, Double)] = [
            // Where they stand since dev18-dev22 joined the fixtures and the model no longer overrules a
            // rule in a short sentence or a plan split by commas (a line or two moved each way).
            // With this round's six sets of rules merged and the model retrained on them all (1-2 December),
            // dev7 and dev10 each take two calm lines more (0.025 -> 0.035, 0.12 -> 0.13) while their recall holds.
            ("5", 0.58, 0.06), ("6", 0.74, 0.05), ("7", 0.805, 0.035), ("8", 0.885, 0.09), ("9", 0.845, 0.085),
            // Since dev23 and kinds-8 joined (crisis-11), the retrained model moves a borderline line or two
            // in three older sets (the rules find the same or more in each): dev10 0.915 to 0.91, dev12's
            // false alarms 0.07 to 0.075, dev13 0.87 / 0.01 to 0.86 / 0.015.
            // crisis-17 lets the model count on what a guard leaves (three help lines more in dev11, 27
            // over all fixtures with its other mends); one calm line comes with them: "My mother's last
            // words ... engraved on a little plaque", whose rest the model scores 2.06. Hence dev11's
            // false alarms 0.085 -> 0.09.
            // With dev34 in the training (crisis-19), the model takes one calm line more in dev11 ("I stood by
            // the snacks for an hour and nobody spoke to me", no rule) while its recall rises (0.745 -> 0.760).
            // With dev35 in the training (crisis-20) one calm line in dev11 crosses the threshold
            // ("I've decided I'm allowed to skip the next one"): 0.085 -> 0.09.
            // The model retrained with dev33 (crisis-18) no longer overrules one long entry told as over
            // in dev11, whose rules alone hold at 0.085: 0.085 -> 0.09.
            ("10", 0.91, 0.13), ("11", 0.72, 0.095), ("12", 0.81, 0.075), ("13", 0.86, 0.015), ("14", 0.91, 0.03),
            // Quiet arrangements, long entries, slang and varieties of English (on arrival: 0.370 / 0.030, 0.855 / 0.130, 0.780 / 0.095).
            ("15", 0.43, 0.025), ("16", 0.895, 0.125), ("17", 0.82, 0.085),
            // Five sets in a tester's voice (direct and indirect, slang, typos, look-alikes), whose
            // misses the rules were written from: on arrival 0.885 / 0.055, 0.835 / 0.065,
            // 0.910 / 0.060, 0.905 / 0.045 and 0.855 / 0.085.
            ("18", 0.975, 0.03), ("19", 0.93, 0.015), ("20", 0.975, 0.03), ("21", 0.97, 0.015), ("22", 0.975, 0.015),
            // App fields (dev30) and people who don't say it plainly (dev31): the crisis-16 rules were
            // written from their misses, so these are in-sample floors. On arrival 0.830 / 0.050 and
            // 0.775 / 0.095 (rules alone 0.715 / 0.040 and 0.665 / 0.120).
            ("30", 0.96, 0.025), ("31", 0.92, 0.06),
            // The model retrained with dev30 and dev31 (which count someone else's danger now as help,
            // where older sets count it calm) moved a line near the threshold in dev11 (one calm line
            // more) and dev19 (one help line fewer): 0.080 -> 0.085 and 0.935 -> 0.930.
            // A sixth in a tester's voice (plans and means said in passing, self-harm in counts and
            // details, ambivalence, an inner voice, sport and recovery look-alikes): crisis-11 wrote
            // rules and calm guards from its misses, so this is in-sample. On arrival 0.795 / 0.050
            // (rules alone 0.655 / 0.095).
            ("23", 0.995, 0.01),
            // A journal voice: long entries with the danger said in passing, whose misses the rules
            // were written from (crisis-12; on arrival 0.715 / 0.090 rules alone, 0.850 / 0.055 with the model).
            ("24", 0.975, 0.04),
            // A texting voice (slang, dropped letters, look-alikes); crisis-13's rules were written from its
            // misses: on arrival 0.875 / 0.055 (rules alone 0.790 / 0.065).
            ("25", 0.97, 0.01),
            // In the voice of people just left out, snubbed or ghosted (ordinary hurt calm, hurt
            // turned to danger help); the rules were written from its misses: on arrival
            // 0.750 / 0.090 by the rules alone and 0.850 / 0.070 with the model.
            ("26", 0.98, 0.025),
            // Half-denials, passive wishes, arrangements and look-alikes; the rules were written from its
            // misses (on arrival 0.815 / 0.050 with the model, 0.660 / 0.075 rules alone).
            ("27", 0.88, 0.025),
            // Two more blind sets (many voices; a tester out to catch the check) from which no rule was
            // written: on arrival 0.875 / 0.060 and 0.835 / 0.050; with this round's rules from the
            // other sets merged, before they joined the training, 0.925 / 0.050 and 0.870 / 0.045.
            // People who understate (older men, tired parents, students far from home, nurses, English
            // as a second language): crisis-21 wrote rules and calm guards from its misses, so this is
            // in-sample. On arrival 0.855 / 0.050 with the model (rules alone 0.755 / 0.090).
            ("36", 0.99, 0.03),
            // Self-harm and means beside calm texts about the same objects in daily life (dev34); crisis-19
            // wrote rules and calm guards from its misses, so this is in-sample. On arrival 0.805 / 0.080
            // (rules alone 0.725 / 0.100).
            ("34", 0.97, 0.005),
            // With dev35 in the training (crisis-20) the model lets one help line of dev28 fall below
            // the threshold (standing on a bridge "working out which side is deeper"): 0.93 -> 0.925.
            // With dev32 (training only) and this round's four sets in the training, dev28 takes
            // one calm line more (0.04 -> 0.05) and dev11 one (0.09 -> 0.095).
            ("28", 0.925, 0.05), ("29", 0.875, 0.045),
            // Quiet arrangements and farewells that never say death, beside their calm look-alikes
            // (a move, a will, a leaving party); crisis-20's rules were written from its misses, so
            // this is in-sample. On arrival 0.825 / 0.070 with the model, 0.700 / 0.070 rules alone.
            ("35", 0.97, 0.035),
            // Denials that hold and ones that don't, hedges and times (crisis-18): the rules and calm
            // guards were written from its misses, so this floor is in-sample. On arrival 0.875 / 0.075
            // with the model (rules alone 0.820 / 0.080).
            // (The model, trained with all of this round's sets, takes four of its calm lines: 0.02.)
            ("33", 0.985, 0.02),
            // A tester's twenty everyday ways each side (dev32), the blind check of all four of this
            // round's rule writers; no rule was written from it. On arrival 0.850 / 0.080; with the
            // four sets' rules merged, before it joined the training, 0.850 / 0.065.
            ("32", 0.87, 0.065),
        ]
        for (n, recall, falseAlarms) in floors {
            try measure("crisis-blind-dev\(n).tsv", helpAtLeast: 100, calmAtLeast: 200, recallAtLeast: recall, falseAlarmsAtMost: falseAlarms)
        }
    }

    @Test func eachKindHoldsOnFreshParaphrases() throws {
        // Two calm lines with no word of death the learned layer takes for
        // wishes since it learned the later sets ("can't stop myself from
        // snacking tonight"); a margin for such lines cost more help lines
        // than it saved (CrisisCheck.noDangerMargin).
        try measure("crisis-kinds.tsv", helpAtLeast: 60, calmAtLeast: 50, recallAtLeast: 0.98, falseAlarmsAtMost: 0.04)
        // One calm line the model takes since the nine newest sets: "I'm going to do it tonight, the tax return can't wait".
        // And one at the threshold of 1.25: "Thinking about it, the blue paint would look better in the hall",
        // and "This is going to be my last one, I promised myself only two drinks" (a calm guard for it
        // would have silenced "a drink alone... this is my last one, I've decided": CrisisCalmGuardTests).
        try measure("crisis-kinds-2.tsv", helpAtLeast: 30, calmAtLeast: 50, recallAtLeast: 1.0, falseAlarmsAtMost: 0.06)
        try measure("crisis-kinds-3.tsv", helpAtLeast: 20, calmAtLeast: 30, recallAtLeast: 1.0, falseAlarmsAtMost: 0.0)
        // Ordinary rejection said as "nobody wants me there" beside the same words turned to danger
        // (2 December: the retrained model had taken keel's own test sentence for a wish).
        try measure("crisis-kinds-9.tsv", helpAtLeast: 6, calmAtLeast: 18, recallAtLeast: 1.0, falseAlarmsAtMost: 0.06)
        // One calm line the model takes at the threshold of 1.25: "I have the pills in my bag in case my migraine comes back".
        try measure("crisis-kinds-4.tsv", helpAtLeast: 20, calmAtLeast: 20, recallAtLeast: 1.0, falseAlarmsAtMost: 0.05)
        try measure("crisis-kinds-5.tsv", helpAtLeast: 15, calmAtLeast: 15, recallAtLeast: 1.0, falseAlarmsAtMost: 0.0)
        // One calm line the model takes since dev30 and dev31 joined: "Everything is ready for the party tonight!"
        try measure("crisis-kinds-6.tsv", helpAtLeast: 20, calmAtLeast: 20, recallAtLeast: 1.0, falseAlarmsAtMost: 0.05)
        // One line left: "my plan is set for friday, nobody needs to know"
        // reads the same as a surprise being planned.
        // And one calm line the model takes since the newest sets: "I've written my last entry for the travel blog. Ready for home!"
        try measure("crisis-kinds-7.tsv", helpAtLeast: 15, calmAtLeast: 15, recallAtLeast: 0.93, falseAlarmsAtMost: 0.07)
        // Written with the rules for dev23's kinds (crisis-11). One help line the model sets aside
        // ("My mum noticed the marks and I lied and said it was the cat"), and five calm lines: one
        // older rule's ("not going to be here for Christmas, we're off to Spain": Spain is no word
        // of being away) and four the model takes ("couldn't stop thinking about it" after a comment
        // that "cut too deep", a nose that "wouldn't stop bleeding", "I'd already be home", cake); six since all of this round's rules were merged.
        try measure("crisis-kinds-8.tsv", helpAtLeast: 60, calmAtLeast: 60, recallAtLeast: 0.98, falseAlarmsAtMost: 0.10)
    }
}
