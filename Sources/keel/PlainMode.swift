#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelCoach
import KeelStore

/// When keel talks line by line instead of drawing (see `Conversation`):
/// `--plain`, `KEEL_PLAIN=1`, `"plain": true` in config.json, or a terminal
/// that can't do full screen (TERM=dumb, as in an Emacs shell).
/// `KEEL_PLAIN=0` turns it off whatever the config says. Answers piped in,
/// or the words sent on to a file or another program, can't be drawn as a
/// screen either: keel talks line by line there too, as a person (or a
/// script) feeding it lines would expect.
enum PlainMode {
    static func wanted(
        _ options: StartOptions, _ preferences: Preferences, environment: (String) -> String? = Posix.environment,
        terminal: (Int32) -> Bool = { isatty($0) == 1 }
    ) -> Bool {
        if options.plain { return true }
        if let value = environment("KEEL_PLAIN"), !value.isEmpty { return !["0", "false", "no", "off"].contains(value.lowercased()) }
        if preferences.plain == true { return true }
        return environment("TERM") == "dumb" || !terminal(0) || !terminal(1)
    }

    /// Typing at a terminal while the words go elsewhere: said once on
    /// stderr, where the person sees it. A script feeding answers is told nothing.
    static func noteRedirected(terminal: (Int32) -> Bool = { isatty($0) == 1 }) {
        guard terminal(0), !terminal(1), terminal(2) else { return }
        Console.error("keel is writing to a pipe or a file, so it talks line by line (plain mode).")
    }

    /// Runs the screen a command would open as a conversation, then leaves
    /// as the full screen does: store closed, what is left to say on stderr.
    static func run(_ root: any Screen, _ ctx: Context, _ preferences: Preferences) -> Never {
        noteRedirected()
        Plain.run(root, io: PlainTerminal(), ctx: ctx, bell: preferences.plainBell ?? false)
        let leftAside = SecondWindow.leaving(ctx.store)
        ctx.store.close()
        if let flash = ctx.flash { Console.error(flash) }
        if let leftAside { Console.error(leftAside) }
        preferences.problems.forEach { Console.error("keel: \($0)") }
        exit(PlainSignals.exitStatus)
    }
}
