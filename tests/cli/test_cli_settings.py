"""`clearpost settings show|set` as a user runs it: a real process and database."""

from __future__ import annotations


from cli_process import clearpost




def test_show_set_and_roles(tmp_path):
    db = f"sqlite:///{tmp_path / 'd.db'}"
    shown = clearpost("settings", "show", db=db)
    assert shown.returncode == 0, shown.stderr
    assert "screening.recognize_all_students = off" in shown.stdout
    assert "screening.review_threshold = 0.58" in shown.stdout
    on = clearpost("settings", "set", "screening.recognize_all_students", "on", db=db)
    assert on.returncode == 0, on.stderr
    assert "import the roster again" in on.stdout
    assert "screening.recognize_all_students = on   (default off)" in clearpost("settings", "show", db=db).stdout
    bad = clearpost("settings", "set", "screening.recognize_all_students", "maybe", db=db)
    assert bad.returncode == 2 and "takes on or off" in bad.stderr and "Traceback" not in bad.stderr
    unknown = clearpost("settings", "set", "screening.nope", "1", db=db)
    assert unknown.returncode == 2 and "unknown setting" in unknown.stderr
    invalid = clearpost("settings", "set", "screening.match_threshold", "0.9", db=db)
    assert invalid.returncode == 2 and "Traceback" not in invalid.stderr

    # once staff exist: only a director or an admin, signed in
    env = {"CLEARPOST_NEW_PASSWORD": "a-long-password-1", "CLEARPOST_PASSWORD": "a-long-password-1"}
    added = clearpost("staff", "add", "ivy@d.example.org", "--name", "Ivy Admin", "--role", "admin", db=db, env=env)
    assert added.returncode == 0, added.stderr + added.stdout
    refused = clearpost("settings", "set", "screening.recognize_all_students", "off", db=db)
    assert refused.returncode == 2 and "sign in" in refused.stderr
    done = clearpost("settings", "set", "screening.recognize_all_students", "off", "--as", "ivy@d.example.org",
                     db=db, env=env)
    assert done.returncode == 0, done.stderr
    assert "templates of students without an opt-out were deleted" in done.stdout
