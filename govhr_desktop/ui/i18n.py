"""UI language: Qt translators from resources/i18n, and labels of the core's vocabularies.

Sources are English; Simplified Chinese is the default language (resources/i18n/*.ts, compiled
to .qm by scripts/i18n.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from govhr_desktop.domain.vocab import Vocabulary
from govhr_desktop.paths import resource

log = logging.getLogger(__name__)

DEFAULT_LANG = "zh_CN"
_state = {"lang": DEFAULT_LANG}
_installed: list[QTranslator] = []


def current_lang() -> str:
    return _state["lang"]


def vocab_lang() -> str:
    return "en" if _state["lang"] == "en" else "zh"


def label(vocabulary: Vocabulary, code: str | None) -> str:
    return vocabulary.label(code, vocab_lang())


def install(app: QCoreApplication, lang: str | None) -> QTranslator | None:
    """Install the translators for ``lang`` ('zh_CN' default, 'en' = the English sources)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or DEFAULT_LANG
    _state["lang"] = lang
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    qm = resource("i18n", f"govhr_{lang}.qm")
    if not ours.load(str(qm)):
        log.warning("translation file %s not found; the UI shows English", qm)
    app.installTranslator(ours)
    _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own dialogs (buttons of QMessageBox, QFileDialog)
    if qt_base.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return ours
