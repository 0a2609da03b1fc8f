"""The console's users: Argon2 hashes in the store, never the password; and the
``mailbot users`` commands that manage them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.shell.accounts import (
    AccountError,
    add_user,
    authenticate,
    remove_user,
    set_password,
)
from mailbot.shell.store.models import AuditEvent, ConsoleUser, Role
from mailbot.shell.wiring import open_database

NOW = datetime(2026, 3, 1, tzinfo=UTC)
PASSWORD = "correct horse battery"


def test_a_user_signs_in_with_their_password_only(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'u.sqlite3'}")
    user = add_user(db, "Alex", Role.ADMIN, PASSWORD, NOW)
    assert user.name == "alex" and user.is_admin
    with Session(db) as session:
        row = session.exec(select(ConsoleUser)).one()
    assert row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    assert authenticate(db, "alex", PASSWORD, NOW) == user
    assert authenticate(db, "alex", "correct horse batterY", NOW) is None
    assert authenticate(db, "nobody", PASSWORD, NOW) is None


def test_names_passwords_and_duplicates_are_checked(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'u.sqlite3'}")
    with pytest.raises(AccountError, match="at least 10 characters"):
        add_user(db, "alex", Role.BUYER, "short", NOW)
    with pytest.raises(AccountError, match="not a user name"):
        add_user(db, "alex smith", Role.BUYER, PASSWORD, NOW)
    add_user(db, "alex", Role.BUYER, PASSWORD, NOW)
    with pytest.raises(AccountError, match="exists"):
        add_user(db, "ALEX", Role.BUYER, PASSWORD, NOW)


def test_a_new_password_changes_the_fingerprint_and_removal_ends_sign_in(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'u.sqlite3'}")
    before = add_user(db, "alex", Role.BUYER, PASSWORD, NOW)
    set_password(db, "alex", "another long password", NOW)
    after = authenticate(db, "alex", "another long password", NOW)
    assert after is not None and after.fingerprint != before.fingerprint
    remove_user(db, "alex", NOW)
    assert authenticate(db, "alex", "another long password", NOW) is None
    with Session(db) as session:
        reasons = session.exec(select(AuditEvent.reason).where(AuditEvent.kind == "console"))
        assert list(reasons) == ["user_added", "password_changed", "user_removed"]


def test_users_commands_need_only_a_database_url(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no mailbot.toml here
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'u.sqlite3'}")
    runner = CliRunner()
    added = runner.invoke(app, ["users", "add", "alex", "--role", "admin", "--password-stdin"],
                          input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    assert "Added alex (admin)" in added.output
    listed = runner.invoke(app, ["users", "list"])
    assert "alex\tadmin\tlast sign-in never" in listed.output
    again = runner.invoke(app, ["users", "add", "alex", "--password-stdin"], input=PASSWORD)
    assert again.exit_code == 1 and "exists" in again.output
    bad_role = runner.invoke(app, ["users", "add", "kim", "--role", "root", "--password-stdin"],
                             input=PASSWORD)
    assert bad_role.exit_code == 2


def test_users_role_changes_a_role_and_keeps_the_last_admin(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'u.sqlite3'}")
    runner = CliRunner()
    for name, role in (("alex", "admin"), ("kim", "buyer")):
        runner.invoke(app, ["users", "add", name, "--role", role, "--password-stdin"],
                      input=PASSWORD + "\n")
    kept = runner.invoke(app, ["users", "role", "alex", "buyer"])
    assert kept.exit_code == 1 and "only admin" in kept.output
    promoted = runner.invoke(app, ["users", "role", "kim", "admin"])
    assert promoted.exit_code == 0 and "kim is now an admin" in promoted.output
    assert runner.invoke(app, ["users", "role", "alex", "buyer"]).exit_code == 0
    listed = runner.invoke(app, ["users", "list"]).output
    assert "alex\tbuyer" in listed and "kim\tadmin" in listed
    assert runner.invoke(app, ["users", "role", "kim", "root"]).exit_code == 2
