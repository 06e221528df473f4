#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeelStore

/// Where a passphrase comes from: the first line of `--passphrase-file`, or
/// the terminal (`/dev/tty`, so it works while output goes to a file), typed
/// without echo. Asked before curses starts: the passphrase never passes
/// through a screen, a draft or the key loop, and keel asks once per run.
struct PassphraseSource {
    var file: String?

    static let minimumLength = 8

    /// The passphrase that opens existing data (asked once).
    func existing(_ prompt: String = "Passphrase for keel's data: ") throws(StoreError) -> [UInt8] {
        if let file { return try PassphraseSource.firstLine(of: file) }
        return try Terminal.ask(prompt)
    }

    /// A new passphrase: from the file, or typed twice and compared.
    func new(_ prompt: String = "New passphrase: ") throws(StoreError) -> [UInt8] {
        let first: [UInt8]
        if let file { first = try PassphraseSource.firstLine(of: file) } else { first = try Terminal.ask(prompt) }
        guard String(decoding: first, as: UTF8.self).count >= PassphraseSource.minimumLength else {
            throw .locked("a passphrase needs at least \(PassphraseSource.minimumLength) characters; a few words you'll remember work well")
        }
        if file == nil, try Terminal.ask("Type it again: ") != first {
            throw .locked("the two passphrases differ; nothing was changed")
        }
        return first
    }

    static func firstLine(of path: String) throws(StoreError) -> [UInt8] {
        let bytes: [UInt8]
        do { bytes = try Posix.read(path, limit: 64 * 1024) } catch {
            throw .locked("the passphrase file \(path) could not be read (\(FileError.explain(error.code)))")
        }
        var line = Array(bytes.prefix { $0 != 10 })
        if line.last == 13 { line.removeLast() }
        guard !line.isEmpty else { throw .locked("the passphrase file \(path) has an empty first line") }
        return line
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
        var line: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n < 0, errno == EINTR { continue }
            guard n == 1 else { break }
            switch byte {
            case 10, 13: put(fd, "\n"); return line
            case 3, 4:
                put(fd, "\n")
                throw .locked("no passphrase was typed")
            case 127, 8:
                // Drops a whole UTF-8 character, continuation bytes first.
                while let last = line.popLast(), last & 0xC0 == 0x80 {}
            case 21: line.removeAll()  // Ctrl-U
            default: if byte >= 32 { line.append(byte) }
            }
        }
        put(fd, "\n")
        throw .locked("no passphrase was typed")
    }

    private static func put(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
