import KeelStore

/// Something the person can take back with `u`: a delete or a logged contact.
enum CircleUndo: Equatable {
    case restoreCircle(id: String, name: String)
    case restorePerson(id: String, name: String)
    case unlogContact(log: ContactLog, previous: CivilDate?, name: String)
}

/// The changes the circle screens make to the store. Deletes are tombstones,
/// so an undo (or a merge) can bring the record back.
enum CircleEdits {
    /// Reported when someone is marked in touch today (a habit may stand for it).
    static let reachedOut = PracticeActions.reachOut

    /// "Talked to them today": a contact logged and their last contact moved to today.
    static func logContact(_ person: Person, _ ctx: Context) -> CircleUndo? {
        let today = ctx.today
        if person.lastContact == today,
            ctx.store.records(ContactLog.self, month: MonthKey(utc: ctx.now())).contains(where: { $0.personID == person.id && $0.day == today })
        {
            ctx.flash = "Already noted: in touch with \(person.name) today."
            return nil
        }
        let log = ContactLog(id: ctx.newID(), created: ctx.now(), personID: person.id, day: today, personName: person.name)
        var updated = person
        updated.lastContact = max(today, person.lastContact ?? today)
        updated.updated = ctx.now()
        guard ctx.save(log), ctx.save(updated) else { return nil }
        ctx.flash = "Noted: in touch with \(person.name) today. u takes it back."
        ctx.report(.practiceDone(CircleEdits.reachedOut))
        return .unlogContact(log: log, previous: person.lastContact, name: person.name)
    }

    static func delete(circle: BelongingCircle, _ ctx: Context) -> CircleUndo? {
        guard ctx.tombstone(BelongingCircle.self, circle.id) else { return nil }
        ctx.flash = "Deleted \(circle.name). Its people stay. u brings it back."
        return .restoreCircle(id: circle.id, name: circle.name)
    }

    static func delete(person: Person, _ ctx: Context) -> CircleUndo? {
        guard ctx.tombstone(Person.self, person.id) else { return nil }
        ctx.flash = "Deleted \(person.name). u brings them back."
        return .restorePerson(id: person.id, name: person.name)
    }

    static func undo(_ undo: CircleUndo, _ ctx: Context) {
        switch undo {
        case .restoreCircle(let id, let name):
            if ctx.restore(BelongingCircle.self, id) { ctx.flash = "\(name) is back." }
        case .restorePerson(let id, let name):
            if ctx.restore(Person.self, id) { ctx.flash = "\(name) is back." }
        case .unlogContact(let log, let previous, let name):
            guard ctx.tombstone(ContactLog.self, log.id), var person = ctx.store.find(Person.self, id: log.personID) else { return }
            person.lastContact = previous
            person.updated = ctx.now()
            if ctx.save(person) { ctx.flash = "Taken back: the contact with \(name)." }
        }
    }

    /// Saves a circle and keeps "sits well with" and "pulls against" the same
    /// seen from either circle, so the map and both forms agree.
    static func save(_ circle: BelongingCircle, world: CircleWorld, _ ctx: Context) -> Bool {
        var changed = [circle]
        for var other in world.circles where other.id != circle.id {
            let well = circle.goesWellWith.contains(other.id), pulls = circle.pullsAgainst.contains(other.id)
            let before = other
            other.goesWellWith = mirror(other.goesWellWith, circle.id, well)
            other.pullsAgainst = mirror(other.pullsAgainst, circle.id, pulls)
            if other != before {
                other.updated = ctx.now()
                changed.append(other)
            }
        }
        return ctx.saveAll(changed)
    }

    static func mirror(_ ids: [String], _ id: String, _ present: Bool) -> [String] {
        present ? (ids.contains(id) ? ids : ids + [id]) : ids.filter { $0 != id }
    }
}
