#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelStore

/// Where a passphrase comes from: the first line of `--passphrase-file`, or
/// the terminal (`/dev/tty`, so it works while output goes to a file), typed
/// without echo. Asked before curses starts: the passphrase never passes
/// through a screen, a draft or the key loop. A wrong one typed at the
/// terminal is asked again, up to three times in all (as sudo and ssh do),
/// so the next try never lands in the shell and its history.
struct PassphraseSource {
    var file: String?

    static let minimumLength = 8
    static let tries = 3

    /// The passphrase that opens existing data.
    func existing(_ prompt: String = "Passphrase for keel's data: ") throws(StoreError) -> [UInt8] {
        Secrets.forbidCoreDumps()
        if let file { return try PassphraseSource.firstLine(of: file) }
        return try Terminal.ask(prompt)
    }

    /// Runs `open` with a way to ask for the passphrase, again after a
    /// wrong one while tries are left on a terminal; a file is read once.
    func opening<T>(_ prompt: String, _ open: (@escaping () throws(StoreError) -> [UInt8]) throws(StoreError) -> T) throws(StoreError) -> T {
        var asked = 0
        let ask = { () throws(StoreError) -> [UInt8] in
            asked += 1
            return try self.existing(prompt)
        }
        while true {
            do { return try open(ask) } catch StoreError.wrongPassphrase where asked > 0 && mayAskAgain(after: asked) {
                Terminal.say(PassphraseSource.tryAgain)
            }
        }
    }

    static let tryAgain = "That passphrase doesn't open it. Try again.\n"

    /// Whether a wrong passphrase is asked for again: typed at a terminal, with tries left.
    func mayAskAgain(after tries: Int) -> Bool { file == nil && tries < PassphraseSource.tries }

    /// A new passphrase: from the file, or typed twice and compared.
    func new(_ prompt: String = "New passphrase: ") throws(StoreError) -> [UInt8] {
        Secrets.forbidCoreDumps()
        var first: [UInt8]
        if let file { first = try PassphraseSource.firstLine(of: file) } else { first = try Terminal.ask(prompt) }
        guard String(decoding: first, as: UTF8.self).count >= PassphraseSource.minimumLength else {
            Secrets.wipe(&first)
            throw .locked("a passphrase needs at least \(PassphraseSource.minimumLength) characters; a few words you'll remember work well")
        }
        if file == nil {
            var again = try Terminal.ask("Type it again: ")
            defer { Secrets.wipe(&again) }
            if again != first {
                Secrets.wipe(&first)
                throw .locked("the two passphrases differ; nothing was changed")
            }
        }
        return first
    }

    /// The file's first line. Any kind of file works (`<(pass show keel)`);
    /// a regular file others can read is used, with a warning on stderr, as
    /// ssh warns of a key file.
    static func firstLine(of path: String) throws(StoreError) -> [UInt8] {
        var bytes: [UInt8]
        do { bytes = try Posix.read(path, limit: 64 * 1024, anyKind: true) } catch {
            throw .locked("the passphrase file \(path) could not be read (\(FileError.explain(error.code)))")
        }
        defer { Secrets.wipe(&bytes) }
        warnIfOthersCanRead(path)
        var line = Array(bytes.prefix { $0 != 10 })
        if line.last == 13 { line.removeLast() }
        guard !line.isEmpty else { throw .locked("the passphrase file \(path) has an empty first line") }
        return line
    }

    static func warnIfOthersCanRead(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 != 0 else { return }
        let octal = String(st.st_mode & 0o777, radix: 8)
        Console.error("keel: other people can read your passphrase file \(path) (its permissions are 0\(octal)). Run chmod 600 \(path) so only you can.")
    }
}

/// Reading a line from the terminal without echo, byte by byte, so Ctrl-C
/// can cancel and the terminal is always put back as it was.
enum Terminal {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var ttyDescriptor: Int32 = -1

    static func ask(_ prompt: String) throws(StoreError) -> [UInt8] {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else {
            throw .locked("the data is encrypted; run keel in a terminal to type the passphrase, or give --passphrase-file FILE")
        }
        defer { close(fd) }
        var mode = termios()
        guard tcgetattr(fd, &mode) == 0 else { throw .locked("the terminal can't be read; give --passphrase-file FILE") }
        saved = mode
        ttyDescriptor = fd
        let restore: @convention(c) (Int32) -> Void = { sig in
            tcsetattr(Terminal.ttyDescriptor, TCSAFLUSH, &Terminal.saved)
            signal(sig, SIG_DFL)
            raise(sig)
        }
        let previous = Terminal.promptSignals.map { ($0, signal($0, restore)) }
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            for (sig, handler) in previous { signal(sig, handler) }
            ttyDescriptor = -1
        }
        mode.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        withUnsafeMutableBytes(of: &mode.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(fd, TCSAFLUSH, &mode)
        put(fd, prompt)
        // Room reserved up front, so the typed bytes are never copied into a
        // larger buffer and left behind in the old one; wiped on every way out.
        var line: [UInt8] = []
        line.reserveCapacity(1024)
        var done = false
        defer { if !done { Secrets.wipe(&line) } }
        while true {
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n < 0, errno == EINTR { continue }
            guard n == 1 else { break }
            switch byte {
            case 10, 13:
                put(fd, "\n")
                done = true
                return line
            case 3, 4:
                put(fd, "\n")
                throw .locked("no passphrase was typed")
            case 127, 8:
                // Drops a whole UTF-8 character, continuation bytes first,
                // clearing each byte as it goes.
                while let last = line.last {
                    line[line.count - 1] = 0
                    line.removeLast()
                    if last & 0xC0 != 0x80 { break }
                }
            case 21:  // Ctrl-U
                Secrets.wipe(&line)
                line.reserveCapacity(1024)
            default: if byte >= 32, line.count < 1024 { line.append(byte) }
            }
        }
        put(fd, "\n")
        throw .locked("no passphrase was typed")
    }

    /// A line on the terminal, outside any prompt (between tries).
    static func say(_ text: String) {
        let fd = open("/dev/tty", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        put(fd, text)
        close(fd)
    }

    private static func put(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
