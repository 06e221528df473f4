#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

// Exit codes (DESIGN.md): 0 done, 1 an error the person can fix, 2 bad usage.

// A write past `ulimit -f` then fails with EFBIG, which keel says plainly
// and cleans up after, instead of SIGXFSZ ending keel mid-save, silently.
signal(SIGXFSZ, SIG_IGN)

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
if let options = QuickStart.todayOptions(CommandLine.arguments) { TodayCommand.printLine(options) }

do {
    var command = try Keel.parseAsRoot()
    try command.run()
} catch let error as UserError {
    Console.error("keel: \(error.description)")
    exit(1)
} catch {
    let code = Keel.exitCode(for: error)
    if code == .success {
        Keel.exit(withError: error)
    }
    Console.error(Keel.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue)
}
