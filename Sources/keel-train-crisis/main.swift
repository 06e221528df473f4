#if canImport(Glibc)
import Glibc
#endif
import KeelBase
import KeelCrisisTraining

// `make crisis-model`: trains the crisis model on every labelled fixture
// and writes Resources/catalogs/crisis-model.txt.
//   keel-train-crisis [FIXTURES_DIR [OUTPUT]]
let args = CommandLine.arguments
let root = CrisisFixtures.sourceDirectory.components(separatedBy: "/Tests/").first ?? "."
let directory = args.count > 1 ? args[1] : CrisisFixtures.sourceDirectory
let output = args.count > 2 ? args[2] : root + "/Resources/catalogs/crisis-model.txt"
do {
    let fixtures = try CrisisFixtures(directory: directory)
    let model = CrisisTrainer().train(CrisisTrainer.examples(fixtures.lines), fixtures: fixtures.digest)
    let text = model.text
    try Posix.writeAtomically(Array(text.utf8), to: output, mode: 0o644)
    print("trained on \(fixtures.lines.count) sentences (fixtures \(fixtures.digest)): \(model.count) weights, \(text.utf8.count) bytes in \(output)")
} catch {
    print("keel-train-crisis: \(error)")
    exit(1)
}
