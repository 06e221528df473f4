# keel: make run to try it, make test to check it.
PREFIX ?= /usr/local
SWIFT ?= swift
SWIFTC ?= swiftc
DEBUG_BIN := .build/debug/keel
# A static Swift runtime, linked without PIE: fewer relocations and page
# faults at start-up (measured by make bench). libstdc++ (which the Swift
# runtime needs) is linked in too, from a folder holding only its archive,
# so the loader maps and relocates one library fewer; and only the symbols
# the shared libraries ask for are exported, so the runtime's dladdr at
# start searches a short table (2.2 million instructions fewer at start) and
# the linker drops what nothing calls (0.8 MB less peak memory).
# ncursesw and its terminfo library are linked in the same way, from a
# folder whose libncursesw.a names both archives: the loader then maps two
# libraries fewer and resolves none of their symbols (0.4 million
# instructions fewer at start).
# The functions a start and a menu move run, laid out by the link side by
# side in the order of packaging/link-order.txt (made by `make link-order`)
# instead of spread over 15 MB: a start takes fewer page faults and a move
# finds its code in fewer pages. Only functions in a section of their own
# can be moved: the Swift runtime's C++, and the standard library's and
# keel's own that the compiler gives one.
# No $$ORIGIN in the search path (everything keel needs beyond glibc is
# linked in, so the loader's search of the binary's folder only failed, 13
# times at each start) and the unwinder linked in, so libgcc_s is not
# loaded either.
STATIC_CXX := $(CURDIR)/.build/static-cxx
STATIC_CURSES := $(CURDIR)/.build/static-curses
LINK_ORDER := $(CURDIR)/packaging/link-order.txt
# The ordering option is gold's (the linker swift uses here); with no gold
# that knows it, the release is linked without it rather than failing.
GOLD_ORDERS := $(shell ld.gold --help 2>/dev/null | grep -q -- --section-ordering-file && echo yes)
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -no-pie \
	-Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
	-Xswiftc -L$(STATIC_CXX) -Xlinker -L$(STATIC_CURSES) -Xlinker --no-export-dynamic \
	$(if $(and $(GOLD_ORDERS),$(wildcard $(LINK_ORDER))),-Xlinker --section-ordering-file=$(LINK_ORDER))
RELEASE_BIN := .build/release/keel

.PHONY: all build release link-order static-cxx static-curses run demo test crisis-model crisis-loso format format-check stress bench fuzz man completions install uninstall deb contrast clean

all: build

build:
	$(SWIFT) build

release: static-cxx static-curses
	$(SWIFT) build $(RELEASE_FLAGS) --product keel

# The order of the functions keel runs at start and on a move, from
# callgrind over the release binary (needs valgrind); run again after large
# changes: a stale list only costs speed.
link-order: release
	python3 Tests/Bench/link_order.py --keel $(RELEASE_BIN) --out $(LINK_ORDER)

# A folder with only the C++ library's archive in it (left empty when there
# is none: the shared library is linked then).
static-cxx:
	mkdir -p $(STATIC_CXX)
	a=$$($(CC) -print-file-name=libstdc++.a); if [ -f "$$a" ]; then ln -sf "$$a" $(STATIC_CXX)/libstdc++.a; fi

# A folder whose libncursesw.a is a linker script naming ncursesw's archive
# and, where terminfo is a library of its own, libtinfo's after it (left
# empty when there is no archive: the shared library is linked then).
static-curses:
	mkdir -p $(STATIC_CURSES)
	n=$$($(CC) -print-file-name=libncursesw.a); t=$$($(CC) -print-file-name=libtinfo.a); \
	if [ -f "$$n" ]; then \
		if [ -f "$$t" ]; then echo "INPUT($$n $$t)"; else echo "INPUT($$n)"; fi > $(STATIC_CURSES)/libncursesw.a; \
	fi

run: build
	@$(DEBUG_BIN)

# Six months of made-up history in a throwaway folder, so nothing of yours is touched.
demo: build
	@dir=$$(mktemp -d /tmp/keel-demo.XXXXXX); \
	$(DEBUG_BIN) sample --into $$dir/data >/dev/null && \
	echo "Demo data in $$dir/data" && KEEL_DATA_DIR=$$dir/data $(DEBUG_BIN); \
	rm -rf $$dir

# State, screen, store and content tests, then the real binary in tmux.
test: build
	$(SWIFT) test

# The crisis check's learned layer, retrained from every labelled fixture
# (Tests/KeelCoachTests/Fixtures/crisis-*.tsv) into
# Resources/catalogs/crisis-model.txt; a test fails until this is run after
# the fixtures change. Deterministic: the same fixtures give the same file.
crisis-model:
	$(SWIFT) build --product keel-train-crisis
	.build/debug/keel-train-crisis

# How the crisis check does on text nobody tuning has seen: for each blind
# set, a model trained without it, behind the rules, on that set; prints
# recall and false alarms per set (CRISIS_LOSO=--lines names each miss).
crisis-loso:
	$(SWIFT) build --product keel-train-crisis
	.build/debug/keel-train-crisis --leave-one-out $(CRISIS_LOSO)

# Style is settled by swift format and the rules in .swift-format:
# format rewrites the sources in place, format-check fails on any difference.
SWIFT_FORMAT ?= $(SWIFT) format
FORMATTED := Package.swift Sources Tests

