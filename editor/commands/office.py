"""``sunting office show|set FILE``: the office profile (letterhead, contact, numbering).

The profile lives in the desk's settings in the database (the app edits it in Pengaturan); this
command lets a press unit set it from a YAML or JSON file so the CLI export works on its own.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.cli import UserError
from editor.commands.desk import add_common, desk_command, open_db

EXAMPLE = """institution_lines:
  - PEMERINTAH KABUPATEN BANYUASIN
  - DINAS KOMUNIKASI DAN INFORMATIKA
address: Jl. Merdeka No. 1, Pangkalan Balai
telephone: (0711) 000000
email: diskominfo@example.go.id
website: diskominfo.example.go.id
logo_path: /path/to/logo.png
contact: {name: Nama Narahubung, role: Kepala Bidang, phone: "0812..."}
closing_mark: "(*)"
numbering: "{seq:03d}/SP/{month_roman}/{year}"
place: Pangkalan Balai
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "office",
        help="show or set the office profile used for the letterhead",
        description="The office profile (kop surat) used by `sunting export`. Example file:\n\n"
        + EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="office_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the stored profile as JSON")
    add_common(show)
    show.set_defaults(func=run_show)
    put = actions.add_parser("set", help="store the profile from a YAML or JSON file")
    put.add_argument("file", metavar="FILE")
    add_common(put)
    put.set_defaults(func=run_set)


@desk_command
def run_show(args: argparse.Namespace) -> int:
    from editor.services.settings import get_office_profile

    profile = get_office_profile(open_db(args))
    if not profile:
        raise UserError("Profil kantor belum diisi; isi dengan `sunting office set FILE`.")
    print(json.dumps(profile, ensure_ascii=False, indent=2))
    return 0


@desk_command
def run_set(args: argparse.Namespace) -> int:
    from editor.export.profile import profile_from_dict
    from editor.services.settings import save_office_profile

    data = read_profile(Path(args.file))
    try:
        profile = profile_from_dict(data)  # refuse what the export would refuse, now
    except (ValueError, TypeError, AttributeError) as exc:
        raise UserError(f"{args.file}: profil kantor tidak sah ({exc})") from None
    save_office_profile(open_db(args), data, user=args.user)
    print(f"Profil kantor tersimpan: {profile.institution}")
    return 0


def read_profile(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: tidak dapat dibaca ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: bukan teks UTF-8") from None
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: bukan YAML/JSON yang sah ({exc})".replace("\n", " ")) from None
    if not isinstance(data, dict):
        raise UserError(
            f"{path}: isinya harus pasangan kunci dan nilai (lihat `sunting office -h`)"
        )
    if data.get("logo_path"):
        data["logo_path"] = str((path.parent / str(data["logo_path"])).resolve())
    if data.get("template"):
        data["template"] = str((path.parent / str(data["template"])).resolve())
    return data
