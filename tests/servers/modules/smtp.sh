# SMTP sink (Debian python3-aiosmtpd) on 127.0.0.1: port 2525 STARTTLS + AUTH LOGIN/PLAIN required, port 2526
# STARTTLS without any AUTH. Messages land in $STATE/smtp/messages/ (<n>.eml + <n>.json with the envelope).
SMTP_PORT_VALUE="${ENTSYNC_SMTP_PORT:-2525}"
SMTP_NOAUTH_PORT_VALUE="${ENTSYNC_SMTP_NOAUTH_PORT:-2526}"

smtp_packages() { echo python3-aiosmtpd; }

smtp_wait_port() {
  local port="$1" i
  for i in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

smtp_start() {
  local dir="$STATE/smtp" here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  smtp_stop
  for port in "$SMTP_PORT_VALUE" "$SMTP_NOAUTH_PORT_VALUE"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "smtp : le port $port est déjà pris"; return 1; fi
  done
  mkdir -p "$dir/messages"
  [ -f "$dir/password" ] || openssl rand -hex 16 > "$dir/password"
  chmod 600 "$dir/password"
  # Debian's module only imports under /usr/bin/python3 (python3 may be a pyenv shim).
  setsid /usr/bin/python3 "$here/smtp_sink.py" --port "$SMTP_PORT_VALUE" --noauth-port "$SMTP_NOAUTH_PORT_VALUE" \
    --cert "$STATE/pki/server.crt" --key "$STATE/pki/server.key" --maildir "$dir/messages" \
    --user entsync --password "$(cat "$dir/password")" >"$dir/sink.log" 2>&1 < /dev/null &
  echo $! > "$dir/sink.pid"
  smtp_wait_port "$SMTP_PORT_VALUE" && smtp_wait_port "$SMTP_NOAUTH_PORT_VALUE" || { log "smtp : le puits ne répond pas (voir $dir/sink.log)"; return 1; }
  chmod 777 "$dir/messages"
  server_env SMTP_HOST 127.0.0.1
  server_env SMTP_PORT "$SMTP_PORT_VALUE"
  server_env SMTP_NOAUTH_PORT "$SMTP_NOAUTH_PORT_VALUE"
  server_env SMTP_USER entsync
  server_env SMTP_PASSWORD "$(cat "$dir/password")"
  server_env SMTP_MAILDIR "$dir/messages"
  server_env SMTP_READY 1
}

smtp_stop() {
  local pidfile="$STATE/smtp/sink.pid"
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pidfile"
  fi
}
