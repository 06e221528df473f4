import KeelStore
import KeelTerminal

/// Plain mode's way in: whatever screen a command would open runs as a
/// conversation on lines instead (see `Conversation`), with the same
/// store, content, crisis check and policies as the full screen.
public enum Plain {
    /// Runs `root` as plain mode's conversation; returns it, for what it reported.
    @discardableResult
    public static func run(_ root: any Screen, io: LineIO, ctx: Context, bell: Bool = false) -> Conversation {
        let talk = Conversation(io: io, ctx: ctx)
        talk.bell = bell
        PlainRoute.route(talk)  // what was saved while setting up
        if ctx.store.isWaitingForLock {
            // The full screen's notice, said without a prompt: a script's answers stay in step.
            talk.heading(SecondWindowScreen(then: root).title)
            for line in SecondWindowScreen.text where !line.isEmpty { talk.say(line) }
        }
        PlainOpen.run(root, talk)
        PlainRoute.route(talk)
        return talk
    }
}
