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
                return
                    "keel needs a terminal to draw in. Run it in a terminal window, add --plain to talk line by line (a pipe works too), or use a command that prints, such as keel export."
            case .unknownTerminal(let term):
                return "keel can't draw on a terminal of type \"\(term)\". Try TERM=xterm-256color keel."
            }
        }
    }

    public private(set) var size: Size
    private var previous: Buffer?
    private let signalFD: Int32
    private let colors: Bool
    /// How tints look here (see `Theme`), and how many colours the terminal has.
    private let theme: Theme
    private let paletteSize: Int
    private var active = true
    /// No UTF-8 locale could be had: draw ASCII stand-ins.
    private let asciiOnly: Bool
    /// The terminal can move its cursor anywhere: cells ncurses can't draw
    /// right are written straight to it.
    private let directCells: Bool

    public init(noColor: Bool, theme: Theme = Theme.resolve(.auto, colorFgBg: nil)) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .noTerminal }
        asciiOnly = !TerminalLocale.useUTF8()
        keel_crash_guard_install()
        guard keel_curses_start() == 0 else {
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw term.isEmpty ? .noTerminal : .unknownTerminal(term)
        }
        keel_curses_configure(noColor)
        directCells = keel_can_address_cursor()
        colors = !noColor && keel_curses_has_colors()
        self.theme = theme
        paletteSize = colors ? Int(keel_curses_colors()) : 0
        if colors {
            for tint in Tint.allCases { keel_curses_set_pair(Int32(tint.rawValue), Int32(theme.foreground(tint, colors: paletteSize))) }
        }
        signalFD = keel_signals_install()
        size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
    }

    /// Restores the terminal exactly as it was. Safe to call twice.
    public func stop() {
        guard active else { return }
        active = false
        keel_curses_end()
    }

    deinit {
        stop()
        readBuffer.deallocate()
    }

    // MARK: - Drawing

    public func draw(_ buffer: Buffer) {
        let full = previous == nil || previous!.size != buffer.size
        if full {
            keel_erase()
            // After a resize the terminal may have kept or shifted old rows that
            // ncurses no longer knows about: repaint everything once.
            if previous != nil { keel_touch_all() }
            directRows = Array(repeating: false, count: buffer.size.height)
        }
        let width = buffer.size.width
        let old = full ? nil : previous
        let hasOld = old != nil
        // With the same cluster tables, equal numbers mean equal cells, so a
        // row as it was is found by comparing its memory: most rows are.
        let sameClusters = old.map { $0.clusters == buffer.clusters } ?? false
        var changed = full
        buffer.glyphs.withUnsafeBufferPointer { glyphs in
            buffer.styles.withUnsafeBufferPointer { styles in
                let oldGlyphs = old?.glyphs ?? [], oldStyles = old?.styles ?? []
                oldGlyphs.withUnsafeBufferPointer { oldGlyphs in
                    oldStyles.withUnsafeBufferPointer { oldStyles in
                        /// Is cell `i` the same as last frame? Cluster glyphs are indices into
                        /// each frame's own table, so those are compared by text.
                        /// (`hasOld` is asked, not `old`: binding the frame copies it.)
                        func unchanged(_ i: Int) -> Bool {
                            guard hasOld, oldStyles[i] == styles[i] else { return false }
                            let a = oldGlyphs[i], b = glyphs[i]
                            if a == b, a & 0x8000_0000 == 0 { return true }
                            return old!.text(ofGlyph: a) == buffer.text(ofGlyph: b)
                        }
                        for row in 0..<buffer.size.height {
                            let start = row * width
                            if sameClusters, CursesBackend.same(glyphs, oldGlyphs, from: start, count: width),
                                CursesBackend.same(styles, oldStyles, from: start, count: width)
                            {
                                continue
                            }
                            var direct = false
                            let end = start + width
                            // Printable ASCII cells to write side by side in one style,
                            // runStart..<runEnd: ncurses takes them in one call.
                            var runStart = start, runEnd = start
                            func flushRun() {
                                guard runEnd > runStart, let base = glyphs.baseAddress else { return }
                                putASCII(base + runStart, count: runEnd - runStart, styles[runStart], x: runStart - start, y: row)
                                runStart = runEnd
                            }
                            for i in start..<end {
                                let g = glyphs[i]
                                if g == Buffer.continuation { continue }
                                // Most cells of a changed row are as they were: an ASCII
                                // cell and its neighbour both unchanged (what `unchanged`
                                // finds below) are passed over at a glance.
                                if g < 0x7F, hasOld, oldGlyphs[i] == g, oldStyles[i] == styles[i] {
                                    if i + 1 == end { continue }
                                    let next = glyphs[i + 1]
                                    if next != Buffer.continuation, next & 0x8000_0000 == 0, oldGlyphs[i + 1] == next,
                                        oldStyles[i + 1] == styles[i + 1]
                                    {
                                        continue
                                    }
                                }
                                var columns = 1
                                while i + columns < end, glyphs[i + columns] == Buffer.continuation { columns += 1 }
                                if g >= 0x7F, !direct { direct = isDirect(buffer.text(ofGlyph: g), columns: columns) }
                                if unchanged(i), (i + columns) % width == 0 || unchanged(i + columns) { continue }
                                let continuesRun = runEnd == i && runEnd > runStart && styles[i] == styles[runStart]
                                // A fresh screen is blank already: its plain spaces need not be
                                // written, but one between two words of a run costs less
                                // written than the run broken in two.
                                if full, g == 0x20, styles[i] == Style.plain,
                                    !(continuesRun && i + 1 < end && glyphs[i + 1] != 0x20 && styles[i + 1] == styles[i])
                                {
                                    continue
                                }
                                changed = true
                                if g >= 0x20, g < 0x7F {
                                    if !continuesRun {
                                        flushRun()
                                        runStart = i
                                    }
                                    runEnd = i + 1
                                    continue
                                }
                                flushRun()
                                put(buffer.text(ofGlyph: g), g, columns: columns, styles[i], x: i % width, y: row)
                            }
                            flushRun()
                            directRows[row] = direct
                        }
                    }
                }
            }
        }
        if let c = buffer.cursor { keel_show_cursor(Int32(c.y), Int32(c.x)) } else { keel_hide_cursor() }
        keel_flush()
        if changed { writeDirectCells(buffer) }
        previous = buffer
    }

    /// Are `count` elements from `start` bytewise the same in both frames?
    /// Glyphs and styles are plain numbers, so equal bytes are equal cells.
    private static func same<T>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, from start: Int, count: Int) -> Bool {
        guard let a = a.baseAddress, let b = b.baseAddress else { return false }
        return memcmp(a + start, b + start, count * MemoryLayout<T>.stride) == 0
    }

    /// Rows holding a cell written past ncurses, as of the frame drawn last:
    /// a row as it was keeps its cells, so only redrawn rows are looked at again.
    private var directRows: [Bool] = []

    /// Is this cell one ncurses only holds a placeholder for?
    private func isDirect(_ text: String, columns: Int) -> Bool {
        guard directCells, !asciiOnly else { return false }
        return CursesBackend.cellChars(TerminalCellText.sent(text), columns: columns, into: &cell) == nil
    }

    /// Writes every cell ncurses holds only a placeholder for, after its
    /// refresh. All of them, on any frame that changed: ncurses may have
    /// scrolled rows, or reprinted cells it believes are blank to move the
    /// cursor, and so painted over a cell it never changed.
    private func writeDirectCells(_ buffer: Buffer) {
        guard directCells, !asciiOnly else { return }
        let glyphs = buffer.glyphs, width = buffer.size.width
        for row in directRows.indices where directRows[row] {
            for i in row * width..<(row + 1) * width where glyphs[i] >= 0x7F && glyphs[i] != Buffer.continuation {
                var columns = 1
                while (i + columns) % width != 0, glyphs[i + columns] == Buffer.continuation { columns += 1 }
                let text = TerminalCellText.sent(buffer.text(ofGlyph: glyphs[i]))
                guard CursesBackend.cellChars(text, columns: columns, into: &cell) == nil else { continue }
                let (attrs, pair) = attributes(buffer.styles[i])
                keel_put_direct(Int32(row), Int32(i % width), text, attrs, pair)
            }
        }
        keel_flush_direct()
    }

    private func attributes(_ s: Style) -> (UInt32, Int32) {
        var attrs: UInt32 = 0
        if s.bold { attrs |= keel_attr_bold() }
        if theme.dims(s, colors: paletteSize) { attrs |= keel_attr_dim() }
        if s.underline { attrs |= keel_attr_underline() }
        if s.reverse { attrs |= keel_attr_reverse() }
        if s.italic { attrs |= keel_attr_italic() }
        return (attrs, colors ? Int32(s.tint?.rawValue ?? 0) : 0)
    }

    /// `count` printable ASCII cells of one style from (x, y), in one call.
    private func putASCII(_ glyphs: UnsafePointer<UInt32>, count: Int, _ s: Style, x: Int, y: Int) {
        let (attrs, pair) = attributes(s)
        keel_put_ascii(Int32(y), Int32(x), glyphs, Int32(count), attrs, pair)
    }

    private func put(_ text: @autoclosure () -> String, _ glyph: UInt32, columns: Int, _ s: Style, x: Int, y: Int) {
        let (attrs, pair) = attributes(s)
        if glyph < 0x7F {
            keel_put_char(Int32(y), Int32(x), glyph, attrs, pair)
            return
        }
        let text = TerminalCellText.sent(text())
        if asciiOnly {
            for (k, byte) in AsciiStandIn.text(text, columns: columns).utf8.enumerated() {
                keel_put_char(Int32(y), Int32(x + k), UInt32(byte), attrs, pair)
            }
            return
        }
        if let count = CursesBackend.cellChars(text, columns: columns, into: &cell) {
            keel_put_cell(Int32(y), Int32(x), cell, Int32(count), attrs, pair)
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
    /// Written into `out` (room for five), so a changed cell costs no allocation; the count, or nil.
    static func cellChars(_ text: String, columns: Int, into out: inout [wchar_t]) -> Int? {
        var n = 0
        for scalar in text.unicodeScalars {
            let w = Int(keel_wcwidth(scalar.value))
            if n == 0 {
                guard w == columns else { return nil }
            } else if w != 0 || n == 5 {
                return nil
            }
            out[n] = wchar_t(bitPattern: scalar.value)
            n += 1
        }
        return n == 0 ? nil : n
    }

    /// One cell's characters, made once and reused by every cell drawn.
    private var cell = [wchar_t](repeating: 0, count: 6)

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

    private var parser = KeyParser()
    /// Events decoded from one read but not handed out yet.
    private var queued: [TerminalEvent] = []
    /// One read's worth of input; a paste may need many. Allocated, not
    /// zeroed: a key touches one page of it, where filling all 64 KB took
    /// 16 page faults at every start.
    private let readBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 65_536)

    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        if !queued.isEmpty { return queued.removeFirst() }
        readKeys(waiting: 0)
        if !queued.isEmpty { return queued.removeFirst() }
        let deadline: Double? = timeout.map { monotonicSeconds() + max(0, $0) }
        while true {
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
            ]
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - monotonicSeconds()
                if left <= 0, !parser.isWaiting { return nil }
                wait = Int32((max(0, left) * 1000).rounded(.up))
            }
            // Half a sequence: give its tail a moment before deciding.
            let patience = parser.isInPaste ? 2000 : parser.isWaiting ? CursesBackend.sequencePatience : -1
            if patience >= 0, wait < 0 || patience < wait { wait = Int32(patience) }
            let n = poll(&fds, 2, wait)
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 {
                if parser.isWaiting { enqueue(parser.flush()) }
                if !queued.isEmpty { return queued.removeFirst() }
                if let deadline, monotonicSeconds() >= deadline { return nil }
                continue
            }
            if fds[1].revents != 0, let event = readSignal() { return event }
            if fds[0].revents & Int16(POLLIN) == 0, fds[0].revents & Int16(POLLHUP | POLLERR) != 0 { return .terminate(signal: SIGHUP) }
            if fds[0].revents != 0 {
                if !readKeys(waiting: -1) { return .terminate(signal: SIGHUP) }
                if !queued.isEmpty { return queued.removeFirst() }
            }
        }
    }

    /// How long (ms) a lone Esc or a begun sequence waits for more bytes:
    /// long enough for a sequence split over ssh, short enough that Esc
    /// still feels at once.
    static let sequencePatience = 80

    /// Reads what standard input holds into keys. False at end of input.
    @discardableResult
    private func readKeys(waiting: Int32) -> Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&fd, 1, waiting) > 0 else { return true }
        let n = read(STDIN_FILENO, readBuffer.baseAddress, readBuffer.count)
        if n == 0 { return false }
        if n < 0 { return errno == EINTR || errno == EAGAIN }
        enqueue(parser.feed(UnsafeBufferPointer(rebasing: readBuffer[0..<n])))
        return true
    }

    /// Keys for the app, except the two that are the terminal's own business.
    private func enqueue(_ keys: [Key]) {
        for key in keys {
            switch key {
            case .ctrl("z"):
                suspend()
                queued.append(.resize(size))
            case .ctrl("l"):
                previous = nil
                keel_touch_all()
                queued.append(.resize(size))
            case .paste(let text) where text.isEmpty:
                continue
            default:
                queued.append(.key(key))
            }
        }
    }

    /// Ctrl-Z: the terminal as it was, stopped until `fg`, then every cell
    /// drawn again (the window may have changed size meanwhile).
    private func suspend() {
        keel_curses_suspend()
        size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
        previous = nil
    }

    /// Lends the terminal to another program (an editor) for `body`, then
    /// takes it back and draws every cell again.
    public func handOff<T>(_ body: () -> T) -> T {
        keel_curses_pause()
        let result = body()
        keel_curses_resume()
        size = Size(width: Int(keel_cols()), height: Int(keel_rows()))
        previous = nil
        parser = KeyParser()
        queued.append(.resize(size))
        return result
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

    private func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
