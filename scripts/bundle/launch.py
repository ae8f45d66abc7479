"""The bundle's entry point: the same `sunting` as the console script (the app without arguments)."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
