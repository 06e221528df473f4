import Foundation
import Testing
@testable import KeelStore

private func t(_ iso: String) -> Date { Timestamp.parse(iso)! }

/// The shared start, then the laptop and the desktop edited apart:
/// both add breathing sessions in October and November, both change the
/// book club's notes, the laptop deletes the climbing circle that the
/// desktop edits earlier, the desktop deletes an October session, and only
/// the laptop logs a contact.
private func editedApart() throws -> TwoDevices {
    let two = TwoDevices()
    try two.start { s in
        var settings = Settings.fresh(at: t("2026-10-01T08:00:00.000Z"))
        settings.welcomeSeen = true
        try s.save(settings)
        try s.save([session("s1", "2026-10-03T08:00:00.000Z"), session("s2", "2026-10-05T08:00:00.000Z")])
        try s.save([
            BelongingCircle(
                id: "c1", created: t("2026-10-01T08:00:00.000Z"), name: "Book club", kind: .hobby,
                notes: "We meet on Tuesdays."),
            BelongingCircle(id: "c2", created: t("2026-10-01T08:01:00.000Z"), name: "Climbing", kind: .hobby),
        ])
        try s.save(
            Person(
                id: "p1", created: t("2026-10-01T08:02:00.000Z"), name: "Sam", circleIDs: ["c1"], ring: .middle,
                notes: "Met at the climbing wall."))
    }
    two.clockA.current = t("2026-11-10T18:00:00.000Z")
    try two.onLaptop { s in
        try s.save([session("a0", "2026-10-31T23:00:00.000Z"), session("a1", "2026-11-10T07:00:00.000Z")])
        var c1 = s.find(BelongingCircle.self, id: "c1")!
        c1.notes = "We meet on Tuesdays, in the library."
        c1.updated = s.now()
        try s.save(c1)
        try s.delete(BelongingCircle.self, id: "c2")
        try s.save(
            ContactLog(
                id: "k1", created: t("2026-11-10T12:00:00.000Z"), personID: "p1",
                day: CivilDate(year: 2026, month: 11, day: 10), note: "coffee after the meeting"))
    }
    two.clockB.current = t("2026-11-08T18:00:00.000Z")
    try two.onDesktop { s in
        var c2 = s.find(BelongingCircle.self, id: "c2")!
        c2.importance = 5
        c2.updated = s.now()
        try s.save(c2)
    }
    two.clockB.current = t("2026-11-12T10:00:00.000Z")
    try two.onDesktop { s in
        try s.save([session("b1", "2026-11-12T07:00:00.000Z"), session("b2", "2026-10-20T19:00:00.000Z")])
        try s.delete(BreathSession.self, id: "s1")
        var c1 = s.find(BelongingCircle.self, id: "c1")!
        c1.notes = "Moved to Thursdays."
        c1.kind = .neighbourhood
        c1.updated = s.now()
        try s.save(c1)
    }
    return two
}

/// Everything a device holds, tombstones included, by kind.
private func snapshot(_ root: String) throws -> [String: [JSONValue]] {
    let store = try Store(root: root)
    defer { store.close() }
    var out: [String: [JSONValue]] = [:]
    for c in Collections.all { out[c.kind.name] = try c.exportValues(from: store) }
    return out
}

@Suite struct SyncTests {
    @Test(arguments: [SyncTool.syncthing, .dropbox, .nextcloud])
    func twoDevicesEditedApartMergeToTheSameDataLosingNothing(tool: SyncTool) throws {
        let two = try editedApart()
        let onLaptop = try two.sync(from: two.b, into: two.a, as: tool)
        let onDesktop = try two.sync(from: two.a, into: two.b, as: tool)
        #expect(onLaptop.sorted() == ["breathing/2026-10", "breathing/2026-11", "circles"].map { TwoDevices.conflictName($0 + ".json", tool) })
        // The laptop's tool also passed on the copies it had made; the desktop merges those too.
        #expect(onDesktop.count == 3)

        let laptop = try Store(root: two.a, now: two.clockA.callAsFunction)
        #expect(laptop.sync.merged.count == 3)
        #expect(laptop.sync.unmerged.isEmpty)
        #expect(laptop.conflictCopies().isEmpty)
        let sessions = laptop.all(BreathSession.self, includeDeleted: true)
        #expect(Set(sessions.map(\.id)) == ["s1", "s2", "a0", "a1", "b1", "b2"])
        #expect(sessions.first { $0.id == "s1" }?.isDeleted == true, "the desktop's delete stays")
        #expect(laptop.find(BelongingCircle.self, id: "c2")?.isDeleted == true, "the laptop's later delete beats the desktop's earlier edit")
        #expect(laptop.all(ContactLog.self).map(\.id) == ["k1"])
        let c1 = try #require(laptop.find(BelongingCircle.self, id: "c1"))
        #expect(c1.notes == "Moved to Thursdays.\n\n[changed on another device, 2026-11-10]\nWe meet on Tuesdays, in the library.")
        #expect(c1.kind == .neighbourhood, "a value, not writing: the newer one wins")
        for (file, kept) in zip(laptop.sync.merged.map(\.file), laptop.sync.merged.map(\.keptAs)) {
            #expect(kept == "sync-archive/" + file)
            #expect(Posix.exists(two.a + "/" + kept), "the copy is archived, not deleted")
        }
        laptop.close()

        #expect(try snapshot(two.a) == snapshot(two.b), "both devices end with the same records")
    }

