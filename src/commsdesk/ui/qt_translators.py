"""Qt's own strings (OK, Cancel, file dialogs, context menus) in the user's language.

Qt ships no Albanian or Serbian translation, so commsdesk ships its own `qtbase_<lang>.qm`, compiled from the
`.ts` files in `resources/translations/` by `scripts/translations.py release`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from commsdesk.i18n.catalog import qm_path

_LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "en": "en_GB"}
_installed: list[QTranslator] = []


def install_qt_translator(code: str) -> None:
    """Replace the installed Qt translator with the one for `code`; sets the default locale (Monday first)."""
    application = QCoreApplication.instance()
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALES[code]))
    path = qm_path(code, "qtbase")
    translator = QTranslator(application)
    if path.exists() and translator.load(str(path)):
        application.installTranslator(translator)
        _installed.append(translator)
