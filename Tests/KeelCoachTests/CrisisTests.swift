import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

@Suite struct CrisisTests {
    let words = CrisisWords(catalog: Harness.content.catalog("crisis-words"))

    @Test func crisisPhrasesAreFoundWithCareForNegation() {
        let found = [
            "I want to die",
            "i WANT to DIE.",
            "Some days I think about suicide",
            "I keep thinking I'd be better off dead",
            "I've been self-harming again",
            "I don’t want to be alive anymore",
            "I do not want to live",
            "I'm not sure, but I want to kill myself",
            "I'm not okay. I want to end my life",
            "Not going to lie, I want to die",
            "I don't know if I want to die",
            "never mind, i might hurt myself",
            "they'd all be better off without me",
        ]
        let notFound = [
            "I'm not suicidal, just sad",
            "I would never hurt myself",
            "I'm not going to kill myself",
            "I don't want to die, I want this to stop hurting",
            "I have no plans to harm myself",
            "It killed the mood and I died a little inside",
            "They made plans without me",
            "I'm dying to see that film",
            "Skill myself up at work",
        ]
        for text in found { #expect(words.matches(text), "should find: \(text)") }
        for text in notFound { #expect(!words.matches(text), "should not find: \(text)") }
    }

    @Test func exclamationOpensHelpFromListsButIsALetterInText() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .char("!"))
        #expect(app.top is CrisisScreen)
        h.press(app, .char("!"))
        #expect(app.stack.count == 2, "no second copy on top")
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .escape, .escape)
        #expect(app.top is FlowScreen)
        h.press(app, .enter, .char("3"), .enter, .char("s"))
        #expect(app.top.capturesText)
        h.type(app, "wow!")
        #expect(app.top is FlowScreen)
        #expect(app.render().text.contains("wow!"))
    }

    @Test func oneStrayKeyDoesNotCloseTheCrisisScreen() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        #expect(app.top is CrisisScreen)
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        for key: Key in [.enter, .char("q"), .char(" "), .char("x"), .escape, .char("a"), .escape] {
            h.press(app, key)
            #expect(app.top is CrisisScreen, "\(key)")
        }
        #expect(!app.isFinished)
        #expect(app.render().text.contains("Press Esc again to leave this page."))
        h.press(app, .escape)
        #expect(app.top is HomeScreen)
    }

    @Test func typedWordsOfSelfHarmBringUpHelpAtOnceAndKeepTheAnswer() throws {
        let h = try Harness()
        let app = h.app { FlowScreen(flow: h.flow("reframe"), ctx: $0) }
        h.press(app, .enter, .char("5"), .enter, .char("s"))
        h.type(app, "Nobody came and I want to die")
        h.press(app, .enter)
        #expect(app.top is CrisisScreen)
        #expect(app.render().text.contains("You don't have to hold this alone."))
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .escape, .escape)
        let flow = try #require(app.top as? FlowScreen)
        #expect(flow.session.answers["what"]?.text == "Nobody came and I want to die")
        #expect(flow.step.id == "story", "the flow has moved on")
    }

    @Test func theScreenShowsTheRegionsLinesAndTheRegionCanBeChanged() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        #expect(app.render().text.contains("Numbers that work anywhere. r changes the region."))
        #expect(app.render().text.contains("Find a Helpline: findahelpline.com"))
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .char("r"))
        let picker = try #require(app.top as? RegionScreen)
        let uk = try #require(picker.choices.firstIndex { $0.label == "United Kingdom" })
        h.press(app, .home)
        for _ in 0..<uk { h.press(app, .down) }
        h.press(app, .enter)
        #expect(app.render().text.contains("Use the numbers for United Kingdom?"))
        #expect(h.store.singleton(Settings.self).region == nil, "nothing is kept before Enter")
        h.press(app, .enter)
        #expect(h.store.singleton(Settings.self).region == "GB")
        let frame = app.render().text
        #expect(frame.contains("Numbers for United Kingdom. r changes the region."))
        #expect(frame.contains("Emergency: 999"))
        #expect(frame.contains("Samaritans: Call 116 123, any time, free"))
        #expect(frame.contains("Shout: Text SHOUT to 85258, any time, free"))
    }

    @Test func theLocaleIsAGuessUntilARegionIsPicked() throws {
        let h = try Harness()
        Crisis.install(into: h.ctx, environment: { $0 == "LANG" ? "en_AU.UTF-8" : nil })
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        #expect(app.render().text.contains("Numbers for Australia, guessed from your language settings."))
        #expect(app.render().text.contains("Lifeline: Call 13 11 14, any time"))
    }

    @Test func theSafetyPlanIsFilledInAndShownOnTheCrisisScreen() throws {
        let h = try Harness()
        let app = h.app { HomeScreen($0) }
        h.press(app, .char("!"))
        #expect(app.render().text.contains("Not written yet."))
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .char("p"))
        #expect(app.top is SafetyPlanScreen)
        h.press(app, .enter)
        #expect(app.top.capturesText)
        h.type(app, "Can't sleep, replaying it")
        h.press(app, .tab)
        h.type(app, "A walk; 日本 tea 🍵")
        h.press(app, .escape)
        #expect(!app.top.capturesText)
        let plan = h.store.singleton(SafetyPlan.self)
        #expect(plan[.warningSigns] == "Can't sleep, replaying it")
        #expect(plan[.copingAlone] == "A walk; 日本 tea 🍵")
        h.press(app, .down, .enter)
        h.type(app, "Dana")
        h.press(app, .ctrlC)
        #expect(h.store.singleton(SafetyPlan.self)[.distractions] == "Dana", "closing keel keeps what was typed")
        let again = h.app { HomeScreen($0) }
        h.press(again, .char("!"))
        #expect(again.render().text.contains("Warning signs: Can't sleep, replaying it"))
    }

    @Test func aRockBottomCheckInOpensHelpAtOnce() throws {
        let h = try Harness()
        let app = h.app { CheckInScreen($0) }
        h.press(app, .char("0"), .enter)
        #expect(app.top is CrisisScreen)
        let saved = try #require(h.store.all(CheckIn.self).first)
        #expect(saved.mood == 0)
        #expect(saved.opened == "crisis")
        h.clock.advance(seconds: CrisisScreen.settleSeconds)
        h.press(app, .escape, .escape)
        #expect(app.render().text.contains("That sounds hard. Would one of these help first?"))
    }
}
