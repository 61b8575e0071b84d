"""Staff roles and their stored form ('author;principal')."""

from __future__ import annotations

from .errors import InvalidInput

AUTHOR = "author"  # teachers, advisors, front office: write drafts
PRINCIPAL = "principal"  # approves for a building
DIRECTOR = "director"  # Communications Director: final approver, owns roster and channel list
ADMIN = "admin"  # IT: accounts, audit verification

ROLES: tuple[str, ...] = (AUTHOR, PRINCIPAL, DIRECTOR, ADMIN)
WRITERS = frozenset({AUTHOR, PRINCIPAL, DIRECTOR})  # may write drafts and request channels
APPROVER_ROLES: tuple[str, ...] = (PRINCIPAL, DIRECTOR)  # roles an approval chain may name
DEFAULT_CHAIN: tuple[str, ...] = (PRINCIPAL, DIRECTOR)
# may list the opt-out roster (every opted-out student's name): those who import it and run the
# takedown list. Principals see a student's name only for a face flagged in a post they review.
ROSTER_VIEWERS: tuple[str, ...] = (DIRECTOR, ADMIN)


def parse_roles(value: str | None) -> frozenset[str]:
    return frozenset(r for r in (value or "").split(";") if r)


def format_roles(roles) -> str:
    roles = set(roles)
    unknown = sorted(roles - set(ROLES))
    if unknown:
        raise InvalidInput(f"unknown role {', '.join(unknown)}: choose from {', '.join(ROLES)}")
    if not roles:
        raise InvalidInput("a staff member needs at least one role")
    return ";".join(r for r in ROLES if r in roles)


def parse_chain(value: str | None) -> tuple[str, ...]:
    return tuple(r for r in (value or "").split(";") if r)


def format_chain(chain) -> str:
    chain = tuple(chain)
    if not chain:
        raise InvalidInput("an approval chain needs at least one step")
    bad = [r for r in chain if r not in APPROVER_ROLES]
    if bad:
        raise InvalidInput(f"approval chain steps must be {' or '.join(APPROVER_ROLES)}, not {', '.join(bad)}")
    if len(set(chain)) != len(chain):
        raise InvalidInput("an approval chain names each role once")
    if chain[-1] != DIRECTOR:
        raise InvalidInput("the Communications Director gives final approval: the chain must end with director")
    return ";".join(chain)


def merge_chains(chains) -> tuple[str, ...]:
    """The chain for a post going to several channels: every role any channel asks for,
    principal before director."""
    wanted = {r for chain in chains for r in chain}
    return tuple(r for r in APPROVER_ROLES if r in wanted) or DEFAULT_CHAIN
