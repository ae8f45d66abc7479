#!/usr/bin/env bash
# PostgreSQL server binaries for the review-desk tests: tests/pg_server.py starts its own
# throwaway cluster (initdb + pg_ctl from /usr/lib/postgresql/*/bin) as the postgres user.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
apt_install postgresql
ls /usr/lib/postgresql/*/bin/initdb >/dev/null
id postgres >/dev/null
