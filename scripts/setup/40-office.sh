#!/usr/bin/env bash
# LibreOffice Writer (renders exported DOCX to PDF in the export tests), poppler (pdftotext,
# pdftoppm) and the fonts the letterhead uses (Liberation: metric-compatible Times/Arial).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
apt_install libreoffice-writer poppler-utils fonts-liberation fonts-dejavu-core fontconfig
# python3-uno: the tracked-changes tests (LibreOffice's own accept/reject-all) and the
# `sunting serve` tests (Writer's proofreading through UNO) drive LibreOffice from Python
apt_install python3-uno
