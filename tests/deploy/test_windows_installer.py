"""The Windows MSI (built with wixl from a stand-in bundle) and the Group Policy template.

A Windows bundle cannot be built on Linux, so the MSI here carries a few placeholder files in
the bundle's layout; what is checked is the installer itself: per-machine, the fixed upgrade
code, the Start-menu shortcut, and the public properties written as machine policy.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.config.schema import BY_KEY, SETTINGS, InvalidValue
from desktop_app.config.sources import POLICY_KEY

REPO = Path(__file__).resolve().parents[2]
UPGRADE_CODE = "{92C3FDD6-86E1-4196-9681-786AF0FB0C57}"  # never changes: new versions replace old
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}

needs_msitools = pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")) and not os.environ.get("CI"),
                                    reason="wixl and msitools are not installed (Debian: apt-get install wixl msitools)")


def table(msi: Path, name: str) -> list[dict]:
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[3:]]


@pytest.fixture(scope="module")
def msi(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("msi")
    bundle = root / "clearpost"
    (bundle / "_internal" / "face_recognition_models" / "models").mkdir(parents=True)
    (bundle / "clearpost.exe").write_bytes(b"MZ console placeholder")
    (bundle / "clearpostw.exe").write_bytes(b"MZ windowed placeholder")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ dll placeholder")
    (bundle / "_internal" / "face_recognition_models" / "models" / "shape_predictor_5_face_landmarks.dat").write_bytes(b"\0" * 100)
    out = root / "ClearPost.msi"
    result = subprocess.run(["bash", str(REPO / "installer" / "build_msi.sh"), str(bundle), str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr  # wixl had nothing to complain about
    return out


@needs_msitools
def test_per_machine_with_fixed_upgrade_code(msi):
    props = {r["Property"]: r["Value"] for r in table(msi, "Property")}
    assert props["ALLUSERS"] == "1"
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert props["ProductVersion"] == __version__
    assert props["ProductName"] == "ClearPost"
    assert {"DATABASE_URL", "DISTRICT_NAME"} <= set(props["SecureCustomProperties"].split(";"))
    upgrades = table(msi, "Upgrade")
    assert {u["UpgradeCode"] for u in upgrades} == {UPGRADE_CODE}
    # MajorUpgrade: older versions are found and removed, a newer installed version blocks.
    assert any(u["ActionProperty"] == "WIX_UPGRADE_DETECTED" and u["VersionMax"] == __version__ for u in upgrades)
    assert any(u["ActionProperty"] == "WIX_DOWNGRADE_DETECTED" and u["VersionMin"] == __version__ for u in upgrades)
    actions = {r["Action"] for r in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions


@needs_msitools
def test_start_menu_shortcut_starts_the_windowed_executable(msi):
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder" and shortcut["Name"] == "ClearPost"
    assert shortcut["Target"] == "[INSTALLDIR]clearpostw.exe"
    directories = {d["Directory"]: d for d in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "ClearPost"


@needs_msitools
def test_public_properties_become_machine_policy(msi):
    registry = {r["Name"]: r for r in table(msi, "Registry") if r["Key"] == POLICY_KEY}
    assert set(registry) == {"database_url", "district_name"} and set(registry) <= set(BY_KEY)
    components = {c["Component"]: c for c in table(msi, "Component")}
    for name, prop in (("database_url", "DATABASE_URL"), ("district_name", "DISTRICT_NAME")):
        row = registry[name]
        assert row["Root"] == "2"  # HKEY_LOCAL_MACHINE
        assert row["Value"] == f"[{prop}]"
        component = components[row["Component_"]]
        assert component["Condition"] == prop  # written only when the property is given
        attributes = int(component["Attributes"])
        assert attributes & 16 and attributes & 256  # permanent (upgrades keep it), 64-bit registry view


@needs_msitools
def test_payload_round_trips(msi, tmp_path):
    subprocess.run(["msiextract", "-C", str(tmp_path), str(msi)], check=True, capture_output=True)
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert files == ["ClearPost/_internal/face_recognition_models/models/shape_predictor_5_face_landmarks.dat",
                     "ClearPost/_internal/python311.dll", "ClearPost/clearpost.exe", "ClearPost/clearpostw.exe"]
    assert (tmp_path / "ClearPost" / "clearpostw.exe").read_bytes() == b"MZ windowed placeholder"


def _admx():
    policy_dir = REPO / "installer" / "windows" / "policy"
    return ET.parse(policy_dir / "ClearPost.admx").getroot(), ET.parse(policy_dir / "en-US" / "ClearPost.adml").getroot()


def test_admx_covers_every_setting_under_the_policy_key():
    admx, _adml = _admx()
    policies = admx.findall("p:policies/p:policy", NS)
    value_names = {}
    for policy in policies:
        assert policy.get("class") == "Machine" and policy.get("key") == POLICY_KEY
        (element,) = list(policy.find("p:elements", NS))
        value_names[element.get("valueName")] = (policy, element)
    assert set(value_names) == {s.key for s in SETTINGS}
    # Every value the template can write is one the configuration accepts.
    for key, (policy, element) in value_names.items():
        kind = element.tag.split("}")[1]
        if kind == "enum":
            values = [i.find("p:value/p:string", NS).text for i in element.findall("p:item", NS)]
            assert [BY_KEY[key].parse(v) for v in values] == values
            assert BY_KEY[key].default in values
        elif kind == "decimal":
            low, high = int(element.get("minValue")), int(element.get("maxValue"))
            assert BY_KEY[key].parse(low) == low and BY_KEY[key].parse(high) == high
            for outside in (low - 1, high + 1):
                with pytest.raises(InvalidValue):
                    BY_KEY[key].parse(outside)
        else:
            assert kind == "text"


def test_adml_has_every_string_and_presentation():
    admx, adml = _admx()
    text = ET.tostring(admx, encoding="unicode")
    strings = {s.get("id") for s in adml.findall("p:resources/p:stringTable/p:string", NS)}
    referenced = set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", text))
    assert referenced and referenced <= strings
    presentations = {p.get("id"): p for p in adml.findall("p:resources/p:presentationTable/p:presentation", NS)}
    for policy in admx.findall("p:policies/p:policy", NS):
        ref = re.fullmatch(r"\$\(presentation\.(\w+)\)", policy.get("presentation")).group(1)
        element_ids = {e.get("id") for e in policy.find("p:elements", NS)}
        assert {c.get("refId") for c in presentations[ref]} == element_ids
    explain = {s.get("id"): s.text for s in adml.findall("p:resources/p:stringTable/p:string", NS)}
    assert "password" in explain["DatabaseUrl_Explain"].lower()
