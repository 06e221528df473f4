import Testing
@testable import KeelTerminal

@Suite struct ChartTests {
    @Test func barsFillInEighthsAndStayInTheirWidth() {
        #expect(Chart.bar(5, of: 10, width: 4) == "██")
        #expect(Chart.bar(1, of: 16, width: 2) == "▏", "one sixteenth of two cells is one eighth of a cell")
        #expect(Chart.bar(30, of: 10, width: 3) == "███")
        #expect(Chart.bar(-1, of: 10, width: 3) == "")
        #expect(Chart.bar(1, of: 0, width: 3) == "", "nothing to measure against")
    }

    @Test func columnsStackFromTheBottom() {
        #expect(Chart.columns([0, 2, 4], top: 4, height: 2, gap: false) == ["  █", " ██"])
        #expect(Chart.columns([1], top: 2, height: 1, gap: false) == ["▄"])
        #expect(Chart.columns([1], top: 1, height: 1, gap: true) == ["█ "])
    }

    @Test func sparksShowEachCountWithADotForNone() {
        #expect(Chart.spark([0, 1, 2, 4]) == "·▂▄█")
    }

    @Test func aBufferDrawsBarsAndProgressWithTheirStyles() {
        var b = Buffer(size: Size(width: 10, height: 2))
        b.bar(value: 3, total: 4, x: 0, y: 0, width: 4)
        b.progress(1, of: 4, x: 0, y: 1, width: 8)
        #expect(b.lines == ["███", "━━──────"])
        #expect(b[0, 0].style == .accent && b[0, 1].style == .accent && b[2, 1].style == .muted)
    }
}

@Suite struct ScaledColumnsTests {
    @Test func theTopAndTheFootAreNumbered() {
        let rows = Chart.scaledColumns([1, 4], top: 4, height: 2)
        #expect(rows == [" 4   █ ", "   ▄ █ ", " 0 ────"])
        #expect(Chart.scaledColumns([12], top: 12, height: 1) == ["12 █ ", " 0 ──"])
        #expect(Chart.columnsThatFit(top: 6, width: 40) == 18)
    }
}
