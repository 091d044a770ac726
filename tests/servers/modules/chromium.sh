# Headless Chromium (Debian package) for the report layout test: not a server, but installed and announced the same
# way so [ServerFact("chromium")] runs on CI and skips visibly elsewhere.
chromium_packages() { echo chromium fonts-dejavu-core; }

chromium_start() {
  [ -x /usr/bin/chromium ] || { log "chromium absent (lancez install)"; return 1; }
  server_env CHROMIUM_PATH /usr/bin/chromium
  server_env CHROMIUM_READY 1
}

chromium_stop() { :; }
