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
        "staff.deactivated": QCoreApplication.translate("Labels", "account deactivated"),
        "staff.password_set": QCoreApplication.translate("Labels", "password set"),
        "staff.roles_changed": QCoreApplication.translate("Labels", "roles changed"),
        "staff.unlocked": QCoreApplication.translate("Labels", "account unlocked"),
        "takedown.checked": QCoreApplication.translate("Labels", "takedown list checked"),
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
        "takedown": QCoreApplication.translate("Labels", "takedown list")}
    return labels.get(code or "", code or "")
