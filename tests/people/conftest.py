from pg_server import database, desk_url, pg_server, sqlite_template  # noqa: F401
