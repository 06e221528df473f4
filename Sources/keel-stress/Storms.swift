import Foundation
import KeelCoach
import KeelContent
import KeelStorm
import KeelStore
import KeelTerminal

/// Key storms over every screen reachable from the home screen, on a
/// sample history, in memory (the same App the terminal runs).
enum Storms {
    static func run(seeds: Int, keysPerScreen: Int, sampleDir: String, tally: Tally) {
        let content = ContentLibrary(resources: ResourceLocator.find())
        var total = KeyStorm.Report()
        var entries = 0
        for seed in 0..<seeds {
            let scratch = Scratch("storm")
            let dir = scratch.path + "/data"
            try! FileManager.default.copyItem(atPath: sampleDir, toPath: dir)
            let store = try! Store(root: dir)
            let clock = TestClock()
            let ctx = Context(store: store, content: content, clock: clock, calendar: .utc)
            Crisis.install(into: ctx, environment: { _ in nil })
            Practices.install(into: ctx)
            let storm = KeyStorm(ctx: ctx, clock: clock, seed: UInt64(seed) &* 7919 &+ 1)
            entries = storm.entryCount
            for entry in -1..<storm.entryCount { storm.run(entry: entry, keys: keysPerScreen) }
            total.add(storm.report)
            store.close()
        }
        for p in total.problems.prefix(20) { tally.fail("key storm: \(p)") }
        if total.problems.count > 20 { tally.fail("key storm: \(total.problems.count - 20) more problems") }
        tally.say(
            "key storms: \(total.keys) keys over the home screen and its \(entries) entries, \(seeds) seeds; \(total.screens.count) different screens reached; \(total.frames) frames checked for width; \(total.hostileTexts) hostile texts and \(total.pastes) pastes of 10,000 characters typed into fields; \(total.draftsChecked) drafts checked whole after Ctrl-C; \(total.problems.count) problems"
        )
        tally.say("  screens: " + total.screens.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
    }
}
