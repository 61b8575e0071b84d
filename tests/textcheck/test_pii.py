import pytest

from desktop_app.textcheck import find_pii

IDS = ["123456", "S-00042", "77"]


def kinds(text, ids=IDS):
    found = find_pii(text, ids)
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.level == "error"
    return [(f.kind, f.text) for f in found]


def test_roster_ids_as_whole_tokens_only():
    assert kinds("Student 123456 and s-00042 were absent.") == [
        ("student_id", "123456"),
        ("student_id", "s-00042"),
    ]
    assert kinds("Order 1234567 and A123456 and 123456789") == []


def test_roster_id_inside_a_slash_joined_token():
    assert kinds("IDs 123456/S-00042 listed") == [("student_id", "123456"), ("student_id", "S-00042")]


def test_short_roster_ids_are_ignored():
    assert kinds("77 students came.") == []


def test_id_finding_carries_roster_spelling():
    [f] = find_pii("id S-00042.", IDS)
    assert f.student_id == "S-00042"


@pytest.mark.parametrize(
    "phone", ["(360) 555-0123", "360-555-0123", "360.555.0123", "+1 360 555 0123", "1-360-555-0123", "555-0123"]
)
def test_phone_formats(phone):
    assert kinds(f"Call {phone} today.") == [("phone", phone)]


def test_numbers_that_are_not_phones():
    assert kinds("Scores 2025-2026, room 12, pi is 3.14159, 12.5 miles, 1,234,567 people.") == []


def test_email():
    assert kinds("Write to maria.lopez+art@example.org, please.") == [("email", "maria.lopez+art@example.org")]


@pytest.mark.parametrize(
    "address",
    ["1234 Yelm Ave SE", "10 Main Street", "404 W Washington St", "12 Cedar Creek Rd", "9 103rd Ave NW", "88 Oak Ln"],
)
def test_street_addresses(address):
    assert kinds(f"She lives at {address}, near school.") == [("address", address)]


def test_not_addresses():
    assert kinds("Bring cans to the 2026 Food Drive. We won 3 games in a row on the way home.") == []


@pytest.mark.parametrize(
    "text, date",
    [
        ("DOB: 01/02/2010", "01/02/2010"),
        ("D.O.B. 2012-03-14", "2012-03-14"),
        ("date of birth March 14", "March 14"),
        ("Maria was born on March 14, 2012 in Olympia.", "March 14, 2012"),
        ("Happy birthday Sam, b. 3/14/12!", "3/14/12"),
        ("Her birthday is 14 March 2013.", "14 March 2013"),
    ],
)
def test_birthdates(text, date):
    assert kinds(text) == [("birthdate", date)]


@pytest.mark.parametrize(
    "text",
    [
        "Join us on March 14, 2026 for the concert.",
        "Spring break is 3/14/2026 through 3/21/2026.",
        "Report cards go home 2026-01-30.",
        "Celebrate our school's 50th birthday on May 2, 2026!",
        "Dr. King was born January 15, 1929.",
        "Her birthday is March 14.",
        "Born to run. The season opener, played by our 5th graders in the big gym, is 3/14/2012.",
    ],
)
def test_event_and_adult_dates_not_flagged(text):
    assert kinds(text) == []
