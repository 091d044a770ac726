# shellcheck shell=bash
# OpenSSH sshd on 127.0.0.1:2222 for the sftp source: its own host key, key-only login for one user limited to
# internal-sftp, a drop folder. Sourced by serveurs-de-test.sh ($STATE, server_env, log come from there).
# No chroot: ChrootDirectory needs every path component root-owned and not writable by others, which /tmp is not.
# The drop is therefore seen at the same path locally and through sftp (SSHD_DROP = SSHD_DROP_REMOTE).
#
# servers.env: SSHD_HOST, SSHD_PORT, SSHD_USER, SSHD_KEY (no passphrase), SSHD_KEY_PASSPHRASE_PROTECTED (passphrase
# "phrase secrete"), SSHD_KNOWN_HOSTS (file), SSHD_HOST_KEY_LINE ("[127.0.0.1]:2222 ssh-ed25519 AAAA…"), SSHD_DROP,
# SSHD_DROP_REMOTE, SSHD_CONFIG (tests may start a throwaway copy on another port: rewrite its Port and PidFile
# lines), SSHD_PID_FILE, SSHD_LOG, then SSHD_READY=1.

SSHD_TEST_USER="${ENTSYNC_SSHD_USER:-entsync-sftp}"

sshd_packages() { echo openssh-server openssh-client; }

sshd_port() { echo "${ENTSYNC_SSHD_PORT:-2222}"; }

sshd_start() {
  local dir="$STATE/sshd" port user="$SSHD_TEST_USER"
  port="$(sshd_port)"
  sshd_stop
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "sshd : le port $port est déjà pris par un autre programme"
    return 1
  fi

  rm -rf "$dir"
  mkdir -p "$dir/authorized" "$dir/client" "$dir/home/depot"
  chmod 755 "$dir" "$dir/authorized" "$dir/home"
  chmod 700 "$dir/client"

  if ! id "$user" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir "$dir/home" --shell /usr/sbin/nologin "$user"
  fi
  # With UsePAM no, sshd takes useradd's "!" password for a locked account and refuses even a key.
  usermod --home "$dir/home" --password '*' "$user"
  chown "$user" "$dir/home/depot"
  if ! runuser -u "$user" -- test -w "$dir/home/depot"; then
    log "sshd : $user ne peut pas écrire dans $dir/home/depot (un dossier parent lui est fermé ?)"
    return 1
  fi

  ssh-keygen -q -t ed25519 -N '' -C entsync-test-hote -f "$dir/host_ed25519"
  ssh-keygen -q -t ed25519 -N '' -C entsync-test-client -f "$dir/client/id_ed25519"
  ssh-keygen -q -t ed25519 -N 'phrase secrete' -C entsync-test-protegee -f "$dir/client/id_ed25519_protegee"
  cat "$dir/client/id_ed25519.pub" "$dir/client/id_ed25519_protegee.pub" > "$dir/authorized/$user"
  chmod 644 "$dir/authorized/$user"

  local host_line
  host_line="[127.0.0.1]:$port $(awk '{print $1" "$2}' "$dir/host_ed25519.pub")"
  echo "$host_line" > "$dir/client/known_hosts"

  # Port and PidFile stay alone on their lines: tests rewrite them to start a throwaway copy.
  cat > "$dir/sshd_config" <<EOF
Port $port
PidFile $dir/sshd.pid
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
AuthorizedKeysFile $dir/authorized/%u
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
UsePAM no
# The key and home folders live under a world-writable /tmp.
StrictModes no
AllowUsers $user
Subsystem sftp internal-sftp
ForceCommand internal-sftp
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTTY no
# Test classes run in parallel: do not drop connections that are still authenticating.
MaxStartups 100
LogLevel VERBOSE
EOF

  mkdir -p /run/sshd
  chmod 755 /run/sshd
  /usr/sbin/sshd -t -f "$dir/sshd_config" || { log "sshd : configuration refusée"; return 1; }
  # Absolute path: sshd re-executes itself. It forks to the background and writes its PidFile.
  /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"

  local i
  for i in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "sshd : ne répond pas sur le port $port (voir $dir/sshd.log)"
    return 1
  fi

  server_env SSHD_HOST 127.0.0.1
  server_env SSHD_PORT "$port"
  server_env SSHD_USER "$user"
  server_env SSHD_KEY "$dir/client/id_ed25519"
  server_env SSHD_KEY_PASSPHRASE_PROTECTED "$dir/client/id_ed25519_protegee"
  server_env SSHD_KNOWN_HOSTS "$dir/client/known_hosts"
  server_env SSHD_HOST_KEY_LINE "$host_line"
  server_env SSHD_DROP "$dir/home/depot"
  server_env SSHD_DROP_REMOTE "$dir/home/depot"
  server_env SSHD_CONFIG "$dir/sshd_config"
  server_env SSHD_PID_FILE "$dir/sshd.pid"
  server_env SSHD_LOG "$dir/sshd.log"
  server_env SSHD_READY 1
}

sshd_stop() {
  local pid_file="$STATE/sshd/sshd.pid" pid i
  [ -f "$pid_file" ] || return 0
  pid="$(cat "$pid_file")"
  # A stale pid file (after a reboot) may name another program now: only an sshd is killed.
  if [ -n "$pid" ] && grep -q sshd "/proc/$pid/cmdline" 2>/dev/null && kill "$pid" 2>/dev/null; then
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$pid_file"
}