    @Test func theSameMergeRunTwiceChangesNothing() throws {
        let two = try editedApart()
        let copies = try two.sync(from: two.b, into: two.a, as: .syncthing)
        let first = try Store(root: two.a, now: two.clockA.callAsFunction)
        first.close()
        let after = TwoDevices.files(in: two.a)
        // The sync tool brings the same copies again.
        for copy in copies {
            try TwoDevices.put(try Data(contentsOf: URL(fileURLWithPath: two.a + "/sync-archive/" + copy)), at: two.a + "/" + copy)
        }
        let second = try Store(root: two.a, now: two.clockA.callAsFunction)
        var written: [String] = []
        second.didWrite = { written.append($0) }
        #expect(second.sync.merged.count == 3)
        #expect(second.sync.merged.allSatisfy { !$0.tally.changedAnything })
        second.close()
        #expect(TwoDevices.files(in: two.a) == after, "no main file changed")
        #expect(
            Set(Posix.listDirectory(two.a + "/sync-archive/breathing")).isSuperset(of: [
                "2026-11.sync-conflict-20261112-101500-B7XQ2ZP.json",
                "2026-11.sync-conflict-20261112-101500-B7XQ2ZP.json.2",
            ]))
    }

    @Test func aCorruptConflictCopyIsNamedAndKeptWhileTheOthersMerge() throws {
        let two = try editedApart()
        try two.sync(from: two.b, into: two.a, as: .dropbox)
        let broken = "people (Desktop's conflicted copy 2026-11-12).json"
        let garbage = "{\"format\": 1, \"kind\": \"people\", \"records\": [ {\"id\": "
        try TwoDevices.put(Data(garbage.utf8), at: two.a + "/" + broken)
        let wrongKind = "settings.sync-conflict-20261112-101500-B7XQ2ZP.json"
        try TwoDevices.put(Data("{\"format\": 1, \"kind\": \"breathing\", \"records\": []}".utf8), at: two.a + "/" + wrongKind)

        let store = try Store(root: two.a, now: two.clockA.callAsFunction)
        #expect(store.sync.merged.count == 3)
        #expect(store.sync.unmerged.map(\.file).sorted() == [broken, wrongKind])
        #expect(store.sync.unmerged.first { $0.file == broken }?.reason.contains("not a keel file") == true)
        #expect(store.sync.unmerged.first { $0.file == wrongKind }?.reason.contains("holds \"breathing\" records") == true)
        #expect(store.problems.map(\.file).sorted() == [broken, wrongKind])
        #expect(String(decoding: tmpBytes(two.a + "/" + broken), as: UTF8.self) == garbage, "kept byte for byte, where it was")
        // Before every save the folder is listed again, but a copy known to be broken is not re-read or re-reported.
        try store.save(session("later", "2026-11-13T08:00:00.000Z"))
        #expect(store.sync.unmerged.count == 2)
        #expect(store.problems.count == 2)
        store.close()
    }

    @Test func gitConflictMarkersAreMergedFromBothSides() throws {
        let two = try editedApart()
        let ours = String(decoding: tmpBytes(two.a + "/circles.json"), as: UTF8.self)
        let theirs = String(decoding: tmpBytes(two.b + "/circles.json"), as: UTF8.self)
        let marked = gitConflict(ours: ours, theirs: theirs)
        try TwoDevices.put(Data(marked.utf8), at: two.a + "/circles.json")
        let diff3 = gitConflict(
            ours: String(decoding: tmpBytes(two.a + "/breathing/2026-11.json"), as: UTF8.self),
            theirs: String(decoding: tmpBytes(two.b + "/breathing/2026-11.json"), as: UTF8.self),
            base: "  \"records\" : [")
        try TwoDevices.put(Data(diff3.utf8), at: two.a + "/breathing/2026-11.json")

        let store = try Store(root: two.a, now: two.clockA.callAsFunction)
        #expect(store.find(BelongingCircle.self, id: "c1")?.notes.contains("Moved to Thursdays.") == true)
        #expect(store.find(BelongingCircle.self, id: "c1")?.notes.contains("in the library") == true)
        #expect(store.find(BelongingCircle.self, id: "c2")?.isDeleted == true)
        #expect(store.records(BreathSession.self, month: MonthKey(year: 2026, month: 11)).map(\.id) == ["a1", "b1"])
        #expect(store.problems.isEmpty)
        #expect(store.sync.merged.map(\.tool) == [.git, .git])
        let kept = try #require(store.sync.merged.first?.keptAs)
        #expect(kept.hasPrefix("sync-archive/circles.git-conflict-"))
        #expect(String(decoding: tmpBytes(two.a + "/" + kept), as: UTF8.self) == marked)
        store.close()
        let reread = String(decoding: tmpBytes(two.a + "/circles.json"), as: UTF8.self)
        #expect(!reread.contains("<<<<<<<"), "the merged file is saved")
    }

    @Test func gitMarkersWithABrokenSideAreSetAsideWhole() throws {
        let tmp = TempDir()
        let marked = "{\"format\": 1, \"kind\": \"people\", \"records\": [\n<<<<<<< HEAD\n]}\n=======\n{\"id\": \n>>>>>>> other\n"
        try tmp.write("people.json", marked)
        let store = try Store(root: tmp.data)
        #expect(store.all(Person.self).isEmpty)
        let unmerged = try #require(store.sync.unmerged.first)
        #expect(unmerged.tool == .git)
        #expect(unmerged.reason.contains("the other side could not be understood"))
        let kept = try #require(unmerged.keptAs)
        #expect(String(decoding: tmp.bytes(kept), as: UTF8.self) == marked)
    }

    @Test func aCopyThatArrivesWhileKeelIsOpenIsMergedBeforeTheNextSave() throws {
        let two = try editedApart()
        let store = try Store(root: two.a, now: two.clockA.callAsFunction)
        #expect(store.sync.merged.isEmpty)
        try two.sync(from: two.b, into: two.a, as: .nextcloud)
        try store.save(session("a2", "2026-11-14T07:00:00.000Z"))
        #expect(store.sync.merged.count == 3)
        #expect(store.records(BreathSession.self, month: MonthKey(year: 2026, month: 11)).map(\.id) == ["a1", "b1", "a2"])
        store.close()
    }

    @Test func aFileReplacedBySyncWhileKeelIsOpenIsReadAgainBeforeASave() throws {
        let two = try editedApart()
        let store = try Store(root: two.a, now: two.clockA.callAsFunction)
        #expect(store.all(ContactLog.self).map(\.id) == ["k1"])  // cached now
        // The laptop's contacts reach the desktop, which logs one more in the same month; its file then
        // comes back and replaces the laptop's (no conflict: the laptop had not changed it since).
        try TwoDevices.put(Data(tmpBytes(two.a + "/contacts/2026-11.json")), at: two.b + "/contacts/2026-11.json")
        try two.onDesktop { s in
            try s.save(
                ContactLog(
                    id: "k2", created: t("2026-11-12T12:00:00.000Z"), personID: "p1",
                    day: CivilDate(year: 2026, month: 11, day: 12)))
        }
        try TwoDevices.put(Data(tmpBytes(two.b + "/contacts/2026-11.json")), at: two.a + "/contacts/2026-11.json")
        try store.save(
            ContactLog(
                id: "k3", created: t("2026-11-14T12:00:00.000Z"), personID: "p1",
                day: CivilDate(year: 2026, month: 11, day: 14)))
        #expect(store.all(ContactLog.self).map(\.id) == ["k1", "k2", "k3"], "the desktop's k2 is not overwritten")
        store.close()
    }

    @Test func aSecondKeelOnTheDataLeavesCopiesForTheWriter() throws {
        let two = try editedApart()
        try two.sync(from: two.b, into: two.a, as: .syncthing)
        let writer = try Store(root: two.a)
        let reader = try Store(root: two.a)
        #expect(writer.sync.merged.count == 3)
        #expect(reader.access.isReadOnly)
        #expect(reader.sync.isEmpty)
        writer.close()
        reader.close()
    }
}

