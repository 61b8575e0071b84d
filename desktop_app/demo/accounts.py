"""The demo district's staff accounts; everyone shares one password shown on the sign-in screen."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PASSWORD = "demo-password"
YELM_HIGH = "Yelm High School"
MILL_POND = "Mill Pond Elementary"


@dataclass(frozen=True)
class DemoAccount:
    key: str
    email: str
    full_name: str
    roles: tuple[str, ...]
    building: str | None
    description: str  # what the person does, in English (translated by the GUI)


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("teacher", "terry.teacher@demo.ycs.example.org", "Terry Teacher", ("author",), YELM_HIGH,
                "Teacher at Yelm High: writes posts"),
    DemoAccount("coach", "casey.coach@demo.ycs.example.org", "Casey Coach", ("author",), MILL_POND,
                "Coach at Mill Pond: writes posts"),
    DemoAccount("principal", "pat.principal@demo.ycs.example.org", "Pat Principal", ("principal",), YELM_HIGH,
                "Principal of Yelm High: first approval"),
    DemoAccount("mp_principal", "olive.ortiz@demo.ycs.example.org", "Olive Ortiz", ("principal",), MILL_POND,
                "Principal of Mill Pond: first approval"),
    DemoAccount("director", "dana.director@demo.ycs.example.org", "Dana Director", ("director",), None,
                "Communications Director: final approval, roster, channels"),
    DemoAccount("admin", "ivy.admin@demo.ycs.example.org", "Ivy Admin", ("admin",), None,
                "IT: audit log, records, settings"),
)
