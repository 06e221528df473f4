import Foundation
import Testing
import KeelStore
import KeelTerminal
@testable import KeelCoach

/// Today's notes on the home screen follow the files, whoever changed them:
/// another device's sync replaces a month file behind keel's back, and home
/// says so the next time it is shown, without a restart.
@Suite struct TodayFreshnessTests {
    /// The same folder as another device leaves it: its keel saves into a
    /// copy, and the sync tool replaces our files with the copy's.
    func syncFromOtherDevice(_ h: Harness, _ change: (Store) throws -> Void) throws {
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("keel-other-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: other) }
        let device = try Store(root: other)
        for name in ["habits.json", "habit-days/2026-11.json", "habit-days/2026-12.json"] where Posix.exists(h.dir + "/" + name) {
            try Posix.makeDirectory(Posix.directory(of: other + "/" + name))
            try Posix.writeAtomically(try Posix.read(h.dir + "/" + name), to: other + "/" + name)
        }
        device.reload()
        try change(device)
        device.close()
        for folder in ["", "/habit-days"] {
            for name in Posix.listDirectory(other + folder) where name.hasSuffix(".json") {
                try Posix.makeDirectory(h.dir + folder)
                try Posix.writeAtomically(try Posix.read(other + folder + "/" + name), to: h.dir + folder + "/" + name)
            }
        }
    }

    func homeText(_ screen: HomeScreen, _ h: Harness) -> String {
        var buffer = Buffer(size: Size(width: 80, height: 22))
        screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: 80, height: 22), h.ctx)
        return buffer.lines.joined(separator: "\n")
    }

    @Test func aTickFromAnotherDeviceShowsWhenHomeComesBack() throws {
        let h = try Harness()
        let walk = Habit(id: "walk", created: h.wall.addingTimeInterval(-86_400 * 3), name: "Walk", schedule: .daily)
        try h.store.save(walk)
        var home = HomeScreen(h.ctx)
        #expect(homeText(home, h).contains("1 [ ] Walk"))
        try syncFromOtherDevice(h) { try $0.save(HabitCheck(habitID: "walk", day: h.ctx.today, created: h.wall)) }
        home.resume(h.ctx)
        #expect(homeText(home, h).contains("1 [x] Walk"), "the tick made elsewhere")
        try syncFromOtherDevice(h) { device in
            var taken = try #require(device.all(HabitCheck.self).first)
            taken.deleted = h.wall.addingTimeInterval(60)
            taken.updated = h.wall.addingTimeInterval(60)
            try device.save(taken)
        }
        home.resume(h.ctx)
        #expect(homeText(home, h).contains("1 [ ] Walk"), "and taken back elsewhere")
    }

    @Test func aHabitAddedOnAnotherDeviceShowsWhenHomeComesBack() throws {
        let h = try Harness()
        var home = HomeScreen(h.ctx)
        #expect(!homeText(home, h).contains("Stretch"))
        try syncFromOtherDevice(h) { try $0.save(Habit(id: "s", created: h.wall, name: "Stretch", schedule: .daily)) }
        home.resume(h.ctx)
        #expect(homeText(home, h).contains("1 [ ] Stretch"))
    }
}
