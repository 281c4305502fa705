"""A small driver for headless Chromium over the DevTools protocol, for the report's browser test and bench.

    with Chromium(download_dir) as browser:
        browser.open(Path("report.html").resolve().as_uri())
        browser.wait("window.reportReady === true")
        browser.eval("document.title")

Chromium is started with ``--remote-debugging-port=0`` and a fresh profile; the port it chose is
read from ``DevToolsActivePort`` in that profile, and one page is driven through a WebSocket
(``websocket-client``, a test dependency). Nothing leaves the machine: the connection is to
127.0.0.1, and the page under test loads nothing from the network.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-extensions",
    "--window-size=1400,1000",
]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class BrowserError(RuntimeError):
    pass


class Chromium:
    def __init__(self, download_dir: Path | None = None, timeout: float = 60.0):
        self.download_dir = download_dir
        self.timeout = timeout
        self.proc = None
        self.ws = None
        self.session = None
        self._id = 0
        self.events: list[dict] = []

    def __enter__(self) -> Chromium:
        import websocket

        path = chromium_path()
        if path is None:
            raise BrowserError("Chromium is not installed")
        self.profile = tempfile.mkdtemp(prefix="cdp-profile-")
        self.proc = subprocess.Popen(
            [path, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.__exit__(None, None, None)
                raise BrowserError("Chromium did not open its DevTools port")
            time.sleep(0.05)
        port, ws_path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}{ws_path}", timeout=self.timeout, suppress_origin=True
        )
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        if self.download_dir is not None:
            self.send(
                "Browser.setDownloadBehavior",
                {"behavior": "allow", "downloadPath": str(self.download_dir), "eventsEnabled": True},
                session=False,
            )
        self.send("Page.enable")
        self.send("Runtime.enable")
        return self

    def __exit__(self, *exc) -> None:
        if self.ws is not None:
            try:
                self.ws.close()
            except Exception:
                pass
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(getattr(self, "profile", ""), ignore_errors=True)

    def send(self, method: str, params: dict | None = None, session: bool = True) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})

    def eval(self, expression: str, await_promise: bool = True):
        """The value of a JavaScript expression in the page (JSON-serialisable values only)."""
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": await_promise}
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"{expression[:80]}: {text}")
        return result["result"].get("value")

    def wait(self, condition: str, timeout: float | None = None, step: float = 0.02):
        """Poll until the expression is truthy; return its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                value = self.eval(condition)
            except BrowserError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {condition}")
            time.sleep(step)

    def wait_event(self, method: str, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {method}")
            self.ws.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except Exception:
                pass
            finally:
                self.ws.settimeout(self.timeout)
