import Foundation
import KeelCoach
import KeelContent
import KeelStore
import KeelTerminal

/// Everything a coach test needs: a temporary data folder, a test clock, a
/// fixed wall clock (Thursday 26 November 2026, 09:30 UTC), ids 1, 2, 3...,
/// and the content shipped in the repository's Resources folder.
final class Harness {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources").path

    let dir: String
    let store: Store
    let clock = TestClock()
    var wall: Date
    var nextID = 0
    let ctx: Context
    var traces: [String] = []

    init(welcomeSeen: Bool = true, wall: String = "2026-11-26T09:30:00.000Z", content: ContentLibrary = Harness.content) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-coach-\(UUID().uuidString)").path
        store = try Store(root: dir)
        self.wall = Timestamp.parse(wall)!
        var box: Harness!
        ctx = Context(
            store: store, content: content, clock: clock, now: { box.wall }, calendar: .utc,
            newID: {
                box.nextID += 1; return "id-\(box.nextID)"
            })
        box = self
        Crisis.install(into: ctx, environment: { _ in nil })
        Practices.install(into: ctx)
        ctx.trace = { box.traces.append($0) }
        if welcomeSeen { ctx.updateSettings { $0.welcomeSeen = true } }
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// The shipped content, loaded once for all tests.
    static let content = ContentLibrary(resources: resources)

    /// A harness over the sample: seed 7, six months up to the wall clock.
    static func sampled() throws -> Harness {
        let h = try Harness()
        _ = try SampleHistory(years: 0.5, seed: 7, end: h.wall, calendar: .utc).generate(into: h.store)
        return h
    }

    func flow(_ id: String) -> Flow { ctx.content.flow(id)! }

    func app(_ root: (Context) -> any Screen, size: Size = Size(width: 80, height: 24)) -> App {
        App(ctx: ctx, root: root(ctx), size: size)
    }

    /// Runs the real loop over a memory terminal until the script ends.
    @discardableResult
    func run(_ app: App, _ script: (MemoryBackend) -> Void) -> MemoryBackend {
        let backend = MemoryBackend(size: app.size, clock: clock)
        script(backend)
        RunLoop.run(app: app, backend: backend, clock: clock)
        return backend
    }

    func press(_ app: App, _ keys: Key...) {
        for k in keys { app.handle(k) }
    }

    func type(_ app: App, _ text: String) {
        for ch in text { app.handle(.char(ch)) }
    }
}

extension Buffer {
    /// The frame's rows, for comparing with expected lines in failures.
    var dump: String { lines.enumerated().map { "\($0.offset < 10 ? " " : "")\($0.offset)|\($0.element)" }.joined(separator: "\n") }
}
