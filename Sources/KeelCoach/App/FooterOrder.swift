import KeelTerminal

/// Which footer keys a narrow window keeps. In order of importance:
/// help now and the way out, at every width; then the screen's main
/// action (the first key it lists, past the arrows: Space on habits,
/// Enter on a menu or a form); then its other keys, in the order it lists
/// them; then the arrows that move or scroll (the › marker and the
/// "↓ more" line already show them); then help, which names everything.
/// The footer is filled from the most important down and shown in the
/// screen's own order.
enum FooterOrder {
    /// Kept at every width.
    static func isAlwaysKept(_ hint: KeyHint) -> Bool {
        hint == Hints.crisis || hint == Hints.crisisWhileTyping || isWayOut(hint)
    }

    /// Esc back (or "back to the list"), q quit: how to leave.
    static func isWayOut(_ hint: KeyHint) -> Bool { hint.key == "Esc" || hint == Hints.quit }

    static func isHelp(_ hint: KeyHint) -> Bool { hint == Hints.help || (hint.key == "F1" && hint.action == "help") }

    /// Moving about: ↑↓ on a list or a page, Tab between a form's fields.
    static func isArrows(_ hint: KeyHint) -> Bool {
        (hint.key == "↑↓" && (hint.action == "move" || hint.action == "scroll")) || hint.key.hasPrefix("Tab")
    }

    /// Lower is kept longer.
    static func rank(_ hint: KeyHint, isMainAction: Bool) -> Int {
        if isAlwaysKept(hint) { return 0 }
        if isMainAction { return 1 }
        if isHelp(hint) { return 4 }
        if isArrows(hint) { return 3 }
        return 2
    }

    /// The hints that fit in `width` columns, in their given order.
    static func fitting(_ hints: [KeyHint], width: Int) -> [KeyHint] {
        func cost(_ h: KeyHint) -> Int { DisplayWidth.of(h.key) + 1 + DisplayWidth.of(h.action) }
        let main = hints.firstIndex { !isAlwaysKept($0) && !isArrows($0) && !isHelp($0) }
        var ranked = hints.enumerated().map { (index: $0.offset, rank: rank($0.element, isMainAction: $0.offset == main)) }
        var total = hints.reduce(0) { $0 + cost($1) } + 2 * max(0, hints.count - 1)
        // The least important go first, the later of equals before the earlier.
        while total > width, let drop = ranked.filter({ $0.rank > 0 }).max(by: { ($0.rank, $0.index) < ($1.rank, $1.index) }) {
            total -= cost(hints[drop.index]) + (ranked.count > 1 ? 2 : 0)
            ranked.removeAll { $0.index == drop.index }
        }
        return ranked.map { hints[$0.index] }
    }
}
