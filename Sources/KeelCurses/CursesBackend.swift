#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import KeelTerminal

/// The one real terminal: ncursesw through the C shim. It draws only the
/// cells that changed since the last frame, blocks in poll() while idle,
/// and turns signals into events through a pipe.
public final class CursesBackend: Backend {
    public enum StartError: Error, CustomStringConvertible {
        case noTerminal
        case unknownTerminal(String)
        public var description: String {
            switch self {
            case .noTerminal:
                return "keel needs a terminal to draw in. Run it in a terminal window, or use a command that prints, such as keel export."
            case .unknownTerminal(let term):
                return "keel can't draw on a terminal of type \"\(term)\". Try TERM=xterm-256color keel."
            }
        }
    }

    public private(set) var size: Size
    private var previous: Buffer?
    private let signalFD: Int32
    private let colors: Bool
    private var active = true
    /// No UTF-8 locale could be had: draw ASCII stand-ins.
    private let asciiOnly: Bool
    /// The terminal can move its cursor anywhere: cells ncurses can't draw
    /// right are written straight to it.
    private let directCells: Bool

    public init(noColor: Bool) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .noTerminal }
        asciiOnly = !TerminalLocale.useUTF8()
        keel_crash_guard_install()
        guard keel_curses_start() == 0 else {
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw term.isEmpty ? .noTerminal : .unknownTerminal(term)
        }
        keel_curses_configure(noColor)
        keel_read_utf8_bytes(asciiOnly)
        directCells = keel_can_address_cursor()
        colors = !noColor && keel_curses_has_colors()
        signalFD = keel_signals_install()
        size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
    }

    /// Restores the terminal exactly as it was. Safe to call twice.
    public func stop() {
        guard active else { return }
        active = false
        keel_curses_end()
    }

    deinit { stop() }

    // MARK: - Drawing

    public func draw(_ buffer: Buffer) {
        let full = previous == nil || previous!.size != buffer.size
        if full {
            keel_erase()
            // After a resize the terminal may have kept or shifted old rows that
            // ncurses no longer knows about: repaint everything once.
            if previous != nil { keel_touch_all() }
        }
        let width = buffer.size.width
        let glyphs = buffer.glyphs, styles = buffer.styles
        let old = full ? nil : previous
        let oldGlyphs = old?.glyphs ?? [], oldStyles = old?.styles ?? []
        /// Is cell `i` the same as last frame? Cluster glyphs are indices into
        /// each frame's own table, so those are compared by text.
        func unchanged(_ i: Int) -> Bool {
            guard let old, oldStyles[i] == styles[i] else { return false }
            let a = oldGlyphs[i], b = glyphs[i]
            if a == b, a & 0x8000_0000 == 0 { return true }
            return old.text(ofGlyph: a) == buffer.text(ofGlyph: b)
        }
        // Most rows are as they were: skip those whole. With the same cluster
        // tables, equal numbers mean equal cells.
        let sameClusters = old.map { $0.clusters == buffer.clusters } ?? false
        var changed = full
        for row in 0..<buffer.size.height {
            let cells = row * width..<(row + 1) * width
            if sameClusters, oldGlyphs[cells] == glyphs[cells], oldStyles[cells] == styles[cells] { continue }
            for i in cells {
                let g = glyphs[i]
                if g == Buffer.continuation { continue }
                var columns = 1
                while i + columns < cells.upperBound, glyphs[i + columns] == Buffer.continuation { columns += 1 }
                if unchanged(i), (i + columns) % width == 0 || unchanged(i + columns) { continue }
                put(buffer.text(ofGlyph: g), g, columns: columns, styles[i], x: i % width, y: row)
                changed = true
            }
        }
        if let c = buffer.cursor { keel_show_cursor(Int32(c.y), Int32(c.x)) } else { keel_hide_cursor() }
        keel_flush()
        if changed { writeDirectCells(buffer) }
        previous = buffer
    }

    /// Writes every cell ncurses holds only a placeholder for, after its
    /// refresh. All of them, on any frame that changed: ncurses may have
    /// scrolled rows, or reprinted cells it believes are blank to move the
    /// cursor, and so painted over a cell it never changed.
    private func writeDirectCells(_ buffer: Buffer) {
        guard directCells, !asciiOnly else { return }
        let glyphs = buffer.glyphs, width = buffer.size.width
        for i in glyphs.indices where glyphs[i] >= 0x7F && glyphs[i] != Buffer.continuation {
            var columns = 1
            while (i + columns) % width != 0, glyphs[i + columns] == Buffer.continuation { columns += 1 }
            let text = buffer.text(ofGlyph: glyphs[i])
            guard CursesBackend.cellChars(text, columns: columns) == nil else { continue }
            let (attrs, pair) = attributes(buffer.styles[i])
            keel_put_direct(Int32(i / width), Int32(i % width), text, attrs, pair)
        }
        keel_flush_direct()
    }

    private func attributes(_ s: Style) -> (UInt32, Int32) {
        var attrs: UInt32 = 0
        if s.bold { attrs |= keel_attr_bold() }
        if s.dim || s.tint == .muted { attrs |= keel_attr_dim() }
        if s.underline { attrs |= keel_attr_underline() }
        if s.reverse { attrs |= keel_attr_reverse() }
        if s.italic { attrs |= keel_attr_italic() }
        return (attrs, colors ? Int32(s.tint?.rawValue ?? 0) : 0)
    }

    private func put(_ text: @autoclosure () -> String, _ glyph: UInt32, columns: Int, _ s: Style, x: Int, y: Int) {
        let (attrs, pair) = attributes(s)
        if glyph < 0x7F {
            var chars = [wchar_t(bitPattern: glyph)]
            keel_put_cell(Int32(y), Int32(x), &chars, 1, attrs, pair)
            return
        }
        let text = text()
        if asciiOnly {
            for (k, byte) in AsciiStandIn.text(text, columns: columns).utf8.enumerated() {
                var chars = [wchar_t(byte)]
                keel_put_cell(Int32(y), Int32(x + k), &chars, 1, attrs, pair)
            }
            return
        }
        if var chars = CursesBackend.cellChars(text, columns: columns) {
            keel_put_cell(Int32(y), Int32(x), &chars, Int32(chars.count), attrs, pair)
        } else if directCells {
            keel_put_placeholder(Int32(y), Int32(x), Int32(columns), attrs, pair)  // the text follows the refresh
        } else {
            var chars = CursesBackend.wideChars(text)
            keel_put_cell(Int32(y), Int32(x), &chars, Int32(chars.count), attrs, pair)
        }
    }

    /// A grapheme as one ncurses cell, when ncurses can hold all of it and
    /// the C library gives it the columns keel does: a spacing character
    /// and at most four zero-width marks. Nil when it must be written past
    /// ncurses (a flag, a skin tone, joined emoji, a spacing vowel sign).
    static func cellChars(_ text: String, columns: Int) -> [wchar_t]? {
        var out: [wchar_t] = []
        for scalar in text.unicodeScalars {
            let w = Int(keel_wcwidth(scalar.value))
            if out.isEmpty {
                guard w == columns else { return nil }
            } else if w != 0 || out.count == 5 {
                return nil
            }
            out.append(wchar_t(bitPattern: scalar.value))
        }
        return out.isEmpty ? nil : out
    }

    /// The first scalar and the zero-width marks after it, for a terminal
    /// that can't take a cell written by position.
    static func wideChars(_ text: String) -> [wchar_t] {
        var out: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if out.isEmpty {
                out.append(wchar_t(bitPattern: scalar.value))
            } else if scalar.value == 0x200D || DisplayWidth.width(of: scalar) != 0 {
                break
            } else if out.count < 5 {
                out.append(wchar_t(bitPattern: scalar.value))
            }
        }
        if out.isEmpty { out.append(32) }
        return out
    }

    // MARK: - Input

    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        if let event = readKey() { return event }
        let deadline: Double? = timeout.map { monotonicSeconds() + max(0, $0) }
        while true {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - monotonicSeconds()
                if left <= 0 { return nil }
                wait = Int32((left * 1000).rounded(.up))
            }
            let n = poll(&fds, 2, wait)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return nil }
            if fds[1].revents != 0, let event = readSignal() { return event }
            if fds[0].revents & Int16(POLLHUP | POLLERR) != 0 { return .terminate(signal: SIGHUP) }
            if fds[0].revents != 0, let event = readKey() { return event }
        }
    }

    private func readSignal() -> TerminalEvent? {
        var byte: UInt8 = 0
        var result: TerminalEvent?
        while read(signalFD, &byte, 1) == 1 {
            let sig = Int32(byte)
            if sig == SIGWINCH {
                keel_refresh_size()
                size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
                if result == nil { result = .resize(size) }
            } else {
                result = .terminate(signal: sig)
            }
        }
        return result
    }

    private func readKey() -> TerminalEvent? {
        var isCode: Int32 = 0
        var value: UInt32 = 0
        while keel_read_key(&isCode, &value) == 0 {
            if isCode != 0 {
                if Int32(value) == KEY_RESIZE {
                    size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
                    return .resize(size)
                }
                if let key = CursesBackend.keyCode(Int32(value)) { return .key(key) }
                continue  // a key keel doesn't use
            }
            if let key = Key.fromScalar(value) { return .key(key) }
        }
        return nil
    }

    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == keel_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    private func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
