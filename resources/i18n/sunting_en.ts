<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="54" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="56" />
        <source>Penulis</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="57" />
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="157" />
        <location filename="../../editor/gui/articlelist.py" line="206" />
        <source>Cari judul atau isi…</source>
        <translation>Search title or text…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="162" />
        <location filename="../../editor/gui/articlelist.py" line="208" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>BatchFixDialog</name>
    <message>
        <location filename="../../editor/gui/batchfix.py" line="27" />
        <source>Perbaiki semua: pratinjau</source>
        <translation>Fix all: preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/batchfix.py" line="32" />
        <source>{n} perubahan akan dibuat. Hapus centang pada yang tidak ingin diubah.</source>
        <translation>{n} changes will be made. Untick the ones you do not want.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/batchfix.py" line="50" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../editor/gui/batchfix.py" line="54" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../editor/gui/categories.py" line="30" />
        <source>Ejaan dan salah ketik</source>
        <translation>Spelling and typos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="31" />
        <source>Kata tidak baku</source>
        <translation>Non-standard words</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="32" />
        <source>Penulisan kata</source>
        <translation>Word forms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="33" />
        <source>Huruf kapital</source>
        <translation>Capitalisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="34" />
        <source>Tanda baca</source>
        <translation>Punctuation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="35" />
        <source>Singkatan dan gelar</source>
        <translation>Abbreviations and titles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="36" />
        <source>Angka dan bilangan</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="37" />
        <source>Tipografi</source>
        <translation>Typography</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="38" />
        <source>Gaya bahasa</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="39" />
        <source>Kata asing</source>
        <translation>Foreign words</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="40" />
        <source>Konsistensi</source>
        <translation>Consistency</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="41" />
        <source>Struktur rilis</source>
        <translation>Release structure</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="42" />
        <source>Tata bahasa</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="53" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="54" />
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../editor/gui/categories.py" line="55" />
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../editor/gui/comments.py" line="40" />
        <source>“{quote}”
{body}
— {who}, {when}</source>
        <translation>“{quote}”
{body}
— {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/comments.py" line="44" />
        <source>✓ Selesai ({who}, {when})</source>
        <translation>✓ Resolved ({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../editor/gui/comments.py" line="78" />
        <source>Komentar peninjau: {n} terbuka</source>
        <translation>Reviewer comments: {n} open</translation>
    </message>
    <message>
        <location filename="../../editor/gui/comments.py" line="118" />
        <source>Buka lagi</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/comments.py" line="120" />
        <source>Tandai selesai</source>
        <translation>Mark resolved</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="48" />
        <source>Konflik suntingan</source>
        <translation>Edit conflict</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="51" />
        <source>Rilis ini disimpan orang lain sejak Anda membukanya. Kedua teks disimpan; tidak ada yang tertimpa. Salin bagian yang Anda perlukan lalu simpan ulang.</source>
        <translation>Someone else saved this release since you opened it. Both texts are kept; nothing was overwritten. Copy what you need, then save again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="55" />
        <source>Teks tersimpan (orang lain)</source>
        <translation>Saved text (someone else)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="56" />
        <source>Teks Anda</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="73" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="77" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="78" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="79" />
        <source>Gaya rumah</source>
        <translation>House style</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="83" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="85" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="105" />
        <source>Kosong: berkas SQLite bawaan; atau postgresql://…</source>
        <translation>Empty: the default SQLite file; or postgresql://…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="108" />
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="119" />
        <source>Mati</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="120" />
        <source>Lokal</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="121" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="133" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="134" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="135" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="137" />
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="138" />
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="139" />
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="154" />
        <source>Nomor urut per tahun: {seq:03d}; bulan Romawi: {month_roman}; tahun: {year}</source>
        <translation>Number in the year: {seq:03d}; Roman month: {month_roman}; year: {year}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="159" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="164" />
        <location filename="../../editor/gui/dialogs.py" line="221" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="169" />
        <source>Nama instansi (kop, satu baris per baris)</source>
        <translation>Institution (letterhead, one line per line)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="171" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="172" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="173" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="174" />
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="175" />
        <source>Kota untuk tanggal</source>
        <translation>City for the date line</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="176" />
        <source>Pola nomor siaran pers</source>
        <translation>Release number pattern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="177" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="184" />
        <source>Kategori pemeriksaan yang aktif:</source>
        <translation>Active check categories:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="212" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="223" />
        <source>(tidak terbaca)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="245" />
        <source>Menguji…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="256" />
        <source>Koneksi berhasil.</source>
        <translation>Connection succeeded.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="261" />
        <source>Gagal: {e}</source>
        <translation>Failed: {e}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="301" />
        <source>Kamus kantor</source>
        <translation>House dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="305" />
        <source>Cari kata…</source>
        <translation>Search words…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="310" />
        <source>Kata</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="311" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="312" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="313" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="319" />
        <source>Kata baru</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="320" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="322" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="343" />
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="344" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="345" />
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../editor/gui/editor.py" line="452" />
        <location filename="../../editor/gui/editor.py" line="454" />
        <source>(hapus)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="469" />
        <source>Tidak ada saran</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="472" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="475" />
        <source>Abaikan di artikel ini</source>
        <translation>Ignore in this article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="480" />
        <source>Tambahkan ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="488" />
        <source>Perbaiki semua yang serupa ({n})…</source>
        <translation>Fix all similar ({n})…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="499" />
        <source>Potong</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="501" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="502" />
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="60" />
        <source>Cari dan ganti</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="61" />
        <source>Cari:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="62" />
        <source>Ganti dengan:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="63" />
        <source>Cocokkan huruf besar/kecil</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="64" />
        <source>Hanya kata utuh</source>
        <translation>Whole words only</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="65" />
        <source>Cari berikutnya</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="66" />
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="67" />
        <source>Ganti semua</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="68" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="98" />
        <source>“{text}” tidak ditemukan</source>
        <translation>“{text}” not found</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findreplace.py" line="132" />
        <source>{n} diganti</source>
        <translation>{n} replaced</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../editor/gui/findings.py" line="41" />
        <location filename="../../editor/gui/findings.py" line="97" />
        <source>Belum diperiksa</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="61" />
        <location filename="../../editor/gui/findings.py" line="91" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="64" />
        <location filename="../../editor/gui/findings.py" line="92" />
        <source>Abaikan di artikel ini</source>
        <translation>Ignore in this article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="67" />
        <location filename="../../editor/gui/findings.py" line="93" />
        <source>Tambahkan ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="70" />
        <location filename="../../editor/gui/findings.py" line="94" />
        <source>Perbaiki semua</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="132" />
        <source>Tidak ada temuan</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="134" />
        <source>{n} temuan, {e} kesalahan</source>
        <translation>{n} findings, {e} errors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="148" />
        <location filename="../../editor/gui/findings.py" line="201" />
        <source>(hapus)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="189" />
        <source>Pilih temuan untuk melihat penjelasan dan sarannya.</source>
        <translation>Select a finding to see its explanation and suggestions.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="209" />
        <source>Perbaiki semua ({n})</source>
        <translation>Fix all ({n})</translation>
    </message>
</context>
<context>
    <name>Habits</name>
    <message>
        <location filename="../../editor/gui/habits.py" line="51" />
        <source>{n} kata</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="81" />
        <source>Cetak rilis</source>
        <translation>Print release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="89" />
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="90" />
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="104" />
        <source>PDF disimpan di {path}</source>
        <translation>PDF saved to {path}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="124" />
        <source>Simpan perubahan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="125" />
        <source>Simpan perubahan pada “{title}” sebelum menutup?</source>
        <translation>Save the changes to “{title}” before closing?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="127" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="129" />
        <source>Jangan simpan</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="131" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../editor/gui/history.py" line="43" />
        <source> (konflik)</source>
        <translation> (conflict)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="44" />
        <source>Revisi {n} oleh {who}{mark}</source>
        <translation>Revision {n} by {who}{mark}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="47" />
        <source>{who}: {a} → {b}</source>
        <translation>{who}: {a} → {b}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="54" />
        <source>{who} mengabaikan “{text}” ({rule}, {scope})</source>
        <translation>{who} ignored “{text}” ({rule}, {scope})</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="57" />
        <source>{who} berkomentar pada “{quote}”: {body}</source>
        <translation>{who} commented on “{quote}”: {body}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="60" />
        <source>{who} menandai komentar pada “{quote}” selesai</source>
        <translation>{who} resolved the comment on “{quote}”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="63" />
        <source>{who} mengekspor {format} ke {file}</source>
        <translation>{who} exported {format} to {file}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="97" />
        <location filename="../../editor/gui/history.py" line="138" />
        <source>Riwayat rilis</source>
        <translation>Release history</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="104" />
        <location filename="../../editor/gui/history.py" line="139" />
        <source>Bandingkan</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history.py" line="122" />
        <source>Revisi {n}</source>
        <translation>Revision {n}</translation>
    </message>
</context>
<context>
    <name>LanguageTool</name>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="82" />
        <source>Menyalakan LanguageTool…</source>
        <translation>Starting LanguageTool…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="93" />
        <source>Mengunduh LanguageTool dari Maven Central (sekali saja)…</source>
        <translation>Downloading LanguageTool from Maven Central (once only)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="94" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="100" />
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="115" />
        <source>Mengunduh LanguageTool… {n} berkas
{name}</source>
        <translation>Downloading LanguageTool… {n} files
{name}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="125" />
        <source>Membatalkan unduhan…</source>
        <translation>Cancelling the download…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="144" />
        <source>LanguageTool siap</source>
        <translation>LanguageTool is ready</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="153" />
        <source>Unduhan LanguageTool dibatalkan.</source>
        <translation>LanguageTool download cancelled.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="155" />
        <source>LanguageTool tidak dapat dinyalakan: {msg}</source>
        <translation>LanguageTool could not be started: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/ltstart.py" line="158" />
        <source>Pemeriksaan bahasa Indonesia tetap berjalan; rilis berbahasa Inggris diperiksa tanpa LanguageTool sampai LanguageTool dinyalakan lagi di Pengaturan.</source>
        <translation>Indonesian checks go on; English releases are checked without LanguageTool until it is turned on again in Settings.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="205" />
        <source>Sunting — Meja Redaksi</source>
        <translation>Sunting — Review Desk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="63" />
        <location filename="../../editor/gui/mainwindow.py" line="208" />
        <source>Pilih rilis di daftar, atau buka berkas</source>
        <translation>Choose a release from the list, or open a file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="254" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="255" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="210" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="121" />
        <source>Memuat kamus dan aturan…</source>
        <translation>Loading dictionaries and rules…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="212" />
        <source>Buka berkas…</source>
        <translation>Open files…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="213" />
        <source>Tempel sebagai draf</source>
        <translation>Paste as draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="214" />
        <source>Impor folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="215" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="216" />
        <source>Temuan berikutnya</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="217" />
        <source>Temuan sebelumnya</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="218" />
        <source>Periksa ulang</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="219" />
        <source>Kirim untuk ditinjau</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="220" />
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="221" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="222" />
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="223" />
        <source>Ekspor DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="224" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="225" />
        <source>Salin untuk WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="226" />
        <source>Salin HTML</source>
        <translation>Copy HTML</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="227" />
        <source>Laporan tinjauan…</source>
        <translation>Review report…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="228" />
        <source>Ekspor massal…</source>
        <translation>Batch export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="229" />
        <source>Tinjau berkas Word penulis…</source>
        <translation>Review the writer's Word file…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="230" />
        <source>Komentar pada pilihan…</source>
        <translation>Comment on selection…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="231" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="232" />
        <source>Kamus kantor</source>
        <translation>House dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="233" />
        <source>Tokoh</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="234" />
        <source>Cari…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="235" />
        <source>Cari dan ganti…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="236" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="237" />
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="238" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="239" />
        <source>Statistik temuan</source>
        <translation>Finding statistics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="242" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="243" />
        <source>Alur kerja</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="250" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="251" />
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="252" />
        <source>&amp;Tinjau</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="253" />
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="267" />
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="283" />
        <source>Pemeriksaan gagal: {msg}</source>
        <translation>Checking failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="326" />
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="349" />
        <source>Pemeriksa tidak dapat dimuat: {msg}</source>
        <translation>The checker cannot be loaded: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="355" />
        <source>Pemeriksaan selesai: {n} temuan</source>
        <translation>Check finished: {n} findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="381" />
        <source>Tidak ada temuan yang aman diperbaiki sekaligus.</source>
        <translation>No finding is safe to fix all at once.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="391" />
        <source>{n} perbaikan diterapkan</source>
        <translation>{n} fixes applied</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="66" />
        <location filename="../../editor/gui/habits.py" line="126" />
        <location filename="../../editor/gui/mainwindow.py" line="402" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="413" />
        <source>Sunting</source>
        <translation>Sunting</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../editor/gui/people.py" line="36" />
        <source>Tokoh</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="40" />
        <source>Cari nama…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="45" />
        <location filename="../../editor/gui/people.py" line="63" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="46" />
        <location filename="../../editor/gui/people.py" line="64" />
        <source>Gelar</source>
        <translation>Degrees</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="47" />
        <location filename="../../editor/gui/people.py" line="66" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="48" />
        <location filename="../../editor/gui/people.py" line="65" />
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="49" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="50" />
        <source>Terkonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="59" />
        <source>mis. S.H., M.Si.</source>
        <translation>e.g. S.H., M.Si.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="62" />
        <source>jabatan baru (kosong: tetap)</source>
        <translation>new position (empty: unchanged)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="69" />
        <source>Simpan koreksi</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="72" />
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="75" />
        <source>Gabungkan pilihan</source>
        <translation>Merge selection</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="78" />
        <source>Tokoh lain yang dipilih digabung ke tokoh yang aktif</source>
        <translation>The other selected people are merged into the current one</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="103" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="103" />
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/people.py" line="111" />
        <source>Bentuk singkat: %1</source>
        <translation>Short forms: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDocx</name>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="20" />
        <source>Perbaikan aman sebagai perubahan terlacak, sisanya komentar</source>
        <translation>Safe fixes as tracked changes, the rest as comments</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="21" />
        <source>Semua perbaikan sebagai perubahan terlacak</source>
        <translation>Every fix as a tracked change</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="22" />
        <source>Semua temuan sebagai komentar</source>
        <translation>Every finding as a comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="31" />
        <source>Berkas Word penulis</source>
        <translation>The writer's Word file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="32" />
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="38" />
        <source>Tinjau berkas Word</source>
        <translation>Review Word file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="39" />
        <source>Yang menjadi perubahan terlacak:</source>
        <translation>What becomes a tracked change:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="44" />
        <source>Simpan berkas tinjauan ke folder</source>
        <translation>Save the reviewed file to folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="70" />
        <source>Tinjauan disimpan di {path}: {changes} perubahan terlacak, {comments} komentar</source>
        <translation>Review saved to {path}: {changes} tracked changes, {comments} comments</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../editor/gui/labels.py" line="32" />
        <source>Penulis</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="32" />
        <source>Penyunting</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="32" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../editor/gui/session.py" line="72" />
        <source>Masuk sebagai {user} ({role})</source>
        <translation>Signed in as {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="86" />
        <source>Basis data tidak dapat dibuka: {msg}</source>
        <translation>The database cannot be opened: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="146" />
        <source>#{id} · oleh {author} · revisi {rev}</source>
        <translation>#{id} · by {author} · revision {rev}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="191" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="210" />
        <source>Disimpan sebagai rilis baru #{id}</source>
        <translation>Saved as new release #{id}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="260" />
        <source>Salinan pemulihan gagal ditulis: {e}</source>
        <translation>The recovery copy could not be written: {e}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="279" />
        <source>Pulihkan teks?</source>
        <translation>Recover text?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="279" />
        <source>Sunting ditutup sebelum teks rilis #{id} tersimpan. Pulihkan teks yang belum tersimpan?</source>
        <translation>Sunting closed before the text of release #{id} was saved. Recover the unsaved text?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="289" />
        <source>Teks yang belum tersimpan dipulihkan</source>
        <translation>Unsaved text recovered</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="374" />
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="375" />
        <source>Apa yang perlu diperbaiki penulis?</source>
        <translation>What should the writer fix?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="380" />
        <source>Permintaan revisi perlu komentar.</source>
        <translation>A change request needs a comment.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="402" />
        <source>…dan {n} lainnya</source>
        <translation>…and {n} more</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="403" />
        <source>Setujui dengan kesalahan terbuka?</source>
        <translation>Approve with open errors?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="403" />
        <source>Masih ada {n} kesalahan yang belum diperbaiki:

{list}

Tetap setujui?</source>
        <translation>{n} errors are still open:

{list}

Approve anyway?</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../editor/gui/stats.py" line="42" />
        <source>Belum ada temuan tersimpan</source>
        <translation>No findings stored yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/stats.py" line="64" />
        <source>Statistik temuan</source>
        <translation>Finding statistics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/stats.py" line="69" />
        <source>Per kategori</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../editor/gui/stats.py" line="70" />
        <source>Per penulis</source>
        <translation>By writer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/stats.py" line="71" />
        <source>Per minggu</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../editor/gui/stats.py" line="74" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/gui/labels.py" line="29" />
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="29" />
        <source>Ditinjau</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="30" />
        <source>Perlu revisi</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="30" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="31" />
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="31" />
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../editor/gui/transfer.py" line="32" />
        <source>Buka draf</source>
        <translation>Open drafts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="34" />
        <source>Draf (*.txt *.md *.docx);;Semua berkas (*)</source>
        <translation>Drafts (*.txt *.md *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="41" />
        <source>Impor folder draf</source>
        <translation>Import a folder of drafts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="56" />
        <source>Tidak ada draf (.txt, .md, .docx) untuk diimpor.</source>
        <translation>No drafts (.txt, .md, .docx) to import.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="59" />
        <source>Mengimpor draf…</source>
        <translation>Importing drafts…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="70" />
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="89" />
        <source>{n} draf diimpor</source>
        <translation>{n} drafts imported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="101" />
        <source>Papan klip kosong; salin teks rilis terlebih dahulu.</source>
        <translation>The clipboard is empty; copy the release text first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="151" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="171" />
        <source>Ekspor rilis sebagai DOCX</source>
        <translation>Export the release as DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="172" />
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="182" />
        <source>Ekspor rilis sebagai PDF berkop surat</source>
        <translation>Export the release as a letterhead PDF</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="183" />
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="197" />
        <source>Teks WhatsApp disalin ke papan klip</source>
        <translation>WhatsApp text copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="198" />
        <source>HTML disalin ke papan klip</source>
        <translation>HTML copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="218" />
        <source>Diekspor ke {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="228" />
        <source>Simpan laporan tinjauan ke folder</source>
        <translation>Save the review report to a folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="240" />
        <source>Laporan disimpan di {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="250" />
        <source>Ekspor semua rilis yang disetujui ke folder</source>
        <translation>Export every approved release to a folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="262" />
        <source>Tidak ada rilis disetujui yang menunggu ekspor.</source>
        <translation>No approved release is waiting for export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="268" />
        <source>Mengekspor rilis…</source>
        <translation>Exporting releases…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="278" />
        <source>Ekspor dibatalkan: {n} dari {total} rilis diekspor</source>
        <translation>Export cancelled: {n} of {total} releases exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="279" />
        <source>{n} rilis diekspor</source>
        <translation>{n} releases exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="285" />
        <source>Mengekspor {title}…</source>
        <translation>Exporting {title}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="300" />
        <source>Pilih teks yang ingin diberi komentar terlebih dahulu.</source>
        <translation>Select the text to comment on first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="304" />
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="305" />
        <source>Komentar untuk teks yang dipilih:</source>
        <translation>Comment on the selected text:</translation>
    </message>
</context>
</TS>