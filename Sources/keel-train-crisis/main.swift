#if canImport(Glibc)
import Glibc
#endif
import KeelBase
import KeelCoach
import KeelContent
import KeelCrisisTraining

// `make crisis-model`: trains the crisis model on every labelled fixture
// and writes Resources/catalogs/crisis-model.txt.
//   keel-train-crisis [FIXTURES_DIR [OUTPUT]]
// `make crisis-loso`: leave one blind set out, for each; prints the figures
// (with --lines, every miss and false alarm) and their totals, and writes nothing.
//   keel-train-crisis --leave-one-out [--together] [--lines] [--sets=5,6,crisis-held2-released] [--threshold=X]
//     [--thresholds=X,Y] [--penalty=X] [--steps=N] [--rate=X] [--prune=X] [--min-count=N] [--no-danger-margin=X]
//     [--overrule-below=X] [--overrule-clause-below=X] [--overrule-words=N] [FIXTURES_DIR]
// --sets leaves out only these (a number is a blind dev set); --together
// leaves them all out of one model (cheap, for comparing variants), and
// --thresholds then scores them at each; the others try other settings
// than the shipped ones, for tuning.
var args = Array(CommandLine.arguments.dropFirst())
let leaveOneOut = args.contains("--leave-one-out")
let showLines = args.contains("--lines")
let together = args.contains("--together")
// `--explain TEXT...`: which rule fires for each text, its danger words and the shipped model's score.
let explain = args.contains("--explain")
let measure = args.contains("--measure")
let rulesOnly = args.contains("--rules-only")
var trainer = CrisisTrainer()
var noDangerMargin = CrisisCheck.shippedNoDangerMargin
var overruleBelow = CrisisCheck.shippedOverruleBelow
var overruleWords = CrisisCheck.shippedOverruleWords
var overruleClauseBelow = CrisisCheck.shippedOverruleClauseBelow
var onlySets = CrisisLeaveOneOut.blindSets
var thresholds: [Float] = []
for arg in args where arg.hasPrefix("--") && arg.contains("=") {
    let parts = arg.dropFirst(2).split(separator: "=", maxSplits: 1).map(String.init)
    switch parts[0] {
    case "threshold": trainer.threshold = Float(parts[1]) ?? trainer.threshold
    case "penalty": trainer.penalty = Float(parts[1]) ?? trainer.penalty
    case "steps": trainer.steps = Int(parts[1]) ?? trainer.steps
    case "thresholds": thresholds = parts[1].split(separator: ",").compactMap { Float($0) }
    case "rate": trainer.rate = Float(parts[1]) ?? trainer.rate
    case "prune": trainer.prune = Float(parts[1]) ?? trainer.prune
    case "min-count": trainer.minimumCount = Int(parts[1]) ?? trainer.minimumCount
    case "sets": onlySets = parts[1].split(separator: ",").map { $0.hasPrefix("crisis-") ? String($0) : "crisis-blind-dev" + $0 }
    case "overrule-below": overruleBelow = Float(parts[1]) ?? overruleBelow
    case "overrule-clause-below": overruleClauseBelow = Float(parts[1]) ?? overruleClauseBelow
    case "overrule-words": overruleWords = Int(parts[1]) ?? overruleWords
    case "no-danger-margin": noDangerMargin = Float(parts[1]) ?? noDangerMargin
    default:
        print("keel-train-crisis: unknown option \(arg)")
        exit(2)
    }
}
// A misspelt mode must not fall through to training and overwrite the
// shipped model, nor a tuning setting end up in it.
let modes: Set = ["--together", "--leave-one-out", "--lines", "--explain", "--measure", "--rules-only"]
for arg in args where arg.hasPrefix("--") && !arg.contains("=") && !modes.contains(arg) {
    print("keel-train-crisis: unknown option \(arg)")
    exit(2)
}
if !leaveOneOut, args.contains(where: { $0.hasPrefix("--") && $0.contains("=") }) || args.contains("--together") {
    print("keel-train-crisis: settings go with --leave-one-out; the shipped model keeps the trainer's own")
    exit(2)
}
if !thresholds.isEmpty, !together {
    print("keel-train-crisis: --thresholds goes with --together")
    exit(2)
}
args.removeAll { $0.hasPrefix("--") }
let root = CrisisFixtures.sourceDirectory.components(separatedBy: "/Tests/").first ?? "."
let directory = args.first ?? CrisisFixtures.sourceDirectory
// KEEL_RESOURCES points --measure and --explain at another tree's rules
// (a worktree's), so tuning there needs no build of its own.
let resources = Posix.environment("KEEL_RESOURCES") ?? root + "/Resources"
let output = args.count > 1 ? args[1] : root + "/Resources/catalogs/crisis-model.txt"
// `--measure FILE...`: the shipped check (rules and model) on labelled files
// of any name, untouched: how a new blind set does on arrival (with
// --rules-only, the rules without the model, to see what a rule change does).
if measure {
    let shipped = CrisisCheck.load(ContentLibrary(resources: resources))
    let check = rulesOnly ? CrisisCheck(words: shipped.words, model: nil) : shipped
    for path in args.filter({ !$0.hasPrefix("--") }) {
        guard let bytes = try? Posix.read(path) else {
            print("keel-train-crisis: can't read \(path)")
            exit(1)
        }
        let lines = CrisisFixtures.lines(String(decoding: bytes, as: UTF8.self), set: path)
        let figures = CrisisLeaveOneOut(words: check.words).measure(path, lines, check)
        for line in CrisisLeaveOneOut.report([figures], lines: showLines) { print(line) }
    }
    exit(0)
}
if explain {
    let content = ContentLibrary(resources: resources)
    let check = CrisisCheck.load(content)
    for text in args.filter({ !$0.hasPrefix("--") }) {
        let score = check.model.map { String($0.score(text)) } ?? "no model"
        print(
            "\(check.matches(text) ? "HELP" : "calm")  rule \(check.words.rule(for: text) ?? "-")  danger \(check.words.dangerSummary(text))  model \(score): \(text)"
        )
    }
    exit(0)
}
do {
    let fixtures = try CrisisFixtures(directory: directory)
    if leaveOneOut {
        let words = CrisisWords(catalog: ContentLibrary(resources: resources).catalog("crisis-words"))
        var loso = CrisisLeaveOneOut(words: words)
        loso.trainer = trainer
        loso.noDangerMargin = noDangerMargin
        loso.overruleBelow = overruleBelow
        loso.overruleWords = overruleWords
        loso.overruleClauseBelow = overruleClauseBelow
        let figures = loso.run(fixtures, sets: onlySets, together: together, thresholds: thresholds)
        for line in CrisisLeaveOneOut.report(figures, lines: showLines) { print(line) }
        for line in CrisisLeaveOneOut.totals(figures, thresholds: thresholds) { print(line) }
        exit(0)
    }
    // A folder with no fixtures (a mistyped argument) writes nothing.
    guard !fixtures.lines.isEmpty else {
        print("keel-train-crisis: no labelled crisis-*.tsv in \(directory); nothing written")
        exit(1)
    }
    let model = trainer.train(CrisisTrainer.examples(fixtures.lines), fixtures: fixtures.digest)
    let text = model.text
    try Posix.writeAtomically(Array(text.utf8), to: output, mode: 0o644)
    print("trained on \(fixtures.lines.count) sentences (fixtures \(fixtures.digest)): \(model.count) weights, \(text.utf8.count) bytes in \(output)")
} catch {
    print("keel-train-crisis: \(error)")
    exit(1)
}
