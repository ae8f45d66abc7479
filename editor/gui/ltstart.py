"""Starting LanguageTool for the desk (settings: off / local / server URL) off the UI thread.

The Indonesian engine never waits for it: the window checks with Sunting's own engine at once and
attaches LanguageTool's backend when it is ready. The first local start must fetch LanguageTool's
jars (hundreds of MB, minutes): a progress dialog shows each file as it arrives and its "Batal"
button stops the download, leaving nothing half-written. A failure or a cancel is one Indonesian
message; Indonesian checks go on as before.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from editor.gui.qt import QCoreApplication, QObject, QProgressDialog, Qt, Signal

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from editor.gui.mainwindow import MainWindow


def _start(mode: str, url: str | None, progress: Any, cancel: threading.Event) -> tuple[Any, Any]:
    from editor.languagetool import start_backend

    return start_backend(mode, url, progress=progress, cancel=cancel)


def _needs_download(mode: str) -> bool:
    if mode != "local":
        return False
    from editor.languagetool.server import jars_ready

    return not jars_ready()


class LanguageToolStarter(QObject):
    """Owns the LanguageTool backend (and the local server it may have started)."""

    line = Signal(str)  # a progress line from the download, emitted on the worker thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backend: Any = None
        self.server: Any = None
        self.key: tuple[str, str] = ("off", "")
        self.busy = False
        self.last_message = ""
        self.dialog: QProgressDialog | None = None
        self._cancel: threading.Event | None = None
        self._gen = 0
        self._files = 0
        self.line.connect(self._progress)

    def configure(self, mode: str, url: str, *, retry: bool = False) -> None:
        """Make LanguageTool match the settings; nothing happens when it already does.

        After a failure or a cancel the same settings are tried again only with ``retry`` (the
        user saved the settings), not on every rebuild of the engine.
        """
        key = (mode, url or "")
        if key == self.key and (mode == "off" or self.backend is not None or self.busy):
            return
        if key == self.key and not retry:
            return
        self.stop()
        self.key = key
        if mode == "off":
            self.window.attach_languagetool(None)
            return
        self._gen += 1
        gen, cancel = self._gen, threading.Event()
        self._cancel = cancel
        self.busy = True
        progress = None
        if _needs_download(mode):
            self._open_dialog()
            progress = self.line.emit
        else:
            self.window.statusBar().showMessage(
                translate("LanguageTool", "Menyalakan LanguageTool…"), 5000
            )
        self.window.tasks.run(
            lambda: _start(mode, url or None, progress, cancel),
            lambda result: self._started(gen, result),
            lambda exc: self._failed(gen, exc),
        )

    def _open_dialog(self) -> None:
        self._files = 0
        dialog = QProgressDialog(
            translate("LanguageTool", "Mengunduh LanguageTool dari Maven Central (sekali saja)…"),
            translate("LanguageTool", "Batal"),
            0,
            0,
            self.window,
        )
        dialog.setObjectName("languageToolDownload")
        dialog.setWindowTitle(translate("LanguageTool", "LanguageTool"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the desk stays usable meanwhile
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(460)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        dialog.show()

    def _progress(self, name: str) -> None:
        if self.dialog is None:
            return
        self._files += 1
        self.dialog.setLabelText(
            translate("LanguageTool", "Mengunduh LanguageTool… {n} berkas\n{name}").format(
                n=self._files, name=name
            )
        )

    def cancel(self) -> None:
        """The dialog's "Batal": stop the download; the worker reports back within a second."""
        if self._cancel is not None:
            self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("LanguageTool", "Membatalkan unduhan…"))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _started(self, gen: int, result: tuple[Any, Any]) -> None:
        backend, server = result
        if gen != self._gen:  # the settings changed meanwhile
            if server is not None:
                server.stop()
            return
        self.busy = False
        self._close_dialog()
        self.backend, self.server = backend, server
        self.window.attach_languagetool(backend)
        self.window.statusBar().showMessage(translate("LanguageTool", "LanguageTool siap"), 5000)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self.busy = False
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._close_dialog()
        if cancelled:
            text = translate("LanguageTool", "Unduhan LanguageTool dibatalkan.")
        else:
            text = translate("LanguageTool", "LanguageTool tidak dapat dinyalakan: {msg}").format(
                msg=str(exc).strip() or type(exc).__name__
            )
        text += " " + translate(
            "LanguageTool",
            "Pemeriksaan bahasa Indonesia tetap berjalan; rilis berbahasa Inggris diperiksa "
            "tanpa LanguageTool sampai LanguageTool dinyalakan lagi di Pengaturan.",
        )
        self.last_message = text
        self.window.show_error(text)

    def stop(self) -> None:
        """Cancel a start under way and stop the local server (settings changed, window closed)."""
        self._gen += 1
        if self._cancel is not None:
            self._cancel.set()
        self._close_dialog()
        if self.server is not None:
            self.server.stop()
        self.backend = self.server = None
        self.busy = False
