"""`briefing email`: a brief's email.html, its plain text, or an RFC 5322 message holding
both (a .eml), written anywhere.

The site is built first (cli.py); this finds the brief, renders its e-mail as the build
does (mail.py), and for a .eml checks the envelope: addresses that are addresses, a subject
that stays one header line. The message's bytes depend on nothing but its content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.addresses import ADDRESS_HINT, HEADER_UNSAFE, mailboxes
from generator.diagnostics import Diagnostic, Pos, error
from generator.fields import did_you_mean, visible
from generator.index import SiteIndex
from generator.mail import EMAIL_TEMPLATE, EmailView, email_text, email_view, finish_email, template_context
from generator.markup import make_markdown
from generator.medianames import MediaNames
from generator.model import Brief, ResolvedSite, SiteConfig
from generator.theme import make_environment, template_diagnostic
from generator.themepath import theme_dirs
from generator.urls import brief_email_path

if TYPE_CHECKING:
    from email.headerregistry import Address

# The e-mail modules are imported where used: only a .eml needs them.

COMMAND = Pos("briefing email")  # where problems with the command's own arguments are reported
# An RFC 2047 encoded word: Python's mail parser (as the reader's program) decodes one in a
# Subject, so "=?utf-8?q?x=0D=0ABcc:_y?=" would become a line break and a header of its own.
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bq]\?[^?\s]*\?=", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    brief: str  # a brief id, or the path to its YAML file
    form: str = "html"  # "html", "text" or "eml"
    to: tuple[str, ...] = ()
    sender: str = ""  # "" for email.from in site.yaml
    subject: str = ""  # "" for the brief's title
    date: dt.datetime | None = None  # the .eml's Date; None for now (tests fix it)
    message_id: str = ""  # "" for a new one


@dataclass(frozen=True, slots=True)
class Envelope:
    sender: Address
    to: tuple[Address, ...]
    subject: str
    date: dt.datetime
    message_id: str


def export_brief(site: ResolvedSite, index: SiteIndex, root: Path,
                 request: ExportRequest) -> tuple[bytes, list[Diagnostic]]:
    """What `briefing email` writes: the brief's email.html, its plain text, or a .eml."""
    brief_id, problems = find_brief(site, root, request.brief)
    if brief_id is None:
        return b"", problems
    if not site.config.base_url:
        return b"", [error(site.config.pos, "base_url is not set: an e-mail brief links to the published "
                           "site, and relative links do not work in an e-mail",
                           "add base_url: https://… (the address the site is published at)")]
    view = email_view(site, index, brief_id)
    if request.form == "text":
        return email_text(view).encode("utf-8"), []
    envelope, problems = (parse_envelope(request, site.config, view.brief) if request.form == "eml"
                          else (None, []))
    if problems:
        return b"", problems
    html, problems = render_email(site, root, view)
    if envelope is None or any(d.is_error for d in problems):
        return html, problems
    return email_message(view, html, envelope), problems


def render_email(site: ResolvedSite, root: Path, view: EmailView) -> tuple[bytes, list[Diagnostic]]:
    """email.html for one brief, as the build renders it, with this run's one Environment."""
    dirs = theme_dirs(root)
    env = make_environment(dirs, make_markdown(), MediaNames(site.media))
    try:
        html = env.get_template(EMAIL_TEMPLATE).render(site=site.config, page_path=brief_email_path(view.brief.id),
                                                      **template_context(view))
    except Exception as exc:  # whatever a template does (1/0, endless recursion) is its error: see template_diagnostic
        return b"", [template_diagnostic(exc, dirs, root)]
    return finish_email(html.encode("utf-8"), view.brief)


def find_brief(site: ResolvedSite, root: Path, ref: str) -> tuple[str | None, list[Diagnostic]]:
    """A brief by id, or by the path of its YAML file (from here, or from the site root)."""
    if ref in site.briefs:
        return ref, []
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or len(path.parts) > 1:
        targets = {path.resolve(), (root / path).resolve()}
        found = [bid for bid, b in site.briefs.items() if (root / b.brief.path).resolve() in targets]
        if found:
            return found[0], []
        return None, [error(COMMAND, f'"{ref}" is not a brief of the site in {root}',
                            "briefs are the YAML files in content/briefs/")]
    ids = sorted(site.briefs)
    hint = did_you_mean(ref, ids) or ("known briefs: " + ", ".join(ids[:12]) if ids else "content/briefs/ is empty")
    return None, [error(COMMAND, f'unknown brief "{ref}"', hint)]


def parse_envelope(request: ExportRequest, config: SiteConfig, brief: Brief) -> tuple[Envelope | None, list[Diagnostic]]:
    problems = []
    to: list[Address] = []
    for value in request.to:
        found = mailboxes(value)
        to += found
        if not found:
            problems.append(error(COMMAND, f'--to "{value}" is not an e-mail address', ADDRESS_HINT))
    if not request.to:
        problems.append(error(COMMAND, "--eml needs a recipient", "add --to ADDRESS"))
    where, what = (COMMAND, "--from") if request.sender else (config.email_from_pos, '"email.from" in site.yaml')
    senders = mailboxes(request.sender or config.email_from)
    if not (request.sender or config.email_from):
        problems.append(error(COMMAND, "--eml needs a sender",
                              'add --from ADDRESS, or email: {from: "Desk <desk@example.org>"} to site.yaml'))
    elif len(senders) != 1:
        problems.append(error(where, f'{what} "{request.sender or config.email_from}" is not one e-mail address',
                              ADDRESS_HINT))
    if HEADER_UNSAFE.search(request.subject):
        problems.append(error(COMMAND, "--subject must be one line of text, without control characters",
                              "a line break in a header could add headers of its own"))
    elif request.subject and not visible(request.subject):
        problems.append(error(COMMAND, "--subject has no words", "give the subject, or leave --subject out for "
                                                                 "the brief's title"))
    subject = " ".join((request.subject or brief.title).split())
    if _ENCODED_WORD.search(subject):
        problems.append(error(COMMAND if request.subject else brief.title_pos or brief.pos,
                              f'the subject "{subject}" holds MIME encoded text (=?…?=)',
                              "mail programs decode it as part of the header, where it could add a "
                              "line break and headers of its own: reword the title, or give --subject"))
    if problems:
        return None, problems
    date = request.date or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    from email.utils import make_msgid

    return Envelope(senders[0], tuple(to), subject, date,
                    request.message_id or make_msgid(domain=senders[0].domain)), []


def email_message(view: EmailView, html: bytes, envelope: Envelope) -> bytes:
    """multipart/mixed: multipart/alternative (text, HTML), then the HTML file attached."""
    from email import policy
    from email.message import EmailMessage

    message = EmailMessage(policy=policy.SMTP)
    message["From"] = envelope.sender
    message["To"] = envelope.to
    message["Subject"] = envelope.subject
    message["Date"] = envelope.date
    message["Message-ID"] = envelope.message_id
    text = email_text(view)
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html.decode("utf-8"), subtype="html", cte="quoted-printable")
    message.add_attachment(html, maintype="text", subtype="html", filename=f"{view.brief.id}.html",
                           params={"charset": "utf-8"})
    # Boundaries from the content, not random: the same brief and envelope give the same bytes.
    digest = hashlib.sha256(html + text.encode("utf-8")).hexdigest()
    message.set_boundary(f"=_briefing_mixed_{digest[:32]}")
    message.get_payload(0).set_boundary(f"=_briefing_alt_{digest[:32]}")
    return message.as_bytes()
