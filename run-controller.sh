#!/usr/bin/env bash
# Builds what the controller needs (tests skipped) and starts it in the foreground:
# Karaf 4.4.6 with Flowsteer and RESTCONF on port 8181, on the embedded local datastore.
# Attach a console from another terminal with karaf-distribution/target/assembly/bin/client.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q install -DskipTests -pl karaf-distribution -am
exec karaf-distribution/target/assembly/bin/karaf server
