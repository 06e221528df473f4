#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelCoach
import KeelContent
import KeelStore

/// One thing `keel doctor` looked at: what it found and, when something
/// needs doing, how to put it right.
struct Finding: Equatable {
    var topic: String
    var found: String
    var fix: String?
}

/// The checks `keel doctor` runs. Each only looks: nothing is created,
/// locked, merged, removed or changed, so a doctor run is always safe.
enum DoctorChecks {
    static func all(dataDir: String?, environment: (String) -> String? = Posix.environment) -> [Finding] {
        var out = [dataFolder(dataDir)]
        out += [locale(environment), terminal(environment)]
        out += content()
        if let dir = dataDir, Posix.isDirectory(dir), Posix.isReadable(dir) {
            out += [conflictCopies(dir), staleTempFiles(dir), encryption(dir), lock(dir)]
        }
        return out
    }

    // MARK: - The data folder

    static func dataFolder(_ dir: String?) -> Finding {
        let topic = "Data folder"
        guard let dir else {
            return Finding(
                topic: topic, found: "there's none to use: HOME isn't set.", fix: "Set HOME, or give keel a folder with --data-dir or KEEL_DATA_DIR.")
        }
        guard Posix.exists(dir) else {
            return Finding(topic: topic, found: "\(dir) isn't there yet; keel makes it, private to you, the first time it saves.")
        }
        guard Posix.isDirectory(dir) else {
            return Finding(topic: topic, found: "\(dir) is not a folder.", fix: "Move that file away, or give keel a folder with --data-dir or KEEL_DATA_DIR.")
        }
        if let owner = Posix.owner(dir), owner != getuid() {
            return Finding(topic: topic, found: "\(dir) belongs to another user.", fix: "Give keel a folder of your own with --data-dir or KEEL_DATA_DIR.")
        }
        if let why = DataDirectory.refusal(dir, folders: Store.ownFolders) {
            return Finding(topic: topic, found: "keel won't use \(dir) as it is.", fix: why + ".")
        }
        guard Posix.isReadable(dir) else {
            return Finding(topic: topic, found: "keel may not open \(dir).", fix: "chmod 700 \(dir) lets you (and only you) in.")
        }
        guard Posix.isWritable(dir) else {
            return Finding(
                topic: topic, found: "\(dir) can be read but not written, so keel opens it read-only.", fix: "chmod 700 \(dir) lets keel save again.")
        }
        return Finding(topic: topic, found: "\(dir), private to you; keel can read and write it.")
    }

    // MARK: - Locale and terminal

    static func locale(_ environment: (String) -> String?) -> Finding {
        let topic = "Locale"
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { environment($0) }.first { !$0.isEmpty }
        guard let name else {
            return Finding(
                topic: topic, found: "none is set, so accents, emoji and box lines may show as ?.",
                fix: "Set a UTF-8 locale, for example export LANG=C.UTF-8 in your shell's start-up file.")
        }
        guard setlocale(LC_CTYPE, name) != nil else {
            return Finding(
                topic: topic, found: "\(name) isn't installed on this system.",
                fix: "Install it (on Debian: sudo dpkg-reconfigure locales), or set LANG=C.UTF-8.")
        }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        setlocale(LC_CTYPE, "C")
        guard codeset.uppercased().filter({ $0 != "-" }) == "UTF8" else {
            return Finding(
                topic: topic, found: "\(name) uses \(codeset), not UTF-8, so accents and symbols may not show.",
                fix: "Set a UTF-8 locale, for example export LANG=C.UTF-8.")
        }
        return Finding(topic: topic, found: "\(name) (UTF-8).")
    }

