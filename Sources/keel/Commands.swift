#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import KeelCoach
import KeelContent
import KeelStore
import KeelTerminal

struct Keel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keel",
        abstract: "A calm terminal companion for the sting of being left out, turned down or brushed off.",
        discussion: RootHelp.discussion,
        version: KeelVersion.current,
        subcommands: [
            Home.self, Reframe.self, Coach.self, Journal.self, Breathe.self, Circles.self, Expose.self, Morning.self, Win.self,
            Habits.self, Letter.self, Values.self, TodayCommand.self, Export.self, Import.self,
            Sample.self, Content.self, SyncCommand.self, Encrypt.self, Decrypt.self, Passphrase.self, Doctor.self,
        ],
        defaultSubcommand: Home.self
    )
    /// Listed here for `keel --help`, the man page and completions; main.swift
    /// moves them after the subcommand's name, which is where they are read.
    @OptionGroup(title: "Global options (before or after the command)") var options: GlobalOptions
}

enum KeelVersion {
    static let current = "0.1.0"
}

struct Home: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "Open the home screen (the default).")
    @OptionGroup var options: GlobalOptions

    func run() throws { try Home.open(options.start) }

    static func open(_ options: StartOptions) throws -> Never {
        try Interactive.run(options) { ctx in
            ctx.settings.welcomeSeen ? HomeScreen(ctx) as any Screen : WelcomeScreen()
        }
    }
}

struct Reframe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pause, breathe and reframe, step by step, after a rejection stings.",
        discussion: "Saved as a journal entry with every answer. Leaving midway keeps a draft for next time."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let content = Interactive.content()
        let flow = try Interactive.flow("reframe", in: content)
        try Interactive.run(options.start, content: content) { FlowScreen(flow: flow, ctx: $0) }
    }
}

struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check in: how you are and what is going on lead to the practice that fits.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Interactive.run(options.start) { CheckInScreen($0) }
    }
}

struct Journal: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Your journal: entries by date, search, and the patterns in them.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        try Interactive.run(options.start) { JournalScreen($0) }
    }
}

struct Morning: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The morning reflection: today's strength, when you used it lately, a small plan, a few thanks, and how yesterday's plan went.",
        discussion: "The first time, you pick three to five strengths. Saved to your journal; skipping a part is fine."
    )
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Change the strengths the reflection uses.")
    var strengths = false

    func run() throws {
        let content = Interactive.content()
        let flow = try Interactive.flow(MorningEntry.flowID, in: content)
        try Interactive.run(options.start, content: content) { ctx in
            strengths ? StrengthPickerScreen(ctx) : FlowStart.screen(flow, ctx)
        }
    }
}

struct Win: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Log a small win: something you did, whatever came of it.",
        discussion: "With words, they are kept at once (no terminal needed): keel win \"asked a question in the meeting\". Without, a one-line screen opens."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The win, in a few words.", valueName: "WORDS"))
    var words: [String] = []

    // Checked while parsing, so the usage shown is keel win's.
    func validate() throws {
        if !words.isEmpty, text.isEmpty { throw ValidationError("Give the win in a few words.") }
    }

    var text: String { TextEditor(words.joined(separator: " ")).trimmed }

    func run() throws {
        guard !words.isEmpty else { try Interactive.run(options.start) { WinScreen($0) } }
        let text = self.text
        let store = try options.openStore()
        defer { store.close() }
        let ctx = Context(store: store, content: Interactive.content())
        Crisis.install(into: ctx)
        let win = SmallWin(id: ctx.newID(), created: ctx.now(), day: ctx.today, text: text, source: "command")
        do { try store.save(win) } catch {
            Report.problems(of: store)
            throw UserError(error.description)  // "Nothing was saved: ..." says it all
        }
        Report.problems(of: store)  // a damaged month file met on the way is named
        Practices.install(into: ctx)
        Practices.settle([.practiceDone(WinScreen.logged)], ctx)  // a habit that stands for a win ticks
        print("Kept for \(ctx.today.short): \(text)")
        SecondWindow.say(store)
        // The same crisis check as every typed text: the words stay kept, and help is named.
        if ctx.mentionsCrisis(text) { Crisis.shortLines(ctx).forEach(Console.error) }
    }
}

struct Habits: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Your micro-habits: tick today's, rest days, streaks and a calendar of the last months.")
    @OptionGroup var options: GlobalOptions

    func run() throws { try Interactive.run(options.start) { HabitsScreen($0) } }
}

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The weekly letter to yourself: drafted from your week, yours to change; past letters by week.",
        discussion: "Saving this week's letter ticks a habit that stands for it."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws { try Interactive.run(options.start) { LetterScreen($0) } }
}

struct Values: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Your mission statement and three to seven core values; every earlier version is kept.",
        discussion: "keel shows them after a reframe and when a check-in is low."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws { try Interactive.run(options.start) { ValuesScreen($0) } }
}

