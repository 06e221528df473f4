import KeelStore

extension SampleHistory {
    /// A self-compassion break started last night and left after its first
    /// answer: the sample shows a practice waiting to be picked up.
    func unfinishedPractice() -> Draft? {
        let flowID = "self-compassion"
        guard let flow = content.flow(flowID), let notice = flow.step("notice"), flow.step("where") != nil else { return nil }
        let started = time(endDay.adding(days: -1), hour: 22, minute: 40)
        var session = FlowSession(flow: flowID, current: "where", started: started)
        session.history = [flow.steps[0].id, notice.id]
        session.answers[notice.id] = Answer(
            step: notice.id, kind: "text", prompt: notice.prompt ?? "",
            text: "Everyone else got the invite to Jonas's dinner. I found out from the photos.")
        return Draft(id: FlowSession.draftID(flowID), title: flow.title, state: session.state, at: started.addingTimeInterval(180))
    }
}
