"""`python -m medqa <command>`: the `medqa` command, for a process started with this interpreter."""

import sys

from medqa.cli import main

sys.exit(main())
