import KeelCoach

/// Wiring that spans practices: which screens the app-wide keys open, the
/// policies that answer screens' outcomes, and which practices can carry the
/// circle map's widening step further.
enum Features {
    static func install(into ctx: Context) {
        Crisis.install(into: ctx)
        Practices.install(into: ctx)
        ctx.wideningHandoffs.append(WideningToLadderScreen.handoff)
        ctx.wideningHandoffs.append(HabitHandoff.widening)
    }
}
