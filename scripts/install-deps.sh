#!/usr/bin/env bash
# Installs every system package Parley needs to build, test, fuzz and benchmark.
# Idempotent: packages already present are left alone; safe to run repeatedly.
# Debian 12 (bookworm). Run as root, or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libicu-dev                 # NFC normalisation, UTF-8 checks
  libcld2-dev                # language identification
  hunspell-tools libhunspell-dev hunspell-fr   # French lemma table (built at build time)
  wordnet-base               # English irregular forms (exception lists)
  libgweather-4-common       # gazetteer seed: Locations.xml and its French names
  zlib1g-dev libzstd-dev     # compressed inputs
  nlohmann-json3-dev         # JSON Lines reader/writer
  libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  clang-16 libclang-rt-16-dev   # libFuzzer (g++ has none; clang-14 cannot read libstdc++-12 C++20)
  python3
  python3-dev pybind11-dev   # the Python module (Debian's /usr/bin/python3)
  python3-pytest python3-pandas   # its tests and the pandas example
  util-linux                 # script(1) and unshare(1), for the terminal and install tests
  libsqlite3-dev             # the event store (SQLite with FTS5)
  libcpp-httplib-dev         # parley serve (HTTP server)
  chromium                   # the dashboard's browser test (headless)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm build the dashboard (web/); they come with the machine,
# not from apt (Debian's npm is too old for the lock file).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install-deps: node and npm are needed to build the dashboard (web/); configure with -DPARLEY_BUILD_WEB=OFF without them" >&2
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