format:
	$(SWIFT_FORMAT) format --in-place --recursive --parallel $(FORMATTED)

format-check:
	$(SWIFT_FORMAT) lint --strict --recursive --parallel $(FORMATTED)

# The reliability proof: hundreds of kill -9 rounds during saves, imports and
# encryption, full disks, permissions, damaged and hostile files, two keels at
# once and key storms on every screen, against the release binary; prints the
# figures and exits 1 if anything did not hold. STRESS_SCALE=0.1 for a quick look.
STRESS_SCALE ?= 1
stress: release
	$(SWIFT) build $(RELEASE_FLAGS) --product keel-stress
	.build/release/keel-stress --keel $(RELEASE_BIN) --scale $(STRESS_SCALE)

# Speed and memory, side by side with a minimal C ncurses program (the floor).
bench: release
	$(SWIFT) build $(RELEASE_FLAGS) --product keel-bench
	cc -O2 -o .build/floor Tests/Bench/floor.c -lncursesw
	$(SWIFTC) -O -static-stdlib -Xclang-linker -no-pie -o .build/empty-swift Tests/Bench/empty.swift
	python3 Tests/Bench/bench.py --keel $(RELEASE_BIN) --floor .build/floor --empty-swift .build/empty-swift \
		--store-bench .build/release/keel-bench

# libFuzzer on every decoder (Tests/Fuzz/FuzzHarness.swift) for FUZZ_SECONDS,
# from the seeds in Tests/Fuzz/seeds; an input that crashes is written to
# Tests/Fuzz/regressions/, which make test replays once it is fixed.
FUZZ_SECONDS ?= 300
fuzz:
	KEEL_FUZZ=1 $(SWIFT) build --build-path .build/fuzz --sanitize fuzzer --product keel-fuzz
	mkdir -p .build/fuzz/corpus Tests/Fuzz/regressions
	.build/fuzz/debug/keel-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=1 \
		-artifact_prefix=Tests/Fuzz/regressions/ .build/fuzz/corpus Tests/Fuzz/seeds

# Man pages, one per subcommand plus keel(1), made from the command
# definitions by swift-argument-parser's generate-manual plugin. They are
# kept in man/ (run this after changing a command), so installing needs no
# plugin; keel.breathe.1 is kept as keel-breathe.1, as git's pages are named.
MAN_OUT := .build/plugins/GenerateManual/outputs/keel
man:
	$(SWIFT) package plugin generate-manual --multi-page --configuration debug
	rm -rf man && mkdir man
	for f in $(MAN_OUT)/keel*.1; do \
		n=$$(basename $$f .1); [ $$n = keel.help ] && continue; \
		cp $$f man/$$(echo $$n | tr . -).1; \
	done

# Completion scripts for bash, zsh and fish, written by keel itself.
COMPLETIONS := .build/completions
completions: release
	mkdir -p $(COMPLETIONS)
	$(RELEASE_BIN) --generate-completion-script bash > $(COMPLETIONS)/keel
	$(RELEASE_BIN) --generate-completion-script zsh > $(COMPLETIONS)/_keel
	$(RELEASE_BIN) --generate-completion-script fish > $(COMPLETIONS)/keel.fish

# Where each shell looks under PREFIX: bash-completion and fish through
# XDG_DATA_DIRS, zsh through its site-functions in fpath.
BASH_COMPLETIONS = $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS = $(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS = $(PREFIX)/share/fish/vendor_completions.d
MAN1 = $(PREFIX)/share/man/man1

install: release completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/keel $(DESTDIR)$(MAN1) \
		$(DESTDIR)$(BASH_COMPLETIONS) $(DESTDIR)$(ZSH_COMPLETIONS) $(DESTDIR)$(FISH_COMPLETIONS)
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/keel
	cp -R Resources/. $(DESTDIR)$(PREFIX)/share/keel/
	install -m 644 man/*.1 $(DESTDIR)$(MAN1)/
	install -m 644 $(COMPLETIONS)/keel $(DESTDIR)$(BASH_COMPLETIONS)/keel
	install -m 644 $(COMPLETIONS)/_keel $(DESTDIR)$(ZSH_COMPLETIONS)/_keel
	install -m 644 $(COMPLETIONS)/keel.fish $(DESTDIR)$(FISH_COMPLETIONS)/keel.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/keel
	rm -rf $(DESTDIR)$(PREFIX)/share/keel
	rm -f $(DESTDIR)$(MAN1)/keel.1 $(DESTDIR)$(MAN1)/keel-*.1
	rm -f $(DESTDIR)$(BASH_COMPLETIONS)/keel $(DESTDIR)$(ZSH_COMPLETIONS)/_keel $(DESTDIR)$(FISH_COMPLETIONS)/keel.fish

# A Debian package of the release binary, in .build/deb/ (needs dpkg-deb).
deb: release
	sh packaging/make-deb.sh $(RELEASE_BIN) .build/deb

# keel in a real xterm under Xvfb, light and dark, every theme: screenshots
# in .build/contrast/ and each text's contrast ratio (needs xterm, xvfb,
# imagemagick; not part of make test).
contrast: build
	python3 Tests/Contrast/contrast.py --keel $(DEBUG_BIN) --out .build/contrast

clean:
	rm -rf .build
