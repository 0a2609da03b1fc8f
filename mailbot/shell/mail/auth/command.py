"""Tokens from any program that prints one: for providers mailbot has no module for.

The program gets the mailbox in ``MAILBOT_AUTH_USER`` and prints either the bare token
or a JSON object ``{"access_token": ..., "expires_in": seconds}`` on standard output.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
from dataclasses import dataclass

from mailbot.shell.mail.auth.tokens import AccessToken
from mailbot.shell.mail.errors import TokenError

TIMEOUT_S = 60.0


@dataclass(frozen=True)
class CommandTokens:
    command: str
    mailbox: str
    lifetime_s: float = 300.0  # for a bare token, which says nothing of its expiry

    async def __call__(self) -> AccessToken:
        argv = shlex.split(self.command)
        if not argv:
            raise TokenError("auth.command is empty: name a program that prints a token")
        env = {**os.environ, "MAILBOT_AUTH_USER": self.mailbox}
        try:
            process = await asyncio.create_subprocess_exec(
                *argv, env=env, stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            out, err = await asyncio.wait_for(process.communicate(), TIMEOUT_S)
        except OSError as error:
            raise TokenError(f"token command {argv[0]!r} could not run: {error}") from None
        except TimeoutError:
            process.kill()
            raise TokenError(
                f"token command {argv[0]!r} printed no token within {TIMEOUT_S:.0f} s"
            ) from None
        if process.returncode != 0:
            tail = err.decode("utf-8", "replace").strip()[-300:]
            raise TokenError(
                f"token command {argv[0]!r} exited with {process.returncode}: "
                f"{tail or '(nothing on stderr)'}"
            )
        return self._parse(out.decode("utf-8", "replace").strip(), argv[0])

    def _parse(self, text: str, program: str) -> AccessToken:
        if text.startswith("{"):
            try:
                data = json.loads(text)
                return AccessToken(str(data["access_token"]),
                                   float(data.get("expires_in", self.lifetime_s)))
            except (ValueError, KeyError, TypeError):
                raise TokenError(
                    f"token command {program!r} printed JSON without a usable access_token"
                ) from None
        if not text or any(c.isspace() for c in text):
            raise TokenError(
                f"token command {program!r} must print one token (no spaces) or JSON with "
                "access_token; it printed " + ("nothing" if not text else "several words")
            )
        return AccessToken(text, self.lifetime_s)
