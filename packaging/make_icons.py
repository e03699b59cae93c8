"""Render resources/icons/thabat.svg to the PNG sizes desktops and installers ask for.

Run from the project root: `python packaging/make_icons.py`. Writes
packaging/icons/hicolor/<n>x<n>/apps/thabat.png (the freedesktop icon theme layout) and
resources/icons/thabat-256.png (the window icon). The PNGs are committed; re-run after
changing the SVG. Works headless: Qt's offscreen platform is enough for QtSvg.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "thabat.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
WINDOW_ICON = ROOT / "resources" / "icons" / "thabat-256.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels, antialiased."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs one)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "thabat.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    render(renderer, 256).save(str(WINDOW_ICON), "PNG")
    print(WINDOW_ICON.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