struct Content: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with keel's content: flows and catalogs.",
        subcommands: [ContentCheckCommand.self]
    )
}

struct ContentCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check flows and catalogs; every problem names the file, the JSON path and the reason.",
        discussion: "With no paths, checks everything keel ships and everything in $XDG_CONFIG_HOME/keel/flows. Exits with 1 if anything is wrong."
    )
    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "PATH"), completion: .file())
    var paths: [String] = []

    func run() throws {
        let resources = ResourceLocator.find()
        if paths.isEmpty, resources == nil {
            throw UserError("The content keel ships with isn't where keel looks. Reinstall keel, or point KEEL_RESOURCES at its content folder.")
        }
        let report = ContentCheck.run(paths: paths, resources: resources, userDirectory: DataDirectory.configDirectory())
        for e in report.errors { Console.error(e.description) }
        let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
        if report.errors.isEmpty {
            print("Checked \(files): all fine.")
        } else {
            throw UserError("Checked \(files): \(report.errors.count == 1 ? "1 problem" : "\(report.errors.count) problems").")
        }
    }
}

struct Breathe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Breathe with a paced, animated guide.",
        discussion:
            "Patterns: sigh (cyclic sigh), box (4-4-4-4), 4-7-8, resonance (about 5.5 breaths a minute), or your own in-hold-out-hold seconds such as 4-2-6-0."
    )
    @OptionGroup var options: GlobalOptions
    @Option(
        help: ArgumentHelp("sigh, box, 4-7-8, resonance, or seconds A-B-C-D.", valueName: "NAME|A-B-C-D"),
        completion: .list(["sigh", "box", "4-7-8", "resonance"]))
    var pattern: String?
    @Option(help: "How long, in minutes (rounded to whole breaths).")
    var minutes: Double?
    @Flag(help: "A still display: nothing grows or shrinks.")
    var still = false
    @Flag(name: .customLong("no-rating"), help: "Skip the calm rating before and after.")
    var noRating = false

    func validate() throws {
        if let pattern, case .failure(let e) = BreathPattern.parse(pattern) { throw ValidationError(e.description) }
        if let minutes, !(minutes > 0 && minutes <= 120) { throw ValidationError("--minutes must be between 0 and 120.") }
    }

    func run() throws {
        if pattern == nil && minutes == nil && !still && !noRating {
            try Interactive.run(options.start) { BreathePickerScreen($0) }
        }
        let chosen: BreathPattern = pattern.flatMap { try? BreathPattern.parse($0).get() } ?? .sigh
        let plan = PacerPlan(pattern: chosen, minutes: minutes ?? 3)
        try Interactive.run(options.start) { ctx in
            BreatheSessionScreen(plan: plan, ctx: ctx, askCalm: noRating ? false : nil, still: still ? true : nil)
        }
    }
}

struct Circles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See your circles as a map around you, edit them, and log who you were in touch with.",
        discussion: "Opens the map; v switches to the list, i to the insights. In a small window the list shows instead of the map."
    )
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Open the list instead of the map.")
    var list = false

    func run() throws {
        try Interactive.run(options.start) { ctx in
            var screen = CirclesScreen(ctx)
            if list { screen.view = .list }
            return screen
        }
    }
}

