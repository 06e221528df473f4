import KeelTerminal
import Synchronization

/// The footer's choice of keys, remembered for the last hints and width
/// asked: a screen lists the same keys frame after frame, and choosing
/// which fit measures every one of them. Any other hints or width are
/// worked out afresh, so what is shown is always what `FooterOrder` says.
/// The cells it drew are kept too, and put back while all stays the same.
final class FooterMemo: Sendable {
    static let shared = FooterMemo()

    private struct Last {
        var hints: [KeyHint]
        var width: Int
        var fitting: [KeyHint]
    }

    private let last = Mutex<Last?>(nil)

    /// The footer's cells as last drawn, for the hints it showed, the keys
    /// it kept and where: the same three draw the same cells.
    private struct Drawn {
        var hints: [KeyHint]
        var kept: [KeyHint]
        var cells: CellSpan
    }

    private let drawn = Mutex<Drawn?>(nil)

    /// Draws the footer into `rect` of a frame whose row there is blank: the
    /// cells drawn last time when they would be the same, else afresh.
    func draw(_ hints: [KeyHint], keeping kept: [KeyHint], in rect: Rect, into buffer: inout Buffer) {
        let shown = fitting(hints, width: rect.width)
        if let known = drawn.withLock({ $0 }), known.cells.rect == rect, known.hints == shown, known.kept == kept {
            buffer.paste(known.cells)
            return
        }
        buffer.footer(shown, keeping: kept, in: rect)
        let cells = buffer.span(of: rect)
        drawn.withLock { $0 = cells.map { Drawn(hints: shown, kept: kept, cells: $0) } }
    }

    func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] {
        if let known = last.withLock({ $0 }), known.width == width, known.hints == hints { return known.fitting }
        let fitting = FooterOrder.fitting(hints, width: width)
        last.withLock { $0 = Last(hints: hints, width: width, fitting: fitting) }
        return fitting
    }
}
