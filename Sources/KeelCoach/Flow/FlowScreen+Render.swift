import KeelContent
import KeelStore
import KeelTerminal

extension FlowScreen {
    public var hints: [KeyHint] {
        switch stage {
        case .offerDraft: return [Hints.move, Hints.choose, Hints.back]
        case .saved(let entry):
            let win = entry.flatMap(keptWin) == nil ? "small win" : "another win"
            return [KeyHint("Enter", "done"), KeyHint("j", "journal"), KeyHint("w", win), Hints.crisis]
        case .step: break
        }
        let back = Hints.back
        switch step.stepKind {
        case .say: return [Hints.next, back, Hints.crisis]
        case .breathe: return [KeyHint("Enter", "begin"), KeyHint("s", "skip"), back, Hints.crisis]
        case .rate: return [Rating.rateHint, Hints.next, back, Hints.crisis]
        case .text: return [Hints.next, back, EditorKey.newLine, EditorKey.hint]
        case .choose: return [Hints.move, Hints.choose, back, Hints.crisis]
        case .checklist: return [Hints.move, KeyHint("Space", "tick"), Hints.next, back, Hints.crisis]
        case .person:
            if input.typingName { return [Hints.next, KeyHint("Esc", choices.count > 1 ? "the list" : "back")] }
            return [Hints.move, Hints.choose, back, Hints.crisis]
        case .summary: return [KeyHint("Enter", "save"), KeyHint("↑↓", "scroll"), back, Hints.crisis]
        }
    }

    public var help: Help {
        var lines = [
            "\(flow.title): \(flow.summary).",
            "Enter goes on and Esc goes back a step; every answer is kept. The line under the title shows how far along you are.",
            "Leave at any time: what you have written is kept as a draft and offered back next time.",
        ]
        if stage == .step {
            switch step.stepKind {
            case .rate: lines.append("Pick a number with the digits, or ← and → (→ reaches 10).")
            case .checklist: lines.append("Space ticks or unticks the line under the cursor; tick as many as fit.")
            case .text:
                lines.append(
                    "Type as much or as little as you like; long answers wrap. Ctrl-J (or Alt-Enter) starts a new line, and a paste keeps its lines. Ctrl-U clears the line."
                )
                lines.append("Ctrl-O opens your own editor ($VISUAL or $EDITOR) with the answer so far; what you save there comes back here.")
            case .breathe: lines.append("Enter starts the pacer; s skips this step.")
            case .person: lines.append("Pick someone from your circle map, or choose Someone else to type a name.")
            default: break
            }
        }
        lines.append("! opens help right now (crisis lines and your safety plan) from any step that isn't a text field.")
        return Help(flow.title, lines)
    }

    // MARK: - Drawing

    public func render(into buffer: inout Buffer, in area: Rect, _ ctx: Context) {
        switch stage {
        case .offerDraft(let saved): renderOffer(saved, into: &buffer, area, ctx)
        case .saved(let entry): renderSaved(entry, into: &buffer, area, ctx)
        case .step:
            let top = renderProgress(into: &buffer, area)
            renderStep(into: &buffer, area.droppingTop(top), ctx)
        }
    }

    /// "Step 3 of 14 · What happened" and a thin bar; returns the rows used.
    func renderProgress(into buffer: inout Buffer, _ area: Rect) -> Int {
        let position = session.history.count + 1
        var answers = session.answers
        if let a = captured() { answers[step.id] = a }
        let total = position + walker.remaining(after: index, answers: answers)
        let label = "Step \(position) of \(total) · \(step.displayTitle)"
        let used = buffer.write(label, in: area.row(0), style: .muted)
        let barWidth = min(20, area.width - used - 2)
        if barWidth >= 6 { buffer.progress(position, of: total, x: area.maxX - barWidth, y: area.y, width: barWidth) }
        return area.height >= 10 ? 2 : 1
    }

