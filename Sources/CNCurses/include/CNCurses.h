// The one C in keel: a thin shim over ncursesw.
// Wide-character support has to be switched on here, before the header is read:
// SwiftPM drops pkg-config's -D flags, and cSettings defines don't reach the importer.
#ifndef KEEL_CNCURSES_H
#define KEEL_CNCURSES_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
// Colours: how many the terminal has (0 without colour), and a theme's
// foreground for pair 1..6 (palette number, -1 the terminal's own).
int keel_curses_colors(void);
void keel_curses_set_pair(int pair, int fg);

#endif
#include <ncursesw/ncurses.h>
#include <wchar.h>
#include <stdbool.h>

// Start curses on the process's terminal with newterm (never initscr, which exits
// the process on a bad TERM). Returns 0 on success, -1 if the terminal type is
// unknown or there is no terminal.
int keel_curses_start(void);
// Modes keel relies on: raw (Ctrl-C is a key), no echo, keypad, short Esc delay,
// hidden cursor, colours over the terminal's own background unless no_color.
void keel_curses_configure(bool no_color);
void keel_curses_end(void);
bool keel_curses_has_colors(void);

int keel_rows(void);
int keel_cols(void);
// Asks the terminal for its size (after SIGWINCH) and resizes curses to it.
void keel_refresh_size(void);

void keel_erase(void);
// Draw one grapheme: up to CCHARW_MAX wide chars (a spacing char and its marks).
void keel_put_cell(int y, int x, const wchar_t *chars, int count, unsigned int attrs, int pair);
// One character alone in its cell (the common case): no array to pass.
void keel_put_char(int y, int x, unsigned int ch, unsigned int attrs, int pair);
// A run of printable ASCII cells in one style (keel's glyphs, one a cell)
// from (y, x) on the row: one call for the run, leaving the cursor where
// keel_put_char cell by cell would have.
void keel_put_ascii(int y, int x, const unsigned int *glyphs, int count, unsigned int attrs, int pair);
// The C library's width of a character in the current locale (what ncurses uses).
int keel_wcwidth(unsigned int ch);
// A cell ncurses can't draw as keel measures it: a blank placeholder of
// `columns` cells for ncurses, and the UTF-8 text written straight to the
// terminal at (y, x) by keel_flush_direct, after keel_flush.
void keel_put_placeholder(int y, int x, int columns, unsigned int attrs, int pair);
void keel_put_direct(int y, int x, const char *utf8, unsigned int attrs, int pair);
void keel_flush_direct(void);
bool keel_can_address_cursor(void);
void keel_show_cursor(int y, int x);
void keel_hide_cursor(void);
void keel_flush(void);
// Redraw everything on the next flush (after a resize or garbling).
void keel_touch_all(void);

unsigned int keel_attr_bold(void);
unsigned int keel_attr_dim(void);
unsigned int keel_attr_underline(void);
unsigned int keel_attr_reverse(void);
unsigned int keel_attr_italic(void);

// Keys are read by keel itself (KeyParser), straight from standard input.
// Bracketed paste on or off (on while keel draws, off on every way out).
void keel_paste_mode(bool on);
// Hands the terminal to another program (an editor) and takes it back,
// repainted from scratch.
void keel_curses_pause(void);
void keel_curses_resume(void);
// Ctrl-Z: restores the terminal, stops until the shell's fg, then resumes.
void keel_curses_suspend(void);

// Signals. SIGTERM, SIGHUP, SIGINT and SIGWINCH write one byte (the signal number)
// to a pipe whose read end is returned, so the run loop can poll() on it beside the
// terminal. SIGWINCH is chained to ncurses' own handler.
int keel_signals_install(void);
// Fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) restore the
// terminal's saved modes and leave the alternate screen before the process dies.
void keel_crash_guard_install(void);

// Colours: how many the terminal has (0 without colour), and a theme's
// foreground for pair 1..6 (palette number, -1 the terminal's own).
int keel_curses_colors(void);
void keel_curses_set_pair(int pair, int fg);

#endif
