"""Thabat's domain: services, catalogues, chart builders, exporters and the command line.

Imports `storage`; of Qt only QtCore/QtGui (translations, the PDF writer); never widgets or `ui`.
"""



def __getattr__(name: str) -> str:
    """`app.__version__`, read from the installed metadata on first use (importlib.metadata is slow to load)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("thabat")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
