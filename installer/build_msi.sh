#!/usr/bin/env bash
# Build the Windows MSI with Debian's wixl (packages wixl, msitools) from a one-folder bundle.
#
#   installer/build_msi.sh BUNDLE_DIR OUTPUT.msi [VERSION]
#
# BUNDLE_DIR is the Windows build of installer/clearpost.spec (dist\clearpost, with clearpost.exe
# and clearpostw.exe), copied to this machine. VERSION defaults to the one in pyproject.toml.
# wixl lacks two WiX features the MSI needs; they are set afterwards with msibuild:
#   - the policy-value components are conditional (written only when the property is given)
#     and permanent (an upgrade or uninstall leaves the district's policy values alone);
#   - DATABASE_URL and DISTRICT_NAME are secure properties (passed to the elevated install).
# On a Windows build machine use the WiX toolset 3 instead: see installer/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$(cd "$1" && pwd)"
out="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
version="${3:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$here/../pyproject.toml" | head -1)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$bundle" && find . -type f | LC_ALL=C sort) \
  | wixl-heat --prefix ./ --var var.SourceDir --component-group CG.Bundle --directory-ref INSTALLDIR --win64 \
  > "$work/bundle.wxs"
# wixl resolves file sources relative to the working directory only.
(cd "$bundle" && wixl --arch x64 -D Win64=yes -D Toolset=wixl -D "Version=$version" -D SourceDir=. \
  -o "$out" "$here/windows/clearpost.wxs" "$work/bundle.wxs" 2>"$work/wixl.log") \
  || { cat "$work/wixl.log" >&2; exit 1; }
grep -v "has no property named 'Permanent'" "$work/wixl.log" | grep . >&2 || true

# Component attributes: 256 64-bit, 4 registry key path, 16 permanent.
msibuild "$out" -q "UPDATE Component SET Condition = 'DATABASE_URL', Attributes = 276 WHERE Component = 'C.PolicyDatabaseUrl'"
msibuild "$out" -q "UPDATE Component SET Condition = 'DISTRICT_NAME', Attributes = 276 WHERE Component = 'C.PolicyDistrictName'"
secure="$(msiinfo export "$out" Property | tr -d '\r' | awk -F'\t' '$1 == "SecureCustomProperties" {print $2}')"
msibuild "$out" -q "UPDATE Property SET Value = '${secure:+$secure;}DATABASE_URL;DISTRICT_NAME' WHERE Property = 'SecureCustomProperties'"
echo "built $out (ClearPost $version)"
