#!/usr/bin/env bash
# `npm test`: the one command that sets up a fresh machine and runs every check and test.
# Installs dependencies when needed, installs Debian's chromium when missing (playwright's own browser
# download cannot work here), lints, validates data/, type-checks, builds, then runs the unit and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  step "Installing Debian's chromium"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if ! command -v apt-get >/dev/null || { [ -n "$SUDO" ] && ! command -v sudo >/dev/null; }; then
    echo "No Chromium at $CHROMIUM, and no way to install it here (needs Debian's apt-get, as root or with sudo)." >&2
    echo "Install Debian's 'chromium' package, or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
    exit 1
  fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi

step "Linting (ESLint with the architecture's boundaries, Prettier)"
npm run --silent lint

step "Validating data/"
npm run --silent data:check

step "Type-checking"
npm run --silent check

step "Building (the site, and the single file for presenters)"
npm run --silent build
npm run --silent build:single

step "Unit tests"
npx vitest run

step "Browser tests (Chromium: $CHROMIUM)"
npx playwright test
