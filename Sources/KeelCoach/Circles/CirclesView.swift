import KeelStore
import KeelTerminal

/// Draws the circles screen: the map with a legend and a line about what is
/// selected (and, in a wide window, the insights beside it), or the list.
struct CirclesView {
    let world: CircleWorld
    let rows: [CircleRow]
    let selected: Int
    let today: CivilDate
    let step: WideningStep?
    /// Where the map's layout is kept between frames; none works it out each time.
    var memo: MapLayoutMemo? = nil

    /// From this width on, the insights sit beside the map.
    static let panelFrom = 140
    static let panelWidth = 34

    var selectedRow: CircleRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    func mapFits(_ area: Rect) -> Bool {
        area.width >= MapLayout.minimum.width && area.height - 2 >= MapLayout.minimum.height
    }

    static func renderEmpty(into buffer: inout Buffer, in area: Rect) {
        var y = buffer.paragraph("Nobody here yet, apart from you.", in: area, style: .title) + 1
        for text in [
            "This is a map of where you belong: family, friends, a club, a team, a class, a community. When one place lets you down, the others still hold.",
            "Press n to add your first circle, then a to add the people in it.",
        ] {
            y += buffer.paragraph(text, in: area.droppingTop(y)) + 1
        }
    }

    // MARK: - Map

    func renderMap(into buffer: inout Buffer, in area: Rect) {
        var mapArea = area
        if area.width >= CirclesView.panelFrom {
            let panel = Rect(x: area.maxX - CirclesView.panelWidth, y: area.y, width: CirclesView.panelWidth, height: area.height - 1)
            mapArea = area.left(area.width - CirclesView.panelWidth - 2)
            let lines = ScrollText.wrap(InsightsText.summary(world, today: today, step: step), width: panel.width)
            ScrollText(lines: lines, offset: 0).render(into: &buffer, in: panel)
        }
        let mapRect = mapArea.droppingBottom(2)
        let named = Set([selectedRow?.personID].compactMap { $0 })
        let size = Size(width: mapRect.width, height: mapRect.height)
        let layout =
            memo?.layout(world: world, size: size, today: today, named: named)
            ?? MapLayout(world: world, size: size, today: today, named: named)
        for piece in layout.pieces {
            buffer.write(piece.text, x: mapRect.x + piece.x, y: mapRect.y + piece.y, style: style(piece.role), clip: mapRect)
        }
        let legend = legendText(layout, width: mapArea.width)
        buffer.write(legend, in: Rect(x: area.x, y: area.maxY - 2, width: mapArea.width, height: 1), style: .muted)
        buffer.write(statusText(), in: Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1), style: .plain)
    }

    func style(_ role: MapLayout.Role) -> Style {
        switch role {
        case .you: return .title
        case .ring: return .muted
        case .strain: return .warm
        case .label(let id):
            return selectedRow == .circle(id) ? .selected : .strong
        case .mark(let personID, let circleID, let quiet, let inner):
            if selectedRow == .person(personID, in: circleID) { return .selected }
            return quiet ? .muted : inner ? Style(tint: .accent, bold: true) : .accent
        case .name(let personID):
            return selectedRow?.personID == personID ? .strong : .plain
        }
    }

    /// What the marks mean, in as many words as fit.
    func legendText(_ layout: MapLayout, width: Int) -> String {
        let quiet = layout.pieces.contains { if case .mark(_, _, true, _) = $0.role { return true } else { return false } }
        let strain = layout.pieces.contains { $0.role == .strain }
        let hidden = layout.hiddenCount > 0 ? layout.hiddenCount : nil
        let long = [
            "rings: inner, middle, outer", quiet ? "hollow: gone quiet" : nil, strain ? "~ pull against each other" : nil,
            hidden.map { "\($0) more in the list (v)" },
        ].compactMap { $0 }.joined(separator: " · ")
        if DisplayWidth.of(long) <= width { return long }
        return [
            "rings: inner, middle, outer", quiet ? "hollow: quiet" : nil, strain ? "~ strained" : nil,
            hidden.map { "+\($0) in list" },
        ].compactMap { $0 }.joined(separator: " · ")
    }

    /// One line about what is selected.
    func statusText() -> String {
        switch selectedRow {
        case .circle(let id)?:
            guard let c = world.circle(id) else { return "" }
            let members = world.members(of: id)
            let close = members.filter { $0.ring == .inner }.count
            var parts = [
                "\(CircleGlyph.filled(c.kind)) \(c.name)", c.kind.label, "\(counted(members.count, "person", "people")), \(close) close",
            ]
            if let last = CircleRhythm.lastContact(c, in: world) { parts.append("in touch \(RhythmWords.ago(today.days(since: last)))") }
            return parts.joined(separator: " · ")
        case .person(let id, _)?:
            guard let p = world.person(id) else { return "" }
            let circles = world.circles(of: p).map(\.name)
            var parts = [p.name, "\(p.ring.rawValue) ring", circles.isEmpty ? "in no circle yet" : circles.joined(separator: ", ")]
            parts.append(p.lastContact.map { "in touch \(RhythmWords.ago(today.days(since: $0)))" } ?? "no contact logged yet")
            if CircleRhythm.isQuiet(p, in: world, today: today) { parts.append("gone quiet") }
            return parts.joined(separator: " · ")
        case nil:
            return ""
        }
    }

    // MARK: - List

    func renderList(into buffer: inout Buffer, in area: Rect, mapWanted: Bool) {
        let n = world.people.count
        var header = "\(counted(world.circles.count, "circle")) · \(counted(n, "person", "people"))"
        let note = " · a larger window shows the map"
        if mapWanted, DisplayWidth.of(header + note) <= area.width { header += note }
        buffer.write(header, in: area, style: .muted)
        let gap = area.height >= 12 ? 1 : 0
        let list = Rect(x: area.x, y: area.y + 1 + gap, width: area.width, height: max(0, area.height - 2 - 2 * gap))
        let labelWidth = min(22, max(10, area.width / 2 - 2))
        let compact = area.width < 50
        MenuView(items: rows.map { item($0, compact: compact) }, selected: selected, labelWidth: labelWidth).render(into: &buffer, in: list)
        buffer.write(statusText(), in: area.row(area.height - 1), style: .plain)
    }

    /// A row of the list; `compact` leaves out what a narrow window has no room for.
    func item(_ row: CircleRow, compact: Bool) -> MenuView.Item {
        switch row {
        case .circle(let id):
            guard let c = world.circle(id) else { return MenuView.Item("") }
            let members = world.members(of: id)
            let quiet = members.filter { CircleRhythm.isQuiet($0, in: world, today: today) }.count
            return MenuView.Item(
                "\(CircleGlyph.filled(c.kind)) \(c.name)",
                detail: counted(members.count, "person", "people") + (compact ? "" : " · \(RhythmWords.every(c.cadenceDays))"),
                badge: quiet > 0 ? "\(quiet) quiet" : "")
        case .person(let id, let circleID):
            guard let p = world.person(id) else { return MenuView.Item("") }
            let quiet = CircleRhythm.isQuiet(p, in: world, today: today)
            let kind = circleID.flatMap(world.circle)?.kind
            let glyph = kind.map { quiet ? CircleGlyph.hollow($0) : CircleGlyph.filled($0) } ?? "·"
            let when = RhythmWords.lastContact(p.lastContact, today: today)
            return MenuView.Item(
                "  \(glyph) \(p.name)", detail: compact ? when : "\(p.ring.rawValue) · \(when)",
                badge: quiet ? "quiet" : "")
        }
    }
}
