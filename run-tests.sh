#!/usr/bin/env bash
# Runs every test: unit tests on the in-memory MD-SAL broker, YANG checks with yanglint, codec cross-checks
# with tshark, the Karaf feature tests, and the integration tests against the booted distribution and real
# peers. Installs the Debian packages those tests use when they are missing (needs root, as on CI).
set -euo pipefail
cd "$(dirname "$0")"

packages=(libyang2-tools tshark gobgpd frr bird2 exabgp curl)
commands=(yanglint tshark gobgpd /usr/lib/frr/bgpd bird exabgp curl)
missing=()
for i in "${!commands[@]}"; do
  command -v "${commands[$i]}" >/dev/null 2>&1 || missing+=("${packages[$i]}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "run as root, or install them yourself: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

exec mvn -B install "$@"
