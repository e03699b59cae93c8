"""Progress charts: read models from the journal (`data`), matplotlib Figures from them (builders).

Nothing here imports Qt; the Charts page, the PDF export and `thabat export charts` all use it.
Importing this package is cheap; matplotlib loads with the builders.
"""
