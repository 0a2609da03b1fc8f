"""The console in a real browser: headless Chromium (Debian's) driven by Selenium, against
the console served by uvicorn on 127.0.0.1, over a store the real bot filled by talking
to the local IMAP and SMTP servers. One browser for the whole session.

Skipped when Chromium is not installed locally; under CI (CI=true) a missing Chromium
fails the run, since .ci/install-services installs it. The README's screenshots come from
here: ``MAILBOT_SCREENSHOTS=1 .venv/bin/pytest tests/web/test_console_browser.py`` writes
them to docs/ (otherwise they go to a temporary folder).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from sqlmodel import Session
from support.web_client import free_port

from mailbot.demo.environment import BOT_USER, local_settings, mail_users
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.accounts import add_user
from mailbot.shell.config import ConsoleSettings, Settings
from mailbot.shell.files.policies import load_policy, read_policy_text
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.service import Mailbot
from mailbot.shell.start import start_negotiations
from mailbot.shell.store.models import Negotiation, Role
from mailbot.shell.templates.context import SupplierInfo
from mailbot.shell.wiring import build_mailbot
from mailbot.web.app import create_app
from mailbot.web.console import build_console

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support import expected_conditions as seen  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1360,900")
PASSWORD = "browser test password"
SUPPLIERS = (
    SupplierInfo("Polyfilm Ltd", "sales@polyfilm.example", "Stretch film 23 micron", 14.20,
                 "USD", 120_000),
    SupplierInfo("Boxco Packaging", "orders@boxco.example", "Corrugated boxes 40x30", 6.00,
                 "USD", 120_000),
    SupplierInfo("Quickseal Tapes", "hello@quickseal.example", "Packing tape 48mm", 2.10,
                 "USD", 120_000),
)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing in CI: .ci/install-services should install "
                        "the Debian packages chromium and chromium-driver")
        pytest.skip("Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium')}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()


@dataclass
class Live:
    """The bot on the local mail servers, and the console served over its store."""

    mail: LocalMailSystem
    settings: Settings
    bot: Mailbot
    url: str
    driver: WebDriver
    folder: Path

    async def step(self) -> None:
        """One poll and one flush against the real servers, as the loop would run them."""
        async with ImapInbox(self.mail.imap_settings(BOT_USER)) as inbox:
            await self.bot.poll(inbox)
        async with SmtpOutbox(self.mail.smtp_settings()) as outbox:
            await self.bot.flush(outbox)

    async def supplier_replies(self, who: SupplierInfo, body: str) -> None:
        latest = [d for d in self.mail.delivered if who.email in d.recipients][-1]
        raw = reply_to(latest.raw, body, sender=who.email, sender_name=who.name,
                       now=self.bot.clock())
        await self.mail.append(BOT_USER, raw)
        await self.step()

    def to(self, who: SupplierInfo) -> list[str]:
        return [plain_text(d.raw) for d in self.mail.delivered if who.email in d.recipients]

    def open(self, path: str) -> None:
        self.driver.get(self.url + path)

    def sign_in(self, name: str = "alice") -> None:
        self.open("/login")
        self.driver.find_element(By.ID, "name").send_keys(name)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.ID, "sign-in").click()
        self.wait(seen.presence_of_element_located((By.CSS_SELECTOR, "form.logout")))

    def wait(self, condition: object, timeout: float = 10) -> object:
        """Until ``condition`` holds; an element replaced by a navigation is looked up again."""
        wait = WebDriverWait(self.driver, timeout,
                             ignored_exceptions=(StaleElementReferenceException,))
        return wait.until(condition)  # type: ignore[arg-type]

    def main_text(self) -> str:
        return str(self.driver.find_element(By.TAG_NAME, "main").text)

    def state(self, negotiation_id: int) -> str:
        with Session(self.bot.db) as session:
            n = session.get(Negotiation, negotiation_id)
            assert n is not None
            return n.state

    def screenshot(self, name: str) -> None:
        folder = DOCS if os.environ.get("MAILBOT_SCREENSHOTS") == "1" else self.folder
        folder.mkdir(exist_ok=True)
        assert self.driver.save_screenshot(str(folder / name))


@pytest.fixture
async def live(browser: WebDriver, tmp_path: Path) -> AsyncIterator[Live]:
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "policies", tmp_path / "policies")
    users = mail_users([s.email.split("@")[0] for s in SUPPLIERS])
    async with LocalMailSystem(users) as mail:
        settings = local_settings(mail, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
                                  templates_dir=tmp_path / "templates")
        bot = build_mailbot(settings)
        policy_path = tmp_path / "policies" / "packaging_renewal.yaml"
        start_negotiations(bot.db, bot.actions, load_policy(policy_path),
                           read_policy_text(policy_path), list(SUPPLIERS), bot.clock())
        add_user(bot.db, "alice", Role.BUYER, PASSWORD, bot.clock())
        web = settings.web.model_copy(update={"policies_dir": tmp_path / "policies",
                                              "history_dir": tmp_path / "history"})
        add_user(bot.db, "admin", Role.ADMIN, PASSWORD, bot.clock())
        console = build_console(ConsoleSettings.of(settings).model_copy(update={"web": web}),
                                db=bot.db)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(console), host="127.0.0.1",
                                               port=port, log_level="warning", lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        site = Live(mail, settings, bot, f"http://127.0.0.1:{port}", browser, tmp_path)
        await site.step()  # the opening offers go out
        await site.supplier_replies(SUPPLIERS[0], "Due to rising resin costs we need a "
                                    "3% price increase from next month.")
        await site.supplier_replies(SUPPLIERS[2], "We can offer a 2% reduction and "
                                    "payment at Net 45.")
        try:
            yield site
        finally:
            browser.delete_all_cookies()
            server.should_exit = True
            await asyncio.to_thread(thread.join, 10)


async def test_an_anonymous_visitor_is_sent_to_login(live: Live) -> None:
    live.open("/escalations")
    live.wait(seen.url_contains("/login?next=/escalations"))
    assert live.driver.find_element(By.ID, "sign-in").is_displayed()


async def test_sign_in_and_list_the_negotiations(live: Live) -> None:
    live.sign_in()
    live.open("/negotiations")
    rows = live.driver.find_elements(By.CSS_SELECTOR, "#negotiations-table tbody tr")
    assert len(rows) == 3
    assert "waiting for buyer" in live.driver.find_element(By.ID, "negotiations-table").text
    live.screenshot("console-negotiations.png")
    search = live.driver.find_element(By.ID, "q")
    search.send_keys("boxco")
    live.wait(lambda d: "1 negotiation(s)" in d.find_element(By.ID, "negotiations").text)
    assert "q=boxco" in live.driver.current_url  # htmx pushed the filter into the URL


async def test_open_a_thread_with_the_reading_and_its_evidence(live: Live) -> None:
    live.sign_in()
    live.open("/negotiations")
    live.driver.find_element(By.LINK_TEXT, "Quickseal Tapes").click()
    live.wait(seen.presence_of_element_located((By.ID, "audit")))
    page = live.driver.find_element(By.TAG_NAME, "main").text
    assert "Read as counter" in page and "accepted within policy" not in page
    marks = [m.text for m in live.driver.find_elements(By.CSS_SELECTOR, "pre.body mark")]
    assert any("2%" in m for m in marks) and any("45" in m for m in marks)
    assert "sent" in live.driver.find_element(By.CSS_SELECTOR, ".outbox").text
    reply = live.driver.find_element(By.CSS_SELECTOR, "article.email.in")
    live.driver.execute_script("arguments[0].scrollIntoView(); window.scrollBy(0, -60);", reply)
    live.screenshot("console-thread.png")


async def test_approve_an_escalation_and_the_supplier_receives_the_email(live: Live) -> None:
    live.sign_in()
    live.open("/escalations")
    card = live.driver.find_element(By.ID, "waiting-1")
    assert "Due to rising resin costs" in card.text
    live.screenshot("console-escalations.png")
    card.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
    live.wait(lambda d: "Deal closed" in d.find_element(By.TAG_NAME, "main").text)
    assert live.state(1) == "agreed"
    before = len(live.to(SUPPLIERS[0]))
    await live.step()  # the loop's outbox run sends what the console queued
    await live.mail.wait_for_deliveries(len(live.mail.delivered))
    received = live.to(SUPPLIERS[0])[before:]
    assert len(received) == 1 and "3%" in received[0]


async def test_a_counter_outside_the_policy_is_refused_with_a_message(live: Live) -> None:
    live.sign_in()
    live.open("/escalations")
    card = live.driver.find_element(By.ID, "waiting-1")
    card.find_element(By.NAME, "terms").send_keys("+5% net 30")
    card.find_element(By.CSS_SELECTOR, "button[value=counter]").click()
    live.wait(lambda d: "Not applied" in d.find_element(By.TAG_NAME, "main").text)
    assert live.state(1) == "waiting_buyer"


async def test_edit_a_template_see_the_preview_then_the_email_change(live: Live) -> None:
    sentence = "We value our eleven years of partnership."
    live.sign_in("admin")
    live.open("/templates/edit?file=en/counter_offer.txt")
    live.wait(seen.presence_of_element_located((By.ID, "preview-text")))
    assert sentence not in live.driver.find_element(By.ID, "preview-text").text
    source = live.driver.find_element(By.ID, "source")
    source.send_keys(f"\n{sentence}\n")
    live.wait(lambda d: sentence in d.find_element(By.ID, "preview-text").text)
    live.driver.find_element(By.ID, "save").click()
    live.wait(lambda d: "Saved en/counter_offer.txt" in d.find_element(By.TAG_NAME, "main").text)
    live.open("/escalations")
    card = live.driver.find_element(By.ID, "waiting-1")
    card.find_element(By.NAME, "terms").send_keys("4% net 50")
    card.find_element(By.CSS_SELECTOR, "button[value=counter]").click()
    live.wait(lambda d: "Counter-offer sent" in d.find_element(By.TAG_NAME, "main").text)
    before = len(live.to(SUPPLIERS[0]))
    await live.step()
    received = live.to(SUPPLIERS[0])[before:]
    assert len(received) == 1 and sentence in received[0] and "Net 50" in received[0]


async def test_a_policy_edit_shows_its_error_on_the_field(live: Live) -> None:
    live.sign_in("admin")
    live.open("/policies/edit?name=packaging_renewal.yaml")
    editor = live.driver.find_element(By.ID, "policy-text")
    text = str(editor.get_attribute("value"))
    live.driver.execute_script(
        "arguments[0].value = arguments[1];", editor, text.replace("walk_away: 45", "walk_away: 90")
    )
    live.driver.find_element(By.ID, "check").click()
    problem = live.wait(seen.presence_of_element_located(
        (By.CSS_SELECTOR, 'tr.problem[data-field="levers.payment_days.walk_away"]')))
    assert "walk" in problem.text.lower()  # type: ignore[attr-defined]
    field = live.driver.find_element(
        By.CSS_SELECTOR, 'tr.has-problem[data-field="levers.payment_days.walk_away"]')
    assert "90" in field.text


async def test_a_post_without_the_csrf_token_is_refused(live: Live) -> None:
    live.sign_in()
    live.open("/escalations")
    status = live.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/escalations/1', {method: 'POST', credentials: 'same-origin',"
        " headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
        " body: 'action=approve'}).then(r => done(r.status));"
    )
    assert status == 403
    assert live.state(1) == "waiting_buyer"
