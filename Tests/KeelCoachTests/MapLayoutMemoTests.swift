import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// The circle map is laid out again only when what it shows changes.
@Suite struct MapLayoutMemoTests {
    @Test func theMapIsLaidOutOnlyWhenWhatItShowsChanges() throws {
        let h = try CircleFixture.harness()
        var screen = CirclesScreen(h.ctx)
        func draw(_ width: Int = 80, _ height: Int = 22) -> Buffer {
            var buffer = Buffer(size: Size(width: width, height: height))
            screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: width, height: height), h.ctx)
            return buffer
        }
        let first = draw()
        #expect(draw() == first)
        #expect(screen.mapMemo.computed == 1, "the same frame twice: laid out once")
        _ = draw(100, 30)
        #expect(screen.mapMemo.computed == 2, "a new size: laid out again")
        _ = screen.handle(.down, h.ctx)
        let named = draw(100, 30)
        #expect(screen.mapMemo.computed == 3, "another person to name: laid out again")
        #expect(draw(100, 30) == named && screen.mapMemo.computed == 3)
        var renamed = screen.world.people[0]
        renamed.name = "Someone new"
        try h.store.save(renamed)
        screen.world = CircleWorld.load(h.store)  // as after an edit: the world changes
        _ = draw(100, 30)
        #expect(screen.mapMemo.computed == 4, "a changed world: laid out again")
    }
}
