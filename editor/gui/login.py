"""The team desk's login prompt: the password of the person the desk's address names.

Shown when a PostgreSQL desk asks for a password that neither ~/.pgpass nor PGPASSWORD gave, or
refuses the one given. The user name is the login role in the address and cannot be changed
here: who logs in is who acts on the desk (to work as someone else, change the address in
Pengaturan). The password lives only in the line edit and in the call that opens the desk; it is
never written to the settings, the recent files or a log.
"""

from __future__ import annotations

from editor.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def login_problem(exc: BaseException) -> str:
    """What the dialog says above the password field, for the error that brought it up."""
    from db.errors import LoginNeeded, LoginRefused, ServerUnreachable

    if isinstance(exc, LoginRefused):
        return translate(
            "Login", "Kata sandi untuk {user} salah atau ditolak server. Periksa lalu coba lagi."
        ).format(user=exc.user)
    if isinstance(exc, LoginNeeded):
        return translate("Login", "Meja tim ini meminta kata sandi {user}.").format(user=exc.user)
    if isinstance(exc, ServerUnreachable):
        return translate(
            "Login", "Server basis data tidak menjawab. Periksa jaringan lalu coba lagi. ({msg})"
        ).format(msg=exc)
    return translate("Login", "Basis data tidak dapat dibuka: {msg}").format(msg=exc)


class LoginDialog(QDialog):
    """User name (read only, from the desk's address), masked password, Masuk / Batal."""

    def __init__(self, user: str, server: str, problem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(translate("Login", "Masuk ke meja tim"))
        self.problem = QLabel(problem, objectName="loginProblem", wordWrap=True)
        where = QLabel(
            translate("Login", "Server: {server}").format(server=server), objectName="loginServer"
        )
        self.user = QLineEdit(user, objectName="loginUser")
        self.user.setReadOnly(True)
        self.user.setToolTip(translate(
            "Login", "Nama pengguna berasal dari alamat basis data; untuk masuk sebagai orang "
            "lain, ubah alamatnya di Pengaturan."
        ))  # fmt: skip
        self.password_edit = QLineEdit(objectName="loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("Login", "Nama pengguna"), self.user)
        form.addRow(translate("Login", "Kata sandi"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Login", "Masuk"))
        self.ok_button.setObjectName("loginOk")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("Login", "Batal"))
        self.cancel_button.setObjectName("loginCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def take_password(self) -> str:
        """The typed password, removed from the field (it is not kept by the dialog)."""
        password = self.password_edit.text()
        self.password_edit.clear()
        return password
