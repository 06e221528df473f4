import KeelStore
import KeelTerminal

/// What every screen shares: a title bar, a status line and a footer of keys,
/// and the calm message shown when the window is too small.
enum Chrome {
    /// Draws the frame around a screen and returns the area left for it.
    static func frame(into buffer: inout Buffer, screen: any Screen, ctx: Context) -> Rect {
        let area = buffer.area
        let titleRow = area.row(0)
        buffer.write("keel", x: 1, y: 0, style: .title)
        var badge: String?
        if case .readOnly = ctx.store.access { badge = ctx.store.isWaitingForLock ? "saving aside" : "read-only" }
        // The title stops short of the badge, so the two never run together.
        let room = area.width - 7 - (badge.map { DisplayWidth.of($0) + 2 } ?? 0)
        buffer.write("· " + screen.title, in: Rect(x: 6, y: 0, width: max(0, room), height: 1), style: .strong)
        if let badge { buffer.write(badge, x: area.maxX - DisplayWidth.of(badge) - 1, y: titleRow.y, style: .warm) }
        let status = area.row(area.height - 2)
        if let flash = ctx.flash {
            buffer.write(flash, in: status.inset(horizontal: 1, vertical: 0), style: .warm)
        }
        let footer = area.row(area.height - 1).inset(horizontal: 1, vertical: 0)
        FooterMemo.shared.draw(hints(for: screen, ctx), keeping: kept(for: screen, ctx), in: footer, into: &buffer)
        return body(buffer.size)
    }

    /// The area left for a screen in a window of this size.
    static func body(_ size: Size) -> Rect { Rect(x: 2, y: 2, width: size.width - 4, height: size.height - 5) }

    /// The screen's keys, then help, then help now (F2 while typing), unless
    /// the screen already names them.
    static func hints(for screen: any Screen, _ ctx: Context) -> [KeyHint] {
        var hints = screen.hints(in: ctx.bodyArea, ctx)
        if screen.capturesText {
            hints.removeAll { $0 == Hints.crisis }
            hints.append(KeyHint("F1", "help"))
        } else if !hints.contains(Hints.help) {
            // Before help now when the screen names it, so help now ends every footer.
            hints.insert(Hints.help, at: hints.firstIndex(of: Hints.crisis) ?? hints.endIndex)
        }
        if let now = helpNow(screen, ctx), !hints.contains(now) { hints.append(now) }
        return hints
    }

    /// What every footer keeps at every width: help now, and on the crisis
    /// pages the way out (Esc).
    static func kept(for screen: any Screen, _ ctx: Context) -> [KeyHint] {
        var kept = screen.isCrisisHelp ? screen.hints.filter { $0.key == "Esc" } : []
        if let now = helpNow(screen, ctx) { kept.append(now) }
        return kept
    }

    static func helpNow(_ screen: any Screen, _ ctx: Context) -> KeyHint? {
        guard ctx.crisisScreen != nil, !screen.isCrisisHelp else { return nil }
        return screen.capturesText ? Hints.crisisWhileTyping : Hints.crisis
    }

    static func tooSmall(into buffer: inout Buffer, held: Int = 0) {
        let area = buffer.area
        var lines = Wrap.lines("Make the window a little larger for keel.", width: max(1, area.width - 2)).map { ($0, Style.calm) }
        lines += [("", .plain)] + Wrap.lines("It is \(area.width)×\(area.height); 40×12 is enough.", width: max(1, area.width - 2)).map { ($0, Style.muted) }
        if held > 0 {
            let waiting = held == 1 ? "1 key you pressed waits until then." : "\(held) keys you pressed wait until then."
            lines += [("", .plain)] + Wrap.lines(waiting, width: max(1, area.width - 2)).map { ($0, Style.muted) }
        }
        lines += [("", .plain), ("Ctrl-C leaves.", .muted)]
        let top = max(0, (area.height - lines.count) / 2)
        for (i, (line, style)) in lines.enumerated() {
            buffer.writeCentered(line, in: area, row: top + i, style: style)
        }
    }
}
