import Foundation
import Testing
import KeelContent
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Plain mode's reading pages on the sample: text with headings, charts
/// said in words, the circle map as a list with its rings named.
@Suite struct PlainPageTests {
    func run(_ h: Harness, _ root: any Screen, _ lines: [String]) -> MemoryLineIO {
        let io = MemoryLineIO(lines)
        Plain.run(root, io: io, ctx: h.ctx)
        return io
    }

    /// The sample with its journal (which needs the flows).
    func sampled() throws -> Harness {
        let h = try Harness()
        var history = SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc)
        history.content = Harness.content
        _ = try history.generate(into: h.store)
        return h
    }

    /// The line after each blank one: where a reader can jump to.
    func headings(_ io: MemoryLineIO) -> [String] {
        zip(io.output, io.output.dropFirst()).compactMap { $0.0.isEmpty && !$0.1.isEmpty ? $0.1 : nil }
    }

    @Test func theJournalListsNumberedEntriesReadsOneWholeAndSearches() throws {
        let h = try sampled()
        let newest = try #require(h.store.all(JournalEntry.self).max { $0.created < $1.created })
        let io = run(h, JournalScreen(h.ctx), ["1", "p", "lake", ""])
        #expect(io.output.contains { $0.hasSuffix("entries, newest first:") }, "\(io.text)")
        #expect(headings(io).contains(newest.title))
        for a in newest.answers where a.hasContent { #expect(io.output.contains(a.words), "\(a.words)") }
        #expect(headings(io).contains("The sting, before and after"))
        #expect(io.output.contains { $0.contains(" match:") })
        #expect(io.output.filter { $0.hasSuffix("entries, newest first:") }.count == 1, "listed once, not after every entry")
        #expect(!io.text.contains("▁") && !io.text.contains("█"), "no chart glyphs")
    }

    @Test func theCircleMapIsAListWithItsRingsNamed() throws {
        let h = try sampled()
        let world = CircleWorld.load(h.store)
        let circle = try #require(world.circles.first)
        let io = run(h, CirclesScreen(h.ctx), ["i", ""])
        #expect(headings(io).contains { $0.hasPrefix(circle.name) }, "\(io.text)")
        let inner = world.members(of: circle.id).filter { $0.ring == .inner }.map(\.name)
        for name in inner { #expect(io.output.contains { $0.hasSuffix(". \(name), inner ring, closest") }, "\(io.text)") }
        #expect(headings(io).contains("Where your support comes from"))
        #expect(io.output.contains { $0.hasSuffix("% of your support.") })
    }

    @Test func theNumbersPageSaysEachStepInWords() throws {
        let h = try sampled()
        let io = run(h, ExposeScreen.numbers(h.ctx), [])
        #expect(headings(io) == ["Expected and felt", "The feared thing", "How far up"], "\(io.text)")
        #expect(io.output.contains { $0.contains(": expected ") && $0.contains(", felt ") })
        #expect(!io.text.contains("●"))
    }

    @Test func anEmptyFolderSaysWhatEachPageWillHold() throws {
        let h = try Harness()
        #expect(run(h, JournalScreen(h.ctx), []).output.contains { $0.hasPrefix("Nothing here yet.") })
        #expect(run(h, CirclesScreen(h.ctx), []).output.contains { $0.hasPrefix("No circles yet.") })
        #expect(run(h, ValuesScreen(h.ctx), []).output.contains { $0.hasPrefix("Not written yet.") })
        #expect(run(h, HabitsScreen(h.ctx), []).output.contains { $0.hasPrefix("No habits yet.") })
    }
}
