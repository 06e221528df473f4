import KeelContent
import KeelCrisisTraining
import Testing
@testable import KeelCoach

/// The crisis check's learned layer: the shipped weights match the
/// fixtures, read back as written, and don't count where the rules'
/// safeguards cover every danger word.
@Suite struct CrisisModelTests {
    static let check = CrisisCheck.load(Harness.content)

    @Test func theModelWasTrainedOnTodaysFixtures() throws {
        let model = try #require(Self.check.model, "Resources/\(CrisisModel.file) is missing or unreadable")
        let fixtures = try CrisisFixtures(directory: CrisisFixtures.sourceDirectory)
        #expect(fixtures.lines.count > 2000, "the fixtures were read")
        #expect(model.fixtures == fixtures.digest, "the fixtures changed since the model was trained: run `make crisis-model`")
    }

    @Test func theWeightsFileReadsBackAsWritten() throws {
        let model = try #require(Self.check.model)
        #expect(model.count > 1000)
        let again = try #require(CrisisModel(text: model.text))
        #expect(again.text == model.text)
        for line in ["i want to die tonight", "train tracks after work. final", "had soup, then a walk"] {
            #expect(again.score(line) == model.score(line))
        }
        #expect(CrisisModel(text: "format 1\nbias x\n") == nil, "a damaged file is refused, not half read")
    }

    /// The veto: where every danger word is covered by a safeguard, the model's score doesn't count on that sentence.
    @Test func theRulesSafeguardsVetoTheModel() {
        expectDanger(
            standing: ["i want to die", "train tracks after work. final", "nobody would care if i was gone"],
            covered: [
                "I could die of embarrassment", "my grandfather died last spring", "I'd never kill myself",
                "the hero dies at the end of the film",
            ])
        #expect(Self.check.words.danger(in: "had soup, then a walk") == .none)
    }

