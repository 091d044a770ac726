#!/usr/bin/env bash
# Real servers on 127.0.0.1 for the integration tests (SFTP, FTP/FTPS, WebDAV, SMTP…).
#   serveurs-de-test.sh install   installs the Debian packages every module needs (root)
#   serveurs-de-test.sh start     generates keys and certificates, starts every module, writes servers.env
#   serveurs-de-test.sh stop      stops them
# Each module lives in modules/<name>.sh and defines <name>_packages (echo the Debian packages), <name>_start and
# <name>_stop. A module writes what the tests need with `server_env KEY VALUE` and ends with `server_env <NAME>_READY 1`.
# The tests read $ENTSYNC_TEST_SERVERS/servers.env (default /tmp/entsync-test-servers).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export STATE="${ENTSYNC_TEST_SERVERS:-/tmp/entsync-test-servers}"
export ENV_FILE="$STATE/servers.env"

modules=()
for file in "$here"/modules/*.sh; do
  [ -f "$file" ] || continue
  # shellcheck source=/dev/null
  . "$file"
  modules+=("$(basename "$file" .sh)")
done

server_env() { echo "$1=$2" >> "$ENV_FILE"; }

log() { echo "[serveurs-de-test] $*"; }

# One CA for every TLS server, so the tests trust exactly one file (server_env CA_FILE).
make_pki() {
  local pki="$STATE/pki"
  mkdir -p "$pki"
  [ -f "$pki/server.crt" ] && return 0
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=EntSync test CA" \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$pki/server.key" -out "$pki/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$pki/server.ext"
  openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 30 \
    -extfile "$pki/server.ext" -out "$pki/server.crt" 2>/dev/null
  chmod 644 "$pki/server.crt" "$pki/ca.crt"; chmod 600 "$pki/server.key"
}

install() {
  local packages=(openssl)
  for m in "${modules[@]}"; do
    # shellcheck disable=SC2207
    packages+=($("${m}_packages"))
  done
  local missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installation : ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # Services must not start on their default ports: the modules start their own instances.
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    rm -f /usr/sbin/policy-rc.d
  fi
}

start() {
  mkdir -p "$STATE"
  : > "$ENV_FILE"
  make_pki
  server_env CA_FILE "$STATE/pki/ca.crt"
  server_env PKI_READY 1
  for m in "${modules[@]}"; do
    if "${m}_start"; then log "$m démarré"; else log "$m : échec du démarrage"; fi
  done
}

stop() {
  for m in "${modules[@]}"; do "${m}_stop" || true; done
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage : $0 install|start|stop" >&2; exit 64 ;;
esac
