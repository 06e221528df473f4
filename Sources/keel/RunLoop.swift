#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelCoach
import KeelContent
import KeelCurses
import KeelStore
import KeelTerminal

/// Opens the store, starts the terminal, runs a root screen, and leaves the
/// terminal as it found it on every way out.
enum Interactive {
    static func run(_ options: StartOptions, content: ContentLibrary = Interactive.content(), root: (Context) -> any Screen) throws -> Never {
        let store = try options.openStore()
        let clock = SystemClock()
        let ctx = Context(store: store, content: content, clock: clock)
        let preferences = Preferences.thisMachine
        ctx.preferences = preferences
        Features.install(into: ctx)
        if let path = Posix.environment("KEEL_PHASE_LOG") { ctx.trace = Console.appender(path: path) }
        if PlainMode.wanted(options, preferences) { PlainMode.run(root(ctx), ctx, preferences) }
        let backend: CursesBackend
        do { backend = try CursesBackend(noColor: options.noColorWanted, theme: preferences.resolvedTheme) } catch {
            // A terminal keel can't draw on still takes lines.
            if case .unknownTerminal(let term) = error, isatty(0) == 1 {
                Console.error(
                    "keel can't draw on a terminal of type \"\(term)\", so it talks line by line (plain mode). For the full screen: TERM=xterm-256color keel.")
                PlainMode.run(root(ctx), ctx, preferences)
            }
            Console.error(error.description)
            exit(1)
        }
        // Ctrl-O on a long answer: the person's editor gets the terminal meanwhile.
        ctx.externalEditor = { text in
            ExternalEditor.edit(text, encrypted: store.isEncrypted, preferred: preferences.editor) { run in backend.handOff(run) }
        }
        ctx.noteSecondWindow(wasWaiting: false)  // what side files brought in at start
        if !preferences.problems.isEmpty, ctx.flash == nil { ctx.flash = ConfigProblems.flash(preferences.problems) }
        let app = App(ctx: ctx, root: SecondWindowScreen.first(root(ctx), ctx), size: backend.size)
        RunLoop.run(app: app, backend: backend, clock: clock)
        backend.stop()
        let leftAside = SecondWindow.leaving(store)
        store.close()
        if let flash = ctx.flash { Console.error(flash) }
        if let leftAside { Console.error(leftAside) }
        app.farewell.forEach(Console.error)
        preferences.problems.forEach { Console.error("keel: \($0)") }
        exit(app.exitStatus)
    }

    /// The shipped content and the person's own.
    static func content() -> ContentLibrary {
        ContentLibrary(resources: ResourceLocator.find(), userDirectory: DataDirectory.configDirectory())
    }

    /// A flow by id, or an error that says where keel looked.
    static func flow(_ id: String, in content: ContentLibrary) throws -> Flow {
        if let flow = content.flow(id) { return flow }
        let problem = content.notices.first { Posix.basename(of: $0.file) == id + ".json" }
        if let problem { throw UserError("The \(id) practice can't be used: \(problem.description)") }
        throw UserError("The \(id) practice isn't where keel looks. Reinstall keel, or point KEEL_RESOURCES at its content folder.")
    }
}
