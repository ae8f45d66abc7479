#!/usr/bin/env bash
# Hunspell with the Indonesian dictionary: the baseline the bench script compares against.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
apt_install hunspell hunspell-id
