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
        <location filename="../../editor/gui/articlelist.py" line="208" />
        <source>Cari judul atau isi…</source>
        <translation>Search title or text…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/articlelist.py" line="162" />
        <location filename="../../editor/gui/articlelist.py" line="210" />
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
        <location filename="../../editor/gui/batchfix.py" line="54" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../editor/gui/batchfix.py" line="58" />
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
        <source>Gaya selingkung</source>
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
        <location filename="../../editor/gui/dialogs.py" line="110" />
        <source>Di meja tim PostgreSQL, nama dan peran adalah peran login di alamat basis data; untuk masuk sebagai orang lain, ubah alamatnya.</source>
        <translation>On a PostgreSQL team desk, the name and role are the login role in the database address; to log in as someone else, change the address.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="116" />
        <source>Kosong: berkas SQLite bawaan; atau postgresql://…</source>
        <translation>Empty: the default SQLite file; or postgresql://…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="119" />
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="130" />
        <source>Mati</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="131" />
        <source>Lokal</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="132" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="144" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="145" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="146" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="148" />
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="149" />
        <source>Alamat server LanguageTool</source>
        <translation>LanguageTool server URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="150" />
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="165" />
        <source>Nomor urut per tahun: {seq:03d}; bulan Romawi: {month_roman}; tahun: {year}</source>
        <translation>Number in the year: {seq:03d}; Roman month: {month_roman}; year: {year}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="170" />
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="175" />
        <location filename="../../editor/gui/dialogs.py" line="232" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="180" />
        <source>Nama instansi (kop, satu baris per baris)</source>
        <translation>Institution (letterhead, one line per line)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="182" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="183" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="184" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="185" />
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="186" />
        <source>Kota untuk tanggal</source>
        <translation>City for the date line</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="187" />
        <source>Pola nomor siaran pers</source>
        <translation>Release number pattern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="188" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="195" />
        <source>Kategori pemeriksaan yang aktif:</source>
        <translation>Active check categories:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="223" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="234" />
        <source>(tidak terbaca)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="256" />
        <source>Menguji…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="267" />
        <source>Koneksi berhasil.</source>
        <translation>Connection succeeded.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="272" />
        <source>Gagal: {e}</source>
        <translation>Failed: {e}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="313" />
        <source>Kamus kantor</source>
        <translation>House dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="317" />
        <source>Cari kata…</source>
        <translation>Search words…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="322" />
        <source>Kata</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="323" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="324" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="325" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="331" />
        <source>Kata baru</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="332" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="334" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="355" />
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="356" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs.py" line="357" />
        <source>diganti</source>
        <translation>replaced</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../editor/gui/editor.py" line="459" />
        <source>hapus «{text}»</source>
        <translation>delete «{text}»</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="474" />
        <source>Tidak ada saran</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="477" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="480" />
        <source>Abaikan di artikel ini</source>
        <translation>Ignore in this article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="485" />
        <source>Tambahkan ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="493" />
        <source>Perbaiki semua yang serupa ({n})…</source>
        <translation>Fix all similar ({n})…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="504" />
        <source>Potong</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="506" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor.py" line="507" />
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
        <location filename="../../editor/gui/findings.py" line="43" />
        <location filename="../../editor/gui/findings.py" line="100" />
        <source>Belum diperiksa</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="63" />
        <location filename="../../editor/gui/findings.py" line="94" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="66" />
        <location filename="../../editor/gui/findings.py" line="95" />
        <source>Abaikan di artikel ini</source>
        <translation>Ignore in this article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="69" />
        <location filename="../../editor/gui/findings.py" line="96" />
        <source>Tambahkan ke kamus</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="72" />
        <location filename="../../editor/gui/findings.py" line="97" />
        <source>Perbaiki semua</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="135" />
        <source>Tidak ada temuan</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="137" />
        <source>{n} temuan, {e} kesalahan</source>
        <translation>{n} findings, {e} errors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="155" />
        <source>hapus «{text}»</source>
        <translation>delete «{text}»</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="199" />
        <source>Pilih temuan untuk melihat penjelasan dan sarannya.</source>
        <translation>Select a finding to see its explanation and suggestions.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/findings.py" line="217" />
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
    <name>Login</name>
    <message>
        <location filename="../../editor/gui/login.py" line="31" />
        <source>Kata sandi untuk {user} salah atau ditolak server. Periksa lalu coba lagi.</source>
        <translation>The password for {user} is wrong or was refused by the server. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="35" />
        <source>Meja tim ini meminta kata sandi {user}.</source>
        <translation>This team desk asks for the password of {user}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="37" />
        <source>Server basis data tidak menjawab. Periksa jaringan lalu coba lagi. ({msg})</source>
        <translation>The database server does not answer. Check the network and try again. ({msg})</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="40" />
        <source>Basis data tidak dapat dibuka: {msg}</source>
        <translation>The database cannot be opened: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="49" />
        <source>Masuk ke meja tim</source>
        <translation>Log in to the team desk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="52" />
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="56" />
        <source>Nama pengguna berasal dari alamat basis data; untuk masuk sebagai orang lain, ubah alamatnya di Pengaturan.</source>
        <translation>The user name comes from the database address; to log in as someone else, change the address in Settings.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="63" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="64" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="69" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/login.py" line="72" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="206" />
        <source>Sunting — Meja Redaksi</source>
        <translation>Sunting — Review Desk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="63" />
        <location filename="../../editor/gui/mainwindow.py" line="209" />
        <source>Pilih rilis di daftar, atau buka berkas</source>
        <translation>Choose a release from the list, or open a file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="255" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="256" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="211" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="122" />
        <source>Memuat kamus dan aturan…</source>
        <translation>Loading dictionaries and rules…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="213" />
        <source>Buka berkas…</source>
        <translation>Open files…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="214" />
        <source>Tempel sebagai draf</source>
        <translation>Paste as draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="215" />
        <source>Impor folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="216" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="217" />
        <source>Temuan berikutnya</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="218" />
        <source>Temuan sebelumnya</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="219" />
        <source>Periksa ulang</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="220" />
        <source>Kirim untuk ditinjau</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="221" />
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="222" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="223" />
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="224" />
        <source>Ekspor DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="225" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="226" />
        <source>Salin untuk WhatsApp</source>
        <translation>Copy for WhatsApp</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="227" />
        <source>Salin HTML</source>
        <translation>Copy HTML</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="228" />
        <source>Laporan tinjauan…</source>
        <translation>Review report…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="229" />
        <source>Ekspor massal…</source>
        <translation>Batch export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="230" />
        <source>Tinjau berkas Word penulis…</source>
        <translation>Review the writer's Word file…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="231" />
        <source>Komentar pada pilihan…</source>
        <translation>Comment on selection…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="232" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="233" />
        <source>Kamus kantor</source>
        <translation>House dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="234" />
        <source>Tokoh</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="235" />
        <source>Cari…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="236" />
        <source>Cari dan ganti…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="237" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="238" />
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="239" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="240" />
        <source>Statistik temuan</source>
        <translation>Finding statistics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="243" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="244" />
        <source>Alur kerja</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="251" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="252" />
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="253" />
        <source>&amp;Tinjau</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="254" />
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="268" />
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="284" />
        <source>Pemeriksaan gagal: {msg}</source>
        <translation>Checking failed: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="327" />
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="350" />
        <source>Pemeriksa tidak dapat dimuat: {msg}</source>
        <translation>The checker cannot be loaded: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="356" />
        <source>Pemeriksaan selesai: {n} temuan</source>
        <translation>Check finished: {n} findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="382" />
        <source>Tidak ada temuan yang aman diperbaiki sekaligus.</source>
        <translation>No finding is safe to fix all at once.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="392" />
        <source>{n} perbaikan diterapkan</source>
        <translation>{n} fixes applied</translation>
    </message>
    <message>
        <location filename="../../editor/gui/habits.py" line="66" />
        <location filename="../../editor/gui/habits.py" line="126" />
        <location filename="../../editor/gui/mainwindow.py" line="403" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/mainwindow.py" line="414" />
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
        <location filename="../../editor/gui/review_docx.py" line="40" />
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="41" />
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="42" />
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="47" />
        <source>(hapus)</source>
        <translation>(delete)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="57" />
        <source>Tinjau berkas Word: pilih per temuan</source>
        <translation>Review the Word file: choose per finding</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="61" />
        <source>{n} temuan di {name}. Untuk tiap temuan pilih Ubah (perubahan terlacak dengan saran yang dipilih), Komentar, atau Abaikan.</source>
        <translation>{n} findings in {name}. For each finding choose Change (a tracked change with the chosen suggestion), Comment or Ignore.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="67" />
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="67" />
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="68" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="68" />
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="69" />
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="83" />
        <source>Ubah semua</source>
        <translation>Change all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="85" />
        <source>Semua komentar</source>
        <translation>All as comments</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="87" />
        <source>Abaikan semua</source>
        <translation>Ignore all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="89" />
        <source>Kembalikan bawaan</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="102" />
        <source>Tinjau</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="106" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="143" />
        <source>{change} diubah, {comment} komentar, {ignore} diabaikan</source>
        <translation>{change} changed, {comment} comments, {ignore} ignored</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="200" />
        <source>Berkas Word penulis</source>
        <translation>The writer's Word file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="201" />
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="206" />
        <source>Simpan berkas tinjauan ke folder</source>
        <translation>Save the reviewed file to folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="228" />
        <source>Tidak ada temuan di {name}; tidak ada yang perlu ditinjau.</source>
        <translation>No findings in {name}; nothing to review.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review_docx.py" line="265" />
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
        <location filename="../../editor/gui/session.py" line="95" />
        <source>Masuk sebagai {user} ({role})</source>
        <translation>Signed in as {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="115" />
        <source>Basis data tidak dapat dibuka: {msg}</source>
        <translation>The database cannot be opened: {msg}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="133" />
        <source>Masuk sebagai {user}…</source>
        <translation>Logging in as {user}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="145" />
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="146" />
        <source>Tidak masuk: meja tim belum dibuka. Buka lagi Sunting untuk masuk, atau pilih basis data lain di Pengaturan.</source>
        <translation>Not logged in: the team desk is not open. Start Sunting again to log in, or choose another database in Settings.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="216" />
        <source>#{id} · oleh {author} · revisi {rev}</source>
        <translation>#{id} · by {author} · revision {rev}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="261" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="280" />
        <source>Disimpan sebagai rilis baru #{id}</source>
        <translation>Saved as new release #{id}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="330" />
        <source>Salinan pemulihan gagal ditulis: {e}</source>
        <translation>The recovery copy could not be written: {e}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="349" />
        <source>Pulihkan teks?</source>
        <translation>Recover text?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="349" />
        <source>Sunting ditutup sebelum teks rilis #{id} tersimpan. Pulihkan teks yang belum tersimpan?</source>
        <translation>Sunting closed before the text of release #{id} was saved. Recover the unsaved text?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="359" />
        <source>Teks yang belum tersimpan dipulihkan</source>
        <translation>Unsaved text recovered</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="444" />
        <source>Minta revisi</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="445" />
        <source>Apa yang perlu diperbaiki penulis?</source>
        <translation>What should the writer fix?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="450" />
        <source>Permintaan revisi perlu komentar.</source>
        <translation>A change request needs a comment.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="472" />
        <source>…dan {n} lainnya</source>
        <translation>…and {n} more</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="473" />
        <source>Setujui dengan kesalahan terbuka?</source>
        <translation>Approve with open errors?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/session.py" line="473" />
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
        <location filename="../../editor/gui/transfer.py" line="44" />
        <source>Impor folder draf</source>
        <translation>Import a folder of drafts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="61" />
        <source>Tidak ada draf (.txt, .md, .docx) untuk diimpor.</source>
        <translation>No drafts (.txt, .md, .docx) to import.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="64" />
        <source>Mengimpor draf…</source>
        <translation>Importing drafts…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="75" />
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="94" />
        <source>{n} draf diimpor</source>
        <translation>{n} drafts imported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="106" />
        <source>Papan klip kosong; salin teks rilis terlebih dahulu.</source>
        <translation>The clipboard is empty; copy the release text first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="156" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="176" />
        <source>Ekspor rilis sebagai DOCX</source>
        <translation>Export the release as DOCX</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="177" />
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="187" />
        <source>Ekspor rilis sebagai PDF berkop surat</source>
        <translation>Export the release as a letterhead PDF</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="188" />
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="202" />
        <source>Teks WhatsApp disalin ke papan klip</source>
        <translation>WhatsApp text copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="203" />
        <source>HTML disalin ke papan klip</source>
        <translation>HTML copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="223" />
        <source>Diekspor ke {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="233" />
        <source>Simpan laporan tinjauan ke folder</source>
        <translation>Save the review report to a folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="245" />
        <source>Laporan disimpan di {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="255" />
        <source>Ekspor semua rilis yang disetujui ke folder</source>
        <translation>Export every approved release to a folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="267" />
        <source>Tidak ada rilis disetujui yang menunggu ekspor.</source>
        <translation>No approved release is waiting for export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="273" />
        <source>Mengekspor rilis…</source>
        <translation>Exporting releases…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="283" />
        <source>Ekspor dibatalkan: {n} dari {total} rilis diekspor</source>
        <translation>Export cancelled: {n} of {total} releases exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="284" />
        <source>{n} rilis diekspor</source>
        <translation>{n} releases exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="290" />
        <source>Mengekspor {title}…</source>
        <translation>Exporting {title}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="305" />
        <source>Pilih teks yang ingin diberi komentar terlebih dahulu.</source>
        <translation>Select the text to comment on first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="309" />
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/transfer.py" line="310" />
        <source>Komentar untuk teks yang dipilih:</source>
        <translation>Comment on the selected text:</translation>
    </message>
</context>
</TS>