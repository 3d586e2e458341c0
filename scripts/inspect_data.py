"""Report what data.clean does to a data source: rows each rule changed or dropped, a token-length
histogram, the most frequent answer openings and closings, examples before and after.

Same as `medqa inspect-data` (medqa/cli/inspect_data.py); `--help` lists the options.
"""

import sys

from medqa.cli.inspect_data import main

if __name__ == "__main__":
    sys.exit(main())
