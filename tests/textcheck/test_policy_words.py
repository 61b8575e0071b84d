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


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Vote por el candidato", "Vote por"),
        ("¡Voten sí a la propuesta 1!", "Voten sí"),
        ("Vota no al impuesto", "Vota no"),
        ("Reelija a Smith para la junta", "Reelija"),
        ("Elija a Jones este otoño", "Elija a Jones"),
        ("Apoyemos el impuesto escolar", "Apoyemos el impuesto"),
        ("Rechacen el bono", "Rechacen el bono"),
        ("Recuerden votar para mantener el impuesto", "votar para mantener el impuesto"),
    ],
)
def test_political_advocacy_in_spanish(text, phrase):
    assert warn(text) == [("political", phrase)]


def test_political_information_in_spanish_is_not_flagged():
    text = ("La elección del impuesto es el 11 de febrero. Hay un foro de candidatos a las 7 pm. "
            "Los estudiantes elegirán a sus representantes la próxima semana.")
    assert warn(text) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Compre ya en la tienda", "Compre ya"),
        ("Descuento en pizzas Joe", "Descuento"),
        ("Use el código AHORRA10", "Use el código"),
        ("Patrocinado por Llantas Acme", "Patrocinado por"),
        ("Gran oferta este fin de semana", "Gran oferta"),
        ("Envío gratis hoy", "Envío gratis"),
    ],
)
def test_commercial_promotion_in_spanish(text, phrase):
    assert warn(text) == [("commercial", phrase)]


def test_ordinary_spanish_is_not_commercial():
    """"sale" is also a Spanish verb ("leaves"); school news in Spanish is not promotion."""
    assert warn("El autobús sale a las 8. Nadie sale temprano. La oferta educativa de la escuela crece. "
                "Venta de pasteles el viernes.") == []
