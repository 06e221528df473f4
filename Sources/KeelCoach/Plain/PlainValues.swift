import KeelStore
import KeelTerminal

/// The values page as lines: the current card, every earlier version by
/// number, and e to edit (from the version read, to bring it back).
enum PlainValues {
    static func run(_ screen: ValuesScreen, _ talk: Conversation) {
        var screen = screen
        let ctx = talk.ctx
        talk.heading("Your values")
        var said = false
        while !talk.ended {
            guard screen.versions.indices.contains(screen.shown) else {
                talk.say("Not written yet. A sentence or two of mission and three to seven values, in your own words.")
                guard case .answer(let line) = talk.ask("Type e to write them, or Enter to leave.", canGoBack: false),
                    PlainText.trim(line).lowercased() == "e"
                else { return }
                edit(&screen, talk)
                continue
            }
            if !said { version(screen, talk) }
            said = true
            var offer = ["e to edit"]
            if screen.versions.count > 1 { offer.append("v for the \(screen.versions.count) versions") }
            offer.append("s for your strengths")
            guard case .answer(let line) = talk.ask("Type \(offer.joined(separator: ", ")), or Enter to leave.", canGoBack: false) else { return }
            switch PlainText.trim(line).lowercased() {
            case "":
                _ = screen.handle(.escape, ctx)  // read: a habit may stand for it
                PlainRoute.route(talk)
                return
            case "e":
                edit(&screen, talk)
                said = false
            case "v" where screen.versions.count > 1:
                let names = screen.versions.indices.map { i in
                    "Written \(ctx.calendar.day(of: screen.versions[i].created).shortWithYear)" + (i == screen.versions.count - 1 ? ", the current one" : "")
                }
                guard case .index(let i) = talk.pick("Which version would you like to read?", names, current: screen.shown) else { continue }
                screen.shown = i
                said = false
            case "s":
                if case .open(let picker) = screen.handle(.char("s"), ctx).resolved(ctx) { PlainOpen.run(picker, talk) }
                screen.resume(ctx)
                said = false
            default:
                talk.say("Type \(offer.joined(separator: ", ")), or press Enter.")
            }
        }
    }

    static func version(_ screen: ValuesScreen, _ talk: Conversation) {
        let v = screen.versions[screen.shown]
        let current = screen.shown == screen.versions.count - 1
        let when = talk.ctx.calendar.day(of: v.created).shortWithYear
        talk.say(current ? "Written \(when)." : "Version \(screen.shown + 1) of \(screen.versions.count), from \(when). e starts from this one.")
        PlainPage.print(ValuesCardScreen.lines(v, strengths: current ? screen.strengths : [], lead: nil), talk)
        talk.io.write("")
    }

    static func edit(_ screen: inout ValuesScreen, _ talk: Conversation) {
        if case .open(let form) = screen.handle(.char("e"), talk.ctx) { PlainOpen.run(form, talk) }
        screen.resume(talk.ctx)
    }
}
