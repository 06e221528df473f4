/* The floor for `make bench`: the least a curses menu can do. It draws a
 * six-item menu with a footer and moves a highlight with j/k or the arrows;
 * q quits. keel's start-up, redraw and output are measured against this. */
#include <locale.h>
#include <ncursesw/curses.h>

static const char *items[] = {"Breathe", "Reframe", "Check in", "Journal", "Circles", "Crisis help"};
enum { COUNT = 6 };

static void draw(int selected) {
    erase();
    mvaddstr(0, 1, "floor - Home");
    for (int i = 0; i < COUNT; i++) {
        if (i == selected) attron(A_REVERSE);
        mvprintw(2 + i, 2, "%c %s", i == selected ? '>' : ' ', items[i]);
        if (i == selected) attroff(A_REVERSE);
    }
    mvaddstr(LINES - 1, 1, "j/k move  q quit  ? help");
    refresh();
}

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    int selected = 0;
    draw(selected);
    for (;;) {
        int ch = getch();
        if (ch == 'q') break;
        if ((ch == 'j' || ch == KEY_DOWN) && selected < COUNT - 1) selected++;
        if ((ch == 'k' || ch == KEY_UP) && selected > 0) selected--;
        draw(selected);
    }
    endwin();
    return 0;
}