struct Expose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Face what you dread in small planned steps: a goal, a ladder of steps, a plan for each.",
        discussion: "Opens your ladders and the steps due. --numbers opens what your numbers say: the discomfort you expected against what you felt."
    )
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Open what the numbers say: predictions against what you felt, and how far up each ladder.")
    var numbers = false

    func run() throws {
        try Interactive.run(options.start) { ctx in
            numbers ? ExposeScreen.numbers(ctx) : ExposeScreen(ctx)
        }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write everything keel holds, or a part of it, as JSON or Markdown.",
        discussion: """
            Exporting only reads: the data folder must exist, and nothing in it changes. --since and --until take local days \
            (YYYY-MM-DD, both included) and keep the records made on them; --kind, given once or more, keeps those kinds: \
            \(ExportFilter.kindNames.joined(separator: ", ")).
            """
    )
    @OptionGroup var options: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }
    @Option(help: "json (lossless, for import) or markdown (for reading).")
    var format: Format = .json
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"), completion: .file())
    var output: String?
    @Flag(help: "Encrypt the export: with your data's passphrase when the data is encrypted, else with a new one you type twice.")
    var encrypt = false
    @Option(help: ArgumentHelp("Only records made on this day or later.", valueName: "YYYY-MM-DD"))
    var since: String?
    @Option(help: ArgumentHelp("Only records made on this day or earlier.", valueName: "YYYY-MM-DD"))
    var until: String?
    @Option(
        help: ArgumentHelp("Only this kind of record (journal, wins, check-ins, ...); give it again for more.", valueName: "KIND"),
        completion: .list(ExportFilter.kindNames))
    var kind: [String] = []

    func validate() throws { _ = try filter() }

    func filter() throws -> ExportFilter {
        func day(_ text: String?, _ flag: String) throws -> CivilDate? {
            guard let text else { return nil }
            guard let d = CivilDate(text), d.description == text else {
                throw ValidationError("\(flag) takes a day as YYYY-MM-DD, such as 2026-11-26; \"\(text)\" isn't one.")
            }
            return d
        }
        let from = try day(since, "--since"), to = try day(until, "--until")
        if let from, let to, to < from { throw ValidationError("--until \(to) comes before --since \(from); nothing would be exported.") }
        for k in kind where !ExportFilter.kindNames.contains(k) {
            let near = ExportFilter.kindNames.min { CommandNames.distance(k, $0) < CommandNames.distance(k, $1) }
            let hint = near.map { CommandNames.distance(k, $0) <= 2 ? " Did you mean \($0)?" : "" } ?? ""
            throw ValidationError("keel keeps no records of the kind \"\(k)\".\(hint) The kinds: \(ExportFilter.kindNames.joined(separator: ", ")).")
        }
        return ExportFilter(kinds: kind.isEmpty ? nil : Set(kind), since: from, until: to)
    }

    func run() throws {
        let store = try options.openStoreToRead()
        defer { store.close() }
        let filter = try filter()
        let now = Timestamp.now()
        let progress = ProgressLine("Exporting")
        let bytes: [UInt8]
        switch format {
        case .json: bytes = try Exchange.exportJSON(from: store, at: now, filter: filter)
        case .markdown: bytes = Array(Exchange.exportMarkdown(from: store, at: now, calendar: .system, filter: filter).utf8)
        }
        progress.finish()
        Report.problems(of: store)  // files are read lazily, so problems are known only now
        // Reading merges nothing: what a sync tool's copies hold waits for the next keel that writes.
        let copies = store.conflictCopies().count
        if copies > 0 {
            Console.error(
                "keel: \(copies == 1 ? "1 conflict copy" : "\(copies) conflict copies") from another device \(copies == 1 ? "isn't" : "aren't") in this export yet; keel sync status merges \(copies == 1 ? "it" : "them")."
            )
        }
        let out = encrypt ? try sealExport(bytes, store) : bytes
        if let output, !Export.isStandardOutput(output) {
            do { try Posix.writeOutput(out, to: output) } catch { throw UserError("Couldn't write the export: \(error.description).") }
            Console.error(encrypt ? "Exported to \(output), encrypted." : "Exported to \(output).")
        } else {
            Console.out(out)
        }
    }

    /// `-` and the names of standard output: written straight to it.
    static func isStandardOutput(_ path: String) -> Bool {
        ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path)
    }

    /// An encrypted export opens with the passphrase alone (its salt and
    /// scrypt parameters travel inside it), so keel import can read it anywhere.
    func sealExport(_ bytes: [UInt8], _ store: Store) throws -> [UInt8] {
        do {
            if let keyring = store.keyring { return try keyring.seal(bytes) }
            var passphrase = try Privacy.ask { () throws(StoreError) in try options.start.passphrase.new("Passphrase for the export: ") }
            defer { Secrets.wipe(&passphrase) }
            return try Keyring.fresh(passphrase: passphrase, kdf: Privacy.kdf).seal(bytes)
        } catch let error as SealFailure {
            throw UserError("Nothing was exported: \(error.description).")
        }
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge a keel JSON export into your data, by id.",
        discussion: "The whole file is checked first; if anything in it is wrong, nothing is written. Importing the same file twice changes nothing."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("A file written by keel export --format json.", valueName: "FILE"), completion: .file())
    var file: String

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try Posix.read(file, limit: Exchange.maxImportBytes, anyKind: true) } catch {
            throw UserError("Couldn't read \(file): \(FileError.explain(error.code)).")
        }
        let store = try options.openStore()
        Report.problems(of: store)
        if case .readOnly(let why) = store.access, !store.isWaitingForLock { throw UserError("Nothing was imported: the data is read-only (\(why)).") }
        let plain = try opened(bytes, store)
        let named = store.problems.count
        defer { Report.problems(of: store, from: named) }  // damaged files met while merging
        let progress = ImportProgress()
        defer { progress.finish() }
        do {
            let result = try Exchange.importFile(plain, named: file, into: store, progress: progress.update)
            progress.finish()
            let c = result.count
            if store.isWaitingForLock {
                print("Checked \(file): \(result.records) \(result.records == 1 ? "record" : "records"), kept in a side file for now.")
                SecondWindow.say(store)
            } else {
                print("Imported \(file): \(c.added) new, \(c.updated) updated, \(c.unchanged) already here.")
                if c.future > 0 { Console.error(ClockAheadWords.line(c.future)) }
            }
        } catch {
            throw UserError("Nothing was imported. \(error.description)")
        }
    }
}

