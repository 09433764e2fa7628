"""The packaged executable's entry point: the app with no arguments, the CLI with a command."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `fieldkit build` parses in worker processes
    from fieldkit.cli import main

    sys.exit(main())
