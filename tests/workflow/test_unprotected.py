"""Opted-out students screening cannot recognise are counted in every post check and named
to approvers (issue 10): a student with a photo opt-out and no usable reference photo."""

from __future__ import annotations

from .conftest import ALL, OTHER_SCHOOL, row


def test_post_check_counts_unprotected_students_for_its_uses_and_building(district):
    d = district
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S200", "Jane", "Doe", name=ALL),
                     row("S300", "Sam", "Clear"),
                     row("S500", "Nora", "Nophoto", photo={"social"}),  # no reference photo: unprotected
                     row("S600", "Omar", "Elsewhere", photo={"social"}, school=OTHER_SCHOOL),
                     row("S700", "Pia", "Press", photo={"press"})])
    view = d.draft("teacher", photos=["people/clapton/clapton-1.jpg"])
    check = d.as_("teacher").drafts.check(view.id)
    uses = {c.use for c in view.channels}
    assert uses == {"social"}
    assert check.unprotected == ["S500", "S600"]  # S700 is opted out of press only
    assert check.unprotected_here == ["S500"]
    assert "2 opted-out students (1 of this building, for these uses) cannot be recognised" in check.notes[0]
    assert check.summary()["unprotected"] == 2 and check.summary()["unprotected_here"] == 1
    assert not check.blocking or all("S500" not in b for b in check.blocking)  # a warning, not a block


def test_no_warning_for_a_post_without_photos(district):
    d = district
    d.import_roster([row("S100", "Marcus", "Hill", photo=ALL), row("S500", "Nora", "Nophoto", photo={"social"})])
    view = d.draft("teacher")
    check = d.as_("teacher").drafts.check(view.id)
    assert check.unprotected == [] and check.unprotected_note is None
