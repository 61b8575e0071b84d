"""The services' refusals in the person's language.

The services (workflow, roster, access) explain a refusal in one English sentence, for the
CLI, the logs and the audit. The app shows the same reason from the catalogue: each known
sentence is matched here and said again with ``QCoreApplication.translate``, keeping the
values it names (a post number, a file, a channel). A sentence not listed here is shown as it
is in English; in another language the app says what kind of refusal it was instead, so no
sentence mixes two languages. Qt is needed only for ``translate``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication




def _status(code: str) -> str:
    from . import labels

    return labels.post_status(code) or labels.channel_status(code)


# (pattern of the English sentence, the translated sentence made from its groups)
_SENTENCES: list[tuple[re.Pattern, object]] = [(re.compile(p), f) for p, f in [
    (r"wrong e-mail or password",
     lambda m: QCoreApplication.translate("ServiceText", "Wrong e-mail or password.")),
    (r"wrong e-mail or password; after (\d+) failures in a row the account is locked\. .* until (.+?) UTC; .*",
     lambda m: QCoreApplication.translate("ServiceText", "Wrong e-mail or password. After {n} failures in a row the account is "
                                             "locked until {when} UTC; try again then or ask IT to unlock it.").format(
         n=m[1], when=m[2])),
    (r"The account is locked after repeated failed sign-ins until (.+?) UTC; .*",
     lambda m: QCoreApplication.translate("ServiceText", "The account is locked after repeated failed sign-ins until {when} UTC; "
                                             "try again then or ask IT to unlock it.").format(when=m[1])),
    (r"(?:.+ was )?changed by someone else; reload it and try again",
     lambda m: QCoreApplication.translate("ServiceText", "Someone changed this meanwhile (perhaps you, in another window). "
                                             "Open it again to see the latest version.")),
    (r"give the post a title",
     lambda m: QCoreApplication.translate("ServiceText", "Give the post a title.")),
    (r"choose at least one channel",
     lambda m: QCoreApplication.translate("ServiceText", "Choose at least one channel.")),
    (r"the post has neither text nor photos",
     lambda m: QCoreApplication.translate("ServiceText", "The post has neither text nor photos.")),
    (r"answer the procedure's questions first: .*",
     lambda m: QCoreApplication.translate("ServiceText", "Answer the procedure's four questions first.")),
    (r"write a comment for the author",
     lambda m: QCoreApplication.translate("ServiceText", "Write a comment for the author.")),
    (r"say why the request is rejected",
     lambda m: QCoreApplication.translate("ServiceText", "Say why the request is rejected.")),
    (r"a channel needs a name and a platform",
     lambda m: QCoreApplication.translate("ServiceText", "A channel needs a name and a platform.")),
    (r"a staff member needs at least one role",
     lambda m: QCoreApplication.translate("ServiceText", "A staff member needs at least one role.")),
    (r"give the person's real first and last name .*",
     lambda m: QCoreApplication.translate("ServiceText", "Give the person's real first and last name (Policy 4007P: no "
                                             "pseudonyms).")),
    (r"the character limit must be positive",
     lambda m: QCoreApplication.translate("ServiceText", "The character limit must be more than zero.")),
    (r"the end date is before the start date",
     lambda m: QCoreApplication.translate("ServiceText", "The end date is before the start date.")),
    (r"the internal archive must not be inside the release folder",
     lambda m: QCoreApplication.translate("ServiceText", "The internal archive must not be inside the release folder.")),
    (r"the notice cannot be empty",
     lambda m: QCoreApplication.translate("ServiceText", "The notice cannot be empty.")),
    (r"the number of days must be at least 1",
     lambda m: QCoreApplication.translate("ServiceText", "The number of days must be at least 1.")),
    (r"you cannot deactivate your own account",
     lambda m: QCoreApplication.translate("ServiceText", "You cannot deactivate your own account.")),
    (r"the password must have at least (\d+) characters",
     lambda m: QCoreApplication.translate("ServiceText", "The password must have at least {n} characters.").format(n=m[1])),
    (r"there is already an account for (\S+)",
     lambda m: QCoreApplication.translate("ServiceText", "There is already an account for {email}.").format(email=m[1])),
    (r"'?(.+?)'? is not an e-mail address",
     lambda m: QCoreApplication.translate("ServiceText", "{email} is not an e-mail address.").format(email=m[1])),
    (r"use the district e-mail address \((.*?)\).*",
     lambda m: QCoreApplication.translate("ServiceText", "Use the district e-mail address ({domains}).").format(domains=m[1])),
    (r"give the address of the published post .*",
     lambda m: QCoreApplication.translate("ServiceText", "Give the address of the published post (it starts with http:// or "
                                             "https://).")),
    (r"(.+) is empty",
     lambda m: QCoreApplication.translate("ServiceText", "{file} is empty.").format(file=m[1])),
    (r"(.+) is larger than (\d+) MB",
     lambda m: QCoreApplication.translate("ServiceText", "{file} is larger than {mb} MB.").format(file=m[1], mb=m[2])),
    (r"post (\d+) has no photo (\d+)",
     lambda m: QCoreApplication.translate("ServiceText", "The photo is no longer in post {id}.").format(id=m[1])),
    (r"photo (.+) has no face to hide",
     lambda m: QCoreApplication.translate("ServiceText", "Photo {file} has no face to hide.").format(file=m[1])),
    (r"photo (.+) cannot be redacted: .*",
     lambda m: QCoreApplication.translate("ServiceText", "Photo {file} cannot be redacted: it could not be screened.").format(
         file=m[1])),
    (r"photo \d+ is already replaced by a redacted copy",
     lambda m: QCoreApplication.translate("ServiceText", "The photo is already replaced by a redacted copy.")),
    (r"the redacted copy still shows a restricted face; nothing was changed",
     lambda m: QCoreApplication.translate("ServiceText", "The redacted copy would still show a restricted face; nothing was "
                                             "changed.")),
    (r"post (\d+) is (\w+); withdraw it to a draft to change it",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}; withdraw it to a draft to change it.").format(
         id=m[1], status=_status(m[2]))),
    (r"post (\d+) is (\w+); only drafts and returned posts are submitted",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}; only drafts and returned posts are "
                                             "submitted.").format(id=m[1], status=_status(m[2]))),
    (r"post (\d+) is (\w+); there is nothing to withdraw",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}; there is nothing to withdraw.").format(
         id=m[1], status=_status(m[2]))),
    (r"post (\d+) is (\w+); only approved posts are (?:exported|published)",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}; only approved posts go out.").format(
         id=m[1], status=_status(m[2]))),
    (r"post (\d+) is (\w+); it is not waiting for approval",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}; it is not waiting for approval.").format(
         id=m[1], status=_status(m[2]))),
    (r"post (\d+) is (\w+)",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} is {status}.").format(id=m[1], status=_status(m[2]))),
    (r"post (\d+) is not yours to see.*",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} belongs to another author or building.").format(id=m[1])),
    (r"post (\d+) was not submitted",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} was not submitted: screening found something that must "
                                             "not be published.").format(id=m[1])),
    (r"post (\d+) cannot be approved: .*",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} cannot be approved: screening against the roster as it is "
                                             "now finds something that must not be published.").format(id=m[1])),
    (r"post (\d+) was not exported: the roster changed since it was approved",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} was not exported: the roster changed since it was "
                                             "approved. An approver looks at it again.").format(id=m[1])),
    (r"post (\d+) was not exported: .*",
     lambda m: QCoreApplication.translate("ServiceText", "Post {id} was not exported: the files as written would show "
                                             "something that must not be published.").format(id=m[1])),
    (r"channel (.+) is no longer approved; return the post to its author",
     lambda m: QCoreApplication.translate("ServiceText", "Channel {name} is no longer approved; return the post to its "
                                             "author.").format(name=m[1])),
    (r"channel (.+) is not an approved channel",
     lambda m: QCoreApplication.translate("ServiceText", "Channel {name} is not an approved channel.").format(name=m[1])),
    (r"channel (\d+) is (\w+); there is nothing to approve",
     lambda m: QCoreApplication.translate("ServiceText", "The channel is {status}; there is nothing to approve.").format(
         status=_status(m[2]))),
    (r"nobody approves their own post",
     lambda m: QCoreApplication.translate("ServiceText", "Nobody approves their own post.")),
    (r"nobody approves their own request",
     lambda m: QCoreApplication.translate("ServiceText", "Nobody approves their own request.")),
    (r"nobody reviews the faces of their own post",
     lambda m: QCoreApplication.translate("ServiceText", "Nobody reviews the faces of their own post.")),
    (r"you already approved an earlier step of this post.*",
     lambda m: QCoreApplication.translate("ServiceText", "You already approved an earlier step of this post; another person "
                                             "decides this one.")),
    (r"this step is for the principal of (.+)",
     lambda m: QCoreApplication.translate("ServiceText", "This step is for the principal of {building}.").format(building=m[1])),
    (r"this step is for the Communications Director|the Communications Director gives final approval",
     lambda m: QCoreApplication.translate("ServiceText", "This step is for the Communications Director.")),
    (r"the principal of (.+) approves this request first",
     lambda m: QCoreApplication.translate("ServiceText", "The principal of {building} approves this request first.").format(
         building=m[1])),
    (r"only the author (?:changes|submits|withdraws) (?:a draft|a post)",
     lambda m: QCoreApplication.translate("ServiceText", "Only the author does this.")),
    (r"the author, the channel's owner or the Communications Director .*",
     lambda m: QCoreApplication.translate("ServiceText", "Only the author, the channel's owner or the Communications Director "
                                             "does this.")),
    (r"only an admin can .*",
     lambda m: QCoreApplication.translate("ServiceText", "Only an IT administrator can do this.")),
    (r"staff accounts exist: sign in as a director or admin to .*|.* cannot .*: it needs the role director or admin",
     lambda m: QCoreApplication.translate("ServiceText", "Only the Communications Director or an IT administrator can do "
                                             "this.")),
    (r"(\S+) cannot do this: it needs the role (.+)",
     lambda m: QCoreApplication.translate("ServiceText", "Your account cannot do this.")),
    (r"(\S+) is not an active staff account|sign in first",
     lambda m: QCoreApplication.translate("ServiceText", "This account is not active. Sign in again.")),
    (r"final approval records that the district holds administrative .*",
     lambda m: QCoreApplication.translate("ServiceText", "Final approval records that the district holds administrative rights "
                                             "on the account: confirm it.")),
    (r"another roster change is being written; try again in a moment",
     lambda m: QCoreApplication.translate("ServiceText", "Another roster change is being written; try again in a moment.")),
]]


def _english() -> bool:
    """Is the app shown in English (the services' language)? The catalogue translates this
    marker to its own language code."""
    return QCoreApplication.translate("ServiceText", "language-code: en") == "language-code: en"


def error_text(exc: BaseException) -> str:
    """What to tell the person about a refused action (one or two sentences)."""
    message = str(exc).split("\n", 1)[0].rstrip(":").strip()
    for pattern, make in _SENTENCES:
        m = pattern.fullmatch(message)
        if m:
            return make(m)
    if _english() and message:
        return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
    # imported here: the sign-in window shows these before the services are loaded
    from ..access import AccessDenied
    from ..workflow.errors import ConflictError, InvalidInput, InvalidState, NotFound, PermissionDenied, Refused

    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("ServiceText", "Someone changed this meanwhile (perhaps you, in another window). Open "
                                             "it again to see the latest version.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("ServiceText", "It no longer exists.")
    if isinstance(exc, (PermissionDenied, AccessDenied)):
        return QCoreApplication.translate("ServiceText", "Your account may not do this.")
    if isinstance(exc, Refused):
        return QCoreApplication.translate("ServiceText", "Screening found something that must not be published.")
    if isinstance(exc, (InvalidInput, InvalidState)):
        return QCoreApplication.translate("ServiceText", "This cannot be done as it is; check what you entered.")
    return QCoreApplication.translate("ServiceText", "Something went wrong. Try again; if it keeps happening, tell IT.")


# What a failed database connection means, from the driver's message (SQLAlchemy, psycopg,
# sqlite3): (pattern searched in the message, the plain sentence). The first that matches wins.
_CONNECTION_PROBLEMS: list[tuple[re.Pattern, str]] = [(re.compile(p, re.IGNORECASE), s) for p, s in [
    (r"could not parse rfc1738 url|could not parse sqlalchemy url|can't load plugin|no such module|"
     r"invalid dsn|is not a valid url|invalid url",
     "This is not a database address ClearPost understands. It looks like "
     "postgresql+psycopg://server/database."),
    (r"password authentication failed|no password supplied|authentication failed|"
     r"gssapi|sspi|kerberos|peer authentication",
     "The database server did not accept this computer's sign-in. Ask IT to check the account "
     "(pgpass, Kerberos or SSPI)."),
    (r"database \S+ does not exist|unknown database",
     "The server has no database of that name. Check the name after the last /."),
    (r"could not translate host name|name or service not known|nodename nor servname|"
     r"no such host|temporary failure in name resolution|getaddrinfo failed",
     "No server of that name was found. Check the server's name, and that this computer is on the "
     "district network."),
    (r"connection refused|timeout expired|timed out|no route to host|network is unreachable|"
     r"server closed the connection",
     "The database server did not answer. Check that it is running and that this computer may reach it."),
    (r"unable to open database file|no such file|permission denied",
     "The database file cannot be opened. Check the path and that you may read and write it."),
    (r"ssl|certificate",
     "The secure connection to the server failed. Ask IT to check its certificate."),
]]


def connection_error_text(exc: BaseException) -> str:
    """A plain sentence for a failed *Test connection* (the driver's own message is the detail)."""
    message = str(exc)
    for pattern, sentence in _CONNECTION_PROBLEMS:
        if pattern.search(message):
            return QCoreApplication.translate("ConnectionProblem", sentence)
    return QCoreApplication.translate("ConnectionProblem", "ClearPost cannot connect to this database; "
                                      "its details say why, and IT can help.")
