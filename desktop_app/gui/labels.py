"""Words for the values the services use as codes: post and channel states, roles, uses and
audit actions, in the person's language.

The services speak in stable codes ("pending", "director", "post.returned"); people read
these labels. Each label is written out in full here so the translation tools find it; an
unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def post_status(code: str | None) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "draft"),
        "pending": QCoreApplication.translate("Labels", "waiting for approval"),
        "returned": QCoreApplication.translate("Labels", "returned to the author"),
        "rejected": QCoreApplication.translate("Labels", "rejected"),
        "approved": QCoreApplication.translate("Labels", "approved"),
        "published": QCoreApplication.translate("Labels", "published"),
        "taken_down": QCoreApplication.translate("Labels", "taken down"),
    }
    return labels.get(code or "", code or "")


def decision(code: str | None) -> str:
    """An approver's decision on a post, as the history lists it ("Approved by ...")."""
    labels = {
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "returned": QCoreApplication.translate("Labels", "Returned"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
    }
    return labels.get(code or "", code or "")


def channel_status(code: str | None) -> str:
    labels = {
        "requested": QCoreApplication.translate("Labels", "requested"),
        "endorsed": QCoreApplication.translate("Labels", "endorsed by the principal"),
        "approved": QCoreApplication.translate("Labels", "approved"),
        "rejected": QCoreApplication.translate("Labels", "rejected"),
        "retired": QCoreApplication.translate("Labels", "retired"),
    }
    return labels.get(code or "", code or "")


def role(code: str) -> str:
    labels = {
        "author": QCoreApplication.translate("Labels", "author"),
        "principal": QCoreApplication.translate("Labels", "principal"),
        "director": QCoreApplication.translate("Labels", "Communications Director"),
              "admin": QCoreApplication.translate("Labels", "IT administrator")}
    return labels.get(code, code)


def roles(codes) -> str:
    return ", ".join(role(c) for c in codes)


def use(code: str) -> str:
    labels = {
        "social": QCoreApplication.translate("Labels", "social media"),
        "website": QCoreApplication.translate("Labels", "website"),
        "press": QCoreApplication.translate("Labels", "press"),
              "yearbook": QCoreApplication.translate("Labels", "yearbook")}
    return labels.get(code, code)


def uses_text(uses) -> str:
    """A set of uses (an opt-out's): "-", "all uses" or "social media, website"."""
    from ..uses import ALL_USES

    uses = frozenset(uses or ())
    if not uses:
        return "-"
    if uses >= ALL_USES:
        return QCoreApplication.translate("Labels", "all uses")
    return ", ".join(use(u) for u in sorted(uses))


def audit_action(code: str) -> str:
    labels = {
        "channel.approved": QCoreApplication.translate("Labels", "channel approved"),
        "channel.chain_changed": QCoreApplication.translate("Labels", "channel approvers changed"),
        "channel.endorsed": QCoreApplication.translate("Labels", "channel endorsed"),
        "channel.rejected": QCoreApplication.translate("Labels", "channel rejected"),
        "channel.requested": QCoreApplication.translate("Labels", "channel requested"),
        "channel.retired": QCoreApplication.translate("Labels", "channel retired"),
        "face.decided": QCoreApplication.translate("Labels", "face reviewed"),
        "post.approval_blocked": QCoreApplication.translate("Labels", "approval refused by the checks"),
        "post.approved": QCoreApplication.translate("Labels", "post approved"),
        "post.created": QCoreApplication.translate("Labels", "post created"),
        "post.edited": QCoreApplication.translate("Labels", "post edited"),
        "post.export_refused": QCoreApplication.translate("Labels", "export refused"),
        "post.exported": QCoreApplication.translate("Labels", "post exported"),
        "post.photo_attached": QCoreApplication.translate("Labels", "photo attached"),
        "post.photo_redacted": QCoreApplication.translate("Labels", "photo redacted"),
        "post.photo_removed": QCoreApplication.translate("Labels", "photo removed"),
        "post.published": QCoreApplication.translate("Labels", "post published"),
        "post.taken_down": QCoreApplication.translate("Labels", "post taken down"),
        "post.returned": QCoreApplication.translate("Labels", "post returned to the author"),
        "post.rejected": QCoreApplication.translate("Labels", "post rejected"),
        "post.screened": QCoreApplication.translate("Labels", "post screened"),
        "post.step_approved": QCoreApplication.translate("Labels", "approval step passed"),
        "post.submit_refused": QCoreApplication.translate("Labels", "submission refused by the checks"),
        "post.submitted": QCoreApplication.translate("Labels", "post submitted"),
        "post.withdrawn": QCoreApplication.translate("Labels", "post withdrawn"),
        "roster.imported": QCoreApplication.translate("Labels", "roster imported"),
        "roster.reencoded": QCoreApplication.translate("Labels", "roster re-encoded"),
        "settings.changed": QCoreApplication.translate("Labels", "settings changed"),
        "settings.notice_changed": QCoreApplication.translate("Labels", "notice changed"),
        "settings.screening_changed": QCoreApplication.translate("Labels", "screening thresholds changed"),
        "sign_in": QCoreApplication.translate("Labels", "signed in"),
        "sign_in.failed": QCoreApplication.translate("Labels", "sign-in failed"),
        "sign_in.refused": QCoreApplication.translate("Labels", "sign-in refused"),
        "staff.activated": QCoreApplication.translate("Labels", "account activated"),
        "staff.added": QCoreApplication.translate("Labels", "account added"),
        "staff.building_changed": QCoreApplication.translate("Labels", "building changed"),
        "staff.deactivated": QCoreApplication.translate("Labels", "account deactivated"),
        "staff.password_set": QCoreApplication.translate("Labels", "password set"),
        "staff.roles_changed": QCoreApplication.translate("Labels", "roles changed"),
        "staff.unlocked": QCoreApplication.translate("Labels", "account unlocked"),
        "takedown.checked": QCoreApplication.translate("Labels", "takedown list checked"),
        "audit.verified": QCoreApplication.translate("Labels", "audit chain verified"),
        "records.exported": QCoreApplication.translate("Labels", "public records exported"),
        "usage.reported": QCoreApplication.translate("Labels", "face-matching usage report made"),
    }
    return labels.get(code, code)


def subject(code: str | None) -> str:
    labels = {
        "post": QCoreApplication.translate("Labels", "post"),
        "channel": QCoreApplication.translate("Labels", "channel"),
        "staff": QCoreApplication.translate("Labels", "account"),
        "roster": QCoreApplication.translate("Labels", "roster"),
              "settings": QCoreApplication.translate("Labels", "settings"),
        "photo": QCoreApplication.translate("Labels", "photo"),
        "face": QCoreApplication.translate("Labels", "face"),
        "sign_in": QCoreApplication.translate("Labels", "sign-ins"),
              "records": QCoreApplication.translate("Labels", "public records"),
        "audit": QCoreApplication.translate("Labels", "audit log"),
        "takedown": QCoreApplication.translate("Labels", "takedown list"),
        "setting": QCoreApplication.translate("Labels", "setting")}
    return labels.get(code or "", code or "")


def subject_id(code: str | None, value: str | None) -> str:
    """The identifier of an audit entry's subject, in words where it is a code (settings)."""
    if code == "setting":
        names = {"screening.sface": QCoreApplication.translate("Labels", "screening thresholds"),
                 "notice": QCoreApplication.translate("Labels", "required notice")}
        return names.get(value or "", value or "")
    return value or ""


def detail_key(key: str) -> str:
    """The name of a field of an audit entry's details (the services write them as codes)."""
    labels = {
        "added": QCoreApplication.translate("AuditDetails", "added"),
        "after": QCoreApplication.translate("AuditDetails", "after"),
        "before": QCoreApplication.translate("AuditDetails", "before"),
        "blocking": QCoreApplication.translate("AuditDetails", "blocking"),
        "bootstrap": QCoreApplication.translate("AuditDetails", "first account"),
        "box": QCoreApplication.translate("AuditDetails", "face box"),
        "building": QCoreApplication.translate("AuditDetails", "building"),
        "bytes": QCoreApplication.translate("AuditDetails", "bytes"),
        "chain": QCoreApplication.translate("AuditDetails", "approval chain"),
        "channels": QCoreApplication.translate("AuditDetails", "channels"),
        "comment": QCoreApplication.translate("AuditDetails", "comment"),
        "copy_id": QCoreApplication.translate("AuditDetails", "copy"),
        "district_admin_rights": QCoreApplication.translate("AuditDetails", "district admin rights"),
        "email": QCoreApplication.translate("AuditDetails", "e-mail"),
        "entries": QCoreApplication.translate("AuditDetails", "entries"),
        "faces_hidden": QCoreApplication.translate("AuditDetails", "faces hidden"),
        "fields": QCoreApplication.translate("AuditDetails", "fields"),
        "filename": QCoreApplication.translate("AuditDetails", "file name"),
        "files": QCoreApplication.translate("AuditDetails", "files"),
        "flagged": QCoreApplication.translate("AuditDetails", "flagged"),
        "frame": QCoreApplication.translate("AuditDetails", "frame"),
        "from": QCoreApplication.translate("AuditDetails", "from"),
        "locked_until": QCoreApplication.translate("AuditDetails", "locked until"),
        "max_removal_share": QCoreApplication.translate("AuditDetails", "largest share removed"),
        "name": QCoreApplication.translate("AuditDetails", "name"),
        "name_opt_outs_added": QCoreApplication.translate("AuditDetails", "name opt-outs added"),
        "name_opt_outs_lifted": QCoreApplication.translate("AuditDetails", "name opt-outs lifted"),
        "names": QCoreApplication.translate("AuditDetails", "names"),
        "notes": QCoreApplication.translate("AuditDetails", "notes"),
        "notice_mode": QCoreApplication.translate("AuditDetails", "notice"),
        "ok": QCoreApplication.translate("AuditDetails", "correct"),
        "original_id": QCoreApplication.translate("AuditDetails", "original"),
        "outdir": QCoreApplication.translate("AuditDetails", "folder"),
        "owner": QCoreApplication.translate("AuditDetails", "owner"),
        "photo_id": QCoreApplication.translate("AuditDetails", "photo"),
        "photo_opt_outs_added": QCoreApplication.translate("AuditDetails", "photo opt-outs added"),
        "photo_opt_outs_lifted": QCoreApplication.translate("AuditDetails", "photo opt-outs lifted"),
        "photo_sha256": QCoreApplication.translate("AuditDetails", "photo fingerprint"),
        "photos": QCoreApplication.translate("AuditDetails", "photos"),
        "photos_to_enrol": QCoreApplication.translate("AuditDetails", "reference photos to enrol"),
        "photos_unchanged": QCoreApplication.translate("AuditDetails", "reference photos unchanged"),
        "platform": QCoreApplication.translate("AuditDetails", "platform"),
        "posts_checked": QCoreApplication.translate("AuditDetails", "posts checked"),
        "published_at": QCoreApplication.translate("AuditDetails", "published on"),
        "purpose": QCoreApplication.translate("AuditDetails", "purpose"),
        "reason": QCoreApplication.translate("AuditDetails", "reason"),
        "reencoded": QCoreApplication.translate("AuditDetails", "re-encoded"),
        "removals_applied": QCoreApplication.translate("AuditDetails", "removals applied"),
        "removed": QCoreApplication.translate("AuditDetails", "removed"),
        "removed_names": QCoreApplication.translate("AuditDetails", "removed (names)"),
        "removed_without_image": QCoreApplication.translate("AuditDetails", "removed without an image"),
        "role": QCoreApplication.translate("AuditDetails", "role"),
        "roles": QCoreApplication.translate("AuditDetails", "roles"),
        "roster_size": QCoreApplication.translate("AuditDetails", "students before"),
        "roster_version": QCoreApplication.translate("AuditDetails", "roster version"),
        "round": QCoreApplication.translate("AuditDetails", "round"),
        "scope_schools": QCoreApplication.translate("AuditDetails", "schools in the file"),
        "sha256": QCoreApplication.translate("AuditDetails", "fingerprint (SHA-256)"),
        "source": QCoreApplication.translate("AuditDetails", "source"),
        "step": QCoreApplication.translate("AuditDetails", "step"),
        "students": QCoreApplication.translate("AuditDetails", "students"),
        "templates_to_delete": QCoreApplication.translate("AuditDetails", "face templates to delete"),
        "text_errors": QCoreApplication.translate("AuditDetails", "text errors"),
        "text_warnings": QCoreApplication.translate("AuditDetails", "text warnings"),
        "title": QCoreApplication.translate("AuditDetails", "title"),
        "undecided": QCoreApplication.translate("AuditDetails", "faces undecided"),
        "unprotected": QCoreApplication.translate("AuditDetails", "opted-out students not recognisable"),
        "unprotected_here": QCoreApplication.translate("AuditDetails", "of them in this building"),
        "unprotected_names": QCoreApplication.translate("AuditDetails", "not recognisable (names)"),
        "unusable_photos": QCoreApplication.translate("AuditDetails", "unusable reference photos"),
        "updated": QCoreApplication.translate("AuditDetails", "updated"),
        "url": QCoreApplication.translate("AuditDetails", "link"),
        "use": QCoreApplication.translate("AuditDetails", "use"),
        "value": QCoreApplication.translate("AuditDetails", "value"),
        "version": QCoreApplication.translate("AuditDetails", "version"),
        "via": QCoreApplication.translate("AuditDetails", "through"),
        "without_reference_photo": QCoreApplication.translate("AuditDetails", "without a reference photo"),
        "written_files": QCoreApplication.translate("AuditDetails", "files written"),
        "recognize_all": QCoreApplication.translate("AuditDetails", "whole-school recognition"),
        "recognize_all_students": QCoreApplication.translate("AuditDetails", "whole-school recognition"),
        "templates_without_opt_out": QCoreApplication.translate("AuditDetails", "templates of students without an opt-out"),
        "weak_references": QCoreApplication.translate("AuditDetails", "weak reference photos"),
        "weak_references_without_opt_out": QCoreApplication.translate("AuditDetails", "weak reference photos of students without an opt-out"),
        "templates_deleted": QCoreApplication.translate("AuditDetails", "face templates deleted"),
        "match_threshold": QCoreApplication.translate("AuditDetails", "match threshold"),
        "review_threshold": QCoreApplication.translate("AuditDetails", "review threshold"),
        "identify_threshold": QCoreApplication.translate("AuditDetails", "identification threshold"),
        "identify_margin": QCoreApplication.translate("AuditDetails", "identification margin"),
        "cohort_review_score": QCoreApplication.translate("AuditDetails", "cohort score for review"),
        "whole_school_review_threshold": QCoreApplication.translate("AuditDetails", "review threshold (whole school)"),
        "whole_school_cohort_score": QCoreApplication.translate("AuditDetails", "cohort score for review (whole school)"),
        "min_face_px": QCoreApplication.translate("AuditDetails", "smallest face to match fully"),
        "min_sharpness": QCoreApplication.translate("AuditDetails", "least sharpness to match fully"),
        "max_yaw": QCoreApplication.translate("AuditDetails", "most head turn to match fully"),
        "floor_face_px": QCoreApplication.translate("AuditDetails", "smallest face to match at all"),
        "floor_sharpness": QCoreApplication.translate("AuditDetails", "least sharpness to match at all"),
        "floor_yaw": QCoreApplication.translate("AuditDetails", "most head turn to match at all"),
        "poor_quality_margin": QCoreApplication.translate("AuditDetails", "margin for poorly seen faces"),
        "weak_reference_margin": QCoreApplication.translate("AuditDetails", "margin for weak reference photos"),
        "other_building_matches": QCoreApplication.translate("AuditDetails", "matches to other buildings"),
        "templates_per_student": QCoreApplication.translate("AuditDetails", "reference photos per student"),
        "detector_threshold": QCoreApplication.translate("AuditDetails", "detector threshold"),
        "use_hog": QCoreApplication.translate("AuditDetails", "second face detector"),
        "max_side": QCoreApplication.translate("AuditDetails", "largest decoded side"),
    }
    return labels.get(key, key.replace("_", " "))


def detail_value(key: str, value: str) -> str:
    """A coded value of an audit entry's details in words (roles, uses, verdicts, states)."""
    if key in ("role", "step", "chain", "roles"):
        return role(value)
    if key == "use":
        return use(value)
    if key == "notice_mode":
        return {"post": QCoreApplication.translate("AuditDetails", "in the post"),
                "profile": QCoreApplication.translate("AuditDetails", "in the profile")}.get(value, value)
    verdict = {"clear": QCoreApplication.translate("AuditDetails", "clear"),
               "review": QCoreApplication.translate("AuditDetails", "review"),
               "blocked": QCoreApplication.translate("AuditDetails", "blocked")}
    if key == "photos" and value in verdict:
        return verdict[value]
    return value
