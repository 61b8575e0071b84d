"""Plain helpers for the GUI tests (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path


def sign_in(ctx, key: str):
    """Sign a demo account in through the real authentication service."""
    from desktop_app.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD

    account = next(a for a in DEMO_ACCOUNTS if a.key == key)
    return ctx.auth.authenticate(account.email, DEMO_PASSWORD)


def demo_photo(paths, name: str) -> Path:
    return Path(paths.photos) / name


def opt_out_grace(ctx, tmp_path) -> None:
    """Grace Mensah (D1007, in the demo's team photo) gets a photo opt-out, imported by the
    director from the demo roster with that one change."""
    from desktop_app.demo import resources_dir
    from desktop_app.roster import read_roster

    demo = resources_dir() / "demo"
    csv = tmp_path / "roster-grace.csv"
    csv.write_text((demo / "roster.csv").read_text(encoding="utf-8").replace(
        "D1007,Grace,Mensah,,11,Yelm High School,N,N", "D1007,Grace,Mensah,,11,Yelm High School,Y,N"),
        encoding="utf-8")
    ctx.roster.apply(read_roster(csv, photos_dir=demo / "faces"), str(csv), actor=sign_in(ctx, "director"))
