import KeelTerminal

/// A step that offers choices (choose, checklist, person): its words above,
/// the list under them. The list always keeps rows enough to see and move
/// the cursor; in a short window the words above give way and scroll on
/// their own with Page Up and Page Down, the prompt staying just above the
/// list.
extension FlowScreen {
    /// The fewest rows the choices need to be seen and chosen from.
    var choiceRowsNeeded: Int {
        if step.stepKind == .person, input.typingName { return 2 }
        return max(1, min(choices.count, 3))
    }

    /// The words that lead in to the question: the step's text and what it recalls.
    func choiceLead(_ ctx: Context) -> [(String, Style)] {
        var lead: [(String, Style)] = []
        if let text = step.text { lead.append((text, .muted)) }
        if let found = recalled[step.id] { lead.append((FlowRecall.lead(found, today: ctx.today) + " “" + found.text + "”", .calm)) }
        return lead
    }

    func renderChoiceStep(into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        let width = max(1, area.width)
        let lead = choiceLead(ctx)
        let prompt = Wrap.lines(self.prompt ?? "", width: width).map { ($0, Style.strong) }
        // Roomy: a blank row after each paragraph, as on the other steps.
        let spaced = lead.flatMap { [$0, ("", Style.plain)] }
        let roomyHead = ScrollText.wrap(spaced, width: width) + prompt + [("", .plain)]
        if area.height >= 12, roomyHead.count + choiceRowsNeeded <= area.height {
            leadFits()
            draw(roomyHead, into: &buffer, area)
            renderChoices(into: &buffer, area.droppingTop(roomyHead.count), ctx)
            return
        }
        let leadLines = ScrollText.wrap(lead, width: width)
        if leadLines.count + prompt.count + choiceRowsNeeded <= area.height {
            leadFits()
            draw(leadLines + prompt, into: &buffer, area)
            renderChoices(into: &buffer, area.droppingTop(leadLines.count + prompt.count), ctx)
            return
        }
        // Short of room: the lead scrolls in what is left, the prompt and list stay.
        let promptRows = min(prompt.count, max(0, area.height - choiceRowsNeeded))
        let leadRows = max(0, area.height - choiceRowsNeeded - promptRows)
        if leadRows > 0 {
            // Wrapped short of the marker's columns, so no word hides behind it.
            let marker = DisplayWidth.of(FlowScreen.moreBelow) + 1
            renderLead(ScrollText.wrap(lead, width: max(1, width - marker)), into: &buffer, area.top(leadRows))
        } else {
            leadFits()
        }
        draw(Array(prompt.prefix(promptRows)), into: &buffer, area.droppingTop(leadRows))
        renderChoices(into: &buffer, area.droppingTop(leadRows + promptRows), ctx)
    }

    /// The lead in its few rows, from where Page Down has brought it, with
    /// the keys that read on at the right edge: "PgDn ↓" while more lies
    /// below, "PgUp ↑" once past the top.
    private func renderLead(_ lines: [(String, Style)], into buffer: inout Buffer, _ area: Rect) {
        let first = scroll.firstLine(of: lines.count, rows: area.height)
        let last = min(lines.count, first + area.height) - 1
        for row in 0...max(0, last - first) {
            let (text, style) = lines[first + row]
            var marker = ""
            if row == last - first, last < lines.count - 1 { marker = FlowScreen.moreBelow } else if row == 0, first > 0 { marker = FlowScreen.moreAbove }
            let room = marker.isEmpty ? area.width : max(0, area.width - DisplayWidth.of(marker) - 1)
            buffer.write(text, in: Rect(x: area.x, y: area.y + row, width: room, height: 1), style: style)
            if !marker.isEmpty { buffer.write(marker, x: area.maxX - DisplayWidth.of(marker), y: area.y + row, style: .muted, clip: area) }
        }
    }

    static let moreBelow = "PgDn ↓"
    static let moreAbove = "PgUp ↑"

    /// Tells the scroll state there is nothing to page through in this drawing.
    private func leadFits() { _ = scroll.firstLine(of: 0, rows: 1) }

    private func draw(_ lines: [(String, Style)], into buffer: inout Buffer, _ area: Rect) {
        for (i, (text, style)) in lines.enumerated() where i < area.height {
            buffer.write(text, in: area, row: i, style: style)
        }
    }

    /// Page Up and Page Down read the words above the list when they are
    /// cut short; true when the key did that.
    mutating func pageLead(_ key: Key) -> Bool {
        guard key == .pageDown || key == .pageUp, (scroll.furthest ?? 0) > 0 else { return false }
        scroll.scroll(by: key == .pageDown ? 1 : -1)
        return true
    }
}
