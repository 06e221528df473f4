// pipe2 (glibc declares it only for _GNU_SOURCE).
#define _GNU_SOURCE
#include "CNCurses.h"
// The capabilities by name as fields (cursor_address...): read directly,
// where tigetstr would search the table of names for each.
#include <ncursesw/term.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>

static SCREEN *keel_screen = NULL;
static struct termios keel_saved_termios;
static int keel_have_termios = 0;
// Terminal strings copied at start so the crash handler needs no allocation.
static char keel_leave_seq[256];
static size_t keel_leave_len = 0;
static int keel_signal_pipe[2] = {-1, -1};
static struct sigaction keel_ncurses_winch;
static void keel_tstp_chain(void);
// The terminal's keypad mode (smkx), copied at start for the SIGTSTP chain.
static char keel_keypad_seq[64];
static size_t keel_keypad_len = 0;

// Keypad mode on, as keypad(stdscr, TRUE) would switch it, but without the
// table of key sequences ncurses builds for its getch (keel reads keys
// itself): a third of the floor's start. ncurses switches it off on every
// way out (endwin); each way back here switches it on again. Written
// straight to the terminal, where nothing of ncurses' is pending.
static void keel_keypad_xmit(void) {
    if (keel_keypad_len > 0) { ssize_t ignored = write(STDOUT_FILENO, keel_keypad_seq, keel_keypad_len); (void)ignored; }
}

static void keel_append_cap(const char *cap) {
    if (cap == NULL || cap == (char *)-1) return;
    size_t len = strlen(cap);
    if (keel_leave_len + len >= sizeof keel_leave_seq) return;
    memcpy(keel_leave_seq + keel_leave_len, cap, len);
    keel_leave_len += len;
}

int keel_curses_start(void) {
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return -1;
    if (tcgetattr(STDIN_FILENO, &keel_saved_termios) == 0) keel_have_termios = 1;
    keel_screen = newterm(NULL, stdout, stdin);
    if (keel_screen == NULL) return -1;
    set_term(keel_screen);
    // Until a screen has once been left and taken back, ncurses sends what
    // it has after every cursor move, so a frame would leave in a write per
    // row. Left at once, before anything is drawn, and taken back by the
    // first refresh, it sends each frame in one write.
    endwin();
    keel_keypad_len = 0;
    const char *smkx = keypad_xmit;
    if (smkx != NULL && smkx != (char *)-1 && strlen(smkx) < sizeof keel_keypad_seq) {
        keel_keypad_len = strlen(smkx);
        memcpy(keel_keypad_seq, smkx, keel_keypad_len);
    }
    keel_leave_len = 0;
    keel_append_cap(exit_attribute_mode);
    keel_append_cap(cursor_normal);
    keel_append_cap(exit_ca_mode);
    static const char paste_off[] = "\033[?2004l";
    if (keel_leave_len + sizeof paste_off - 1 < sizeof keel_leave_seq) {
        memcpy(keel_leave_seq + keel_leave_len, paste_off, sizeof paste_off - 1);
        keel_leave_len += sizeof paste_off - 1;
    }
    return 0;
}

void keel_curses_configure(bool no_color) {
    raw();
    noecho();
    nonl();
    keel_keypad_xmit();
    set_escdelay(25);
    curs_set(0);
    // keel reads keys itself, between frames: ncurses need not poll the
    // keyboard while it draws (it would break a frame into several writes).
    typeahead(-1);
    // A paste arrives marked, as one piece of text, never as key presses.
    keel_paste_mode(true);
    keel_tstp_chain();
    if (!no_color && has_colors()) {
        start_color();
        // -1 keeps the terminal's own colours. Pairs 1..6 are set once, by
        // the theme (keel_curses_set_pair): a pair set again to another
        // colour makes ncurses look over every cell of the screen for it.
        use_default_colors();
    }
}

bool keel_curses_has_colors(void) { return has_colors(); }

void keel_curses_end(void) {
    if (keel_screen == NULL) return;
    curs_set(1);
    endwin();
    keel_paste_mode(false);
    delscreen(keel_screen);
    keel_screen = NULL;
}

int keel_rows(void) { return getmaxy(stdscr); }
int keel_cols(void) { return getmaxx(stdscr); }

void keel_refresh_size(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        resize_term(ws.ws_row, ws.ws_col);
    }
}

void keel_erase(void) { werase(stdscr); }

void keel_put_cell(int y, int x, const wchar_t *chars, int count, unsigned int attrs, int pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) text[i] = chars[i];
    text[n] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, text, (attr_t)attrs, (short)pair, NULL) == OK) {
        mvwadd_wch(stdscr, y, x, &cell);
    }
}

void keel_put_char(int y, int x, unsigned int ch, unsigned int attrs, int pair) {
    wchar_t text[2] = {(wchar_t)ch, L'\0'};
    cchar_t cell;
    if (setcchar(&cell, text, (attr_t)attrs, (short)pair, NULL) == OK) {
        mvwadd_wch(stdscr, y, x, &cell);
    }
}

