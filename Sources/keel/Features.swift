import KeelCoach

/// Wiring that spans practices: which screens the app-wide keys open.
enum Features {
    static func install(into ctx: Context) {
        Crisis.install(into: ctx)
        ctx.wideningHandoffs.append(WideningToLadderScreen.handoff)
    }
}
