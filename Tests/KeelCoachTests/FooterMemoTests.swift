import KeelTerminal
import Testing

@testable import KeelCoach

/// The footer's remembered choice is FooterOrder's for the very hints and
/// width asked, whatever was asked before.
@Suite struct FooterMemoTests {
    @Test func theRememberedChoiceFollowsEveryChangeOfHintsOrWidth() {
        let memo = FooterMemo()
        let hints = [Hints.move, KeyHint("Enter", "start"), KeyHint("s", "still"), Hints.back, Hints.help]
        for width in [80, 30, 30, 12, 80] {
            #expect(memo.fitting(hints, width: width) == FooterOrder.fitting(hints, width: width))
        }
        let fewer = Array(hints.dropLast(2))
        #expect(memo.fitting(fewer, width: 30) == FooterOrder.fitting(fewer, width: 30))
        #expect(memo.fitting(hints, width: 30) == FooterOrder.fitting(hints, width: 30))
        #expect(memo.fitting(hints, width: 30) != memo.fitting(hints, width: 80))
    }

    /// The cells put back are the cells `footer` draws for the very hints,
    /// kept keys and place asked, whatever was drawn before.
    @Test func theRememberedCellsFollowEveryChangeOfHintsKeptKeysOrPlace() {
        let memo = FooterMemo()
        let hints = [Hints.move, KeyHint("←→", "length"), KeyHint("Enter", "start"), Hints.back, Hints.help]
        let wide = Rect(x: 1, y: 5, width: 60, height: 1)
        let narrow = Rect(x: 1, y: 5, width: 24, height: 1)
        let asks: [([KeyHint], [KeyHint], Rect)] = [
            (hints, [], wide), (hints, [], wide), (hints, [Hints.help], narrow), (hints, [Hints.help], narrow),
            (hints, [], narrow), (Array(hints.dropFirst()), [], wide), (hints, [], Rect(x: 1, y: 4, width: 60, height: 1)),
            (hints, [], wide),
        ]
        for (shown, kept, rect) in asks {
            var remembered = Buffer(size: Size(width: 62, height: 6))
            memo.draw(shown, keeping: kept, in: rect, into: &remembered)
            var afresh = Buffer(size: Size(width: 62, height: 6))
            afresh.footer(FooterOrder.fitting(shown, width: rect.width), keeping: kept, in: rect)
            let same = remembered == afresh  // (a frame printed whole would fill the log)
            #expect(same, "\(rect) \(kept): \(remembered.lines) against \(afresh.lines)")
        }
    }
}