@Suite struct ConflictNameTests {
    let bases: Set<String> = ["settings", "circles", "people", "2026-11"]
    func parse(_ name: String) -> ConflictName? { ConflictName.parse(name) { bases.contains(String($0)) } }

    @Test func namesAsEachToolWritesThem() {
        let cases: [(String, String, SyncTool)] = [
            ("settings.sync-conflict-20261126-093015-B7XQ2ZP.json", "settings", .syncthing),
            ("2026-11.sync-conflict-20261126-093015-B7XQ2ZP.json", "2026-11", .syncthing),
            ("circles.sync-conflict-20150118-164413.json", "circles", .syncthing),
            ("people.sync-conflict-20261126-093015-AAAAAAA.sync-conflict-20261127-101010-BBBBBBB.json", "people", .syncthing),
            ("settings (Desktop's conflicted copy 2026-11-26).json", "settings", .dropbox),
            ("settings (Desktop's conflicted copy 2026-11-26 (1)).json", "settings", .dropbox),
            ("circles (Sam Lee's MacBook (2)'s conflicted copy 2026-11-26).json", "circles", .dropbox),
            ("circles (Sam’s conflicted copy 2026-11-26).json", "circles", .dropbox),
            ("people (Desktop's conflicted copy).json", "people", .dropbox),
            ("people (conflicted copy 2026-11-26).json", "people", .dropbox),
            ("2026-11 (Laptop's Conflicted Copy 2026-11-26).json", "2026-11", .dropbox),
            ("settings (conflicted copy 2026-11-26 093015).json", "settings", .nextcloud),
            ("settings (conflicted copy sam 2026-11-26 093015).json", "settings", .nextcloud),
            ("2026-11 (conflicted copy Sam Lee 2026-11-26 093015).json", "2026-11", .nextcloud),
            ("people_conflict-20261126-093015.json", "people", .nextcloud),
            ("settings (conflicted copy 2026-11-26 093015).sync-conflict-20261127-101010-BBBBBBB.json", "settings", .syncthing),
        ]
        for (name, base, tool) in cases {
            #expect(parse(name) == ConflictName(base: base, tool: tool), "\(name)")
        }
    }

