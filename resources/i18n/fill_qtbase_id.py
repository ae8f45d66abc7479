"""Qt's own strings in Indonesian, written into qtbase_id.ts (run by update.sh).

PySide6 ships qtbase_*.qm for many languages but none for Indonesian, so the standard buttons,
file dialog, text fields' context menus, input and print dialogs would stay English in the
Indonesian interface. The contexts and source texts below are the ones Qt 6 asks its translators
for (collected by installing a recording translator and opening each standard dialog); the
Indonesian is the project's own. editor/gui/i18n.py loads the compiled qtbase_id.qm next to the
app's translation in the Indonesian interface and removes it in the English one.
"""

import sys
from xml.sax.saxutils import escape

_EDIT_MENU = {
    "&Undo": "&Urungkan",
    "&Redo": "U&lang",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "T&empel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
}

QT_ID: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &semua",
        "&No": "&Tidak",
        "N&o to All": "T&idak untuk semua",
        "Abort": "Batalkan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
    },
    "QGnomeTheme": {
        "&OK": "&OK",
        "&Save": "&Simpan",
        "&Cancel": "&Batal",
        "&Close": "&Tutup",
        "Close without Saving": "Tutup tanpa menyimpan",
    },
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian...",
        "Hide Details...": "Sembunyikan rincian...",
    },
    "QFileDialog": {
        "&Look in:": "&Cari di:",
        "Look in:": "Cari di:",
        "File &name:": "&Nama berkas:",
        "Files of &type:": "&Jenis berkas:",
        "Files of type:": "Jenis berkas:",
        "Directory:": "Folder:",
        "&Open": "&Buka",
        "&Save": "&Simpan",
        "&Choose": "&Pilih",
        "Open": "Buka",
        "Save As": "Simpan sebagai",
        "Find Directory": "Pilih folder",
        "All Files (*)": "Semua berkas (*)",
        "Directories": "Folder",
        "Files": "Berkas",
        "Back": "Kembali",
        "Go back": "Kembali",
        "Forward": "Maju",
        "Go forward": "Maju",
        "Parent Directory": "Folder induk",
        "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "List View": "Tampilan daftar",
        "Change to list view mode": "Tampilkan sebagai daftar",
        "Detail View": "Tampilan rinci",
        "Change to detail view mode": "Tampilkan dengan rincian",
        "Sidebar": "Bilah samping",
        "List of places and bookmarks": "Daftar tempat dan markah",
        "&Rename": "&Ganti nama",
        "&Delete": "&Hapus",
        "Remove": "Hapus",
        "Show ": "Tampilkan ",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "&New Folder": "&Folder baru",
        "New Folder": "Folder baru",
        "Recent Places": "Tempat terakhir",
        "My Computer": "Komputer saya",
        "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right",
        "Alt+Up": "Alt+Up",
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa apakah nama berkasnya benar."
        ),
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFolder tidak ditemukan.\nPeriksa apakah nama foldernya benar."
        ),
        "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "'%1' dilindungi dari penulisan.\nTetap hapus?"
        ),
        "Could not delete directory.": "Folder tidak dapat dihapus.",
    },
    "QFileSystemModel": {
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
        "Kind": "Jenis",
        "Date Modified": "Tanggal diubah",
        "Computer": "Komputer",
        "My Computer": "Komputer saya",
        "Invalid filename": "Nama berkas tidak sah",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters '
        "or no punctuation marks.": (
            '<b>Nama "%1" tidak dapat dipakai.</b><p>Coba nama lain yang lebih pendek atau tanpa '
            "tanda baca."
        ),
    },
    "QAbstractFileIconProvider": {
        "Drive": "Diska",
        "Folder": "Folder",
        "File": "Berkas",
        "%1 File": "Berkas %1",
        "Shortcut": "Pintasan",
        "Unknown": "Tidak dikenal",
    },
    "QLineEdit": dict(_EDIT_MENU),
    "QWidgetTextControl": {**_EDIT_MENU, "Copy &Link Location": "Salin &alamat tautan"},
    "QAbstractSpinBox": {
        "&Select All": "&Pilih semua",
        "&Step up": "&Naik",
        "Step &down": "T&urun",
    },
    "QScrollBar": {
        "Scroll here": "Gulir ke sini",
        "Left edge": "Tepi kiri",
        "Top": "Atas",
        "Right edge": "Tepi kanan",
        "Bottom": "Bawah",
        "Page left": "Satu halaman ke kiri",
        "Page up": "Satu halaman ke atas",
        "Page right": "Satu halaman ke kanan",
        "Page down": "Satu halaman ke bawah",
        "Scroll left": "Gulir ke kiri",
        "Scroll up": "Gulir ke atas",
        "Scroll right": "Gulir ke kanan",
        "Scroll down": "Gulir ke bawah",
    },
    "QTabBar": {"Scroll Left": "Gulir ke kiri", "Scroll Right": "Gulir ke kanan"},
    "QInputDialog": {"Enter a value:": "Masukkan nilai:"},
    "QProgressDialog": {"Cancel": "Batal"},
    "QPrintDialog": {
        "Print": "Cetak",
        "&Print": "&Cetak",
        "&Options >>": "&Opsi >>",
        "&Options <<": "&Opsi <<",
        "All Pages": "Semua halaman",
        "Odd Pages": "Halaman ganjil",
        "Even Pages": "Halaman genap",
        "Local file": "Berkas lokal",
        "Print to File (PDF)": "Cetak ke berkas (PDF)",
        "Write PDF file": "Tulis berkas PDF",
        "Print To File ...": "Cetak ke berkas ...",
    },
    "QPrintWidget": {
        "Form": "Formulir",
        "Printer": "Pencetak",
        "&Name:": "&Nama:",
        "P&roperties": "P&roperti",
        "Location:": "Lokasi:",
        "Preview": "Pratinjau",
        "Type:": "Jenis:",
        "Output &file:": "Berkas &keluaran:",
        "...": "...",
    },
    "QPrintSettingsOutput": {
        "Form": "Formulir",
        "Copies": "Salinan",
        "Copies:": "Salinan:",
        "Collate": "Urutkan per salinan",
        "Reverse": "Urutan terbalik",
        "Print range": "Halaman yang dicetak",
        "Print all": "Cetak semua",
        "Pages from": "Halaman",
        "to": "sampai",
        "Pages": "Halaman",
        "Current Page": "Halaman ini",
        "Selection": "Bagian terpilih",
        "Page &Set:": "&Pilihan halaman:",
        "Options": "Opsi",
        "Output Settings": "Pengaturan keluaran",
        "Color Mode": "Mode warna",
        "Color": "Berwarna",
        "Grayscale": "Hitam-putih",
        "Double Sided Printing": "Cetak bolak-balik",
        "Off": "Mati",
        "Long side binding": "Jilid di sisi panjang",
        "Short side binding": "Jilid di sisi pendek",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
            "Tulis halaman atau rentang halaman dipisah koma; rentang ditulis dua angka dengan "
            "tanda hubung. Misalnya 3,5-7,9 mencetak halaman 3, 5, 6, 7, dan 9."
        ),
    },
}


def write_ts(path: str) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="id" sourcelanguage="en">']  # fmt: skip
    for context, messages in QT_ID.items():
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, target in messages.items():
            out += ["    <message>", f"        <source>{escape(source)}</source>",
                    f"        <translation>{escape(target)}</translation>", "    </message>"]  # fmt: skip
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    write_ts(sys.argv[1])
