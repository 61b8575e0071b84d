import textwrap

import pytest

from desktop_app.textcheck import CHANNEL_LIMITS, DEFAULT_NOTICE, append_notice, length_report, strip_notice


def test_append_once_however_often_called():
    text = "Go Tornados!"
    once = append_notice(text, DEFAULT_NOTICE)
    thrice = append_notice(append_notice(once, DEFAULT_NOTICE), DEFAULT_NOTICE)
    assert once == f"Go Tornados!\n\n{DEFAULT_NOTICE}"
    assert thrice == once
    assert thrice.count(DEFAULT_NOTICE) == 1


@pytest.mark.parametrize(
    "existing",
    [
        f"Go Tornados!\n\n{DEFAULT_NOTICE}\n\n  \n",
        f"Go Tornados! {DEFAULT_NOTICE}",
        "Go Tornados!\n" + textwrap.fill(DEFAULT_NOTICE, 40),
        f"Go Tornados!\n\n{DEFAULT_NOTICE.upper()}",
    ],
)
def test_notice_already_present_with_other_whitespace(existing):
    assert append_notice(existing) == f"Go Tornados!\n\n{DEFAULT_NOTICE}"


def test_notice_in_middle_is_moved_to_end():
    text = f"Line one.\n{DEFAULT_NOTICE}\nLine two."
    assert append_notice(text) == f"Line one.\n\nLine two.\n\n{DEFAULT_NOTICE}"


def test_empty_text_gets_just_the_notice():
    assert append_notice("  \n") == DEFAULT_NOTICE


def test_strip_notice():
    assert strip_notice(f"Hello\n\n{DEFAULT_NOTICE}\n") == "Hello"
    assert strip_notice("  Hello, no notice here \n") == "  Hello, no notice here \n"


def test_custom_notice():
    assert append_notice(append_notice("Hi", "Official."), "Official.") == "Hi\n\nOfficial."


def test_length_report_against_x_limit():
    short = append_notice("Go Tornados!")
    long = append_notice("x" * 200)
    by_channel = {c.channel: c for c in length_report(short)}
    assert set(by_channel) == set(CHANNEL_LIMITS)
    assert by_channel["X"].limit == 280
    assert by_channel["X"].length == len(short)
    assert by_channel["X"].fits
    x_long = next(c for c in length_report(long) if c.channel == "X")
    assert not x_long.fits and x_long.length == 200 + 2 + len(DEFAULT_NOTICE)
    assert next(c for c in length_report(long) if c.channel == "Instagram").fits


def test_length_is_counted_after_nfc():
    decomposed = "e\u0301" * 280
    [x] = length_report(decomposed, {"X": 280})
    assert x.length == 280 and x.fits
    [x] = length_report(decomposed + "!", {"X": 280})
    assert not x.fits
