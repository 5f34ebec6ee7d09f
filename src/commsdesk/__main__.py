"""`python -m commsdesk` — the same as the `commsdesk` command."""

import sys

from commsdesk.cli import main

sys.exit(main())