    @Test func otherFilesAreLeftAlone() {
        for name in [
            "settings.json", "notes.sync-conflict-20261126-093015-B7XQ2ZP.json",
            "settings.sync-conflict-2026112-093015-B7XQ2ZP.json", "settings.sync-conflict-20261126-093015-B7X-Q.json",
            "settings.sync-conflict-20261126-093015-B7XQ2ZP.txt", ".settings.json.tmp-123-456",
            "settings (1).json", "settings (copy).json", "settings (Desktop's copy 2026-11-26).json",
            "settings (Desktop's conflicted copy 26-11-2026).json", "settings (conflicted copy 2026-11-26 0930).json",
            "settings (conflicted copy 2026-11-26 093015)x.json", "settings conflicted copy.json",
            "2026-13.sync-conflict-20261126-093015-B7XQ2ZP.json", "~syncthing~settings.json.tmp",
        ] {
            #expect(parse(name) == nil, "\(name)")
        }
    }

    @Test func copiesAreFoundOnlyBesideTheFileTheyCopy() throws {
        let tmp = TempDir()
        let store = try Store(root: tmp.data)
        store.close()
        for name in [
            "circles.sync-conflict-20261126-093015-B7XQ2ZP.json", "breathing/2026-11 (conflicted copy 2026-11-26 093015).json",
            "breathing.sync-conflict-20261126-093015-B7XQ2ZP.json", "breathing/settings (Desktop's conflicted copy 2026-11-26).json",
            "sync-archive/circles.sync-conflict-20261126-093015-B7XQ2ZP.json", "damaged/circles.sync-conflict-20261126-093015-B7XQ2ZP.json",
        ] {
            try tmp.write(name, "{}")
        }
        let found = ConflictScan.find(in: tmp.data, kinds: Collections.all.map(\.kind))
        #expect(found.map(\.file) == ["circles.sync-conflict-20261126-093015-B7XQ2ZP.json", "breathing/2026-11 (conflicted copy 2026-11-26 093015).json"])
        #expect(found.map(\.main) == ["circles.json", "breathing/2026-11.json"])
    }

