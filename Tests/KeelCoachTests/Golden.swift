import Testing
import KeelStorm
import KeelTerminal
@testable import KeelCoach

/// A rendered frame compared with its golden file (text, styles and
/// cursor; see GoldenFrame), or written there under KEEL_RECORD_GOLDENS=1.
/// The differences and the frame are printed on failure.
func expectGolden(_ frame: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let got = GoldenFrame(frame)
    if GoldenFiles.recording {
        do { try GoldenFiles.write(got, name) } catch { Issue.record(error, "recording \(name)", sourceLocation: sourceLocation) }
        return
    }
    guard let expected = GoldenFiles.read(name) else {
        let why =
            "No golden frame \(GoldenFiles.path(name)) (or not one this test reads); "
            + "KEEL_RECORD_GOLDENS=1 swift test --filter <this test> records it.\n\(frame.dump)"
        Issue.record(Comment(rawValue: why), sourceLocation: sourceLocation)
        return
    }
    let differences = got.differences(from: expected)
    #expect(differences.isEmpty, "\(name): \(differences.joined(separator: "\n"))\n\(frame.dump)", sourceLocation: sourceLocation)
}

/// What every frame must show at `size`, whatever the screen: nothing
/// FrameCheck objects to (rows of the right width, no wide character cut,
/// no control character, the cursor on screen); at 40x12 and up the title
/// bar and a footer of keys; below that only the calm "too small" message.
func expectFits(_ frame: Buffer, _ size: Size, _ label: String, held: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(frame.size == size, "\(label)", sourceLocation: sourceLocation)
    let problems = FrameCheck.problems(frame)
    #expect(problems.isEmpty, "\(label): \(problems.prefix(5))\n\(frame.dump)", sourceLocation: sourceLocation)
    if size.width >= App.minimumSize.width && size.height >= App.minimumSize.height {
        #expect(frame.line(0).hasPrefix(" keel"), "\(label): the title bar\n\(frame.dump)", sourceLocation: sourceLocation)
        #expect(
            !frame.line(size.height - 1).isEmpty, "\(label): the footer\n\(frame.dump)",
            sourceLocation: sourceLocation)
    } else {
        var tooSmall = Buffer(size: size)
        Chrome.tooSmall(into: &tooSmall, held: held)  // and how many keys wait
        #expect(frame.lines == tooSmall.lines, "\(label): only the too-small message\n\(frame.dump)", sourceLocation: sourceLocation)
        if size.width >= 30 && size.height >= 7 {
            #expect(frame.contains("Make the window a little"), "\(label)\n\(frame.dump)", sourceLocation: sourceLocation)
        }
    }
}

/// Renders each root at each size and checks every frame with `expectFits`.
/// `frames` > 1 drives the app between frames with `drive`, which returns
/// false to stop early (the app finished, or left the screens under test).
func expectEveryRootFits(
    _ h: Harness, _ roots: [(Context) -> any Screen], sizes: [Size],
    frames: Int = 1, drive: (App) -> Bool = { _ in true },
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for (i, root) in roots.enumerated() {
        for size in sizes {
            let app = h.app(root, size: size)
            for step in 0..<frames {
                let frame = app.render()
                let label = "root \(i) (\(type(of: app.top))) at \(size.width)x\(size.height), frame \(step)"
                expectFits(frame, size, label, held: app.heldKeys, sourceLocation: sourceLocation)
                if step + 1 < frames && !drive(app) { break }
            }
        }
    }
}
