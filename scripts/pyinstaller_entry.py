"""Entry script of the frozen program (build.spec): the same as ``python -m govhr_desktop``."""

import sys

from govhr_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
