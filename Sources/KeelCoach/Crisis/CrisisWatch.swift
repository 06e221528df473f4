import KeelContent
import KeelStore
import KeelTerminal

/// The one crisis check for everything a person types, run by the app
/// itself: on every key that submits or leaves a field (Enter, Tab, Esc, the
/// arrows between fields, Ctrl-S) and on every way out of keel. Screens
/// don't call it; the app reads their text editors and drafts (`TypedText`).
/// The safety plan and the crisis pages are exempt: they are the crisis context.
struct CrisisWatch {
    /// Texts that already brought up help once: pressing Tab again over the
    /// same words doesn't open the page a second time.
    private var alarmed: Set<String> = []
    /// Crisis help was shown in this run (by words, a rock-bottom check-in or `!`).
    private(set) var helpWasShown = false

    /// True when new words among `texts` mention self-harm or suicide.
    mutating func raises(_ texts: [String], _ ctx: Context) -> Bool {
        var raised = false
        for text in texts where !alarmed.contains(text) && !calm.contains(text) {
            if ctx.mentionsCrisis(text) {
                alarmed.insert(text)
                raised = true
            } else {
                // Moving through a long letter re-reads the same words on every
                // arrow: remember the last few that were found calm.
                if calm.count >= 64 { calm.removeAll(keepingCapacity: true) }
                calm.insert(text)
            }
        }
        return raised
    }
    private var calm: Set<String> = []

    mutating func noteShown() { helpWasShown = true }

    /// On the way out: any words left behind that mention self-harm, even
    /// ones that raised help earlier.
    func leavesCrisisWords(_ texts: [String], _ ctx: Context) -> Bool {
        texts.contains { ctx.mentionsCrisis($0) }
    }
}

extension Crisis {
    /// The region's lines as plain text, printed after keel has given the
    /// terminal back, so they stay on screen once the prompt returns.
    public static func exitLines(_ ctx: Context, keptWords: Bool) -> [String] {
        let (region, _) = region(ctx, guess: ctx.crisisRegionGuess)
        var out = [(keptWords ? "What you wrote is kept. " : "") + "If you might hurt yourself, please reach someone now:"]
        out += region.lines.map { "  " + describe($0) }
        out.append("  Emergency: \(region.emergency)")
        return out
    }

    /// Two short lines for a command run from a shell (`keel win`).
    public static func shortLines(_ ctx: Context) -> [String] {
        let (region, _) = region(ctx, guess: ctx.crisisRegionGuess)
        let first = region.lines.first.map(describe) ?? "Emergency: \(region.emergency)"
        return [
            "Kept. If you might hurt yourself, please reach someone now.",
            first + (region.lines.isEmpty ? "" : " · Emergency: \(region.emergency)"),
        ]
    }

    static func describe(_ line: CrisisDirectory.Line) -> String {
        line.lead + line.contact + (line.hours.map { " (\($0))" } ?? "")
    }
}
