import Testing
import KeelContent
@testable import KeelCoach

/// The crisis matcher's parts, one rule at a time; the corpus test
/// (CrisisCorpusTests) measures them together.
@Suite struct CrisisWordsTests {
    let words = CrisisWords(catalog: Harness.content.catalog("crisis-words"))

    @Test func textIsMadePlainBeforeMatching() {
        let t = words.tokenizer
        #expect(t.words("I dont wanna live") == ["i", "don't", "want", "to", "live"])
        #expect(t.words("kms") == ["kill", "myself"])
        #expect(t.words("k1ll my self") == ["kill", "myself"])
        #expect(t.words("suicde, myslef") == ["suicide", ",", "myself"])
        #expect(t.words("s*icidal") == ["suicidal"])
        #expect(t.words("I just really want it") == ["i", "want", "it"])
        #expect(t.words("diiie") == ["die"])
        #expect(t.words("diee tiired") == ["die", "tired"])
        #expect(t.words("self-harm but not. Now") == ["self", "harm", ",", "not", ",", "now"], "a fragment joins its neighbour")
        #expect(t.words("Pills. Tonight. Done.") == ["pills", ",", "tonight", ",", "done", "."])
        #expect(
            t.words("We went to the lake today. The water was cold and clear.")
                == ["we", "went", "to", "the", "lake", "today", ".", "the", "water", "was", "cold", "and", "clear", "."],
            "sentences of ordinary length keep their full stops")
        #expect(t.words("living giving") == ["living", "giving"], "a word isn't bent into another it doesn't look like")
        #expect(t.words("endin it") == ["ending", "it"], "a dropped g is put back")
        #expect(t.words("kilin myself") == ["killing", "myself"], "a dropped g and a slip in one word")
        #expect(t.words("cabin within") == ["cabin", "within"], "a word in -in that is no slip from one the rules know stays")
        #expect(t.words("im dead 💀") == ["i'm", "dead", "haha"], "a laughing face reads as laughter")
    }

    @Test func formsOfAWordAllCount() {
        for text in ["I kill myself", "she says I'm killing myself slowly", "I nearly killed myself last night", "kills myself"] {
            #expect(words.matches(text), "\(text)")
        }
    }

    @Test func aDenialReachesOnlyAsFarAsTheClause() {
        #expect(!words.matches("I'd never hurt myself"))
        #expect(!words.matches("I'm not going to do anything to harm myself"))
        #expect(!words.matches("Suicide isn't an option for me"))
        #expect(words.matches("not okay, want to die"))
        #expect(words.matches("I'm not fine but I want to die"))
        #expect(words.matches("no i want to die"), "an answer, not a denial")
        #expect(words.matches("I'm not sure I want to live"), "doubt is not denial")
        #expect(words.matches("I want to die not kidding"))
        #expect(words.matches("I can't go a day without wanting to kill myself"), "a doubled negation is not a denial")
        #expect(words.matches("not sure I'll get through the week without hurting myself"))
        #expect(!words.matches("I went a whole month without hurting myself"))
    }

    /// A denial taken back by a hedge, a condition or a delay leaves the
    /// phrase standing; a firm one, or one followed by the speaker's state,
    /// still denies.
    @Test func aDenialTakenBackIsNoDenial() {
        for text in [
            "I won't kill myself tonight. Maybe tomorrow.", "I'm not going to kill myself, probably",
            "I probably won't kill myself", "maybe I won't hurt myself",
            "I'd never hurt myself. Except lately I keep thinking about how I would.",
            "I won't hurt myself unless she leaves me", "I'm not suicidal yet", "I won't kill myself for now",
            "I'm not going to kill myself, maybe next week",
        ] {
            #expect(words.matches(text), "\(text)")
        }
        for text in [
            "I'd never hurt myself", "I'm not suicidal, just tired", "I'm not suicidal, maybe burnt out",
            "I'm not suicidal, probably just tired", "I'd never hurt myself, maybe I'm overtired",
            "I won't hurt myself. Maybe I'll call my sister tomorrow and go for a long walk.",
            "Suicide isn't an option for me, now or ever",
        ] {
            #expect(!words.matches(text), "\(text)")
        }
    }

    /// Limits, doubts and conditions the older code didn't know (the
    /// review's cases and paraphrases): each takes the denial back. Firm
    /// denials beside look-alike words stay calm: a clause that goes on
    /// past "I think" gives a reason, and "I promise" is no doubt.
    @Test func aDenialLimitedDoubtedOrConditionedIsTakenBack() {
        for text in [
            "I won't kill myself, at least not tonight", "I'm not going to hurt myself, at least for now",
            "I won't kill myself, I think", "I'm not suicidal I guess", "I don't want to die, I don't know",
            "I'm not going to kill myself for the time being", "I won't hurt myself for the moment",
            "I won't hurt myself as long as she stays", "I'd never kill myself so long as my dog is alive",
            "I'm not suicidal most days", "I don't want to die most of the time", "I'm mostly not suicidal",
            "I won't kill myself, not this week anyway", "I'm not going to hurt myself, not today",
            "I won't kill myself. I'm fine for the moment.", "I'm not going to hurt myself, I don't think",
        ] {
            #expect(words.matches(text), "\(text)")
        }
        for text in [
            "I'd never kill myself, I think too much of my mum", "I would never hurt myself, I promise",
            "I'm not suicidal, I think I'm burnt out", "I won't kill myself, not now, not ever",
            "I'm not suicidal, most days are fine now", "I'd never hurt myself, I know that for sure",
            "I'm not suicidal, I'm mostly tired",
        ] {
            #expect(!words.matches(text), "\(text)")
        }
    }

    /// The second review's cases (2 December): a limit, a "while" or a
    /// "before" a time takes a denial back, and a later "always" with a
    /// subject of its own doesn't make it firm again; a delay or a limit
    /// that belongs to something else after a new subject, or a next
    /// sentence about something else, leaves the denial standing.
    @Test func aLimitBelongsToTheDenialOnlyInItsOwnWords() {
        for text in [
            "I won't kill myself before Christmas", "I won't kill myself while my dog is still alive",
            "I wouldn't kill myself, at least not while the kids are small", "I'm not going to hurt myself for a while",
            "I'm not going to kill myself for now anyway", "I won't kill myself yet, I always keep my promises to myself",
            "I won't hurt myself. I'm fine for now.",
        ] {
            #expect(words.matches(text), "\(text)")
        }
        for text in [
            "I'm not suicidal, I'm just sad at the moment", "not suicidal, just tired most days",
            "I don't want to die. I just want a holiday for now.", "I won't hurt myself. I'm on the waiting list for now.",
            "I won't hurt myself, at least now I have a therapist", "I'm not suicidal, at least today I got out of bed",
            "I'm not suicidal, not this kind of sad", "I've never hurt myself before",
            "I'm not going to kill myself, before anyone asks.", "I don't want to die before I see Japan",
        ] {
            #expect(!words.matches(text), "\(text)")
        }
    }

    /// "until", "unless" and "except" take a denial back only where they
    /// belong to the denied act: in its clause, or opening the next clause
    /// or sentence; a new verb phrase of their own keeps the denial firm.
    @Test func aConditionCountsOnlyWhereItAttachesToTheDenial() {
        for text in [
            "I won't hurt myself unless she leaves me", "I won't kill myself until the kids are grown",
            "I'm not going to kill myself, not until after Christmas", "I'd never hurt myself, unless things get worse",
            "I won't kill myself, at least not until Friday", "I'd never hurt myself. Unless she leaves.",
        ] {
            #expect(words.matches(text), "\(text)")
        }
        for text in [
            "I'd never kill myself, I'll stay in bed until noon", "I'd never hurt myself, we're waiting until spring to move",
            "I won't hurt myself and I'll call you unless the line is busy",
            "I'm not suicidal. I'm staying at my sister's until Sunday.",
            "I'd never kill myself, my mum won't let me leave the table until I've eaten",
            "I won't hurt myself for as long as I live", "I'd never kill myself, I think too much of my mum",
        ] {
            #expect(!words.matches(text), "\(text)")
        }
    }

    /// Going on living past a near date, said outright or as a denial of
    /// living ("I won't live past Friday"); an age, a budget or an everyday
    /// hurdle stays calm.
    @Test func notLivingPastANearDateBringsHelp() {
        for text in [
            "I don't want to live past tonight", "I don't want to live past Friday", "I won't make it past my birthday",
            "I won't live past the weekend", "i dont want to be here past christmas", "I can't see myself living past next week",
        ] {
            #expect(words.matches(text), "\(text)")
        }
        for text in [
            "I don't want to live past 90", "I won't make it past the first round of interviews",
            "I don't want to stay past midnight at the party", "I won't make it past security with this bag",
            "I won't last past Friday at this job",
        ] {
            #expect(!words.matches(text), "\(text)")
        }
    }

    @Test func aPhraseAboutSomeoneElseDoesNotCount() {
        #expect(words.matches("I want to jump off the bridge"))
        #expect(!words.matches("The film ends with him jumping off a bridge"))
        #expect(!words.matches("My grandmother wants to die at home"))
        #expect(words.matches("My grandmother died and I want to die too"))
        #expect(!words.matches("A documentary about wanting to die"))
        #expect(words.matches("they'd all be better off without me"), "a phrase that names the speaker counts whoever else is named")
        #expect(!words.matches("Two years since Maya's suicide"), "a name's 's is whose")
        #expect(words.matches("it's suicide or this"), "an 's that is \"is\" names no one")
    }

    @Test func aFigureOfSpeechAroundAPhraseIsSafe() {
        #expect(!words.matches("I cut myself shaving"))
        #expect(words.matches("I cut myself again"))
        #expect(!words.matches("I could die of embarrassment"))
        #expect(!words.matches("cross my heart and hope to die"))
        #expect(words.matches("I hope to die"))
    }

    @Test func aLongEverydayDayFullOfFiguresOfSpeechBringsNoHelp() {
        #expect(!words.matches(CrisisWords.calmDay))
        for sentence in CrisisWords.calmDay.split(separator: ".") {
            #expect(!words.matches(String(sentence)), "\(sentence)")
        }
    }

    @Test func withoutReadableRulesTheMostDirectWordsStillBringHelp() {
        let none = CrisisWords(catalog: nil)
        #expect(!none.isEmpty)
        for sentence in ["I want to die", "i keep thinking about killing myself", "I feel suicidal", "kms", "I want to end my life"] {
            #expect(none.matches(sentence), "\(sentence)")
        }
        for sentence in ["I'd never kill myself", "my phone died", "I killed it at the talk"] {
            #expect(!none.matches(sentence), "\(sentence)")
        }
    }

    @Test func oneRuleThatCannotBeReadLeavesTheOthersWorking() throws {
        let json =
            #"{"format": 1, "id": "crisis-words", "title": "T", "items": ["#
            + #"{"id": "me", "label": "i | me | myself", "tags": ["words"]}, {"id": "broken", "label": "end (it | things"}, "#
            + #"{"id": "hurt", "label": "hurt~ myself"}]}"#
        let (catalog, errors) = Catalog.load(Array(json.utf8), file: "crisis-words.json")
        #expect(errors.count == 1, "the broken rule is named: \(errors)")
        let words = CrisisWords(catalog: try #require(catalog, "the catalog still loads"))
        #expect(words.matches("I keep wanting to hurt myself"))
        #expect(!words.matches("I want to die"), "only the rules it has: the built-in ones are for when none can be read")
    }

    @Test func whatSurroundsAPhraseCanDecideIt() {
        #expect(words.matches("I won't be here for your birthday"))
        #expect(!words.matches("I won't be here for your birthday, I'm at a conference"), "an everyday reason in the sentence")
        #expect(words.matches("I won't be here for your birthday. I'm at peace with it."), "a reason must be in the same sentence")
        #expect(!words.matches("Years ago I wanted to die. Now I'm doing well."), "a past the text says is over")
        #expect(words.matches("Years ago I wanted to die and lately it's back."), "a past that has come back")
    }

    @Test func anotherPersonsWordsOrAPurposeAreNotTheSpeakers() {
        #expect(!words.matches("my friend said she wanted to kms over her exam"))
        #expect(words.matches("I told her I want to kms"))
        #expect(words.matches("I've been looking up how long it takes to drown"))
        #expect(!words.matches("I'm looking up how long it takes to drown for a lifeguard course"))
    }

    @Test func theClauseFallbackCatchesUnforeseenWordingsButNotDenials() {
        #expect(words.matches("I'm so worthless I should just die"))
        #expect(words.matches("honestly thinking I might go and overdose"))
        #expect(!words.matches("I don't want to die, I want things to get easier"))
        #expect(!words.matches("My grandfather wanted to die peacefully at home"))
        #expect(!words.matches("I want to see the world before I die"))
    }

    @Test func aFewLanguagesPeopleMixIn() {
        for text in ["quiero morir", "no quiero vivir más", "je veux mourir", "ich will sterben", "ich will mich umbringen"] {
            #expect(words.matches(text), "\(text)")
        }
        for text in ["quiero morir de risa con este video", "je suis mort de rire", "ich bin todmüde"] {
            #expect(!words.matches(text), "\(text)")
        }
    }
}
