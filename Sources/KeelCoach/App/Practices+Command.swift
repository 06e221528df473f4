extension Practices {
    /// Routes outcomes from a command that writes and leaves without a
    /// screen (`keel win WORDS`), so its policies follow as in the app: a
    /// win logged from the shell ticks its habit too. Where to go is moot.
    public static func settle(_ outcomes: [Outcome], _ ctx: Context) {
        for outcome in outcomes {
            for policy in ctx.policies { _ = policy.react(outcome, ctx) }
        }
    }
}
