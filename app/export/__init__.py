"""Exporters and importers: the PDF journal, the JSON backup, CSV of applications.

Each module loads on first use (the PDF one pulls in QtGui), so `import app.export` stays cheap.
"""
