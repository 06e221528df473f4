// The store's records are made of the base's dates, JSON values and answers,
// and its callers pass them in: re-exported so `import KeelStore` alone keeps
// working for the app, the tools and the tests.
@_exported import KeelBase
