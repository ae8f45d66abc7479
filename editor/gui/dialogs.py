"""Dialogs: settings (persisted), the house dictionary manager, and the edit-conflict viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.checks.finding import CATEGORIES
from editor.gui import categories
from editor.gui.i18n import LANGUAGES
from editor.gui.labels import role_label
from editor.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from editor.gui.settings import LT_MODES, ROLES, load_settings, save_settings

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from editor.gui.mainwindow import MainWindow


class ConflictDialog(QDialog):
    """Someone else saved first: both texts side by side; nothing was overwritten."""

    def __init__(self, theirs: str, yours: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(translate("Dialogs", "Konflik suntingan"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Dialogs",
            "Rilis ini disimpan orang lain sejak Anda membukanya. Kedua teks disimpan; tidak ada "
            "yang tertimpa. Salin bagian yang Anda perlukan lalu simpan ulang."), wordWrap=True))  # fmt: skip
        row = QHBoxLayout()
        for title, text, name in ((translate("Dialogs", "Teks tersimpan (orang lain)"), theirs, "theirsText"),
                                  (translate("Dialogs", "Teks Anda"), yours, "yoursText")):  # fmt: skip
            box = QGroupBox(title)
            bl = QVBoxLayout(box)
            view = QPlainTextEdit(text, objectName=name, readOnly=True)
            bl.addWidget(view)
            row.addWidget(box)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("Dialogs", "Pengaturan"))
        self.resize(720, 560)
        self.settings = load_settings()
        tabs = QTabWidget(objectName="settingsTabs")
        tabs.addTab(self._general(), translate("Dialogs", "Umum"))
        tabs.addTab(self._office(), translate("Dialogs", "Profil kantor"))
        tabs.addTab(self._style(), translate("Dialogs", "Gaya selingkung"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Dialogs", "Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Dialogs", "Batal")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self._load_profile()

    def _general(self) -> QWidget:
        s = self.settings
        page = QWidget()
        form = QFormLayout(page)
        self.user_name = QLineEdit(s.user_name, objectName="userName")
        self.role = QComboBox(objectName="userRole")
        for r in ROLES:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(ROLES.index(s.role))
        desk = self.window_.desk
        if desk is not None and not desk.db.is_sqlite:
            # a server desk: who acts is the login role the address names, not a setting
            self.user_name.setText(desk.user)
            self.role.setCurrentIndex(max(0, self.role.findData(self.window_.role)))
            for widget in (self.user_name, self.role):
                widget.setEnabled(False)
                widget.setToolTip(translate(
                    "Dialogs", "Di meja tim PostgreSQL, nama dan peran adalah peran login di "
                    "alamat basis data; untuk masuk sebagai orang lain, ubah alamatnya."
                ))  # fmt: skip
        self.db_url = QLineEdit(s.db_url, objectName="dbUrl")
        self.db_url.setPlaceholderText(
            translate("Dialogs", "Kosong: berkas SQLite bawaan; atau postgresql://…")
        )
        self.test_btn = QPushButton(
            translate("Dialogs", "Uji koneksi"), objectName="testConnectionButton"
        )
        self.test_btn.clicked.connect(self.test_connection)
        self.db_result = QLabel(objectName="dbResult", wordWrap=True)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_url, 1)
        db_row.addWidget(self.test_btn)
        self.lt_mode = QComboBox(objectName="ltMode")
        for mode, label in zip(
            LT_MODES,
            (
                translate("Dialogs", "Mati"),
                translate("Dialogs", "Lokal"),
                translate("Dialogs", "Server"),
            ),
            strict=True,
        ):
            self.lt_mode.addItem(label, mode)
        self.lt_mode.setCurrentIndex(LT_MODES.index(s.lt_mode))
        self.lt_url = QLineEdit(s.lt_url, objectName="ltUrl")
        self.lt_url.setPlaceholderText("http://localhost:8081")
        self.language = QComboBox(objectName="uiLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(s.ui_language))
        form.addRow(translate("Dialogs", "Nama pengguna"), self.user_name)
        form.addRow(translate("Dialogs", "Peran"), self.role)
        form.addRow(translate("Dialogs", "Basis data"), db_row)
        form.addRow("", self.db_result)
        form.addRow(translate("Dialogs", "LanguageTool"), self.lt_mode)
        form.addRow(translate("Dialogs", "Alamat server LanguageTool"), self.lt_url)
        form.addRow(translate("Dialogs", "Bahasa antarmuka"), self.language)
        return page

    def _office(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.institution = QPlainTextEdit(objectName="institutionLines")
        self.institution.setFixedHeight(70)
        self.address = QLineEdit(objectName="officeAddress")
        self.telephone = QLineEdit(objectName="officeTelephone")
        self.email = QLineEdit(objectName="officeEmail")
        self.website = QLineEdit(objectName="officeWebsite")
        self.place = QLineEdit(objectName="officePlace")
        self.numbering = QLineEdit(objectName="officeNumbering")
        self.numbering.setPlaceholderText("{seq:03d}/SP/{month_roman}/{year}")
        self.numbering.setToolTip(translate(
            "Dialogs", "Nomor urut per tahun: {seq:03d}; bulan Romawi: {month_roman}; tahun: {year}"
        ))  # fmt: skip
        self.logo_path = QLineEdit(objectName="logoPath")
        self.logo_path.textChanged.connect(self._preview_logo)
        pick = QPushButton(translate("Dialogs", "Pilih logo…"))
        pick.clicked.connect(self._pick_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(pick)
        self.logo_preview = QLabel(translate("Dialogs", "(tanpa logo)"), objectName="logoPreview")
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc;")
        form.addRow(
            translate("Dialogs", "Nama instansi (kop, satu baris per baris)"), self.institution
        )
        form.addRow(translate("Dialogs", "Alamat"), self.address)
        form.addRow(translate("Dialogs", "Telepon"), self.telephone)
        form.addRow(translate("Dialogs", "Surel"), self.email)
        form.addRow(translate("Dialogs", "Laman"), self.website)
        form.addRow(translate("Dialogs", "Kota untuk tanggal"), self.place)
        form.addRow(translate("Dialogs", "Pola nomor siaran pers"), self.numbering)
        form.addRow(translate("Dialogs", "Logo"), logo_row)
        form.addRow("", self.logo_preview)
        return page

    def _style(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel(translate("Dialogs", "Kategori pemeriksaan yang aktif:")), 0, 0, 1, 2)
        self.category_boxes: dict[str, QCheckBox] = {}
        for i, cat in enumerate(CATEGORIES):
            box = QCheckBox(categories.label(cat), objectName=f"category_{cat}")
            box.setChecked(cat not in self.settings.disabled_categories)
            self.category_boxes[cat] = box
            grid.addWidget(box, 1 + i // 2, i % 2)
        return page

    # -- office profile (stored in the database, shared by the team) ---------------------------
    def _load_profile(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        self.window_.db_tasks.run(desk.office_profile, self._show_profile)

    def _show_profile(self, profile: dict[str, Any]) -> None:
        lines = profile.get("institution_lines") or []
        self.institution.setPlainText("\n".join(lines) if isinstance(lines, list) else str(lines))
        for key, edit in (("address", self.address), ("telephone", self.telephone),
                          ("email", self.email), ("website", self.website),
                          ("place", self.place), ("logo_path", self.logo_path),
                          ("numbering", self.numbering)):  # fmt: skip
            edit.setText(str(profile.get(key) or ""))
        self._profile = profile

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Dialogs", "Pilih logo"), "", "Gambar (*.png *.jpg)"
        )
        if path:
            self.logo_path.setText(path)

    def _preview_logo(self, path: str) -> None:
        pix = QPixmap(path) if path else QPixmap()
        if pix.isNull():
            self.logo_preview.setText(
                translate("Dialogs", "(tanpa logo)")
                if not path
                else translate("Dialogs", "(tidak terbaca)")
            )
            return
        self.logo_preview.setPixmap(pix.scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def profile(self) -> dict[str, Any]:
        profile = dict(getattr(self, "_profile", {}))
        lines = [x.strip() for x in self.institution.toPlainText().splitlines() if x.strip()]
        profile.update(institution_lines=lines, address=self.address.text().strip(),
                       telephone=self.telephone.text().strip(), email=self.email.text().strip(),
                       website=self.website.text().strip(), place=self.place.text().strip(),
                       logo_path=self.logo_path.text().strip())  # fmt: skip
        if self.numbering.text().strip():
            profile["numbering"] = self.numbering.text().strip()
        else:
            profile.pop("numbering", None)
        return profile

    # -- actions --------------------------------------------------------------------------------
    def test_connection(self) -> None:
        url = self.db_url.text().strip() or None
        self.db_result.setText(translate("Dialogs", "Menguji…"))

        def work() -> str:
            from db.database import open_database

            db = open_database(url, upgrade=False)
            try:
                with db.engine.connect():
                    pass
            finally:
                db.dispose()
            return translate("Dialogs", "Koneksi berhasil.")

        self.window_.tasks.run(
            work,
            self.db_result.setText,
            lambda exc: self.db_result.setText(translate("Dialogs", "Gagal: {e}").format(e=exc)),
        )

    def save(self) -> None:
        s = self.settings
        old_categories, old_language = set(s.disabled_categories), s.ui_language
        if self.user_name.isEnabled():  # on a server desk they are the login role's, not ours
            s.user_name = self.user_name.text().strip() or s.user_name
            s.role = self.role.currentData()
        s.db_url = self.db_url.text().strip()
        s.lt_mode = self.lt_mode.currentData()
        s.lt_url = self.lt_url.text().strip()
        s.ui_language = self.language.currentData()
        s.disabled_categories = sorted(
            c for c, b in self.category_boxes.items() if not b.isChecked()
        )
        save_settings(s)
        w = self.window_
        w.settings = s
        if w.desk is not None:
            profile, desk = self.profile(), w.desk
            if profile.get("institution_lines"):
                w.db_tasks.run(lambda: desk.save_office_profile(profile))
        if set(s.disabled_categories) != old_categories:
            w.load_engine()
        w.lt.configure(s.lt_mode, s.lt_url, retry=True)
        if s.ui_language != old_language:
            from editor.gui.i18n import install_translator
            from editor.gui.qt import QApplication

            install_translator(QApplication.instance(), s.ui_language)  # windows retranslate
        self.accept()


class DictionaryDialog(QDialog):
    """The house dictionary: search, add, remove, and who added what."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(translate("Dialogs", "Kamus kantor"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(objectName="dictionarySearch")
        self.search.setPlaceholderText(translate("Dialogs", "Cari kata…"))
        self.search.textChanged.connect(self._filter)
        self.table = QTreeWidget(objectName="dictionaryList")
        self.table.setHeaderLabels(
            [
                translate("Dialogs", "Kata"),
                translate("Dialogs", "Tindakan"),
                translate("Dialogs", "Oleh"),
                translate("Dialogs", "Tanggal"),
            ]
        )
        self.table.setRootIsDecorated(False)
        row = QHBoxLayout()
        self.new_word = QLineEdit(objectName="newWord")
        self.new_word.setPlaceholderText(translate("Dialogs", "Kata baru"))
        add = QPushButton(translate("Dialogs", "Tambah"), objectName="addWordButton")
        add.clicked.connect(self.add)
        remove = QPushButton(translate("Dialogs", "Hapus"), objectName="removeWordButton")
        remove.clicked.connect(self.remove)
        row.addWidget(self.new_word, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        desk = self.window_.desk
        if desk is not None:
            self.window_.db_tasks.run(desk.words, self._show)

    def _show(self, entries: list) -> None:
        self.table.clear()
        actions = {
            "accept": translate("Dialogs", "diterima"),
            "reject": translate("Dialogs", "ditolak"),
            "replace": translate("Dialogs", "diganti"),
        }
        for e in entries:
            action = actions.get(e.action, e.action)
            if e.replacement:
                action += f" → {e.replacement}"
            when = e.created_at.astimezone().strftime("%d-%m-%Y")
            item = QTreeWidgetItem([e.word, action, e.user, when])
            item.setData(0, Qt.ItemDataRole.UserRole, e.word)
            self.table.addTopLevelItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setHidden(bool(needle) and needle not in item.text(0).lower())

    def _changed(self) -> None:
        self.reload()
        self.window_.load_engine()

    def add(self) -> None:
        word, desk = self.new_word.text().strip(), self.window_.desk
        if word and desk is not None:
            self.new_word.clear()
            self.window_.db_tasks.run(lambda: desk.add_word(word), lambda _r: self._changed())

    def remove(self) -> None:
        item, desk = self.table.currentItem(), self.window_.desk
        if item is not None and desk is not None:
            word = item.data(0, Qt.ItemDataRole.UserRole)
            self.window_.db_tasks.run(lambda: desk.remove_word(word), lambda _r: self._changed())
