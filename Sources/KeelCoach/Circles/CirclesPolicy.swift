import KeelStore

extension CircleEdits {
    /// What the circle map does when another practice reports on its people
    /// or its widening step, so that practice never names the map's types:
    /// a contact noted after a ladder step, the step carried into a ladder
    /// or a habit.
    static var policy: Policy {
        Policy("circles") { outcome, ctx in
            switch outcome {
            case .inTouch(let personID):
                if let person = ctx.store.all(Person.self).first(where: { $0.id == personID }) { _ = logContact(person, ctx) }
            case .carried(let stepID, let destination):
                if let step = ctx.store.all(WideningStep.self).first(where: { $0.id == stepID }) {
                    WideningSteps.carry(step, to: destination, ctx: ctx)
                }
            default:
                break
            }
            return nil
        }
    }
}