    static func terminal(_ environment: (String) -> String?) -> Finding {
        let topic = "Terminal"
        guard let term = environment("TERM"), !term.isEmpty else {
            return Finding(
                topic: topic, found: "TERM isn't set, so the full screen can't start.",
                fix: "Run keel in a terminal emulator, or set TERM (for example TERM=xterm-256color).")
        }
        if term == "dumb" {
            return Finding(
                topic: topic, found: "TERM is dumb, which can't draw a full screen.", fix: "Run keel in a terminal emulator; Emacs users: M-x ansi-term.")
        }
        guard terminfoFound(term, environment) else {
            return Finding(
                topic: topic, found: "no description of the terminal \(term) is installed.",
                fix: "Install ncurses-term (sudo apt install ncurses-term), or set TERM=xterm-256color.")
        }
        var colour = environment("NO_COLOR") != nil ? ", without colour (NO_COLOR is set)" : ""
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            colour += ", \(size.ws_col) by \(size.ws_row)"
            let least = App.minimumSize
            if Int(size.ws_col) < least.width || Int(size.ws_row) < least.height {
                return Finding(
                    topic: topic, found: "\(term)\(colour): smaller than keel needs.",
                    fix: "Make the window at least \(least.width) columns by \(least.height) rows.")
            }
        }
        return Finding(topic: topic, found: "\(term)\(colour).")
    }

    /// Where ncurses looks for a terminal's description (terminfo(5)).
    static func terminfoFound(_ term: String, _ environment: (String) -> String?) -> Bool {
        var dirs = [environment("TERMINFO"), environment("HOME").map { $0 + "/.terminfo" }].compactMap { $0 }
        dirs += (environment("TERMINFO_DIRS") ?? "").split(separator: ":").map(String.init)
        dirs += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo", "/usr/local/share/terminfo"]
        guard let first = term.unicodeScalars.first else { return false }
        let hex = String(first.value, radix: 16)
        return dirs.contains { dir in
            Posix.exists("\(dir)/\(Character(first))/\(term)") || Posix.exists("\(dir)/\(hex)/\(term)")
        }
    }

    // MARK: - Content

    static func content() -> [Finding] {
        let resources = ResourceLocator.find()
        let mine = DataDirectory.configDirectory()
        guard let resources else {
            return [
                Finding(
                    topic: "Shipped content", found: "keel's flows and catalogs aren't where keel looks.",
                    fix: "Reinstall keel, or point KEEL_RESOURCES at its content folder.")
            ]
        }
        let report = ContentCheck.run(paths: [], resources: resources, userDirectory: mine)
        let own = mine.map { $0 + "/" } ?? "\u{0}"
        let shippedErrors = report.errors.filter { !$0.file.hasPrefix(own) }
        let ownErrors = report.errors.filter { $0.file.hasPrefix(own) }
        let shippedFiles = report.files.filter { !$0.hasPrefix(own) }.count
        let ownFiles = report.files.count - shippedFiles
        var out: [Finding] = []
        if shippedErrors.isEmpty {
            out.append(Finding(topic: "Shipped content", found: "\(counted(shippedFiles, "file")) in \(resources), all fine."))
        } else {
            out.append(
                Finding(
                    topic: "Shipped content", found: problems(shippedErrors),
                    fix: "Reinstall keel; keel content check names each problem."))
        }
        let folder = mine.map { $0 + "/flows" } ?? "~/.config/keel/flows"
        if ownErrors.isEmpty {
            out.append(Finding(topic: "Your content", found: ownFiles == 0 ? "none in \(folder)." : "\(counted(ownFiles, "file")) in \(folder), all fine."))
        } else {
            out.append(
                Finding(
                    topic: "Your content", found: problems(ownErrors) + " keel skips what it can't use.",
                    fix: "keel content check names the file, the place in it and the reason for each."))
        }
        return out
    }

    static func problems(_ errors: [ContentError]) -> String {
        let files = Set(errors.map(\.file)).count
        return "\(counted(errors.count, "problem")) in \(counted(files, "file"))."
    }

    // MARK: - Inside the data folder

    static func conflictCopies(_ dir: String) -> Finding {
        let copies = Store(readingOnly: dir).conflictCopies()
        guard !copies.isEmpty else { return Finding(topic: "Conflict copies", found: "none left.") }
        let names = copies.prefix(5).map(\.file).joined(separator: ", ") + (copies.count > 5 ? ", and \(copies.count - 5) more" : "")
        return Finding(
            topic: "Conflict copies", found: "\(counted(copies.count, "copy", "copies")) a sync tool left: \(names).",
            fix: "keel merges them when it next opens this data; keel sync status does it now and says what came in.")
    }

    static func staleTempFiles(_ dir: String) -> Finding {
        let stale = tempFiles(dir, relative: "")
        guard !stale.isEmpty else { return Finding(topic: "Temp files", found: "none left by an interrupted save.") }
        let names = stale.prefix(5).joined(separator: ", ") + (stale.count > 5 ? ", and \(stale.count - 5) more" : "")
        return Finding(
            topic: "Temp files", found: "\(counted(stale.count, "file")) left by a save that was cut short: \(names).",
            fix: "keel removes them the next time it opens this data with no other keel open; the main files are whole.")
    }

    /// Temp files whose writer has gone, in the folder and those in it (not hidden ones, not links).
    static func tempFiles(_ root: String, relative: String) -> [String] {
        let here = relative.isEmpty ? root : root + "/" + relative
        var out: [String] = []
        for name in Posix.listDirectory(here) {
            let path = here + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            if let pid = Posix.tempWriter(name) {
                if kill(pid, 0) != 0, errno == ESRCH { out.append(shown) }
            } else if !name.hasPrefix("."), Posix.isDirectory(path), !Posix.isSymbolicLink(path) {
                out += tempFiles(root, relative: shown)
            }
        }
        return out
    }

    static func encryption(_ dir: String) -> Finding {
        guard Store.isEncrypted(root: dir) else {
            return Finding(topic: "Encryption", found: "the data is plain files; keel encrypt locks it with a passphrase if you like.")
        }
        return Finding(topic: "Encryption", found: "the data is encrypted; keel asks for the passphrase when it opens.")
    }

    static func lock(_ dir: String) -> Finding {
        let path = dir + "/" + Store.deviceFolder + "/lock"
        let holders = LockHolders.find(path)
        guard let first = holders.first else { return Finding(topic: "Lock", found: "no keel has this data open.") }
        let who = holders.map { "\($0.name) (process \($0.pid))" }.joined(separator: ", ")
        // Not a fault: a keel is open. What a second one does meanwhile, and the way out if the first is stuck.
        return Finding(
            topic: "Lock",
            found:
                "held by \(who). A keel opened meanwhile keeps what you write in a side file until that one closes; if it is stuck, kill \(first.pid) ends it.")
    }

}

/// Which processes have the lock file open (the kernel's view in /proc):
/// keel keeps the file open exactly as long as it holds the lock. Only
/// processes of the same user can be seen, which is whom a lock in a
/// private folder can belong to.
enum LockHolders {
    struct Holder: Equatable {
        var pid: Int32
        var name: String
    }

    static func find(_ lockPath: String) -> [Holder] {
        guard Posix.exists(lockPath) else { return [] }
        var out: [Holder] = []
        for entry in Posix.listDirectory("/proc") {
            guard let pid = Int32(entry), pid != getpid() else { continue }
            let fds = "/proc/\(entry)/fd"
            let open = Posix.listDirectory(fds).contains { Posix.linkTarget(fds + "/" + $0) == lockPath }
            guard open else { continue }
            out.append(Holder(pid: pid, name: commandLine(pid)))
        }
        return out
    }

    static func commandLine(_ pid: Int32) -> String {
        guard let bytes = try? Posix.read("/proc/\(pid)/cmdline", limit: 4096, anyKind: true) else { return "a program" }
        let words = bytes.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        guard let first = words.first else { return "a program" }
        return ([Posix.basename(of: first)] + words.dropFirst()).joined(separator: " ")
    }
}
