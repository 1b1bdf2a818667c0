#!/usr/bin/env bash
# Installs what the tests and the demo need, when missing: npm packages and the real components the
# tests run (pebble, lego, OpenSSH, nginx, iproute2 for the test hosts' network namespaces, BIND and
# its tools for the authoritative name servers the propagation tests query).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pair in pebble:pebble pebble-challtestsrv:pebble lego:lego sshd:openssh-server nginx:nginx \
            ip:iproute2 openssl:openssl ssh-keygen:openssh-client named:bind9 nsupdate:bind9-dnsutils \
            dig:bind9-dnsutils; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "Installing Debian packages: ${missing[*]}"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The packaged services must not run on their own: the tests start their own instances.
for service in nginx ssh named; do
  if command -v service >/dev/null 2>&1 && service "$service" status >/dev/null 2>&1; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
done

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
