"""Where template files are found: a fallback chain of folders under the templates root.

For set ``acme`` and language ``de`` the chain is ``sets/acme/de``, ``de``,
``sets/acme/en``, ``en``: the first folder holding a file wins, file by file, so a set
overrides only what it needs and a language without a translation reads in English.
Includes (``{% include "reply_form.txt" %}``) resolve through the same chain.

Only flat names of known shape are looked up, and a file must stay inside the root after
symlinks are followed, so no name can reach anywhere else on disk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import jinja2

from mailbot.shell.templates.errors import (
    TemplateError,
    TemplateNameError,
    TemplateNotFoundError,
    TemplateSizeError,
)

DEFAULT_SET = "default"
FALLBACK_LANGUAGE = "en"
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")
_SET = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_FILE = re.compile(r"[a-z0-9_]+\.(subject|txt|html)")


def chain(root: Path, template_set: str, language: str) -> tuple[Path, ...]:
    """The folders searched for ``template_set`` and ``language``, most specific first."""
    if not _LANGUAGE.fullmatch(language):
        raise TemplateNameError(f"invalid language {language!r}; expected e.g. 'en' or 'pt-br'")
    if not _SET.fullmatch(template_set):
        raise TemplateNameError(
            f"invalid template set {template_set!r}; use lowercase letters, digits, '-' and '_'"
        )
    languages = dict.fromkeys((language, FALLBACK_LANGUAGE))
    if template_set == DEFAULT_SET:
        return tuple(root / lang for lang in languages)
    set_root = root / "sets" / template_set
    if not set_root.is_dir():
        raise TemplateNotFoundError(f"template set {template_set!r} not found", path=set_root)
    return tuple(folder for lang in languages for folder in (set_root / lang, root / lang))


class ChainLoader(jinja2.BaseLoader):
    """Loads ``name.part`` from the first folder of the chain that has it.

    A cached template stays valid only while its file is unchanged *and* still the one
    the chain resolves to, so adding or deleting an override is picked up without restart.
    """

    def __init__(
        self,
        root: Path,
        folders: tuple[Path, ...],
        max_chars: int,
        drafts: Mapping[Path, str] | None = None,
    ) -> None:
        self.root = root.resolve()
        self.folders = folders
        self.max_chars = max_chars
        # Unsaved edits (the console's editor), read in place of the file at that path.
        self.drafts = dict(drafts or {})

    def locate(self, name: str) -> Path | None:
        if not _FILE.fullmatch(name):
            return None
        for folder in self.folders:
            path = folder / name
            if path in self.drafts or path.is_file():
                return path
        return None

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        path = self.locate(template)
        if path is None:
            raise jinja2.TemplateNotFound(template)
        source, stamp = self._read(path)

        def uptodate() -> bool:
            return self.locate(template) == path and _stamp(path) == stamp

        return source, str(path), uptodate

    def _read(self, path: Path) -> tuple[str, tuple[int, int] | None]:
        if not path.resolve().is_relative_to(self.root):
            raise TemplateNotFoundError("file links outside the templates folder", path=path)
        if path in self.drafts:
            return self._checked(path, self.drafts[path]), None
        stamp = _stamp(path)
        if path.stat().st_size > self.max_chars * 4:  # UTF-8: a cheap bound before reading
            raise TemplateSizeError(f"file is larger than {self.max_chars} characters", path=path)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise TemplateError(f"template file is not UTF-8: {error.reason}", path=path) from None
        return self._checked(path, source), stamp

    def _checked(self, path: Path, source: str) -> str:
        if len(source) > self.max_chars:
            raise TemplateSizeError(
                f"template has {len(source)} characters; the limit is {self.max_chars}", path=path
            )
        return source


def _stamp(path: Path) -> tuple[int, int] | None:
    """Modification time and size: an edit within one clock tick still changes the size."""
    try:
        status = path.stat()
        return status.st_mtime_ns, status.st_size
    except OSError:
        return None
