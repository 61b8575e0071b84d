import random
import time

import pytest

from desktop_app.textcheck import NameEntry, NameIndex, find_names

MARIA = NameEntry("S100", "Maria", "Lopez", preferred_name="Mia")
JOSE = NameEntry("S200", "José", "Peña")
ANN = NameEntry("S300", "Ann", "Smith")
SEAN = NameEntry("S400", "Sean", "O'Brien")
STUDENTS = [MARIA, JOSE, ANN, SEAN]


def spans(text, students=STUDENTS):
    found = find_names(text, students)
    for f in found:
        assert text[f.start:f.end] == f.text
    return [(f.text, f.level, f.student_id) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Great job, Maria Lopez!", "Maria Lopez"),
        ("Great job, MARIA LOPEZ!", "MARIA LOPEZ"),
        ("Great job, maria lopez!", "maria lopez"),
        ("Great job, Mia Lopez!", "Mia Lopez"),
        ("Maria Lopez's project won.", "Maria Lopez"),
        ("Maria Lopez\u2019s project won.", "Maria Lopez"),
        ("Roll call: Lopez, Maria.", "Lopez, Maria"),
        ("Roll call: Lopez, Mia.", "Lopez, Mia"),
        ("Winner: Maria L. (grade 5)", "Maria L."),
        ("Winner: Maria L with a smile", "Maria L"),
        ("Line broken Maria\n   Lopez here", "Maria\n   Lopez"),
        ("Sean O\u2019Brien scored", "Sean O\u2019Brien"),
    ],
)
def test_full_name_forms_are_errors(text, expected):
    assert spans(text) == [(expected, "error", "S100" if "Brien" not in expected else "S400")]


@pytest.mark.parametrize("text", ["Jose Pena", "José Peña", "JOSÉ PEÑA", "Jose\u0301 Pen\u0303a"])
def test_accents_fold_both_ways(text):
    written = f"Kudos to {text}'s team."
    assert spans(written) == [(text, "error", "S200")]


def test_accented_roster_matches_plain_text_and_plain_roster_matches_accented_text():
    plain = NameEntry("S1", "Jose", "Pena")
    assert spans("Hi José Peña!", [plain]) == [("José Peña", "error", "S1")]
    assert spans("Hi Jose Pena!", [JOSE]) == [("Jose Pena", "error", "S200")]


def test_offsets_index_original_text_after_length_changing_folds():
    text = "ﬁrst: Straße, then Jose\u0301 Pen\u0303a\u2019s award and Maria Lopez."
    found = find_names(text, STUDENTS)
    assert [text[f.start:f.end] for f in found] == ["Jose\u0301 Pen\u0303a", "Maria Lopez"]
    assert text[found[0].end] == "\u2019"


def test_bare_first_or_preferred_name_is_a_warning():
    assert spans("Thanks Maria and Mia for helping.") == [
        ("Maria", "warning", "S100"),
        ("Mia", "warning", "S100"),
    ]
    assert spans("Maria's drawing") == [("Maria", "warning", "S100")]


def test_bare_name_needs_capital_but_full_name_does_not():
    will = NameEntry("S9", "Will", "Hunt")
    assert spans("We will see you there.", [will]) == []
    assert spans("Will scored twice.", [will]) == [("Will", "warning", "S9")]
    assert spans("will hunt scored twice.", [will]) == [("will hunt", "error", "S9")]


def test_lowercase_initial_is_not_a_name():
    alvarez = NameEntry("S7", "Maria", "Alvarez")
    assert spans("We gave Maria a prize.", [alvarez]) == [("Maria", "warning", "S7")]
    assert spans("We gave Maria A. a prize.", [alvarez]) == [("Maria A.", "error", "S7")]


def test_no_match_inside_other_words():
    assert spans("The Annual Annex meeting; Marianne and Lopezville; Joseph.") == []


def test_full_name_wins_over_overlapping_bare_name():
    assert spans("Lopez, Maria won") == [("Lopez, Maria", "error", "S100")]


def test_shared_name_reports_no_single_student():
    twins = [NameEntry("A1", "Sam", "Lee"), NameEntry("A2", "Sam", "Lee")]
    [finding] = find_names("Go Sam Lee!", twins)
    assert finding.student_id is None
    assert "A1" in finding.message and "A2" in finding.message


def test_hyphenated_last_name_also_found_with_space():
    gl = NameEntry("H1", "Ana", "Garcia-Lopez")
    assert spans("Ana Garcia-Lopez and Ana Garcia Lopez", [gl]) == [
        ("Ana Garcia-Lopez", "error", "H1"),
        ("Ana Garcia Lopez", "error", "H1"),
    ]


def test_empty_roster_and_empty_text():
    assert find_names("Maria Lopez", []) == []
    assert find_names("", STUDENTS) == []


def test_speed_with_2000_students_and_5000_chars():
    rng = random.Random(4007)
    firsts = ["Maria", "José", "Ann", "Liam", "Noah", "Emma", "Zoë", "Aiden", "Chloe", "Mateo"]
    lasts = ["Lopez", "Peña", "Smith", "Nguyen", "Müller", "Kim", "Brown", "Johnson"]
    students = [
        NameEntry(f"S{i:05d}", f"{rng.choice(firsts)}{i}", f"{rng.choice(lasts)}{i}") for i in range(2000)
    ]
    students.append(NameEntry("TARGET", "Zoë", "Müller"))
    text = ("The Annual fair with Noah and zoe muller was fun for everyone. " * 80)[:5000]
    started = time.perf_counter()
    index = NameIndex(students)
    found = index.find(text)
    elapsed = time.perf_counter() - started
    print(f"2000 students, {len(text)} chars: {elapsed:.3f}s")
    assert {f.student_id for f in found} == {"TARGET"}
    assert len(found) == text.count("zoe muller")