    /// Each text's danger words left standing, or all covered by a safeguard.
    func expectDanger(standing: [String], covered: [String]) {
        let words = Self.check.words
        for text in standing { #expect(words.danger(in: text) == .standing, "\(text)") }
        for text in covered { #expect(words.danger(in: text) == .covered, "\(text)") }
    }

    /// Lines that affirm life hold no danger word standing, and a safe phrase
    /// says what they are about: the model, which took them for wishes, doesn't count there.
    @Test func aLifeSaidWithGratitudeIsNotTakenForAWish() throws {
        let check = Self.check
        let model = try #require(check.model)
        for calm in ["I want to stop caring what they think", "grateful to be alive", "so glad I'm still here"] {
            #expect(check.words.danger(in: calm) == .covered, "\(calm)")
            #expect(!check.matches(calm), "\(calm)")
        }
        #expect(model.says("I want to stop caring what they think"), "the model alone would say help: pick a line it takes for a wish")
        #expect(check.matches("grateful to be alive? no. i want to die"), "a wish beside the guard still brings help")
        // In a longer entry a safe phrase in one sentence doesn't silence the model over the next.
        let entry = "Need to stop worrying about money. I've sorted everything for after, tonight's the night."
        #expect(check.words.danger(in: entry) == .none)
        #expect(!check.words.matches(entry), "a rule now names this: pick a line only the model finds")
        #expect(check.matches(entry), "\(entry)")
    }

    /// A guard silences only its own sentence: the model still counts on
    /// what is left ("I'm ready to go now" after a figure of speech or a
    /// denial), and a calm rest stays calm.
    @Test func aGuardedSentenceLeavesTheRestToTheModel() {
        let check = Self.check
        for danger in [
            "I could die of embarrassment. I'm ready to go now and I've sorted everything for after.",
            "I'd never kill myself. But I've sorted everything for after and I'm ready to go.",
        ] {
            #expect(check.words.danger(in: danger) == .covered, "\(danger)")
            #expect(!check.words.matches(danger), "a rule now names this: pick a line only the model finds")
            #expect(check.matches(danger), "\(danger)")
        }
        for calm in [
            "I could die of embarrassment. Anyway I'm off to the cinema tonight with Sam.",
            "My grandfather died last spring. We planted a tree for him today.",
            "I'd never kill myself. I love my life and my dog.",
        ] {
            #expect(!check.matches(calm), "\(calm)")
        }
    }

    /// A denial of going on living is the danger itself, not a denial of it:
    /// the model's score counts there.
    @Test func aDeniedLifeIsNoCoveredDanger() {
        // A denied waking with a time of day after it is a morning's plan;
        // "anymore" after a denied danger word goes with it: a recovery.
        expectDanger(
            standing: ["I don't want to live past tonight", "I won't wake up tomorrow", "I don't want to exist anymore"],
            covered: [
                "I don't want to die", "I'd never kill myself", "i dont wanna wake up early tmrw, it's my day off",
                "I don't want to die anymore", "I don't want to kill myself anymore, I've come so far",
            ])
    }

    /// The model brings help where no rule fires, and not for a calm line or a covered look-alike.
    @Test func theModelFindsWhatTheRulesMiss() {
        let check = Self.check
        for missed in ["idk how much longer i can keep existing", "my life insurance would help them more than i do"] {
            #expect(!check.words.matches(missed), "a rule now names this: pick another line the rules miss")
            #expect(check.matches(missed), "\(missed)")
        }
        for calm in ["had soup, then a long walk", "I could die of embarrassment", "my grandfather died last spring"] {
            #expect(!check.matches(calm), "\(calm)")
        }
    }

    /// The model sets aside a rule's match only in a long entry it reads as
    /// calm throughout: a past told as over stays calm, but a danger clause
    /// inside an ordinary day, or a short plain statement, still brings help.
    @Test func theModelOverrulesARuleOnlyInALongEntryCalmInEveryClause() throws {
        let check = Self.check
        let model = try #require(check.model)
        let past =
            "Five years ago I took an overdose and spent a week on a ward. This morning I ran my first half marathon with my brother cheering at the finish. Pasta, a hot bath and an early night."
        #expect(check.words.matches(past), "a rule fires here: pick a line where one does")
        #expect(check.modelOverrules(past))
        #expect(!check.matches(past))
        // The whole entry reads as calm, but one clause doesn't: the rule stands.
        for buried in [
            "Had a lovely lunch with my aunt, we laughed about the wedding photos and planned a trip to the coast in spring, then I came home and took all my pills, and now I'm watching a cooking show.",
            "Lovely walk by the river with the dog this morning, bought fresh bread and flowers at the market and had a long chat with my neighbour about her garden. I'm going to swallow the whole bottle.",
        ] {
            #expect(check.words.matches(buried), "\(buried)")
            #expect(model.score(buried) < check.overruleBelow, "the whole scores calm: pick a line where it does")
            #expect(!check.modelOverrules(buried), "\(buried)")
            #expect(check.matches(buried), "\(buried)")
        }
        // A short sentence holding a rule's match is never set aside, nor a
        // plan split by commas, however calm the rest (the review's cases).
        var loose = check
        loose.overruleBelow = 99
        loose.overruleClauseBelow = 99
        for short in [
            "Lovely walk by the river with the dog this morning, bought fresh bread and flowers at the market and had a long chat with my neighbour about her garden. Kms.",
            "Lovely walk by the river with the dog this morning, bought fresh bread and flowers at the market and had a long chat with my neighbour about her garden. Kill myself.",
        ] {
            #expect(check.words.matches(short), "\(short)")
            #expect(!loose.modelOverrules(short), "\(short)")
        }
        // Never in a short line, whatever the model makes of it.
        var sure = check
        sure.overruleBelow = 99
        sure.overruleClauseBelow = 99
        #expect(!sure.modelOverrules("I'm going to swallow the whole bottle."))
        #expect(sure.matches("I'm going to swallow the whole bottle."))
        #expect(sure.modelOverrules(past), "the same settings do overrule a long entry")
    }
}
