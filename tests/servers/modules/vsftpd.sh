# vsftpd: two FTP servers on 127.0.0.1 for the ftp source (sourced by serveurs-de-test.sh).
#   lenient  :2121  explicit TLS offered but not required (plain FTP works too), no TLS session reuse required,
#                   passive ports 40000-40049
#   strict   :2122  TLS required on login and data, require_ssl_reuse=YES (vsftpd's default, what real servers do),
#                   passive ports 40050-40099
# Both serve the same local account (entsync-ftp, password generated at each start) chrooted to its home, which holds
# a writable depot/. Tests write files in FTP_DROP (the local path) and read them as FTP_DROP_REMOTE (the FTP path).
# Started directly (no systemd), one process per config, tracked by pid file.

VSFTPD_USER=entsync-ftp
VSFTPD_PORT_LENIENT=2121
VSFTPD_PORT_STRICT=2122

vsftpd_packages() { echo vsftpd curl; }

# Writes one instance's config: $1 name, $2 port, $3 first passive port, $4 last, $5 "strict" or "lenient".
vsftpd_config() {
  local dir="$STATE/vsftpd" strict=NO
  [ "$5" = strict ] && strict=YES
  cat > "$dir/$1.conf" <<EOF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=$2
background=NO
anonymous_enable=NO
local_enable=YES
write_enable=YES
local_umask=022
chroot_local_user=YES
allow_writeable_chroot=YES
pasv_enable=YES
pasv_address=127.0.0.1
pasv_min_port=$3
pasv_max_port=$4
port_enable=YES
connect_from_port_20=NO
ssl_enable=YES
allow_anon_ssl=NO
force_local_logins_ssl=$strict
force_local_data_ssl=$strict
ssl_tlsv1=YES
ssl_sslv2=NO
ssl_sslv3=NO
ssl_ciphers=HIGH
require_ssl_reuse=$strict
strict_ssl_read_eof=$strict
rsa_cert_file=$STATE/pki/server.crt
rsa_private_key_file=$STATE/pki/server.key
pam_service_name=entsync-vsftpd
secure_chroot_dir=$dir/empty
seccomp_sandbox=NO
utf8_filesystem=YES
xferlog_enable=NO
vsftpd_log_file=$dir/$1.log
dual_log_enable=NO
syslog_enable=NO
EOF
}

vsftpd_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

vsftpd_wait() {
  local i
  for i in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# A real login, TLS handshake against the shared CA and listing, with the password on stdin (never on a command line).
vsftpd_check() {
  # curl's config syntax: inside double quotes, escape backslashes and quotes.
  local escaped="${2//\\/\\\\}"
  escaped="${escaped//\"/\\\"}"
  printf 'user = "%s:%s"\n' "$VSFTPD_USER" "$escaped" |
    curl -sS -K - --ssl-reqd --cacert "$STATE/pki/ca.crt" --connect-timeout 5 --max-time 10 --list-only \
      "ftp://127.0.0.1:$1/depot/" > /dev/null
}

vsftpd_start() {
  vsftpd_stop
  local dir="$STATE/vsftpd" home="$STATE/vsftpd/home" port
  for port in $VSFTPD_PORT_LENIENT $VSFTPD_PORT_STRICT; do
    if ! vsftpd_port_free "$port"; then log "vsftpd : le port $port est déjà pris"; return 1; fi
  done

  mkdir -p "$dir/empty" "$home/depot"
  chmod 755 "$dir/empty"
  # Debian's /etc/pam.d/vsftpd includes pam_shells, which refuses a nologin account: a minimal service instead.
  printf 'auth required pam_unix.so\naccount required pam_unix.so\nsession required pam_unix.so\n' > /etc/pam.d/entsync-vsftpd
  id "$VSFTPD_USER" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir "$home" --shell /usr/sbin/nologin "$VSFTPD_USER"
  usermod --home "$home" "$VSFTPD_USER" >/dev/null 2>&1 || true
  # A space, a quote and a backslash: the clients must pass any password through untouched.
  local password
  password="Mdp \"$(openssl rand -hex 12)\" \\x"
  printf '%s:%s\n' "$VSFTPD_USER" "$password" | chpasswd
  chown "$VSFTPD_USER:" "$home"
  chmod 755 "$home"
  # The tests (root on CI) drop files here and the FTP account moves and deletes them.
  chown "$VSFTPD_USER:" "$home/depot"
  chmod 777 "$home/depot"

  vsftpd_config lenient "$VSFTPD_PORT_LENIENT" 40000 40049 lenient
  vsftpd_config strict "$VSFTPD_PORT_STRICT" 40050 40099 strict
  local name
  for name in lenient strict; do
    : > "$dir/$name.log"
    setsid /usr/sbin/vsftpd "$dir/$name.conf" > "$dir/$name.out" 2>&1 < /dev/null &
    echo $! > "$dir/$name.pid"
  done

  for port in $VSFTPD_PORT_LENIENT $VSFTPD_PORT_STRICT; do
    if ! vsftpd_wait "$port"; then log "vsftpd : pas de réponse sur le port $port (voir $dir/*.out)"; return 1; fi
    if ! vsftpd_check "$port" "$password"; then log "vsftpd : connexion FTPS impossible sur le port $port"; return 1; fi
  done

  server_env VSFTPD_BIN /usr/sbin/vsftpd
  server_env FTP_HOST 127.0.0.1
  server_env FTP_PORT_LENIENT "$VSFTPD_PORT_LENIENT"
  server_env FTP_PORT_STRICT "$VSFTPD_PORT_STRICT"
  server_env FTP_USER "$VSFTPD_USER"
  server_env FTP_PASSWORD "$password"
  server_env FTP_DROP "$home/depot"
  server_env FTP_DROP_REMOTE /depot
  # A config the tests copy to start a throwaway instance (other port, then killed) for the "server gone" cases.
  server_env FTP_CONF_LENIENT "$dir/lenient.conf"
  server_env FTP_CONF_STRICT "$dir/strict.conf"
  server_env FTP_PID_LENIENT "$dir/lenient.pid"
  server_env FTP_PID_STRICT "$dir/strict.pid"
  server_env VSFTPD_READY 1
}

vsftpd_stop() {
  local dir="$STATE/vsftpd" name pid
  for name in lenient strict; do
    [ -f "$dir/$name.pid" ] || continue
    pid="$(cat "$dir/$name.pid")"
    # Only our own process: the pid may have been reused since.
    if [ -n "$pid" ] && grep -q vsftpd "/proc/$pid/cmdline" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$dir/$name.pid"
  done
}
