#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import KeelCoach
import KeelStore

/// `keel today`: one line about today for a shell start-up file. No
/// terminal, no content files, no lock; it reads the data folder only (the
/// recent month files it needs) and always exits 0, so a shell never
/// stumbles over it.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "One line about today, for a shell start-up file: the morning reflection, habits, the weekly letter.",
        discussion: """
            Fast enough for every new shell; never starts the full-screen app and always exits 0. See "keel today" in the README \
            for a shell rc line, cron and a systemd user timer. With --json, the same facts as one JSON object whose field \
            names stay the same from release to release: \(TodayJSON.fieldList).
            """
    )
    @OptionGroup var options: GlobalOptions
    @Flag(help: "The same facts as JSON, for status bars and scripts.")
    var json = false

    func run() throws { TodayCommand.print(options.start, json: json) }

    static func print(_ options: StartOptions, json: Bool) -> Never {
        if let dir = DataDirectory.resolve(flag: options.dataDir) {
            let store: Store
            if Store.isEncrypted(root: dir) {
                // A shell start-up line never stops to ask for a passphrase.
                guard options.passphraseFile != nil, let opened = try? options.openStore() else {
                    Console.out(json ? TodayJSON.locked : "keel's data is locked; open keel to see today.\n")
                    Glibc.exit(0)
                }
                store = opened
            } else {
                store = Store(readingOnly: dir)
            }
            let ctx = Context(store: store)
            Practices.install(into: ctx)  // the notes read what practices tell each other (a habit's streak)
            if json {
                Console.out(TodayJSON.encode(TodayFacts.gather(ctx)))
            } else {
                let line = TodayLines.shellLine(ctx)
                if !line.isEmpty { Console.out(line + "\n") }
            }
        } else if json {
            Console.out(TodayJSON.locked)
        }
        Glibc.exit(0)
    }
}
