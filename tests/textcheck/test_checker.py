from desktop_app.textcheck import DEFAULT_NOTICE, NameEntry, TextReport, check_text

STUDENTS = [NameEntry("S100", "Maria", "Lopez"), NameEntry("S300", "Ann", "Smith")]
IDS = ["S100", "S300", "123456"]


def test_report_combines_checks_sorted_by_start():
    text = "Maria Lopez (ID 123456) won! Call 360-555-0123. Use code WIN. Ann helped."
    report = check_text(text, students=STUDENTS, roster_ids=IDS)
    assert [(f.kind, f.text, f.level) for f in report.findings] == [
        ("name", "Maria Lopez", "error"),
        ("student_id", "123456", "error"),
        ("phone", "360-555-0123", "error"),
        ("commercial", "Use code", "warning"),
        ("name", "Ann", "warning"),
    ]
    assert all(text[f.start:f.end] == f.text for f in report.findings)
    assert report.has_errors
    assert report.final_text == f"{text}\n\n{DEFAULT_NOTICE}"


def test_clean_text_has_no_errors_and_gets_notice():
    report = check_text("Join us on March 14, 2026 for the concert.", students=STUDENTS, roster_ids=IDS)
    assert report.findings == []
    assert not report.has_errors
    assert report.final_text.endswith(DEFAULT_NOTICE)


def test_warnings_alone_are_not_errors():
    report = check_text("Thanks, Ann!", students=STUDENTS, roster_ids=IDS)
    assert [f.level for f in report.findings] == ["warning"]
    assert not report.has_errors


def test_present_notice_is_not_flagged_and_offsets_refer_to_given_text():
    notice = "Official page. Call 360-555-0123 or email office@example.org. Vote for kindness."
    text = f"{notice}\n\nMaria Lopez won."
    report = check_text(text, students=STUDENTS, roster_ids=IDS, notice=notice)
    [finding] = report.findings
    assert finding.text == "Maria Lopez"
    assert text[finding.start:finding.end] == "Maria Lopez"
    assert report.final_text == f"Maria Lopez won.\n\n{notice}"
    assert report.final_text.count(notice) == 1


def test_overlapping_findings_of_same_kind_are_deduplicated():
    students = STUDENTS + [NameEntry("S999", "Maria", "Lopez")]
    report = check_text("Lopez, Maria and Maria Lopez", students=students, roster_ids=IDS)
    names = [(f.text, f.level) for f in report.findings]
    assert names == [("Lopez, Maria", "error"), ("Maria Lopez", "error")]


def test_to_dict_shape():
    report = check_text("Maria Lopez", students=STUDENTS, roster_ids=IDS)
    assert isinstance(report, TextReport)
    data = report.to_dict()
    assert set(data) == {"findings", "final_text", "lengths"}
    assert set(data["findings"][0]) == {"kind", "level", "start", "end", "text", "student_id", "message"}
    assert data["findings"][0]["student_id"] == "S100"
    assert data["final_text"] == report.final_text
    assert {d["channel"] for d in data["lengths"]} == {"X", "Instagram", "Facebook"}
    assert set(data["lengths"][0]) == {"channel", "limit", "length", "fits"}
