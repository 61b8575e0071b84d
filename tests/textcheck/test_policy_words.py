import pytest

from desktop_app.textcheck import find_policy_words


def warn(text):
    found = find_policy_words(text)
    for f in found:
        assert text[f.start:f.end] == f.text
        assert f.level == "warning"
        assert "Policy 4007P" in f.message
    return [(f.kind, f.text) for f in found]


@pytest.mark.parametrize("word", ["shit", "SHIT", "sh*t", "sh!t", "f**k", "fuuuck", "b1tch", "a$$hole", "mierda", "cabrón", "Pendejo"])
def test_profanity_and_obfuscations(word):
    assert warn(f"Well, {word}!") == [("profanity", word)]


def test_profanity_whole_words_only():
    assert warn("Class assessment: Scunthorpe, cockpit, Dickens, shitake-free passage, title") == []


def test_profanity_message_cites_rule():
    [f] = find_policy_words("crap")
    assert "profane" in f.message


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Please vote yes on Proposition 1!", "vote yes"),
        ("Vote NO on the levy", "Vote NO"),
        ("Vote for Jane Doe", "Vote for"),
        ("Re-elect Smith for board", "Re-elect"),
        ("Elect Jones this fall", "Elect Jones"),
        ("Help us pass the levy.", "pass the levy"),
        ("We support the bond.", "support the bond"),
        ("Remember to vote to keep the levy!", "vote to keep the levy"),
    ],
)
def test_political_advocacy(text, phrase):
    assert warn(text) == [("political", phrase)]


def test_political_information_is_not_flagged():
    text = (
        "The replacement levy election is February 11. The vote on the levy decides funding. "
        "A candidate forum is at 7 pm. Ballot measure details are on the county website. "
        "Students will elect officers next week."
    )
    assert warn(text) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Buy now at the mall", "Buy now"),
        ("Get a discount at Joe's", "discount"),
        ("Save 20% off pizza", "20% off"),
        ("Enter promo code YCS", "promo code"),
        ("Use code SAVE10", "Use code"),
        ("Sponsored by Acme Tires", "Sponsored by"),
        ("Huge sale this weekend", "sale"),
    ],
)
def test_commercial_promotion(text, phrase):
    assert warn(text) == [("commercial", phrase)]


def test_bake_sale_is_not_commercial():
    assert warn("PTO bake sale Friday in the gym.") == []


def test_policy_categories_cited_in_messages():
    found = find_policy_words("Vote for Jane and buy now, damn.")
    messages = {f.kind: f.message for f in found}
    assert "political candidates or ballot propositions" in messages["political"]
    assert "commercial services or products" in messages["commercial"]
    assert "profane" in messages["profanity"]
