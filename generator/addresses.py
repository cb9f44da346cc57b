"""E-mail addresses as a mail header takes them: `email: {from}` in site.yaml (checked with
the content) and `briefing email --from/--to` (checked with the command)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.headerregistry import Address

HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # line breaks and other controls
ADDRESS_HINT = ('write it as name@example.org or "Name <name@example.org>" (at most 64 characters before the @, '
                '253 after it, and a name of 200)')


def mailboxes(value: str) -> tuple[Address, ...]:
    """The addresses in `value`; () when it is not a clean list of e-mail addresses whose
    local parts are ASCII. A domain in other letters ("exämple.org") is written as DNS has
    it ("xn--exmple-cua.org"), which every mail system takes."""
    if HEADER_UNSAFE.search(value):
        return ()  # a line break could start a header of its own
    from email import errors, policy  # only a site or command with an address needs them
    from email.headerregistry import Address

    try:
        header = policy.default.header_factory("To", value)
        addresses = tuple(a if a.domain.isascii() else Address(a.display_name, a.username, _dns_name(a.domain))
                          for a in header.addresses)
    except (ValueError, IndexError, errors.HeaderParseError):  # (UnicodeError: a domain no DNS name spells)
        return ()
    if header.defects or any(not a.username or not a.domain or not a.addr_spec.isascii() or _too_long(a)
                             for a in addresses):
        return ()
    return addresses


def _too_long(address: Address) -> bool:
    """Past what mail systems take (RFC 5321: 64 characters before the @, 253 after it, 63 in a
    label), or a name no header line of 998 characters could hold once folded."""
    return (len(address.username) > 64 or len(address.domain) > 253
            or any(len(label) > 63 for label in address.domain.split("."))
            or len(address.display_name) > 200)


def _dns_name(domain: str) -> str:
    return domain.encode("idna").decode("ascii")
