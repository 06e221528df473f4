import KeelContent
import KeelStore

/// The person's chosen next step to widen belonging, picked from the
/// `widening-steps` catalog. One step is open at a time: choosing another
/// sets the old one aside (it stays in the history and the export).
public enum WideningSteps {
    public static let catalogID = "widening-steps"

    /// The newest step that is neither done nor set aside.
    public static func current(_ store: Store) -> WideningStep? {
        store.all(WideningStep.self).filter(\.isOpen).max { ($0.created, $0.id) < ($1.created, $1.id) }
    }

    @discardableResult
    static func choose(_ item: Catalog.Item, _ ctx: Context) -> WideningStep? {
        var changed: [WideningStep] = []
        if var old = current(ctx.store) {
            if old.catalogItem == item.id { return old }
            old.setAsideOn = ctx.today
            old.updated = ctx.now()
            changed.append(old)
        }
        let step = WideningStep(id: ctx.newID(), created: ctx.now(), catalogItem: item.id, label: item.label, chosenOn: ctx.today)
        changed.append(step)
        return ctx.saveAll(changed) ? step : nil
    }

    static func markDone(_ step: WideningStep, _ ctx: Context) -> Bool {
        var s = step
        s.doneOn = max(step.chosenOn, ctx.today)
        s.updated = ctx.now()
        return ctx.save(s)
    }

    /// Notes where another practice took the step ("exposure:<id>", "habit:<id>"),
    /// when it reports `Outcome.carried` (see `CircleEdits.policy`).
    @discardableResult
    public static func carry(_ step: WideningStep, to destination: String, ctx: Context) -> Bool {
        var s = step
        s.carriedTo = destination
        s.updated = ctx.now()
        return ctx.save(s)
    }

    /// Where another practice took the step, in words: "It is on your
    /// ladder “Widen my circles”." or "It is now a habit: Join a club.";
    /// nil while it is nowhere else (or what took it was deleted).
    static func whereItWent(_ step: WideningStep, _ store: Store) -> String? {
        guard let to = step.carriedTo, let colon = to.firstIndex(of: ":") else { return nil }
        let id = String(to[to.index(after: colon)...])
        switch to[..<colon] {
        case "exposure":
            guard let planned = store.find(ExposureStep.self, id: id), planned.deleted == nil,
                let ladder = store.find(ExposureLadder.self, id: planned.ladderID), ladder.deleted == nil
            else { return nil }
            return "It is on your ladder “\(ladder.goal)”."
        case "habit":
            guard let habit = store.find(Habit.self, id: id), habit.deleted == nil else { return nil }
            return "It is now a habit: \(habit.name)."
        default:
            return nil
        }
    }

    /// The catalog's steps for this person: those that would open a kind of
    /// circle they don't have yet come first.
    static func suggestions(_ catalog: Catalog, world: CircleWorld) -> [(item: Catalog.Item, newKind: Bool)] {
        let have = Set(world.circles.map(\.kind.rawValue))
        let marked = catalog.items.map { item in
            (item: item, newKind: (item.tags ?? []).contains { BelongingCircle.Kind(rawValue: $0) != nil && $0 != "other" && !have.contains($0) })
        }
        return marked.filter(\.newKind) + marked.filter { !$0.newKind }
    }
}
