"""commsdesk: the desk of a public-information office.

Version and identity: the one source for About, the command line and the installer spec.
"""

import logging

__version__ = "0.1.0"

APP_NAME = "commsdesk"
APP_DISPLAY_NAME = "commsdesk"
ORGANIZATION_NAME = "commsdesk"
DATABASE_FILE_NAME = "commsdesk.sqlite"

# Nothing is logged to the console: the log goes to a file once a front-end configures it (see `logs`).
logging.getLogger("commsdesk").addHandler(logging.NullHandler())
