"""``tr()`` that also finds strings written in a base class.

PySide6 translates ``self.tr("…")`` in the context of the object's own class, but lupdate files
a string under the class whose code contains the call. A page that inherits "Search…" from
ListPage would stay English. This mixin looks the text up along the class hierarchy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class InheritedTr:
    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: D102
        for cls in type(self).__mro__:
            if cls.__module__.startswith(("PySide6", "shiboken6", "builtins")):
                break
            # probe without n: with n, Qt fills %n in even when nothing was found
            if QCoreApplication.translate(cls.__name__, source, disambiguation) != source:
                return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        return QCoreApplication.translate(type(self).__name__, source, disambiguation, n)
