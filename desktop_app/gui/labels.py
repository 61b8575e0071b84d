"""Words for the values the services use as codes: post and channel states, roles, uses and
audit actions, in the person's language.

The services speak in stable codes ("pending", "director", "post.returned"); people read
these labels. Each label is written out in full here so the translation tools find it; an
unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def post_status(code: str | None) -> str:
    labels = {
        "draft": _t("draft"), "pending": _t("waiting for approval"), "returned": _t("returned to the author"),
        "rejected": _t("rejected"), "approved": _t("approved"), "published": _t("published"),
    }
    return labels.get(code or "", code or "")


def channel_status(code: str | None) -> str:
    labels = {
        "requested": _t("requested"), "endorsed": _t("endorsed by the principal"), "approved": _t("approved"),
        "rejected": _t("rejected"), "retired": _t("retired"),
    }
    return labels.get(code or "", code or "")


def role(code: str) -> str:
    labels = {"author": _t("author"), "principal": _t("principal"), "director": _t("Communications Director"),
              "admin": _t("IT administrator")}
    return labels.get(code, code)


def roles(codes) -> str:
    return ", ".join(role(c) for c in codes)


def use(code: str) -> str:
    labels = {"social": _t("social media"), "website": _t("website"), "press": _t("press"),
              "yearbook": _t("yearbook")}
    return labels.get(code, code)


def audit_action(code: str) -> str:
    labels = {
        "channel.approved": _t("channel approved"), "channel.chain_changed": _t("channel approvers changed"),
        "channel.endorsed": _t("channel endorsed"), "channel.rejected": _t("channel rejected"),
        "channel.requested": _t("channel requested"), "channel.retired": _t("channel retired"),
        "face.decided": _t("face reviewed"),
        "post.approval_blocked": _t("approval refused by the checks"), "post.approved": _t("post approved"),
        "post.created": _t("post created"), "post.edited": _t("post edited"),
        "post.export_refused": _t("export refused"), "post.exported": _t("post exported"),
        "post.photo_attached": _t("photo attached"), "post.photo_redacted": _t("photo redacted"),
        "post.photo_removed": _t("photo removed"), "post.published": _t("post published"),
        "post.returned": _t("post returned to the author"), "post.rejected": _t("post rejected"),
        "post.screened": _t("post screened"), "post.step_approved": _t("approval step passed"),
        "post.submit_refused": _t("submission refused by the checks"), "post.submitted": _t("post submitted"),
        "post.withdrawn": _t("post withdrawn"),
        "roster.imported": _t("roster imported"), "roster.reencoded": _t("roster re-encoded"),
        "settings.changed": _t("settings changed"), "settings.notice_changed": _t("notice changed"),
        "settings.screening_changed": _t("screening thresholds changed"),
        "sign_in": _t("signed in"), "sign_in.failed": _t("sign-in failed"), "sign_in.refused": _t("sign-in refused"),
        "staff.activated": _t("account activated"), "staff.added": _t("account added"),
        "staff.deactivated": _t("account deactivated"), "staff.password_set": _t("password set"),
        "staff.roles_changed": _t("roles changed"), "staff.unlocked": _t("account unlocked"),
        "takedown.checked": _t("takedown list checked"),
    }
    return labels.get(code, code)


def subject(code: str | None) -> str:
    labels = {"post": _t("post"), "channel": _t("channel"), "staff": _t("account"), "roster": _t("roster"),
              "settings": _t("settings"), "photo": _t("photo"), "face": _t("face")}
    return labels.get(code or "", code or "")
