/// What the store brought in from side files.
public struct PendingReport: Sendable, Equatable {
    /// Live records other than drafts and settings: entries, wins, ticks, edits.
    public var entries = 0
    /// Unfinished drafts, which their practice offers back.
    public var drafts = 0
    public var files = 0

    public init(entries: Int = 0, drafts: Int = 0, files: Int = 0) {
        self.entries = entries
        self.drafts = drafts
        self.files = files
    }

    public var isEmpty: Bool { files == 0 }

    /// One line for the status line or stderr; nil when there is nothing to say.
    public var sentence: String? {
        var parts: [String] = []
        if entries > 0 { parts.append(entries == 1 ? "1 entry" : "\(entries) entries") }
        if drafts > 0 { parts.append(drafts == 1 ? "1 unfinished draft" : "\(drafts) unfinished drafts") }
        guard !parts.isEmpty else { return nil }
        return "Brought in \(parts.joined(separator: " and ")) kept while keel was open in another window."
    }

    static func + (a: PendingReport, b: PendingReport) -> PendingReport {
        PendingReport(entries: a.entries + b.entries, drafts: a.drafts + b.drafts, files: a.files + b.files)
    }
}
