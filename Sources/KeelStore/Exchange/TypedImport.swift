/// The quick way through an import: the file decoded once, straight into
/// records of each kind, with every check `RecordSet.prepareImport` makes.
/// Going through `JSONValue` first (which names the field at fault) costs
/// several times as much, so it is kept for files with something wrong.
public enum TypedImport {
    public struct Key: CodingKey {
        public var stringValue: String
        public var intValue: Int? { nil }
        public init(stringValue: String) { self.stringValue = stringValue }
        public init?(intValue: Int) { nil }
    }

    /// Plans for every kind in the file, or nil if anything is off.
    static func plans(_ bytes: [UInt8]) -> [ImportPlan]? {
        (try? KeelJSON.decode(Document.self, from: bytes))?.plans
    }

    struct Document: Decodable {
        var plans: [ImportPlan]

        struct Unexpected: Error {}

        init(from decoder: Decoder) throws {
            let top = try decoder.container(keyedBy: Key.self)
            let format = try top.decode(Double.self, forKey: Key(stringValue: "format"))
            guard format <= Double(Exchange.formatVersion) else { throw Unexpected() }
            let collections = try top.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: "collections"))
            plans = []
            for key in collections.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                guard let handler = Collections.named(key.stringValue),
                    let plan = handler.typedPlan(collections, key: key)
                else { throw Unexpected() }
                plans.append(plan)
            }
        }
    }
}
