import Testing
@testable import KeelTerminal

/// A day that is a plain number, so the form is checked without a calendar.
struct TestDay: FormDay {
    var n: Int
    static func < (a: TestDay, b: TestDay) -> Bool { a.n < b.n }
    func adding(days: Int) -> TestDay { TestDay(n: n + days) }
    var short: String { "day \(n)" }
    func ago(today: TestDay) -> String { "\(today.n - n) ago" }
    func planned(today: TestDay) -> String { "in \(n - today.n)" }
}

@Suite struct FormWidgetTests {
    typealias TestForm = FormWidget<TestDay>
    let today = TestDay(n: 100)

    func form() -> TestForm {
        TestForm([
            .init(key: "name", label: "Name", value: .text(TextEditor("Ana")), note: "Who they are."),
            .init(
                key: "ring", label: "Ring", value: .choice([.init(id: "inner", label: "Inner"), .init(id: "outer", label: "Outer")], 0),
                note: "How close."),
            .init(key: "last", label: "Last talked", value: .day(nil), note: "When you were last in touch."),
        ])
    }

    @Test func drawsARowPerFieldTheFocusMarkedAndItsNoteBelow() {
        var f = form()
        f.focus = 1
        var b = Buffer(size: Size(width: 40, height: 7))
        f.render(into: &b, in: Rect(x: 0, y: 0, width: 40, height: 7), today: today)
        #expect(
            b.lines == [
                "  Name            Ana",
                "› Ring            ‹ Inner ›",
                "  Last talked     not logged",
                "",
                "  How close.",
                "",
                "",
            ], "\(b.lines)")
        #expect(b[0, 1].style == .key && b[18, 1].style == .strong)
    }

    @Test func anErrorSitsAboveTheNoteInWarmWords() {
        var f = form()
        f.focus = 1
        f.error = "A name, please."
        var b = Buffer(size: Size(width: 40, height: 7))
        f.render(into: &b, in: Rect(x: 0, y: 0, width: 40, height: 7), today: today)
        #expect(b.line(4) == "  A name, please." && b.line(5) == "  How close.")
        #expect(b[2, 4].style == .warm)
    }

    @Test func keysMoveBetweenFieldsChangeValuesAndSubmit() {
        var f = form()
        #expect(f.isTyping)
        #expect(f.handle(.tab, today: today) == .handled && f.focus == 1 && !f.isTyping)
        #expect(f.handle(.right, today: today) == .handled && f.choice("ring") == "outer")
        #expect(f.handle(.down, today: today) == .handled && f.focus == 2)
        #expect(f.handle(.left, today: today) == .handled && f.day("last") == today, "← from no day starts at today")
        #expect(f.handle(.right, today: today) == .handled && f.day("last") == today, "never later than today")
        #expect(f.handle(.pageUp, today: today) == .handled && f.day("last") == TestDay(n: 93))
        #expect(f.handle(.char("q"), today: today) == .ignored)
        #expect(f.handle(.enter, today: today) == .submit)
        #expect(f.handle(.escape, today: today) == .cancel)
        #expect(f.text("name") == "Ana")
    }

    @Test func aScoreReadsOneThenZeroAsTen() {
        var f = TestForm([.init(key: "s", label: "Score", value: .score(nil, percent: false), note: "")])
        _ = f.handle(.char("1"), today: today)
        _ = f.handle(.char("0"), today: today)
        #expect(f.score("s") == 10)
        _ = f.handle(.char("x"), today: today)
        #expect(f.score("s") == nil)
    }
}
