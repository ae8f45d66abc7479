#!/usr/bin/env bash
# LanguageTool for English releases: Java 17+, Maven, and the LanguageTool server + English jars
# from Maven Central, cached in ~/.cache/sunting/languagetool/<version> (or $SUNTING_LT_HOME).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
command -v java >/dev/null 2>&1 || apt_install openjdk-17-jre-headless
command -v mvn >/dev/null 2>&1 || apt_install maven
venv=$(venv_dir)
# Only the LanguageTool module is imported: the fetch must not depend on the rest of the engine.
"$venv/bin/python" -c "
import sys
from editor.languagetool import server as lt
try:
    lt.require_java()
    lt.ensure_jars()
except lt.LanguageToolError as exc:
    sys.exit(f'setup: {exc}')
"
