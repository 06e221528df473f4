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
    static func run(_ options: StartOptions, root: (Context) -> any Screen) throws -> Never {
        let store = try options.openStore()
        let clock = SystemClock()
        let content = ContentLibrary(resources: ResourceLocator.find(), userDirectory: DataDirectory.configDirectory())
        let ctx = Context(store: store, content: content, clock: clock)
        if let path = Posix.environment("KEEL_PHASE_LOG") { ctx.trace = Console.appender(path: path) }
        let backend: CursesBackend
        do { backend = try CursesBackend(noColor: options.noColorWanted) } catch {
            Console.error(error.description)
            exit(1)
        }
        let app = App(ctx: ctx, root: root(ctx), size: backend.size)
        Features.install(into: ctx)
        RunLoop.run(app: app, backend: backend, clock: clock)
        backend.stop()
        store.close()
        if let flash = ctx.flash { Console.error(flash) }
        exit(0)
    }
}
