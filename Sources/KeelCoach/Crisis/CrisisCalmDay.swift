extension CrisisWords {
    /// A long journal paragraph full of figures of speech ("killed it", "dying
    /// to know") and no crisis words: the slowest case for the check, since
    /// every rule is tried at every word. `keel-bench crisis` times it and a
    /// test holds that it stays calm.
    public static let calmDay = """
        Today started badly: the bus was late, it rained on the way in and my manager moved the meeting \
        twice, so by ten I was already behind. I keep telling myself it's only one bad week, but it feels \
        like the third in a row. At lunch I sat with Sam and we talked about the trip in March, which helped \
        a bit, and I finally ended the call with the bank that I'd been putting off. The presentation went \
        better than I feared, honestly I think I killed it, although I could have died of embarrassment when \
        the slides froze. Now I'm home, tired, a little lonely, dying to know whether the offer comes through, \
        and not sure what to cook. Tomorrow I want to go for a walk before work, drink less coffee, and text \
        my sister back. Nothing dramatic, just a long day that I'd like to put down.
        """
}
