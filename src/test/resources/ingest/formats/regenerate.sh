#!/bin/sh
# Regenerates the binary fixtures of this folder from the hand-written documents in source/, with
# LibreOffice as the producer (so the readers are tested on files fenjie did not write). The tests never
# run this; they read the committed results. Needs soffice (Debian: libreoffice-writer-nogui) and iconv.
#   sh src/test/resources/ingest/formats/regenerate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/source"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# A profile of our own, so a running LibreOffice of the user is neither used nor disturbed.
profile="-env:UserInstallation=file://$out/profile"

convert() { # convert FILE FORMAT[:FILTER] [INFILTER]
  if [ $# -ge 3 ]; then
    soffice "$profile" --headless --infilter="$3" --convert-to "$2" --outdir "$out" "$1" >/dev/null 2>&1
  else
    soffice "$profile" --headless --convert-to "$2" --outdir "$out" "$1" >/dev/null 2>&1
  fi
}

# HTML sources are imported as Writer documents (not Writer/Web), as a clerk opening them in an office suite would.
for f in tongling-2026-breakdown wuxi-2026-measures; do
  convert "$src/$f.html" 'docx:MS Word 2007 XML' 'HTML (StarWriter)'
  convert "$src/$f.html" 'doc:MS Word 97' 'HTML (StarWriter)'
  convert "$src/$f.html" 'pdf:writer_pdf_Export' 'HTML (StarWriter)'
done
for f in hechuan-2026-keywork; do
  convert "$src/$f.fodt" 'docx:MS Word 2007 XML'
  convert "$src/$f.fodt" 'doc:MS Word 97'
  convert "$src/$f.fodt" 'pdf:writer_pdf_Export'
done
cp "$out"/*.docx "$out"/*.doc "$out"/*.pdf "$here/"

# The government-site page (hand-written, kept here as is) as published in GBK, its charset declared in the page.
sed 's/charset=utf-8/charset=gbk/' "$here/yunxiu-2026-gov-page.html" | iconv -f UTF-8 -t GBK > "$here/yunxiu-2026-gov-page.gbk.html"
ls -l "$here"
