"""The packaged executable's entry point: the app with no arguments, the CLI with a command.

`fieldkit build` parses in forked workers on Linux and in its own process elsewhere
(core/build._parse_pool), so an ordinary start imports nothing of multiprocessing (the package
also leaves out PyInstaller's multiprocessing start-up hook). Should a spawned worker ever be
started (Windows, macOS), it re-runs this executable with `--multiprocessing-fork`: that start,
and only that one, goes to `freeze_support()`.
"""

import sys

if __name__ == "__main__":
    if "--multiprocessing-fork" in sys.argv:
        import multiprocessing

        multiprocessing.freeze_support()
    from fieldkit.cli import main

    sys.exit(main())
