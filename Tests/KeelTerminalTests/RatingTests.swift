import Testing
@testable import KeelTerminal

@Suite struct RatingTests {
    @Test func drawsTheScaleWithTheChoiceMarkedAndWordsAtBothEnds() {
        var b = Buffer(size: Size(width: 36, height: 2))
        Rating(value: 3, low: "calm", high: "tense").render(into: &b, at: 0, y: 0)
        #expect(
            b.lines == [
                " 0  1  2 [3] 4  5  6  7  8  9  10",
                "calm                         tense",
            ])
        #expect(b[9, 0].style == .selected && b[0, 1].style == .muted)
    }

    @Test func endWordsAreCutToHalfTheScale() {
        var b = Buffer(size: Size(width: 40, height: 2))
        Rating(low: "not at all, not even a little", high: "x").render(into: &b, at: 0, y: 0)
        #expect(b.line(1).hasPrefix("not at all, not ") && b.line(1).hasSuffix("x"))
        #expect(!b.line(0).contains("["), "nothing marked before a choice")
    }

    @Test func oneThenZeroIsTenAndArrowsStayInRange() {
        var r = Rating(low: "", high: "")
        let used1 = r.handle(.char("1"))
        #expect(used1 && r.value == 1)
        let used2 = r.handle(.char("0"))
        #expect(used2 && r.value == 10)
        let used3 = r.handle(.right)
        #expect(used3 && r.value == 10)
        let used4 = r.handle(.char("0"))
        #expect(used4 && r.value == 0)
        let used5 = r.handle(.left)
        #expect(used5 && r.value == 0)
        let used6 = r.handle(.char("x"))
        #expect(!used6)
    }

    @Test func theFirstArrowStartsNearTheMiddle() {
        var up = Rating(low: "", high: ""), down = Rating(low: "", high: "")
        _ = up.handle(.right)
        _ = down.handle(.left)
        #expect(up.value == 5 && down.value == 5)
    }
}
