/// The values practice's policy: once a reframe is read to its end and the
/// person moves on, their own values come next, to read when doubt comes.
extension ValuesCardScreen {
    static var afterReframe: Policy {
        Policy("values after a reframe") { outcome, ctx in
            guard outcome == .movedOn(from: "flow:reframe"),
                let card = ValuesCardScreen.ifWritten(ctx, after: "After a sting, a word from you to you.")
            else { return nil }
            return .replace(card)
        }
    }
}
