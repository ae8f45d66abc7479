#!/usr/bin/env bash
# LibreOffice Writer (renders exported DOCX to PDF in the export tests), poppler (pdftotext,
# pdftoppm) and the fonts the letterhead uses (Liberation: metric-compatible Times/Arial).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
apt_install libreoffice-writer poppler-utils fonts-liberation fonts-dejavu-core fontconfig \
    python3-uno  # `sunting serve` tests drive Writer through UNO (tests/server)
