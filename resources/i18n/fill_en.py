"""English translations of the interface, written into sunting_en.ts (run by update.sh).

The sources carry the Indonesian text; pyside6-lupdate collects it into the .ts file, this script
fills in the English of any message that has none yet, and pyside6-lrelease compiles the .qm.
A new string without an entry below is listed as missing (and stays Indonesian in English mode).
"""

import sys
import xml.etree.ElementTree as ET

EN = {
    "Judul": "Title",
    "Status": "Status",
    "Penulis": "Writer",
    "Diperbarui": "Updated",
    "Cari judul atau isi…": "Search title or text…",
    "Semua status": "All statuses",
    "Ejaan dan salah ketik": "Spelling and typos",
    "Kata tidak baku": "Non-standard words",
    "Penulisan kata": "Word forms",
    "Huruf kapital": "Capitalisation",
    "Tanda baca": "Punctuation",
    "Singkatan dan gelar": "Abbreviations and titles",
    "Angka dan bilangan": "Numbers",
    "Tipografi": "Typography",
    "Gaya bahasa": "Style",
    "Kata asing": "Foreign words",
    "Konsistensi": "Consistency",
    "Struktur rilis": "Release structure",
    "Tata bahasa": "Grammar",
    "Kesalahan": "Error",
    "Peringatan": "Warning",
    "Saran": "Suggestion",
    "Konflik suntingan": "Edit conflict",
    "Rilis ini disimpan orang lain sejak Anda membukanya. Kedua teks disimpan; tidak ada yang tertimpa. Salin bagian yang Anda perlukan lalu simpan ulang.": "Someone else saved this release since you opened it. Both texts are kept; nothing was overwritten. Copy what you need, then save again.",
    "Teks tersimpan (orang lain)": "Saved text (someone else)",
    "Teks Anda": "Your text",
    "Pengaturan": "Settings",
    "Umum": "General",
    "Profil kantor": "Office profile",
    "Gaya rumah": "House style",
    "Simpan": "Save",
    "Batal": "Cancel",
    "Kosong: berkas SQLite bawaan; atau postgresql://…": "Empty: the default SQLite file; or postgresql://…",
    "Uji koneksi": "Test connection",
    "Mati": "Off",
    "Lokal": "Local",
    "Server": "Server",
    "Nama pengguna": "User name",
    "Peran": "Role",
    "Basis data": "Database",
    "LanguageTool": "LanguageTool",
    "Alamat server LanguageTool": "LanguageTool server URL",
    "Bahasa antarmuka": "Interface language",
    "Pilih logo…": "Choose logo…",
    "(tanpa logo)": "(no logo)",
    "Nama instansi (kop, satu baris per baris)": "Institution (letterhead, one line per line)",
    "Alamat": "Address",
    "Telepon": "Telephone",
    "Surel": "E-mail",
    "Laman": "Website",
    "Kota untuk tanggal": "City for the date line",
    "Logo": "Logo",
    "Kategori pemeriksaan yang aktif:": "Active check categories:",
    "Pilih logo": "Choose logo",
    "(tidak terbaca)": "(unreadable)",
    "Menguji…": "Testing…",
    "Koneksi berhasil.": "Connection succeeded.",
    "Gagal: {e}": "Failed: {e}",
    "Bahasa antarmuka berubah setelah Sunting dibuka ulang.": "The interface language changes when Sunting is restarted.",
    "Kamus kantor": "House dictionary",
    "Cari kata…": "Search words…",
    "Kata": "Word",
    "Tindakan": "Action",
    "Oleh": "By",
    "Tanggal": "Date",
    "Kata baru": "New word",
    "Tambah": "Add",
    "Hapus": "Remove",
    "diterima": "accepted",
    "ditolak": "rejected",
    "diganti": "replaced",
    "(hapus)": "(delete)",
    "Tidak ada saran": "No suggestions",
    "Abaikan": "Ignore",
    "Abaikan di artikel ini": "Ignore in this article",
    "Tambahkan ke kamus": "Add to dictionary",
    "Perbaiki semua ({rule})": "Fix all ({rule})",
    "Belum diperiksa": "Not checked yet",
    "Perbaiki semua": "Fix all",
    "Tidak ada temuan": "No findings",
    "{n} temuan, {e} kesalahan": "{n} findings, {e} errors",
    "Pilih temuan untuk melihat penjelasan dan sarannya.": "Select a finding to see its explanation and suggestions.",
    "Perbaiki semua ({n})": "Fix all ({n})",
    " (konflik)": " (conflict)",
    "Revisi {n} oleh {who}{mark}": "Revision {n} by {who}{mark}",
    "{who}: {a} → {b}": "{who}: {a} → {b}",
    "{who} mengabaikan “{text}” ({rule}, {scope})": "{who} ignored “{text}” ({rule}, {scope})",
    "{who} berkomentar pada “{quote}”: {body}": "{who} commented on “{quote}”: {body}",
    "{who} mengekspor {file}": "{who} exported {file}",
    "Riwayat rilis": "Release history",
    "Bandingkan": "Compare",
    "Revisi {n}": "Revision {n}",
    "Sunting — Meja Redaksi": "Sunting — Review Desk",
    "Pilih rilis di daftar, atau buka berkas": "Choose a release from the list, or open a file",
    "Temuan": "Findings",
    "Riwayat": "History",
    "Utama": "Main",
    "Memuat kamus dan aturan…": "Loading dictionaries and rules…",
    "Buka berkas…": "Open files…",
    "Tempel sebagai draf": "Paste as draft",
    "Impor folder…": "Import folder…",
    "Temuan berikutnya": "Next finding",
    "Temuan sebelumnya": "Previous finding",
    "Periksa ulang": "Check again",
    "Kirim untuk ditinjau": "Submit for review",
    "Minta revisi": "Request changes",
    "Setujui": "Approve",
    "Arsipkan": "Archive",
    "Ekspor DOCX…": "Export DOCX…",
    "Laporan tinjauan…": "Review report…",
    "Ekspor massal…": "Batch export…",
    "Komentar pada pilihan…": "Comment on selection…",
    "&Berkas": "&File",
    "Berkas terakhir": "Recent files",
    "&Tinjau": "&Review",
    "&Alat": "&Tools",
    "Pemeriksaan gagal: {msg}": "Checking failed: {msg}",
    "Siap": "Ready",
    "Pemeriksa tidak dapat dimuat: {msg}": "The checker cannot be loaded: {msg}",
    "Pemeriksaan selesai: {n} temuan": "Check finished: {n} findings",
    "(tanpa judul)": "(untitled)",
    "Sunting": "Sunting",
    "Admin": "Admin",
    "Penyunting": "Editor",
    "Masuk sebagai {user} ({role})": "Signed in as {user} ({role})",
    "Basis data tidak dapat dibuka: {msg}": "The database cannot be opened: {msg}",
    "#{id} · oleh {author} · revisi {rev}": "#{id} · by {author} · revision {rev}",
    "Tersimpan": "Saved",
    "Salinan pemulihan gagal ditulis: {e}": "The recovery copy could not be written: {e}",
    "Pulihkan teks?": "Recover text?",
    "Sunting ditutup sebelum teks rilis #{id} tersimpan. Pulihkan teks yang belum tersimpan?": "Sunting closed before the text of release #{id} was saved. Recover the unsaved text?",
    "Teks yang belum tersimpan dipulihkan": "Unsaved text recovered",
    "Apa yang perlu diperbaiki penulis?": "What should the writer fix?",
    "Permintaan revisi perlu komentar.": "A change request needs a comment.",
    "…dan {n} lainnya": "…and {n} more",
    "Setujui dengan kesalahan terbuka?": "Approve with open errors?",
    "Masih ada {n} kesalahan yang belum diperbaiki:\n\n{list}\n\nTetap setujui?": "{n} errors are still open:\n\n{list}\n\nApprove anyway?",
    "Draf": "Draft",
    "Ditinjau": "In review",
    "Perlu revisi": "Changes requested",
    "Disetujui": "Approved",
    "Diekspor": "Exported",
    "Diarsipkan": "Archived",
    "Buka draf": "Open drafts",
    "Draf (*.txt *.md *.docx);;Semua berkas (*)": "Drafts (*.txt *.md *.docx);;All files (*)",
    "Impor folder draf": "Import a folder of drafts",
    "Tidak ada draf (.txt, .md, .docx) untuk diimpor.": "No drafts (.txt, .md, .docx) to import.",
    "Mengimpor draf…": "Importing drafts…",
    "Mengimpor {name}…": "Importing {name}…",
    "{n} draf diimpor": "{n} drafts imported",
    "Papan klip kosong; salin teks rilis terlebih dahulu.": "The clipboard is empty; copy the release text first.",
    "Simpan DOCX rilis ke folder": "Save the release DOCX to a folder",
    "Diekspor ke {path}": "Exported to {path}",
    "Simpan laporan tinjauan ke folder": "Save the review report to a folder",
    "Laporan disimpan di {path}": "Report saved to {path}",
    "Ekspor semua rilis yang disetujui ke folder": "Export every approved release to a folder",
    "Mengekspor rilis…": "Exporting releases…",
    "{n} rilis diekspor": "{n} releases exported",
    "Pilih teks yang ingin diberi komentar terlebih dahulu.": "Select the text to comment on first.",
    "Komentar": "Comment",
    "Komentar untuk teks yang dipilih:": "Comment on the selected text:",
    "MainWindow|Komentar": "Comments",
    "“{quote}”\n{body}\n— {who}, {when}": "“{quote}”\n{body}\n— {who}, {when}",
    "✓ Selesai ({who}, {when})": "✓ Resolved ({who}, {when})",
    "Komentar peninjau: {n} terbuka": "Reviewer comments: {n} open",
    "Buka lagi": "Reopen",
    "Tandai selesai": "Mark resolved",
    "{who} menandai komentar pada “{quote}” selesai": "{who} resolved the comment on “{quote}”",
    "Menyalakan LanguageTool…": "Starting LanguageTool…",
    "Mengunduh LanguageTool dari Maven Central (sekali saja)…": (
        "Downloading LanguageTool from Maven Central (once only)…"
    ),
    "Mengunduh LanguageTool… {n} berkas\n{name}": "Downloading LanguageTool… {n} files\n{name}",
    "Membatalkan unduhan…": "Cancelling the download…",
    "LanguageTool siap": "LanguageTool is ready",
    "Unduhan LanguageTool dibatalkan.": "LanguageTool download cancelled.",
    "LanguageTool tidak dapat dinyalakan: {msg}": "LanguageTool could not be started: {msg}",
    "Pemeriksaan bahasa Indonesia tetap berjalan; rilis berbahasa Inggris diperiksa tanpa "
    "LanguageTool sampai LanguageTool dinyalakan lagi di Pengaturan.": (
        "Indonesian checks go on; English releases are checked without LanguageTool until it "
        "is turned on again in Settings."
    ),
    "Tidak ada rilis disetujui yang menunggu ekspor.": "No approved release is waiting for export.",
    "Ekspor dibatalkan: {n} dari {total} rilis diekspor": (
        "Export cancelled: {n} of {total} releases exported"
    ),
    "Mengekspor {title}…": "Exporting {title}…",
}


def main(path: str) -> None:
    t = ET.parse(path)
    missing = []
    # "Context|source" keys translate one context's message apart from the rest
    names = {m: c.findtext("name") for c in t.getroot().iter("context") for m in c.iter("message")}
    for m in t.getroot().iter("message"):
        src = m.find("source").text
        tr = m.find("translation")
        if tr.text and tr.get("type") != "unfinished":
            continue
        english = EN.get(f"{names[m]}|{src}", EN.get(src))
        if english is not None:
            tr.text = english
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    t.write(path, encoding="utf-8", xml_declaration=True)
    print("missing:", missing)


if __name__ == "__main__":
    main(sys.argv[1])
