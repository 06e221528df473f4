import KeelContent
import KeelStore
import KeelTerminal

/// `keel coach` as a conversation, on the full screen's `CheckInScreen`:
/// the same rating, the same offers on a hard day (crisis help first, at
/// once on a 0), the same topics and routes, the same saved check-in.
struct PlainCheckIn: Conversing {
    var screen: CheckInScreen
    let talk: Conversation

    mutating func run() {
        talk.heading("Check in")
        while !talk.ended {
            switch screen.stage {
            case .rating:
                let r = screen.rating
                guard case .value(let v) = talk.rate("How are you right now?", low: r.low, high: r.high, current: r.value, required: true) else { return }
                screen.rating.value = v
                follow(screen.handle(.enter, ctx))
            case .lowMood:
                talk.heading("That sounds hard. Would one of these help first?")
                let offers = screen.offerList
                switch talk.pick("Which one?", offers.map(\.label), details: offers.map(\.detail)) {
                case .index(let i):
                    screen.selected = i
                    follow(screen.handle(.enter, ctx))
                    if case .lowMood = screen.stage { screen.resume(ctx) }  // back from an offer, as the full screen comes back to the list
                case .back: follow(screen.handle(.escape, ctx))
                case .none, .ended: return
                }
            case .topic:
                talk.heading("What is going on?")
                switch talk.pick("Which fits best?", screen.topics.map(\.label)) {
                case .index(let i):
                    screen.selected = i
                    guard follow(screen.handle(.enter, ctx)) else { return }  // the practice it led to has run
                case .back: follow(screen.handle(.escape, ctx))
                case .none, .ended: return
                }
            case .done:
                PlainPage.show(screen, talk)
                return
            }
        }
    }

    /// Routes the outcomes, then goes where the check-in asked: a practice
    /// opened on top, or one in its place. False when the check-in is over.
    @discardableResult
    mutating func follow(_ transition: Transition) -> Bool {
        PlainRoute.route(talk)
        switch transition.resolved(talk.ctx) {
        case .open(let s):
            PlainOpen.run(s, talk)
            return true
        case .replace(let s):
            PlainOpen.run(s, talk)
            return false
        case .back, .home, .quit:
            return false
        default:
            return true
        }
    }
}
