"""A small Chrome DevTools Protocol client for the browser tests: starts headless Chromium
with a fresh profile, talks to it over its websocket (the ``websocket-client`` package)
and records console messages, exceptions and network requests per tab."""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                  "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                  "--remote-debugging-port=0", "--window-size=1400,900"]
TIMEOUT = 60


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


class Page:
    """One browser tab attached with a flat CDP session; records console, errors and requests."""

    def __init__(self, browser: "Browser", session: str, target: str):
        self.browser, self.session, self.target = browser, session, target
        self.events: list[dict] = []

    def enable(self) -> "Page":
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        return self

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def navigate(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event(self.session, "Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = TIMEOUT) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.evaluate(f"!!({expression})"):
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}")

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def mouse(self, kind: str, x: float, y: float) -> None:
        params = {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none"}
        if kind != "mouseMoved":
            params["clickCount"] = 1
        self.send("Input.dispatchMouseEvent", params)

    # -- what happened ----------------------------------------------------------------
    def errors(self) -> list[str]:
        self.browser.drain()
        out = []
        for ev in self.events:
            m, p = ev["method"], ev.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p.get("exceptionDetails", {}))[:500])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(p["entry"].get("text", ""))
        return out

    def requests(self) -> list[str]:
        self.browser.drain()
        return [ev["params"]["request"]["url"] for ev in self.events if ev["method"] == "Network.requestWillBeSent"]


class Browser:
    """Headless Chromium with a fresh profile, talked to over its DevTools websocket."""

    def __init__(self, chromium: str, profile: Path):
        import websocket  # the ``websocket-client`` package (test extra)

        self.profile = profile
        self.log = (profile.parent / "chromium.log").open("wb")
        self.proc = subprocess.Popen([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        end = time.monotonic() + TIMEOUT
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > end:
                raise RuntimeError(f"chromium did not start; see {self.log.name}")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=TIMEOUT,
                                              suppress_origin=True)
        self.ids = itertools.count(1)
        self.pages: dict[str, Page] = {}

    def _dispatch(self, message: dict) -> None:
        page = self.pages.get(message.get("sessionId"))
        if page is not None and "method" in message:
            page.events.append(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        msg_id = next(self.ids)
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == msg_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._dispatch(message)

    def wait_event(self, session: str, method: str, timeout: float = TIMEOUT) -> dict:
        page = self.pages[session]
        seen = len(page.events)
        end = time.monotonic() + timeout
        self.ws.settimeout(1)
        try:
            while time.monotonic() < end:
                for ev in page.events[seen:]:
                    if ev["method"] == method:
                        return ev
                seen = len(page.events)
                try:
                    self._dispatch(json.loads(self.ws.recv()))
                except Exception as exc:  # websocket timeout: keep waiting
                    if "timed out" not in str(exc).lower():
                        raise
        finally:
            self.ws.settimeout(TIMEOUT)
        raise AssertionError(f"no {method} within {timeout} s")

    def drain(self) -> None:
        """Read the events already sent (without waiting for more)."""
        self.ws.settimeout(0.2)
        try:
            while True:
                self._dispatch(json.loads(self.ws.recv()))
        except Exception:
            pass
        finally:
            self.ws.settimeout(TIMEOUT)

    def new_page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = self.pages[session] = Page(self, session, target)
        return page.enable()

    def close_page(self, page: Page) -> None:
        self.send("Target.closeTarget", {"targetId": page.target})
        self.pages.pop(page.session, None)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.ws.close()
        finally:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.log.close()


def open_view(page: Page, html: Path) -> None:
    page.navigate(html.resolve().as_uri())
    page.wait_for("window.kgView && window.kgView.ready")
