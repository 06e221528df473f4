import Testing
import KeelStorm
import KeelTerminal
@testable import KeelCoach

/// A rendered frame compared with expected lines; the frame is printed on failure.
func expectFrame(_ frame: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(frame.lines == expected, "\n\(frame.dump)", sourceLocation: sourceLocation)
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
        #expect(!frame.line(size.height - 1).isEmpty, "\(label): the footer\n\(frame.dump)",
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
func expectEveryRootFits(_ h: Harness, _ roots: [(Context) -> any Screen], sizes: [Size],
                         frames: Int = 1, drive: (App) -> Bool = { _ in true },
                         sourceLocation: SourceLocation = #_sourceLocation) {
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

/// Expected frames, checked by eye when they were written; see ScreenTests.
enum Golden {
    static let home80x24 = [
        " keel · Home",
        "",
        "  Good morning. What would help right now?",
        "",
        "  › r  Reframe        Pause, breathe and take a second look at a sting",
        "    i  Check in       How are you? Find the practice that fits",
        "    b  Breathe        A paced breath to settle your body",
        "    c  Circles        Where you belong, and who to get back in touch with",
        "    e  Step ladder    Face what you dread in small planned steps",
        "    p  Practices      Self-compassion, setbacks, criticism, boundaries",
        "    l  Journal        Your entries and the patterns in them",
        "    m  Morning        Today's strength, a small plan, a few thanks",
        "    w  Small win      Note something you did, in a line",
        "    h  Habits         Small rituals, streaks and rest days",
        "    t  Letter         This week's letter to yourself",
        "    v  Values         What you stand for, to read when you doubt yourself",
        "    !  Help now       Crisis lines and your safety plan",
        "",
        "",
        "",
        "",
        "",
        "",
        " ↑↓ move  Enter choose  ? help  q quit  ! help now",
    ]
    static let home40x12 = [
        " keel · Home",
        "",
        "  › r  Reframe        Pause, breathe …",
        "    i  Check in       How are you? Fi…",
        "    b  Breathe        A paced breath …",
        "    c  Circles        Where you belon…",
        "    e  Step ladder    Face what you d…",
        "    p  Practices      Self-compassion…",
        "  ↓ l  Journal        Your entries an…",
        "",
        "",
        " ↑↓ move  Enter choose  ! help now",
    ]
    static let picker80x24 = [
        " keel · Breathe",
        "",
        "  Choose a breath",
        "  ‹ 3 min ›  ·  moving shape  ·  calm check on",
        "",
        "  › Cyclic sigh   Two breaths in through the nose, then one long sigh out",
        "    Box           In 4, hold 4, out 4, hold 4: even and steady",
        "    4-7-8         In 4, hold 7, out slowly for 8: a long unwinding",
        "    Resonance     About five and a half easy breaths a minute",
        "    Custom        Your own seconds, in-hold-out-hold",
        "",
        "    ← → change the length, s a still display, c the calm check.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " ↑↓ move  ←→ length  Enter start  s still  c calm check  Esc back  ! help now",
    ]
    static let breatheBox2s80x24 = [
        " keel · Breathe · Box",
        "",
        "",
        "",
        "",
        "                                     ●●●●●●",
        "                                  ●●●●····●●●●",
        "                                ●●●··········●●●",
        "                                ●●············●●",
        "                               ●●●············●●●",
        "                                ●●············●●",
        "                                ●●●··········●●●",
        "                                  ●●●●····●●●●",
        "                                     ●●●●●●",
        "",
        "",
        "",
        "                                   Breathe in",
        "                                       2",
        "",
        "                           breath 1 of 4 · 1:02 left",
        "",
        "",
        " Space pause  s still  Esc end  ? help  ! help now",
    ]
    static let still5s40x12 = [
        " keel · Breathe · Box",
        "",
        "",
        "   in 4   [hold 4]   out 4    hold 4",
        "",
        "                  Hold",
        "                   3",
        "",
        "       breath 1 of 4 · 0:59 left",
        "",
        "",
        " Space pause  s moving  ! help now",
    ]
    static let tooSmall30x10 = [
        "",
        "   Make the window a little",
        "       larger for keel.",
        "",
        "    It is 30×10; 40×12 is",
        "           enough.",
        "",
        "        Ctrl-C leaves.",
        "",
        "",
    ]
}
