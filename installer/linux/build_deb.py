"""Build the ClearPost .deb from the one-folder bundle (dist/clearpost) with dpkg-deb.

    python installer/linux/build_deb.py dist/clearpost OUTDIR [--version X.Y.Z] [--compression zstd]

Layout: the bundle under /opt/clearpost, the launcher /usr/bin/clearpost (a relative symlink to
/opt/clearpost/clearpost; the frozen executable finds its files through the link), a desktop
entry, and /etc/clearpost/config.toml as a conffile (an upgrade keeps the district's edits).

Depends: the system libraries that the bundle's ELF files need and do not carry (found with
objdump, mapped to Debian/Ubuntu packages by SYSTEM_LIBRARIES below, which fails the build for
a library it does not know), and libc6 at least the newest GLIBC symbol version any file uses.
Needs dpkg-deb and objdump (binutils); fakeroot is not needed (--root-owner-group).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PACKAGE = "clearpost"

GLIBC_LIBRARIES = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libresolv.so.2",
    "libutil.so.1", "libmvec.so.1", "ld-linux-x86-64.so.2", "libanl.so.1", "libnsl.so.1",
}
# Libraries the bundle leaves to the system: the OpenGL/EGL drivers and the display-server client
# libraries must match the machine's own.
SYSTEM_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libdrm.so.2": "libdrm2",
    "libgbm.so.1": "libgbm1",
    "libxcb.so.1": "libxcb1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
}
RECOMMENDS = ["fonts-dejavu-core | fonts-liberation2"]


class BuildError(RuntimeError):
    pass


def project_version() -> str:
    with open(REPO / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def _is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    return [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and _is_elf(p)]


def needed_libraries(files: list[Path]) -> set[str]:
    needed: set[str] = set()
    for path in files:
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        needed.update(m.group(1) for m in re.finditer(r"^\s+NEEDED\s+(\S+)", out, re.M))
    return needed


def glibc_minimum(files: list[Path]) -> str:
    versions = set()
    for path in files:
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        versions.update(re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", out))
    if not versions:
        raise BuildError("no GLIBC symbol versions found: is this a Linux bundle?")
    return max(versions, key=lambda v: tuple(int(x) for x in v.split(".")))


def depends(bundle: Path) -> list[str]:
    """libc6 (>= newest GLIBC version used), then the packages of the system libraries needed."""
    files = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*.so*")}
    missing = needed_libraries(files) - carried - GLIBC_LIBRARIES
    unknown = sorted(lib for lib in missing if lib not in SYSTEM_LIBRARIES)
    if unknown:
        raise BuildError("the bundle needs system libraries with no package in SYSTEM_LIBRARIES: "
                         + ", ".join(unknown))
    return [f"libc6 (>= {glibc_minimum(files)})", *sorted({SYSTEM_LIBRARIES[lib] for lib in missing})]


def control(version: str, deps: list[str], installed_kib: int) -> str:
    return "\n".join([
        f"Package: {PACKAGE}",
        f"Version: {version}",
        "Section: education",
        "Priority: optional",
        "Architecture: amd64",
        "Maintainer: ClearPost district IT <it@clearpost.invalid>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(deps)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Description: screen school photos and posts against the opt-out roster",
        " ClearPost matches every face in a photo against the district's FERPA opt-out",
        " roster, checks post text for opted-out names and personal information, and",
        " takes the post through the approval chain. Settings: /etc/clearpost/config.toml;",
        " check a workstation with `clearpost doctor`.",
        "",
    ])


def build(bundle: Path, outdir: Path, version: str | None = None, compression: str = "zstd") -> Path:
    bundle = bundle.resolve()
    if not (bundle / PACKAGE).is_file():
        raise BuildError(f"{bundle} is not a ClearPost bundle (no {PACKAGE} executable)")
    version = version or project_version()
    deps = depends(bundle)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="clearpost-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / PACKAGE).symlink_to(f"../../opt/{PACKAGE}/{PACKAGE}")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy(HERE / "clearpost.desktop", apps / "clearpost.desktop")
        for icon, size in (("clearpost.svg", "scalable"), ("clearpost.png", "256x256")):
            found = bundle / "_internal" / "resources" / "icons" / icon
            if found.is_file():
                target = root / "usr" / "share" / "icons" / "hicolor" / size / "apps"
                target.mkdir(parents=True)
                shutil.copy(found, target / icon)
        etc = root / "etc" / PACKAGE
        etc.mkdir(parents=True)
        shutil.copy(HERE / "config.toml", etc / "config.toml")
        doc = root / "usr" / "share" / "doc" / PACKAGE
        doc.mkdir(parents=True)
        shutil.copy(REPO / "docs" / "deployment.md", doc / "deployment.md")
        for path in root.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
        size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(version, deps, size_kib))
        (debian / "conffiles").write_text(f"/etc/{PACKAGE}/config.toml\n")
        out = outdir / f"{PACKAGE}_{version}_amd64.deb"
        result = subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(out)],
                                capture_output=True, text=True)
        if result.returncode:
            raise BuildError(f"dpkg-deb failed: {result.stderr.strip()}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder build, e.g. dist/clearpost")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--version", help="package version (default: pyproject.toml's)")
    parser.add_argument("--compression", default="zstd", choices=("zstd", "xz", "gzip", "none"))
    args = parser.parse_args(argv)
    try:
        out = build(args.bundle, args.outdir, args.version, args.compression)
    except BuildError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