void keel_put_ascii(int y, int x, const unsigned int *glyphs, int count, unsigned int attrs, int pair) {
    // One styled blank as a template: every cell of the run is it with its own character.
    wchar_t blank[2] = {L' ', L'\0'};
    cchar_t style, cells[64];
    if (count <= 0 || setcchar(&style, blank, (attr_t)attrs, (short)pair, NULL) != OK) return;
    for (int done = 0; done < count;) {
        int n = count - done < 64 ? count - done : 64;
        for (int i = 0; i < n; i++) {
            cells[i] = style;
            cells[i].chars[0] = (wchar_t)glyphs[done + i];
        }
        mvwadd_wchnstr(stdscr, y, x + done, cells, n);
        done += n;
    }
    // The cursor where adding the cells one at a time would have left it,
    // so ncurses moves the terminal's cursor as it always did.
    int end = x + count, maxy = getmaxy(stdscr) - 1, maxx = getmaxx(stdscr) - 1;
    if (end <= maxx) wmove(stdscr, y, end);
    else if (y < maxy) wmove(stdscr, y + 1, 0);
    else wmove(stdscr, maxy, maxx);
}

// Cells written past ncurses: clusters a cchar_t can't hold (a base and at
// most CCHARW_MAX - 1 zero-width marks), and glyphs whose width the C
// library counts differently from keel. ncurses keeps a blank placeholder
// there (invisible, so it never equals a real cell and is always redrawn
// when the cell changes); the bytes go out after its refresh, each with the
// cell's position and attributes. CursesBackend writes them all again after
// every refresh that changed something, as ncurses may have scrolled rows
// or reprinted placeholders to move its cursor.
static char *keel_direct = NULL;
static size_t keel_direct_len = 0, keel_direct_cap = 0;

static int keel_direct_putc(int c) {
    if (keel_direct_len == keel_direct_cap) {
        size_t cap = keel_direct_cap ? keel_direct_cap * 2 : 4096;
        char *grown = realloc(keel_direct, cap);
        if (grown == NULL) return ERR;
        keel_direct = grown;
        keel_direct_cap = cap;
    }
    keel_direct[keel_direct_len++] = (char)c;
    return c;
}

static void keel_direct_puts(const char *s) {
    if (s == NULL || s == (char *)-1) return;
    while (*s) keel_direct_putc((unsigned char)*s++);
}

static const char *keel_cup(int y, int x) {
    const char *cup = cursor_address;
    if (cup == NULL || cup == (char *)-1) return NULL;
    return tiparm(cup, y, x);
}

int wcwidth(wchar_t);  // <wchar.h> declares it only under _XOPEN_SOURCE
int keel_wcwidth(unsigned int ch) { return wcwidth((wchar_t)ch); }

void keel_put_placeholder(int y, int x, int width, unsigned int attrs, int pair) {
    wchar_t blank[2] = {L' ', L'\0'};
    cchar_t cell;
    if (setcchar(&cell, blank, (attr_t)attrs | A_INVIS, (short)pair, NULL) != OK) return;
    for (int i = 0; i < width; i++) mvwadd_wch(stdscr, y, x + i, &cell);
}

void keel_put_direct(int y, int x, const char *utf8, unsigned int attrs, int pair) {
    keel_direct_puts(keel_cup(y, x));
    vid_puts((attr_t)attrs, (short)pair, NULL, keel_direct_putc);
    keel_direct_puts(utf8);
}

void keel_flush_direct(void) {
    if (keel_direct_len == 0) return;
    // Back to what ncurses believes: plain attributes, its cursor position.
    vid_puts(A_NORMAL, 0, NULL, keel_direct_putc);
    int y, x;
    getyx(curscr, y, x);
    keel_direct_puts(keel_cup(y, x));
    size_t done = 0;
    while (done < keel_direct_len) {
        ssize_t n = write(STDOUT_FILENO, keel_direct + done, keel_direct_len - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += (size_t)n;
    }
    keel_direct_len = 0;
}

bool keel_can_address_cursor(void) {
    const char *cup = cursor_address;
    return cup != NULL && cup != (char *)-1;
}

void keel_show_cursor(int y, int x) { wmove(stdscr, y, x); curs_set(1); }
void keel_hide_cursor(void) { curs_set(0); }
void keel_flush(void) { wnoutrefresh(stdscr); doupdate(); }
void keel_touch_all(void) { clearok(curscr, TRUE); }

unsigned int keel_attr_bold(void) { return A_BOLD; }
unsigned int keel_attr_dim(void) { return A_DIM; }
unsigned int keel_attr_underline(void) { return A_UNDERLINE; }
unsigned int keel_attr_reverse(void) { return A_REVERSE; }
unsigned int keel_attr_italic(void) { return A_ITALIC; }

void keel_paste_mode(bool on) {
    // Written straight to the terminal, outside ncurses' picture: after
    // endwin() or before the first frame, nothing of ncurses' is pending.
    const char *seq = on ? "\033[?2004h" : "\033[?2004l";
    fflush(stdout);
    ssize_t ignored = write(STDOUT_FILENO, seq, strlen(seq)); (void)ignored;
}

static struct sigaction keel_ncurses_tstp;

// A stop from outside (kill -TSTP): ncurses' own handler restores the
// terminal and redraws on return; bracketed paste is switched around it.
static void keel_on_tstp(int sig) {
    int saved = errno;
    static const char off[] = "\033[?2004l", on[] = "\033[?2004h";
    ssize_t ignored = write(STDOUT_FILENO, off, sizeof off - 1);
    keel_ncurses_tstp.sa_handler(sig);
    keel_keypad_xmit();
    ignored = write(STDOUT_FILENO, on, sizeof on - 1); (void)ignored;
    errno = saved;
}

static void keel_tstp_chain(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0) return;
    // Only over a handler of ncurses' (none when the shell has no job control).
    if (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN || current.sa_handler == keel_on_tstp
        || (current.sa_flags & SA_SIGINFO)) return;
    keel_ncurses_tstp = current;
    struct sigaction sa = current;
    sa.sa_handler = keel_on_tstp;
    sigaction(SIGTSTP, &sa, NULL);
    // A mask inherited from whatever started keel must not hold a stop back.
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, NULL);
}

