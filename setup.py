"""Only what pyproject.toml cannot say: a built (non-editable) wheel carries the program's data
folders, ``resources/`` and ``migrations/``, inside the package as ``govhr_desktop/_data/``, where
``govhr_desktop.paths`` looks for them first. A source checkout and an editable install use the
folders at the repository root, and the frozen program finds them in its bundle."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("resources", "migrations")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # editable: the package reads the checkout
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "govhr_desktop" / "_data"
        for name in DATA_FOLDERS:
            dest = target / name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(root / name, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts"))


setup(cmdclass={"build_py": BuildPyWithData})
