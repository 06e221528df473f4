import KeelBase

/// Which step comes next, given the answers so far. Pure: the screens call it
/// and tests walk every flow with it in memory.
public struct FlowWalker: Sendable {
    public let flow: Flow
    /// Steps that can't be shown right now whatever the answers (a choice of
    /// circles before there are any circles).
    public let unavailable: Set<String>

    public init(flow: Flow, unavailable: Set<String> = []) {
        self.flow = flow
        self.unavailable = unavailable
    }

    public func isShown(_ index: Int, answers: [String: Answer]) -> Bool {
        isShown(index, answers: answers, hopefulFrom: nil)
    }

    /// With `hopefulFrom`, a step shown once an earlier one is answered
    /// (another thanks) counts as shown while that one, at or after the
    /// given index, is still ahead: a count made this way never grows as
    /// the person answers, it can only shrink when they pass one by.
    func isShown(_ index: Int, answers: [String: Answer], hopefulFrom: Int?) -> Bool {
        let step = flow.steps[index]
        if unavailable.contains(step.id) { return false }
        guard let condition = step.showIf else { return true }
        if let from = hopefulFrom, condition.answered == true, let target = flow.index(of: condition.step), target >= from {
            return true
        }
        return condition.holds(for: answers[condition.step])
    }

    /// The first step to show, or nil for a flow with nothing to show.
    public func first(answers: [String: Answer] = [:]) -> Int? {
        firstShown(from: 0, answers: answers)
    }

    /// The step after `index`: where the picked option or the step sends the
    /// person, else the next one down; steps whose condition fails are passed.
    /// Nil at the end of the flow.
    public func next(after index: Int, answers: [String: Answer]) -> Int? {
        next(after: index, answers: answers, hopefulFrom: nil)
    }

    func next(after index: Int, answers: [String: Answer], hopefulFrom: Int?) -> Int? {
        let step = flow.steps[index]
        var target = index + 1
        if let choice = answers[step.id]?.choice,
            let jump = step.options?.first(where: { $0.id == choice })?.next, let i = flow.index(of: jump)
        {
            target = i
        } else if let jump = step.next, let i = flow.index(of: jump) {
            target = i
        }
        return firstShown(from: target, answers: answers, hopefulFrom: hopefulFrom)
    }

    func firstShown(from start: Int, answers: [String: Answer], hopefulFrom: Int? = nil) -> Int? {
        var i = start
        while i < flow.steps.count {
            if isShown(i, answers: answers, hopefulFrom: hopefulFrom) { return i }
            i += 1
        }
        return nil
    }

    /// Steps still ahead after `index` along the path the answers so far
    /// point to, for the progress line; steps waiting on an answer not yet
    /// given are counted, so "Step 3 of 5" never becomes "of 6".
    public func remaining(after index: Int, answers: [String: Answer]) -> Int {
        var count = 0
        var i = index
        while let n = next(after: i, answers: answers, hopefulFrom: index), count <= flow.steps.count {
            count += 1
            i = n
        }
        return count
    }
}
