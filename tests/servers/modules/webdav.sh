# shellcheck shell=bash
# Apache 2 with mod_dav on 127.0.0.1:8081 (HTTP) and 127.0.0.1:8443 (HTTPS with the shared server certificate), for
# the ENT relay's webdav destination. Its own configuration under "$STATE/webdav/" (never Debian's sites), basic
# authentication for one generated user on the /dav/ folder. Sourced by serveurs-de-test.sh ($STATE, server_env, log).
#
# servers.env: WEBDAV_URL (http://127.0.0.1:8081/dav/), WEBDAV_HTTPS_URL (https://localhost:8443/dav/), WEBDAV_USER,
# WEBDAV_PASSWORD, WEBDAV_ROOT (the local folder behind /dav/: tests read what arrived there), then WEBDAV_READY=1.

webdav_packages() { echo apache2 apache2-utils; }

webdav_http_port() { echo "${ENTSYNC_WEBDAV_PORT:-8081}"; }

webdav_https_port() { echo "${ENTSYNC_WEBDAV_HTTPS_PORT:-8443}"; }

webdav_start() {
  local dir="$STATE/webdav" http https user password modules=/usr/lib/apache2/modules
  http="$(webdav_http_port)"; https="$(webdav_https_port)"
  webdav_stop
  for port in "$http" "$https"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      log "webdav : le port $port est déjà pris par un autre programme"
      return 1
    fi
  done

  rm -rf "$dir"
  mkdir -p "$dir/htdocs/dav" "$dir/lock" "$dir/run" "$dir/logs"
  user="entsync-dav"
  password="$(openssl rand -hex 12)"
  htpasswd -cbB "$dir/htpasswd" "$user" "$password" 2>/dev/null
  # The daemon's children run as www-data: they write the DAV folder and its lock database.
  chown -R www-data:www-data "$dir/htdocs/dav" "$dir/lock"
  chmod 644 "$dir/htpasswd"

  cat > "$dir/httpd.conf" <<CONF
ServerRoot "$dir"
ServerName localhost
PidFile "$dir/run/httpd.pid"
DefaultRuntimeDir "$dir/run"
Mutex file:$dir/run default
Listen 127.0.0.1:$http
Listen 127.0.0.1:$https
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authz_user_module $modules/mod_authz_user.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule dav_module $modules/mod_dav.so
LoadModule dav_fs_module $modules/mod_dav_fs.so
LoadModule socache_shmcb_module $modules/mod_socache_shmcb.so
LoadModule ssl_module $modules/mod_ssl.so
User www-data
Group www-data
ErrorLog "$dir/logs/error.log"
LogLevel warn
DocumentRoot "$dir/htdocs"
DavLockDB "$dir/lock/DavLock"
SSLSessionCache "shmcb:$dir/run/ssl_scache(512000)"
<Directory "$dir/htdocs">
  Require all denied
</Directory>
<Directory "$dir/htdocs/dav">
  Dav On
  AuthType Basic
  AuthName "EntSync test"
  AuthBasicProvider file
  AuthUserFile "$dir/htpasswd"
  Require valid-user
</Directory>
<VirtualHost 127.0.0.1:$https>
  SSLEngine on
  SSLCertificateFile "$STATE/pki/server.crt"
  SSLCertificateKeyFile "$STATE/pki/server.key"
</VirtualHost>
CONF

  if ! apache2 -f "$dir/httpd.conf" -k start 2>"$dir/logs/start.log"; then
    log "webdav : apache2 n'a pas démarré ($(tr '\n' ' ' < "$dir/logs/start.log"))"
    return 1
  fi

  local i
  for i in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$http") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$https") 2>/dev/null; then
      server_env WEBDAV_URL "http://127.0.0.1:$http/dav/"
      server_env WEBDAV_HTTPS_URL "https://localhost:$https/dav/"
      server_env WEBDAV_USER "$user"
      server_env WEBDAV_PASSWORD "$password"
      server_env WEBDAV_ROOT "$dir/htdocs/dav"
      server_env WEBDAV_READY 1
      return 0
    fi
    sleep 0.1
  done
  log "webdav : apache2 ne répond pas sur $http/$https (voir $dir/logs/error.log)"
  return 1
}

webdav_stop() {
  local pid_file="$STATE/webdav/run/httpd.pid" pid
  [ -f "$pid_file" ] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    local i
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$pid_file"
}
