#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import KeelStore

// Exit codes (DESIGN.md): 0 done, 1 an error the person can fix, 2 bad usage.

// A write past `ulimit -f` then fails with EFBIG, which keel says plainly
// and cleans up after, instead of SIGXFSZ ending keel mid-save, silently.
signal(SIGXFSZ, SIG_IGN)

// Dates and weeks as this machine writes them, settled before anything is shown.
DateStyle.thisProcess = Preferences.thisMachine.dateStyle(overLocale: .fromLocale())

// `keel` on its own (the command people type most) opens the home screen
// without building the whole argument parser, which costs about 1.5 ms of
// start-up; everything else, --help included, goes through ArgumentParser.
if let options = QuickStart.homeOptions(CommandLine.arguments) {
    do { try Home.open(options) } catch {
        Console.error("keel: \(error)")
        exit(1)
    }
}

// `keel today` runs on every new shell: it skips the parser too.
if let (options, json) = QuickStart.todayOptions(CommandLine.arguments) { TodayCommand.print(options, json: json) }

let arguments = Array(CommandLine.arguments.dropFirst())
// A mistyped command names the one meant, with its usage, instead of the
// usage of `keel home` (the default subcommand would otherwise take it).
if let message = UnknownCommand.message(arguments) {
    Console.error(message)
    exit(2)
}

do {
    var command = try Keel.parseAsRoot(GlobalArguments.reordered(arguments))
    try command.run()
} catch let error as UserError {
    Console.error("keel: \(error.description)")
    exit(1)
} catch let code as ExitCode where code != .validationFailure {
    exit(code.rawValue)  // the command said all it had to (keel doctor)
} catch {
    let code = Keel.exitCode(for: error)
    if code == .success {
        Keel.exit(withError: error)
    }
    Console.error(Keel.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue)
}
