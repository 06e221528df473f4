extension Context {
    /// Whether the pacer starts with its still display: the choice made with
    /// `s` (kept with the data), else this machine's `animate_breath`.
    var breathStartsStill: Bool { settings.stillMode ?? !(preferences.animateBreath ?? true) }
}
