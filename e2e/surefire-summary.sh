#!/usr/bin/env bash
# Adds up every Surefire report of the last build into one closing line.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 - "${1:-}" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
total = failed = skipped = 0
for path in glob.glob('**/target/surefire-reports/TEST-*.xml', recursive=True):
    suite = ET.parse(path).getroot()
    total += int(suite.get('tests', 0))
    failed += int(suite.get('failures', 0)) + int(suite.get('errors', 0))
    skipped += int(suite.get('skipped', 0))
print(f"maven: {total - failed - skipped} passed, {failed} failed, {skipped} skipped")
if len(sys.argv) > 1 and sys.argv[1]:
    open(sys.argv[1], "w").write(f"{total - failed - skipped} {failed}\n")
PY
