import Testing
@testable import KeelTerminal

@Suite struct ScrollStateTests {
    func page(_ n: Int) -> [(String, Style)] { (1...n).map { ("line \($0)", Style.plain) } }

    @Test func keysStopAtTheEndOnceThePageIsDrawn() {
        var scroll = ScrollState()
        var b = Buffer(size: Size(width: 20, height: 3))
        ScrollText(lines: page(5), scroll: scroll).render(into: &b, in: Rect(x: 0, y: 0, width: 20, height: 3))
        for _ in 0..<30 { _ = scroll.handle(.down) }
        #expect(scroll.offset == 2, "five lines in three rows go no further than two")
        let used1 = scroll.handle(.up)
        #expect(used1)
        #expect(scroll.offset == 1, "one ↑ after many ↓ moves the page at once")
    }

    @Test func theLastPageShowsItsLastLines() {
        var scroll = ScrollState()
        var b = Buffer(size: Size(width: 10, height: 3))
        let area = Rect(x: 0, y: 0, width: 10, height: 3)
        ScrollText(lines: page(5), scroll: scroll).render(into: &b, in: area)
        _ = scroll.handle(.pageDown)
        b.clear()
        ScrollText(lines: page(5), scroll: scroll).render(into: &b, in: area)
        #expect(b.lines == ["line 3", "line 4", "line 5"])
    }

    @Test func neverAboveTheTopAndHomeGoesBack() {
        var scroll = ScrollState()
        _ = scroll.handle(.pageUp)
        #expect(scroll.offset == 0)
        _ = scroll.handle(.pageDown)
        #expect(scroll.offset == 10, "before any drawing nothing is known to stop it")
        let used2 = scroll.handle(.home)
        #expect(used2 && scroll.offset == 0)
        let used3 = scroll.handle(.char("x"))
        #expect(!used3)
    }

    @Test func aShortPageDoesNotScroll() {
        var scroll = ScrollState()
        var b = Buffer(size: Size(width: 10, height: 4))
        ScrollText(lines: page(2), scroll: scroll).render(into: &b, in: Rect(x: 0, y: 0, width: 10, height: 4))
        _ = scroll.handle(.down)
        #expect(scroll.offset == 0 && scroll.furthest == 0)
    }
}
