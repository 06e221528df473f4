#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelCoach
import KeelStore

/// Ctrl-O on a long answer: the person's own $VISUAL or $EDITOR on the text
/// so far, and what they save comes back, as git and jrnl do.
///
/// The copy lives in a new folder only its owner can open, on a file system
/// kept in memory (`$XDG_RUNTIME_DIR`, else `/dev/shm`), and the folder is
/// removed afterwards whatever the editor did. With encrypted data a folder
/// on disk is refused, as pass refuses one for its tmpdir: the words would
/// otherwise sit unlocked on the disk.
enum ExternalEditor {
    /// Runs the editor on `text`. `handOff` lends it the terminal and takes
    /// it back; it is given the editor's exit status to pass through.
    static func edit(
        _ text: String, encrypted: Bool, preferred: String? = nil,
        handOff: (() -> Int32) -> Int32
    ) -> Result<String, EditorProblem> {
        guard let command = preferred ?? command() else {
            return .failure(EditorProblem("No editor is set. Set EDITOR (for example EDITOR=nano) and Ctrl-O will open it."))
        }
        let folder: String
        switch scratchFolder(encrypted: encrypted) {
        case .success(let f): folder = f
        case .failure(let problem): return .failure(problem)
        }
        defer { removeFolder(folder) }
        let file = folder + "/answer.txt"
        guard writeCopy(text.isEmpty ? "" : text + "\n", to: file) else {
            return .failure(EditorProblem("keel couldn't make a copy for your editor; your words are as you left them."))
        }
        let status = handOff { run(command, file: file) }
        guard status == 0 else {
            return .failure(EditorProblem("Your editor stopped without finishing (status \(status)); your words are as you left them."))
        }
        guard let bytes = try? Posix.read(file, limit: 16 << 20) else {
            return .failure(EditorProblem("The editor's copy was gone when it closed; your words are as you left them."))
        }
        var edited = String(decoding: bytes, as: UTF8.self)
        // Editors end a file with a line break the answer doesn't need.
        while edited.last == "\n" || edited.last == "\r\n" { edited.removeLast() }
        return .success(edited)
    }

    /// `$VISUAL`, then `$EDITOR`, then `vi` if there is one.
    static func command(environment: (String) -> String? = Posix.environment) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment(name), !value.allSatisfy(\.isWhitespace) { return value }
        }
        let path = environment("PATH") ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where access(dir + "/vi", X_OK) == 0 { return "vi" }
        return nil
    }

    /// A new 0700 folder for the copy: in memory when the system has such a
    /// place; on disk only for data that isn't encrypted anyway.
    static func scratchFolder(encrypted: Bool, environment: (String) -> String? = Posix.environment) -> Result<String, EditorProblem> {
        // KEEL_EDIT_DIR names the place outright (as PASSWORD_STORE_TMPDIR does for pass).
        let chosen = environment("KEEL_EDIT_DIR").flatMap { $0.hasPrefix("/") ? $0 : nil }
        var places: [String] = []
        if let chosen {
            places.append(chosen)
        } else {
            if let runtime = environment("XDG_RUNTIME_DIR"), runtime.hasPrefix("/") { places.append(runtime) }
            places.append("/dev/shm")
        }
        var base = places.first { isInMemory($0) && Posix.isWritable($0) }
        if base == nil {
            if encrypted {
                return .failure(EditorProblem("Your editor stays shut: entries are encrypted and the copy would go to disk."))
            }
            base = chosen ?? environment("TMPDIR").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        }
        var template = Array((base! + "/keel-edit.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failure(EditorProblem("keel couldn't make a private folder for your editor's copy; your words are as you left them."))
        }
        return .success(String(cString: made))
    }

    /// True for tmpfs and ramfs: nothing written there reaches a disk. The
    /// mount that holds the folder is the longest mount point above it.
    static func isInMemory(_ path: String, mounts: String? = nil) -> Bool {
        guard let real = realpath(path, nil) else { return false }
        let resolved = String(cString: real)
        free(real)
        let table = mounts ?? (try? Posix.read("/proc/self/mounts", limit: 4 << 20)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var best: (point: String, type: String)?
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacing("\\040", with: " ")
            let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best.map { $0.type == "tmpfs" || $0.type == "ramfs" } ?? false
    }

    private static func writeCopy(_ text: String, to file: String) -> Bool {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// The folder and all in it (an editor's swap and backup files too).
    private static func removeFolder(_ folder: String) {
        for name in Posix.listDirectory(folder) { unlink(folder + "/" + name) }
        rmdir(folder)
    }

    /// Runs `command file` through the shell (EDITOR may hold arguments, as
    /// in "code --wait") and waits. Ctrl-C belongs to the editor meanwhile:
    /// keel ignores it, the editor gets the default back.
    private static func run(_ command: String, file: String) -> Int32 {
        let args = ["/bin/sh", "-c", command + " \"$1\"", "sh", file]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for sig in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var ignore = sigaction(), oldInt = sigaction(), oldQuit = sigaction()
        #if canImport(Glibc)
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        #else
        ignore.__sigaction_u.__sa_handler = SIG_IGN
        #endif
        sigaction(SIGINT, &ignore, &oldInt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attr, &argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 127 }
        }
        // Exited normally: its code; killed by a signal: 128 plus the signal, as shells say.
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }
}
