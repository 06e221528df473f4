/// What `keel --help` says after the commands: the environment keel reads,
/// its exit codes and where the rest is written down.
enum RootHelp {
    static let discussion = """
        Run keel on its own for the home screen. keel is a practice companion, not therapy; \
        if you might hurt yourself, call your local emergency number.

        Environment:
          KEEL_DATA_DIR    the data folder, when --data-dir isn't given
          XDG_DATA_HOME    else it is $XDG_DATA_HOME/keel (~/.local/share/keel)
          XDG_CONFIG_HOME  your own flows: $XDG_CONFIG_HOME/keel (~/.config/keel)
          NO_COLOR         set to anything: draw without colour, as --no-color
          VISUAL, EDITOR   the editor Ctrl-O opens for a long answer
          KEEL_RESOURCES   the shipped content, when it isn't beside the program
          KEEL_PLAIN       1: talk line by line, as --plain; 0: don't. Plain mode is
                           on by itself with TERM=dumb or a pipe

        Exit codes:
          0    done
          1    something went wrong that you can put right; the message says what
          2    the command line wasn't understood; the usage shown says what fits
          130  left with Ctrl-C (129: the window closed); what you typed is kept

        More: keel help COMMAND, man keel, man keel-COMMAND, and README.md. \
        keel doctor checks the data folder, the terminal and the content, and \
        says how to fix what it finds.
        """
}
