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
    if lt.jars_ready():
        print(f'setup: LanguageTool {lt.LT_VERSION} jars already in {lt.jars_dir()}')
    else:
        print(f'setup: downloading LanguageTool {lt.LT_VERSION} from Maven Central (about 260 MB)')
        count = 0
        def progress(name: str) -> None:
            global count
            count += 1
            print(f'setup:   [{count}] {name}', flush=True)
        lt.ensure_jars(progress=progress)
        print(f'setup: LanguageTool jars in {lt.jars_dir()} ({count} files)')
except lt.LanguageToolError as exc:
    sys.exit(f'setup: {exc}')
"
