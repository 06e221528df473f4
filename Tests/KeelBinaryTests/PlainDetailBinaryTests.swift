import Foundation
import Testing

/// A habit's calendar and a ladder's example steps through the real binary,
/// answers piped in, read back from its words and from keel export.
@Suite struct PlainDetailBinaryTests {
    let editing = PlainEditingTests()

    @Test func aHabitTickedTodayIsReadOnItsCalendar() throws {
        let s = Scratch()
        let input = ["a", "1", "Stretch", "", "", "", "1 done", "1 o", "", ""]
        let out = try editing.fed(["--plain", "--data-dir", s.data, "habits"], input, s)
        #expect(out.contains("Stretch: its calendar"), "\(out)")
        #expect(out.contains("Today: done."), "\(out)")
        #expect(out.contains("Done on 1 day: "), "\(out)")
        #expect(out.contains("To change a day of the last week"), "\(out)")
    }

    @Test func examplesPickedByNumberLandOnTheLadder() throws {
        let s = Scratch()
        // A ladder, then x: examples 1 and 3; the first one's plan kept as it is (nine fields); back leaves the second.
        let input = ["n", "Join a club", "x", "1 3"] + Array(repeating: "", count: 9) + ["back", "", ""]
        let out = try editing.fed(["--plain", "--data-dir", s.data, "expose"], input, s)
        #expect(out.contains("x to pick steps from examples"), "\(out)")
        #expect(out.contains("Added 2 steps"), "\(out)")
        let steps = try editing.export(s, "exposure-steps")
        #expect(steps.contains("example:group-look-online") && steps.contains("example:group-go-once"), "\(steps)")
    }
}