    func renderStep(into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        var area = area
        if doneToday, session.history.isEmpty {
            let used = buffer.paragraph("You did your \(flow.title.lowercased()) earlier today; this one is kept beside it.", in: area, style: .calm)
            area = area.droppingTop(used + (area.height >= 12 ? 1 : 0))
        }
        var y = 0
        let roomy = area.height >= 12
        func para(_ text: String, _ style: Style) {
            guard y < area.height else { return }
            y += buffer.paragraph(text, in: area.droppingTop(y), style: style)
            if roomy { y += 1 }
        }
        switch step.stepKind {
        case .say:
            let paragraphs = (step.text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), Style.plain) }
            ScrollText(lines: ScrollText.wrap(paragraphs, width: area.width), scroll: scroll).render(into: &buffer, in: area)
            return
        case .breathe:
            if let text = step.text { para(text, .plain) }
            let minutes = step.minutes ?? 1
            para("Enter to begin (about \(plainNumber(minutes)) min), s to skip.", .muted)
        case .rate:
            if let text = step.text { para(text, .muted) }
            para(prompt ?? "", .strong)
            if y + 2 <= area.height { input.rating.render(into: &buffer, at: area.x, y: area.y + y) }
            y += 3
        case .text:
            if let text = step.text { para(text, .muted) }
            para(prompt ?? "", .strong)
            renderField(into: &buffer, area.droppingTop(y), placeholder: step.hint ?? "")
            return
        case .choose, .checklist, .person:
            renderChoiceStep(into: &buffer, area, ctx)
            return
        case .summary:
            renderRecap(into: &buffer, area)
            return
        }
        renderNotice(into: &buffer, area, from: y)
    }

    func renderNotice(into buffer: inout Buffer, _ area: Rect, from y: Int) {
        if let notice, y < area.height { buffer.paragraph(notice, in: area.droppingTop(y), style: .warm) }
    }

    /// A text field that grows with the answer, wrapping long lines.
    func renderField(into buffer: inout Buffer, _ area: Rect, placeholder: String) {
        let noticeRows = notice == nil ? 0 : 1
        let width = max(1, area.width - 2)
        let rows = input.editor.layout(width: width).rows.count + (input.editor.limitNote == nil ? 0 : 1)
        let height = max(1, min(rows + 1, area.height - noticeRows))
        buffer.write("›", x: area.x, y: area.y, style: .key, clip: area)
        buffer.textField(
            input.editor, in: Rect(x: area.x + 2, y: area.y, width: width, height: min(height, area.height)),
            focused: true, placeholder: placeholder)
        // Wrapped, so a narrow window shows the whole of it.
        if let notice { buffer.paragraph(notice, in: area.droppingTop(min(height, area.height - 1)), style: .warm) }
    }

    func renderChoices(into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        var area = area
        if step.stepKind == .person {
            if let sting = FlowOptions.stingCircle(for: step, ctx: ctx, answers: session.answers),
                let first = choices.first(where: { !$0.badge.isEmpty }), !input.typingName, area.height >= 4
            {
                let used = buffer.paragraph("Someone outside \(sting.name) may see it more clearly, like \(first.label).", in: area, style: .calm)
                area = area.droppingTop(used)
            }
            if input.typingName {
                if choices.count == 1, area.height >= 3 {
                    let used = buffer.paragraph("Type a name. Once your circle map has people in it, they'll be listed here.", in: area, style: .muted)
                    area = area.droppingTop(used)
                }
                renderField(into: &buffer, area, placeholder: "A name, or leave it empty")
                return
            }
        }
        // Labels and details side by side when both fit; otherwise labels
        // alone, and the highlighted line's detail under the list.
        let box = step.stepKind == .checklist ? 4 : 0
        let longest = (choices.map { DisplayWidth.of($0.label) }.max() ?? 0) + box
        let details = choices.contains { !$0.detail.isEmpty }
        let sideBySide = !details || longest + 1 <= area.width / 2 + 4
        let current = choices.indices.contains(input.cursor) ? choices[input.cursor] : nil
        var detail: (String, Style)?, example: (String, Style)?
        if !sideBySide, let d = current?.detail, !d.isEmpty { detail = (d, .muted) }
        if step.stepKind == .checklist, let e = current?.example { example = ("e.g. “\(e)”", .muted) }
        // The list keeps three rows where it can. What goes under it gives
        // way whole, least needed first: the blank line, the example, then
        // the choice's own description (worth a list row: without it a
        // short window names a thinking trap it never explains); a notice
        // stays longest.
        var minimumList = min(choices.count, 3)
        var belowLines: [(String, Style)] = [], gap = 0
        for (kept, least) in [([detail, example], 3), ([detail], 3), ([detail], 2), ([], 3)] {
            let lines = ScrollText.wrap((kept + [notice.map { ($0, Style.warm) }]).compactMap { $0 }, width: max(1, area.width - 2))
            let list = min(choices.count, least)
            if lines.isEmpty || area.height - lines.count - 1 >= list {
                (belowLines, gap, minimumList) = (lines, 1, list)
                break
            }
            if area.height - lines.count >= list {
                (belowLines, gap, minimumList) = (lines, 0, list)
                break
            }
        }
        let room = area.height - (belowLines.isEmpty ? 0 : belowLines.count + gap)
        let items = choices.map { c in
            let mark = step.stepKind == .checklist ? (input.ticked.contains(c.id) ? "[x] " : "[ ] ") : ""
            return MenuView.Item(mark + c.label, detail: sideBySide ? c.detail : "", badge: c.badge)
        }
        let labelWidth = sideBySide ? min(longest + 1, max(8, area.width / 2 + 4)) : area.width - 2
        // The highlighted choice is shown whole, wrapped under itself, when the room allows.
        let menu = MenuView(items: items, selected: input.cursor, labelWidth: labelWidth, wrapsSelected: room > minimumList)
        let listHeight = max(1, min(menu.rowsNeeded(width: area.width), room))
        menu.render(into: &buffer, in: area.top(listHeight))
        var y = area.y + listHeight + gap
        for (text, style) in belowLines where y < area.maxY {
            buffer.write(text, x: area.x + 2, y: y, style: style, clip: area)
            y += 1
        }
    }

    /// The answers so far, before they are saved.
    func renderRecap(into buffer: inout Buffer, _ area: Rect) {
        var paragraphs: [(String, Style)] = []
        if let text = step.text { paragraphs += [(text, .plain), ("", .plain)] }
        for stepID in session.history {
            guard let s = flow.step(stepID), let a = session.answers[stepID], a.hasContent,
                s.stepKind != .breathe
            else { continue }
            paragraphs.append((s.displayTitle, .strong))
            paragraphs.append(("  " + a.words, .plain))
        }
        ScrollText(lines: ScrollText.wrap(paragraphs, width: area.width), scroll: scroll).render(into: &buffer, in: area)
    }

    func renderOffer(_ saved: FlowSession, into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        let started = DraftWords.started(ctx.calendar.day(of: saved.started), today: ctx.today)
        // Asking before words are let go takes the first line's place, so it fits a small window too.
        let n = saved.wordCount
        let asking =
            n == 1
            ? "That lets go of the word you wrote. Enter again to let it go, or ↑ to keep it."
            : "That lets go of the \(n) words you wrote. Enter again to let them go, or ↑ to keep them."
        var y =
            confirmingFresh
            ? buffer.paragraph(asking, in: area, style: .warm)
            : buffer.paragraph("You started this \(started) and didn't finish.", in: area, style: .strong)
        y += 1
        let at = flow.step(saved.current)?.displayTitle ?? ""
        let items = [
            MenuView.Item("Pick up where you left off", detail: at.isEmpty ? "" : "at \(at)"),
            MenuView.Item("Start fresh", detail: "the unfinished one is let go"),
        ]
        MenuView(items: items, selected: offerSelected, labelWidth: 27).render(into: &buffer, in: area.droppingTop(y).top(2))
    }

    /// The answer a `win` step gave, which the wins practice keeps as a small win.
    func keptWin(_ entry: JournalEntry) -> String? {
        let steps = Set(flow.steps.filter { $0.stepRole == .win }.map(\.id))
        return entry.answers.first { steps.contains($0.step) && $0.hasContent }?.text
    }

    func renderSaved(_ entry: JournalEntry?, into buffer: inout Buffer, _ area: Rect, _ ctx: Context) {
        guard let entry else {
            var y = buffer.paragraph("This couldn't be saved.", in: area, style: .warm)
            y += buffer.paragraph(ctx.flash ?? "", in: area.droppingTop(y + 1), style: .plain)
            return
        }
        var lines: [(String, Style)] = [("Saved to your journal.", .title), ("", .plain)]
        if let before = entry.stingBefore, let after = entry.stingAfter {
            let change = before - after
            let words =
                change > 0
                ? "It eased by \(change)."
                : change == 0 ? "Some stings take longer, and that's all right." : "It stings a bit more right now. That happens; be gentle with yourself."
            lines.append(("The sting went from \(before) to \(after). \(words)", .plain))
        }
        let nextStep = flow.steps.first { $0.stepRole == .nextStep }.flatMap { step in entry.answers.first { $0.step == step.id } }
        if let nextStep, nextStep.hasContent {
            lines.append(("Your next step: \(nextStep.words)", .plain))
        }
        if let win = keptWin(entry) {
            lines.append(("Kept with your small wins too: \(win)", .calm))
        }
        lines.append(("", .plain))
        let w = keptWin(entry) == nil ? "w to note a small win" : "w to note another win"
        lines.append(("Enter to finish, j to open the journal, \(w).", .muted))
        ScrollText(lines: ScrollText.wrap(lines, width: area.width), offset: 0).render(into: &buffer, in: area)
    }
}