extension Import {
    /// An encrypted export: opened with the data's keys when they fit, else
    /// with a passphrase asked for this file.
    func opened(_ bytes: [UInt8], _ store: Store) throws -> [UInt8] {
        guard Keyring.isSealed(bytes) else { return bytes }
        if let keyring = store.keyring, let plain = try? keyring.open(bytes) { return plain }
        let source = options.start.passphrase
        var tries = 0
        while true {
            var passphrase = try Privacy.ask { () throws(StoreError) in try source.existing("Passphrase for \(file): ") }
            defer { Secrets.wipe(&passphrase) }
            tries += 1
            do { return try Keyring.open(bytes, passphrase: passphrase) } catch {
                guard error == .wrongKey, source.mayAskAgain(after: tries) else {
                    throw UserError("Nothing was imported: \(file) is encrypted and \(error.description).")
                }
                Terminal.say(PassphraseSource.tryAgain)
            }
        }
    }
}

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic made-up history into a folder, for exploring keel.",
        discussion: "With --passphrase-file FILE, the sample is encrypted with the passphrase on the first line of FILE."
    )
    @Option(help: ArgumentHelp("The folder to fill (it should be new or empty).", valueName: "DIR"), completion: .directory)
    var into: String
    @Option(help: "Years of history.")
    var years: Double = 0.5
    @Option(help: "Seed for the made-up history; the same seed writes the same history.")
    var seed: UInt64 = 7
    /// --passphrase-file is keel's own option (see `Keel.options`), read from there.
    @ParentCommand var keel: Keel

    func validate() throws {
        if !(years > 0 && years <= 30) { throw ValidationError("--years must be more than 0 and at most 30.") }
    }

    func run() throws {
        let dir = DataDirectory.resolve(flag: into)!
        if Posix.isDirectory(dir), !Posix.listDirectory(dir).filter({ $0 != Store.deviceFolder }).isEmpty {
            throw UserError("\(dir) already holds files; sample data goes into a new or empty folder.")
        }
        let store: Store
        do { store = try Store(root: dir) } catch { throw UserError("Couldn't create \(dir): \(error.description)") }
        if let passphraseFile = keel.options.passphraseFile {
            let passphrase = try Privacy.ask { () throws(StoreError) in try PassphraseSource(file: passphraseFile).new() }
            _ = try Privacy.perform("Encrypting") { () throws(StoreError) in try store.encrypt(passphrase: passphrase, kdf: Privacy.kdf) }
        }
        var history = SampleHistory(years: years, seed: seed, end: Timestamp.now())
        history.content = Interactive.content()
        do {
            let progress = ProgressLine("Writing sample history")
            defer { progress.finish() }
            try history.generate(into: store)
            progress.finish()
            print("Wrote \(counted(years: years)) of sample history to \(dir):")
            // Counted from the store, so the figures are what is on disk.
            let mornings = store.all(JournalEntry.self).filter { $0.flow == MorningEntry.flowID }.count
            for kind in Collections.all {
                let n = kind.count(in: store)
                // Settings are keel's own, not history a person would count.
                guard n > 0, kind.kind != Settings.kind else { continue }
                let morning =
                    kind.kind == JournalEntry.kind ? ", \(mornings == 1 ? "1 of them a morning reflection" : "\(mornings) of them morning reflections")" : ""
                print("  \(kind.kind.counted(n))\(morning)")
            }
            print("Try it: keel --data-dir \(dir)")
        } catch {
            throw UserError(error.description)
        }
    }
}

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Check on the data when a sync tool shares it between devices.",
        discussion:
            "keel merges the conflict copies that Syncthing, Dropbox and Nextcloud leave, and files with git conflict markers, whenever it opens and before it saves. See \"Syncing between devices\" in the README.",
        subcommands: [SyncStatusCommand.self]
    )
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say which conflict copies keel found and merged, and any it could not merge."
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        _ = try options.start.existingDataDirectory()  // a status of a folder that isn't there makes none
        let store = try options.openStore()
        let status = SyncStatus.check(store)
        print("Data: \(store.root)")
        for line in status.lines { print(line) }
        let named = Set(status.report.unmerged.map(\.file))
        for p in store.problems where !named.contains(p.file) { Console.error("keel: couldn't read \(p.description)") }
    }
}

/// Problems found while reading the data, for commands that print.
enum Report {
    /// Every problem, or those found since `from` were named.
    static func problems(of store: Store, from: Int = 0) {
        for p in store.problems.dropFirst(from) { Console.error("keel: couldn't read \(p.description)") }
    }
}
