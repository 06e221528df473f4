import Foundation
import Testing

/// `keel circles` in a real terminal: the map, the list, editing, sizes, Ctrl-C.
@Suite(.serialized) struct CirclesTerminalTests {
    func sampleData(_ s: Scratch) throws -> String {
        let dir = s.path + "/circles-data"
        let r = try keel(["sample", "--into", dir, "--years", "0.5"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("8 circles") && r.out.contains("33 people"), "\(r.out)")
        return dir
    }

    @Test func theMapFollowsTheWindowAndFallsBackToTheList() throws {
        let s = Scratch()
        let t = try TerminalSession(["circles", "--data-dir", try sampleData(s)])
        #expect(t.waitFor("♣ Bouldering gym"), "\(t.text)")
        #expect(t.text.contains("you"))
        #expect(t.text.contains("rings: inner, middle, outer"))
        #expect(t.screen[23].contains("Enter edit"), "\(t.text)")
        try t.resize(120, 40)
        #expect(t.waitFor("Mrs Okafor"), "a large window names everyone:\n\(t.text)")
        try t.resize(40, 12)
        #expect(t.waitFor("8 circles · 33 people"), "a small window shows the list:\n\(t.text)")
        try t.resize(80, 24)
        #expect(t.waitFor("rings: inner, middle, outer"), "\(t.text)")
        try t.press("v")
        #expect(t.waitFor("8 circles · 33 people"), "\(t.text)")
        try t.press("i")
        #expect(t.waitFor("A lot rides on one circle"), "\(t.text)")
        try t.press("Escape", "Escape")
        #expect(t.exitStatus() == 0)
    }

    @Test func addingACircleAndAPersonWithWideCharacters() throws {
        let s = Scratch()
        let dir = s.path + "/fresh"
        let t = try TerminalSession(["circles", "--data-dir", dir])
        #expect(t.waitFor("Nobody here yet"), "\(t.text)")
        try t.press("n")
        #expect(t.waitFor("New circle"))
        try t.type("Café 日本 😀")
        try t.press("Tab", "Right")
        #expect(t.waitFor("‹ volunteering ›"), "\(t.text)")
        try t.press("Enter")
        #expect(t.waitFor("✚ Café 日本 😀"), "\(t.text)")
        try t.press("a")
        #expect(t.waitFor("New person"))
        try t.type("Zoë")
        try t.press("Enter")
        #expect(t.waitFor("Zoë · middle ring · Café 日本 😀"), "\(t.text)")
        try t.press("c")
        #expect(t.waitFor("Noted: in touch with Zoë today."), "\(t.text)")
        let line = try #require(t.screen.first { $0.contains("Zoë · middle ring") })
        #expect(line.hasPrefix("  Zoë"), "wide characters keep their width: \(line)")
        try t.press("q")
        #expect(t.exitStatus() == 0)
        let export = try keel(["export", "--data-dir", dir])
        #expect(export.out.contains("\"name\" : \"Café 日本 😀\""), "\(export.out)")
        #expect(export.out.contains("\"kind\" : \"volunteering\""))
        #expect(export.out.contains("\"personName\" : \"Zoë\""))
    }

    @Test func ctrlCInAFormKeepsTheWordsAndTheTerminalSane() throws {
        let s = Scratch()
        let dir = try sampleData(s)
        let t = try TerminalSession(["circles", "--data-dir", dir])
        #expect(t.waitFor("♣ Bouldering gym"))
        try t.press("a")
        #expect(t.waitFor("New person"))
        try t.type("Half a na")
        try t.press("C-c")
        #expect(t.exitStatus() == 130)
        let modes = t.modesAfterExit
        #expect(modes.contains(" icanon") && modes.contains(" echo "), "\(modes)")
        let again = try TerminalSession(["circles", "--data-dir", dir])
        #expect(again.waitFor("♣ Bouldering gym"))
        try again.press("a")
        #expect(again.waitFor("What you typed last time is back."), "\(again.text)")
        #expect(again.text.contains("Half a na"))
    }

    @Test func deletingAndUndoingInTheList() throws {
        let s = Scratch()
        let dir = try sampleData(s)
        let t = try TerminalSession(["circles", "--list", "--data-dir", dir])
        #expect(t.waitFor("› ♣ Bouldering gym"), "\(t.text)")
        try t.press("Down", "d")
        #expect(t.waitFor("Deleted Kofi. u brings them back."), "\(t.text)")
        #expect(!t.text.contains("♣ Kofi"))
        try t.press("u")
        #expect(t.waitFor("Kofi is back."), "\(t.text)")
        #expect(t.text.contains("♣ Kofi"))
        try t.press("q")
        #expect(t.exitStatus() == 0)
    }

    @Test func helpNamesTheCommandAndTheExportReadsWell() throws {
        let help = try keel(["--help"])
        #expect(help.out.contains("circles"), "\(help.out)")
        let s = Scratch()
        let md = try keel(["export", "--data-dir", try sampleData(s), "--format", "markdown"])
        #expect(md.status == 0, "\(md.err)")
        for heading in ["## Circles", "### Bouldering gym (hobby or club)", "## People", "## Contacts", "## Steps to widen belonging"] {
            #expect(md.out.contains(heading), "\(heading)")
        }
        #expect(md.out.contains("in touch with Sam"))
        #expect(md.out.contains("- Go to a community gathering: chosen "))
    }
}
