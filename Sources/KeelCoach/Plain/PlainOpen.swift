import KeelContent
import KeelStore
import KeelTerminal

/// Where plain mode goes when a practice opens another screen: each screen
/// that takes words has its conversation here; a page to read is printed.
/// Screens are told apart by their type, so the practices need no plain
/// counterpart of their own.
enum PlainOpen {
    /// The first run's words, then home: the page isn't shown again.
    static func welcome(_ talk: Conversation) {
        let lines = WelcomeScreen.text(dataFolder: talk.ctx.store.root)
        talk.heading(lines[0])
        for line in lines.dropFirst() where !line.isEmpty { talk.say(line) }
        // Seen once read to the end, as Enter on the full screen's page.
        guard case .answer = talk.ask("Press Enter to go on to the practices.", canGoBack: false) else { return }
        talk.ctx.updateSettings { $0.welcomeSeen = true }
        PlainRoute.route(talk)
        run(HomeScreen(talk.ctx), talk)
    }

    /// Every guided practice, numbered; the one picked runs as a conversation.
    static func practices(_ list: FlowListScreen, _ talk: Conversation) {
        talk.heading("Guided practices")
        guard !list.flows.isEmpty else {
            talk.say("keel couldn't find its practices. Reinstall it, or set KEEL_RESOURCES to its content folder.")
            return
        }
        let details = list.flows.map { $0.summary + (list.userFlows.contains($0.id) ? " (yours)" : "") }
        guard case .index(let i) = talk.pick("Which practice?", list.flows.map(\.title), details: details) else { return }
        run(FlowStart.screen(list.flows[i], talk.ctx), talk)
    }

    /// Runs the screen's conversation, or prints it as a page.
    static func run(_ screen: any Screen, _ talk: Conversation) {
        switch screen {
        case let flow as FlowScreen:
            var plain = PlainFlow(talk: talk, screen: flow)
            _ = plain.run()
        case let session as BreatheSessionScreen:
            var pacer = PlainPacer(session: session, talk: talk)
            pacer.run()
        case is BreathePickerScreen:
            PlainBreathe.pick(talk)
        case let checkIn as CheckInScreen:
            var plain = PlainCheckIn(screen: checkIn, talk: talk)
            plain.run()
        case let picker as StrengthPickerScreen:
            PlainStrengths.run(picker, talk)
        case is any CrisisHelpScreen:
            talk.crisisHelp()
        case let home as HomeScreen:
            var plain = PlainHome(talk: talk, screen: home)
            plain.run()
        case is WelcomeScreen:
            welcome(talk)
        case let journal as JournalScreen:
            PlainPages.journal(journal, talk)
        case let patterns as PatternsScreen:
            PlainPages.patterns(patterns, talk)
        case let letters as LetterScreen:
            PlainPages.letters(letters, talk)
        case let circles as CirclesScreen:
            PlainList.run(circles, talk)
        case let insights as InsightsScreen:
            PlainWidening.insights(insights, talk)
        case let numbers as LearningScreen:
            PlainPages.numbers(numbers, talk)
        case let values as ValuesScreen:
            PlainValues.run(values, talk)
        case let entry as EntryScreen:
            PlainPage.print(entry.lines, talk)
        case let list as FlowListScreen:
            practices(list, talk)
        case let ladders as ExposeScreen:
            PlainList.run(ladders, talk)
        case let ladder as LadderScreen:
            PlainList.run(ladder, talk)
        case let plan as JustBeforeScreen:
            PlainLadders.justBefore(plan, talk)
        case let notNow as NotThisTimeScreen:
            PlainLadders.notThisTime(notNow, talk)
        case let next as NextMoveScreen:
            PlainLadders.nextMove(next, talk)
        case let habits as HabitsScreen:
            PlainList.run(habits, talk)
        case let calendar as HabitDetailScreen:
            PlainCalendar.run(calendar, talk)
        case let examples as ExamplePickerScreen:
            PlainExamples.run(examples, talk)
        case let pick as StepPickerScreen:
            PlainWidening.pick(pick, talk)
        case let toLadder as WideningToLadderScreen:
            PlainWidening.toLadder(toLadder, talk)
        case let add as HabitCatalogScreen:
            PlainHabits.add(add, talk)
        case let wins as WinsScreen:
            PlainList.run(wins, talk)
        case let form as any PlainFormWalking:
            var form = form
            form.walk(talk)
        case let letter as LetterEditorScreen:
            PlainLetter.run(letter, talk)
        case let win as WinScreen:
            PlainWin.run(win, talk)
        default:
            PlainPage.show(screen, talk)
        }
    }
}
