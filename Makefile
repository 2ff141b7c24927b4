# Parley: the two everyday commands. Both install what is missing (Debian
# packages, through scripts/install-deps.sh), configure and build first.
#   make demo   code the bundled sample dispatches (samples/)
#   make test   run the whole test suite (GoogleTest through CTest)
#   make install PREFIX=/opt/parley   install the binary and its data
#   make run    code the samples (and a slice of ../shared/corpora when it is
#               there) into $(BUILD)/parley.sqlite and serve the dashboard
BUILD ?= build
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local

.PHONY: all deps build demo run test bench install clean

all: build

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== French and English sample dispatches (samples/), publication date from each file or 2024-03-15"
	$(BUILD)/parley code --date 2024-03-15 --format tsv samples/ ; test $$? -le 3
	@echo "== The same as JSON Lines, first event"
	$(BUILD)/parley code --date 2024-03-15 samples/ 2>/dev/null | head -n 1

PORT ?= 8080
run: build
	bash scripts/run-dashboard.sh $(BUILD) $(PORT)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The binary in $(PREFIX)/bin, dictionaries and lemma tables in
# $(PREFIX)/share/parley; the installed binary needs nothing else.
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

bench: build
	bash scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD)
