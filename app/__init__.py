"""Thabat's domain: services, catalogues, chart builders, exporters and the command line.

Imports `storage`; of Qt only QtCore/QtGui (translations, the PDF writer); never widgets or `ui`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("thabat")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
