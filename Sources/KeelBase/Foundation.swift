// The one place keel chooses its Foundation. On Linux the lean
// FoundationEssentials (dates, data, JSON coding) is enough and keeps the
// binary small; elsewhere only Foundation exists. `@_exported` hands the
// choice to every target that imports KeelBase, so the five lines below are
// not repeated in each file that needs a Date. It is underscored but long
// stable (swift-nio and swift-argument-parser rely on it); a file that needs
// more than the essentials still writes `import Foundation` itself.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
