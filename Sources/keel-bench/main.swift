#if canImport(Glibc)
import Glibc
#endif
import KeelStore

// keel-bench: store timings for `make bench` (the terminal figures are
// measured from outside by Tests/Bench/bench.py).
//
//   keel-bench save DIR [ROUNDS]   times saving one record into a data folder,
//                                  and counts the files each save touched.
//   keel-bench crisis [ROUNDS]     times the crisis check over one long paragraph.
//   keel-bench field DIR BYTES [UNIT]  writes a journal entry whose answer is
//                                  one word of BYTES bytes (see Field.swift).
//   keel-bench import DIR [N]      times importing an export of N records (600,000
//                                  by default), importing it again, and exporting.

func monotonic() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Every file under the data folder with its size and change time.
func snapshot(_ root: String) -> [String: String] {
    var out: [String: String] = [:]
    func walk(_ dir: String, _ prefix: String) {
        for name in Posix.listDirectory(dir) {
            let full = dir + "/" + name
            if Posix.isDirectory(full) { walk(full, prefix + name + "/"); continue }
            var st = stat()
            stat(full, &st)
            out[prefix + name] = "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_ino)"
        }
    }
    walk(root, "")
    return out
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

let args = CommandLine.arguments
if args.count >= 2, args[1] == "crisis" {
    try CrisisBench.run(Array(args.dropFirst(2)))
    exit(0)
}
if args.count >= 4, args[1] == "field", let bytes = Int(args[3]) {
    try writeFieldEntry(into: args[2], bytes: bytes, unit: args.count > 4 ? args[4] : nil)
    exit(0)
}
if args.count >= 3, args[1] == "import" {
    try ImportBench.run(dir: args[2], records: args.count > 3 ? Int(args[3]) ?? 600_000 : 600_000)
    exit(0)
}
guard args.count >= 3, args[1] == "save" else {
    print("usage: keel-bench save DIR [ROUNDS] | keel-bench import DIR [RECORDS] | keel-bench field DIR BYTES [UNIT] | keel-bench crisis [ROUNDS]")
    exit(2)
}
let dir = args[2]
let rounds = args.count > 3 ? Int(args[3]) ?? 50 : 50
let store = try Store(root: dir)
var times: [Double] = []
var touchedMax = 0
var firstSave = 0.0
for i in 0..<rounds {
    let before = snapshot(dir)
    let now = Timestamp.now()
    let record = BreathSession(
        id: RecordID.make(), created: now, pattern: "box", timing: "4-4-4-4", plannedSeconds: 64,
        actualSeconds: 64, completed: true, calmBefore: 4, calmAfter: 6, source: "bench")
    let t0 = monotonic()
    try store.save(record)
    let dt = (monotonic() - t0) * 1000
    if i == 0 { firstSave = dt } else { times.append(dt) }
    let after = snapshot(dir)
    let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    touchedMax = max(touchedMax, changed.count)
}
let sorted = times.sorted()
print(
    """
    {"saveMedianMs": \(median(times)), "saveP90Ms": \(sorted[Int(Double(sorted.count - 1) * 0.9)]), "saveMaxMs": \(sorted.last ?? 0), \
    "firstSaveMs": \(firstSave), "filesTouchedPerSaveMax": \(touchedMax), "rounds": \(rounds), "filesInStore": \(snapshot(dir).count)}
    """)
