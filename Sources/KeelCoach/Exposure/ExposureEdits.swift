import KeelStore

/// Something the person can take back with `u` on the ladder screens.
enum ExposureUndo: Equatable {
    case restoreLadder(id: String, goal: String)
    case restoreStep(id: String, situation: String)
}

/// The changes the ladder screens make to the store. Deletes are
/// tombstones, so an undo (or a merge) can bring the record back; a
/// deleted ladder hides its steps without touching them.
enum ExposureEdits {
    /// Adds steps at the top of a ladder, in the order given (easiest first).
    @discardableResult
    static func append(_ situations: [(situation: String, source: String?)], to ladderID: String, world: ExposureWorld, _ ctx: Context) -> [ExposureStep] {
        var rank = world.topRank(of: ladderID)
        let steps = situations.map { item -> ExposureStep in
            defer { rank += 1 }
            return ExposureStep(id: ctx.newID(), created: ctx.now(), ladderID: ladderID, rank: rank, situation: item.situation, source: item.source)
        }
        return ctx.saveAll(steps) ? steps : []
    }

    /// Moves past a step: it is done, and the ladder's next step is up.
    static func moveUp(_ step: ExposureStep, _ ctx: Context) -> Bool {
        var s = step
        s.doneOn = ctx.today
        s.skippedOn = nil
        s.due = nil
        s.updated = ctx.now()
        return ctx.save(s)
    }

    /// `m` on the ladder: a step faced and left to decide later is marked
    /// done; a done one goes back to planned. A step never faced can't be
    /// marked done here: facing it (Enter) is how it is done.
    static func toggleDone(_ step: ExposureStep, faced: Bool, _ ctx: Context) -> Bool {
        var s = step
        switch s.status {
        case .done:
            s.doneOn = nil
            ctx.flash = "Back to do: \(s.situation)."
        case .planned, .skipped:
            guard faced else {
                ctx.flash = "Enter opens this step; once you have faced it, it can be marked done."
                return false
            }
            s.doneOn = ctx.today
            s.skippedOn = nil
            s.due = nil
            ctx.flash = "Done: \(s.situation). m takes it back."
        }
        s.updated = ctx.now()
        return ctx.save(s)
    }

    /// Sets a planned step aside, or brings a skipped one back.
    static func toggleSkip(_ step: ExposureStep, _ ctx: Context) -> Bool {
        var s = step
        switch s.status {
        case .planned:
            s.skippedOn = ctx.today
            s.due = nil
            ctx.flash = "Skipped: \(s.situation). s brings it back."
        case .skipped:
            s.skippedOn = nil
            ctx.flash = "Back on the ladder: \(endingSentence(s.situation))"
        case .done:
            return false
        }
        s.updated = ctx.now()
        return ctx.save(s)
    }

    /// Swaps a step with its neighbour above (`by` 1, harder) or below (-1, easier).
    static func move(_ step: ExposureStep, by offset: Int, world: ExposureWorld, _ ctx: Context) -> Bool {
        let rungs = world.rungs(of: step.ladderID)
        guard let i = rungs.firstIndex(where: { $0.id == step.id }), rungs.indices.contains(i + offset) else { return false }
        // Ranks are renumbered in the new order, so equal ranks (from a merge) sort out too.
        var order = rungs
        order.swapAt(i, i + offset)
        var changed: [ExposureStep] = []
        for (n, var s) in order.enumerated() where s.rank != n + 1 {
            s.rank = n + 1
            s.updated = ctx.now()
            changed.append(s)
        }
        return ctx.saveAll(changed)
    }

    /// Saves what it was really like, and clears the step's day: the person
    /// then repeats it on a new day, moves up, or decides later.
    static func record(_ attempt: ExposureAttempt, for step: ExposureStep, _ ctx: Context) -> Bool {
        guard ctx.save(attempt) else { return false }
        guard step.due != nil else { return true }
        var s = step
        s.due = nil
        s.updated = ctx.now()
        return ctx.save(s)
    }

    static func delete(ladder: ExposureLadder, _ ctx: Context) -> ExposureUndo? {
        guard ctx.tombstone(ExposureLadder.self, ladder.id) else { return nil }
        ctx.flash = "Deleted the ladder \"\(ladder.goal)\". u brings it back."
        return .restoreLadder(id: ladder.id, goal: ladder.goal)
    }

    static func delete(step: ExposureStep, _ ctx: Context) -> ExposureUndo? {
        guard ctx.tombstone(ExposureStep.self, step.id) else { return nil }
        ctx.flash = "Deleted: \(endingSentence(step.situation)) u brings it back."
        return .restoreStep(id: step.id, situation: step.situation)
    }

    /// `u`: takes back the last delete made on this screen.
    static func undoLast(_ stack: inout [ExposureUndo], _ ctx: Context) {
        guard let u = stack.popLast() else {
            ctx.flash = "Nothing to take back."
            return
        }
        undo(u, ctx)
    }

    static func undo(_ undo: ExposureUndo, _ ctx: Context) {
        switch undo {
        case .restoreLadder(let id, let goal):
            if ctx.restore(ExposureLadder.self, id) { ctx.flash = "\"\(goal)\" is back." }
        case .restoreStep(let id, let situation):
            if ctx.restore(ExposureStep.self, id) { ctx.flash = "Back on the ladder: \(endingSentence(situation))" }
        }
    }
}
