<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<!-- English plural forms only: the sources are English, but "%n photo(s)" needs "1 photo" and "2 photos".
     Every numerus message of clearpost_es.ts has its English forms here (tests/gui/test_gui_plurals.py). -->
<context>
    <name>ApprovalsPage</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting for you</source>
        <translation>
            <numerusform>%n post waiting for you</numerusform>
            <numerusform>%n posts waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaceReviewDialog</name>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n to decide</numerusform>
            <numerusform>%n to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) resemble opted-out students.</source>
        <translation>
            <numerusform>%n face resembles opted-out students.</numerusform>
            <numerusform>%n faces resemble opted-out students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message numerus="yes">
        <source>%n other faces are clear.</source>
        <translation>
            <numerusform>%n other face is clear.</numerusform>
            <numerusform>%n other faces are clear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n faces are clear.</source>
        <translation>
            <numerusform>The face is clear.</numerusform>
            <numerusform>All %n faces are clear.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>Screening %n photo(s) in the background...</source>
        <translation>
            <numerusform>Screening %n photo in the background...</numerusform>
            <numerusform>Screening %n photos in the background...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message numerus="yes">
        <source>%n opted-out student(s) of this building cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n opted-out student of this building cannot be recognised: check faces by eye</numerusform>
            <numerusform>%n opted-out students of this building cannot be recognised: check faces by eye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out student(s) in the district cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n opted-out student in the district cannot be recognised: check faces by eye</numerusform>
            <numerusform>%n opted-out students in the district cannot be recognised: check faces by eye</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>%n approved post(s) to publish</source>
        <translation>
            <numerusform>%n approved post to publish</numerusform>
            <numerusform>%n approved posts to publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) possibly abandoned.</source>
        <translation>
            <numerusform>%n channel possibly abandoned.</numerusform>
            <numerusform>%n channels possibly abandoned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the text and %n photo(s), without camera data or location, to {folder}.</source>
        <translation>
            <numerusform>Saved the text and %n photo, without camera data or location, to {folder}.</numerusform>
            <numerusform>Saved the text and %n photos, without camera data or location, to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. An approver must look at the post again (Approvals) before it goes out.</source>
        <translation>
            <numerusform>%n problem found. An approver must look at the post again (Approvals) before it goes out.</numerusform>
            <numerusform>%n problems found. An approver must look at the post again (Approvals) before it goes out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>Exported %n post(s) to {index}</source>
        <translation>
            <numerusform>Exported %n post to {index}</numerusform>
            <numerusform>Exported %n posts to {index}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>%n student(s) on the roster now.</source>
        <translation>
            <numerusform>%n student on the roster now.</numerusform>
            <numerusform>%n students on the roster now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) added</source>
        <translation>
            <numerusform>%n student added</numerusform>
            <numerusform>%n students added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent from the file</source>
        <translation>
            <numerusform>%n absent from the file</numerusform>
            <numerusform>%n absent from the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photo opt-outs: %n new</source>
        <translation>
            <numerusform>Photo opt-outs: %n new</numerusform>
            <numerusform>Photo opt-outs: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>name opt-outs: %n new</source>
        <translation>
            <numerusform>name opt-outs: %n new</numerusform>
            <numerusform>name opt-outs: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reference photos: %n to enrol</source>
        <translation>
            <numerusform>Reference photos: %n to enrol</numerusform>
            <numerusform>Reference photos: %n to enrol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) to delete</source>
        <translation>
            <numerusform>%n template to delete</numerusform>
            <numerusform>%n templates to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n student(s) with a photo opt-out have no usable reference photo, so their faces cannot be recognised: {who}</source>
        <translation>
            <numerusform>Warning: %n student with a photo opt-out has no usable reference photo, so their face cannot be recognised: {who}</numerusform>
            <numerusform>Warning: %n students with a photo opt-out have no usable reference photo, so their faces cannot be recognised: {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) in the file.</source>
        <translation>
            <numerusform>%n student in the file.</numerusform>
            <numerusform>%n students in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n student(s) absent from this file</source>
        <translation>
            <numerusform>Remove the %n student absent from this file</numerusform>
            <numerusform>Remove the %n students absent from this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lift %n opt-out(s) this file no longer has</source>
        <translation>
            <numerusform>lift %n opt-out this file no longer has</numerusform>
            <numerusform>lift %n opt-outs this file no longer has</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling %n reference photo(s) in the background...</source>
        <translation>
            <numerusform>Enrolling %n reference photo in the background...</numerusform>
            <numerusform>Enrolling %n reference photos in the background...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference photo(s) were encoded by an older face model: screening is refused until they are re-encoded.</source>
        <translation>
            <numerusform>%n reference photo was encoded by an older face model: screening is refused until it is re-encoded.</numerusform>
            <numerusform>%n reference photos were encoded by an older face model: screening is refused until they are re-encoded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out student(s) cannot be recognised (no usable reference photo), so their faces must be checked by eye: {ids}</source>
        <translation>
            <numerusform>%n opted-out student cannot be recognised (no usable reference photo), so their face must be checked by eye: {ids}</numerusform>
            <numerusform>%n opted-out students cannot be recognised (no usable reference photo), so their faces must be checked by eye: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reference photos of {name} ({id}): %n</source>
        <translation>
            <numerusform>Reference photos of {name} ({id}): %n</numerusform>
            <numerusform>Reference photos of {name} ({id}): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out student(s) have only a weak reference photo (small, blurred, turned, a printed scan or unstable), so their faces are judged more cautiously; import a better portrait: {ids}</source>
        <translation>
            <numerusform>%n opted-out student has only a weak reference photo (small, blurred, turned, a printed scan or unstable), so their face is judged more cautiously; import a better portrait: {ids}</numerusform>
            <numerusform>%n opted-out students have only a weak reference photo (small, blurred, turned, a printed scan or unstable), so their faces are judged more cautiously; import a better portrait: {ids}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message numerus="yes">
        <source>Photo {file}: %n face(s) need a person to look ({uses}).</source>
        <translation>
            <numerusform>Photo {file}: %n face needs a person to look ({uses}).</numerusform>
            <numerusform>Photo {file}: %n faces need a person to look ({uses}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakedownPage</name>
    <message numerus="yes">
        <source>%n post(s) to take down.</source>
        <translation>
            <numerusform>%n post to take down.</numerusform>
            <numerusform>%n posts to take down.</numerusform>
        </translation>
    </message>
</context>
</TS>
