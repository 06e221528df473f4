import KeelContent
import KeelStore

/// How a flow is opened from anywhere (home, the practices list, a command):
/// a flow that leans on the person's strengths asks them to pick some first.
public enum FlowStart {
    public static func screen(_ flow: Flow, _ ctx: Context) -> any Screen {
        let needsStrengths = flow.steps.contains { $0.optionsFrom == "strengths" }
        if needsStrengths, ctx.store.singleton(MyStrengths.self).picks.isEmpty, ctx.content.catalog("strengths") != nil {
            return StrengthPickerScreen(ctx, then: flow)
        }
        return FlowScreen(flow: flow, ctx: ctx)
    }
}

/// What comes by itself after a flow is saved and Enter pressed: after a
/// reframe, the person's own values, to read when doubt comes.
enum AfterFlow {
    static func next(_ flowID: String, _ ctx: Context) -> (any Screen)? {
        switch flowID {
        case "reframe": return ValuesCardScreen.ifWritten(ctx, after: "After a sting, a word from you to you.")
        default: return nil
        }
    }
}
