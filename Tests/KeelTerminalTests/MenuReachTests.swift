import Testing
@testable import KeelTerminal

/// Menus give labels the room there is and show the selected row whole.
@Suite struct MenuReachTests {
    let long = "Something social is coming up that I dread"

    func draw(_ menu: MenuView, width: Int, height: Int) -> [String] {
        var b = Buffer(size: Size(width: width, height: height))
        menu.render(into: &b, in: b.area)
        return b.lines
    }

    @Test func aRowWithNoDetailUsesTheWholeWidth() {
        let menu = MenuView(items: [MenuView.Item("Short"), MenuView.Item(long)], selected: 0)
        #expect(draw(menu, width: 80, height: 2)[1] == "  " + long)
    }

    @Test func aRowWithNoDetailStopsShortOfItsBadge() {
        let menu = MenuView(items: [MenuView.Item(long, badge: "today")], selected: 0)
        let line = draw(menu, width: 40, height: 1)[0]
        #expect(line.hasSuffix(" today"), "\(line)")
        #expect(line.contains("…"))
    }

    @Test func theSelectedRowWrapsWhenAsked() {
        let items = [MenuView.Item("First"), MenuView.Item(long), MenuView.Item("Third")]
        let menu = MenuView(items: items, selected: 1, wrapsSelected: true)
        #expect(menu.rowsNeeded(width: 30) == 4)
        #expect(draw(menu, width: 30, height: 4) == ["  First", "› Something social is coming", "  up that I dread", "  Third"])
        let plain = MenuView(items: items, selected: 1)
        #expect(plain.rowsNeeded(width: 30) == 3)
        #expect(draw(plain, width: 30, height: 3)[1].hasSuffix("…"))
    }

    @Test func aWrappedLabelHangsUnderItsTextNotItsMark() {
        let items = [MenuView.Item("▸ 4  ○ Stay for the coffee after class", detail: "due today", hang: 7), MenuView.Item("x")]
        let lines = draw(MenuView(items: items, selected: 0, labelWidth: 20, wrapsSelected: true), width: 36, height: 4)
        #expect(lines[0] == "› ▸ 4  ○ Stay for the  due today", "\(lines)")
        #expect(lines[1] == "         coffee after", "\(lines)")
        #expect(lines[2] == "         class", "\(lines)")
    }

    @Test func aWrappedDetailStaysInItsColumn() {
        let items = [MenuView.Item("Kindness", detail: "You notice what others need and help without keeping score.")]
        let lines = draw(MenuView(items: items, selected: 0, labelWidth: 10, wrapsSelected: true), width: 40, height: 3)
        #expect(lines[0] == "› Kindness   You notice what others need")
        #expect(lines[1] == "             and help without keeping")
        #expect(lines[2] == "             score.")
    }

    @Test func aWrappedRowStillScrollsWithMarkers() {
        let items = (1...8).map { MenuView.Item("Item \($0)") } + [MenuView.Item(long)]
        let lines = draw(MenuView(items: items, selected: 8, wrapsSelected: true), width: 30, height: 4)
        #expect(lines == ["↑ Item 7", "  Item 8", "› Something social is coming", "  up that I dread"])
    }
}

/// A form's text field that grows with its words.
@Suite struct FormFieldWrapTests {
    typealias Day = TestDay

    let mission = "I want to be a steady, warm presence for the people around me, and treat myself kindly."

    func form(rows: Int) -> FormWidget<Day> {
        FormWidget([
            .init(key: "mission", label: "Mission", value: .text(TextEditor(mission)), note: "", rows: rows),
            .init(key: "v1", label: "Value 1", value: .text(TextEditor("Honesty")), note: ""),
        ])
    }

    func draw(_ f: FormWidget<Day>) -> [String] {
        var b = Buffer(size: Size(width: 50, height: 8))
        f.render(into: &b, in: b.area, today: Day(n: 0))
        return b.lines
    }

    @Test func aLongMissionShowsItsWordsFocusedOrNot() {
        let focused = draw(form(rows: 4))
        #expect(focused[0].contains("I want to be a"), "\(focused)")
        #expect(focused.joined(separator: " ").contains("kindly."))
        #expect(focused.contains { $0.contains("Value 1") && $0.contains("Honesty") })
        var away = form(rows: 4)
        away.focus = 1
        let unfocused = draw(away)
        #expect(unfocused[0].contains("I want to be a"), "\(unfocused)")
        #expect(unfocused.joined(separator: " ").contains("kindly."), "\(unfocused)")
    }

    @Test func aOneRowFieldSlidesRatherThanShowingOnlyItsLastWord() {
        // Six words fill the row exactly, so a wrapped field would show "." alone.
        let text = String(repeating: "word ", count: 6) + "."
        let f = FormWidget<Day>([.init(key: "v", label: "Value", value: .text(TextEditor(text)), note: "")])
        var b = Buffer(size: Size(width: 50, height: 4))
        f.render(into: &b, in: b.area, today: Day(n: 0))
        let value = String(b.line(0).dropFirst(19))
        #expect(value.hasPrefix("…"), "\(b.line(0))")
        #expect(value.hasSuffix("word ."), "\(b.line(0))")
        #expect(b.cursor == Point(x: 19 + DisplayWidth.of(value), y: 0))
    }
}
