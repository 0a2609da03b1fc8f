"""The demo's (and the integration tests') company: addresses, mailboxes and settings for the
bot running against a ``LocalMailSystem`` on 127.0.0.1."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from mailbot.shell.config import Settings
from mailbot.shell.mail.local.servers import LocalMailSystem

DOMAIN = "buyer.example"
BOT_USER = "procurement"  # the mailbox the bot reads and sends from
BUYER_USER = "alex"  # the human buyer: escalations and deal summaries


@dataclass(frozen=True)
class Company:
    bot_address: str = f"{BOT_USER}@{DOMAIN}"
    buyer_address: str = f"{BUYER_USER}@{DOMAIN}"
    buyer_name: str = "Alex Morgan"
    company: str = "Example Manufacturing"


def mail_users(supplier_users: list[str]) -> dict[str, str]:
    """Every mailbox on the local server, each with a random password."""
    return {user: secrets.token_hex(8) for user in [BOT_USER, BUYER_USER, *supplier_users]}


def local_settings(
    mail: LocalMailSystem,
    *,
    database_url: str,
    templates_dir: Path,
    company: Company = Company(),
) -> Settings:
    """Settings for the bot on the local servers (plain sockets: localhost only)."""
    imap = mail.imap_settings(BOT_USER)
    smtp = mail.smtp_settings()
    return Settings(
        database_url=database_url,
        templates_dir=templates_dir,
        bot={
            "address": company.bot_address,
            "name": company.buyer_name,
            "company": company.company,
            "buyer_mailbox": company.buyer_address,
            "reply_token_secret": secrets.token_hex(32),
        },
        imap={
            "host": imap.host,
            "port": imap.port,
            "username": imap.username,
            "password": imap.password,
            "security": imap.security,
            "ca_file": imap.ca_file,
        },
        smtp={
            "host": smtp.host,
            "port": smtp.port,
            "username": smtp.username or "",
            "security": smtp.security,
            "ca_file": smtp.ca_file,
        },
    )
