# cineprod: build, test, install.
#
#   make            build the commands into build/default/bin
#   make check      install missing packages, build with -Werror, run every test
#   make demo       install missing packages, build, run the sample production
#   make check SANITIZE=1   the same under ASan and UBSan (build/san)
#   make install DESTDIR=/tmp/x PREFIX=/usr
#
# A command is a folder cmd/NAME with a main.c; its other .c files form the
# engine (libNAME.a) that the unit tests link against.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/cineprod
DESTDIR ?=

CC      ?= cc
CLANG   ?= clang
CFLAGS  ?= -O2 -g
WARNINGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
	   -Wstrict-prototypes -Wold-style-definition -Wformat=2 -Wundef \
	   -Wvla -Wpointer-arith -Wwrite-strings -Wmissing-declarations
CPPFLAGS += -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -Icommon
LDLIBS  = -Wl,--as-needed -lyaml -lcsv -lpcre2-8 -lexpat -lxlsxwriter -lm

ifeq ($(WERROR),1)
WARNINGS += -Werror
endif

ifeq ($(SANITIZE),1)
BUILD   ?= build/san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=all
else
BUILD   ?= build/default
SANFLAGS =
endif

ALL_CFLAGS  = $(WARNINGS) $(CFLAGS) $(SANFLAGS) -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SANFLAGS)

CMDS       := $(patsubst cmd/%/main.c,%,$(wildcard cmd/*/main.c))
COMMON_SRC := $(wildcard common/*.c)
COMMON_OBJ := $(COMMON_SRC:%.c=$(BUILD)/%.o)
LIBCOMMON  := $(BUILD)/libcommon.a
UNIT_SRC   := $(wildcard tests/unit/test_*.c)
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BINS       := $(CMDS:%=$(BUILD)/bin/%)
CMD_LIBS    = $(CMDS:%=$(BUILD)/lib%.a)
MAN_PAGES  := $(wildcard man/*.[1-9])
SAMPLE     ?= samples/heures-creuses

.PHONY: all check demo install uninstall clean deps fuzz bench memcheck tests
.DELETE_ON_ERROR:

all: $(BINS)

# --- the common library ----------------------------------------------------

$(LIBCOMMON): $(COMMON_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c $(BUILD)/flags
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# The compiler and flags of the last build: objects built with other flags
# (without -Werror, say) are rebuilt.
$(BUILD)/flags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(CPPFLAGS) $(ALL_CFLAGS)' >$@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

# Installed commands look for their reference data in DATADIR; the value is
# kept in a generated header so that changing DATADIR rebuilds what uses it.
$(BUILD)/datadir.h: FORCE
	@mkdir -p $(@D)
	@echo '#define CINEPROD_DATADIR "$(DATADIR)"' >$@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@
$(BUILD)/common/data.o: $(BUILD)/datadir.h
$(BUILD)/common/data.o: CPPFLAGS += -I$(BUILD)
FORCE:

# --- commands --------------------------------------------------------------

define command_rules
$(1)_OBJ := $$(patsubst %.c,$(BUILD)/%.o,$$(filter-out cmd/$(1)/main.c,$$(wildcard cmd/$(1)/*.c)))
$(BUILD)/lib$(1).a: $$($(1)_OBJ)
	rm -f $$@
	$$(AR) rcs $$@ $$^
$(BUILD)/bin/$(1): $(BUILD)/cmd/$(1)/main.o $(BUILD)/lib$(1).a $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach c,$(CMDS),$(eval $(call command_rules,$(c))))

# An empty engine still needs an archive to link against.
$(BUILD)/lib%.a:
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@

# --- tests -----------------------------------------------------------------

$(BUILD)/tests/%: tests/unit/%.c $(CMD_LIBS) $(LIBCOMMON)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< \
		$(CMD_LIBS) $(LIBCOMMON) $(LDLIBS) -lcmocka

tests: $(BINS) $(UNIT_BIN)

# check builds with -Werror: the tree has no warnings and keeps none.
check: deps
	$(MAKE) WERROR=1 tests
	BUILD=$(BUILD) tests/run

# Unit tests under valgrind: any leak or invalid access fails.
memcheck: deps
	$(MAKE) tests
	BUILD=$(BUILD) VALGRIND=1 tests/run unit

demo: deps all
	PATH="$(CURDIR)/$(BUILD)/bin:$$PATH" CINEPROD_DATA="$(CURDIR)/share" \
		$(MAKE) -C $(SAMPLE)

deps:
	@CC="$(CC)" tools/deps.sh

# --- fuzzing (clang's libFuzzer) -------------------------------------------

FUZZ_BUILD := build/fuzz
FUZZ_SRC   := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN   := $(FUZZ_SRC:tests/fuzz/%.c=$(FUZZ_BUILD)/%)
FUZZ_SECONDS ?= 0

fuzz: deps
	$(MAKE) CC=$(CLANG) BUILD=$(FUZZ_BUILD) \
		SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
		fuzz-link
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run $(FUZZ_BIN)

.PHONY: fuzz-link
fuzz-link: $(FUZZ_BIN)
$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(CMD_LIBS) $(LIBCOMMON)
	$(CLANG) $(CPPFLAGS) $(WARNINGS) -g -O1 \
		-fsanitize=fuzzer,address,undefined -o $@ $< \
		$(CMD_LIBS) $(LIBCOMMON) $(LDLIBS)

# --- benchmarks --------------------------------------------------------------

bench: deps all
	BUILD=$(BUILD) bench/run

# --- install -----------------------------------------------------------------

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)
	$(if $(BINS),install -m 755 $(BINS) $(DESTDIR)$(BINDIR))
	for p in $(MAN_PAGES); do \
		s=$${p##*.}; install -d $(DESTDIR)$(MANDIR)/man$$s && \
		install -m 644 $$p $(DESTDIR)$(MANDIR)/man$$s || exit 1; \
	done
	cd share && find . -type d -exec install -d $(DESTDIR)$(DATADIR)/{} \; \
		&& find . -type f -exec install -m 644 {} $(DESTDIR)$(DATADIR)/{} \;

uninstall:
	rm -f $(CMDS:%=$(DESTDIR)$(BINDIR)/%)
	for p in $(MAN_PAGES); do \
		rm -f $(DESTDIR)$(MANDIR)/man$${p##*.}/$${p##*/}; \
	done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build

-include $(shell find $(BUILD) -name "*.d" 2>/dev/null)
