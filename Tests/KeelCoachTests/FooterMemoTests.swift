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
}
