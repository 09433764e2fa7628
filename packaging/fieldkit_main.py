"""The packaged executable's entry point: the app with no arguments, the CLI with a command.

No `multiprocessing.freeze_support()`: it serves spawned workers only (Windows, macOS), and
`fieldkit build` parses in forked workers on Linux and in its own process elsewhere
(core/build._parse_pool), so the start needs no import of multiprocessing.
"""

import sys

if __name__ == "__main__":
    from fieldkit.cli import main

    sys.exit(main())