void keel_curses_pause(void) {
    keel_paste_mode(false);
    endwin();
}

void keel_curses_resume(void) {
    // The first refresh after endwin() restores keel's terminal modes and
    // the alternate screen; clearok repaints every cell.
    keel_refresh_size();
    clearok(curscr, TRUE);
    doupdate();
    keel_keypad_xmit();
    keel_paste_mode(true);
}

void keel_curses_suspend(void) {
    keel_curses_pause();
    // Stop as the shell expects; ncurses' own SIGTSTP handler would redraw
    // its old picture, so the default action stands in while keel stops.
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &old);
    // A mask inherited from whatever started keel must not hold the stop back.
    sigset_t tstp, saved;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &saved);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved, NULL);
    sigaction(SIGTSTP, &old, NULL);
    keel_curses_resume();
}

static void keel_signal_to_pipe(int sig) {
    int saved = errno;
    unsigned char byte = (unsigned char)sig;
    if (keel_signal_pipe[1] >= 0) { ssize_t ignored = write(keel_signal_pipe[1], &byte, 1); (void)ignored; }
    errno = saved;
}

static void keel_on_winch(int sig) {
    if (keel_ncurses_winch.sa_handler != SIG_DFL && keel_ncurses_winch.sa_handler != SIG_IGN
        && keel_ncurses_winch.sa_handler != NULL) {
        keel_ncurses_winch.sa_handler(sig);
    }
    keel_signal_to_pipe(sig);
}

int keel_signals_install(void) {
    if (keel_signal_pipe[0] < 0) {
#ifdef __linux__
        // Both ends non-blocking and closed on exec in one call, not seven.
        if (pipe2(keel_signal_pipe, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
#else
        if (pipe(keel_signal_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(keel_signal_pipe[i], F_SETFL, fcntl(keel_signal_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(keel_signal_pipe[i], F_SETFD, FD_CLOEXEC);
        }
#endif
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = keel_signal_to_pipe;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    // Every other signal whose default is to end the process ends keel the
    // same way (drafts kept, terminal restored) instead of leaving the
    // terminal in the alternate screen with what was typed lost.
    int ending[] = {SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
#ifdef SIGPWR
                    SIGPWR,
#endif
#ifdef SIGSTKFLT
                    SIGSTKFLT,
#endif
    };
    for (size_t i = 0; i < sizeof ending / sizeof ending[0]; i++) sigaction(ending[i], &sa, NULL);
    // A closed pipe shows up as a failed write, never as a silent death.
    signal(SIGPIPE, SIG_IGN);
    sigaction(SIGWINCH, NULL, &keel_ncurses_winch);
    sa.sa_handler = keel_on_winch;
    sigaction(SIGWINCH, &sa, NULL);
    return keel_signal_pipe[0];
}

static void keel_on_crash(int sig) {
    if (keel_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &keel_saved_termios);
    if (keel_leave_len > 0) { ssize_t ignored = write(STDOUT_FILENO, keel_leave_seq, keel_leave_len); (void)ignored; }
    static const char note[] = "\nkeel stopped unexpectedly. Your saved entries are safe, and anything you were typing was kept as a draft, up to the last few seconds.\n";
    ssize_t ignored = write(STDERR_FILENO, note, sizeof note - 1); (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

void keel_crash_guard_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = keel_on_crash;
    sa.sa_flags = SA_RESETHAND;
    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &sa, NULL);
}

// A theme's foreground for one of keel's pairs, over the terminal's own
// background; -1 is the terminal's own foreground.
void keel_curses_set_pair(int pair, int fg) {
    if (has_colors()) init_pair((short)pair, (short)(fg < COLORS ? fg : -1), -1);
}

int keel_curses_colors(void) { return has_colors() ? COLORS : 0; }
