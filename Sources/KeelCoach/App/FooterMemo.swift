import KeelTerminal
import Synchronization

/// The footer's choice of keys, remembered for the last hints and width
/// asked: a screen lists the same keys frame after frame, and choosing
/// which fit measures every one of them. Any other hints or width are
/// worked out afresh, so what is shown is always what `FooterOrder` says.
final class FooterMemo: Sendable {
    static let shared = FooterMemo()

    private struct Last {
        var hints: [KeyHint]
        var width: Int
        var fitting: [KeyHint]
    }

    private let last = Mutex<Last?>(nil)

    func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] {
        if let known = last.withLock({ $0 }), known.width == width, known.hints == hints { return known.fitting }
        let fitting = FooterOrder.fitting(hints, width: width)
        last.withLock { $0 = Last(hints: hints, width: width, fitting: fitting) }
        return fitting
    }
}