    @Test func theStoreLooksForCopiesOfEveryKindExportKnows() {
        #expect(Store.syncedKinds == Collections.all.map(\.kind))
    }
}

@Suite struct RecordMergeTests {
    func person(_ notes: String, _ updated: String, ring: Person.Ring = .middle) -> Person {
        var p = Person(id: "p1", created: t("2026-10-01T08:00:00.000Z"), name: "Sam", circleIDs: ["c1"], ring: ring, notes: notes)
        p.updated = t(updated)
        return p
    }

    @Test func bothTextsAreKeptAndTheResultIsTheSameEitherWay() {
        let older = person("Lent me a book about birds.", "2026-11-10T08:00:00.000Z", ring: .inner)
        let newer = person("Good listener.", "2026-11-12T08:00:00.000Z")
        let one = RecordMerge.pair(older, newer), two = RecordMerge.pair(newer, older)
        #expect(one.record == two.record)
        #expect(one.combined)
        #expect(one.record.notes == "Good listener.\n\n[changed on another device, 2026-11-10]\nLent me a book about birds.")
        #expect(one.record.ring == .middle)
        #expect(one.record.updated == t("2026-11-12T08:00:00.001Z"))
        #expect(RecordMerge.pair(one.record, older).record == one.record)
        #expect(RecordMerge.pair(one.record, newer).record == one.record)
    }

    @Test func writingThatOneSideOnlyExtendedNeedsNoNote() {
        let older = person("Met at the wall.", "2026-11-10T08:00:00.000Z")
        let newer = person("Met at the wall. Lent me a book.", "2026-11-12T08:00:00.000Z")
        #expect(RecordMerge.pair(older, newer) == (newer, false))
    }

    @Test func newerDeleteWinsAndIsNotAnnotated() {
        var gone = person("Good listener.", "2026-11-12T08:00:00.000Z")
        gone.deleted = gone.updated
        let edited = person("Lent me a book about birds.", "2026-11-10T08:00:00.000Z")
        #expect(RecordMerge.pair(edited, gone).record == gone)
    }

    @Test func nestedWritingInADraftIsKeptToo() {
        var older = Draft(
            id: "flow:reframe", title: "Pause, breathe, reframe",
            state: .object(["step": .number(2), "answers": .object(["what": .string("They didn't reply to my message.")])]),
            at: t("2026-11-10T08:00:00.000Z"))
        older.updated = t("2026-11-10T08:00:00.000Z")
        let newer = Draft(
            id: "flow:reframe", title: "Pause, breathe, reframe",
            state: .object(["step": .number(3), "answers": .object(["what": .string("No reply from Jo yet.")])]),
            at: t("2026-11-11T08:00:00.000Z"))
        let merged = RecordMerge.pair(older, newer).record
        #expect(merged.state["step"] == .number(3))
        #expect(
            merged.state["answers"]?["what"]?.string == "No reply from Jo yet.\n\n[changed on another device, 2026-11-10]\nThey didn't reply to my message.")
    }

    @Test func idsTimesAndSingleWordValuesAreNotAnnotated() {
        var a = ContactLog(id: "k1", created: t("2026-11-10T08:00:00.000Z"), personID: "person one", day: CivilDate(year: 2026, month: 11, day: 10))
        var b = a
        b.personID = "person two"
        b.note = "tea"
        a.note = "cake"
        b.updated = t("2026-11-11T08:00:00.000Z")
        #expect(RecordMerge.pair(a, b).record == b)
    }

    @Test func mergingListsAddsUpdatesAndCounts() {
        let here = [person("Good listener.", "2026-11-12T08:00:00.000Z")]
        var other = Person(id: "p2", created: t("2026-10-02T08:00:00.000Z"), name: "Jo", circleIDs: [], ring: .outer)
        other.updated = other.created
        let (records, tally) = RecordMerge.merge(here, with: [person("Good listener.", "2026-11-01T08:00:00.000Z"), other])
        #expect(records.map(\.id) == ["p1", "p2"])
        #expect(tally == MergeTally(added: 1, updated: 0, keptBoth: 0, unchanged: 1))
    }
}

private func tmpBytes(_ path: String) -> [UInt8] { (try? Posix.read(path)) ?? [] }
