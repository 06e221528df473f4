import KeelContent
import KeelStore

/// How a flow is opened from anywhere (home, the practices list, a command):
/// a flow that leans on the person's strengths asks them to pick some first
/// (the morning's route), when that practice is installed.
public enum FlowStart {
    public static func screen(_ flow: Flow, _ ctx: Context) -> any Screen {
        let needsStrengths = flow.steps.contains { $0.optionsFrom == "strengths" }
        if needsStrengths, ctx.store.singleton(MyStrengths.self).picks.isEmpty, ctx.content.catalog("strengths") != nil {
            if let picker = ctx.screen(for: .strengths(then: flow.id)) { return picker }
        }
        return FlowScreen(flow: flow, ctx: ctx)
    }
}
