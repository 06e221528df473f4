import KeelBase

extension ContentLibrary {
    /// A shipped file that is not a catalog or a flow (the crisis model's
    /// weights), as text; nil when it is missing or unreadable.
    public func shippedText(_ relativePath: String) -> String? {
        guard let resources, let bytes = try? Posix.read(resources + "/" + relativePath, limit: 4 << 20) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
