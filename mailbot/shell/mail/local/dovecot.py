"""A private Dovecot 2.3 on 127.0.0.1, run from a config written into a temp folder.

Nothing outside the folder is touched: the instance has its own base_dir, state_dir,
log, passwd-file users and maildirs, so it runs beside a system Dovecot and leaves no
trace. Dovecot is the real-world reference the pymap tests are checked against.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import socket
from pathlib import Path

from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.local.tls_cert import CertPair

_READY_SECONDS = 15.0
_NO_USERS = 68  # doveadm kick: nobody was connected
_SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin"])


class DovecotUnavailableError(MailError):
    """Dovecot is not installed here, so the Dovecot-backed servers cannot start."""


class DovecotServer:
    """Listens on implicit TLS when given a certificate, else on plain IMAP.

    ``folder`` and its parents must be traversable by Dovecot's unprivileged users.
    """

    def __init__(self, folder: Path, cert: CertPair | None) -> None:
        self.host = "127.0.0.1"
        self.port = _free_port()
        self.uses_tls = cert is not None
        self._dovecot = _command("dovecot")
        self._doveadm = _command("doveadm")
        self._folder = folder
        self._cert = cert
        self._conf = folder / "dovecot.conf"
        self._passwd = folder / "passwd"
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        """Run Dovecot in the foreground as our child, so that it can never outlive us."""
        self._write_config()
        with (self._folder / "startup.log").open("wb") as output:
            self._process = await asyncio.create_subprocess_exec(
                self._dovecot, "-F", "-c", str(self._conf), stdout=output, stderr=output
            )
        await self._until_listening()

    async def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        # Mail processes outlive the master for a moment: drop the clients first.
        await _run(self._doveadm, "-c", str(self._conf), "kick", "*", ok=(0, _NO_USERS))
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), _READY_SECONDS)
        except TimeoutError:
            process.kill()
            await process.wait()

    async def restart(self) -> None:
        """Restart with rebuilt indexes: mail is kept, UIDVALIDITY and UIDs change."""
        await self.stop()
        for index in self._home_root().rglob("dovecot*"):
            if index.name.startswith(("dovecot-uidlist", "dovecot.index", "dovecot.list")):
                index.unlink()
        await self.start()

    async def add_user(self, name: str, password: str) -> None:
        with self._passwd.open("a", encoding="utf-8") as passwd:
            passwd.write(f"{name}:{{PLAIN}}{password}::::::\n")

    async def kick(self, user: str) -> None:
        """Drop ``user``'s connections, a real mid-session fault."""
        await _run(self._doveadm, "-c", str(self._conf), "kick", user)

    def log(self) -> str:
        """Startup output and the server log, for error messages."""
        paths = [self._folder / "startup.log", self._folder / "dovecot.log"]
        return "".join(p.read_text("utf-8", "replace") for p in paths if p.exists())

    # --- internals ----------------------------------------------------------------

    def _home_root(self) -> Path:
        return self._folder / "home"

    def _write_config(self) -> None:
        for sub in ("run", "state", "home"):
            (self._folder / sub).mkdir(exist_ok=True)
        self._passwd.touch()
        owner = _mail_owner()
        self._folder.chmod(0o755)
        os.chown(self._home_root(), owner.pw_uid, owner.pw_gid)
        self._conf.write_text(self._config_text(owner), encoding="utf-8")

    def _config_text(self, owner: pwd.struct_passwd) -> str:
        folder, tls = self._folder, self.uses_tls
        lines = [
            f"instance_name = mailbot-{folder.parent.name}",
            f"base_dir = {folder}/run",
            f"state_dir = {folder}/state",
            f"log_path = {folder}/dovecot.log",
            "protocols = imap",
            f"listen = {self.host}",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            "auth_failure_delay = 0",
            f"passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN {self._passwd}\n}}",
            "userdb {\n  driver = static\n"
            f"  args = uid={owner.pw_uid} gid={owner.pw_gid} home={folder}/home/%u\n}}",
            "first_valid_uid = 1",
            "mail_location = maildir:~/Maildir",
            "namespace inbox {\n  inbox = yes\n  separator = /\n}",
            "imap_idle_notify_interval = 1 mins",
            f"ssl = {'required' if tls else 'no'}",
            *self._tls_lines(),
            "service imap-login {",
            f"  inet_listener imap {{\n    port = {0 if tls else self.port}\n  }}",
            f"  inet_listener imaps {{\n    port = {self.port if tls else 0}\n    ssl = yes\n  }}",
            "}",
            *_unprivileged_lines(owner),
        ]
        return "\n".join(lines) + "\n"

    def _tls_lines(self) -> list[str]:
        if self._cert is None:
            return []
        return [f"ssl_cert = <{self._cert.cert}", f"ssl_key = <{self._cert.key}"]

    async def _until_listening(self) -> None:
        deadline = asyncio.get_running_loop().time() + _READY_SECONDS
        while True:
            try:
                _, writer = await asyncio.open_connection(self.host, self.port)
            except OSError:
                exited = self._process is None or self._process.returncode is not None
                if exited or asyncio.get_running_loop().time() > deadline:
                    raise DovecotUnavailableError(
                        f"Dovecot did not come up on {self.host}:{self.port} (exited, or not "
                        f"listening within {_READY_SECONDS:.0f}s); its log says:\n{self.log()}"
                    ) from None
                await asyncio.sleep(0.05)
            else:
                writer.close()
                await writer.wait_closed()
                return


def dovecot_available() -> bool:
    return all(shutil.which(name, path=_SEARCH_PATH) for name in ("dovecot", "doveadm"))


def _command(name: str) -> str:
    found = shutil.which(name, path=_SEARCH_PATH)
    if found is None:
        raise DovecotUnavailableError(
            f"'{name}' was not found: install Dovecot (Debian: apt-get install "
            f"dovecot-imapd, or run .ci/install-services) to test against it."
        )
    return found


def _mail_owner() -> pwd.struct_passwd:
    """Dovecot refuses to run mail processes as root, so root lends them to 'nobody'."""
    if os.geteuid() == 0:
        return pwd.getpwnam("nobody")
    return pwd.getpwuid(os.geteuid())


def _unprivileged_lines(owner: pwd.struct_passwd) -> list[str]:
    """Without root, every Dovecot process runs as the invoking user, unchrooted."""
    if os.geteuid() == 0:
        return []
    return [
        f"default_internal_user = {owner.pw_name}",
        f"default_login_user = {owner.pw_name}",
        "service anvil {\n  chroot =\n}",
        "service imap-login {\n  chroot =\n}",
    ]


def _free_port() -> int:
    """A port free now; Dovecot cannot report a port chosen by the kernel."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _run(*argv: str, ok: tuple[int, ...] = (0,)) -> None:
    process = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    output, _ = await process.communicate()
    if process.returncode not in ok:
        raise DovecotUnavailableError(
            f"{' '.join(argv)} failed ({process.returncode}): {output.decode(errors='replace')}"
        )
