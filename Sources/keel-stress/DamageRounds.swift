import Foundation
import KeelStore

/// Random damage: bytes flipped, files cut short or emptied, in random
/// files of a plain and an encrypted folder; and imports of valid exports
/// with random bytes changed. Keel must open, keep every untouched file's
/// records, and never import part of a bad file.
enum DamageRounds {
    static func files(rounds: Int, sampleDir: String, tally: Tally) {
        let scratch = Scratch("damage")
        var survived = 0
        var kept = 0
        for round in 0..<rounds {
            let encrypted = round % 2 == 1
            let dir = scratch.path + "/data\(round)"
            try! FileManager.default.copyItem(atPath: sampleDir, toPath: dir)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            if encrypted {
                let s = try! Store(root: dir)
                _ = try! s.encrypt(passphrase: KillRounds.passA, kdf: KDFParameters(n: 1024))
                s.close()
            }
            let names = diskState(dir).keys.filter { $0.hasSuffix(".json") && $0 != "encryption.json" }.sorted()
            let victim = names[Int.random(in: 0..<names.count)]
            var bytes = Array(FileManager.default.contents(atPath: dir + "/" + victim)!)
            switch Int.random(in: 0..<4) {
            case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count)))
            case 1: for _ in 0..<Int.random(in: 1...8) { bytes[Int.random(in: 0..<bytes.count)] = UInt8.random(in: 0...255) }
            case 2: bytes = []
            default: bytes.insert(contentsOf: Array("<<<<<<< HEAD\n".utf8), at: Int.random(in: 0..<bytes.count))
            }
            FileManager.default.createFile(atPath: dir + "/" + victim, contents: Data(bytes))
            let baseline = diskState(dir)
            let store = try! Store(root: dir, passphrase: { KillRounds.passA })
            for c in Collections.all { _ = c.count(in: store) }
            // Every other file is read whole: none of them is named or moved.
            let others = store.problems.filter { $0.file != victim }
            tally.check(others.isEmpty, "damage round \(round) (\(victim)): \(others.prefix(2))")
            if others.isEmpty { survived += 1 }
            // The damaged file is either still readable (a byte that didn't matter) or kept byte for byte.
            if let p = store.problems.first(where: { $0.file == victim }) {
                let keptBytes = p.keptAs.flatMap { FileManager.default.contents(atPath: dir + "/" + $0) }
                let same =
                    keptBytes.map { Array($0) == bytes || (encrypted && (try? store.keyring!.open(Array($0))) == bytes) } ?? (baseline[victim] == Data(bytes))
                tally.check(same, "damage round \(round): \(victim) was not kept byte for byte")
                if same { kept += 1 }
            }
            store.close()
        }
        tally.say(
            "random damage to one file (cut, flipped bytes, emptied, stray conflict marker; plain and encrypted): \(survived) of \(rounds) rounds kept every other file whole; \(kept) damaged files kept byte for byte"
        )
    }

    static func imports(rounds: Int, export: [UInt8], tally: Tally) {
        let scratch = Scratch("hostile")
        var refused = 0, imported = 0, partial = 0
        var round = 0
        while round < rounds {
            // A folder with one record of the person's own; a mutation that
            // still makes a valid export imports whole, and then the next
            // round starts from a fresh folder.
            let dir = scratch.path + "/data\(round)"
            let store = try! Store(root: dir)
            try! store.save(
                BreathSession(
                    id: "mine", created: Date(), pattern: "box", timing: "4-4-4-4", plannedSeconds: 60,
                    actualSeconds: 60, completed: true, calmBefore: nil, calmAfter: nil, source: "stress"))
            var writes = 0
            store.didWrite = { _ in writes += 1 }
            while round < rounds, writes == 0 {
                round += 1
                let bytes = mutated(export)
                let before = diskState(dir)
                do {
                    _ = try Exchange.importFile(bytes, named: "mutated.json", into: store)
                    imported += 1
                } catch {
                    refused += 1
                    tally.check(
                        error.description.hasPrefix("mutated.json"),
                        "hostile import \(round): the message doesn't name the file: \(error.description.prefix(120))")
                    if writes > 0 || diskState(dir) != before {
                        partial += 1
                        tally.fail("hostile import \(round): refused but something was written")
                    }
                }
            }
            store.close()
        }
        tally.say(
            "mutated exports (1 to 6 bytes changed, cut or inserted): \(refused) of \(rounds) refused whole with the file named, \(imported) still valid and imported whole, \(partial) half-written"
        )
    }

    static func mutated(_ export: [UInt8]) -> [UInt8] {
        var bytes = export
        for _ in 0..<Int.random(in: 1...6) {
            let i = Int.random(in: 0..<bytes.count)
            switch Int.random(in: 0..<3) {
            case 0: bytes[i] = UInt8.random(in: 0...255)
            case 1: bytes.remove(at: i)
            default: bytes.insert(contentsOf: Array([",", "]", "}", "\"", "null", "[[[[", "-1e999", "\u{0}"].randomElement()!.utf8), at: i)
            }
        }
        return bytes
    }
}
